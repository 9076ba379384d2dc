package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"sammebaat/scales"
)

// shareMIME is the media type a response file is shared as: Chromium's Web
// Share takes text/plain .txt files but not .json; the bytes are the same.
const shareMIME = "text/plain"

// sharedName is the name a response file is shared under: the download's
// name with .txt, which the group page and analyze read from a folder.
func sharedName(r scales.Response) string {
	return strings.TrimSuffix(fileName(r), ".json") + scales.SharedFileExt
}

// onShare hands the response file to the device's share sheet (a chat app,
// nearby sharing, …), where the browser can share files. The browser needs
// the click's user activation, so the share starts at once.
func (d *DownloadDialog) onShare(ctx app.Context, e app.Event) {
	CloseDialog(DownloadDialogID)
	name := sharedName(d.IResponse)
	data, err := scales.Marshal(d.IResponse)
	if err != nil {
		if d.IOnFailed != nil {
			d.IOnFailed(ctx, err)
		}
		return
	}
	done := shareFile(name, shareMIME, data)
	ctx.Async(func() {
		err := done()
		ctx.Dispatch(func(ctx app.Context) {
			switch {
			case err == errShareCancelled:
			case err != nil && d.IOnFailed != nil:
				d.IOnFailed(ctx, err)
			case err == nil && d.IOnSaved != nil:
				d.IOnSaved(ctx, name)
			}
		})
	})
}

// shareButton is "Share …" beside the dialog's download, where the browser
// can share a file.
func (d *DownloadDialog) shareButton() app.UI {
	if !canShareFiles() {
		return nil
	}
	return app.Button().Type("button").Class("button secondary").ID("share-button").
		Text(tr(d.ILang, msgShare)).OnClick(d.onShare)
}
