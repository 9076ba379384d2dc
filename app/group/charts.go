package group

import (
	"fmt"
	"html"
	"math"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"sammebaat/scales"
	"sammebaat/stats/report"
)

// The study's Figures 1 and 2: how the answers to the humour items and to
// the outside-meeting contact items spread over their codes. They are
// hand-written SVG with presentation attributes and CSS classes only (the
// Content-Security-Policy blocks style attributes), named by their <title>,
// described by their <desc> and by the table of their numbers that follows.

// Geometry of a figure, in SVG user units.
const (
	figW      = 640.0
	figH      = 316.0
	figLeft   = 48.0  // room for the percent axis's labels
	figRight  = 632.0 // end of the plot
	figTop    = 28.0  // room for the axis's unit above it
	figBottom = 278.0 // the zero line; the code labels go under it
)

// barChart is a clustered bar chart: for each code (a cluster) one bar per
// item, its height the percent of those who answered the item.
type barChart struct {
	id      string
	title   string
	desc    string
	items   []string
	codes   []int
	percent [][]float64 // percent[i][c]: item i, code codes[c]
	unit    string      // the percent axis's label
}

// svg returns the chart's markup.
func (c barChart) svg() string {
	top := 0.0
	for _, row := range c.percent {
		for _, v := range row {
			top = math.Max(top, v)
		}
	}
	top = math.Max(10, math.Ceil(top/10)*10)
	y := func(v float64) float64 { return figBottom - v/top*(figBottom-figTop) }

	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="group-chart" viewBox="0 0 %g %g" role="img" aria-labelledby="%s-title %s-desc" aria-describedby="%s-data">`,
		figW, figH, c.id, c.id, c.id)
	fmt.Fprintf(&b, `<title id="%s-title">%s</title>`, c.id, html.EscapeString(c.title))
	fmt.Fprintf(&b, `<desc id="%s-desc">%s</desc>`, c.id, html.EscapeString(c.desc))

	step := 10.0
	if top > 50 {
		step = 20
	}
	for v := 0.0; v <= top+1e-9; v += step {
		fmt.Fprintf(&b, `<line class="gc-grid" x1="%g" y1="%.1f" x2="%g" y2="%.1f"/>`, figLeft, y(v), figRight, y(v))
		fmt.Fprintf(&b, `<text class="gc-tick" x="%g" y="%.1f" text-anchor="end" dominant-baseline="middle">%g</text>`, figLeft-6, y(v), v)
	}
	fmt.Fprintf(&b, `<text class="gc-unit" x="4" y="4" dominant-baseline="hanging">%s</text>`, html.EscapeString(c.unit))

	cluster := (figRight - figLeft) / float64(len(c.codes))
	barW := cluster * 0.8 / float64(len(c.items))
	for ci, code := range c.codes {
		x0 := figLeft + float64(ci)*cluster + cluster*0.1
		for ii := range c.items {
			v := c.percent[ii][ci]
			h := figBottom - y(v)
			fmt.Fprintf(&b, `<rect class="gc-bar gc-s%d" x="%.1f" y="%.1f" width="%.1f" height="%.1f"/>`,
				ii+1, x0+float64(ii)*barW, figBottom-h, math.Max(barW-1, 1), h)
		}
		fmt.Fprintf(&b, `<text class="gc-code" x="%.1f" y="%g" text-anchor="middle">%d</text>`, figLeft+(float64(ci)+0.5)*cluster, figBottom+20, code)
	}
	fmt.Fprintf(&b, `<line class="gc-axis" x1="%g" y1="%g" x2="%g" y2="%g"/>`, figLeft, figBottom, figRight, figBottom)
	b.WriteString(`</svg>`)
	return b.String()
}

func (p *GroupPage) renderFigures() app.UI {
	return app.Section().Class("group-figures").Aria("labelledby", "group-figures-title").Body(
		app.H2().ID("group-figures-title").Text(tr(p.lang, gFiguresTitle)),
		p.figure("figure-1", gF1, p.in.Study.Figure1),
		p.figure("figure-2", gF2, p.in.Study.Figure2),
	)
}

// figure draws one of the study's figures with its key and its numbers.
func (p *GroupPage) figure(id string, title gmsg, items []string) app.UI {
	l := p.lang
	first := p.in.Item(items[0])
	c := barChart{id: id, items: items, unit: tr(l, gFigurePercentAxis)}
	for _, ch := range first.Choices {
		c.codes = append(c.codes, ch.Value)
	}
	n := 0
	for _, q := range items {
		fr := p.rep.Frequencies[q]
		n = max(n, fr.NValid)
		row := make([]float64, len(c.codes))
		for ci, code := range c.codes {
			if fr.NValid > 0 {
				row[ci] = 100 * float64(fr.Counts[strconv.Itoa(code)]) / float64(fr.NValid)
			}
		}
		c.percent = append(c.percent, row)
	}
	c.title = tr(l, title, n)
	c.desc = tr(l, gFigureDesc)

	var key []string
	for _, ch := range first.Choices {
		key = append(key, strconv.Itoa(ch.Value)+" = "+ch.Label.In(l))
	}
	return app.Figure().Class("group-figure").ID(id).Body(
		app.FigCaption().ID(id+"-caption").Text(c.title),
		chartBox(id+"-caption", c.svg()),
		app.Ul().Class("legend").Body(app.Range(items).Slice(func(i int) app.UI {
			it := p.in.Item(items[i])
			return app.Li().Body(
				app.Span().Class("swatch gc-s"+strconv.Itoa(i+1)).Aria("hidden", "true"),
				app.Text(items[i]+" "+figureItemText(p.in, it, l)),
			)
		})),
		app.P().Class("figure-key").Text(tr(l, gFigureLegend)+": "+strings.Join(key, ", ")+"."),
		app.Details().Class("figure-data").Body(
			app.Summary().Text(tr(l, gFigureTable)),
			p.figureTable(id, c, items),
		),
	)
}

// chartBox holds a chart that keeps a readable size on a phone and
// scrolls sideways there; the box can take focus so a keyboard can scroll it.
func chartBox(captionID, svg string) app.UI {
	return app.Div().Class("chart-box").TabIndex(0).Role("region").Aria("labelledby", captionID).Body(app.Raw(svg))
}

// figureItemText is an item's text as a figure's key gives it: a section-3
// item with its stem, so "… du besøkt et medlem" reads whole.
func figureItemText(in *scales.Instrument, it *scales.Item, l scales.Lang) string {
	t := it.Text.In(l)
	if strings.HasPrefix(t, "…") {
		for _, s := range in.Sections {
			if s.Number == it.Section && s.Stem.In(l) != "" {
				return strings.TrimSuffix(strings.TrimSpace(s.Stem.In(l)), "…") + " " + strings.TrimSpace(strings.TrimPrefix(t, "…"))
			}
		}
	}
	return t
}

// figureTable is a figure's numbers: for each item the count and percent of
// each code. The chart's aria-describedby points here.
func (p *GroupPage) figureTable(id string, c barChart, items []string) app.UI {
	l := p.lang
	head := []app.UI{app.Th().Scope("col").Text(tr(l, gItem))}
	for _, code := range c.codes {
		head = append(head, app.Th().Scope("col").Text(strconv.Itoa(code)))
	}
	head = append(head, app.Th().Scope("col").Text("n"))
	var rows []app.UI
	for i, q := range items {
		fr := p.rep.Frequencies[q]
		cells := []app.UI{app.Th().Scope("row").Text(q)}
		for _, code := range c.codes {
			k := strconv.Itoa(code)
			n := fr.Counts[k]
			cells = append(cells, app.Td().Class("num").DataSet("key", "f."+q+"."+k).DataSet("value", n).
				Text(fmtCount(n, l)+" ("+report.Percent(n, fr.NValid, l)+")"))
		}
		cells = append(cells, countCell("f."+q+".n_valid", fr.NValid, l))
		_ = i
		rows = append(rows, app.Tr().Body(cells...))
	}
	capID := id + "-data"
	return tableBox(capID+"-caption", app.Table().ID(capID).Class("figure-table").Body(
		app.Caption().ID(capID+"-caption").Text(tr(l, gFigurePercentOfValid, tr(l, gFigureTable))),
		app.THead().Body(app.Tr().Body(head...)),
		app.TBody().Body(rows...),
	))
}
