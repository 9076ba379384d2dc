package scales

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"

	"sammebaat/scales/internal/scalestest"
)

const goodID = scalestest.GoodID

// fileWith returns a response file whose top-level members are the given
// JSON texts, in order.
func fileWith(members ...string) []byte {
	return []byte("{" + strings.Join(members, ", ") + "}")
}

// head are the members every valid file starts with.
var head = []string{`"format": "ses-response"`, `"version": 1`, `"instrument": "ses-nb-2018"`, `"lang": "nb"`, `"id": "` + goodID + `"`}

// withAnswers is a valid file but for its answers object.
func withAnswers(answers string) []byte {
	return fileWith(append(slices.Clone(head), `"answers": `+answers)...)
}

// without is the valid file with one member left out or replaced.
func replace(key, member string) []byte {
	var ms []string
	for _, m := range append(slices.Clone(head), `"answers": {"age": 2}`) {
		if strings.HasPrefix(m, `"`+key+`"`) {
			if member != "" {
				ms = append(ms, member)
			}
			continue
		}
		ms = append(ms, m)
	}
	return fileWith(ms...)
}

// The example of formats.md, read from it.
var formatsExample = scalestest.FormatsExample()

func TestReadAccepts(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want Response
	}{
		{"formats.md example", []byte(formatsExample), Response{NB, goodID, map[string][]int{
			"gender": {2}, "age": {2}, "employment": {1, 4}, "ekp1": {6}, "hum3": {4}, "out2": {1}, "recovery": {5}, "satisfaction": {4}}}},
		{"no answers", withAnswers(`{}`), Response{NB, goodID, map[string][]int{}}},
		{"null means unanswered", withAnswers(`{"age": null, "employment": null, "gender": 1}`), Response{NB, goodID, map[string][]int{"gender": {1}}}},
		{"employment sorted", withAnswers(`{"employment": [6, 2]}`), Response{NB, goodID, map[string][]int{"employment": {2, 6}}}},
		{"employment one code", withAnswers(`{"employment": [3]}`), Response{NB, goodID, map[string][]int{"employment": {3}}}},
		{"unknown top-level keys ignored", fileWith(append(slices.Clone(head), `"answers": {"age": 4}`, `"later": {"x": [1, 2]}`, `"note": null`)...),
			Response{NB, goodID, map[string][]int{"age": {4}}}},
		{"English", replace("lang", `"lang": "en"`), Response{EN, goodID, map[string][]int{"age": {2}}}},
		{"nynorsk", replace("lang", `"lang": "nn"`), Response{NN, goodID, map[string][]int{"age": {2}}}},
		{"members in any order", []byte(`{"answers": {"out5": 5, "unw7": 7}, "id": "` + goodID + `", "lang": "en", "instrument": "ses-nb-2018", "version": 1, "format": "ses-response"}`),
			Response{EN, goodID, map[string][]int{"out5": {5}, "unw7": {7}}}},
		{"escaped strings", []byte(`{"format": "ses-\u0072esponse", "version": 1, "instrument": "ses-nb-2018", "lang": "n\u0062", "id": "` + goodID + `", "answers": {"\u0061ge": 1}}`),
			Response{NB, goodID, map[string][]int{"age": {1}}}},
		{"byte order mark ignored", append([]byte("\xef\xbb\xbf"), withAnswers(`{"age": 3}`)...), Response{NB, goodID, map[string][]int{"age": {3}}}},
		{"whitespace around", append(append([]byte(" \n\t"), withAnswers(`{ "age" : 3 }`)...), "\r\n"...), Response{NB, goodID, map[string][]int{"age": {3}}}},
		{"exactly 64 KiB", padTo(withAnswers(`{"age": 1}`), MaxFileSize), Response{NB, goodID, map[string][]int{"age": {1}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Read("f.json", tt.data)
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if !equalResponse(got, tt.want) {
				t.Errorf("Read = %+v\nwant  %+v", got, tt.want)
			}
		})
	}
}

// padTo pads a file with spaces before its closing brace to exactly n bytes.
func padTo(b []byte, n int) []byte {
	i := bytes.LastIndexByte(b, '}')
	pad := bytes.Repeat([]byte(" "), n-len(b))
	return slices.Concat(b[:i], pad, b[i:])
}

func TestReadRejects(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string // the whole message after "bad.json: "
	}{
		// Size.
		{"over 64 KiB", padTo(withAnswers(`{}`), MaxFileSize+1), "the file is 65537 bytes; a response file is at most 65536 bytes (64 KiB)"},
		// Not JSON.
		{"empty file", nil, "not JSON: the file is empty"},
		{"only spaces", []byte("  \n"), "not JSON: the file is empty"},
		{"garbage", []byte("hello"), "not JSON: invalid character 'h' looking for beginning of value at byte offset 1"},
		{"truncated", withAnswers(`{"age": 2}`)[:40], "not JSON: unexpected end of JSON input at byte offset 40"},
		{"trailing comma", []byte(`{"format": "ses-response",}`), "not JSON: invalid character '}' looking for beginning of object key string at byte offset 27"},
		{"two values", []byte(`{} {}`), "not JSON: invalid character '{' after top-level value at byte offset 4"},
		{"single quotes", []byte(`{'format': 1}`), "not JSON: invalid character '\\'' looking for beginning of object key string at byte offset 2"},
		{"not UTF-8", []byte("{\"format\": \"ses-r\xe9sponse\"}"), "not UTF-8 text: byte 18 (0xe9) is not valid UTF-8"},
		{"not UTF-8 after a byte order mark", []byte("\xef\xbb\xbf{\"a\": \"\xff\"}"), "not UTF-8 text: byte 11 (0xff) is not valid UTF-8"},
		{"not JSON after a byte order mark", []byte("\xef\xbb\xbf{x}"), "not JSON: invalid character 'x' looking for beginning of object key string at byte offset 5"},
		// Not an object.
		{"array", []byte(`[1, 2]`), "the file holds an array, not a JSON object"},
		{"string", []byte(`"ses-response"`), "the file holds a string, not a JSON object"},
		{"number", []byte(`42`), "the file holds a number, not a JSON object"},
		{"null", []byte(`null`), "the file holds null, not a JSON object"},
		{"boolean", []byte(`true`), "the file holds a boolean, not a JSON object"},
		{"huge number", []byte(`1e999`), "the file holds a number, not a JSON object"},
		{"answers huge number", withAnswers(`-1e999`), `"answers" is a number, not an object of question id → code`},
		// Duplicate keys.
		{"top-level key twice", fileWith(append(slices.Clone(head), `"lang": "en"`, `"answers": {}`)...), `key "lang" is given twice in the top-level object`},
		{"answer twice", withAnswers(`{"age": 1, "gender": 2, "age": 3}`), `answers: question "age" is given twice`},
		// format.
		{"format missing", replace("format", ""), `"format" is missing; known formats: ses-response`},
		{"format unknown", replace("format", `"format": "foo"`), `"format" is "foo"; known formats: ses-response`},
		{"format not a string", replace("format", `"format": 1`), `"format" is 1; known formats: ses-response`},
		{"format null", replace("format", `"format": null`), `"format" is null; known formats: ses-response`},
		{"format other case", replace("format", `"format": "SES-response"`), `"format" is "SES-response"; known formats: ses-response`},
		// version.
		{"version missing", replace("version", ""), `"version" is missing; known versions of ses-response: 1`},
		{"version 2", replace("version", `"version": 2`), `"version" is 2; known versions of ses-response: 1`},
		{"version string", replace("version", `"version": "1"`), `"version" is "1"; known versions of ses-response: 1`},
		{"version 1.0", replace("version", `"version": 1.0`), `"version" is 1.0; known versions of ses-response: 1`},
		// instrument.
		{"instrument missing", replace("instrument", ""), `"instrument" is missing; known instruments: ses-nb-2018`},
		{"instrument unknown", replace("instrument", `"instrument": "ses-en-2014"`), `"instrument" is "ses-en-2014"; known instruments: ses-nb-2018`},
		{"instrument array", replace("instrument", `"instrument": ["ses-nb-2018"]`), `"instrument" is ["ses-nb-2018"]; known instruments: ses-nb-2018`},
		// lang.
		{"lang missing", replace("lang", ""), `"lang" is missing; allowed: "nb", "en", "nn"`},
		{"lang de", replace("lang", `"lang": "de"`), `"lang" is "de"; allowed: "nb", "en", "nn"`},
		{"lang NB", replace("lang", `"lang": "NB"`), `"lang" is "NB"; allowed: "nb", "en", "nn"`},
		{"lang NN", replace("lang", `"lang": "NN"`), `"lang" is "NN"; allowed: "nb", "en", "nn"`},
		{"lang no", replace("lang", `"lang": "no"`), `"lang" is "no"; allowed: "nb", "en", "nn"`},
		{"lang number", replace("lang", `"lang": 1`), `"lang" is 1; allowed: "nb", "en", "nn"`},
		// id.
		{"id missing", replace("id", ""), `"id" is missing; it must be 32 lowercase hex digits`},
		{"id short", replace("id", `"id": "XYZ"`), `"id" must be 32 lowercase hex digits, got "XYZ"`},
		{"id uppercase", replace("id", `"id": "87C17E7F55B12A94DC2CAF8CC926753D"`), `"id" must be 32 lowercase hex digits, got "87C17E7F55B12A94DC2CAF8CC926753D"`},
		{"id 33 digits", replace("id", `"id": "87c17e7f55b12a94dc2caf8cc926753d0"`), `"id" must be 32 lowercase hex digits, got "87c17e7f55b12a94dc2caf8cc926753d0"`},
		{"id non-hex", replace("id", `"id": "87c17e7f55b12a94dc2caf8cc926753g"`), `"id" must be 32 lowercase hex digits, got "87c17e7f55b12a94dc2caf8cc926753g"`},
		{"id with dashes", replace("id", `"id": "87c17e7f-55b1-2a94-dc2c-af8cc926753d"`), `"id" must be 32 lowercase hex digits, got "87c17e7f-55b1-2a94-dc2c-af8cc926753d"`},
		{"id number", replace("id", `"id": 12`), `"id" must be 32 lowercase hex digits, got 12`},
		{"id long shortened", replace("id", `"id": "`+strings.Repeat("a", 50)+`"`), `"id" must be 32 lowercase hex digits, got "` + strings.Repeat("a", 39) + `…`},
		// answers.
		{"answers missing", replace("answers", ""), `"answers" is missing; it must be an object of question id → code`},
		{"answers array", withAnswers(`[1, 2]`), `"answers" is an array, not an object of question id → code`},
		{"answers null", withAnswers(`null`), `"answers" is null, not an object of question id → code`},
		{"answers string", withAnswers(`"age=2"`), `"answers" is a string, not an object of question id → code`},
		{"unknown question", withAnswers(`{"age": 2, "sex": 1}`), `answers: "sex" is not a question of ses-nb-2018`},
		{"question id other case", withAnswers(`{"Age": 2}`), `answers: "Age" is not a question of ses-nb-2018`},
		{"unknown null question", withAnswers(`{"hum6": null}`), `answers: "hum6" is not a question of ses-nb-2018`},
		// Codes.
		{"code out of range", withAnswers(`{"age": 7}`), "answers.age: code 7 is out of range; allowed 1–4"},
		{"code 0", withAnswers(`{"gender": 0}`), "answers.gender: code 0 is out of range; allowed 1–2"},
		{"code negative", withAnswers(`{"ekp1": -1}`), "answers.ekp1: code -1 is out of range; allowed 1–7"},
		{"code 8 on 7-point", withAnswers(`{"unw7": 8}`), "answers.unw7: code 8 is out of range; allowed 1–7"},
		{"code 6 on 5-point", withAnswers(`{"out1": 6}`), "answers.out1: code 6 is out of range; allowed 1–5"},
		{"code huge", withAnswers(`{"age": 99999999999999999999}`), "answers.age: code 99999999999999999999 is out of range; allowed 1–4"},
		{"code fraction", withAnswers(`{"age": 2.5}`), "answers.age: 2.5 is not an integer code; allowed 1–4"},
		{"code 2.0", withAnswers(`{"age": 2.0}`), "answers.age: 2.0 is not an integer code; allowed 1–4"},
		{"code exponent", withAnswers(`{"age": 2e0}`), "answers.age: 2e0 is not an integer code; allowed 1–4"},
		{"code string", withAnswers(`{"age": "2"}`), `answers.age: "2" is not an integer code; allowed 1–4`},
		{"code boolean", withAnswers(`{"age": true}`), "answers.age: true is not an integer code; allowed 1–4"},
		{"code object", withAnswers(`{"age": {"code": 2}}`), `answers.age: {"code":2} is not an integer code; allowed 1–4`},
		{"single given an array", withAnswers(`{"age": [2]}`), "answers.age: [2] is not an integer code; allowed 1–4"},
		// employment.
		{"employment not an array", withAnswers(`{"employment": 1}`), "answers.employment: 1 is not an array; give an array of 1 to 2 distinct codes, allowed 1–6"},
		{"employment string", withAnswers(`{"employment": "1,4"}`), `answers.employment: "1,4" is not an array; give an array of 1 to 2 distinct codes, allowed 1–6`},
		{"employment empty", withAnswers(`{"employment": []}`), "answers.employment: [] is empty; give 1 to 2 distinct codes, or leave the question out"},
		{"employment three", withAnswers(`{"employment": [1, 2, 3]}`), "answers.employment: 3 codes given; at most 2 allowed"},
		{"employment duplicate", withAnswers(`{"employment": [4, 4]}`), "answers.employment: code 4 is given twice; codes must be distinct"},
		{"employment out of range", withAnswers(`{"employment": [1, 7]}`), "answers.employment: code 7 is out of range; allowed 1–6"},
		{"employment non-integer", withAnswers(`{"employment": [1.5]}`), "answers.employment: 1.5 is not an integer code; allowed 1–6"},
		{"employment null element", withAnswers(`{"employment": [null, 1]}`), "answers.employment: null is not an integer code; allowed 1–6"},
		{"employment nested", withAnswers(`{"employment": [[1]]}`), "answers.employment: [1] is not an integer code; allowed 1–6"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Read("bad.json", tt.data)
			if err == nil {
				t.Fatalf("Read accepted the file: %+v", r)
			}
			var fe *FileError
			if !errors.As(err, &fe) {
				t.Fatalf("error %T, want *FileError", err)
			}
			if fe.File != "bad.json" {
				t.Errorf("File = %q", fe.File)
			}
			if fe.Problem != tt.want {
				t.Errorf("Problem = %s\nwant      %s", fe.Problem, tt.want)
			}
			if err.Error() != "bad.json: "+tt.want {
				t.Errorf("Error() = %q", err.Error())
			}
			if !equalResponse(r, Response{}) {
				t.Errorf("a rejected file returns %+v, want the zero Response", r)
			}
		})
	}
}

// equalResponse compares two responses, taking a nil and an empty Answers as equal.
func equalResponse(a, b Response) bool {
	if a.Lang != b.Lang || a.ID != b.ID || len(a.Answers) != len(b.Answers) {
		return false
	}
	for k, v := range a.Answers {
		w, ok := b.Answers[k]
		if !ok || !slices.Equal(v, w) {
			return false
		}
	}
	return true
}

// randomResponse answers each question with probability p, with valid codes.
func randomResponse(rng *rand.Rand, p float64) Response {
	in := SESNB2018()
	r := Response{Lang: []Lang{NB, EN, NN}[rng.IntN(3)], Answers: map[string][]int{}}
	r.ID = fmt.Sprintf("%016x%016x", rng.Uint64(), rng.Uint64())
	for _, it := range in.Items {
		if rng.Float64() >= p {
			continue
		}
		k := len(it.Choices)
		if it.Kind == Multiple && rng.IntN(2) == 0 {
			a := 1 + rng.IntN(k)
			b := 1 + rng.IntN(k-1)
			if b >= a {
				b++
			}
			r.Set(it.ID, a, b)
		} else {
			r.Set(it.ID, 1+rng.IntN(k))
		}
	}
	return r
}

func TestRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(2018, 41))
	for i := range 500 {
		p := []float64{0, 0.3, 0.9, 1}[i%4]
		want := randomResponse(rng, p)
		b, err := Marshal(want)
		if err != nil {
			t.Fatalf("Marshal(%+v): %v", want, err)
		}
		got, err := Read("r.json", b)
		if err != nil {
			t.Fatalf("Read(Marshal(%+v)): %v\n%s", want, err, b)
		}
		if !equalResponse(got, want) {
			t.Fatalf("round trip changed the response:\n got %+v\nwant %+v\n%s", got, want, b)
		}
		b2, err := Marshal(got)
		if err != nil || !bytes.Equal(b, b2) {
			t.Fatalf("Marshal is not stable: %v\n%s\n%s", err, b, b2)
		}
	}
}

func TestMarshalWritesExactlyTheFormat(t *testing.T) {
	r := randomResponse(rand.New(rand.NewPCG(1, 2)), 1)
	r.Set("employment", 5, 2)
	b, err := Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(b, &top); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, b)
	}
	var keys []string
	for k := range top {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if want := []string{"answers", "format", "id", "instrument", "lang", "version"}; !slices.Equal(keys, want) {
		t.Errorf("keys %v, want exactly %v", keys, want)
	}
	for k, want := range map[string]string{"format": `"ses-response"`, "version": `1`, "instrument": `"ses-nb-2018"`, "lang": `"` + string(r.Lang) + `"`, "id": `"` + r.ID + `"`} {
		if string(top[k]) != want {
			t.Errorf("%s = %s, want %s", k, top[k], want)
		}
	}
	// Answers: every question once, in questionnaire order, singles as bare integers.
	ids := regexp.MustCompile(`(?m)^    "([a-z0-9]+)": (\d+|\[\d+, \d+\]),?$`).FindAllStringSubmatch(string(b), -1)
	in := SESNB2018()
	if len(ids) != len(in.Items) {
		t.Fatalf("%d answer lines, want %d:\n%s", len(ids), len(in.Items), b)
	}
	for i, m := range ids {
		if m[1] != in.Items[i].ID {
			t.Errorf("answer %d is %q, want %q (questionnaire order)", i+1, m[1], in.Items[i].ID)
		}
	}
	if !bytes.Contains(b, []byte(`"employment": [2, 5]`)) {
		t.Errorf("employment not written sorted as an array:\n%s", b)
	}
	if len(b) > 2048 {
		t.Errorf("a full response is %d bytes; expected well under 2 KiB", len(b))
	}
}

func TestMarshalRejectsInvalid(t *testing.T) {
	ok := Response{Lang: NB, ID: goodID}
	tests := []struct {
		name string
		edit func(r *Response)
		want string
	}{
		{"bad lang", func(r *Response) { r.Lang = "de" }, `lang is "de"; allowed: "nb", "en", "nn"`},
		{"empty lang", func(r *Response) { r.Lang = "" }, `lang is ""; allowed: "nb", "en", "nn"`},
		{"bad id", func(r *Response) { r.ID = "x" }, `id must be 32 lowercase hex digits, got "x"`},
		{"unknown question", func(r *Response) { r.Set("zzz", 1); r.Set("aaa", 1) }, `answers: "aaa" is not a question of ses-nb-2018`},
		{"out of range", func(r *Response) { r.Set("age", 9) }, "answers.age: code 9 is out of range; allowed 1–4"},
		{"two codes for a single", func(r *Response) { r.Set("age", 1, 2) }, "answers.age: 2 codes given; a single-choice question takes exactly one, allowed 1–4"},
		{"empty codes", func(r *Response) { r.Answers = map[string][]int{"age": {}} }, "answers.age: 0 codes given; a single-choice question takes exactly one, allowed 1–4"},
		{"employment empty", func(r *Response) { r.Answers = map[string][]int{"employment": nil} }, "answers.employment: no codes given; give 1 to 2 distinct codes, or leave the question out"},
		{"employment three", func(r *Response) { r.Set("employment", 1, 2, 3) }, "answers.employment: 3 codes given; at most 2 allowed"},
		{"employment twice", func(r *Response) { r.Set("employment", 3, 3) }, "answers.employment: code 3 is given twice; codes must be distinct"},
		{"employment range", func(r *Response) { r.Set("employment", 0) }, "answers.employment: code 0 is out of range; allowed 1–6"},
		{"first problem in questionnaire order", func(r *Response) { r.Set("satisfaction", 9); r.Set("gender", 9) }, "answers.gender: code 9 is out of range; allowed 1–2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ok
			r.Answers = map[string][]int{}
			tt.edit(&r)
			b, err := Marshal(r)
			if err == nil {
				t.Fatalf("Marshal accepted %+v:\n%s", r, b)
			}
			if want := "writing response: " + tt.want; err.Error() != want {
				t.Errorf("Marshal error %q\nwant           %q", err, want)
			}
			if err := SESNB2018().Validate(r); err == nil || err.Error() != tt.want {
				t.Errorf("Validate = %v, want %q", err, tt.want)
			}
		})
	}
	if _, err := Marshal(ok); err != nil {
		t.Errorf("Marshal of an empty response: %v", err)
	}
	if b, _ := Marshal(ok); !bytes.Contains(b, []byte(`"answers": {}`)) {
		t.Errorf("an empty response writes %s", b)
	}
}

func TestNewIDAndResponse(t *testing.T) {
	seen := map[string]bool{}
	for range 1000 {
		id, err := NewID()
		if err != nil {
			t.Fatal(err)
		}
		if !ValidIDString(id) {
			t.Fatalf("NewID() = %q, not 32 lowercase hex", id)
		}
		if seen[id] {
			t.Fatalf("NewID() repeated %q", id)
		}
		seen[id] = true
	}
	r, err := NewResponse(EN)
	if err != nil {
		t.Fatal(err)
	}
	if r.Lang != EN || !ValidIDString(r.ID) || r.Answers == nil || len(r.Answers) != 0 {
		t.Errorf("NewResponse(EN) = %+v", r)
	}
	b, err := Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := Read("new.json", b); err != nil || !equalResponse(got, r) {
		t.Errorf("a new response does not round-trip: %v %+v", err, got)
	}
}

func TestSetAndCode(t *testing.T) {
	var r Response // nil Answers: Set must not panic
	r.Set("age", 3)
	if c, ok := r.Code("age"); !ok || c != 3 {
		t.Errorf("Code(age) = %d, %v", c, ok)
	}
	codes := []int{4, 1}
	r.Set("employment", codes...)
	codes[0] = 9
	if !slices.Equal(r.Answers["employment"], []int{1, 4}) {
		t.Errorf("employment = %v, want a sorted copy [1 4]", r.Answers["employment"])
	}
	if _, ok := r.Code("employment"); ok {
		t.Error("Code of a two-code answer reports ok")
	}
	if _, ok := r.Code("gender"); ok {
		t.Error("Code of an unanswered question reports ok")
	}
	r.Set("age")
	if _, ok := r.Answers["age"]; ok {
		t.Error("Set with no codes does not clear the answer")
	}
}

func TestFileError(t *testing.T) {
	var err error = &FileError{File: "dir/a.json", Problem: "x"}
	if err.Error() != "dir/a.json: x" {
		t.Errorf("Error() = %q", err.Error())
	}
}
