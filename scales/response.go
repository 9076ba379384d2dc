package scales

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The response file's identity (formats.md, "Response file").
const (
	FormatResponse  = "ses-response"
	ResponseVersion = 1
)

// MaxFileSize is the largest response file a reader accepts, in bytes (64 KiB).
// A real response is well under 2 KiB; the limit keeps a pooled batch from
// being swamped by a wrong file.
const MaxFileSize = 64 << 10

// utf16Problem is Read's message for a file of UTF-16 text (Windows editors' "Unicode"), with or
// without a byte order mark.
const utf16Problem = "not UTF-8 text: the file is UTF-16; save it as UTF-8"

// TooBigProblem is the problem of a file over MaxFileSize bytes, for a reader that reads at most
// MaxFileSize+1 bytes of it: size is the file's size by Stat. A size of at most MaxFileSize
// although more bytes came — a device such as /dev/zero, a pipe, a file growing while it is read —
// is not a size, and the message says only that the file is over the limit.
func TooBigProblem(size int64) string {
	if size <= MaxFileSize {
		return fmt.Sprintf("the file is over %d bytes; a response file is at most %d bytes (64 KiB)", MaxFileSize, MaxFileSize)
	}
	return fmt.Sprintf("the file is %d bytes; a response file is at most %d bytes (64 KiB)", size, MaxFileSize)
}

// TooBig is the problem of a file over MaxFileSize bytes.
func TooBig(size int64) string {
	return fmt.Sprintf("the file is %d bytes; a response file is at most %d bytes (64 KiB)", size, MaxFileSize)
}

// Response is one anonymous response (formats.md, ses-response version 1) to
// the instrument ses-nb-2018.
type Response struct {
	Lang Lang   // the language the respondent answered in
	ID   string // 32 lowercase hex digits from a cryptographic random source
	// Answers maps a question id to its codes: exactly one code for a
	// single-choice question, 1 or 2 distinct codes in ascending order for
	// employment. An unanswered question is absent.
	Answers map[string][]int
}

// NewID returns a new response id: 128 bits from crypto/rand as 32 lowercase
// hex digits. It identifies nothing but the response itself.
func NewID() (string, error) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("making a response id: %w", err)
	}
	return hex.EncodeToString(b[:]), nil
}

// NewResponse starts an empty response in language l with a new id.
func NewResponse(l Lang) (Response, error) {
	id, err := NewID()
	if err != nil {
		return Response{}, err
	}
	return Response{Lang: l, ID: id, Answers: map[string][]int{}}, nil
}

// Code returns the code of a single-choice answer; ok is false when the
// question is unanswered or holds other than exactly one code.
func (r Response) Code(id string) (int, bool) {
	c := r.Answers[id]
	if len(c) != 1 {
		return 0, false
	}
	return c[0], true
}

// Set records the answer to question id: a copy of codes in ascending order,
// so that a multiple-choice answer compares and writes the same whatever
// order it was ticked in. Set with no codes clears the answer. Set does not
// validate; Marshal and Validate do.
func (r *Response) Set(id string, codes ...int) {
	if len(codes) == 0 {
		delete(r.Answers, id)
		return
	}
	if r.Answers == nil {
		r.Answers = map[string][]int{}
	}
	c := slices.Clone(codes)
	slices.Sort(c)
	r.Answers[id] = c
}

// FileError is a rejected response file: the file's name and what is wrong
// with it, in words a facilitator can act on.
type FileError struct{ File, Problem string }

func (e *FileError) Error() string { return e.File + ": " + e.Problem }

// ValidIDString reports whether s is a well-formed response id: exactly 32
// lowercase hex digits.
func ValidIDString(s string) bool {
	if len(s) != 32 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// langsAllowed lists the values of "lang" for a message, in the order of their digits in a
// response code. A reader that knew only nb and en said `allowed: "nb", "en"`; the list grew at
// its end, so that a message of the old reader is the start of the new one's.
const langsAllowed = `"nb", "en", "nn"`

// Validate checks a response held in memory against the instrument with the
// same rules Read applies to a file: lang nb, en or nn, a well-formed id, known
// question ids, one code in range for a single-choice question, 1 to
// MaxChoices distinct codes in range for a multiple-choice one.
func (in *Instrument) Validate(r Response) error {
	if _, ok := ParseLang(string(r.Lang)); !ok {
		return fmt.Errorf("lang is %q; allowed: %s", string(r.Lang), langsAllowed)
	}
	if !ValidIDString(r.ID) {
		return fmt.Errorf("id must be 32 lowercase hex digits, got %q", r.ID)
	}
	// In questionnaire order, so that the first problem reported is the first on the form.
	known := 0
	for i := range in.Items {
		it := &in.Items[i]
		codes, ok := r.Answers[it.ID]
		if !ok {
			continue
		}
		known++
		if err := it.CheckCodes(codes); err != nil {
			return fmt.Errorf("answers.%s: %s", it.ID, err)
		}
	}
	if known != len(r.Answers) {
		var unknown []string
		for id := range r.Answers {
			if in.Item(id) == nil {
				unknown = append(unknown, id)
			}
		}
		slices.Sort(unknown)
		return fmt.Errorf("answers: %q is not a question of %s", unknown[0], in.ID)
	}
	return nil
}

// allowed describes the item's codes for a message: "allowed 1–4".
func (it *Item) allowed() string { return fmt.Sprintf("allowed 1–%d", len(it.Choices)) }

// CheckCodes checks the codes of one answer held in memory, with Validate's
// rules and messages (Validate prefixes them with "answers.<id>: ").
func (it *Item) CheckCodes(codes []int) error {
	if it.Kind != Multiple {
		if len(codes) != 1 {
			return fmt.Errorf("%d codes given; a single-choice question takes exactly one, %s", len(codes), it.allowed())
		}
		if !it.Valid(codes[0]) {
			return fmt.Errorf("code %d is out of range; %s", codes[0], it.allowed())
		}
		return nil
	}
	if len(codes) == 0 {
		return fmt.Errorf("no codes given; give 1 to %d distinct codes, or leave the question out", it.MaxChoices)
	}
	if len(codes) > it.MaxChoices {
		return fmt.Errorf("%d codes given; at most %d allowed", len(codes), it.MaxChoices)
	}
	for i, c := range codes {
		if !it.Valid(c) {
			return fmt.Errorf("code %d is out of range; %s", c, it.allowed())
		}
		if slices.Contains(codes[:i], c) {
			return fmt.Errorf("code %d is given twice; codes must be distinct", c)
		}
	}
	return nil
}

// Marshal returns the bytes of r's response file: exactly the fields of
// formats.md (format, version, instrument, lang, id, answers), nothing else;
// a single answer as an integer, employment as an array in ascending order,
// answers in questionnaire order, one per line. It validates r first.
func Marshal(r Response) ([]byte, error) {
	in := SESNB2018()
	if err := in.Validate(r); err != nil {
		return nil, fmt.Errorf("writing response: %w", err)
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "{\n  \"format\": %q,\n  \"version\": %d,\n  \"instrument\": %q,\n  \"lang\": %q,\n  \"id\": %q,\n  \"answers\": {",
		FormatResponse, ResponseVersion, in.ID, string(r.Lang), r.ID)
	first := true
	for i := range in.Items {
		it := &in.Items[i]
		codes, ok := r.Answers[it.ID]
		if !ok {
			continue
		}
		if !first {
			b.WriteByte(',')
		}
		first = false
		// Ids are ASCII letters and digits (Check), so %q writes valid JSON strings.
		fmt.Fprintf(&b, "\n    %q: ", it.ID)
		if it.Kind == Multiple {
			c := slices.Clone(codes)
			slices.Sort(c)
			b.WriteByte('[')
			for j, v := range c {
				if j > 0 {
					b.WriteString(", ")
				}
				b.WriteString(strconv.Itoa(v))
			}
			b.WriteByte(']')
		} else {
			b.WriteString(strconv.Itoa(codes[0]))
		}
	}
	if !first {
		b.WriteString("\n  ")
	}
	b.WriteString("}\n}\n")
	return b.Bytes(), nil
}

// Read reads and validates one response file. name is used only in messages.
// On rejection the error is a *FileError naming the file and the first
// problem found, in the order: size, encoding, JSON syntax, the top-level
// object and its keys, format, version, instrument, lang, id, answers (in the
// file's order). Each message names the field, the value found and what is
// allowed, e.g. "answers.age: code 7 is out of range; allowed 1–4". Byte
// offsets count from 1, as encoding/json's SyntaxError.Offset, and include a
// skipped byte order mark.
// A file is rejected when (formats.md):
//   - it is over MaxFileSize bytes, not UTF-8 (UTF-16 text is named as such),
//     not JSON, or not a JSON object;
//   - "format", "version" or "instrument" is missing or not one this reader
//     knows (ses-response, 1, ses-nb-2018);
//   - "lang" is missing or not "nb"/"en"/"nn"; "id" is not 32 lowercase hex digits;
//   - "answers" is missing or not an object; an answer's id is not a question;
//   - a code is not an integer or out of range; a single-choice answer is not
//     one integer; employment is not an array, is empty, has duplicates or
//     more than two codes.
//
// Decisions beyond formats.md, made so that a file means one thing only:
//   - a code must be a JSON integer literal: 2 is a code, while 2.0, 2e0, "2"
//     and true are rejected as not integers;
//   - a key given twice in the top-level object or in "answers" is rejected,
//     naming the key, because readers disagree on which value wins;
//   - an answer of null means unanswered, as formats.md says; "answers": null
//     is rejected as not an object;
//   - a leading UTF-8 byte order mark is ignored (RFC 8259 §8.1 lets a
//     parser do so; editors on some systems add one).
//
// Unknown top-level keys are ignored, for later versions.
//
// A file of the usual shape (the six keys, no escapes) is read by a scanner of its own, with six
// allocations; any other file, and every rejected one, by encoding/json (read_diff_test.go checks
// that both give the same).
func Read(name string, data []byte) (Response, error) {
	r, problem := read(data)
	if problem != "" {
		return Response{}, &FileError{File: name, Problem: problem}
	}
	return r, nil
}

// member is one key of a JSON object with its value still as JSON text.
type member struct {
	key   string
	value json.RawMessage
}

// objectMembers splits a JSON object into its members in file order; ok is
// false when raw is not an object. raw must be valid JSON.
func objectMembers(raw []byte) (members []member, ok bool, err error) {
	// Only an object is tokenized: Token would turn a top-level number into a
	// float64 and fail on one too large, which is valid JSON.
	if t := bytes.TrimSpace(raw); len(t) == 0 || t[0] != '{' {
		return nil, false, nil
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	t, err := dec.Token()
	if err != nil {
		return nil, false, err
	}
	if d, isDelim := t.(json.Delim); !isDelim || d != '{' {
		return nil, false, nil
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, true, err
		}
		key, _ := t.(string)
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, true, err
		}
		members = append(members, member{key, v})
	}
	if _, err := dec.Token(); err != nil && err != io.EOF {
		return nil, true, err
	}
	return members, true, nil
}

// firstDuplicate returns the first key that occurs twice, or "".
func firstDuplicate(ms []member) (string, bool) {
	seen := make(map[string]bool, len(ms))
	for _, m := range ms {
		if seen[m.key] {
			return m.key, true
		}
		seen[m.key] = true
	}
	return "", false
}

// kindOf names the JSON type of a valid JSON value for messages.
func kindOf(raw []byte) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "nothing"
	}
	switch raw[0] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// show returns a JSON value compactly for a message, shortened if long.
func show(raw []byte) string {
	var b bytes.Buffer
	if json.Compact(&b, raw) != nil {
		b.Reset()
		b.Write(bytes.TrimSpace(raw))
	}
	s := b.String()
	const max = 40
	if utf8.RuneCountInString(s) > max {
		r := []rune(s)
		s = string(r[:max]) + "…"
	}
	return s
}

// quote quotes a key for a message, shortened if long.
func quote(s string) string {
	const max = 40
	if utf8.RuneCountInString(s) > max {
		s = string([]rune(s)[:max]) + "…"
	}
	return strconv.Quote(s)
}

// isNull reports whether a valid JSON value is null.
func isNull(raw []byte) bool { return string(bytes.TrimSpace(raw)) == "null" }

// integer parses a JSON integer literal (no fraction, no exponent). ok is
// false for any other JSON value; fits is false when the literal is an
// integer too large for an int, which is out of range for every question.
func integer(raw []byte) (v int, ok, fits bool) {
	s := string(bytes.TrimSpace(raw))
	if s == "" {
		return 0, false, false
	}
	digits := strings.TrimPrefix(s, "-")
	if digits == "" {
		return 0, false, false
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return 0, false, false
		}
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, true, false
	}
	return n, true, true
}

// stringValue returns the string a JSON value holds, if it is a string.
func stringValue(raw []byte) (string, bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || raw[0] != '"' {
		return "", false
	}
	var s string
	if json.Unmarshal(raw, &s) != nil {
		return "", false
	}
	return s, true
}

// isUTF16 reports whether data looks like UTF-16 text: it starts with a UTF-16 byte order mark (and
// not UTF-32's), or its first up to eight 16-bit units each have one zero byte, always the high one
// or always the low one, as JSON's ASCII start does in UTF-16. Valid UTF-8 JSON has no zero bytes.
func isUTF16(b []byte) bool {
	if len(b) >= 2 && (b[0] == 0xff && b[1] == 0xfe || b[0] == 0xfe && b[1] == 0xff) {
		return !(len(b) >= 4 && b[0] == 0xff && b[2] == 0 && b[3] == 0)
	}
	n := min(len(b), 16) &^ 1
	if n == 0 {
		return false
	}
	le, be := true, true
	for i := 0; i < n; i += 2 {
		le = le && b[i] != 0 && b[i+1] == 0
		be = be && b[i] == 0 && b[i+1] != 0
	}
	return le || be
}

// read does Read's work and returns the first problem, or "". A file of the usual shape is read by
// readFast; anything else, and every rejected file, by readSlow, which finds the problem to report.
func read(data []byte) (Response, string) {
	var c Compact
	if readFast(data, &c) {
		return c.Response(), ""
	}
	return readSlow(data)
}

// readSlow reads any file with encoding/json and finds the first problem of a rejected one.
func readSlow(data []byte) (Response, string) {
	if len(data) > MaxFileSize {
		return Response{}, TooBig(int64(len(data)))
	}
	if isUTF16(data) {
		return Response{}, utf16Problem
	}
	// A leading byte order mark is skipped; offsets in messages still count it,
	// so that they point into the file as an editor shows it.
	skipped := 0
	if rest, ok := bytes.CutPrefix(data, []byte("\xef\xbb\xbf")); ok {
		data, skipped = rest, 3
	}
	if !utf8.Valid(data) {
		at := 0
		for at < len(data) {
			r, size := utf8.DecodeRune(data[at:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			at += size
		}
		return Response{}, fmt.Sprintf("not UTF-8 text: byte %d (0x%02x) is not valid UTF-8", skipped+at+1, data[at])
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return Response{}, "not JSON: the file is empty"
	}
	// The offset is encoding/json's: the number of bytes read when the error
	// was found, so the offending byte is the offset-th byte of the file.
	if !json.Valid(data) {
		var parsed any
		err := json.Unmarshal(data, &parsed)
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return Response{}, fmt.Sprintf("not JSON: %s at byte offset %d", se.Error(), int64(skipped)+se.Offset)
		}
		return Response{}, fmt.Sprintf("not JSON: %v", err)
	}
	top, isObj, err := objectMembers(data)
	if err != nil {
		return Response{}, "not JSON: " + err.Error()
	}
	if !isObj {
		return Response{}, fmt.Sprintf("the file holds %s, not a JSON object", kindOf(data))
	}
	if k, dup := firstDuplicate(top); dup {
		return Response{}, fmt.Sprintf("key %s is given twice in the top-level object", quote(k))
	}
	fields := make(map[string]json.RawMessage, len(top))
	for _, m := range top {
		fields[m.key] = m.value
	}
	in := SESNB2018()

	// format, version, instrument: the reader must know all three.
	if v, ok := fields["format"]; !ok {
		return Response{}, `"format" is missing; known formats: ` + FormatResponse
	} else if s, isStr := stringValue(v); !isStr || s != FormatResponse {
		return Response{}, fmt.Sprintf(`"format" is %s; known formats: %s`, show(v), FormatResponse)
	}
	if v, ok := fields["version"]; !ok {
		return Response{}, fmt.Sprintf(`"version" is missing; known versions of %s: %d`, FormatResponse, ResponseVersion)
	} else if n, isInt, fits := integer(v); !isInt || !fits || n != ResponseVersion {
		return Response{}, fmt.Sprintf(`"version" is %s; known versions of %s: %d`, show(v), FormatResponse, ResponseVersion)
	}
	if v, ok := fields["instrument"]; !ok {
		return Response{}, `"instrument" is missing; known instruments: ` + in.ID
	} else if s, isStr := stringValue(v); !isStr || s != in.ID {
		return Response{}, fmt.Sprintf(`"instrument" is %s; known instruments: %s`, show(v), in.ID)
	}

	var r Response
	if v, ok := fields["lang"]; !ok {
		return Response{}, `"lang" is missing; allowed: ` + langsAllowed
	} else if s, isStr := stringValue(v); !isStr {
		return Response{}, fmt.Sprintf(`"lang" is %s; allowed: %s`, show(v), langsAllowed)
	} else if l, known := ParseLang(s); !known {
		return Response{}, fmt.Sprintf(`"lang" is %s; allowed: %s`, show(v), langsAllowed)
	} else {
		r.Lang = l
	}
	if v, ok := fields["id"]; !ok {
		return Response{}, `"id" is missing; it must be 32 lowercase hex digits`
	} else if s, isStr := stringValue(v); !isStr || !ValidIDString(s) {
		return Response{}, fmt.Sprintf(`"id" must be 32 lowercase hex digits, got %s`, show(v))
	} else {
		r.ID = s
	}

	v, ok := fields["answers"]
	if !ok {
		return Response{}, `"answers" is missing; it must be an object of question id → code`
	}
	answers, isObj, err := objectMembers(v)
	if err != nil {
		return Response{}, "not JSON: " + err.Error()
	}
	if !isObj {
		return Response{}, fmt.Sprintf(`"answers" is %s, not an object of question id → code`, kindOf(v))
	}
	if k, dup := firstDuplicate(answers); dup {
		return Response{}, fmt.Sprintf(`answers: question %s is given twice`, quote(k))
	}
	r.Answers = make(map[string][]int, len(answers))
	for _, m := range answers {
		it := in.Item(m.key)
		if it == nil {
			return Response{}, fmt.Sprintf("answers: %s is not a question of %s", quote(m.key), in.ID)
		}
		if isNull(m.value) {
			continue // null means unanswered (formats.md)
		}
		codes, problem := readCodes(it, m.value)
		if problem != "" {
			return Response{}, "answers." + it.ID + ": " + problem
		}
		r.Answers[it.ID] = codes
	}
	return r, ""
}

// readCodes reads the JSON value of one answer.
func readCodes(it *Item, raw json.RawMessage) ([]int, string) {
	code := func(raw []byte) (int, string) {
		n, isInt, fits := integer(raw)
		if !isInt {
			return 0, fmt.Sprintf("%s is not an integer code; %s", show(raw), it.allowed())
		}
		if !fits || !it.Valid(n) {
			return 0, fmt.Sprintf("code %s is out of range; %s", show(raw), it.allowed())
		}
		return n, ""
	}
	if it.Kind != Multiple {
		c, problem := code(raw)
		if problem != "" {
			return nil, problem
		}
		return []int{c}, ""
	}
	var elems []json.RawMessage
	if t := bytes.TrimSpace(raw); len(t) == 0 || t[0] != '[' || json.Unmarshal(t, &elems) != nil {
		return nil, fmt.Sprintf("%s is not an array; give an array of 1 to %d distinct codes, %s", show(raw), it.MaxChoices, it.allowed())
	}
	if len(elems) == 0 {
		return nil, fmt.Sprintf("[] is empty; give 1 to %d distinct codes, or leave the question out", it.MaxChoices)
	}
	if len(elems) > it.MaxChoices {
		return nil, fmt.Sprintf("%d codes given; at most %d allowed", len(elems), it.MaxChoices)
	}
	codes := make([]int, 0, len(elems))
	for _, e := range elems {
		c, problem := code(e)
		if problem != "" {
			return nil, problem
		}
		if slices.Contains(codes, c) {
			return nil, fmt.Sprintf("code %d is given twice; codes must be distinct", c)
		}
		codes = append(codes, c)
	}
	slices.Sort(codes)
	return codes, ""
}
