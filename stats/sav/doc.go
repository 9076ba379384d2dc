// Package sav writes the pooled data set as an SPSS system file (.sav), with variable labels,
// value labels in one language and the missing answers declared, for a researcher who goes on in
// SPSS or GNU PSPP.
//
// The file holds the same data set as report.WriteCSV: the same variables in the same order (id,
// lang, every question in questionnaire order with employment as one 0/1 variable per code,
// emp1…emp6, then the nine scale scores) and the same rows in the same order (by response id).
//
// # Variables
//
//   - id: string A32, the response's id. lang: string A2, "nb", "nn" or "en", with value labels.
//   - every single-choice question: numeric F2.0 holding the answer's code; variable label the
//     question text (for section 3 the section's stem and the item joined into one question,
//     «Hvor ofte i løpet av de siste 3 månedene har du gjort en tjeneste for et annet
//     gruppemedlem»); value labels the choices. Measurement level ordinal, except the unordered
//     background questions (nominal).
//   - emp1…emp6: numeric F2.0, 1 when the respondent chose that option of the employment question,
//     0 when not; variable label «<question>: <choice>»; also declared as the multiple dichotomy
//     set $employment (counted value 1), the study's Table 2 "multiple response".
//   - the nine scale scores: numeric F8.2 labelled with the scale's name, stored as full-precision
//     doubles (the print format only rounds what is shown), measurement level scale.
//
// Labels are in the language passed to Write, whatever language each respondent answered in.
// Labels are cut on a UTF-8 character boundary to the limits SPSS reads: 255 bytes for a variable
// label, 120 bytes for a value label.
//
// # Missing values
//
// An unanswered question is stored as the code -9, declared in the variable record as the
// variable's one discrete user-missing value and labelled «Ikke besvart» / "Not answered".
// The same goes for emp1…emp6 of a respondent who left employment unanswered (there "not chosen",
// 0, and "not answered", -9, are different things). Why -9 rather than system-missing: a
// user-missing code keeps "the respondent skipped this question" visible in SPSS's frequency
// tables (the Missing rows) and in the data view, while every procedure still leaves it out
// of the analyses as the report does; -9 is outside every question's codes (1…7), so it can never
// be a real answer. A scale score that cannot be computed (fewer than ⌈k/2⌉ items answered) is
// system-missing: it is not an answer that was skipped but a value that does not exist; scales
// declare no user-missing value.
//
// # Record layout
//
// The writer follows the system file format as GNU PSPP's developer manual ("System File Format")
// documents it, little-endian, uncompressed, in the order SPSS and PSPP write the records:
//
//	file header        "$FL2", product, layout 2, case size in 8-byte units, compression 0,
//	                   no weight, number of cases, bias 100, creation date and time (the fixed
//	                   Created, never the export's), file label
//	type 2             one variable record per variable, plus a continuation record (width -1)
//	                   for each further 8 bytes of a string; short name, label, missing value -9
//	type 3 + 4         value labels and the variables (1-based 8-byte-unit indexes) they apply
//	                   to; variables with the same labels share one pair, as SPSS writes them
//	type 6             a few document lines explaining -9 and the scoring rule
//	type 7 subtype 3   machine integer info: IEEE doubles, little-endian, character code 65001 (UTF-8)
//	type 7 subtype 4   machine floating-point info: SYSMIS, HIGHEST, LOWEST
//	type 7 subtype 7   multiple response set $employment (dichotomies emp1…emp6)
//	type 7 subtype 11  display parameters: measurement level, column width, alignment
//	type 7 subtype 13  long variable names: SHORT=long, so "satisfaction" is not cut to 8 bytes
//	type 7 subtype 20  character encoding "UTF-8"
//	type 999           end of dictionary, then the cases, 8 bytes per unit
//
// Short names (the 8-byte names of the variable records) are the uppercased names cut to 8 bytes
// (SATISFAC, FREQUENC), made unique if two would clash; SPSS and PSPP show the long names.
package sav
