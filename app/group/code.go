package group

import (
	"crypto/rand"
	"encoding/binary"
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	sb "sammebaat/app"
	"sammebaat/app/codeview"
	"sammebaat/scales"
	"sammebaat/scales/roomcode"
	"sammebaat/stats/report"
)

// The group's code's dialog.
const (
	groupCodeDialogID = "group-code-dialog"
	groupCodeSVGID    = "group-code-svg"
	groupCodeCloseID  = "group-code-close"
)

// groupSummaryOf is the group code's summary of a report: n and the nine
// scales' means and SDs of its Table 1 (the numbers roomcode.SummarizeGroup
// computes from the responses, to the bit; none for a scale fewer than
// roomcode.MinGroupN have), with the meeting tag.
func groupSummaryOf(rep *report.Report, tag string) roomcode.GroupSummary {
	in := scales.SESNB2018()
	g := roomcode.GroupSummary{N: rep.N, Tag: tag}
	for k, s := range in.Scales {
		st := rep.Scales[s.ID]
		g.Scales[k] = roomcode.GroupScale(s.ID, st.N, float64(st.Mean), float64(st.SD))
	}
	return g
}

// newTag returns a random meeting tag of four digits.
func newTag() string {
	var b [4]byte
	_, _ = rand.Read(b[:]) // never fails (crypto/rand since Go 1.24)
	return fmt.Sprintf("%04d", binary.LittleEndian.Uint32(b[:])%10000)
}

// GroupCode is the group page's "The group's code": with at least
// minGroupSize responses in the report, a button that shows n and the nine
// scales' means and SDs as a QR code, with the meeting tag as text beside
// it, for the members to scan with "Compare with my group".
type GroupCode struct {
	app.Compo

	ILang    scales.Lang
	ISummary roomcode.GroupSummary // without its tag

	tag   string
	shown bool
}

func (c *GroupCode) Lang(l scales.Lang) *GroupCode { c.ILang = l; return c }
func (c *GroupCode) Summary(g roomcode.GroupSummary) *GroupCode {
	c.ISummary = g
	return c
}

func (c *GroupCode) Render() app.UI {
	l := c.ILang
	if c.tag == "" {
		c.tag = newTag()
	}
	return app.Section().Class("panel group-code no-print").ID("group-code").Aria("labelledby", "group-code-title").Body(
		app.H2().ID("group-code-title").Text(codeview.GroupCodeTitle(l)),
		app.P().Text(tr(l, gCodeIntro)),
		app.Button().Type("button").Class("button primary").ID("group-code-button").
			Text(tr(l, gCodeButton)).OnClick(c.onShow),
		app.Dialog().ID(groupCodeDialogID).Class("dialog code-dialog").
			Aria("labelledby", groupCodeDialogID+"-title").
			On("close", c.onClosed).
			Body(
				app.H2().ID(groupCodeDialogID+"-title").Text(tr(l, gCodeDialogTitle)),
				app.If(c.shown, c.renderCode),
				app.P().Text(tr(l, gCodeHolds, c.ISummary.N)),
				app.P().Class("small").Text(tr(l, gCodeHint)),
				app.Div().Class("dialog-buttons").Body(
					app.Button().Type("button").Class("button primary").ID(groupCodeCloseID).AutoFocus(true).
						Text(codeview.CloseLabel(l)).OnClick(c.onClose),
				),
			),
	)
}

// renderCode is the code with the meeting tag beside it.
func (c *GroupCode) renderCode() app.UI {
	l := c.ILang
	g := c.ISummary
	g.Tag = c.tag
	digits, err := roomcode.EncodeGroup(g)
	var svg string
	if err == nil {
		svg, err = codeview.CodeSVG(digits, tr(l, gCodeLabel, c.tag), groupCodeSVGID)
	}
	if err != nil {
		return app.P().Class("error").Role("alert").Text(codeview.CodeFailed(l, err))
	}
	return app.Div().Class("qr-with-tag").Body(
		app.Div().Class("qr-box").Body(app.Raw(svg)),
		app.P().Class("meeting-tag").ID("group-code-tag").DataSet("tag", c.tag).Text(tr(l, gCodeTag, c.tag)),
	)
}

func (c *GroupCode) onShow(ctx app.Context, e app.Event) {
	c.shown = true
	sb.ShowDialog(groupCodeDialogID)
}

func (c *GroupCode) onClose(ctx app.Context, e app.Event) {
	sb.CloseDialog(groupCodeDialogID)
	c.shown = false
}

func (c *GroupCode) onClosed(ctx app.Context, e app.Event) { c.shown = false }
