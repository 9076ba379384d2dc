// Package roomcode holds the room codes (spec/formats.md, "Codes"): a
// member's response as a response code, and a group's summary as a group
// code, each a string of decimal digits that a phone shows as a QR code and
// another phone scans. It writes, reads and validates both, and computes the
// summary a group code carries.
//
// A code is read by the rules a response file is (package scales): a
// response read from its code equals the one read from its file, and a
// rejected code is a *scales.FileError naming the first problem.
package roomcode

import (
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"sammebaat/internal/moments"
	"sammebaat/scales"
)

// The codes a QR code carries (formats.md, "Codes"): a response code, from
// a member's phone to the facilitator, and a group code, from the
// facilitator back to the members. Both are decimal digits only, so that a
// QR code holds them in numeric mode (the densest) and a scanner that hands
// back text cannot change them.
//
// Every code starts with the same three-digit tag "72" + kind ("72" is "SB",
// Samme båt, on a phone keypad), then one digit each for the version of the
// code's layout and for the instrument; it ends with two check digits of
// ISO/IEC 7064 MOD 97-10 (as an IBAN's) over all the digits before them.
const (
	codeTag          = "72"
	kindResponseCode = '1'
	kindGroupCode    = '2'
	// ResponseVersion and GroupVersion are the layouts this package
	// writes and the only ones it reads.
	ResponseVersion = 1
	GroupVersion    = 1
	// instrumentDigit is ses-nb-2018's digit in a code.
	instrumentDigit = '1'
	// ResponseLen and GroupLen are the number of digits of a
	// version-1 response code and group code.
	ResponseLen = 89
	GroupLen    = 71
	// idDigits is the width of the id as a decimal number: 2^128−1 has 39 digits.
	idDigits = 39
	// MinGroupN is the fewest responses a group code may summarize: fewer,
	// and a mean could give away one member's answers.
	MinGroupN = 5
	// MaxGroupN is the most a group code's six digits of n can hold.
	MaxGroupN = 999999
	// noValue marks a mean or SD that cannot be computed in a group code.
	noValue = 999
)

// EncodeResponse returns r as a response code: 89 decimal digits
// (formats.md, "Response code"). It validates r first, with the rules of
// scales.Instrument.Validate, so that a code is written only for a response
// its file could hold.
func EncodeResponse(r scales.Response) (string, error) {
	in := scales.SESNB2018()
	if err := in.Validate(r); err != nil {
		return "", fmt.Errorf("writing response code: %w", err)
	}
	var b strings.Builder
	b.Grow(ResponseLen)
	b.WriteString(codeTag)
	b.WriteByte(kindResponseCode)
	b.WriteByte('0' + ResponseVersion)
	b.WriteByte(instrumentDigit)
	b.WriteByte(langDigit(r.Lang)) // r is valid: nb, en or nn
	for i := range in.Items {
		it := &in.Items[i]
		codes := r.Answers[it.ID]
		if it.Kind == scales.Multiple {
			// MaxChoices digits: the codes in ascending order, zeros in front.
			c := make([]int, len(codes))
			copy(c, codes)
			slices.Sort(c)
			for j := len(c); j < it.MaxChoices; j++ {
				b.WriteByte('0')
			}
			for _, v := range c {
				b.WriteByte('0' + byte(v))
			}
			continue
		}
		if len(codes) == 0 {
			b.WriteByte('0')
		} else {
			b.WriteByte('0' + byte(codes[0]))
		}
	}
	hi, _ := strconv.ParseUint(r.ID[:16], 16, 64)
	lo, _ := strconv.ParseUint(r.ID[16:], 16, 64)
	b.WriteString(uint128Digits(hi, lo))
	return withCheck(b.String()), nil
}

// langDigit is l's digit in a response code: 1 nb, 2 en, 3 nn (formats.md,
// "Response code"), '0' for any other language; readCode reads it back.
func langDigit(l scales.Lang) byte {
	switch l {
	case scales.NB:
		return '1'
	case scales.EN:
		return '2'
	case scales.NN:
		return '3'
	}
	return '0'
}

// uint128Digits writes hi·2⁶⁴+lo as idDigits decimal digits, zeros in front.
func uint128Digits(hi, lo uint64) string {
	var d [idDigits]byte
	for i := idDigits - 1; i >= 0; i-- {
		var r uint64
		hi, r = hi/10, hi%10
		lo, r = bits.Div64(r, lo, 10)
		d[i] = '0' + byte(r)
	}
	return string(d[:])
}

// parseUint128 reads decimal digits as hi·2⁶⁴+lo; ok is false when the
// number is 2^128 or more.
func parseUint128(s string) (hi, lo uint64, ok bool) {
	for i := 0; i < len(s); i++ {
		h, l := bits.Mul64(lo, 10)
		var c uint64
		lo, c = bits.Add64(l, uint64(s[i]-'0'), 0)
		hh, hl := bits.Mul64(hi, 10)
		if hh != 0 {
			return 0, 0, false
		}
		hi, c = bits.Add64(hl, h, c)
		if c != 0 {
			return 0, 0, false
		}
	}
	return hi, lo, true
}

// mod97 returns the digits as a number modulo 97.
func mod97(digits string) int {
	m := 0
	for i := 0; i < len(digits); i++ {
		m = (m*10 + int(digits[i]-'0')) % 97
	}
	return m
}

// withCheck appends the two check digits of ISO/IEC 7064 MOD 97-10: the
// whole number is then 1 modulo 97.
func withCheck(digits string) string {
	c := 98 - mod97(digits+"00")
	return digits + string([]byte{'0' + byte(c/10), '0' + byte(c%10)})
}

// KindOf tells what digits look like, for a person told why a code was
// not the one wanted: 'r' for a member's response code, 'g' for a group's
// code (each by its first three digits only), 0 for anything else.
func KindOf(digits string) byte {
	if !allDigits(digits) {
		return 0
	}
	switch codeKindDigit(digits) {
	case kindResponseCode:
		return 'r'
	case kindGroupCode:
		return 'g'
	}
	return 0
}

// codeKindDigit is the kind digit of a code that starts with the tag and a known
// kind (kindResponseCode or kindGroupCode), or 0.
func codeKindDigit(digits string) byte {
	if len(digits) < 3 || !strings.HasPrefix(digits, codeTag) {
		return 0
	}
	if k := digits[2]; k == kindResponseCode || k == kindGroupCode {
		return k
	}
	return 0
}

// allDigits reports whether s is ASCII digits only ("" is).
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// codeHead checks what every code starts with: digits only, the tag, the
// kind wanted, its version and its length, then the check digits and the
// instrument. It returns the problem, or "".
func codeHead(digits string, kind byte) string {
	what, other := "a member's response code", "a group's code"
	version, length := ResponseVersion, ResponseLen
	if kind == kindGroupCode {
		what, other = other, what
		version, length = GroupVersion, GroupLen
	}
	if digits == "" {
		return "not a Samme båt code: it is empty"
	}
	if !allDigits(digits) {
		return fmt.Sprintf("not a Samme båt code: it holds %s, and a Samme båt code is digits only", showText(digits))
	}
	if codeKindDigit(digits) == 0 {
		return fmt.Sprintf("not a Samme båt code: it starts %s; a Samme båt code starts %s%c (a member's response) or %s%c (a group's)",
			showText(digits[:min(len(digits), 3)]), codeTag, kindResponseCode, codeTag, kindGroupCode)
	}
	if digits[2] != kind {
		return fmt.Sprintf("this is %s, not %s", other, what)
	}
	if len(digits) < 4 {
		return fmt.Sprintf("the code is %d digits, too short to hold its version; %s of version %d has %d digits", len(digits), what, version, length)
	}
	if int(digits[3]-'0') != version {
		return fmt.Sprintf("code version %c is not known; known versions of %s: %d (a newer app may read it)", digits[3], what, version)
	}
	if len(digits) != length {
		return fmt.Sprintf("the code is %d digits; %s of version %d has %d digits", len(digits), what, version, length)
	}
	if mod97(digits) != 1 {
		return "the check digits do not match: a digit was misread or changed; scan the code again"
	}
	if digits[4] != instrumentDigit {
		return fmt.Sprintf("instrument %c is not known; known instruments: %c (%s)", digits[4], instrumentDigit, scales.InstrumentID)
	}
	return ""
}

// showText quotes a text for a message, shortened if long.
func showText(s string) string {
	const max = 40
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if utf8.RuneCountInString(s) > max {
		s = string([]rune(s)[:max]) + "…"
	}
	return strconv.Quote(s)
}

// ReadResponse reads and validates one response code, as scales.Read does
// a response file: the response it returns equals the one scales.Read
// returns for the file scales.Marshal writes, and a code is rejected by the
// rules a file is (formats.md, "Response code"). name is used only in
// messages. On rejection the error is a *scales.FileError naming name and
// the first problem found, in the order:
// digits only, the tag and kind, version, length, check digits, instrument,
// lang, the answers in questionnaire order, id.
//
// Decisions, so that a response has exactly one code: employment's two
// codes must be in ascending order, and the id must be below 2^128.
func ReadResponse(name, digits string) (scales.Response, error) {
	r, problem := readCode(digits)
	if problem != "" {
		return scales.Response{}, &scales.FileError{File: name, Problem: problem}
	}
	return r, nil
}

func readCode(digits string) (scales.Response, string) {
	if p := codeHead(digits, kindResponseCode); p != "" {
		return scales.Response{}, p
	}
	in := scales.SESNB2018()
	var r scales.Response
	switch digits[5] {
	case '1':
		r.Lang = scales.NB
	case '2':
		r.Lang = scales.EN
	case '3':
		r.Lang = scales.NN
	default:
		return scales.Response{}, fmt.Sprintf("lang digit %c is not known; allowed: 1 (nb), 2 (en), 3 (nn)", digits[5])
	}
	r.Answers = map[string][]int{}
	at := 6
	for i := range in.Items {
		it := &in.Items[i]
		if it.Kind != scales.Multiple {
			c := int(digits[at] - '0')
			at++
			if c == 0 {
				continue
			}
			codes := []int{c}
			if err := it.CheckCodes(codes); err != nil { // a code out of range
				return scales.Response{}, fmt.Sprintf("answers.%s: %s", it.ID, err)
			}
			r.Answers[it.ID] = codes
			continue
		}
		group := digits[at : at+it.MaxChoices]
		at += it.MaxChoices
		var codes []int
		for j := 0; j < len(group); j++ {
			c := int(group[j] - '0')
			if c == 0 {
				if len(codes) > 0 {
					return scales.Response{}, fmt.Sprintf("answers.%s: digits %s: a 0 (no code) after a code; one code is written %s", it.ID, group, strings.Repeat("0", it.MaxChoices-1)+"c")
				}
				continue
			}
			codes = append(codes, c)
		}
		if len(codes) == 0 {
			continue
		}
		if err := it.CheckCodes(codes); err != nil {
			return scales.Response{}, fmt.Sprintf("answers.%s: %s", it.ID, err)
		}
		for j := 1; j < len(codes); j++ {
			if codes[j] < codes[j-1] {
				return scales.Response{}, fmt.Sprintf("answers.%s: digits %s are not in ascending order; the codes are written smallest first", it.ID, group)
			}
		}
		r.Answers[it.ID] = codes
	}
	hi, lo, ok := parseUint128(digits[at : at+idDigits])
	if !ok {
		return scales.Response{}, fmt.Sprintf("id %s is 2^128 or more; an id is 128 bits", digits[at:at+idDigits])
	}
	r.ID = fmt.Sprintf("%016x%016x", hi, lo)
	return r, ""
}

// ScaleSummary is one scale's mean and standard deviation over a group.
type ScaleSummary struct {
	Scale string  // the scale's id
	Mean  float64 // NaN when no response has the scale's score
	SD    float64 // sample SD (n−1); NaN when fewer than two responses have the score
}

// GroupSummary is what a group code carries: how many responses were pooled,
// a short meeting tag and, for each of the instrument's nine scales, the
// group's mean and SD. Nothing per person.
type GroupSummary struct {
	N   int    // responses pooled, MinGroupN to MaxGroupN
	Tag string // the meeting's tag: four digits, shown as text beside the code
	// Scales in the order of scales.SESNB2018().Scales
	// (share receive humour negative social ekp esp ekr esr).
	Scales [9]ScaleSummary
}

// Scale returns the summary of scale id; ok is false if there is none.
func (g GroupSummary) Scale(id string) (ScaleSummary, bool) {
	for _, s := range g.Scales {
		if s.Scale == id {
			return s, true
		}
	}
	return ScaleSummary{}, false
}

// SummarizeGroup returns the group summary of rs with an empty tag: n and
// each scale's mean and sample SD over the responses that have its score
// (none where fewer than MinGroupN have it: GroupScale),
// computed as the report's Table 1 is: over the responses in the order of
// their ids, with the same two-pass sums as stats.Describe, so the same
// numbers to the bit whatever order rs is in. rs itself is not changed.
func SummarizeGroup(rs []scales.Response) GroupSummary {
	in := scales.SESNB2018()
	g := GroupSummary{N: len(rs)}
	rs = slices.Clone(rs)
	scales.SortByID(rs)
	col := make([]float64, len(rs))
	for k := range in.Scales {
		s := &in.Scales[k]
		for i, r := range rs {
			col[i] = in.Score(r, s.ID).Value
		}
		n, mean, sd := meanSD(col)
		g.Scales[k] = GroupScale(s.ID, n, mean, sd)
	}
	return g
}

// GroupScale is a scale's line of a group summary: its mean and SD over the
// n responses that have its score, or none (NaN, written 999) when fewer
// than MinGroupN have it. A mean of one to four scores in a code shown to
// the whole room could give one person's score away, whatever the group's n.
func GroupScale(id string, n int, mean, sd float64) ScaleSummary {
	if n < MinGroupN {
		return ScaleSummary{Scale: id, Mean: math.NaN(), SD: math.NaN()}
	}
	return ScaleSummary{Scale: id, Mean: mean, SD: sd}
}

// meanSD is stats.Describe's mean and SD of the non-NaN values of x
// (internal/moments).
func meanSD(x []float64) (n int, mean, sd float64) {
	n, mean, variance := moments.Of(x)
	return n, mean, math.Sqrt(variance)
}

// ValidTag reports whether s is a meeting tag: exactly four digits.
func ValidTag(s string) bool {
	return len(s) == 4 && allDigits(s)
}

// hundredths rounds v to the nearest hundredth (halves away from zero) as
// an integer count of hundredths.
func hundredths(v float64) int { return int(math.Round(v * 100)) }

// EncodeGroup returns g as a group code: 71 decimal digits (formats.md,
// "Group code"), each mean and SD rounded to two decimals. It refuses a
// summary the reader would reject: n below MinGroupN or above MaxGroupN, a
// tag other than four digits, scales not in the instrument's order, a mean
// outside its scale's range or an SD outside 0 to the range's width.
func EncodeGroup(g GroupSummary) (string, error) {
	in := scales.SESNB2018()
	if g.N < MinGroupN || g.N > MaxGroupN {
		return "", fmt.Errorf("writing group code: n is %d; a group code summarizes %d to %d responses", g.N, MinGroupN, MaxGroupN)
	}
	if !ValidTag(g.Tag) {
		return "", fmt.Errorf("writing group code: tag %q is not four digits", g.Tag)
	}
	var b strings.Builder
	b.Grow(GroupLen)
	b.WriteString(codeTag)
	b.WriteByte(kindGroupCode)
	b.WriteByte('0' + GroupVersion)
	b.WriteByte(instrumentDigit)
	fmt.Fprintf(&b, "%06d%s", g.N, g.Tag)
	for k := range in.Scales {
		s := &in.Scales[k]
		ss := g.Scales[k]
		if ss.Scale != s.ID {
			return "", fmt.Errorf("writing group code: scale %d is %q, want %q", k+1, ss.Scale, s.ID)
		}
		m, sd := noValue, noValue
		if !math.IsNaN(ss.Mean) {
			m = hundredths(ss.Mean)
			if m < s.Min*100 || m > s.Max*100 {
				return "", fmt.Errorf("writing group code: %s: mean %v is outside %d–%d", s.ID, ss.Mean, s.Min, s.Max)
			}
		}
		if !math.IsNaN(ss.SD) {
			if m == noValue {
				return "", fmt.Errorf("writing group code: %s: an SD with no mean", s.ID)
			}
			sd = hundredths(ss.SD)
			if sd < 0 || sd > (s.Max-s.Min)*100 {
				return "", fmt.Errorf("writing group code: %s: SD %v is outside 0–%d", s.ID, ss.SD, s.Max-s.Min)
			}
		}
		fmt.Fprintf(&b, "%03d%03d", m, sd)
	}
	return withCheck(b.String()), nil
}

// ReadGroup reads and validates a group code (formats.md, "Group code").
// name is used only in messages; on rejection the error is a
// *scales.FileError naming it and the first problem, in the order: digits
// only, the tag and kind, version, length, check digits, instrument, n, then
// each scale's mean and SD. Means and SDs are the code's, rounded to two decimals; one the
// group could not compute is NaN.
func ReadGroup(name, digits string) (GroupSummary, error) {
	g, problem := readGroupCode(digits)
	if problem != "" {
		return GroupSummary{}, &scales.FileError{File: name, Problem: problem}
	}
	return g, nil
}

func readGroupCode(digits string) (GroupSummary, string) {
	if p := codeHead(digits, kindGroupCode); p != "" {
		return GroupSummary{}, p
	}
	in := scales.SESNB2018()
	num := func(s string) int {
		n := 0
		for i := 0; i < len(s); i++ {
			n = n*10 + int(s[i]-'0')
		}
		return n
	}
	var g GroupSummary
	g.N = num(digits[5:11])
	if g.N < MinGroupN {
		return GroupSummary{}, fmt.Sprintf("n is %d; a group code summarizes at least %d responses", g.N, MinGroupN)
	}
	g.Tag = digits[11:15]
	at := 15
	for k := range in.Scales {
		s := &in.Scales[k]
		m, sd := num(digits[at:at+3]), num(digits[at+3:at+6])
		at += 6
		ss := ScaleSummary{Scale: s.ID, Mean: math.NaN(), SD: math.NaN()}
		if m != noValue {
			if m < s.Min*100 || m > s.Max*100 {
				return GroupSummary{}, fmt.Sprintf("%s: mean %d.%02d is out of range; allowed %d.00–%d.00, or 999 for none", s.ID, m/100, m%100, s.Min, s.Max)
			}
			ss.Mean = float64(m) / 100
		}
		if sd != noValue {
			if m == noValue {
				return GroupSummary{}, fmt.Sprintf("%s: an SD of %d.%02d with no mean", s.ID, sd/100, sd%100)
			}
			if sd > (s.Max-s.Min)*100 {
				return GroupSummary{}, fmt.Sprintf("%s: SD %d.%02d is out of range; allowed 0.00–%d.00, or 999 for none", s.ID, sd/100, sd%100, s.Max-s.Min)
			}
			ss.SD = float64(sd) / 100
		}
		g.Scales[k] = ss
	}
	return g, ""
}
