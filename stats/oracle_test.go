package stats

import (
	"math"
	"testing"
)

// The tests in this file compare every procedure with R on the same data sets;
// the expected values are in oracle_r_test.go, written by
// testdata/oracle/oracle.R, each with the R command that produced it.

func TestRanksR(t *testing.T) {
	for _, c := range rRanks {
		got := Ranks(dataSet(t, c.data)[c.v])
		if len(got) != len(c.want) {
			t.Fatalf("%s %s: %d ranks, want %d", c.data, c.v, len(got), len(c.want))
		}
		for i := range got {
			// Average ranks are multiples of ½: exact.
			if !same(got[i], c.want[i], 0) {
				t.Errorf("%s %s case %d: rank %v, want %v", c.data, c.v, i, got[i], c.want[i])
			}
		}
	}
}

func TestDescribeR(t *testing.T) {
	for _, c := range rDescribe {
		got := Describe(dataSet(t, c.data)[c.v])
		if got.N != c.n || !same(got.Mean, c.mean, tol) || !same(got.SD, c.sd, tol) {
			t.Errorf("%s %s: got %+v, want N=%d Mean=%.17g SD=%.17g", c.data, c.v, got, c.n, c.mean, c.sd)
		}
	}
}

func TestSpearmanR(t *testing.T) {
	for _, c := range rSpearman {
		d := dataSet(t, c.data)
		got := Spearman(d[c.x], d[c.y])
		if got.N != c.n || !same(got.Rho, c.rho, tol) || !same(got.P, c.p, tol) {
			t.Errorf("%s %s~%s: got %+v, want rho=%.17g p=%.17g n=%d", c.data, c.x, c.y, got, c.rho, c.p, c.n)
		}
	}
}

// TestSpearmanMatrixR checks that the matrix, which ranks each pair from one
// sort per variable, gives R's values for every pair, and SPSS's diagonal.
func TestSpearmanMatrixR(t *testing.T) {
	for _, data := range []string{"study", "study status=1", "study status=2", "ties"} {
		d := dataSet(t, data)
		names := []string{"recovery", "satisfaction", "duration", "share", "receive", "humour", "negative", "social"}
		if data == "ties" {
			names = []string{"x", "y", "z"}
		}
		m := SpearmanMatrix(columns(d, names))
		index := make(map[string]int)
		for i, name := range names {
			index[name] = i
			diag := m[i][i]
			if diag.Rho != 1 || !same(diag.P, nan, 0) || diag.N != Describe(d[name]).N {
				t.Errorf("%s: diagonal %s = %+v, want Rho 1, P NaN, N %d", data, name, diag, Describe(d[name]).N)
			}
		}
		checked := 0
		for _, c := range rSpearman {
			if c.data != data {
				continue
			}
			checked++
			for _, got := range []Correlation{m[index[c.x]][index[c.y]], m[index[c.y]][index[c.x]]} {
				if got.N != c.n || !same(got.Rho, c.rho, tol) || !same(got.P, c.p, tol) {
					t.Errorf("%s %s~%s: got %+v, want rho=%.17g p=%.17g n=%d", data, c.x, c.y, got, c.rho, c.p, c.n)
				}
			}
		}
		if want := len(names) * (len(names) - 1) / 2; checked != want {
			t.Errorf("%s: %d pairs checked against R, want %d", data, checked, want)
		}
	}
}

func TestPearsonR(t *testing.T) {
	for _, c := range rPearson {
		d := dataSet(t, c.data)
		got := Pearson(d[c.x], d[c.y])
		if got.N != c.n || !same(got.Rho, c.rho, tol) || !same(got.P, c.p, tol) {
			t.Errorf("%s %s~%s: got %+v, want r=%.17g p=%.17g n=%d", c.data, c.x, c.y, got, c.rho, c.p, c.n)
		}
	}
}

func TestCronbachAlphaR(t *testing.T) {
	for _, c := range rAlpha {
		got := CronbachAlpha(columns(dataSet(t, c.data), scaleItems[c.scale]))
		if got.N != c.n || !same(got.Alpha, c.alpha, tol) || !same(got.StdAlpha, c.stdAlpha, tol) ||
			!same(got.CILow, c.ciLow, tol) || !same(got.CIHigh, c.ciHigh, tol) {
			t.Errorf("%s %s: got N=%d α=%.17g std=%.17g CI=[%.17g, %.17g], want N=%d α=%.17g std=%.17g CI=[%.17g, %.17g]",
				c.data, c.scale, got.N, got.Alpha, got.StdAlpha, got.CILow, got.CIHigh,
				c.n, c.alpha, c.stdAlpha, c.ciLow, c.ciHigh)
		}
		if len(got.Items) != len(c.items) {
			t.Fatalf("%s %s: %d items, want %d", c.data, c.scale, len(got.Items), len(c.items))
		}
		for j, w := range c.items {
			g := got.Items[j]
			if !same(g.Mean, w.Mean, tol) || !same(g.SD, w.SD, tol) ||
				!same(g.CorrectedItemTotal, w.CorrectedItemTotal, tol) || !same(g.AlphaIfDeleted, w.AlphaIfDeleted, tol) {
				t.Errorf("%s %s item %d: got %+v, want %+v", c.data, c.scale, j, g, w)
			}
		}
	}
}

// TestFeldtIsICC3k checks that the interval of α is the one SPSS prints for
// the average-measures consistency intraclass correlation, ICC(3,k), whose
// value is α itself (McGraw & Wong, 1996), as psych::ICC computes it.
func TestFeldtIsICC3k(t *testing.T) {
	for _, c := range rICC3k {
		got := CronbachAlpha(columns(dataSet(t, c.data), scaleItems[c.scale]))
		if !same(got.Alpha, c.icc, tol) || !same(got.CILow, c.lower, tol) || !same(got.CIHigh, c.upper, tol) {
			t.Errorf("%s %s: got α=%.17g [%.17g, %.17g], want ICC3k %.17g [%.17g, %.17g]",
				c.data, c.scale, got.Alpha, got.CILow, got.CIHigh, c.icc, c.lower, c.upper)
		}
	}
}

func sameT(got, want TResult) bool {
	return same(got.T, want.T, tol) && same(got.DF, want.DF, tol) && same(got.P, want.P, tol)
}

func TestIndependentTR(t *testing.T) {
	for _, c := range rTTest {
		a, b := groups(dataSet(t, c.data), c.v, c.by)
		got := IndependentT(a, b)
		if !sameT(got.Student, c.student) || !sameT(got.Welch, c.welch) {
			t.Errorf("%s %s by %s: got %+v, want Student %+v Welch %+v", c.data, c.v, c.by, got, c.student, c.welch)
		}
	}
}

func TestLeveneR(t *testing.T) {
	for _, c := range rLevene {
		a, b := groups(dataSet(t, c.data), c.v, c.by)
		got := Levene(a, b)
		if !same(got.F, c.f, tol) || !same(got.P, c.p, tol) {
			t.Errorf("%s %s by %s: got %+v, want F=%.17g p=%.17g", c.data, c.v, c.by, got, c.f, c.p)
		}
	}
}

func TestMannWhitneyR(t *testing.T) {
	for _, c := range rMannWhitney {
		a, b := groups(dataSet(t, c.data), c.v, c.by)
		got := MannWhitney(a, b)
		// R's z is recovered from its p through qnorm, which costs precision
		// when p is near 1 (z near 0); the p-values themselves meet tol.
		if !same(got.U, c.u, tol) || !same(got.Z, c.z, 1e-7) || !same(got.P, c.p, tol) {
			t.Errorf("%s %s by %s: got %+v, want U=%.17g z=%.17g p=%.17g", c.data, c.v, c.by, got, c.u, c.z, c.p)
		}
	}
}

func TestCohensDR(t *testing.T) {
	for _, c := range rCohensD {
		a, b := groups(dataSet(t, c.data), c.v, c.by)
		if got := CohensD(a, b); !same(got, c.d, tol) {
			t.Errorf("%s %s by %s: got %.17g, want %.17g", c.data, c.v, c.by, got, c.d)
		}
	}
}

// The tests below compare with SciPy (oracle_scipy_test.go, written by
// testdata/oracle/oracle.py), an implementation independent of R's.

func TestRanksSciPy(t *testing.T) {
	for _, c := range scipyRanks {
		got := Ranks(dataSet(t, c.data)[c.v])
		if len(got) != len(c.want) {
			t.Fatalf("%s %s: %d ranks, want %d", c.data, c.v, len(got), len(c.want))
		}
		for i := range got {
			if !same(got[i], c.want[i], 0) {
				t.Errorf("%s %s case %d: rank %v, want %v", c.data, c.v, i, got[i], c.want[i])
			}
		}
	}
}

func TestCorrelationSciPy(t *testing.T) {
	for _, m := range []struct {
		name string
		f    func(x, y []float64) Correlation
		rows []struct {
			data, x, y string
			rho, p     float64
		}
	}{
		{"Spearman", Spearman, scipySpearman},
		{"Pearson", Pearson, scipyPearson},
	} {
		for _, c := range m.rows {
			d := dataSet(t, c.data)
			got := m.f(d[c.x], d[c.y])
			if !same(got.Rho, c.rho, tol) || !same(got.P, c.p, tol) {
				t.Errorf("%s %s %s~%s: got %+v, want rho=%.17g p=%.17g", m.name, c.data, c.x, c.y, got, c.rho, c.p)
			}
		}
	}
}

func TestGroupComparisonSciPy(t *testing.T) {
	for _, c := range scipyTTest {
		a, b := groups(dataSet(t, c.data), c.v, c.by)
		got := IndependentT(a, b)
		if !same(got.Student.T, c.studentT, tol) || !same(got.Student.P, c.studentP, tol) ||
			!same(got.Welch.T, c.welchT, tol) || !same(got.Welch.P, c.welchP, tol) {
			t.Errorf("t-test %s %s by %s: got %+v, want %+v", c.data, c.v, c.by, got, c)
		}
	}
	for _, c := range scipyLevene {
		a, b := groups(dataSet(t, c.data), c.v, c.by)
		if got := Levene(a, b); !same(got.F, c.f, tol) || !same(got.P, c.p, tol) {
			t.Errorf("Levene %s %s by %s: got %+v, want %+v", c.data, c.v, c.by, got, c)
		}
	}
	for _, c := range scipyMannWhitney {
		a, b := groups(dataSet(t, c.data), c.v, c.by)
		if got := MannWhitney(a, b); !same(got.U, c.u, tol) || !same(got.P, c.p, tol) {
			t.Errorf("Mann–Whitney %s %s by %s: got %+v, want %+v", c.data, c.v, c.by, got, c)
		}
	}
}

// The tests below compare with GNU PSPP, the free reimplementation of SPSS
// (oracle_pspp_test.go, written by testdata/oracle/pspp.py from the output of
// testdata/oracle/oracle.sps, which also scores the scales itself with
// MEAN.n). PSPP prints significance levels and correlations to 3 decimals.
const pspp3 = 0.0005

func TestDescribePSPP(t *testing.T) {
	for _, c := range psppDescribe {
		got := Describe(dataSet(t, c.data)[c.v])
		if got.N != c.n || !same(got.Mean, c.mean, tol) || !same(got.SD, c.sd, tol) {
			t.Errorf("%s %s: got %+v, want N=%d Mean=%.17g SD=%.17g", c.data, c.v, got, c.n, c.mean, c.sd)
		}
	}
}

func TestCronbachAlphaPSPP(t *testing.T) {
	for _, c := range psppAlpha {
		got := CronbachAlpha(columns(dataSet(t, c.data), scaleItems[c.scale]))
		if got.N != c.n || !same(got.Alpha, c.alpha, tol) {
			t.Errorf("%s %s: got N=%d α=%.17g, want N=%d α=%.17g", c.data, c.scale, got.N, got.Alpha, c.n, c.alpha)
		}
		for j, w := range c.items {
			g := got.Items[j]
			if !same(g.CorrectedItemTotal, w[0], tol) || !same(g.AlphaIfDeleted, w[1], tol) {
				t.Errorf("%s %s item %d: got %+v, want corrected item-total %.17g, alpha if deleted %.17g",
					c.data, c.scale, j, g, w[0], w[1])
			}
		}
	}
}

func TestGroupComparisonPSPP(t *testing.T) {
	for _, c := range psppTTest {
		a, b := groups(dataSet(t, c.data), c.v, c.by)
		got, lev := IndependentT(a, b), Levene(a, b)
		for _, p := range []struct {
			name      string
			got, want TResult
		}{{"Student", got.Student, c.student}, {"Welch", got.Welch, c.welch}} {
			if !same(p.got.T, p.want.T, tol) || !same(p.got.DF, p.want.DF, tol) || !within(p.got.P, p.want.P, pspp3) {
				t.Errorf("%s %s by %s: %s got %+v, want %+v", c.data, c.v, c.by, p.name, p.got, p.want)
			}
		}
		if !same(lev.F, c.leveneF, tol) || !within(lev.P, c.leveneP, pspp3) {
			t.Errorf("%s %s by %s: Levene got %+v, want F=%.17g p=%.3f", c.data, c.v, c.by, lev, c.leveneF, c.leveneP)
		}
	}
	for _, c := range psppMannWhitney {
		a, b := groups(dataSet(t, c.data), c.v, c.by)
		got := MannWhitney(a, b)
		// SPSS prints the smaller of the two groups' U, and z ≤ 0.
		na, nb := Describe(a).N, Describe(b).N
		u := min(got.U, float64(na*nb)-got.U)
		if !same(u, c.u, tol) || !same(-math.Abs(got.Z), c.z, tol) || !within(got.P, c.p, pspp3) {
			t.Errorf("%s %s by %s: got %+v (SPSS's U %v), want U=%v z=%.17g p=%.3f", c.data, c.v, c.by, got, u, c.u, c.z, c.p)
		}
	}
}

func TestPearsonPSPP(t *testing.T) {
	for _, c := range psppPearson {
		d := dataSet(t, c.data)
		got := Pearson(d[c.x], d[c.y])
		if got.N != c.n || !within(got.Rho, c.r, pspp3) || !within(got.P, c.p, pspp3) {
			t.Errorf("%s %s~%s: got %+v, want r=%.3f p=%.3f n=%d", c.data, c.x, c.y, got, c.r, c.p, c.n)
		}
	}
}
