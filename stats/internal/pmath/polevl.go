// Derived from SciPy's special/cephes/polevl.h
// https://github.com/scipy/scipy/blob/master/scipy/special/cephes/polevl.h
// Made freely available by Stephen L. Moshier without support or guarantee.

// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.
// Copyright ©1984, ©1987, ©1988 by Stephen L. Moshier
// Portions Copyright ©2016 The Gonum Authors. All rights reserved.

// This file is gonum's mathext/internal/cephes/polevl.go (gonum.org/v1/gonum v0.17.0), a Go
// translation of the Cephes Math Library, with the package renamed to pmath,
// its functions unexported and every call of math.Exp, math.Log, math.Pow and
// math.Lgamma going to this package's pure-Go copies, so that the result is
// the same bits natively and in WebAssembly. See LICENSE.

package pmath

// polevl evaluates a polynomial of degree N
//
//	y = c_0 + c_1 x_1 + c_2 x_2^2 ...
//
// where the coefficients are stored in reverse order, i.e. coef[0] = c_n and
// coef[n] = c_0.
func polevl(x float64, coef []float64, n int) float64 {
	ans := coef[0]
	for i := 1; i <= n; i++ {
		ans = float64(ans*x) + coef[i]
	}
	return ans
}

// p1evl is the same as polevl, except c_n is assumed to be 1 and is not included
// in the slice.
func p1evl(x float64, coef []float64, n int) float64 {
	ans := x + coef[0]
	for i := 1; i <= n-1; i++ {
		ans = float64(ans*x) + coef[i]
	}
	return ans
}
