package scales

// A frozen copy of Read as it was before the fast reader (commit e7f4fe1), kept only for the
// differential tests (read_diff_test.go): the new Read must give exactly the same Response and the
// same message as this one for every input. Do not edit it to make a test pass.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// oldRead is Read at commit e7f4fe1.
func oldRead(name string, data []byte) (Response, error) {
	r, problem := oldReadProblem(data)
	if problem != "" {
		return Response{}, &FileError{File: name, Problem: problem}
	}
	return r, nil
}

// oldAllowed is Item.allowed at commit e7f4fe1.
func (it *Item) oldAllowed() string { return fmt.Sprintf("allowed 1–%d", len(it.Choices)) }

// oldMember is one key of a JSON object with its value still as JSON text.
type oldMember struct {
	key   string
	value json.RawMessage
}

// oldObjectMembers splits a JSON object into its members in file order; ok is
// false when raw is not an object. raw must be valid JSON.
func oldObjectMembers(raw []byte) (members []oldMember, ok bool, err error) {
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
		members = append(members, oldMember{key, v})
	}
	if _, err := dec.Token(); err != nil && err != io.EOF {
		return nil, true, err
	}
	return members, true, nil
}

// oldFirstDuplicate returns the first key that occurs twice, or "".
func oldFirstDuplicate(ms []oldMember) (string, bool) {
	seen := make(map[string]bool, len(ms))
	for _, m := range ms {
		if seen[m.key] {
			return m.key, true
		}
		seen[m.key] = true
	}
	return "", false
}

// oldKindOf names the JSON type of a valid JSON value for messages.
func oldKindOf(raw []byte) string {
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

// oldShow returns a JSON value compactly for a message, shortened if long.
func oldShow(raw []byte) string {
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

// oldQuote quotes a key for a message, shortened if long.
func oldQuote(s string) string {
	const max = 40
	if utf8.RuneCountInString(s) > max {
		s = string([]rune(s)[:max]) + "…"
	}
	return strconv.Quote(s)
}

// oldIsNull reports whether a valid JSON value is null.
func oldIsNull(raw []byte) bool { return string(bytes.TrimSpace(raw)) == "null" }

// oldInteger parses a JSON oldInteger literal (no fraction, no exponent). ok is
// false for any other JSON value; fits is false when the literal is an
// oldInteger too large for an int, which is out of range for every question.
func oldInteger(raw []byte) (v int, ok, fits bool) {
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

// oldStringValue returns the string a JSON value holds, if it is a string.
func oldStringValue(raw []byte) (string, bool) {
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

// oldReadProblem does Read's work and returns the first problem, or "".
func oldReadProblem(data []byte) (Response, string) {
	if len(data) > MaxFileSize {
		return Response{}, fmt.Sprintf("file is %d bytes, over the limit of %d bytes (64 KiB)", len(data), MaxFileSize)
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
	top, isObj, err := oldObjectMembers(data)
	if err != nil {
		return Response{}, "not JSON: " + err.Error()
	}
	if !isObj {
		return Response{}, fmt.Sprintf("the file holds %s, not a JSON object", oldKindOf(data))
	}
	if k, dup := oldFirstDuplicate(top); dup {
		return Response{}, fmt.Sprintf("key %s is given twice in the top-level object", oldQuote(k))
	}
	fields := make(map[string]json.RawMessage, len(top))
	for _, m := range top {
		fields[m.key] = m.value
	}
	in := SESNB2018()

	// format, version, instrument: the reader must know all three.
	if v, ok := fields["format"]; !ok {
		return Response{}, `"format" is missing; known formats: ` + FormatResponse
	} else if s, isStr := oldStringValue(v); !isStr || s != FormatResponse {
		return Response{}, fmt.Sprintf(`"format" is %s; known formats: %s`, oldShow(v), FormatResponse)
	}
	if v, ok := fields["version"]; !ok {
		return Response{}, fmt.Sprintf(`"version" is missing; known versions of %s: %d`, FormatResponse, ResponseVersion)
	} else if n, isInt, fits := oldInteger(v); !isInt || !fits || n != ResponseVersion {
		return Response{}, fmt.Sprintf(`"version" is %s; known versions of %s: %d`, oldShow(v), FormatResponse, ResponseVersion)
	}
	if v, ok := fields["instrument"]; !ok {
		return Response{}, `"instrument" is missing; known instruments: ` + in.ID
	} else if s, isStr := oldStringValue(v); !isStr || s != in.ID {
		return Response{}, fmt.Sprintf(`"instrument" is %s; known instruments: %s`, oldShow(v), in.ID)
	}

	var r Response
	if v, ok := fields["lang"]; !ok {
		return Response{}, `"lang" is missing; allowed: "nb", "en"`
	} else if s, isStr := oldStringValue(v); !isStr {
		return Response{}, fmt.Sprintf(`"lang" is %s; allowed: "nb", "en"`, oldShow(v))
	} else if l, known := ParseLang(s); !known {
		return Response{}, fmt.Sprintf(`"lang" is %s; allowed: "nb", "en"`, oldShow(v))
	} else {
		r.Lang = l
	}
	if v, ok := fields["id"]; !ok {
		return Response{}, `"id" is missing; it must be 32 lowercase hex digits`
	} else if s, isStr := oldStringValue(v); !isStr || !ValidIDString(s) {
		return Response{}, fmt.Sprintf(`"id" must be 32 lowercase hex digits, got %s`, oldShow(v))
	} else {
		r.ID = s
	}

	v, ok := fields["answers"]
	if !ok {
		return Response{}, `"answers" is missing; it must be an object of question id → code`
	}
	answers, isObj, err := oldObjectMembers(v)
	if err != nil {
		return Response{}, "not JSON: " + err.Error()
	}
	if !isObj {
		return Response{}, fmt.Sprintf(`"answers" is %s, not an object of question id → code`, oldKindOf(v))
	}
	if k, dup := oldFirstDuplicate(answers); dup {
		return Response{}, fmt.Sprintf(`answers: question %s is given twice`, oldQuote(k))
	}
	r.Answers = make(map[string][]int, len(answers))
	for _, m := range answers {
		it := in.Item(m.key)
		if it == nil {
			return Response{}, fmt.Sprintf("answers: %s is not a question of %s", oldQuote(m.key), in.ID)
		}
		if oldIsNull(m.value) {
			continue // null means unanswered (formats.md)
		}
		codes, problem := oldReadCodes(it, m.value)
		if problem != "" {
			return Response{}, "answers." + it.ID + ": " + problem
		}
		r.Answers[it.ID] = codes
	}
	return r, ""
}

// oldReadCodes reads the JSON value of one answer.
func oldReadCodes(it *Item, raw json.RawMessage) ([]int, string) {
	code := func(raw []byte) (int, string) {
		n, isInt, fits := oldInteger(raw)
		if !isInt {
			return 0, fmt.Sprintf("%s is not an integer code; %s", oldShow(raw), it.oldAllowed())
		}
		if !fits || !it.Valid(n) {
			return 0, fmt.Sprintf("code %s is out of range; %s", oldShow(raw), it.oldAllowed())
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
		return nil, fmt.Sprintf("%s is not an array; give an array of 1 to %d distinct codes, %s", oldShow(raw), it.MaxChoices, it.oldAllowed())
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
