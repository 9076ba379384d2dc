package app

import (
	"math"
	"strconv"
	"strings"

	"sammebaat/report"
	"sammebaat/scales"
)

// Numbers on the group page are written as the study writes them: two
// decimals, a decimal comma in bokmål, ρ with three decimals and no leading
// zero, p as "<0,01" below .01. Every number cell also carries the report's
// full-precision value in data-value, so a reader (or a test) can check it
// against the report itself.

// missingMark stands for a statistic that cannot be computed.
const missingMark = "–"

// isMissing reports whether x is a statistic the report has as null.
func isMissing(x report.Number) bool {
	f := float64(x)
	return math.IsNaN(f) || math.IsInf(f, 0)
}

// fmtStat writes x with d decimals, or "–" when it is missing.
func fmtStat(x report.Number, d int, l scales.Lang) string {
	if isMissing(x) {
		return missingMark
	}
	return minus(formatNumber(float64(x), d, l))
}

// minus writes a leading hyphen as the typographic minus sign, as tables print it.
func minus(s string) string {
	if strings.HasPrefix(s, "-") {
		return "−" + s[1:]
	}
	return s
}

// fmtP writes a p-value as the study's Table 3: two decimals, "<0,01" below .01.
func fmtP(p report.Number, l scales.Lang) string {
	if isMissing(p) {
		return missingMark
	}
	if p < 0.01 {
		return "<" + formatNumber(0.01, 2, l)
	}
	return formatNumber(float64(p), 2, l)
}

// fmtCount writes a whole number with the language's thousands separator:
// a no-break space in bokmål ("10 000"), a comma in English ("10,000").
func fmtCount(n int, l scales.Lang) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	sep := ","
	if l == scales.NB {
		sep = "\u00a0"
	}
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	if neg {
		return "−" + b.String()
	}
	return b.String()
}

// fmtPercent writes n of of as a percent with one decimal ("45,8 %" in
// bokmål, "45.8%" in English), "–" when of is 0.
func fmtPercent(n, of int, l scales.Lang) string {
	if of == 0 {
		return missingMark
	}
	s := formatNumber(100*float64(n)/float64(of), 1, l)
	if l == scales.NB {
		return s + "\u00a0%"
	}
	return s + "%"
}

// fullValue is x as the report's JSON writes it (shortest round-trip
// form), or "" when missing: the value of a cell's data-value attribute.
func fullValue(x report.Number) string {
	if isMissing(x) {
		return ""
	}
	return strconv.FormatFloat(float64(x), 'g', -1, 64)
}
