package stats

import (
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
