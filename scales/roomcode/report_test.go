package roomcode_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"sammebaat/scales"
	"sammebaat/scales/roomcode"
	"sammebaat/stats/report"
)

// TestSummarizeGroupIsTheReports: the group code's means and SDs are the
// report's Table 1 (ses-report "scales": mean, sd), to the bit, where at
// least MinGroupN have the scale's score, and none elsewhere, for random
// pools; the report's own numbers are checked against R and PSPP in stats.
func TestSummarizeGroupIsTheReports(t *testing.T) {
	in := scales.SESNB2018()
	rng := rand.New(rand.NewPCG(1, 10))
	for trial := range 40 {
		n := 5 + rng.IntN(200)
		rs := make([]scales.Response, n)
		for i := range rs {
			r := scales.Response{Lang: scales.NB, ID: fmt.Sprintf("%016x%016x", rng.Uint64(), rng.Uint64()), Answers: map[string][]int{}}
			p := []float64{0.2, 0.6, 0.95}[trial%3]
			for _, it := range in.Items {
				if it.Kind == scales.Single && rng.Float64() < p {
					r.Set(it.ID, 1+rng.IntN(len(it.Choices)))
				}
			}
			rs[i] = r
		}
		rep, err := report.NewReport(rs, report.Options{})
		if err != nil {
			t.Fatal(err)
		}
		g := roomcode.SummarizeGroup(rs)
		if g.N != rep.N {
			t.Fatalf("n %d, report %d", g.N, rep.N)
		}
		for _, s := range g.Scales {
			want := rep.Scales[s.Scale]
			if want.N < roomcode.MinGroupN {
				// Fewer than five have the score: the code shows none.
				if !math.IsNaN(s.Mean) || !math.IsNaN(s.SD) {
					t.Fatalf("trial %d, %s: %d scores, summary %v ± %v", trial, s.Scale, want.N, s.Mean, s.SD)
				}
				continue
			}
			for _, p := range [][2]float64{{s.Mean, float64(want.Mean)}, {s.SD, float64(want.SD)}} {
				if math.Float64bits(p[0]) != math.Float64bits(p[1]) && !(math.IsNaN(p[0]) && math.IsNaN(p[1])) {
					t.Fatalf("trial %d, %s: summary %v, report %v", trial, s.Scale, p[0], p[1])
				}
			}
		}
	}
}
