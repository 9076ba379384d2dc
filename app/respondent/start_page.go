package respondent

import (
	"errors"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	sb "sammebaat/app"
	"sammebaat/scales"
)

// Names of go-app states (in memory only, never persisted) that carry a
// notice from one page to the next.
const (
	// stateErased holds the language in which the respondent erased
	// everything, so the start page can say so in that language without
	// storing the language again.
	stateErased = "sammebaat.erased"
)

// newDialogID is the id of the start page's "start a new response" dialog.
const newDialogID = "new-response-dialog"

// StartPage says what this is, who made the questions, how long it takes
// and what happens to the answers, and lets the respondent start, continue
// or start afresh.
type StartPage struct {
	app.Compo

	st       sb.Store
	lang     scales.Lang
	in       *scales.Instrument
	answered int // answers in the response in progress
	loaded   bool
	erased   bool
	err      string
	// stopWatching removes the listener for other tabs' changes.
	stopWatching func()
}

func (p *StartPage) OnPreRender(ctx app.Context) {
	if p.loaded {
		return // already loaded from storage (native tests)
	}
	p.in = scales.SESNB2018()
	p.lang, _ = sb.PickLang(sb.QueryLang(ctx), sb.TabStore(ctx))
	setPage(ctx, p.lang, msgStartTitle)
}

func (p *StartPage) OnMount(ctx app.Context) {
	var erasedIn scales.Lang
	ctx.GetState(stateErased, &erasedIn)
	ctx.DelState(stateErased)
	p.load(sb.QueryLang(ctx), sb.TabStore(ctx), erasedIn)
	setPage(ctx, p.lang, msgStartTitle)
	p.stopWatching = sb.WatchStorage(sb.KeyResponse, func() { ctx.Dispatch(p.onStorageChanged) })
}

func (p *StartPage) OnDismount() {
	if p.stopWatching != nil {
		p.stopWatching()
		p.stopWatching = nil
	}
}

// onStorageChanged follows another tab of the app: after everything was
// erased there, this tab forgets the answers too and says so.
func (p *StartPage) onStorageChanged(ctx app.Context) {
	erased := p.st.GoneElsewhere()
	var in scales.Lang
	if erased {
		in = p.lang
	}
	p.load("", p.st, in)
	p.erased = erased
}

// OnNav follows a language switch, which keeps the mounted page.
func (p *StartPage) OnNav(ctx app.Context) {
	// Only a language switch (whose links carry ?lang=) changes the
	// language here; the page chose it when it mounted.
	q := sb.QueryLang(ctx)
	if !p.loaded || q == "" {
		return
	}
	p.lang = sb.ResolveLang(q, p.st)
	setPage(ctx, p.lang, msgStartTitle)
}

// load reads the language and the response in progress. erasedIn is the
// language everything was just erased in, or "".
func (p *StartPage) load(query string, st sb.Store, erasedIn scales.Lang) {
	p.in = scales.SESNB2018()
	p.st = st
	p.lang = sb.ResolveLang(query, st)
	if l, ok := scales.ParseLang(string(erasedIn)); ok && query == "" {
		p.lang = l
		p.erased = true
	}
	p.answered = 0
	p.err = ""
	r, ok, err := st.Response()
	p.err = sb.LoadProblem(p.lang, err, answeredCount(p.in, r))
	if ok {
		p.answered = answeredCount(p.in, r)
	}
	p.loaded = true
}

// startNew forgets the response in progress and starts a new one with a
// new id, at section 1.
func (p *StartPage) startNew() error {
	r, err := scales.NewResponse(p.lang)
	if err != nil {
		return err
	}
	p.st.DropResponse()
	// A device that does not keep the new response still holds it in
	// memory, which the questionnaire says.
	var nk *sb.NotKeptError
	if err := p.st.SaveResponse(r); err != nil && !errors.As(err, &nk) {
		return err
	}
	p.st.SaveSection(1)
	p.answered = 0
	return nil
}

func (p *StartPage) onNew(ctx app.Context, e app.Event) {
	sb.ShowDialog(newDialogID)
}

func (p *StartPage) onConfirmNew(ctx app.Context) {
	if err := p.startNew(); err != nil {
		p.err = sb.SaveFailed(p.lang, err)
		return
	}
	ctx.Navigate(sb.Href(sb.PathQuestionnaire))
}

func (p *StartPage) Render() app.UI {
	l := p.lang
	if p.in == nil {
		p.in = scales.SESNB2018()
	}
	ready := ""
	if p.loaded {
		ready = "start"
	}
	inProgress := p.answered > 0
	return sb.Frame(l, sb.PathStart, ready,
		app.H1().Text(tr(l, msgStartTitle)),
		app.If(p.erased, func() app.UI {
			return app.P().Class("notice").Role("status").Text(tr(l, msgErased))
		}),
		(&sb.UpdateNotice{}).Lang(l),
		sb.StorageNotice(l, p.st, false),
		app.If(p.err != "", func() app.UI {
			return app.P().Class("error").Role("alert").Text(p.err)
		}),
		app.P().Class("lead").Text(tr(l, msgStartIntro)),
		app.P().Text(tr(l, msgTime)),
		app.Section().Class("actions").Body(
			app.If(inProgress, func() app.UI {
				return app.Div().Body(
					app.P().Text(tr(l, msgContinueInfo, p.answered, len(p.in.Items))),
					app.Div().Class("button-row").Body(
						app.A().Class("button primary").Href(sb.Href(sb.PathQuestionnaire)).Text(tr(l, msgContinue)),
						app.Button().Type("button").Class("button secondary").Text(tr(l, msgNewResponse)).OnClick(p.onNew),
					),
				)
			}).Else(func() app.UI {
				return app.Div().Class("button-row").Body(
					app.A().Class("button primary").Href(sb.Href(sb.PathQuestionnaire)).Text(tr(l, msgStart)),
				)
			}),
			app.P().Body(app.A().Href(sb.Href(sb.PathScores)).Text(tr(l, msgMyScores))),
			app.P().Class("small").Body(app.A().Href(sb.Href(sb.PathGroup)).Text(tr(l, msgForFacilitators))),
		),
		app.Section().Aria("labelledby", "privacy-title").Body(
			app.H2().ID("privacy-title").Text(tr(l, msgPrivacyTitle)),
			app.Ul().Class("promises").Body(
				app.Li().Text(tr(l, msgPrivacyNothingSent)),
				app.Li().Text(tr(l, msgPrivacyStays)),
				app.Li().Text(tr(l, msgPrivacyErase)),
				app.Li().Text(tr(l, msgPrivacyAnonymous)),
			),
		),
		app.Section().Aria("labelledby", "who-title").Body(
			app.H2().ID("who-title").Text(tr(l, msgWhoTitle)),
			app.P().Text(tr(l, msgWho)),
		),
		(&sb.ConfirmDialog{}).
			ID(newDialogID).
			Lang(l).
			Title(tr(l, msgNewTitle)).
			Text(tr(l, msgNewText)).
			Confirm(tr(l, msgNewConfirm)).
			OnConfirm(p.onConfirmNew),
	)
}
