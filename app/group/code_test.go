package group

import (
	"fmt"
	"math"
	"testing"

	"sammebaat/scales"
	"sammebaat/scales/roomcode"
	"sammebaat/stats/report"
)

// The group page's code is made from its report: a scale that fewer than
// five of the pooled responses have gets no mean or SD, as in
// roomcode.SummarizeGroup (a mean of four scores, shown to the whole room,
// could give one person's score away).
func TestGroupPageCodeHidesSmallScales(t *testing.T) {
	var rs []scales.Response
	for i := range 6 {
		r, _ := scales.NewResponse(scales.NB)
		for _, id := range []string{"ekp1", "ekp2", "ekp3", "esp1"} {
			r.Set(id, 1+i)
		}
		if i < 4 { // negative: unw1..unw7, 4 needed; four members answer
			for _, id := range []string{"unw1", "unw2", "unw3", "unw4"} {
				r.Set(id, 7-i)
			}
		}
		rs = append(rs, r)
	}
	rep, err := report.NewReport(rs, report.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Scales["negative"].N != 4 || math.IsNaN(float64(rep.Scales["negative"].Mean)) {
		t.Fatalf("the report's negative: %+v", rep.Scales["negative"])
	}
	g := groupSummaryOf(rep, "0427")
	if s, _ := g.Scale("negative"); !math.IsNaN(s.Mean) || !math.IsNaN(s.SD) {
		t.Errorf("the group's code shows the mean of four: %+v", s)
	}
	if s, _ := g.Scale("share"); math.IsNaN(s.Mean) {
		t.Errorf("share, which all six have, is not shown: %+v", s)
	}
	want := roomcode.SummarizeGroup(rs)
	if fmt.Sprint(g.Scales) != fmt.Sprint(want.Scales) {
		t.Errorf("the page's summary %v, SummarizeGroup's %v", g.Scales, want.Scales)
	}
}
