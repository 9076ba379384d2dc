package respondent

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	sb "sammebaat/app"
	"sammebaat/app/codeview"
	"sammebaat/scales"
	"sammebaat/scales/roomcode"
)

// Ids of the code views' elements that code and tests find.
const (
	codeDialogID = "code-dialog"
	codeSVGID    = "code-svg"
	codeShowID   = "code-show"
	codeCloseID  = "code-close"
)

// CodeDialog is the member's "Show as a code": first what the code holds,
// in the download dialog's words, and that anyone who photographs the
// screen can read it; then, when asked, the response code itself. The code
// is taken out of the page as soon as the dialog closes (Close, Escape) and
// goes with the page when the member navigates away.
type CodeDialog struct {
	app.Compo

	ILang     scales.Lang
	IResponse scales.Response

	shown bool        // the code is on the screen
	ctx   app.Context // the dialog's own, for work after an update its buttons cause
}

func (d *CodeDialog) OnMount(ctx app.Context) { d.ctx = ctx }

func (d *CodeDialog) Lang(l scales.Lang) *CodeDialog { d.ILang = l; return d }
func (d *CodeDialog) Response(r scales.Response) *CodeDialog {
	d.IResponse = r
	return d
}

func (d *CodeDialog) Render() app.UI {
	l := d.ILang
	r := d.IResponse
	return app.Dialog().ID(codeDialogID).Class("dialog code-dialog").
		Aria("labelledby", codeDialogID+"-title").
		On("close", d.onClosed).
		Body(
			app.H2().ID(codeDialogID+"-title").Text(tr(l, cShowDialogTitle)),
			app.If(!d.shown, func() app.UI {
				return app.Div().Body(
					sb.FileFacts(l, r),
					app.P().Class("notice").Text(tr(l, cShowPhotograph)),
					app.P().Text(tr(l, cShowStays)),
					app.Div().Class("dialog-buttons").Body(
						app.Button().Type("button").Class("button secondary").
							Text(sb.CancelLabel(l)).OnClick(d.onClose),
						app.Button().Type("button").Class("button primary").ID(codeShowID).AutoFocus(true).
							Text(tr(l, cShowCode)).OnClick(d.onShow),
					),
				)
			}).Else(func() app.UI {
				return app.Div().Body(
					d.renderCode(),
					app.P().Class("small").Text(tr(l, cCodeHint)),
					app.Div().Class("dialog-buttons").Body(
						app.Button().Type("button").Class("button primary").ID(codeCloseID).
							Text(codeview.CloseLabel(l)).OnClick(d.onClose),
					),
				)
			}),
		)
}

// renderCode is the response code as an SVG, or why there is none.
func (d *CodeDialog) renderCode() app.UI {
	l := d.ILang
	digits, err := roomcode.EncodeResponse(d.IResponse)
	var svg string
	if err == nil {
		svg, err = codeview.CodeSVG(digits, tr(l, cCodeLabel), codeSVGID)
	}
	if err != nil {
		return app.P().Class("error").Role("alert").Text(codeview.CodeFailed(l, err))
	}
	return app.Div().Class("qr-box").Body(app.Raw(svg))
}

func (d *CodeDialog) onShow(ctx app.Context, e app.Event) {
	d.shown = true
	// The button pressed leaves the page with this update, and with it the
	// focus: give it to Close once the code is drawn. (A Defer on the
	// button's context would not run, the button being gone.)
	d.ctx.Defer(func(app.Context) { focusElement(codeCloseID) })
}

func (d *CodeDialog) onClose(ctx app.Context, e app.Event) {
	sb.CloseDialog(codeDialogID)
	d.shown = false
}

// onClosed follows the dialog however it closed (Escape too): the code
// leaves the page.
func (d *CodeDialog) onClosed(ctx app.Context, e app.Event) {
	d.shown = false
}

// focusElement moves the keyboard focus to the element with id, if any.
func focusElement(id string) {
	if !app.IsClient {
		return
	}
	if e := app.Window().GetElementByID(id); e.Truthy() {
		e.Call("focus")
	}
}
