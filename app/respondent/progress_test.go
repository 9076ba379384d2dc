package respondent

import (
	"testing"

	"sammebaat/scales"
)

func TestProgress(t *testing.T) {
	in := scales.SESNB2018()
	r, _ := scales.NewResponse(scales.NB)
	for _, id := range []string{"gender", "age", "ekp1", "ekp2", "hum5", "out1", "recovery"} {
		r.Set(id, 1)
	}
	r.Set("employment", 1, 2)
	r.Set("status") // cleared: not answered
	p := progressOf(in, r, 2)
	if p.Answered != 8 || p.Items != 41 || p.Sections != 4 {
		t.Errorf("progress %+v, want 8 of 41 answered in 4 sections", p)
	}
	if got, want := p.text(scales.NB), "Del 2 av 4 · 8 av 41 besvart"; got != want {
		t.Errorf("nb: %q, want %q", got, want)
	}
	if got, want := p.text(scales.EN), "Section 2 of 4 · 8 of 41 answered"; got != want {
		t.Errorf("en: %q, want %q", got, want)
	}
}
