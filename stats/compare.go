package stats

import (
	"math"

	"sammebaat/internal/moments"
	"sammebaat/stats/internal/pmath"
)

// TResult is a t statistic, its degrees of freedom and its two-tailed p-value.
type TResult struct{ T, DF, P float64 }

// TTest holds both rows of SPSS's Independent Samples Test table.
type TTest struct {
	Student TResult // "Equal variances assumed": pooled variance
	Welch   TResult // "Equal variances not assumed": Welch–Satterthwaite
}

// IndependentT returns the independent-samples t-tests of mean a − mean b,
// each group's NaNs ignored (SPSS's T-TEST /MISSING=ANALYSIS). With group
// sizes n₁, n₂, means m₁, m₂ and variances s₁², s₂² (divisor n−1):
//
//	Student: t = (m₁−m₂) / √(s²ₚ(1/n₁+1/n₂)),  s²ₚ = ((n₁−1)s₁²+(n₂−1)s₂²)/(n₁+n₂−2),
//	         df = n₁+n₂−2
//	Welch:   t = (m₁−m₂) / √(s₁²/n₁+s₂²/n₂),
//	         df = (s₁²/n₁+s₂²/n₂)² / ((s₁²/n₁)²/(n₁−1) + (s₂²/n₂)²/(n₂−1))
//
// and p = P(|T_df| ≥ |t|). A row is all NaN when it cannot be computed: a
// group without cases, df < 1, or a zero standard error (both groups
// constant); Welch also needs two cases in each group.
func IndependentT(a, b []float64) TTest {
	na, ma, va := moments.Of(a)
	nb, mb, vb := moments.Of(b)
	nan := TResult{math.NaN(), math.NaN(), math.NaN()}
	res := TTest{Student: nan, Welch: nan}
	if na == 0 || nb == 0 {
		return res
	}
	n1, n2 := float64(na), float64(nb)
	diff := ma - mb

	if df := n1 + n2 - 2; df >= 1 {
		// A group of one case has no variance but adds nothing to the pooled sum.
		ss := 0.0
		if na > 1 {
			ss += float64((n1 - 1) * va)
		}
		if nb > 1 {
			ss += float64((n2 - 1) * vb)
		}
		if se := math.Sqrt(float64(ss / df * (1/n1 + 1/n2))); se > 0 {
			t := diff / se
			res.Student = TResult{T: t, DF: df, P: twoTailedT(t, df)}
		}
	}

	if na > 1 && nb > 1 {
		wa, wb := va/n1, vb/n2
		if se2 := wa + wb; se2 > 0 {
			t := diff / math.Sqrt(se2)
			df := float64(se2*se2) / (float64(wa*wa)/(n1-1) + float64(wb*wb)/(n2-1))
			res.Welch = TResult{T: t, DF: df, P: twoTailedT(t, df)}
		}
	}
	return res
}

// LeveneResult is Levene's F for equality of variances and its p-value.
type LeveneResult struct{ F, P float64 }

// Levene returns Levene's test for equality of the variances of a and b
// centred on the group means, as SPSS's T-TEST prints it (Levene, 1960; not
// the median-centred Brown–Forsythe variant that is the default of R's
// car::leveneTest and SciPy). It is the one-way ANOVA F of zᵢⱼ = |xᵢⱼ − x̄ᵢ|:
//
//	F = (N−2)·Σᵢ nᵢ(z̄ᵢ−z̄)² / Σᵢⱼ (zᵢⱼ−z̄ᵢ)²   on 1 and N−2 degrees of freedom
//
// NaNs are ignored. F and P are NaN when a group has no cases, N < 3, or the
// deviations have no spread within the groups (the denominator is 0; PSPP
// prints F = +Infinity there, which a JSON report could not carry).
func Levene(a, b []float64) LeveneResult {
	res := LeveneResult{math.NaN(), math.NaN()}
	na, ma, _ := moments.Of(a)
	nb, mb, _ := moments.Of(b)
	if na == 0 || nb == 0 || na+nb < 3 {
		return res
	}
	zbarA := absDevMean(a, ma, na)
	zbarB := absDevMean(b, mb, nb)
	n := float64(na + nb)
	zbar := (float64(float64(na)*zbarA) + float64(float64(nb)*zbarB)) / n
	between := float64(float64(float64(na)*(zbarA-zbar))*(zbarA-zbar)) + float64(float64(float64(nb)*(zbarB-zbar))*(zbarB-zbar))
	within := absDevSS(a, ma, zbarA) + absDevSS(b, mb, zbarB)
	if !(within > 0) {
		return res
	}
	df2 := n - 2
	f := float64(df2*between) / within
	res.F = f
	res.P = upperF(f, 1, df2)
	return res
}

// absDevMean returns the mean of |x−mean| over the n non-NaN x.
func absDevMean(x []float64, mean float64, n int) float64 {
	var sum float64
	for _, v := range x {
		if !math.IsNaN(v) {
			sum += math.Abs(v - mean)
		}
	}
	return sum / float64(n)
}

// absDevSS returns Σ(|x−mean| − zbar)² over the non-NaN x.
func absDevSS(x []float64, mean, zbar float64) float64 {
	var ss float64
	for _, v := range x {
		if !math.IsNaN(v) {
			d := math.Abs(v-mean) - zbar
			ss += float64(d * d)
		}
	}
	return ss
}

// upperF returns P(F ≥ f) for the F distribution on d1 and d2 degrees of
// freedom, as I_{d2/(d2+d1·f)}(d2/2, d1/2): gonum's distuv.F.Survival is
// 1−CDF, which loses the small p-values. pmath's copy of the incomplete beta
// function gives the same bits natively and in WebAssembly.
func upperF(f, d1, d2 float64) float64 {
	if math.IsNaN(f) || f < 0 {
		return math.NaN()
	}
	return pmath.RegIncBeta(d2/2, d1/2, d2/(d2+float64(d1*f)))
}

// MannWhitneyResult is the Mann–Whitney U of the first group, its normal
// approximation z and the two-tailed p-value.
type MannWhitneyResult struct{ U, Z, P float64 }

// MannWhitney returns the Mann–Whitney (Wilcoxon rank-sum) test of a against
// b, NaNs ignored. With average ranks over both groups together, R₁ the sum of
// a's ranks, N = n₁+n₂ and tᵢ the sizes of the groups of ties:
//
//	U = R₁ − n₁(n₁+1)/2
//	z = (U − n₁n₂/2) / √(n₁n₂/12 · ((N+1) − Σ(tᵢ³−tᵢ)/(N(N−1))))
//	p = 2·(1 − Φ(|z|))
//
// with no continuity correction: SPSS's NPAR TESTS /M-W "Asymp. Sig.", and
// R's wilcox.test(a, b, exact = FALSE, correct = FALSE), whose W is this U.
// SPSS prints min(U, n₁n₂−U) and −|z|; the p-value is the same.
// U is NaN when a group has no cases; Z and P are NaN also when all values
// are tied.
func MannWhitney(a, b []float64) MannWhitneyResult {
	res := MannWhitneyResult{math.NaN(), math.NaN(), math.NaN()}
	all := make([]float64, 0, len(a)+len(b))
	na, nb := 0, 0
	for _, v := range a {
		if !math.IsNaN(v) {
			all = append(all, v)
			na++
		}
	}
	for _, v := range b {
		if !math.IsNaN(v) {
			all = append(all, v)
			nb++
		}
	}
	if na == 0 || nb == 0 {
		return res
	}
	d := newDistinct(all)
	avg, _, ties := d.ranks(nil, nil)
	var r1 float64
	for _, c := range d.code[:na] {
		r1 += avg[c]
	}
	n1, n2, n := float64(na), float64(nb), float64(na+nb)
	res.U = r1 - float64(n1*(n1+1))/2
	variance := float64(float64(n1*n2) / 12 * ((n + 1) - ties/(float64(n*(n-1)))))
	if !(variance > 0) {
		return res
	}
	res.Z = (res.U - float64(n1*n2)/2) / math.Sqrt(variance)
	res.P = twoTailedZ(res.Z)
	return res
}

// twoTailedZ returns P(|Z| ≥ |z|) for the standard normal Z,
//
//	p = 2·(1 − Φ(|z|)) = erfc(|z|/√2),
//
// Φ's upper tail through erfc keeping small p-values precise; pmath's erfc is
// the same bits natively and in WebAssembly.
func twoTailedZ(z float64) float64 {
	return pmath.Erfc(math.Abs(z) / math.Sqrt2)
}

// CohensD returns Cohen's d for a against b, the difference of the means over
// the pooled standard deviation (Cohen, 1988):
//
//	d = (m₁−m₂) / √(((n₁−1)s₁² + (n₂−1)s₂²) / (n₁+n₂−2))
//
// NaNs are ignored. It is NaN when a group has no cases, n₁+n₂ < 3 or the
// pooled SD is 0.
func CohensD(a, b []float64) float64 {
	na, ma, va := moments.Of(a)
	nb, mb, vb := moments.Of(b)
	if na == 0 || nb == 0 || na+nb < 3 {
		return math.NaN()
	}
	ss := 0.0
	if na > 1 {
		ss += float64(float64(na-1) * va)
	}
	if nb > 1 {
		ss += float64(float64(nb-1) * vb)
	}
	sp := math.Sqrt(ss / float64(na+nb-2))
	if !(sp > 0) {
		return math.NaN()
	}
	return (ma - mb) / sp
}
