// Copyright ©2016 The Gonum Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// This file is gonum's mathext/internal/gonum/beta.go (gonum.org/v1/gonum
// v0.17.0) with the package renamed to pmath, its functions unexported and
// every call of math.Exp and math.Lgamma going to this package's pure-Go
// copies, so that the result is the same bits natively and in WebAssembly.
// See LICENSE.

package pmath

import (
	"math"
)

// beta returns the value of the complete beta function B(a, b). It is defined as
//
//	Γ(a)Γ(b) / Γ(a+b)
//
// Special cases are:
//
//	B(a,b) returns NaN if a or b is Inf
//	B(a,b) returns NaN if a and b are 0
//	B(a,b) returns NaN if a or b is NaN
//	B(a,b) returns NaN if a or b is < 0
//	B(a,b) returns +Inf if a xor b is 0.
//
// See http://mathworld.wolfram.com/BetaFunction.html for more detailed information.
func beta(a, b float64) float64 {
	return Exp(lbeta(a, b))
}

// lbeta returns the natural logarithm of the complete beta function B(a,b).
// Lbeta is defined as:
//
//	Ln(Γ(a)Γ(b)/Γ(a+b))
//
// Special cases are:
//
//	Lbeta(a,b) returns NaN if a or b is Inf
//	Lbeta(a,b) returns NaN if a and b are 0
//	Lbeta(a,b) returns NaN if a or b is NaN
//	Lbeta(a,b) returns NaN if a or b is < 0
//	Lbeta(a,b) returns +Inf if a xor b is 0.
func lbeta(a, b float64) float64 {
	switch {
	case math.IsInf(a, +1) || math.IsInf(b, +1):
		return math.NaN()
	case a == 0 && b == 0:
		return math.NaN()
	case a < 0 || b < 0:
		return math.NaN()
	case math.IsNaN(a) || math.IsNaN(b):
		return math.NaN()
	case a == 0 || b == 0:
		return math.Inf(+1)
	}

	la, _ := Lgamma(a)
	lb, _ := Lgamma(b)
	lab, _ := Lgamma(a + b)
	return la + lb - lab
}
