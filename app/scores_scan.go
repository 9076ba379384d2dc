package app

import (
	"math"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"sammebaat/scales"
)

// compareScanID is the scores page's scanner region.
const compareScanID = "compare-scan"

// scoresScan is the scores page's "Compare with my group": the group's
// code, shown by the facilitator, read off their screen.
type scoresScan struct {
	on       bool
	last     string // what the last code gave
	lastKind string // "read" or "rejected"
	// group is the last group summary read. Until the chart and the
	// device's storage take it (onGroupSummary), the page lists it.
	group *scales.GroupSummary
}

func (p *ScoresPage) onCompareToggle(ctx app.Context, e app.Event) {
	p.compare.on = !p.compare.on
	if p.compare.on {
		p.compare.last, p.compare.lastKind = "", ""
	}
}

// onScannedGroupCode reads a group code. A good one ends the scan (the
// camera stops) and goes to onGroupSummary; anything else (a member's
// response code, a web address, a damaged code) is said and the scan goes on.
func (p *ScoresPage) onScannedGroupCode(ctx app.Context, text string) {
	l := p.lang
	g, err := scales.ReadGroupCode(stx(l, sGroupCodeName), text)
	if err != nil {
		p.compare.last, p.compare.lastKind = stx(l, sGroupCodeRejected, err.Error()), "rejected"
		return
	}
	p.compare.on = false
	p.compare.last, p.compare.lastKind = stx(l, sGroupCodeRead, g.N), "read"
	vibrate()
	p.onGroupSummary(ctx, g)
}

// onGroupSummary is where a scanned group summary goes: HOOK for the
// group-summary storage and chart (issue 10's "Compare with my group"),
// which are to store it on the device with the answers and draw it beside
// the member's scores. Until then the page keeps it and lists it.
func (p *ScoresPage) onGroupSummary(ctx app.Context, g scales.GroupSummary) {
	p.compare.group = &g
}

func (p *ScoresPage) renderCompare() app.UI {
	l := p.lang
	label := stx(l, sCompare)
	if p.compare.on {
		label = stx(l, sCompareStop)
	}
	return app.Section().Class("panel compare").Aria("labelledby", "compare-title").
		DataSet("last", p.compare.lastKind).Body(
		app.H2().ID("compare-title").Text(stx(l, sCompare)),
		app.P().Body(
			app.Button().Type("button").Class("button secondary").ID("compare-toggle").
				Aria("expanded", p.compare.on).Aria("controls", compareScanID+"-panel").
				Text(label).OnClick(p.onCompareToggle),
		),
		app.If(p.compare.on, func() app.UI {
			return app.Div().ID(compareScanID+"-panel").Class("scan-panel").Body(
				app.H3().Text(stx(l, sCompareTitle)),
				app.P().Text(stx(l, sCompareIntro)),
				(&Scanner{}).Lang(l).ID(compareScanID).OnCode(p.onScannedGroupCode),
			)
		}),
		app.P().ID(compareScanID+"-last").Class("scan-last "+p.compare.lastKind).Role("status").Text(p.compare.last),
		app.If(p.compare.group != nil, func() app.UI { return p.renderGroupSummary(*p.compare.group) }),
	)
}

// renderGroupSummary lists the group's mean ± SD of each scale beside the
// member's own score.
func (p *ScoresPage) renderGroupSummary(g scales.GroupSummary) app.UI {
	l := p.lang
	scores := p.in.Scores(p.resp)
	var rows []app.UI
	for i, sc := range p.in.Scales {
		s, ok := g.Scale(sc.ID)
		if !ok {
			continue
		}
		own := "–"
		if i < len(scores) && !math.IsNaN(scores[i].Value) {
			own = formatScore(scores[i].Value, l)
		}
		group := "–"
		if !math.IsNaN(s.Mean) {
			group = formatNumber(s.Mean, 2, l)
			if !math.IsNaN(s.SD) {
				group += " ± " + formatNumber(s.SD, 2, l)
			}
		}
		rows = append(rows, app.Tr().DataSet("scale", sc.ID).Body(
			app.Th().Scope("row").Text(sc.Name.In(l)),
			app.Td().Class("own").Text(own),
			app.Td().Class("group").Text(group),
		))
	}
	return app.Table().ID("compare-group").DataSet("n", g.N).Body(
		app.Caption().Text(stx(l, sGroupCodeRead, g.N)),
		app.THead().Body(app.Tr().Body(
			app.Th().Scope("col").Text(stx(l, sColScale)),
			app.Th().Scope("col").Text(stx(l, sColOwn)),
			app.Th().Scope("col").Text(stx(l, sColGroup)),
		)),
		app.TBody().Body(rows...),
	)
}
