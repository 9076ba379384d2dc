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

// formatScore writes a respondent's scale score: one decimal, since the
// answers are whole numbers and a second decimal would suggest a precision
// the questionnaire does not have.
func formatScore(v float64, l scales.Lang) string {
	return FormatNumber(v, 1, l)
}

// formatRef writes a reference mean and SD as the study's Table 3 does.
func formatRef(m scales.MeanSD, l scales.Lang) string {
	return tr(l, msgRefValue, FormatNumber(m.Mean, -1, l), FormatNumber(m.SD, -1, l))
}
