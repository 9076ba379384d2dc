package report

import (
	"math"
	"testing"

	"sammebaat/scales"
)

// SPSS's conventions for the tables' cells (IBM SPSS Statistics output: three
// decimals, no leading zero, ".000" replaced by "<.001").
func TestCellFormats(t *testing.T) {
	nan := Number(math.NaN())
	tests := []struct{ got, want string }{
		{Stat(0.8532, scales.NB), ",853"},
		{Stat(0.8532, scales.EN), ".853"},
		{Stat(-0.0614, scales.NB), "−,061"},
		{Stat(-0.0004, scales.EN), ".000"}, // rounds to zero: no minus sign
		{Stat(5.5, scales.NB), "5,500"},
		{Stat(-12.25, scales.EN), "−12.250"},
		{Stat(nan, scales.NB), "–"},
		{Stat(Number(math.Inf(1)), scales.EN), "–"},
		{P(0.4216, scales.NB), ",422"},
		{P(0.0012, scales.EN), ".001"},
		{P(0.001, scales.EN), ".001"},
		{P(0.00099, scales.NB), "<,001"},
		{P(0.00099, scales.EN), "<.001"},
		{P(0, scales.EN), "<.001"},
		{P(1, scales.EN), "1.000"},
		{P(nan, scales.EN), "–"},
		{Rho(0.665, 0.0001, scales.NB), ",665**"},
		{Rho(0.214, 0.03, scales.NB), ",214*"},
		{Rho(0.155, 0.2, scales.EN), ".155"},
		{Rho(-0.232, 0.02, scales.NB), "−,232*"},
		{Rho(0.3, 0.01, scales.EN), ".300*"}, // p = .01 is not below .01
		{Rho(1, nan, scales.NB), "1,000"},
		{Rho(nan, nan, scales.NB), "–"},
		{Count(10000, scales.NB), "10\u00a0000"},
		{Count(3200, scales.EN), "3,200"},
		{Count(999, scales.NB), "999"},
		{Count(1234567, scales.EN), "1,234,567"},
		{Count(-1234, scales.EN), "−1,234"},
		{Percent(55, 120, scales.NB), "45,8\u00a0%"},
		{Percent(1, 120, scales.EN), "0.8%"},
		{Percent(0, 0, scales.EN), "–"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%d: got %q, want %q", i, tt.got, tt.want)
		}
	}
}
