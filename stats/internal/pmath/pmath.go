// Package pmath computes the p-values' special functions so that they are
// the same bits natively and in WebAssembly.
//
// The group page (stats compiled to GOOS=js GOARCH=wasm) must save the same
// report JSON as the command line (stats compiled for amd64) for the same
// files. Go's math.Exp and math.Log are assembly on amd64 but pure Go on
// wasm, and the two differ in the last bit now and then; math.Pow,
// math.Lgamma and math.Erfc, and gonum's regularized incomplete beta function
// and its inverse built on them, carry the difference into the p-values. This
// package holds copies of Go's pure-Go exp, log, pow, lgamma and erfc (what
// wasm runs) and of gonum's Cephes incbet, incbi and ndtri, calling one
// another instead of math.Exp and math.Log. What they still take from package
// math (Frexp, Ldexp, Modf, Sqrt, Floor, Abs, Mod, Sin, Cos) is exact or pure
// Go on every GOARCH.
//
// The same bits also need the compiler not to fuse a*b+c into one fused
// multiply-add (one rounding instead of two): Go does so on amd64 with
// GOAMD64=v3 or later (and on arm64, ppc64, s390x, riscv64 always), never in
// WebAssembly. The Go spec lets an explicit conversion forbid it: "An
// explicit floating-point type conversion rounds to the precision of the
// target type, preventing fusion". So every product of float64s here and in
// package stats is written float64(a*b) (also a *= b as a = float64(a*b),
// and x/2, which compiles to x*0.5), and report's TestNoFusedMultiplyAdd
// builds them with GOAMD64=v3 and fails on any FMA instruction. The report is
// then the same bits at every GOAMD64 level. Of package math only exact or
// FMA-free functions are called (Frexp, Ldexp, Modf, Sqrt, Floor, Abs, Mod),
// and Sin and Cos, which do fuse under v3, only by Lgamma for x < 0, which the
// p-values never ask for (their a, b are positive).
//
// The origins and their licenses (BSD-style) are listed in the file LICENSE.
package pmath

// RegIncBeta returns the regularized incomplete beta function
//
//	I_x(a, b) = 1/B(a,b) ∫₀ˣ t^(a−1) (1−t)^(b−1) dt
//
// for a, b > 0 and 0 ≤ x ≤ 1, as gonum's mathext.RegIncBeta (Cephes incbet)
// does; it panics for parameters outside those ranges.
func RegIncBeta(a, b, x float64) float64 {
	return incbet(a, b, x)
}

// InvRegIncBeta returns the x with I_x(a, b) = y for a, b > 0 and
// 0 ≤ y ≤ 1, as gonum's mathext.InvRegIncBeta (Cephes incbi) does; it
// panics for y outside [0, 1].
func InvRegIncBeta(a, b, y float64) float64 {
	if y < 0 || 1 < y {
		panic("pmath: parameter out of range")
	}
	return incbi(a, b, y)
}
