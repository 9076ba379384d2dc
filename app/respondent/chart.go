package respondent

import (
	"fmt"
	"html"
	"math"
	"strings"

	"sammebaat/scales"
)

// chart is a small horizontal chart of one variable on its range: the
// respondent's value as a bar, and the study's reference groups as a mean
// with a ±1 SD whisker. It is hand-written SVG with presentation attributes
// and CSS classes only, since a strict Content-Security-Policy blocks style
// attributes. The numbers are in the page's text too, so the chart is
// hidden from assistive technology.
type chart struct {
	Min, Max int
	Value    float64           // NaN when the respondent has none
	Ref      *scales.Reference // nil when the study has none
	// Group is the member's own group's mean and SD from a scanned group
	// code, drawn as a row of its own under the member's bar; nil when none.
	Group *scales.MeanSD
	Lang  scales.Lang
}

// Geometry of the chart, in SVG user units.
const (
	chartWidth  = 320.0
	chartLeft   = 118.0 // where the scale's minimum is drawn; row labels go left of it
	chartRight  = 308.0 // where its maximum is drawn
	chartRow    = 26.0  // height of a row
	chartTop    = 6.0
	chartAxisH  = 22.0 // room for the tick labels under the rows
	chartBarH   = 14.0
	chartMarkR  = 5.0
	chartCapH   = 10.0
	chartLabelX = 110.0
)

// x maps a value on the variable's range to its horizontal position.
func (c chart) x(v float64) float64 {
	v = math.Max(float64(c.Min), math.Min(float64(c.Max), v))
	return chartLeft + (v-float64(c.Min))/float64(c.Max-c.Min)*(chartRight-chartLeft)
}

// svg returns the chart as an SVG element's markup.
func (c chart) svg() string {
	rows := 1
	if c.Group != nil {
		rows++
	}
	if c.Ref != nil {
		rows += 2
	}
	height := chartTop + float64(rows)*chartRow + chartAxisH
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 %g %g" width="%g" height="%g" aria-hidden="true" focusable="false">`,
		chartWidth, height, chartWidth, height)

	bottom := chartTop + float64(rows)*chartRow
	for v := c.Min; v <= c.Max; v++ {
		x := c.x(float64(v))
		fmt.Fprintf(&b, `<line class="chart-grid" x1="%.1f" y1="%g" x2="%.1f" y2="%g"/>`, x, chartTop, x, bottom)
		fmt.Fprintf(&b, `<text class="chart-tick" x="%.1f" y="%g" text-anchor="middle">%d</text>`, x, bottom+16, v)
	}
	fmt.Fprintf(&b, `<line class="chart-axis" x1="%g" y1="%g" x2="%g" y2="%g"/>`, chartLeft, bottom, chartRight, bottom)

	mid := func(row int) float64 { return chartTop + (float64(row)+0.5)*chartRow }
	label := func(row int, m msg) {
		fmt.Fprintf(&b, `<text class="chart-label" x="%g" y="%.1f" text-anchor="end" dominant-baseline="middle">%s</text>`,
			chartLabelX, mid(row), html.EscapeString(tr(c.Lang, m)))
	}

	label(0, msgChartYou)
	if !math.IsNaN(c.Value) {
		w := c.x(c.Value) - chartLeft
		if w < 2 {
			w = 2 // the minimum still shows as a sliver, not as nothing
		}
		fmt.Fprintf(&b, `<rect class="chart-you" x="%g" y="%.1f" width="%.1f" height="%g" rx="2"/>`,
			chartLeft, mid(0)-chartBarH/2, w, chartBarH)
	}
	row := 1
	if c.Group != nil {
		if !math.IsNaN(c.Group.Mean) {
			c.reference(&b, mid(row), *c.Group, "chart-group")
		}
		fmt.Fprintf(&b, `<text class="chart-label" x="%g" y="%.1f" text-anchor="end" dominant-baseline="middle">%s</text>`,
			chartLabelX, mid(row), html.EscapeString(tr(c.Lang, cChartGroup)))
		row++
	}
	if c.Ref != nil {
		c.reference(&b, mid(row), c.Ref.MentalHealth, "chart-mh")
		label(row, msgChartMH)
		c.reference(&b, mid(row+1), c.Ref.SubstanceUse, "chart-su")
		label(row+1, msgChartSU)
	}
	b.WriteString(`</svg>`)
	return b.String()
}

// reference draws a group's mean as a mark and its ±1 SD as a whisker; an
// SD that could not be computed (NaN) draws the mark alone.
func (c chart) reference(b *strings.Builder, y float64, m scales.MeanSD, class string) {
	if math.IsNaN(m.SD) {
		fmt.Fprintf(b, `<circle class="%s" cx="%.1f" cy="%.1f" r="%g"/>`, class, c.x(m.Mean), y, chartMarkR)
		return
	}
	lo, hi := c.x(m.Mean-m.SD), c.x(m.Mean+m.SD)
	fmt.Fprintf(b, `<line class="chart-sd" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f"/>`, lo, y, hi, y)
	fmt.Fprintf(b, `<line class="chart-sd" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f"/>`, lo, y-chartCapH/2, lo, y+chartCapH/2)
	fmt.Fprintf(b, `<line class="chart-sd" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f"/>`, hi, y-chartCapH/2, hi, y+chartCapH/2)
	fmt.Fprintf(b, `<circle class="%s" cx="%.1f" cy="%.1f" r="%g"/>`, class, c.x(m.Mean), y, chartMarkR)
}
