package pmath_test

import (
	"fmt"
	"math"

	"sammebaat/stats/internal/pmath"
)

func Example() {
	// Two-tailed p of t = 2 on 10 degrees of freedom: I_{df/(t²+df)}(df/2, 1/2).
	// /usr/bin/python3 -c "from scipy import stats; print(2*stats.t.sf(2, 10))": 0.0733880348…
	t, df := 2.0, 10.0
	fmt.Printf("t test p = %.10f\n", pmath.RegIncBeta(df/2, 0.5, df/(t*t+df)))

	// The 97.5 % quantile of F(79, 237): y = I⁻¹(d1/2, d2/2), F = d2·y/(d1·(1−y)).
	// /usr/bin/python3 -c "from scipy import stats; print(stats.f.ppf(0.975, 79, 237))": 1.4128152096…
	d1, d2 := 79.0, 237.0
	y := pmath.InvRegIncBeta(d1/2, d2/2, 0.975)
	fmt.Printf("F quantile = %.10f\n", d2*y/(d1*(1-y)))

	// Two-tailed normal p of z = 1.96: erfc(|z|/√2).
	// /usr/bin/python3 -c "from scipy import stats; print(2*stats.norm.sf(1.96))": 0.0499957903…
	fmt.Printf("z test p = %.10f\n", pmath.Erfc(1.96/math.Sqrt2))
	// Output:
	// t test p = 0.0733880348
	// F quantile = 1.4128152096
	// z test p = 0.0499957903
}
