package scales

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
)

// FuzzRead checks that Read never panics, that every rejection is a
// *FileError naming the file, and that whatever Read accepts writes and
// reads back to an equal response (and writes the same bytes again).
func FuzzRead(f *testing.F) {
	for _, seed := range readSeeds() {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Read("fuzz.json", data)
		if err != nil {
			var fe *FileError
			if !errors.As(err, &fe) || fe.File != "fuzz.json" || fe.Problem == "" {
				t.Fatalf("rejection %T %q is not a *FileError naming the file", err, err)
			}
			return
		}
		if len(data) > MaxFileSize {
			t.Fatalf("accepted a file of %d bytes", len(data))
		}
		if err := SESNB2018().Validate(r); err != nil {
			t.Fatalf("Read accepted a response Validate rejects: %v", err)
		}
		b, err := Marshal(r)
		if err != nil {
			t.Fatalf("Marshal of an accepted response: %v", err)
		}
		r2, err := Read("again.json", b)
		if err != nil {
			t.Fatalf("re-reading the written file: %v\n%s", err, b)
		}
		if !equalResponse(r, r2) {
			t.Fatalf("round trip changed the response:\n%+v\n%+v", r, r2)
		}
		b2, err := Marshal(r2)
		if err != nil || !bytes.Equal(b, b2) {
			t.Fatalf("Marshal is not stable: %v\n%s\n%s", err, b, b2)
		}
	})
}

// readSeeds are the seed corpus of the reader's fuzz targets: good files of several shapes and one of
// each kind of bad file.
func readSeeds() [][]byte {
	var seeds [][]byte
	seeds = append(seeds, []byte(formatsExample))
	seeds = append(seeds, withAnswers(`{}`))
	seeds = append(seeds, withAnswers(`{"employment": [6, 2], "age": null, "out5": 5}`))
	seeds = append(seeds, append([]byte("\xef\xbb\xbf"), withAnswers(`{"gender": 1}`)...))
	seeds = append(seeds, replace("lang", `"lang": "nn"`))
	seeds = append(seeds, fileWith(append(slices.Clone(head), `"answers": {"age": 4}`, `"later": {"x": [1, 2.5e3, "y", null, true]}`)...))
	// One of each kind of bad file.
	for _, bad := range [][]byte{
		nil, []byte("hello"), []byte(`[1]`), []byte(`null`), []byte("{\"a\": \"\xff\"}"), []byte(`{} {}`),
		replace("format", `"format": "foo"`), replace("version", `"version": 1.0`), replace("instrument", ""),
		replace("lang", `"lang": "de"`), replace("id", `"id": "XYZ"`), replace("answers", ""), withAnswers(`null`),
		withAnswers(`{"sex": 1}`), withAnswers(`{"age": 7}`), withAnswers(`{"age": 2.5}`), withAnswers(`{"age": "2"}`),
		withAnswers(`{"age": [2]}`), withAnswers(`{"employment": []}`), withAnswers(`{"employment": [1, 2, 3]}`),
		withAnswers(`{"employment": [4, 4]}`), withAnswers(`{"employment": 1}`), withAnswers(`{"age": 1, "age": 2}`),
		fileWith(append(slices.Clone(head), `"lang": "en"`, `"answers": {}`)...), withAnswers(`{"age": -0}`),
		withAnswers(`{"age": 99999999999999999999}`), []byte(strings.Repeat("[", 20000)),
	} {
		seeds = append(seeds, bad)
	}
	return seeds
}
