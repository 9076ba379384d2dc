package stats

import (
	"math"

	"sammebaat/stats/internal/pmath"
)

// ItemStat holds one item's statistics over the cases used for α, as SPSS's
// RELIABILITY /STATISTICS=DESCRIPTIVE /SUMMARY=TOTAL prints them: the item's
// mean and standard deviation (n−1), its corrected item–total correlation
// (Pearson's r of the item with the sum of the other items) and Cronbach's α
// of the other items. NaN where undefined.
type ItemStat struct {
	Mean, SD, CorrectedItemTotal, AlphaIfDeleted float64
}

// Reliability is the result of CronbachAlpha.
type Reliability struct {
	N               int     // listwise cases used
	Alpha, StdAlpha float64 // Cronbach's α, and α based on standardized items
	CILow, CIHigh   float64 // 95% confidence interval of α (Feldt)
	Items           []ItemStat
}

// CronbachAlpha returns Cronbach's α of the items, items[j][i] being item j's
// answer in case i, over the cases that answered every item (listwise
// deletion, SPSS's RELIABILITY default). With k items, the item covariance
// matrix C (divisor n−1) and r̄ the mean of the k(k−1) inter-item correlations,
//
//	α     = k/(k−1) · (1 − Σⱼ Cⱼⱼ / Σⱼₗ Cⱼₗ)          (Cronbach, 1951)
//	α_std = k·r̄ / (1 + (k−1)·r̄)
//
// The 95% interval is Feldt's (Feldt, Woodruff & Salih, 1987), the one SPSS
// prints for the average-measures consistency ICC, which equals α:
//
//	low  = 1 − (1−α)·F⁻¹(0.975; n−1, (n−1)(k−1))
//	high = 1 − (1−α)·F⁻¹(0.025; n−1, (n−1)(k−1))
//
// as psych::alpha.ci and psych::ICC's ICC3k bounds compute it.
//
// α is NaN when k < 2, n < 2 or the total score has no variance; α may be
// negative, which says the items do not measure one thing. The standardized α
// and the correlations are NaN when an item is constant. AlphaIfDeleted needs
// k ≥ 3. Items is nil when there are no items. CronbachAlpha panics if the
// items have different lengths.
func CronbachAlpha(items [][]float64) Reliability {
	k := len(items)
	rel := Reliability{
		Alpha: math.NaN(), StdAlpha: math.NaN(),
		CILow: math.NaN(), CIHigh: math.NaN(),
	}
	if k == 0 {
		return rel
	}
	cases := len(items[0])
	for _, it := range items {
		if len(it) != cases {
			panic("stats: CronbachAlpha: items of different lengths")
		}
	}
	rel.Items = make([]ItemStat, k)
	for j := range rel.Items {
		rel.Items[j] = ItemStat{math.NaN(), math.NaN(), math.NaN(), math.NaN()}
	}

	// Listwise: keep the cases that answered every item, and sum each item
	// over them for the means.
	keep := make([]int32, 0, cases)
	sums := make([]float64, k)
cases:
	for i := 0; i < cases; i++ {
		for _, it := range items {
			if math.IsNaN(it[i]) {
				continue cases
			}
		}
		keep = append(keep, int32(i))
		for j, it := range items {
			sums[j] += it[i]
		}
	}
	n := len(keep)
	rel.N = n
	if n == 0 {
		return rel
	}
	means := sums // reuse: sums are not needed after this
	for j := range means {
		means[j] /= float64(n)
		rel.Items[j].Mean = means[j]
	}
	if n < 2 {
		return rel
	}

	// Covariance matrix in two passes (centred cross-products).
	cov := make([]float64, k*k)
	dev := make([]float64, k)
	for _, i := range keep {
		for j, it := range items {
			dev[j] = it[i] - means[j]
		}
		for j := range k {
			dj := dev[j]
			row := cov[j*k : j*k+j+1]
			for l := range row {
				row[l] += float64(dj * dev[l])
			}
		}
	}
	for j := range k {
		for l := 0; l <= j; l++ {
			cov[j*k+l] /= float64(n - 1)
			cov[l*k+j] = cov[j*k+l]
		}
		rel.Items[j].SD = math.Sqrt(cov[j*k+j])
	}
	if k < 2 {
		return rel
	}

	rel.Alpha = alphaOf(cov, k, -1)
	rel.CILow, rel.CIHigh = feldt(rel.Alpha, n, k)

	rel.StdAlpha = standardizedAlpha(cov, k)

	for j := range k {
		// Covariance of item j with the sum of the others, and that sum's
		// variance, summed from C directly rather than by subtraction.
		var cjr, vr float64
		for l := range k {
			if l == j {
				continue
			}
			cjr += cov[j*k+l]
			for m := range k {
				if m != j {
					vr += cov[l*k+m]
				}
			}
		}
		if cjj := cov[j*k+j]; cjj > 0 && vr > 0 {
			rel.Items[j].CorrectedItemTotal = max(-1, min(1, cjr/math.Sqrt(float64(cjj*vr))))
		}
		if k >= 3 {
			rel.Items[j].AlphaIfDeleted = alphaOf(cov, k, j)
		}
	}
	return rel
}

// alphaOf returns Cronbach's α from the k×k covariance matrix cov, leaving out
// item skip (none if skip < 0); NaN when the total has no variance.
func alphaOf(cov []float64, k, skip int) float64 {
	var trace, total float64
	m := 0
	for j := range k {
		if j == skip {
			continue
		}
		m++
		trace += cov[j*k+j]
		for l := range k {
			if l != skip {
				total += cov[j*k+l]
			}
		}
	}
	if m < 2 || !(total > 0) {
		return math.NaN()
	}
	return float64(float64(m) / float64(m-1) * (1 - trace/total))
}

// feldt returns Feldt's 95% confidence interval for α of k items on n cases.
// α's sampling distribution: (1−α)/(1−α̂) ~ F(n−1, (n−1)(k−1)).
func feldt(alpha float64, n, k int) (lo, hi float64) {
	if math.IsNaN(alpha) || n < 2 || k < 2 {
		return math.NaN(), math.NaN()
	}
	d1, d2 := float64(n-1), float64((n-1)*(k-1))
	return 1 - float64((1-alpha)*quantileF(0.975, d1, d2)), 1 - float64((1-alpha)*quantileF(0.025, d1, d2))
}

// quantileF returns the p-quantile of the F distribution on d1 and d2 degrees
// of freedom: with y = I⁻¹_p(d1/2, d2/2), the inverse of the regularized
// incomplete beta function, F = d2·y / (d1·(1−y)), as gonum's
// distuv.F.Quantile computes it; pmath's copy gives the same bits natively
// and in WebAssembly.
func quantileF(p, d1, d2 float64) float64 {
	y := pmath.InvRegIncBeta(d1/2, d2/2, p)
	return float64(d2*y) / (float64(d1 * (1 - y)))
}

// standardizedAlpha returns k·r̄/(1+(k−1)·r̄) from the covariance matrix, r̄
// being the mean inter-item correlation; NaN when an item is constant.
func standardizedAlpha(cov []float64, k int) float64 {
	for j := range k {
		if !(cov[j*k+j] > 0) {
			return math.NaN()
		}
	}
	var rsum float64
	for j := range k {
		for l := range j {
			rsum += cov[j*k+l] / math.Sqrt(float64(cov[j*k+j]*cov[l*k+l]))
		}
	}
	rbar := rsum / float64(k*(k-1)/2)
	return float64(float64(k)*rbar) / (1 + float64(float64(k-1)*rbar))
}
