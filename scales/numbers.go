package scales

import "strings"

// Numbers are written in the manner of the language: in Norwegian (bokmål
// and nynorsk alike, Lang.Norwegian) a decimal comma, a no-break space between thousands
// and a space before the percent sign; in English a point, a comma and no
// space. The respondent's scores, the group page and the report all take
// their marks from here.

// DecimalMark is the decimal mark of language l.
func (l Lang) DecimalMark() string {
	if l.Norwegian() {
		return ","
	}
	return "."
}

// ThousandsSeparator is what l writes between groups of three digits.
func (l Lang) ThousandsSeparator() string {
	if l.Norwegian() {
		return "\u00a0"
	}
	return ","
}

// PercentSign is what l writes after a percent's number.
func (l Lang) PercentSign() string {
	if l.Norwegian() {
		return "\u00a0%"
	}
	return "%"
}

// Decimal writes s, a number as strconv formats it (with a decimal
// point), with l's decimal mark.
func (l Lang) Decimal(s string) string {
	return strings.Replace(s, ".", l.DecimalMark(), 1)
}
