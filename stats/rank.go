package stats

import (
	"cmp"
	"math"
	"slices"
)

// Ranks returns the 1-based ranks of x, with tied values given the mean of the
// ranks they span (average ranks, as SPSS's RANK /TIES=MEAN and R's
// rank(ties.method = "average")). A NaN in x is missing: it is not ranked, its
// rank is NaN, and it does not count toward the ranks of the others.
// x is not modified.
func Ranks(x []float64) []float64 {
	r := make([]float64, len(x))
	for i := range r {
		r[i] = math.NaN()
	}
	s := sortedCases(nil, x, nil)
	rankSorted(r, s, nil)
	return r
}

// caseValue is one case's value of a variable. Sorting these pairs, rather
// than indices into the data, keeps the sort's memory accesses sequential,
// which matters for Spearman on 100,000 responses.
type caseValue struct {
	v float64
	i int32
}

// sortedCases appends to buf the cases where x, and also also (when not nil),
// are not NaN, sorted by x ascending, and returns the extended slice.
func sortedCases(buf []caseValue, x, also []float64) []caseValue {
	if len(x) > math.MaxInt32 {
		panic("stats: more than 2³¹−1 cases")
	}
	for i, v := range x {
		if math.IsNaN(v) || (also != nil && math.IsNaN(also[i])) {
			continue
		}
		buf = append(buf, caseValue{v, int32(i)})
	}
	slices.SortFunc(buf, func(a, b caseValue) int { return cmp.Compare(a.v, b.v) })
	return buf
}

// rankSorted writes into r[c.i] the average rank of each case c of s, which is
// sorted by value, counting only the cases where also (when not nil) is not
// NaN; the others are skipped and their r is left alone. It returns the number
// of cases ranked and Σ(t³−t) over the groups of t tied values, which the tie
// correction of the Mann–Whitney test needs.
//
// Skipping here lets a variable be sorted once and then ranked within the
// complete cases of each pair it is correlated with, in O(n) per pair.
func rankSorted(r []float64, s []caseValue, also []float64) (n int, ties float64) {
	for i := 0; i < len(s); {
		j := i + 1
		for j < len(s) && s[j].v == s[i].v {
			j++
		}
		t := j - i
		if also != nil {
			t = 0
			for k := i; k < j; k++ {
				if !math.IsNaN(also[s[k].i]) {
					t++
				}
			}
		}
		// The t kept cases of this group share ranks n+1 … n+t, whose mean is
		// n + (t+1)/2.
		avg := float64(n) + float64(t+1)/2
		for k := i; k < j; k++ {
			if also == nil || !math.IsNaN(also[s[k].i]) {
				r[s[k].i] = avg
			}
		}
		if t > 1 {
			ft := float64(t)
			ties += ft*ft*ft - ft
		}
		n += t
		i = j
	}
	return n, ties
}
