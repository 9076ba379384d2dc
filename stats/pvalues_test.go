package stats

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mathext"
	"gonum.org/v1/gonum/stat/distuv"
)

// TestPValuesAsGonum holds the p-values and Feldt's quantiles, now computed
// with stats/internal/pmath so that WebAssembly gives the same bits, to what
// gonum's distributions and math.Erfc gave before natively: within 1e-14
// relative, and 256ε ≈ 2.8e-14 for the F quantiles (Cephes incbi's Newton
// iteration stops at a step of 128ε relative).
func TestPValuesAsGonum(t *testing.T) {
	rel := func(a, b float64) float64 {
		if a == b {
			return 0
		}
		return math.Abs(a-b) / math.Abs(b)
	}
	for _, df := range []float64{1, 2, 5, 28, 78, 998, 99998} {
		for _, tv := range []float64{0, 0.01, -0.5, 1.3, 2, -3.7, 8, 40} {
			got := twoTailedT(tv, df)
			want := 2 * distuv.StudentsT{Mu: 0, Sigma: 1, Nu: df}.Survival(math.Abs(tv))
			if rel(got, want) > 1e-14 {
				t.Errorf("twoTailedT(%v, %v) = %v, gonum's %v", tv, df, got, want)
			}
		}
	}
	for _, z := range []float64{0, 0.3, -1.96, 2.5, -6, 12, 30} {
		got := twoTailedZ(z)
		want := math.Erfc(math.Abs(z) / math.Sqrt2)
		if rel(got, want) > 1e-14 {
			t.Errorf("the normal two-tailed p of z = %v is %v, math.Erfc's %v", z, got, want)
		}
	}
	for _, d2 := range []float64{1, 2, 10, 78, 998, 99998} {
		for _, f := range []float64{0, 0.2, 1, 3.9, 15, 200} {
			got, want := upperF(f, 1, d2), mathext.RegIncBeta(d2/2, 0.5, d2/(d2+f))
			if rel(got, want) > 1e-14 {
				t.Errorf("upperF(%v, 1, %v) = %v, gonum's %v", f, d2, got, want)
			}
		}
	}
	for _, n := range []int{2, 3, 10, 80, 300, 1000, 100000} {
		for _, k := range []int{2, 3, 5, 9} {
			d1, d2 := float64(n-1), float64((n-1)*(k-1))
			for _, p := range []float64{0.025, 0.975} {
				got, want := quantileF(p, d1, d2), distuv.F{D1: d1, D2: d2}.Quantile(p)
				if rel(got, want) > 256.0/(1<<53) {
					t.Errorf("quantileF(%v, %v, %v) = %v, gonum's %v (%.3g relative)", p, d1, d2, got, want, rel(got, want))
				}
			}
		}
	}
}
