package group

import (
	"math"
	"strconv"

	"sammebaat/scales"
	"sammebaat/stats/report"
)

// Numbers on the group page are written by package report's table cells
// (report.NewTables, report.Stat, report.Count, report.Percent), the same
// that analyze --format md prints. Every number cell also carries the
// report's full-precision value in data-value, so a reader (or a test) can
// check it against the report itself.

// missingMark stands for a statistic that cannot be computed, or one the
// page does not show (a group below minGroupSize).
const missingMark = report.Missing

// fmtCount writes a whole number with the language's thousands separator.
func fmtCount(n int, l scales.Lang) string { return report.Count(n, l) }

// fullValue is x as the report's JSON writes it (shortest round-trip
// form), or "" when missing: the value of a cell's data-value attribute.
func fullValue(x report.Number) string {
	f := float64(x)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return ""
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}
