package app

import (
	"testing"

	"sammebaat/scales"
)

func TestFormatNumber(t *testing.T) {
	for _, tc := range []struct {
		v    float64
		dec  int
		l    scales.Lang
		want string
	}{
		{4.333333333333333, 1, scales.NB, "4,3"},
		{4.333333333333333, 1, scales.EN, "4.3"},
		{5, 1, scales.NB, "5,0"},
		{0.97, -1, scales.NB, "0,97"},
		{1, -1, scales.EN, "1.0"},
		{5.7, -1, scales.EN, "5.7"},
	} {
		if got := FormatNumber(tc.v, tc.dec, tc.l); got != tc.want {
			t.Errorf("formatNumber(%v, %d, %s) = %q, want %q", tc.v, tc.dec, tc.l, got, tc.want)
		}
	}
}
