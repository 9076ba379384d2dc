package stats_test

import (
	"fmt"
	"math"

	"sammebaat/stats"
)

func ExampleCronbachAlpha() {
	// Five items answered by ten people (Denis, 2021, whose SPSS output gives
	// α = .633 and .691 based on standardized items), items[j][i] being item
	// j's answer in case i. NaN marks an unanswered item; such a case would be
	// left out (listwise).
	items := [][]float64{
		{10, 12, 8, 6, 4, 6, 3, 7, 8, 9},
		{12, 18, 16, 8, 7, 6, 4, 3, 9, 5},
		{15, 12, 14, 16, 8, 3, 6, 7, 4, 6},
		{11, 12, 14, 8, 7, 7, 5, 9, 10, 11},
		{12, 1, 4, 6, 5, 3, 8, 9, 10, 12},
	}
	r := stats.CronbachAlpha(items)
	// R: psych::alpha(data.frame(items)) and psych::alpha.ci agree (stats_test.go).
	fmt.Printf("n = %d, α = %.3f, standardized α = %.3f, 95%% CI [%.3f, %.3f]\n",
		r.N, r.Alpha, r.StdAlpha, r.CILow, r.CIHigh)
	for j, it := range r.Items {
		fmt.Printf("item %d: mean %.2f, SD %.3f, corrected item-total r %.3f, α if deleted %.3f\n",
			j+1, it.Mean, it.SD, it.CorrectedItemTotal, it.AlphaIfDeleted)
	}
	// Output:
	// n = 10, α = 0.633, standardized α = 0.691, 95% CI [0.086, 0.896]
	// item 1: mean 7.30, SD 2.710, corrected item-total r 0.712, α if deleted 0.478
	// item 2: mean 8.80, SD 5.051, corrected item-total r 0.558, α if deleted 0.476
	// item 3: mean 9.10, SD 4.748, corrected item-total r 0.512, α if deleted 0.507
	// item 4: mean 9.40, SD 2.716, corrected item-total r 0.796, α if deleted 0.445
	// item 5: mean 7.00, SD 3.801, corrected item-total r -0.228, α if deleted 0.824
}

func ExampleSpearman() {
	// How important the group was for recovery (1–5) and years attended
	// (1–4); the sixth person skipped a question, so that pair is left out
	// and the ranks are taken over the other seven.
	recovery := []float64{5, 4, 4, 3, 5, 2, math.NaN(), 4}
	duration := []float64{4, 3, 4, 2, 3, 1, 2, 2}
	c := stats.Spearman(recovery, duration)
	fmt.Printf("ρ = %.3f, p = %.3f, n = %d\n", c.Rho, c.P, c.N)
	// R: ok <- complete.cases(x, y); cor.test(x[ok], y[ok], method = "spearman", exact = FALSE)
	// gives rho 0.750139, p-value 0.052113.
	// Output:
	// ρ = 0.750, p = 0.052, n = 7
}

func ExampleSpearmanMatrix() {
	vars := [][]float64{
		{5, 4, 4, 3, 5, 2, math.NaN(), 4},
		{4, 3, 4, 2, 3, 1, 2, 2},
		{1, 2, 1, 3, 2, 3, 3, math.NaN()},
	}
	m := stats.SpearmanMatrix(vars)
	for _, row := range m {
		for _, c := range row {
			fmt.Printf("  %6.3f (n=%d)", c.Rho, c.N)
		}
		fmt.Println()
	}
	// Each pair has its own complete cases; the diagonal holds each variable's
	// valid count. R (cor.test as in ExampleSpearman): 0.750139, -0.738549, -0.971286.
	// Output:
	//    1.000 (n=7)   0.750 (n=7)  -0.739 (n=6)
	//    0.750 (n=7)   1.000 (n=8)  -0.971 (n=7)
	//   -0.739 (n=6)  -0.971 (n=7)   1.000 (n=7)
}

func ExampleIndependentT() {
	// Humour exchanged in mental health groups (a) and substance use groups (b).
	a := []float64{4.2, 3.8, 5.0, 4.4, math.NaN(), 3.6}
	b := []float64{5.2, 4.8, 5.6, 4.4, 5.0, 6.0}
	t := stats.IndependentT(a, b)
	lev := stats.Levene(a, b)
	mw := stats.MannWhitney(a, b)
	fmt.Printf("Student t(%.0f) = %.3f, p = %.4f\n", t.Student.DF, t.Student.T, t.Student.P)
	fmt.Printf("Welch t(%.2f) = %.3f, p = %.4f\n", t.Welch.DF, t.Welch.T, t.Welch.P)
	fmt.Printf("Levene F = %.3f, p = %.3f\n", lev.F, lev.P)
	fmt.Printf("Mann–Whitney U = %.1f, z = %.3f, p = %.4f\n", mw.U, mw.Z, mw.P)
	fmt.Printf("Cohen's d = %.3f\n", stats.CohensD(a, b))
	// R: t.test(a, b, var.equal = TRUE); t.test(a, b); car::leveneTest(..., center = mean);
	// wilcox.test(a, b, exact = FALSE, correct = FALSE); psych::t2d(t, n1 = 5, n2 = 6) agree.
	// Output:
	// Student t(9) = -2.845, p = 0.0192
	// Welch t(8.77) = -2.857, p = 0.0193
	// Levene F = 0.030, p = 0.866
	// Mann–Whitney U = 3.0, z = -2.201, p = 0.0277
	// Cohen's d = -1.723
}
