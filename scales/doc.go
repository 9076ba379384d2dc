// Package scales holds the questionnaire of Samme båt as data and everything
// that needs nothing but the questionnaire: the instrument ses-nb-2018 (the
// study's background questions, the Social Exchange Scales of Brown, Tang &
// Hollman 2014 in the Norwegian translation, and three closing questions),
// its texts in Norwegian bokmål, nynorsk and English, the scales and their scoring,
// the study's reference values, and the anonymous response file
// ses-response version 1 (reading, validating, writing, and pooling a batch
// of files that drops a file given twice).
//
// The contracts are spec/instrument.md (ids, codes, texts, scoring)
// and spec/formats.md (the response file). Question ids and codes never
// change within the instrument id "ses-nb-2018": facilitators keep response
// files for years.
//
// The instrument is data, in the manner of SurveyJS's model: sections list
// items, items carry their choices {Value, Label} and their texts per language,
// and validation and scoring live here, tested without any page. The package
// imports neither go-app nor syscall/js, so it runs natively for the command
// line and in the browser alike.
//
// The room codes, a response and a group's summary as the digits of a QR
// code (formats.md, "Codes"), are the package scales/roomcode.
//
// A scale score is the mean of the scale's answered items when at least
// ⌈k/2⌉ of its k items are answered, and missing (NaN) otherwise, as SPSS's
// MEAN.n. Missing is never 0.
package scales
