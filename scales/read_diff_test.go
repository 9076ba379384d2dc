package scales

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// The differential tests: the fast reader must give exactly what the old reader (read_old_test.go)
// gave — the same Response, field by field, and the same message — for every input, except for the
// deliberate changes of issue 9 item 10 (a UTF-16 file is now named as such) and of issue 21 (a
// wrong "lang" lists "nn" too).

// sameAsOld reports how Read (and ReadCompact) differ from the old reader on data, or "".
func sameAsOld(data []byte) string {
	const name = "dir/f.json"
	want, wantErr := oldRead(name, data)
	got, gotErr := Read(name, data)
	if wantErr != nil {
		if gotErr == nil {
			return fmt.Sprintf("old rejected with %q, new accepted %+v", wantErr, got)
		}
		var fe *FileError
		if !errors.As(gotErr, &fe) || fe.File != name {
			return fmt.Sprintf("new rejection %T %q is not a *FileError naming the file", gotErr, gotErr)
		}
		if gotErr.Error() != wantErr.Error() && !deliberatelyChanged(wantErr, gotErr) {
			return fmt.Sprintf("messages differ:\nold %q\nnew %q", wantErr, gotErr)
		}
		if !reflect.DeepEqual(got, Response{}) {
			return fmt.Sprintf("a rejected file returns %+v, want the zero Response", got)
		}
		return ""
	}
	if gotErr != nil {
		return fmt.Sprintf("old accepted %+v, new rejected with %q", want, gotErr)
	}
	// DeepEqual: the same lang and id, a non-nil map with the same keys, the same codes in the same order.
	if !reflect.DeepEqual(got, want) {
		return fmt.Sprintf("responses differ:\nold %#v\nnew %#v", want, got)
	}
	return ""
}

// compactSameAsOld reports how ReadCompact differs from the old reader on data, or "": the same
// message, or the compact form of the same response.
func compactSameAsOld(data []byte) string {
	const name = "dir/f.json"
	want, wantErr := oldRead(name, data)
	c, err := ReadCompact(name, data)
	if wantErr != nil {
		_, readErr := Read(name, data) // the same as the old reader's but for the deliberate changes (sameAsOld)
		if err == nil || err.Error() != readErr.Error() {
			return fmt.Sprintf("old rejected with %q, Read with %q, ReadCompact gave %v", wantErr, readErr, err)
		}
		var fe *FileError
		if !errors.As(err, &fe) || fe.File != name || c != (Compact{}) {
			return fmt.Sprintf("ReadCompact's rejection: %T %v, %+v", err, err, c)
		}
		return ""
	}
	if err != nil {
		return fmt.Sprintf("old accepted %+v, ReadCompact rejected with %q", want, err)
	}
	if wc, err := CompactOf(want); err != nil || wc != c {
		return fmt.Sprintf("ReadCompact = %+v, CompactOf(old) = %+v, %v", c, wc, err)
	}
	if got := c.Response(); !reflect.DeepEqual(got, want) {
		return fmt.Sprintf("ReadCompact(...).Response() = %#v, old %#v", got, want)
	}
	return ""
}

// deliberatelyChanged reports whether the new message is the deliberate one for UTF-16 text, where
// the old reader complained about the byte order mark, a NUL byte or the first character (a UTF-16
// file has a NUL byte among its first two, so it is never JSON); or the deliberate change of
// issue 21, nynorsk: a wrong "lang" now lists "nn" after "nb", "en". (Both readers accept "nn",
// since both ask ParseLang.)
func deliberatelyChanged(oldErr, newErr error) bool {
	var fe *FileError
	if !errors.As(oldErr, &fe) {
		return false
	}
	if strings.HasPrefix(fe.Problem, `"lang" `) && strings.HasSuffix(fe.Problem, `; allowed: "nb", "en"`) {
		return newErr.Error() == oldErr.Error()+`, "nn"`
	}
	if !strings.HasSuffix(newErr.Error(), ": "+utf16Problem) {
		return false
	}
	return strings.HasPrefix(fe.Problem, "not UTF-8 text: byte ") || strings.HasPrefix(fe.Problem, "not JSON: invalid character ")
}

// compactFile is r's file written compactly, with the top-level keys in the given order.
func compactFile(r Response, keys []string) []byte {
	fields := map[string]any{"format": FormatResponse, "version": ResponseVersion, "instrument": "ses-nb-2018",
		"lang": r.Lang, "id": r.ID}
	answers := map[string]any{}
	in := SESNB2018()
	for id, c := range r.Answers {
		if in.Item(id).Kind == Multiple {
			answers[id] = c
		} else {
			answers[id] = c[0]
		}
	}
	fields["answers"] = answers
	var b bytes.Buffer
	b.WriteByte('{')
	for i, k := range keys {
		if i > 0 {
			b.WriteByte(',')
		}
		v, _ := json.Marshal(fields[k])
		fmt.Fprintf(&b, "%q:%s", k, v)
	}
	b.WriteByte('}')
	return b.Bytes()
}

// diffCorpus is the differential tests' fixed corpus: the fuzz seeds, the files of the reader's
// tests, hand-made edge cases of the fast reader's grammar, good files of many shapes, and every
// prefix and many one-byte edits of two good files.
func diffCorpus() [][]byte {
	corpus := readSeeds()
	add := func(s ...string) {
		for _, x := range s {
			corpus = append(corpus, []byte(x))
		}
	}
	file := func(answers string) string { return string(withAnswers(answers)) }
	ans := func(members ...string) {
		for _, m := range members {
			add(file(m))
		}
	}
	// Top-level values at and around what the fast reader takes.
	for _, m := range []string{
		`"format": "ses-response"`, `"format": "ses-response "`, `"format": "ses-respons"`, `"format": "ses-\u0072esponse"`,
		`"format": "ses-response\u0000"`, `"format": "ses-response", "format": "ses-response"`,
		`"version": 1`, `"version": 10`, `"version": 01`, `"version": 1.0`, `"version": 1e0`, `"version": -1`, `"version": 1.`,
		`"version": 1x`, `"version": +1`, `"version": "1"`, `"version": true`, `"version": null`, `"version": 2`,
		`"version":1`, "\"version\"\t:\r\n1", `"version": 100000000000000000000000`,
		`"instrument": "ses-nb-2018"`, `"instrument": "ses-nb-2019"`, `"instrument": "ses-nb-201"`, `"instrument": "\u0073es-nb-2018"`,
		`"lang": "nb"`, `"lang": "en"`, `"lang": "nn"`, `"lang": "nno"`, `"lang": "NN"`, `"lang": "no"`, `"lang": "n"`, `"lang": "nbb"`, `"lang": "EN"`, `"lang": "\u006eb"`, `"lang": null`,
		`"lang": "nb\"`, `"lang": ["nb"]`,
		`"id": "` + goodID + `"`, `"id": "` + strings.ToUpper(goodID) + `"`, `"id": "` + goodID[:31] + `"`, `"id": "` + goodID + `0"`,
		`"id": "` + goodID[:31] + `\u0064"`, `"id": "` + goodID[:31] + `g"`, `"id": null`, `"id": ""`,
		`"id": "` + goodID[:30] + `é"`, `"id": "` + strings.Repeat("f", 32) + `"`, `"id": "` + strings.Repeat("0", 32) + `"`,
	} {
		key := strings.Trim(strings.SplitN(m, ":", 2)[0], `"`)
		add(string(replace(key, m)))
	}
	// Answers.
	ans(`{}`, `{ }`, "{\n}", `{"age": 1}`, `{"age":1}`, `{"age" :1 }`, "{\"age\"\t:\t1\r\n}", `{"age": 4}`, `{"age": 5}`, `{"age": 0}`,
		`{"age": 01}`, `{"age": 10}`, `{"age": 1.0}`, `{"age": 1e0}`, `{"age": 1E0}`, `{"age": -1}`, `{"age": -0}`, `{"age": 1,}`,
		`{"age": 1 2}`, `{"age": }`, `{"age" 1}`, `{age: 1}`, `{"age": 1, }`, `{, "age": 1}`, `{"age": null}`, `{"age": nul}`,
		`{"age": nulll}`, `{"age": null1}`, `{"age": NULL}`, `{"age": true}`, `{"age": "1"}`, `{"age": [1]}`, `{"age": {}}`,
		`{"\u0061ge": 1}`, `{"ag\"e": 1}`, `{"age\u0000": 1}`, `{"age ": 1}`, `{"": 1}`, `{"AGE": 1}`, `{"hum6": 1}`,
		`{"age": 1, "age": 1}`, `{"age": null, "age": 1}`, `{"age": 1, "age": null}`, `{"age": 1, "\u0061ge": 2}`,
		`{"unw7": 7}`, `{"unw7": 8}`, `{"out5": 5}`, `{"out5": 6}`, `{"gender": 2}`, `{"gender": 3}`, `{"satisfaction": 4}`,
		`{"recovery": 5}`, `{"duration": 1}`, `{"status": 2}`, `{"area": 1}`, `{"age": 99999999999999999999}`,
		`{"employment": [1]}`, `{"employment": [6]}`, `{"employment": [7]}`, `{"employment": [0]}`, `{"employment": [1, 2]}`,
		`{"employment": [2, 1]}`, `{"employment": [1,2]}`, `{"employment": [ 1 , 2 ]}`, "{\"employment\": [\n1,\n2\n]}",
		`{"employment": [1, 1]}`, `{"employment": [1, 2, 3]}`, `{"employment": [1, 2, 2]}`, `{"employment": []}`, `{"employment": [ ]}`,
		`{"employment": [1,]}`, `{"employment": [,1]}`, `{"employment": [1 2]}`, `{"employment": [01]}`, `{"employment": [10]}`,
		`{"employment": [1.0]}`, `{"employment": [-1]}`, `{"employment": [null]}`, `{"employment": null}`, `{"employment": [[1]]}`,
		`{"employment": ["1"]}`, `{"employment": 1}`, `{"employment": [1], "employment": [2]}`, `{"employment": [1, 7]}`,
		`{"employment": [7, 1]}`, `{"employment": [1, 2}`, `{"employment": [1, 2]]}`, `{"employment": [1, 2], "age": 2}`,
		`{"age": 2, "employment": [1, 2], "gender": 1}`)
	// Structure around the object.
	good := string(withAnswers(`{"age": 2}`))
	add(" "+good, good+" ", "\n"+good+"\n", good+"\x00", good+"}", good+",", good+" {}", good[:len(good)-1],
		"\ufeff"+good, "\ufeff\ufeff"+good, good+"\ufeff", "\u00a0"+good, good+"\u00a0", "\v"+good, "\f"+good,
		strings.Replace(good, "{", "{\"later\": 1, ", 1), strings.Replace(good, "{", "{\"x\": {\"y\": [1, {}]}, ", 1),
		strings.Replace(good, "{", `{"\u0066ormat": "ses-response", `, 1), strings.Replace(good, "{", `{"": 1, `, 1),
		strings.Replace(good, `"format"`, `"format" `, 1), strings.Replace(good, `"answers": {`, `"answers" : {`, 1),
		`{"answers": {"age": 2}}`, `{}`, `{ }`, `{"format": "ses-response"}`)
	// UTF-16 (issue 9 item 10) and near misses.
	for _, s := range []string{good, formatsExample, "{}", "[1]", " {\"a\": 1}"} {
		corpus = append(corpus, utf16LE(s), utf16BE(s), append([]byte{0xff, 0xfe}, utf16LE(s)...), append([]byte{0xfe, 0xff}, utf16BE(s)...))
	}
	add("\x00", "\x00\x00", "{\x00", "\x00{", "\xff\xfe", "\xfe\xff", "\xff\xfe\x00", "\x00\x00\xfe\xff", " \x00",
		"{\x00\"\x00}\x00", "\x00{\x00\"\x00}", "{\"a\": \"\x00\"}")
	// Good files: Marshal's, compact in several key orders, indented by encoding/json.
	rng := rand.New(rand.NewPCG(11, 9))
	keys := []string{"format", "version", "instrument", "lang", "id", "answers"}
	for i := range 300 {
		r := randomResponse(rng, []float64{0, 0.2, 0.7, 1}[i%4])
		b, err := Marshal(r)
		if err != nil {
			panic(err)
		}
		corpus = append(corpus, b)
		rng.Shuffle(len(keys), func(i, j int) { keys[i], keys[j] = keys[j], keys[i] })
		c := compactFile(r, keys)
		corpus = append(corpus, c)
		var ind bytes.Buffer
		_ = json.Indent(&ind, c, "", "\t")
		corpus = append(corpus, ind.Bytes())
	}
	// Every prefix, and one-byte edits, of two good files.
	edits := []byte("\"\\0129,:{}[] \tn-.e\x00\x7f\xc3ABf")
	for _, base := range [][]byte{[]byte(formatsExample), compactFile(randomResponse(rand.New(rand.NewPCG(3, 4)), 0.5), []string{"answers", "id", "lang", "instrument", "version", "format"})} {
		for i := range base {
			corpus = append(corpus, slices.Clone(base[:i]))
			corpus = append(corpus, slices.Concat(base[:i], base[i+1:]))
			for _, e := range edits {
				if base[i] != e {
					b := slices.Clone(base)
					b[i] = e
					corpus = append(corpus, b)
				}
			}
		}
	}
	return corpus
}

func utf16LE(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

func utf16BE(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r>>8), byte(r))
	}
	return b
}

// TestReadSameAsOld runs the differential check over the fixed corpus (fast enough for make test;
// FuzzReadSameAsOld explores beyond it).
func TestReadSameAsOld(t *testing.T) {
	corpus := diffCorpus()
	bad := 0
	for _, data := range corpus {
		d := sameAsOld(data)
		if d == "" {
			d = compactSameAsOld(data)
		}
		if d != "" {
			bad++
			if bad <= 10 {
				t.Errorf("%q:\n%s", data, d)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d inputs differ", bad, len(corpus))
	}
}

// FuzzReadSameAsOld: the new reader, and ReadCompact, give exactly the old reader's Response and message for any
// input (but UTF-16 text, whose message changed on purpose).
func FuzzReadSameAsOld(f *testing.F) {
	for _, seed := range readSeeds() {
		f.Add(seed)
	}
	f.Add([]byte(string(withAnswers(`{"age": 2, "employment": [3, 1], "out5": null}`))))
	f.Add(compactFile(randomResponse(rand.New(rand.NewPCG(5, 6)), 0.9), []string{"id", "answers", "lang", "instrument", "format", "version"}))
	f.Add(utf16LE(formatsExample))
	f.Fuzz(func(t *testing.T, data []byte) {
		if d := sameAsOld(data); d != "" {
			t.Fatal(d)
		}
		if d := compactSameAsOld(data); d != "" {
			t.Fatal(d)
		}
	})
}
