package respondent

import (
	"math"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	sb "sammebaat/app"
	"sammebaat/app/internal/browserjs"
	"sammebaat/app/scan"
	"sammebaat/scales"
	"sammebaat/scales/roomcode"
)

// compareScanID is the scores page's scanner region.
const compareScanID = "compare-scan"

// scoresScan is the scores page's "Compare with my group": the group's
// code, shown by the facilitator, read off their screen.
type scoresScan struct {
	on       bool
	last     func(scales.Lang) string // what the last code gave, in the page's language; nil for nothing
	lastKind string                   // "read" or "rejected"
}

func (p *ScoresPage) onCompareToggle(ctx app.Context, e app.Event) {
	p.compare.on = !p.compare.on
	if p.compare.on {
		p.compare.last, p.compare.lastKind = nil, ""
	}
}

// onScannedGroupCode reads a group code. A good one ends the scan (the
// camera stops), is stored with the answers and drawn beside the member's
// scores (setGroup); anything else (a member's response code, a web
// address, a damaged code) is said and the scan goes on.
func (p *ScoresPage) onScannedGroupCode(ctx app.Context, text string) {
	if err := p.setGroup(text); err != nil {
		p.compare.last = func(l scales.Lang) string { return tr(l, msgGroupCodeRejected, groupCodeProblem(l, text, err)) }
		p.compare.lastKind = "rejected"
		return
	}
	p.compare.on = false
	n := p.group.N
	p.compare.last, p.compare.lastKind = func(l scales.Lang) string { return tr(l, msgGroupCodeRead, n) }, "read"
	browserjs.Vibrate()
}

// renderCompareScan is the scanning part of the "Compare with my group"
// section (renderCompare): the button that turns the camera on and off,
// the scanner while it is on, what the last code gave, and the group's
// numbers beside the member's own as a table.
func (p *ScoresPage) renderCompareScan() []app.UI {
	l := p.lang
	label := tr(l, msgCompare)
	if p.compare.on {
		label = tr(l, msgCompareStop)
	}
	return []app.UI{
		app.P().DataSet("last", p.compare.lastKind).Body(
			app.Button().Type("button").Class("button secondary").ID("compare-toggle").
				Aria("expanded", p.compare.on).Aria("controls", compareScanID+"-panel").
				Text(label).OnClick(p.onCompareToggle),
		),
		app.If(p.compare.on, func() app.UI {
			return app.Div().ID(compareScanID+"-panel").Class("scan-panel").Body(
				app.H3().Text(tr(l, msgCompareTitle)),
				app.P().Text(tr(l, msgCompareIntro)),
				(&scan.Scanner{}).Lang(l).ID(compareScanID).OnCode(p.onScannedGroupCode),
			)
		}),
		app.P().ID(compareScanID + "-last").Class("scan-last " + p.compare.lastKind).Role("status").Text(p.lastScanText()),
		app.If(p.group != nil, func() app.UI { return p.renderGroupSummary(*p.group) }),
	}
}

// renderGroupSummary lists the group's mean ± SD of each scale beside the
// member's own score.
func (p *ScoresPage) renderGroupSummary(g roomcode.GroupSummary) app.UI {
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
			group = sb.FormatNumber(s.Mean, 2, l)
			if !math.IsNaN(s.SD) {
				group += " ± " + sb.FormatNumber(s.SD, 2, l)
			}
		}
		rows = append(rows, app.Tr().DataSet("scale", sc.ID).Body(
			app.Th().Scope("row").Text(sc.Name.In(l)),
			app.Td().Class("own").Text(own),
			app.Td().Class("group").Text(group),
		))
	}
	return app.Table().ID("compare-group").DataSet("n", g.N).Body(
		app.Caption().Text(tr(l, msgGroupCodeRead, g.N)),
		app.THead().Body(app.Tr().Body(
			app.Th().Scope("col").Text(tr(l, msgColScale)),
			app.Th().Scope("col").Text(tr(l, msgColOwn)),
			app.Th().Scope("col").Text(tr(l, msgColGroup)),
		)),
		app.TBody().Body(rows...),
	)
}

// lastScanText is what the last code scanned gave, in the page's language.
func (p *ScoresPage) lastScanText() string {
	if p.compare.last == nil {
		return ""
	}
	return p.compare.last(p.lang)
}
