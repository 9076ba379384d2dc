package app

import (
	"errors"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"sammebaat/scales"
)

// StorageNotice says, in plain words, when the device is not keeping the
// answers and what to do about it: download them now, or free some space.
// It is empty while the device keeps them. onScores: the notice is on the
// scores page, where the download is, so it does not link there.
func StorageNotice(l scales.Lang, st Store, onScores bool) app.UI {
	var text string
	switch why := st.notKeptReason(); {
	case storageBlocked:
		text = tr(l, msgStorageBlocked)
	case why == nil:
		return nil
	case storageFull(why):
		text = tr(l, msgNotKeptFull)
	default:
		text = tr(l, msgNotKeptOther)
	}
	return app.Div().ID("storage-notice").Class("error").Role("alert").Body(
		app.P().Text(text),
		app.If(!onScores, func() app.UI {
			return app.P().Body(app.A().Class("button primary").Href(Href(PathScores)).Text(tr(l, msgDownloadNow)))
		}),
	)
}

// LoadProblem is what the respondent is told about a stored response that
// could not be read as it was: which answers were left out, or that none
// could be used; "" when all is well. kept is the answers that were kept.
func LoadProblem(l scales.Lang, err error, kept int) string {
	if err == nil {
		return ""
	}
	var d *damagedError
	if !errors.As(err, &d) {
		return tr(l, msgLoadFailed)
	}
	if d.Whole || len(d.Dropped) == 0 {
		return tr(l, msgDamagedWhole)
	}
	var names []string
	for _, a := range d.Dropped {
		v := a.Value
		if r := []rune(v); len(r) > 24 {
			v = string(r[:24]) + "…"
		}
		names = append(names, tr(l, msgDroppedAnswer, a.ID, v))
	}
	switch kept {
	case 0:
		return tr(l, msgDamagedSomeNone, strings.Join(names, ", "))
	case 1:
		return tr(l, msgDamagedSomeOne, strings.Join(names, ", "))
	}
	return tr(l, msgDamagedSome, strings.Join(names, ", "), kept)
}

// SaveProblem is what the respondent is told when saving failed: nothing
// when the answers are in memory (StorageNotice says so), else the reason.
func SaveProblem(l scales.Lang, err error) string {
	var nk *NotKeptError
	if err == nil || errors.As(err, &nk) {
		return ""
	}
	return SaveFailed(l, err)
}

// SaveFailed says the answers could not be saved, and why.
func SaveFailed(l scales.Lang, err error) string { return tr(l, msgSaveFailed, err) }

// UpdateNotice tells the respondent that a new version of the app is
// ready: the service worker has installed it, and a reload starts it.
// go-app calls OnAppUpdate on every mounted component when that happens.
type UpdateNotice struct {
	app.Compo

	ILang scales.Lang
	ready bool
}

func (n *UpdateNotice) Lang(l scales.Lang) *UpdateNotice { n.ILang = l; return n }

func (n *UpdateNotice) OnMount(ctx app.Context) { n.ready = ctx.AppUpdateAvailable() }

func (n *UpdateNotice) OnAppUpdate(ctx app.Context) { n.ready = true }

func (n *UpdateNotice) onReload(ctx app.Context, e app.Event) { ctx.Reload() }

func (n *UpdateNotice) Render() app.UI {
	if !n.ready {
		return app.Div().ID("update-notice").Hidden(true)
	}
	return app.Div().ID("update-notice").Class("notice").Role("status").Body(
		app.P().Text(tr(n.ILang, msgUpdateReady)),
		app.Button().Type("button").Class("button secondary").ID("reload-button").
			Text(tr(n.ILang, msgReload)).OnClick(n.onReload),
	)
}
