package app

import (
	"strconv"
	"strings"

	"sammebaat/scales"
)

// FormatNumber writes v with the given decimals (-1: as few as needed, but
// at least one, as the study's tables print means) and the decimal mark of
// language l (scales.Lang.DecimalMark).
func FormatNumber(v float64, decimals int, l scales.Lang) string {
	s := strconv.FormatFloat(v, 'f', decimals, 64)
	if decimals < 0 && !strings.Contains(s, ".") {
		s += ".0"
	}
	return l.Decimal(s)
}
