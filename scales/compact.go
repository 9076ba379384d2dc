package scales

import (
	"bytes"
	"encoding/hex"
	"math/bits"
)

// NumItems is the number of questions of ses-nb-2018, the length of Compact.Answers.
const NumItems = 41

// Compact is a response held in 58 bytes without pointers, for analyses over many responses: a
// Response's map of slices costs some kilobytes and gives the garbage collector work. Convert
// with CompactOf and Compact.Response; read a file straight into one with ReadCompact.
type Compact struct {
	ID [16]byte // the id's 128 bits: the 32 hex digits of Response.ID
	// Answers holds the answer to the i-th question of the instrument (Instrument.Items order):
	// 0 when unanswered; the code of a single-choice question; for a multiple-choice question
	// (employment) a bit set, bit c-1 for code c.
	Answers [NumItems]uint8
	lang    uint8 // compactNB, compactEN or compactNN; 0 in the zero Compact
}

// The languages in a Compact: the same numbers as the lang digit of a response code.
const (
	compactNB = 1 + iota
	compactEN
	compactNN
)

// compactLang returns l's number in a Compact, or 0 for a language other than nb, en and nn.
func compactLang(l Lang) uint8 {
	switch l {
	case NB:
		return compactNB
	case EN:
		return compactEN
	case NN:
		return compactNN
	}
	return 0
}

// Lang is the language the respondent answered in ("" for the zero Compact).
func (c *Compact) Lang() Lang {
	switch c.lang {
	case compactNB:
		return NB
	case compactEN:
		return EN
	case compactNN:
		return NN
	}
	return ""
}

// IDString is the response id as Response.ID has it: 32 lowercase hex digits.
func (c *Compact) IDString() string {
	var b [32]byte
	hex.Encode(b[:], c.ID[:])
	return string(b[:])
}

// Code returns the code of the i-th question's answer as Response.Code does: ok is false when the
// question is unanswered or holds other than exactly one code.
func (c *Compact) Code(i int) (int, bool) {
	a := c.Answers[i]
	if a == 0 {
		return 0, false
	}
	if SESNB2018().Items[i].Kind != Multiple {
		return int(a), true
	}
	if bits.OnesCount8(a) != 1 {
		return 0, false
	}
	return bits.TrailingZeros8(a) + 1, true
}

// Codes appends the codes of the i-th question's answer to dst in ascending order, as
// Response.Answers holds them (none when unanswered).
func (c *Compact) Codes(i int, dst []int) []int {
	a := c.Answers[i]
	if a == 0 {
		return dst
	}
	if SESNB2018().Items[i].Kind != Multiple {
		return append(dst, int(a))
	}
	for m := a; m != 0; m &= m - 1 {
		dst = append(dst, bits.TrailingZeros8(m)+1)
	}
	return dst
}

// CompactOf returns r in compact form. r must be valid: the error is Validate's.
func CompactOf(r Response) (Compact, error) {
	in := SESNB2018()
	if err := in.Validate(r); err != nil {
		return Compact{}, err
	}
	var c Compact
	c.lang = compactLang(r.Lang)      // valid: nb, en or nn
	hex.Decode(c.ID[:], []byte(r.ID)) // valid: 32 lowercase hex digits
	for i := range in.Items {
		it := &in.Items[i]
		codes, ok := r.Answers[it.ID]
		if !ok {
			continue
		}
		if it.Kind != Multiple {
			c.Answers[i] = uint8(codes[0])
			continue
		}
		for _, v := range codes {
			c.Answers[i] |= 1 << (v - 1)
		}
	}
	return c, nil
}

// Response returns c as a Response, equal to the one Read gives for c's file: a non-nil map
// holding the answered questions, each answer's codes in ascending order. It allocates three
// times: the id, the map and one array for all the codes.
func (c *Compact) Response() Response {
	in := SESNB2018()
	n, total := 0, 0
	for i, a := range c.Answers {
		if a == 0 {
			continue
		}
		n++
		if in.Items[i].Kind == Multiple {
			total += bits.OnesCount8(a)
		} else {
			total++
		}
	}
	codes := make([]int, 0, total)
	answers := make(map[string][]int, n)
	for i, a := range c.Answers {
		if a == 0 {
			continue
		}
		from := len(codes)
		codes = c.Codes(i, codes)
		answers[in.Items[i].ID] = codes[from:len(codes):len(codes)]
	}
	return Response{Lang: c.Lang(), ID: c.IDString(), Answers: answers}
}

// ReadCompact reads and validates one response file as Read does, with the same messages, into
// compact form. A file of the usual shape is read without allocating.
func ReadCompact(name string, data []byte) (Compact, error) {
	var c Compact
	if readFast(data, &c) {
		return c, nil
	}
	r, problem := readSlow(data)
	if problem != "" {
		return Compact{}, &FileError{File: name, Problem: problem}
	}
	c, err := CompactOf(r)
	if err != nil { // Read and Validate agree (FuzzRead); this is not reached.
		return Compact{}, &FileError{File: name, Problem: err.Error()}
	}
	return c, nil
}

// readFast reads a file of the usual shape into c: at most MaxFileSize bytes, an optional UTF-8
// byte order mark, an object of exactly the six keys of formats.md in any order, JSON whitespace
// anywhere JSON allows it, strings without escapes, codes of one digit, null for an unanswered
// question. It reports false for anything else — valid or not — which readSlow then reads. When
// it reports true, the file is one that readSlow accepts, and c holds what readSlow gives: every
// byte of the file was checked by the strict grammar below, which accepts only ASCII JSON.
func readFast(data []byte, c *Compact) bool {
	if len(data) > MaxFileSize {
		return false
	}
	data, _ = bytes.CutPrefix(data, []byte("\xef\xbb\xbf"))
	in := SESNB2018()
	if len(in.Items) != NumItems || in.itemIndex == nil {
		return false
	}
	s := scanner{b: data}
	if !s.byte('{') {
		return false
	}
	const all = 1<<6 - 1
	var have uint
	for {
		key, ok := s.str()
		if !ok || !s.byte(':') {
			return false
		}
		var bit uint
		switch string(key) {
		case "format":
			bit = 1 << 0
			v, ok := s.str()
			if !ok || string(v) != FormatResponse {
				return false
			}
		case "version":
			bit = 1 << 1
			if v, ok := s.code(); !ok || v != ResponseVersion {
				return false
			}
		case "instrument":
			bit = 1 << 2
			v, ok := s.str()
			if !ok || string(v) != in.ID {
				return false
			}
		case "lang":
			bit = 1 << 3
			v, ok := s.str()
			if !ok {
				return false
			}
			if c.lang = compactLang(Lang(v)); c.lang == 0 {
				return false
			}
		case "id":
			bit = 1 << 4
			v, ok := s.str()
			if !ok || len(v) != 32 {
				return false
			}
			for _, d := range v {
				if !('0' <= d && d <= '9' || 'a' <= d && d <= 'f') {
					return false
				}
			}
			hex.Decode(c.ID[:], v)
		case "answers":
			bit = 1 << 5
			if !s.answers(in, c) {
				return false
			}
		default:
			return false // unknown keys, escaped keys: readSlow's
		}
		if have&bit != 0 {
			return false
		}
		have |= bit
		if s.byte(',') {
			continue
		}
		if !s.byte('}') {
			return false
		}
		break
	}
	s.ws()
	return s.i == len(s.b) && have == all
}

// scanner is readFast's position in the file.
type scanner struct {
	b []byte
	i int
}

// ws skips JSON whitespace.
func (s *scanner) ws() {
	for s.i < len(s.b) && isSpace[s.b[s.i]] {
		s.i++
	}
}

// isSpace marks JSON's whitespace.
var isSpace = [256]bool{' ': true, '\t': true, '\n': true, '\r': true}

// byte skips whitespace and then c, if c is next.
func (s *scanner) byte(c byte) bool {
	s.ws()
	if s.i < len(s.b) && s.b[s.i] == c {
		s.i++
		return true
	}
	return false
}

// str reads a string of printable ASCII without escapes and returns its content.
func (s *scanner) str() ([]byte, bool) {
	s.ws()
	if s.i >= len(s.b) || s.b[s.i] != '"' {
		return nil, false
	}
	from := s.i + 1
	for j := from; j < len(s.b); j++ {
		switch c := s.b[j]; {
		case c == '"':
			s.i = j + 1
			return s.b[from:j], true
		case c == '\\' || c < 0x20 || c >= 0x80:
			return nil, false
		}
	}
	return nil, false
}

// delim reports whether the number just read ends here: at the end, or before whitespace or
// the punctuation that may follow a value.
func (s *scanner) delim() bool {
	if s.i == len(s.b) {
		return true
	}
	switch s.b[s.i] {
	case ' ', '\t', '\n', '\r', ',', '}', ']':
		return true
	}
	return false
}

// code reads a one-digit integer 1–9.
func (s *scanner) code() (int, bool) {
	s.ws()
	if s.i >= len(s.b) || s.b[s.i] < '1' || s.b[s.i] > '9' {
		return 0, false
	}
	v := int(s.b[s.i] - '0')
	s.i++
	return v, s.delim()
}

// null reads the literal null, if it is next.
func (s *scanner) null() bool {
	s.ws()
	if !bytes.HasPrefix(s.b[s.i:], []byte("null")) {
		return false
	}
	s.i += 4
	if !s.delim() {
		s.i -= 4
		return false
	}
	return true
}

// answers reads the answers object into c.Answers.
func (s *scanner) answers(in *Instrument, c *Compact) bool {
	if !s.byte('{') {
		return false
	}
	if s.byte('}') {
		return true
	}
	var seen uint64
	next := 0 // files list the answers in questionnaire order: try the question after the last first
	for {
		key, ok := s.str()
		if !ok {
			return false
		}
		i := next
		if i >= len(in.Items) || string(key) != in.Items[i].ID {
			var known bool
			if i, known = in.itemIndex[string(key)]; !known {
				return false
			}
		}
		next = i + 1
		if seen&(1<<i) != 0 || !s.byte(':') {
			return false
		}
		seen |= 1 << i
		it := &in.Items[i]
		switch {
		case s.null(): // unanswered
		case it.Kind == Multiple:
			if len(it.Choices) > 8 || !s.byte('[') {
				return false
			}
			var set uint8
			for n := 1; ; n++ {
				v, ok := s.code()
				if !ok || !it.Valid(v) || n > it.MaxChoices || set&(1<<(v-1)) != 0 {
					return false
				}
				set |= 1 << (v - 1)
				if s.byte(',') {
					continue
				}
				if !s.byte(']') {
					return false
				}
				break
			}
			c.Answers[i] = set
		default:
			v, ok := s.code()
			if !ok || !it.Valid(v) {
				return false
			}
			c.Answers[i] = uint8(v)
		}
		if s.byte(',') {
			continue
		}
		return s.byte('}')
	}
}

// SetLang sets the language the respondent answered in; it reports false, leaving c as it was,
// for a language other than nb, en and nn. (A reader that fills ID and Answers itself, such as the
// command line's reader of the pooled CSV, sets the language with it.)
func (c *Compact) SetLang(l Lang) bool {
	n := compactLang(l)
	if n == 0 {
		return false
	}
	c.lang = n
	return true
}
