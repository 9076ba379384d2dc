package stats

import "math"

// Descriptive is the number of valid cases, the mean and the standard
// deviation of a variable. Mean is NaN when N is 0 and SD is NaN when N < 2.
type Descriptive struct {
	N        int
	Mean, SD float64
}

// Describe returns the count, mean and sample standard deviation of the
// non-NaN values of x:
//
//	mean = Σxᵢ/n,  SD = √(Σ(xᵢ−mean)²/(n−1))
//
// This is SPSS's DESCRIPTIVES (and the group statistics of T-TEST) with
// missing values excluded (IBM SPSS Statistics Algorithms, DESCRIPTIVES).
func Describe(x []float64) Descriptive {
	n, mean, variance := moments(x)
	return Descriptive{N: n, Mean: mean, SD: math.Sqrt(variance)}
}

// moments returns the count, mean and sample variance (divisor n−1) of the
// non-NaN values of x; mean is NaN for n = 0 and variance NaN for n < 2.
// It uses two passes with the compensating term of Chan, Golub and LeVeque
// (1983), as gonum's stat.MeanVariance does, without copying out the NaNs.
func moments(x []float64) (n int, mean, variance float64) {
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
