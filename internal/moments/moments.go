// Package moments is the count, mean and sample variance of a variable, in
// one place for the statistics (stats.Describe and the t-tests) and the
// group's code (scales/roomcode), which a respondent's phone builds
// without the statistics package.
package moments

import "math"

// Of returns the count, mean and sample variance (divisor n−1) of the
// non-NaN values of x; mean is NaN for n = 0 and variance NaN for n < 2.
// It uses two passes with the compensating term of Chan, Golub and LeVeque
// (1983), as gonum's stat.MeanVariance does, without copying out the NaNs.
func Of(x []float64) (n int, mean, variance float64) {
	var sum float64
	for _, v := range x {
		if !math.IsNaN(v) {
			n++
			sum += v
		}
	}
	if n == 0 {
		return 0, math.NaN(), math.NaN()
	}
	mean = sum / float64(n)
	if n < 2 {
		return n, mean, math.NaN()
	}
	var ss, comp float64
	for _, v := range x {
		if !math.IsNaN(v) {
			d := v - mean
			ss += float64(d * d)
			comp += d
		}
	}
	return n, mean, (ss - float64(comp*comp)/float64(n)) / float64(n-1)
}
