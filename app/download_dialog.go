package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"sammebaat/scales"
)

// DownloadDialogID is the id of the scores page's download dialog.
const DownloadDialogID = "download-dialog"

// responseMIME is the media type of a saved response file.
const responseMIME = "application/json"

// fileName is the name a response file is saved under: the app's name and
// the first 8 digits of the response's random id, enough to tell a few
// files apart and nothing about the respondent.
func fileName(r scales.Response) string {
	id := r.ID
	if len(id) > 8 {
		id = id[:8]
	}
	return "samme-baat-" + id + ".json"
}

// DownloadDialog shows in plain words, and then in full, exactly what the
// response file holds, and saves it only when asked. It reports the outcome
// upward.
type DownloadDialog struct {
	app.Compo

	ILang     scales.Lang
	IResponse scales.Response
	IOnSaved  func(ctx app.Context, name string)
	IOnFailed func(ctx app.Context, err error)
}

func (d *DownloadDialog) Lang(l scales.Lang) *DownloadDialog { d.ILang = l; return d }
func (d *DownloadDialog) Response(r scales.Response) *DownloadDialog {
	d.IResponse = r
	return d
}
func (d *DownloadDialog) OnSaved(f func(app.Context, string)) *DownloadDialog {
	d.IOnSaved = f
	return d
}
func (d *DownloadDialog) OnFailed(f func(app.Context, error)) *DownloadDialog {
	d.IOnFailed = f
	return d
}

func (d *DownloadDialog) Render() app.UI {
	l := d.ILang
	r := d.IResponse
	data, err := scales.Marshal(r)
	file := string(data)
	if err != nil {
		file = err.Error()
	}
	return app.Dialog().ID(DownloadDialogID).Class("dialog").
		Aria("labelledby", DownloadDialogID+"-title").
		Body(
			app.H2().ID(DownloadDialogID+"-title").Text(tr(l, msgFileTitle)),
			FileFacts(l, r),
			app.P().Text(tr(l, msgFileStays)),
			app.Details().Body(
				app.Summary().Text(tr(l, msgFileShow)),
				app.Pre().Class("file").TabIndex(0).Aria("label", fileName(r)).Text(file),
			),
			app.Div().Class("dialog-buttons").Body(
				app.Button().Type("button").Class("button secondary").
					Text(tr(l, msgCancel)).OnClick(d.onCancel),
				app.Button().Type("button").Class("button primary").AutoFocus(true).
					Text(tr(l, msgFileSave)).OnClick(d.onSave),
				d.shareButton(), // share.go
			),
		)
}

func (d *DownloadDialog) onCancel(ctx app.Context, e app.Event) {
	CloseDialog(DownloadDialogID)
}

func (d *DownloadDialog) onSave(ctx app.Context, e app.Event) {
	CloseDialog(DownloadDialogID)
	name := fileName(d.IResponse)
	data, err := scales.Marshal(d.IResponse)
	if err == nil {
		err = SaveFile(name, responseMIME, data)
	}
	if err != nil {
		if d.IOnFailed != nil {
			d.IOnFailed(ctx, err)
		}
		return
	}
	if d.IOnSaved != nil {
		d.IOnSaved(ctx, name)
	}
}

// fileAnswers is the line saying how many answers a file or code holds.
func fileAnswers(l scales.Lang, n int) string {
	return trn(l, n, msgFileAnswersOne, msgFileAnswers, n)
}

// FileFacts lists what a response file or code holds, and that it holds
// nothing else: the download dialog's and the code dialog's first words.
func FileFacts(l scales.Lang, r scales.Response) app.UI {
	return app.Ul().Class("file-facts").Body(
		app.Li().Text(tr(l, msgFileLang, LangName(r.Lang))),
		app.Li().Text(tr(l, msgFileID, r.ID)),
		app.Li().Text(fileAnswers(l, len(r.Answers))),
		app.Li().Text(tr(l, msgFileNothingElse)),
	)
}

// CancelLabel is the label of a dialog's button that closes it doing nothing.
func CancelLabel(l scales.Lang) string { return tr(l, msgCancel) }
