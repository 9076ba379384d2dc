package stats

import (
	"math"
	"testing"
)

// denis is the five-item example of Denis (2021), Applied Univariate,
// Bivariate, and Multivariate Statistics, 2nd ed. (Wiley), section on
// Cronbach's alpha: ten cases, items[j][i], with the SPSS RELIABILITY output
// the book prints (RELIABILITY /VARIABLES=Item_1 TO Item_5 /MODEL=ALPHA
// /STATISTICS=DESCRIPTIVE SCALE CORR /SUMMARY=TOTAL).
var denis = [][]float64{
	{10, 12, 8, 6, 4, 6, 3, 7, 8, 9},
	{12, 18, 16, 8, 7, 6, 4, 3, 9, 5},
	{15, 12, 14, 16, 8, 3, 6, 7, 4, 6},
	{11, 12, 14, 8, 7, 7, 5, 9, 10, 11},
	{12, 1, 4, 6, 5, 3, 8, 9, 10, 12},
}

// TestCronbachAlphaPublishedSPSS compares with SPSS's output as published,
// to the digits printed there (half a unit of the last one).
func TestCronbachAlphaPublishedSPSS(t *testing.T) {
	got := CronbachAlpha(denis)
	// SPSS: Cronbach's Alpha .633, Based on Standardized Items .691, N 10.
	if got.N != 10 || !within(got.Alpha, 0.633, 0.0005) || !within(got.StdAlpha, 0.691, 0.0005) {
		t.Errorf("got N=%d α=%.4f std α=%.4f, want 10, .633, .691", got.N, got.Alpha, got.StdAlpha)
	}
	// SPSS Item Statistics: Mean, Std. Deviation.
	for j, w := range []struct{ mean, sd float64 }{
		{7.3000, 2.71006}, {8.8000, 5.05085}, {9.1000, 4.74810}, {9.4000, 2.71621}, {7.0000, 3.80058},
	} {
		if it := got.Items[j]; !within(it.Mean, w.mean, 0.00005) || !within(it.SD, w.sd, 0.000005) {
			t.Errorf("item %d: mean %.5f SD %.6f, want %.4f %.5f", j+1, it.Mean, it.SD, w.mean, w.sd)
		}
	}
	// SPSS Item-Total Statistics, Item_1: Corrected Item-Total Correlation .712.
	if !within(got.Items[0].CorrectedItemTotal, 0.712, 0.0005) {
		t.Errorf("item 1 corrected item-total r = %.4f, want .712", got.Items[0].CorrectedItemTotal)
	}
	// SPSS Inter-Item Correlation Matrix (upper triangle, row by row).
	want := []float64{0.679, 0.351, 0.827, 0.022, 0.612, 0.743, -0.463, 0.462, -0.129, -0.011}
	k := 0
	for a := range denis {
		for b := a + 1; b < len(denis); b++ {
			if r := Pearson(denis[a], denis[b]).Rho; !within(r, want[k], 0.0005) {
				t.Errorf("r(Item_%d, Item_%d) = %.4f, want %.3f", a+1, b+1, r, want[k])
			}
			k++
		}
	}
	// R: X <- data.frame(denis); r <- psych::alpha(X); r$item.stats$r.drop; r$alpha.drop$raw_alpha;
	// psych::alpha.ci(r$total$raw_alpha, 10, 5) (all to the 10 digits R printed).
	for j, w := range []struct{ rdrop, alphaDrop float64 }{
		{0.7115124864, 0.4777743768}, {0.5583892346, 0.4757693016}, {0.5118277776, 0.5074889868},
		{0.7958135479, 0.4451038576}, {-0.2281037089, 0.8237734488},
	} {
		if it := got.Items[j]; !within(it.CorrectedItemTotal, w.rdrop, 5e-11) || !within(it.AlphaIfDeleted, w.alphaDrop, 5e-11) {
			t.Errorf("item %d: %+v, want r.drop %.10f alpha.drop %.10f", j+1, it, w.rdrop, w.alphaDrop)
		}
	}
	if !within(got.CILow, 0.08575822, 5e-9) || !within(got.CIHigh, 0.8959015, 5e-8) {
		t.Errorf("Feldt CI [%.10f, %.10f], want [0.08575822, 0.8959015]", got.CILow, got.CIHigh)
	}
}

// TestDegenerate checks that every procedure answers NaN, not a made-up
// number or a panic, where its statistic is undefined, and still gives what
// is defined.
func TestDegenerate(t *testing.T) {
	isNaN := math.IsNaN
	t.Run("Ranks", func(t *testing.T) {
		if r := Ranks(nil); len(r) != 0 {
			t.Errorf("Ranks(nil) = %v", r)
		}
		if r := Ranks([]float64{nan, nan}); !isNaN(r[0]) || !isNaN(r[1]) {
			t.Errorf("Ranks(NaN, NaN) = %v", r)
		}
		// R: rank(c(2, NA, 2, 2), na.last = "keep") gives 2 NA 2 2.
		if r := Ranks([]float64{2, nan, 2, 2}); r[0] != 2 || !isNaN(r[1]) || r[2] != 2 || r[3] != 2 {
			t.Errorf("Ranks(2, NaN, 2, 2) = %v", r)
		}
	})
	t.Run("Describe", func(t *testing.T) {
		if d := Describe(nil); d.N != 0 || !isNaN(d.Mean) || !isNaN(d.SD) {
			t.Errorf("Describe(nil) = %+v", d)
		}
		if d := Describe([]float64{nan, 3, nan}); d.N != 1 || d.Mean != 3 || !isNaN(d.SD) {
			t.Errorf("Describe(NaN, 3, NaN) = %+v", d)
		}
	})
	t.Run("Correlation", func(t *testing.T) {
		for _, c := range []struct {
			name string
			x, y []float64
			n    int
		}{
			{"empty", nil, nil, 0},
			{"two pairs", []float64{1, 2, nan}, []float64{2, 1, 3}, 2},
			{"x constant", []float64{4, 4, 4, 4}, []float64{1, 2, 3, 4}, 4},
			{"y constant on the complete cases", []float64{1, 2, 3, nan}, []float64{5, 5, 5, 1}, 3},
		} {
			for _, f := range []struct {
				name string
				f    func(x, y []float64) Correlation
			}{{"Spearman", Spearman}, {"Pearson", Pearson}} {
				if got := f.f(c.x, c.y); got.N != c.n || !isNaN(got.Rho) || !isNaN(got.P) {
					t.Errorf("%s %s: %+v, want NaN with N %d", f.name, c.name, got, c.n)
				}
			}
		}
		// A perfect monotone relation: ρ = 1 and t infinite, so p = 0 (SPSS prints .000).
		x, y := []float64{1, 2, 3, 4, 5}, []float64{1, 4, 9, 16, 25}
		if got := Spearman(x, y); got.Rho != 1 || got.P != 0 || got.N != 5 {
			t.Errorf("Spearman perfect: %+v", got)
		}
		if got := Spearman(x, []float64{5, 4, 3, 2, 1}); got.Rho != -1 || got.P != 0 {
			t.Errorf("Spearman perfect inverse: %+v", got)
		}
		if m := SpearmanMatrix(nil); len(m) != 0 {
			t.Errorf("SpearmanMatrix(nil) = %v", m)
		}
		// A constant variable has no correlation, not even with itself.
		m := SpearmanMatrix([][]float64{{1, 1, 1, 1}, {1, 2, 3, nan}})
		if !isNaN(m[0][0].Rho) || m[0][0].N != 4 || !isNaN(m[0][1].Rho) || m[0][1].N != 3 || m[1][1].Rho != 1 || m[1][1].N != 3 {
			t.Errorf("SpearmanMatrix with a constant: %+v", m)
		}
	})
	t.Run("CronbachAlpha", func(t *testing.T) {
		if r := CronbachAlpha(nil); r.N != 0 || !isNaN(r.Alpha) || r.Items != nil {
			t.Errorf("no items: %+v", r)
		}
		one := CronbachAlpha([][]float64{{1, 2, 3}})
		if one.N != 3 || !isNaN(one.Alpha) || !isNaN(one.StdAlpha) || !isNaN(one.CILow) || one.Items[0].Mean != 2 || one.Items[0].SD != 1 {
			t.Errorf("one item: %+v", one)
		}
		// Every case misses an item: listwise leaves none.
		none := CronbachAlpha([][]float64{{1, nan}, {nan, 2}})
		if none.N != 0 || !isNaN(none.Alpha) || !isNaN(none.Items[0].Mean) {
			t.Errorf("no complete case: %+v", none)
		}
		single := CronbachAlpha([][]float64{{1, nan, 3}, {2, 2, nan}})
		if single.N != 1 || !isNaN(single.Alpha) || single.Items[1].Mean != 2 || !isNaN(single.Items[1].SD) {
			t.Errorf("one complete case: %+v", single)
		}
		if r := CronbachAlpha([][]float64{{3, 3, 3}, {5, 5, 5}}); !isNaN(r.Alpha) || !isNaN(r.StdAlpha) || !isNaN(r.CILow) {
			t.Errorf("constant total: %+v", r)
		}
		// An item answered alike by all: α is defined and keeps the item (as
		// SPSS; psych::alpha would drop it), its correlations are not.
		// PSPP 1.6.2: DATA LIST LIST /a b c with cases (1 2 5) (2 2 5) (3 4 5) (4 3 5);
		// SET FORMAT=F20.16; RELIABILITY /VARIABLES=a b c /SUMMARY=TOTAL gives
		// α .5882352941176470, corrected item-total .6741998624632422, .6741998624632422, NaN
		// and α if deleted ≈0, 0, .7843137254901960.
		r := CronbachAlpha([][]float64{{1, 2, 3, 4}, {2, 2, 4, 3}, {5, 5, 5, 5}})
		if !same(r.Alpha, 0.5882352941176470, tol) || !isNaN(r.StdAlpha) ||
			!same(r.Items[0].CorrectedItemTotal, 0.6741998624632422, tol) || !isNaN(r.Items[2].CorrectedItemTotal) ||
			!within(r.Items[0].AlphaIfDeleted, 0, 1e-15) || !same(r.Items[2].AlphaIfDeleted, 0.7843137254901960, tol) {
			t.Errorf("constant item: %+v", r)
		}
		// Two items: α if an item is deleted would be the α of one item.
		two := CronbachAlpha([][]float64{{1, 2, 3, 4}, {2, 2, 4, 3}})
		if isNaN(two.Alpha) || !isNaN(two.Items[0].AlphaIfDeleted) || isNaN(two.Items[0].CorrectedItemTotal) {
			t.Errorf("two items: %+v", two)
		}
	})
	t.Run("GroupComparison", func(t *testing.T) {
		nanT := func(r TResult) bool { return isNaN(r.T) && isNaN(r.DF) && isNaN(r.P) }
		if r := IndependentT(nil, []float64{1, 2}); !nanT(r.Student) || !nanT(r.Welch) {
			t.Errorf("empty group: %+v", r)
		}
		if r := IndependentT([]float64{2, 2, nan}, []float64{3, 3}); !nanT(r.Student) || !nanT(r.Welch) {
			t.Errorf("both constant: %+v", r)
		}
		// One case in a group: the pooled test is defined, Welch's is not.
		// R: t.test(1, c(2, 3, 4), var.equal = TRUE): t = -1.7320508075688774, df = 2, p = 0.22540333075851657.
		r := IndependentT([]float64{1}, []float64{2, 3, 4})
		if !same(r.Student.T, -1.7320508075688774, tol) || r.Student.DF != 2 || !same(r.Student.P, 0.22540333075851657, tol) || !nanT(r.Welch) {
			t.Errorf("one case: %+v", r)
		}
		if l := Levene([]float64{1, 3}, []float64{2, 6}); !isNaN(l.F) || !isNaN(l.P) {
			t.Errorf("Levene with equal absolute deviations in each group: %+v", l)
		}
		if l := Levene([]float64{1}, []float64{2}); !isNaN(l.F) || !isNaN(l.P) {
			t.Errorf("Levene on two cases: %+v", l)
		}
		if m := MannWhitney([]float64{nan}, []float64{1, 2}); !isNaN(m.U) || !isNaN(m.Z) || !isNaN(m.P) {
			t.Errorf("Mann–Whitney with an empty group: %+v", m)
		}
		// All tied: U = n₁n₂/2 is defined, its variance is 0.
		if m := MannWhitney([]float64{4, 4}, []float64{4, 4, 4}); m.U != 3 || !isNaN(m.Z) || !isNaN(m.P) {
			t.Errorf("Mann–Whitney all tied: %+v", m)
		}
		if d := CohensD([]float64{2, 2}, []float64{3, 3, 3}); !isNaN(d) {
			t.Errorf("CohensD with no spread: %v", d)
		}
		if d := CohensD([]float64{2}, []float64{3}); !isNaN(d) {
			t.Errorf("CohensD on two cases: %v", d)
		}
	})
}

// TestPanics checks that slices of different lengths, a programmer's error,
// panic.
func TestPanics(t *testing.T) {
	for name, f := range map[string]func(){
		"Spearman":       func() { Spearman([]float64{1, 2, 3}, []float64{1, 2}) },
		"Pearson":        func() { Pearson([]float64{1, 2, 3}, []float64{1, 2}) },
		"SpearmanMatrix": func() { SpearmanMatrix([][]float64{{1, 2, 3}, {1, 2}}) },
		"CronbachAlpha":  func() { CronbachAlpha([][]float64{{1, 2, 3}, {1, 2}}) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s did not panic", name)
				}
			}()
			f()
		}()
	}
}

// TestSpearmanIsPearsonOfRanks checks the definition on data without missing
// values, and that ρ is unchanged by a monotone transformation of a variable.
func TestSpearmanIsPearsonOfRanks(t *testing.T) {
	d := dataSet(t, "ties")
	ok := func(i int) bool { return !math.IsNaN(d["y"][i]) && !math.IsNaN(d["z"][i]) }
	var y, z, z3 []float64
	for i := range d["y"] {
		if ok(i) {
			y = append(y, d["y"][i])
			z = append(z, d["z"][i])
			z3 = append(z3, math.Exp(d["z"][i]/3))
		}
	}
	s := Spearman(y, z)
	p := Pearson(Ranks(y), Ranks(z))
	if !same(s.Rho, p.Rho, 1e-14) || !same(s.P, p.P, 1e-12) || s.N != p.N {
		t.Errorf("Spearman %+v, Pearson of ranks %+v", s, p)
	}
	if s3 := Spearman(y, z3); !same(s3.Rho, s.Rho, 1e-14) {
		t.Errorf("Spearman after exp: %+v, before %+v", s3, s)
	}
	// Pairwise complete on the original columns gives the same.
	if sp := Spearman(d["y"], d["z"]); !same(sp.Rho, s.Rho, 1e-14) || sp.N != s.N {
		t.Errorf("pairwise %+v, on complete cases %+v", sp, s)
	}
}
