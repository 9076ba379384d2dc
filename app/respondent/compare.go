package respondent

import (
	"errors"
	"math"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	sb "sammebaat/app"
	"sammebaat/app/codeview"
	"sammebaat/scales"
	"sammebaat/scales/roomcode"
)

// Ids of the "Compare with my group" section.
const (
	compareID       = "compare"
	compareForgetID = "compare-forget"
)

// groupRef is one scale of the member's group, from a scanned group code.
type groupRef struct {
	Mean, SD float64 // two decimals, as the code holds them; NaN when none
	N        int     // responses the group pooled
	Tag      string  // the meeting tag
}

// meanSD is the group's mean and SD for the chart; nil for no group or no mean.
func (g *groupRef) meanSD() *scales.MeanSD {
	if g == nil || math.IsNaN(g.Mean) {
		return nil
	}
	return &scales.MeanSD{Mean: g.Mean, SD: g.SD}
}

// groupRefOf returns scale id's line of a group summary, nil when there is none.
func groupRefOf(g *roomcode.GroupSummary, id string) *groupRef {
	if g == nil {
		return nil
	}
	s, ok := g.Scale(id)
	if !ok {
		return nil
	}
	return &groupRef{Mean: s.Mean, SD: s.SD, N: g.N, Tag: g.Tag}
}

// renderGroupRef is the group's mean and SD in words under a score's chart.
func renderGroupRef(g *groupRef, l scales.Lang) app.UI {
	if g == nil {
		return nil
	}
	text := tr(l, cGroupRefNone)
	switch {
	case !math.IsNaN(g.Mean) && !math.IsNaN(g.SD):
		text = tr(l, msgRefValue, sb.FormatNumber(g.Mean, 2, l), sb.FormatNumber(g.SD, 2, l))
	case !math.IsNaN(g.Mean):
		text = sb.FormatNumber(g.Mean, 2, l)
	}
	return app.Dl().Class("refs group-ref").Body(
		app.Div().Body(
			app.Dt().Text(tr(l, cGroupRef)),
			app.Dd().Text(text),
		),
	)
}

// SetGroupSummary is what "Compare with my group" calls with the digits of
// a scanned group code: it reads them with the group code's rules, stores
// them on the device beside the answers (erased with them), and shows the
// group beside the member's scores. A code that is rejected changes
// nothing; the error (a *scales.FileError for a bad code) says why.
func (p *ScoresPage) SetGroupSummary(ctx app.Context, digits string) error {
	if err := p.setGroup(digits); err != nil {
		return err
	}
	ctx.Update()
	return nil
}

// setGroup is SetGroupSummary for a caller that renders the page itself
// (an event handler).
func (p *ScoresPage) setGroup(digits string) error {
	g, err := p.st.SaveGroupCode(codeview.GroupCodeTitle(p.lang), digits)
	if err != nil {
		return err
	}
	p.group = &g
	p.groupUnreadable = false
	return nil
}

// groupCodeProblem is what a member is told when a scanned code cannot be
// the group's numbers, in words for a member rather than the reader's
// technical reason (which is English, for the facilitator's problem list).
func groupCodeProblem(l scales.Lang, digits string, err error) string {
	var fe *scales.FileError
	if !errors.As(err, &fe) { // the device would not store it
		return tr(l, cGroupSaveFailed, err)
	}
	switch roomcode.KindOf(digits) {
	case 'r':
		return tr(l, cGroupIsMemberCode)
	case 'g':
		return tr(l, cGroupCodeDamaged)
	}
	return tr(l, cGroupNotOurCode)
}

// loadGroup reads the stored group summary, if any.
func (p *ScoresPage) loadGroup(st sb.Store) {
	p.group, p.groupUnreadable = nil, false
	g, ok, err := st.GroupSummary()
	if err != nil {
		p.groupUnreadable = true
		return
	}
	if ok {
		p.group = &g
	}
}

func (p *ScoresPage) onForgetGroup(ctx app.Context, e app.Event) {
	p.st.DropGroupSummary()
	p.group, p.groupUnreadable = nil, false
}

// renderCompare is the "Compare with my group" section: what it is, and the
// group summary stored, if any. The scanning of the group's code is added
// to this section by the code scanner.
func (p *ScoresPage) renderCompare(scan ...app.UI) app.UI {
	l := p.lang
	body := []app.UI{
		app.H2().ID(compareID + "-title").Text(tr(l, cCompareTitle)),
		app.P().Text(tr(l, cCompareIntro)),
	}
	if p.groupUnreadable {
		body = append(body, app.P().Class("error").Role("alert").ID(compareID+"-unreadable").Text(tr(l, cGroupStoredUnreadable)))
	}
	if p.group == nil {
		body = append(body, app.P().ID(compareID+"-status").Text(tr(l, cCompareNone)))
	} else {
		body = append(body,
			app.P().ID(compareID+"-status").DataSet("tag", p.group.Tag).DataSet("n", p.group.N).
				Text(tr(l, cCompareHas, p.group.Tag, p.group.N)),
		)
	}
	body = append(body, scan...)
	if p.group != nil || p.groupUnreadable {
		body = append(body, app.Button().Type("button").Class("button secondary").ID(compareForgetID).
			Text(tr(l, cCompareForget)).OnClick(p.onForgetGroup))
	}
	return app.Section().Class("panel").ID(compareID).Aria("labelledby", compareID+"-title").Body(body...)
}
