package stats

import (
	"math"
	"math/rand/v2"
	"testing"
)

// benchLikert returns n answers on 1..k with about 3% missing, as the study's
// items; the same seed gives the same data on every run.
func benchLikert(rnd *rand.Rand, n, k int) []float64 {
	x := make([]float64, n)
	for i := range x {
		if rnd.Float64() < 0.03 {
			x[i] = math.NaN()
			continue
		}
		x[i] = float64(1 + rnd.IntN(k))
	}
	return x
}

// benchScores returns n scale scores, means of items on 1..k: many ties, but
// more distinct values than an item.
func benchScores(rnd *rand.Rand, n, items, k int) []float64 {
	x := make([]float64, n)
	for i := range x {
		var s float64
		for range items {
			s += float64(1 + rnd.IntN(k))
		}
		x[i] = s / float64(items)
	}
	return x
}

const benchN = 100_000

func BenchmarkSpearman(b *testing.B) {
	rnd := rand.New(rand.NewPCG(1, 2))
	x := benchScores(rnd, benchN, 6, 7)
	y := benchLikert(rnd, benchN, 5)
	b.ReportAllocs()
	for b.Loop() {
		Spearman(x, y)
	}
}

// BenchmarkSpearmanMatrix is the report's correlation table: the study's
// eight variables on 100,000 responses.
func BenchmarkSpearmanMatrix(b *testing.B) {
	rnd := rand.New(rand.NewPCG(3, 4))
	vars := make([][]float64, 8)
	for j := range vars {
		if j < 3 {
			vars[j] = benchLikert(rnd, benchN, 5)
		} else {
			vars[j] = benchScores(rnd, benchN, 5, 7)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		SpearmanMatrix(vars)
	}
}

func BenchmarkCronbachAlpha(b *testing.B) {
	rnd := rand.New(rand.NewPCG(5, 6))
	items := make([][]float64, 7)
	for j := range items {
		items[j] = benchLikert(rnd, benchN, 7)
	}
	b.ReportAllocs()
	for b.Loop() {
		CronbachAlpha(items)
	}
}

func BenchmarkIndependentT(b *testing.B) {
	rnd := rand.New(rand.NewPCG(7, 8))
	x, y := benchScores(rnd, benchN/2, 5, 7), benchScores(rnd, benchN/2, 5, 7)
	b.ReportAllocs()
	for b.Loop() {
		IndependentT(x, y)
		Levene(x, y)
	}
}

func BenchmarkMannWhitney(b *testing.B) {
	rnd := rand.New(rand.NewPCG(9, 10))
	x, y := benchLikert(rnd, benchN/2, 5), benchLikert(rnd, benchN/2, 5)
	b.ReportAllocs()
	for b.Loop() {
		MannWhitney(x, y)
	}
}
