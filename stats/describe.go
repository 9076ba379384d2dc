package stats

import (
	"math"

	"sammebaat/internal/moments"
)

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
	n, mean, variance := moments.Of(x)
	return Descriptive{N: n, Mean: mean, SD: math.Sqrt(variance)}
}
