package stats

import (
	"math"
	"slices"
)

// Ranks returns the 1-based ranks of x, with tied values given the mean of the
// ranks they span (average ranks, as SPSS's RANK /TIES=MEAN and R's
// rank(ties.method = "average"); IBM SPSS Statistics Algorithms, RANK):
//
//	rank(xᵢ) = #{j: xⱼ < xᵢ} + (1 + #{j: xⱼ = xᵢ})/2
//
// A NaN in x is missing: it is not ranked, its rank is NaN, and it does not
// count toward the ranks of the others.
// x is not modified.
func Ranks(x []float64) []float64 {
	d := newDistinct(x)
	avg, _, _ := d.ranks(nil, nil)
	r := make([]float64, len(x))
	for i, c := range d.code {
		if c < 0 {
			r[i] = math.NaN()
		} else {
			r[i] = avg[c]
		}
	}
	return r
}

// distinct is a variable coded by its distinct values: values holds them in
// ascending order and code[i] is the index in values of case i's value, or −1
// when it is missing.
//
// Ranking through the codes costs one sort of the values per variable; the
// ranks within any subset of the cases then take one linear pass, which is
// what pairwise-complete correlations need. Survey answers have few distinct
// values, so the tables indexed by code stay small and in cache.
type distinct struct {
	values []float64
	code   []int32
}

func newDistinct(x []float64) distinct {
	if len(x) > math.MaxInt32 {
		panic("stats: more than 2³¹−1 cases")
	}
	values := make([]float64, 0, len(x))
	for _, v := range x {
		if !math.IsNaN(v) {
			values = append(values, v)
		}
	}
	slices.Sort(values)
	values = slices.Compact(values)
	code := make([]int32, len(x))
	for i, v := range x {
		if math.IsNaN(v) {
			code[i] = -1
		} else {
			j, _ := slices.BinarySearch(values, v)
			code[i] = int32(j)
		}
	}
	return distinct{values, code}
}

// ranks returns the average rank of each distinct value among the cases whose
// code in also (when not nil) is not −1, the number n of those cases and
// Σ(t³−t) over the groups of t tied values, which the tie correction of the
// Mann–Whitney test needs. A value none of those cases has gets a rank it
// does not use. buf, if long enough, is used for the result.
func (d distinct) ranks(also []int32, buf []float64) (avg []float64, n int, ties float64) {
	k := len(d.values)
	if cap(buf) >= k {
		avg = buf[:k]
		clear(avg)
	} else {
		avg = make([]float64, k)
	}
	// Count each value's cases in avg first, then turn counts into ranks.
	if also == nil {
		for _, c := range d.code {
			if c >= 0 {
				avg[c]++
			}
		}
	} else {
		for i, c := range d.code {
			if c >= 0 && also[i] >= 0 {
				avg[c]++
			}
		}
	}
	var below float64
	for j, t := range avg {
		// The t cases of value j share ranks below+1 … below+t.
		avg[j] = below + float64((t+1)/2) // /2 is *0.5, which could fuse with +
		below += t
		ties += float64(float64(t*t)*t) - t
	}
	return avg, int(below), ties
}
