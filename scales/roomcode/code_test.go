package roomcode

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"sammebaat/scales"
	"sammebaat/scales/internal/scalestest"
)

// The example of formats.md and its id are scalestest's, as in scales'
// tests. The comparison and random responses below are copies of scales'
// test helpers: a test file cannot be imported, and scales' own tests
// cannot import a package that imports scales.

const goodID = scalestest.GoodID

// The example of formats.md, read from it.
var formatsExample = scalestest.FormatsExample()

// equalResponse compares two responses, taking a nil and an empty Answers as equal.
func equalResponse(a, b scales.Response) bool {
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
func randomResponse(rng *rand.Rand, p float64) scales.Response {
	in := scales.SESNB2018()
	r := scales.Response{Lang: []scales.Lang{scales.NB, scales.EN, scales.NN}[rng.IntN(3)], Answers: map[string][]int{}}
	r.ID = fmt.Sprintf("%016x%016x", rng.Uint64(), rng.Uint64())
	for _, it := range in.Items {
		if rng.Float64() >= p {
			continue
		}
		k := len(it.Choices)
		if it.Kind == scales.Multiple && rng.IntN(2) == 0 {
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

// The response of formats.md's example as a code, written out by hand from
// the layout of formats.md ("Response code"), so that the test checks the
// layout and not only that the reader undoes the writer.
//
//	72 1 1 1 1                       tag, kind response, version 1, ses-nb-2018, nb
//	2 2 0 14 0 0 0 0                 gender age education employment status area peerled frequency
//	0                                openness
//	6 0 0 0 0 0 0 0 0 0 0 0          ekp1..3 esp1..3 ekr1..3 esr1..3
//	0 0 4 0 0                        hum1..5
//	0 0 0 0 0 0 0                    unw1..7
//	0 1 0 0 0                        out1..5
//	0 5 4                            duration recovery satisfaction
//	180450458396767970786626402909296162109   the id 0x87c17e7f55b12a94dc2caf8cc926753d in decimal (python3: int(id, 16))
//	cc                               check digits
func exampleCodeBody() string {
	return "72111" + "1" +
		"220140000" + "0" +
		"600000000000" + "00400" + "0000000" + "01000" + "054" +
		"180450458396767970786626402909296162109"
}

func TestEncodeResponseLayout(t *testing.T) {
	r, err := scales.Read("example.json", []byte(formatsExample))
	if err != nil {
		t.Fatal(err)
	}
	code, err := EncodeResponse(r)
	if err != nil {
		t.Fatal(err)
	}
	body := exampleCodeBody()
	if len(body) != ResponseLen-2 {
		t.Fatalf("hand-written body is %d digits", len(body))
	}
	if !strings.HasPrefix(code, body) || len(code) != ResponseLen {
		t.Fatalf("code\n%s\nwant\n%s..", code, body)
	}
	// The check digits make the whole number 1 modulo 97 (ISO/IEC 7064 MOD 97-10).
	if mod97(code) != 1 {
		t.Fatalf("code %s is %d mod 97", code, mod97(code))
	}
	back, err := ReadResponse("c", code)
	if err != nil || !equalResponse(r, back) {
		t.Fatalf("ReadResponse: %v\n%+v\n%+v", err, back, r)
	}
}

// TestCodeLangDigits: the lang digit is 1 for nb, 2 for en and 3 for nn (formats.md, "Response
// code"), each round-trips, and nothing else about the code changes with the language.
func TestCodeLangDigits(t *testing.T) {
	r, err := scales.Read("example.json", []byte(formatsExample))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		lang  scales.Lang
		digit string
	}{{scales.NB, "1"}, {scales.EN, "2"}, {scales.NN, "3"}} {
		r.Lang = c.lang
		code, err := EncodeResponse(r)
		if err != nil {
			t.Fatalf("%s: %v", c.lang, err)
		}
		if want := withCheck(setDigits(5, c.digit)); code != want {
			t.Errorf("%s: code\n%s\nwant\n%s", c.lang, code, want)
		}
		back, err := ReadResponse("c", code)
		if err != nil || back.Lang != c.lang || !equalResponse(r, back) {
			t.Errorf("%s: ReadResponse = %+v, %v", c.lang, back, err)
		}
	}
}

func TestUint128Digits(t *testing.T) {
	for _, c := range []struct {
		hi, lo uint64
		want   string
	}{
		{0, 0, strings.Repeat("0", 39)},
		{0, 1, strings.Repeat("0", 38) + "1"},
		{0, math.MaxUint64, "000000000000000000018446744073709551615"},
		{1, 0, "000000000000000000018446744073709551616"},
		{math.MaxUint64, math.MaxUint64, "340282366920938463463374607431768211455"},
	} {
		if got := uint128Digits(c.hi, c.lo); got != c.want {
			t.Errorf("uint128Digits(%x, %x) = %s, want %s", c.hi, c.lo, got, c.want)
		}
		hi, lo, ok := parseUint128(c.want)
		if !ok || hi != c.hi || lo != c.lo {
			t.Errorf("parseUint128(%s) = %x %x %v", c.want, hi, lo, ok)
		}
	}
	for _, s := range []string{"340282366920938463463374607431768211456", "999999999999999999999999999999999999999", "400000000000000000000000000000000000000"} {
		if _, _, ok := parseUint128(s); ok {
			t.Errorf("parseUint128(%s) accepted a number of 2^128 or more", s)
		}
	}
}

// TestCodeRoundTrip is the property: for random valid responses, the
// response read from the code equals the response read from the file
// scales.Marshal writes, and the code has its fixed length.
func TestCodeRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 89))
	for i := range 5000 {
		p := []float64{0, 0.1, 0.5, 0.9, 1}[i%5]
		r := randomResponse(rng, p)
		if i%7 == 0 { // the extreme ids
			r.ID = []string{strings.Repeat("0", 32), strings.Repeat("f", 32), "00000000000000010000000000000000"}[i%3]
		}
		file, err := scales.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		fromFile, err := scales.Read("r.json", file)
		if err != nil {
			t.Fatal(err)
		}
		code, err := EncodeResponse(r)
		if err != nil {
			t.Fatal(err)
		}
		if len(code) != ResponseLen {
			t.Fatalf("code of %d digits", len(code))
		}
		fromCode, err := ReadResponse("r", code)
		if err != nil {
			t.Fatalf("ReadResponse(%s): %v", code, err)
		}
		if !equalResponse(fromFile, fromCode) {
			t.Fatalf("code %s\nfrom file %+v\nfrom code %+v", code, fromFile, fromCode)
		}
		// Exactly equal, not only alike: a map (never nil) and the same slices.
		if fromCode.Answers == nil || fmt.Sprint(fromCode) != fmt.Sprint(fromFile) {
			t.Fatalf("not the same value:\n%#v\n%#v", fromCode, fromFile)
		}
	}
}

func TestEncodeResponseRejectsInvalid(t *testing.T) {
	for _, r := range []scales.Response{
		{Lang: "de", ID: goodID},
		{Lang: scales.NB, ID: "xyz"},
		{Lang: scales.NB, ID: goodID, Answers: map[string][]int{"age": {7}}},
		{Lang: scales.NB, ID: goodID, Answers: map[string][]int{"sex": {1}}},
		{Lang: scales.NB, ID: goodID, Answers: map[string][]int{"employment": {1, 2, 3}}},
	} {
		if code, err := EncodeResponse(r); err == nil {
			t.Errorf("EncodeResponse(%+v) = %s, want an error", r, code)
		}
	}
}

// withCheckDigits gives a code body its right check digits, so that a test
// reaches the checks after them.
func codeWith(body string) string { return withCheck(body) }

// setDigits returns the example code's body with digits from position at replaced.
func setDigits(at int, s string) string {
	b := exampleCodeBody()
	return b[:at] + s + b[at+len(s):]
}

func TestReadResponseRejects(t *testing.T) {
	good := codeWith(exampleCodeBody())
	group, err := EncodeGroup(exampleGroup())
	if err != nil {
		t.Fatal(err)
	}
	flip := func(s string, i int) string {
		b := []byte(s)
		b[i] = '0' + (b[i]-'0'+1)%10
		return string(b)
	}
	swap := func(s string, i int) string {
		b := []byte(s)
		b[i], b[i+1] = b[i+1], b[i]
		return string(b)
	}
	for _, c := range []struct{ name, code, want string }{
		{"empty", "", "not a Samme båt code: it is empty"},
		{"url", "https://example.org/?q=1", `not a Samme båt code: it holds "https://example.org/?q=1", and a Samme båt code is digits only`},
		{"letters", "72111A", "digits only"},
		{"space", good + "\n", "digits only"},
		{"other digits", "0123456789", `not a Samme båt code: it starts "012"`},
		{"short tag", "7", `it starts "7"`},
		{"other kind", "7231" + good[4:], `it starts "723"`},
		{"group code", group, "this is a group's code, not a member's response code"},
		{"no version", "721", "too short to hold its version"},
		{"version 2", "7212" + good[4:], "code version 2 is not known; known versions of a member's response code: 1"},
		{"version 0", "7210" + good[4:], "code version 0 is not known"},
		{"one short", good[:len(good)-1], "the code is 88 digits; a member's response code of version 1 has 89 digits"},
		{"one long", good + "0", "the code is 90 digits"},
		{"digit changed", flip(good, 40), "the check digits do not match"},
		{"check digit changed", flip(good, 88), "the check digits do not match"},
		{"transposed", swap(good, 50), "the check digits do not match"},
		{"instrument 2", codeWith(setDigits(4, "2")), "instrument 2 is not known; known instruments: 1 (ses-nb-2018)"},
		{"lang 4", codeWith(setDigits(5, "4")), "lang digit 4 is not known; allowed: 1 (nb), 2 (en), 3 (nn)"},
		{"lang 0", codeWith(setDigits(5, "0")), "lang digit 0 is not known"},
		{"gender 3", codeWith(setDigits(6, "3")), "answers.gender: code 3 is out of range; allowed 1–2"},
		{"age 9", codeWith(setDigits(7, "9")), "answers.age: code 9 is out of range; allowed 1–4"},
		{"employment 7", codeWith(setDigits(9, "07")), "answers.employment: code 7 is out of range; allowed 1–6"},
		{"employment 17", codeWith(setDigits(9, "17")), "answers.employment: code 7 is out of range; allowed 1–6"},
		{"employment twice", codeWith(setDigits(9, "44")), "answers.employment: code 4 is given twice; codes must be distinct"},
		{"employment order", codeWith(setDigits(9, "41")), "answers.employment: digits 41 are not in ascending order"},
		{"employment 30", codeWith(setDigits(9, "30")), "answers.employment: digits 30: a 0 (no code) after a code; one code is written 0c"},
		{"ekp1 8", codeWith(setDigits(16, "8")), "answers.ekp1: code 8 is out of range; allowed 1–7"},
		{"out1 6", codeWith(setDigits(16+12+5+7, "6")), "answers.out1: code 6 is out of range; allowed 1–5"},
		{"satisfaction 6", codeWith(setDigits(47, "6")), "answers.satisfaction: code 6 is out of range; allowed 1–5"},
		{"id 2^128", codeWith(setDigits(48, "340282366920938463463374607431768211456")), "id 340282366920938463463374607431768211456 is 2^128 or more"},
		{"id all nines", codeWith(setDigits(48, strings.Repeat("9", 39))), "is 2^128 or more"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r, err := ReadResponse("member 3", c.code)
			var fe *scales.FileError
			if !errors.As(err, &fe) {
				t.Fatalf("ReadResponse(%q) = %+v, %v; want a *FileError", c.code, r, err)
			}
			if fe.File != "member 3" || !strings.Contains(fe.Problem, c.want) {
				t.Fatalf("ReadResponse(%q): %q\nwant it to contain %q", c.code, err, c.want)
			}
		})
	}
	// Every single changed digit and every swap of neighbours is caught
	// (MOD 97-10 finds them all), whatever the digits hold.
	for i := range good {
		if _, err := ReadResponse("x", flip(good, i)); err == nil {
			t.Errorf("digit %d changed: accepted", i)
		}
		if i+1 < len(good) && good[i] != good[i+1] {
			if _, err := ReadResponse("x", swap(good, i)); err == nil {
				t.Errorf("digits %d and %d swapped: accepted", i, i+1)
			}
		}
	}
}

func exampleGroup() GroupSummary {
	g := GroupSummary{N: 12, Tag: "0427"}
	in := scales.SESNB2018()
	for k, s := range in.Scales {
		g.Scales[k] = ScaleSummary{Scale: s.ID, Mean: float64(s.Min) + 0.25*float64(k), SD: 0.5 + 0.125*float64(k)}
	}
	return g
}

func TestGroupCodeLayout(t *testing.T) {
	g := exampleGroup()
	g.Scales[8].Mean, g.Scales[8].SD = math.NaN(), math.NaN() // esr: no score in the group
	g.Scales[7].SD = math.NaN()                               // ekr: one score only
	code, err := EncodeGroup(g)
	if err != nil {
		t.Fatal(err)
	}
	// By hand from formats.md ("Group code"): means 1+0.25k, SDs 0.5+0.125k,
	// rounded half away from zero to hundredths (0.625 → 0.63, 0.875 → 0.88).
	body := "72211" + "000012" + "0427" +
		"100050" + "125063" + "150075" + "175088" + "200100" + // share receive humour negative social
		"225113" + "250125" + "275999" + "999999" // ekp esp ekr esr
	if len(code) != GroupLen || code[:len(code)-2] != body || mod97(code) != 1 {
		t.Fatalf("group code\n%s\nwant\n%s..", code, body)
	}
	back, err := ReadGroup("g", code)
	if err != nil {
		t.Fatal(err)
	}
	if back.N != 12 || back.Tag != "0427" || back.Scales[3] != (ScaleSummary{"negative", 1.75, 0.88}) ||
		!math.IsNaN(back.Scales[8].Mean) || !math.IsNaN(back.Scales[8].SD) || back.Scales[7].Mean != 2.75 || !math.IsNaN(back.Scales[7].SD) {
		t.Fatalf("read back %+v", back)
	}
}

// TestGroupCodeRoundTrip: a group's summary survives its code to two
// decimals, for random groups of random responses.
func TestGroupCodeRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 9))
	for i := range 300 {
		n := MinGroupN + rng.IntN(60)
		rs := make([]scales.Response, n)
		for j := range rs {
			rs[j] = randomResponse(rng, []float64{0.05, 0.3, 0.8, 1}[i%4])
		}
		g := SummarizeGroup(rs)
		g.Tag = fmt.Sprintf("%04d", rng.IntN(10000))
		code, err := EncodeGroup(g)
		if err != nil {
			t.Fatal(err)
		}
		back, err := ReadGroup("g", code)
		if err != nil {
			t.Fatalf("%s: %v", code, err)
		}
		if back.N != n || back.Tag != g.Tag {
			t.Fatalf("n, tag: %+v", back)
		}
		for k, s := range g.Scales {
			b := back.Scales[k]
			if b.Scale != s.Scale {
				t.Fatalf("scale %d: %q", k, b.Scale)
			}
			for _, p := range [][2]float64{{s.Mean, b.Mean}, {s.SD, b.SD}} {
				if math.IsNaN(p[0]) != math.IsNaN(p[1]) || !math.IsNaN(p[0]) && math.Abs(p[0]-p[1]) > 0.005+1e-12 {
					t.Fatalf("%s: %v read back as %v", s.Scale, p[0], p[1])
				}
			}
		}
		again, _ := EncodeGroup(back)
		if again != code {
			t.Fatalf("re-encoding changed the code:\n%s\n%s", code, again)
		}
	}
}

func TestEncodeGroupRefuses(t *testing.T) {
	for name, change := range map[string]func(*GroupSummary){
		"n 4":          func(g *GroupSummary) { g.N = 4 },
		"n 1000000":    func(g *GroupSummary) { g.N = 1000000 },
		"tag letters":  func(g *GroupSummary) { g.Tag = "AB12" },
		"tag 3 digits": func(g *GroupSummary) { g.Tag = "123" },
		"scale order":  func(g *GroupSummary) { g.Scales[0], g.Scales[1] = g.Scales[1], g.Scales[0] },
		"mean 0.5":     func(g *GroupSummary) { g.Scales[0].Mean = 0.5 },
		"mean 7.01":    func(g *GroupSummary) { g.Scales[0].Mean = 7.01 },
		"social 5.5":   func(g *GroupSummary) { g.Scales[4].Mean = 5.5 },
		"sd negative":  func(g *GroupSummary) { g.Scales[2].SD = -0.1 },
		"sd 6.01":      func(g *GroupSummary) { g.Scales[2].SD = 6.01 },
		"sd no mean":   func(g *GroupSummary) { g.Scales[2].Mean = math.NaN() },
	} {
		g := exampleGroup()
		change(&g)
		if code, err := EncodeGroup(g); err == nil {
			t.Errorf("%s: EncodeGroup = %s, want an error", name, code)
		}
	}
}

func TestReadGroupRejects(t *testing.T) {
	good, err := EncodeGroup(exampleGroup())
	if err != nil {
		t.Fatal(err)
	}
	body := good[:len(good)-2]
	set := func(at int, s string) string { return withCheck(body[:at] + s + body[at+len(s):]) }
	response := codeWith(exampleCodeBody())
	for _, c := range []struct{ name, code, want string }{
		{"url", "HTTPS://EXAMPLE.ORG", "not a Samme båt code"},
		{"response code", response, "this is a member's response code, not a group's code"},
		{"version 3", set(3, "3"), "code version 3 is not known; known versions of a group's code: 1"},
		{"short", good[:70], "the code is 70 digits; a group's code of version 1 has 71 digits"},
		{"check", good[:70] + string('0'+(good[70]-'0'+1)%10), "the check digits do not match"},
		{"instrument", set(4, "9"), "instrument 9 is not known"},
		{"n 4", set(5, "000004"), "n is 4; a group code summarizes at least 5 responses"},
		{"n 0", set(5, "000000"), "n is 0"},
		{"mean 0.99", set(15, "099"), "share: mean 0.99 is out of range; allowed 1.00–7.00, or 999 for none"},
		{"mean 7.01", set(15, "701"), "share: mean 7.01 is out of range"},
		{"social mean 5.01", set(15+4*6, "501"), "social: mean 5.01 is out of range; allowed 1.00–5.00"},
		{"sd 6.01", set(18, "601"), "share: SD 6.01 is out of range; allowed 0.00–6.00, or 999 for none"},
		{"social sd 4.01", set(15+4*6+3, "401"), "social: SD 4.01 is out of range; allowed 0.00–4.00"},
		{"sd without mean", set(15, "999"), "share: an SD of 0.50 with no mean"},
	} {
		t.Run(c.name, func(t *testing.T) {
			g, err := ReadGroup("the group's code", c.code)
			var fe *scales.FileError
			if !errors.As(err, &fe) || fe.File != "the group's code" || !strings.Contains(fe.Problem, c.want) {
				t.Fatalf("ReadGroup(%q) = %+v, %v\nwant a *scales.FileError containing %q", c.code, g, err, c.want)
			}
		})
	}
}

func TestSummarizeGroup(t *testing.T) {
	// Six responses. share (ekp1..esp3, 6 items, 3 needed) is scored for
	// five: 4, 6, 4, 6, 5, so mean 5 and SD 1 (R: mean(c(4,6,4,6,5)),
	// sd(c(4,6,4,6,5))). social (out1..out5, 3 needed) is scored for four
	// only: a mean of four scores in a code the whole room sees could give a
	// person's score away, so it has none (999 in the code), as humour,
	// which nobody answered.
	var rs []scales.Response
	for k, v := range []int{4, 6, 4, 6, 5} {
		r := scales.Response{Lang: scales.NB, ID: goodID, Answers: map[string][]int{}}
		for _, id := range []string{"ekp1", "ekp2", "ekp3", "esp1", "esp2", "esp3"} {
			r.Set(id, v)
		}
		if k < 4 {
			for _, id := range []string{"out1", "out2", "out3"} {
				r.Set(id, 2)
			}
		}
		rs = append(rs, r)
	}
	rs = append(rs, scales.Response{Lang: scales.EN, ID: goodID})
	g := SummarizeGroup(rs)
	if g.N != 6 {
		t.Fatalf("n = %d", g.N)
	}
	share, _ := g.Scale("share")
	if share.Mean != 5 || math.Abs(share.SD-1) > 1e-15 {
		t.Errorf("share %+v", share)
	}
	for _, id := range []string{"social", "humour"} {
		s, _ := g.Scale(id)
		if !math.IsNaN(s.Mean) || !math.IsNaN(s.SD) {
			t.Errorf("%s %+v: a scale fewer than %d have is shown", id, s, MinGroupN)
		}
	}
	if _, ok := g.Scale("nope"); ok {
		t.Error("Scale of an unknown id")
	}
	g.Tag = "0427"
	code, err := EncodeGroup(g)
	if err != nil {
		t.Fatal(err)
	}
	back, err := ReadGroup("code", code)
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := back.Scale("social"); !math.IsNaN(s.Mean) {
		t.Errorf("the code carries social's mean of four: %+v", s)
	}
}

// TestFormatsExampleCode: the response code spec/formats.md gives for its
// example file is the one EncodeResponse writes.
func TestFormatsExampleCode(t *testing.T) {
	spec, err := os.ReadFile("../../spec/formats.md")
	if err != nil {
		t.Fatal(err)
	}
	r, err := scales.Read("example.json", []byte(formatsExample))
	if err != nil {
		t.Fatal(err)
	}
	code, err := EncodeResponse(r)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(spec), "The example file above is the code\n`"+code+"`") {
		t.Fatalf("formats.md does not give the example's code %s", code)
	}
}
