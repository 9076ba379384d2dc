package codeview

import (
	"strings"
	"testing"

	"sammebaat/scales"
	"sammebaat/scales/roomcode"
)

func TestCodeSVG(t *testing.T) {
	r, _ := scales.NewResponse(scales.EN)
	r.Set("age", 2)
	digits, err := roomcode.EncodeResponse(r)
	if err != nil {
		t.Fatal(err)
	}
	s, err := CodeSVG(digits, `A "code"`, "x")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{`role="img"`, `aria-label="A &#34;code&#34;"`, `viewBox="0 0 37 37"`, `fill="#000"`, `<rect width="37" height="37" fill="#fff"/>`} {
		if !strings.Contains(s, w) {
			t.Errorf("svg lacks %s: %.200s", w, s)
		}
	}
	if strings.Contains(s, "style") || strings.Contains(s, "data:") {
		t.Errorf("svg has a style or a data: URL")
	}
	if _, err := CodeSVG("12x", "l", "x"); err == nil {
		t.Error("drew a code of letters")
	}
}

// BenchmarkResponseCodeDraw is the member's code from a stored response to
// its SVG markup (the budget is 20 ms in the browser; not asserted).
func BenchmarkResponseCodeDraw(b *testing.B) {
	r, _ := scales.NewResponse(scales.NB)
	for _, it := range scales.SESNB2018().Items {
		r.Set(it.ID, 1)
	}
	for b.Loop() {
		digits, err := roomcode.EncodeResponse(r)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := CodeSVG(digits, "code", "x"); err != nil {
			b.Fatal(err)
		}
	}
}
