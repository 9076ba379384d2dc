package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"sammebaat/scales"
)

// ConfirmDialog asks before something that cannot be undone. It is a native
// <dialog> opened with showDialog(IID): the browser keeps focus inside it
// and Escape cancels. Cancel has the focus first, so a hurried Enter does
// no harm.
type ConfirmDialog struct {
	app.Compo

	IID        string
	ILang      scales.Lang
	ITitle     string
	IText      string
	IConfirm   string // the confirming button's words
	IOnConfirm func(ctx app.Context)
}

func (d *ConfirmDialog) ID(id string) *ConfirmDialog       { d.IID = id; return d }
func (d *ConfirmDialog) Lang(l scales.Lang) *ConfirmDialog { d.ILang = l; return d }
func (d *ConfirmDialog) Title(s string) *ConfirmDialog     { d.ITitle = s; return d }
func (d *ConfirmDialog) Text(s string) *ConfirmDialog      { d.IText = s; return d }
func (d *ConfirmDialog) Confirm(s string) *ConfirmDialog   { d.IConfirm = s; return d }
func (d *ConfirmDialog) OnConfirm(f func(app.Context)) *ConfirmDialog {
	d.IOnConfirm = f
	return d
}

func (d *ConfirmDialog) Render() app.UI {
	return app.Dialog().ID(d.IID).Class("dialog").
		Aria("labelledby", d.IID+"-title").
		Aria("describedby", d.IID+"-text").
		Body(
			app.H2().ID(d.IID+"-title").Text(d.ITitle),
			app.P().ID(d.IID+"-text").Text(d.IText),
			app.Div().Class("dialog-buttons").Body(
				app.Button().Type("button").Class("button secondary").AutoFocus(true).
					Text(tr(d.ILang, msgCancel)).OnClick(d.onCancel),
				app.Button().Type("button").Class("button danger").
					Text(d.IConfirm).OnClick(d.onConfirm),
			),
		)
}

func (d *ConfirmDialog) onCancel(ctx app.Context, e app.Event) {
	CloseDialog(d.IID)
}

func (d *ConfirmDialog) onConfirm(ctx app.Context, e app.Event) {
	CloseDialog(d.IID)
	if d.IOnConfirm != nil {
		d.IOnConfirm(ctx)
	}
}
