package stats

import (
	"math"

	"sammebaat/stats/internal/pmath"
)

// Correlation is a correlation coefficient with its two-tailed p-value and
// the number of cases it was computed on. Rho and P are NaN when undefined.
type Correlation struct {
	Rho, P float64
	N      int
}

// Spearman returns Spearman's rank correlation ρ of x and y over the cases
// where both are present (pairwise deletion, SPSS's NONPAR CORR default).
// The ranks are average ranks computed within those cases only, and ρ is
// Pearson's correlation of the ranks, which is SPSS's formula with its tie
// correction. The p-value is two-tailed, from
//
//	t = ρ·√((n−2)/(1−ρ²))
//
// on a Student's t distribution with n−2 degrees of freedom, as SPSS
// (IBM SPSS Statistics Algorithms, NONPAR CORR; Spearman, 1904) and R's
// cor.test(method = "spearman", exact = FALSE); P is 0 when |ρ| = 1.
// Rho and P are NaN when n < 3 or when either variable is constant over the
// complete cases. Spearman panics if x and y have different lengths.
//
// It sorts each variable once: O(n log n) time and O(n) space.
func Spearman(x, y []float64) Correlation {
	if len(x) != len(y) {
		panic("stats: Spearman: slices of different lengths")
	}
	dx, dy := newDistinct(x), newDistinct(y)
	return rankCorrelation(dx, dy, nil, nil)
}

// SpearmanMatrix returns the matrix of Spearman correlations of vars, each
// pair with its own complete cases as Spearman computes them, so that
// m[a][b] equals Spearman(vars[a], vars[b]). On the diagonal, as in SPSS's
// table, N is the variable's count of valid cases, P is NaN and Rho is 1
// (NaN when fewer than 3 valid cases or a constant variable).
// All variables must have the same length, else SpearmanMatrix panics.
//
// Each variable is sorted once and ranked within each pair's complete cases in
// linear time, so that k variables cost O(k·n log n + k²·n) rather than a sort
// per pair: the report for 100,000 responses stays well below a second.
func SpearmanMatrix(vars [][]float64) [][]Correlation {
	k := len(vars)
	m := make([][]Correlation, k)
	cells := make([]Correlation, k*k)
	coded := make([]distinct, k)
	most := 0
	for a, v := range vars {
		if len(v) != len(vars[0]) {
			panic("stats: SpearmanMatrix: variables of different lengths")
		}
		coded[a] = newDistinct(v)
		most = max(most, len(coded[a].values))
		m[a] = cells[a*k : (a+1)*k]
	}
	bufA, bufB := make([]float64, most), make([]float64, most)
	for a := range k {
		for b := a; b < k; b++ {
			var c Correlation
			if a == b {
				c = rankCorrelation(coded[a], coded[a], bufA, bufB)
				c.P = math.NaN()
			} else {
				c = rankCorrelation(coded[a], coded[b], bufA, bufB)
			}
			m[a][b], m[b][a] = c, c
		}
	}
	return m
}

// rankCorrelation returns Pearson's correlation of the ranks of x and y,
// both ranked within the cases where both are present; bufX and bufY are
// scratch space for the rank tables. Average ranks of n cases always have the
// mean (n+1)/2, so one pass over the cases suffices.
func rankCorrelation(x, y distinct, bufX, bufY []float64) Correlation {
	rx, n, _ := x.ranks(y.code, bufX)
	ry, _, _ := y.ranks(x.code, bufY)
	mean := float64(n+1) / 2
	var sxy, sxx, syy float64
	for i, cx := range x.code {
		cy := y.code[i]
		if cx < 0 || cy < 0 {
			continue
		}
		dx := rx[cx] - mean
		dy := ry[cy] - mean
		sxy += float64(dx * dy)
		sxx += float64(dx * dx)
		syy += float64(dy * dy)
	}
	return correlation(sxy, sxx, syy, n)
}

// Pearson returns Pearson's product-moment correlation r of x and y over the
// cases where both are present (pairwise deletion, SPSS's CORRELATIONS
// default),
//
//	r = Σ(xᵢ−x̄)(yᵢ−ȳ) / √(Σ(xᵢ−x̄)²·Σ(yᵢ−ȳ)²)
//
// with the means taken over those cases, and its two-tailed p-value from
// t = r·√((n−2)/(1−r²)) with n−2 degrees of freedom (Pearson, 1896; SPSS's
// CORRELATIONS; R's cor.test). Rho and P
// are NaN when n < 3 or either variable is constant; P is 0 when |r| = 1.
// Pearson panics if x and y have different lengths.
func Pearson(x, y []float64) Correlation {
	if len(x) != len(y) {
		panic("stats: Pearson: slices of different lengths")
	}
	var n int
	var sx, sy float64
	for i := range x {
		if math.IsNaN(x[i]) || math.IsNaN(y[i]) {
			continue
		}
		n++
		sx += x[i]
		sy += y[i]
	}
	if n == 0 {
		return correlation(0, 0, 0, 0)
	}
	mx, my := sx/float64(n), sy/float64(n)
	var sxy, sxx, syy float64
	for i := range x {
		if math.IsNaN(x[i]) || math.IsNaN(y[i]) {
			continue
		}
		dx, dy := x[i]-mx, y[i]-my
		sxy += float64(dx * dy)
		sxx += float64(dx * dx)
		syy += float64(dy * dy)
	}
	return correlation(sxy, sxx, syy, n)
}

// correlation turns centred cross-products of n cases into a coefficient and
// its two-tailed p-value on n−2 degrees of freedom.
func correlation(sxy, sxx, syy float64, n int) Correlation {
	c := Correlation{Rho: math.NaN(), P: math.NaN(), N: n}
	if n < 3 || sxx == 0 || syy == 0 {
		return c
	}
	r := sxy / math.Sqrt(float64(sxx*syy))
	// Rounding can carry |r| a hair past 1; that would make t undefined.
	r = max(-1, min(1, r))
	c.Rho = r
	if math.Abs(r) == 1 {
		c.P = 0
		return c
	}
	df := float64(n - 2)
	t := float64(r * math.Sqrt(df/(1-float64(r*r))))
	c.P = twoTailedT(t, df)
	return c
}

// twoTailedT returns P(|T| ≥ |t|) for Student's t with df degrees of freedom,
// the regularized incomplete beta function
//
//	p = I_{df/(t²+df)}(df/2, 1/2)
//
// (as gonum's StudentsT.Survival, doubled), so the small p-values keep their
// relative precision; pmath's copy gives the same bits natively and in
// WebAssembly.
func twoTailedT(t, df float64) float64 {
	if math.IsNaN(t) || math.IsNaN(df) || df <= 0 {
		return math.NaN()
	}
	return pmath.RegIncBeta(df/2, 0.5, df/(float64(t*t)+df))
}
