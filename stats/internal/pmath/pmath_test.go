package pmath

import (
	"math"
	"math/rand/v2"
	"runtime"
	"testing"

	"gonum.org/v1/gonum/mathext"
)

// onWasm: in WebAssembly package math runs the very pure-Go code copied
// here, so there every function must equal its original bit for bit.
// Natively math.Exp and math.Log are assembly and may differ in the last bit.
var onWasm = runtime.GOARCH == "wasm"

// ulps returns how many float64s lie between a and b (0 if both are the same
// NaN or infinity).
func ulps(a, b float64) uint64 {
	switch {
	case math.Float64bits(a) == math.Float64bits(b), math.IsNaN(a) && math.IsNaN(b):
		return 0
	case math.IsNaN(a) || math.IsNaN(b) || math.IsInf(a, 0) || math.IsInf(b, 0) || math.Signbit(a) != math.Signbit(b):
		return math.MaxUint64
	}
	ia, ib := math.Float64bits(math.Abs(a)), math.Float64bits(math.Abs(b))
	return max(ia, ib) - min(ia, ib)
}

// relDiff returns |a−b|/|b|, 0 when a and b are the same, +Inf when b is 0
// and a is not.
func relDiff(a, b float64) float64 {
	if a == b || math.IsNaN(a) && math.IsNaN(b) {
		return 0
	}
	return math.Abs(a-b) / math.Abs(b)
}

// inputs returns n deterministic values of lo·(hi/lo)^u, u uniform, so that
// every order of magnitude in [lo, hi] is tried, plus the special values.
func inputs(rng *rand.Rand, n int, lo, hi float64, specials ...float64) []float64 {
	xs := append([]float64(nil), specials...)
	for range n {
		xs = append(xs, lo*math.Pow(hi/lo, rng.Float64()))
	}
	return xs
}

// TestElementary holds Exp, Log, Pow, Lgamma and Erfc to package math's:
// bit for bit in WebAssembly, natively within the stated ulps (Go's
// exp.go and log.go promise less than 1 ulp of error, so the assembly and
// the pure Go may be 1 ulp apart; Pow, Lgamma and Erfc carry that on).
func TestElementary(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	inf, nan := math.Inf(1), math.NaN()
	var pos, wide, signed []float64
	// Not compared: subnormal x for Log and x in (709.7, 709.78] for Exp,
	// where amd64's assembly is wrong (see TestEdges).
	pos = inputs(rng, 20000, 1e-300, 1e300, 0, 1, 2, 0.5, math.SmallestNonzeroFloat64*(1<<52), math.MaxFloat64, inf, nan, -1)
	wide = inputs(rng, 20000, 1e-10, 709.7, 0, 709.79, -745.2, -745.1, inf, -inf, nan)
	for _, x := range inputs(rng, 10000, 1e-10, 745) {
		wide = append(wide, -x)
	}
	signed = inputs(rng, 10000, 1e-8, 40, 0, 0.84375, 1.25, 28, -6, -1, inf, -inf, nan)
	for _, x := range inputs(rng, 10000, 1e-8, 40) {
		signed = append(signed, -x)
	}
	lgam := func(f func(float64) (float64, int)) func(float64) float64 {
		return func(x float64) float64 { v, _ := f(x); return v }
	}
	for _, c := range []struct {
		name     string
		got, ref func(float64) float64
		xs       []float64
		ulps     uint64
	}{
		{"Exp", Exp, math.Exp, wide, 1},
		{"Log", Log, math.Log, pos, 1},
		{"Lgamma", lgam(Lgamma), lgam(math.Lgamma), append(inputs(rng, 20000, 1e-10, 1e10, 1, 2, 3, 0.5, 1.4616321449683622, 1e300, inf, nan), signed...), 4},
		{"Erfc", Erfc, math.Erfc, signed, 4},
	} {
		want := c.ulps
		if onWasm {
			want = 0
		}
		var worst uint64
		for _, x := range c.xs {
			got, ref := c.got(x), c.ref(x)
			if u := ulps(got, ref); u > want {
				if u > worst {
					t.Errorf("%s(%v) = %v, math's %v: %d ulps apart, want ≤ %d", c.name, x, got, ref, u, want)
				}
				worst = max(worst, u)
			}
		}
	}
	// Pow: x^y = exp(y·log x) makes log's 1 ulp |y·log x| ulps of exp's
	// argument; with |y·log x| < 710 that is within 2⁻⁴³ relative.
	for range 20000 {
		x, y := math.Pow(10, 20*rng.Float64()-10), 100*rng.Float64()-50
		got, ref := Pow(x, y), math.Pow(x, y)
		if onWasm && ulps(got, ref) != 0 || !onWasm && relDiff(got, ref) > 1e-13 {
			t.Fatalf("Pow(%v, %v) = %v, math's %v", x, y, got, ref)
		}
	}
	// The constant -0.0 is +0 in Go: negative zero is only math.Copysign(0, -1).
	negZero := math.Copysign(0, -1)
	for _, c := range [][2]float64{{0, -1}, {negZero, -3}, {negZero, 3}, {negZero, -2}, {negZero, 0.5}, {2, 0.5}, {2, -0.5}, {-8, 1.0 / 3}, {-2, 3}, {inf, -1}, {-inf, 3}, {-inf, -3}, {0.5, inf}, {nan, 0}, {1, nan}} {
		if got, ref := Pow(c[0], c[1]), math.Pow(c[0], c[1]); ulps(got, ref) != 0 {
			t.Errorf("Pow(%v, %v) = %v, math's %v", c[0], c[1], got, ref)
		}
	}
}

// TestNegativeZero checks the sign bits where negative zero matters (Go's
// math documentation, "Special cases"): ulps already tells −0 from +0, and
// these are the cases the random inputs never reach.
func TestNegativeZero(t *testing.T) {
	negZero := math.Copysign(0, -1)
	if !math.Signbit(negZero) || math.Signbit(-0.0) {
		t.Fatal("the test's negative zero is not one")
	}
	lg, sign := Lgamma(negZero)
	_, mathSign := math.Lgamma(negZero) // Go's math gives sign 1 for −0 too
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"Pow(-0, -3)", Pow(negZero, -3), math.Inf(-1)},
		{"Pow(-0, 3)", Pow(negZero, 3), negZero},
		{"Pow(-0, -2)", Pow(negZero, -2), math.Inf(1)},
		{"Pow(-0, 2)", Pow(negZero, 2), 0},
		{"Pow(-inf, -3)", Pow(math.Inf(-1), -3), negZero},
		{"Log(-0)", Log(negZero), math.Inf(-1)},
		{"Exp(-0)", Exp(negZero), 1},
		{"Erfc(-0)", Erfc(negZero), 1},
		{"Lgamma(-0)", lg, math.Inf(1)},
		{"Lgamma(-0)'s sign", float64(sign), float64(mathSign)},
	} {
		if math.Float64bits(c.got) != math.Float64bits(c.want) {
			t.Errorf("%s = %v (sign bit %v), want %v (sign bit %v)", c.name, c.got, math.Signbit(c.got), c.want, math.Signbit(c.want))
		}
	}
}

// TestEdges checks the copies where amd64's math.Exp and math.Log are off:
// the pure Go is right there, and wasm's math agrees.
func TestEdges(t *testing.T) {
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		// /usr/bin/python3 -c "import math; print(repr(math.exp(709.78)))": 1.7928227943945155e+308
		// (amd64's math.Exp overflows to +Inf already there).
		{"Exp(709.78)", Exp(709.78), 1.7928227943945155e+308},
		// /usr/bin/python3 -c "import math; print(repr(math.log(5e-324)))": -744.4400719213812
		// (amd64's math.Log returns -709.09 for the smallest subnormal).
		{"Log(5e-324)", Log(math.SmallestNonzeroFloat64), -744.4400719213812},
	} {
		if ulps(c.got, c.want) > 1 {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
}

// TestExpLogBitsOnWasm is the point of the package: in WebAssembly Exp and
// Log are math.Exp and math.Log to the bit (natively they need not be).
func TestExpLogBitsOnWasm(t *testing.T) {
	if !onWasm {
		t.Skip("math.Exp and math.Log are the pure Go copied here only on GOARCH=wasm")
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 200000 {
		x := 1500*rng.Float64() - 750
		if a, b := Exp(x), math.Exp(x); math.Float64bits(a) != math.Float64bits(b) {
			t.Fatalf("Exp(%v) = %v, math.Exp %v", x, a, b)
		}
		y := math.Float64frombits(rng.Uint64() &^ (1 << 63))
		if a, b := Log(y), math.Log(y); math.Float64bits(a) != math.Float64bits(b) && !(math.IsNaN(a) && math.IsNaN(b)) {
			t.Fatalf("Log(%v) = %v, math.Log %v", y, a, b)
		}
	}
}

// TestIncompleteBeta holds RegIncBeta and InvRegIncBeta to gonum's
// mathext.RegIncBeta and InvRegIncBeta, which they copy: natively within
// 1e-14 relative for RegIncBeta and 256ε ≈ 2.8e-14 for InvRegIncBeta, whose
// Newton iteration stops once its step is below 128ε relative, so that two
// paths 1 ulp apart may stop that far apart; bit for bit in WebAssembly. The parameters are those of
// the report's p-values (t on df: a = df/2, b = 1/2; Levene's F on 1 and
// d2: a = d2/2, b = 1/2; Feldt's F quantiles on n−1 and (n−1)(k−1)) and
// random ones.
func TestIncompleteBeta(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	check := func(what string, a, b, x, got, ref float64) {
		t.Helper()
		tol := 1e-14
		if what == "InvRegIncBeta" {
			tol = 256.0 / (1 << 53)
		}
		if onWasm && ulps(got, ref) != 0 || !onWasm && relDiff(got, ref) > tol {
			t.Errorf("%s(%v, %v, %v) = %v, gonum's %v (%.3g relative)", what, a, b, x, got, ref, relDiff(got, ref))
		}
	}
	type abx struct{ a, b, x float64 }
	var cases []abx
	for _, df := range []float64{1, 2, 3, 5, 10, 28, 78, 100, 998, 4000, 99998} {
		for range 200 {
			tv := math.Pow(10, 3*rng.Float64()-2) // |t| from 0.01 to 10
			cases = append(cases, abx{df / 2, 0.5, df / (tv*tv + df)})
		}
	}
	for range 4000 {
		a, b := math.Pow(10, 5*rng.Float64()-2), math.Pow(10, 5*rng.Float64()-2)
		cases = append(cases, abx{a, b, rng.Float64()})
	}
	cases = append(cases, abx{1, 1, 0}, abx{1, 1, 1}, abx{0.5, 0.5, 0.5}, abx{50, 0.5, 1e-300})
	for _, c := range cases {
		check("RegIncBeta", c.a, c.b, c.x, RegIncBeta(c.a, c.b, c.x), mathext.RegIncBeta(c.a, c.b, c.x))
	}

	var inv []abx
	for _, n := range []int{2, 3, 5, 10, 50, 80, 300, 1000, 10000, 100000} {
		for _, k := range []int{2, 3, 4, 6, 9} {
			for _, p := range []float64{0.025, 0.975} {
				inv = append(inv, abx{float64(n-1) / 2, float64((n-1)*(k-1)) / 2, p})
			}
		}
	}
	for range 2000 {
		a, b := math.Pow(10, 4*rng.Float64()-1), math.Pow(10, 4*rng.Float64()-1)
		inv = append(inv, abx{a, b, rng.Float64()})
	}
	inv = append(inv, abx{2, 3, 0}, abx{2, 3, 1}, abx{0.5, 0.5, 0.5})
	for _, c := range inv {
		check("InvRegIncBeta", c.a, c.b, c.x, InvRegIncBeta(c.a, c.b, c.x), mathext.InvRegIncBeta(c.a, c.b, c.x))
	}
}

func TestPanics(t *testing.T) {
	for _, c := range []struct {
		name string
		f    func()
	}{
		{"RegIncBeta(0, 1, 0.5)", func() { RegIncBeta(0, 1, 0.5) }},
		{"RegIncBeta(1, 1, 1.5)", func() { RegIncBeta(1, 1, 1.5) }},
		{"InvRegIncBeta(1, 1, -0.1)", func() { InvRegIncBeta(1, 1, -0.1) }},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s does not panic", c.name)
				}
			}()
			c.f()
		}()
	}
}
