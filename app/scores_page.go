package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"sammebaat/scales"
)

// eraseDialogID is the id of the scores page's erase dialog.
const eraseDialogID = "erase-dialog"

// groupQuestions are the single questions the study set against its
// groups (Table 3), shown after the scales.
var groupQuestions = []string{"recovery", "satisfaction", "duration"}

// reference returns the study's reference values for a variable, nil if
// there are none.
func reference(variable string) *scales.Reference {
	for _, r := range scales.References() {
		if r.Variable == variable {
			return &r
		}
	}
	return nil
}

// ScoresPage shows the respondent's own scores against the study's groups,
// lets them download their anonymous response file, and erase everything.
type ScoresPage struct {
	app.Compo

	in   *scales.Instrument
	st   store
	lang scales.Lang
	resp scales.Response
	has  bool // a response is stored
	// damaged: something is stored but cannot be read; it can still be
	// erased.
	damaged bool
	loaded  bool
	status  string // what the last download did
	err     string

	compare scoresScan // "Compare with my group" (scores_scan.go)
}

func (p *ScoresPage) OnPreRender(ctx app.Context) {
	if p.loaded {
		return // already loaded from storage (native tests)
	}
	p.lang, _ = pickLang(queryLang(ctx), store{s: ctx.LocalStorage()})
	setPage(ctx, p.lang, msgScoresTitle)
}

func (p *ScoresPage) OnMount(ctx app.Context) {
	p.load(queryLang(ctx), store{s: ctx.LocalStorage()})
	setPage(ctx, p.lang, msgScoresTitle)
}

// OnNav follows a language switch, which keeps the mounted page.
func (p *ScoresPage) OnNav(ctx app.Context) {
	// Only a language switch (whose links carry ?lang=) changes the
	// language here; the page chose it when it mounted.
	q := queryLang(ctx)
	if !p.loaded || q == "" {
		return
	}
	p.lang = resolveLang(q, store{s: ctx.LocalStorage()})
	setPage(ctx, p.lang, msgScoresTitle)
}

func (p *ScoresPage) load(query string, st store) {
	p.in = scales.SESNB2018()
	p.st = st
	p.lang = resolveLang(query, st)
	p.err = ""
	r, ok, err := st.response()
	p.damaged = err != nil
	if err != nil {
		p.err = tr(p.lang, msgLoadFailed, err)
	}
	p.resp, p.has = r, ok
	p.loaded = true
}

// answers reports whether there is anything to score or download.
func (p *ScoresPage) answers() bool {
	return p.has && answeredCount(p.in, p.resp) > 0
}

func (p *ScoresPage) onDownload(ctx app.Context, e app.Event) {
	p.status = ""
	showDialog(downloadDialogID)
}

func (p *ScoresPage) onSaved(ctx app.Context, name string) {
	p.err = ""
	p.status = tr(p.lang, msgFileSaved, name)
}

func (p *ScoresPage) onFailed(ctx app.Context, err error) {
	p.status = ""
	p.err = tr(p.lang, msgFileFailed, err)
}

func (p *ScoresPage) onErase(ctx app.Context, e app.Event) {
	showDialog(eraseDialogID)
}

// erase removes everything the app stored on the device and returns to the
// start page, which says so in the language the respondent used.
func (p *ScoresPage) onConfirmErase(ctx app.Context) {
	p.st.erase()
	ctx.SessionStorage().Clear()
	ctx.SetState(stateErased, p.lang)
	ctx.Navigate(Href(PathStart))
}

func (p *ScoresPage) Render() app.UI {
	l := p.lang
	if p.in == nil {
		p.in = scales.SESNB2018()
	}
	ready := ""
	if p.loaded {
		ready = "scores"
	}
	if !p.loaded {
		return frame(l, PathScores, ready,
			app.H1().Text(tr(l, msgScoresTitle)),
			app.P().Class("loading").Text(tr(l, msgLoading)),
		)
	}
	return frame(l, PathScores, ready,
		app.H1().Text(tr(l, msgScoresTitle)),
		app.If(p.err != "", func() app.UI {
			return app.P().Class("error").Role("alert").Text(p.err)
		}),
		app.If(!p.answers(), func() app.UI {
			return app.Div().Body(
				app.P().Text(tr(l, msgNoAnswers)),
				app.P().Body(app.A().Class("button primary").Href(Href(PathQuestionnaire)).Text(tr(l, msgStart))),
			)
		}).Else(func() app.UI {
			return p.renderScores()
		}),
		app.If(p.answers(), func() app.UI {
			return app.Div().Body(
				app.Section().Class("panel").Aria("labelledby", "download-title").Body(
					app.H2().ID("download-title").Text(tr(l, msgDownloadTitle)),
					app.P().Text(tr(l, msgDownloadIntro)),
					app.Button().Type("button").Class("button primary").ID("download-button").
						Text(tr(l, msgDownloadButton)).OnClick(p.onDownload),
					app.P().Class("status").Role("status").Text(p.status),
				),
				p.renderCompare(),
				(&DownloadDialog{}).
					Lang(l).
					Response(p.resp).
					OnSaved(p.onSaved).
					OnFailed(p.onFailed),
			)
		}),
		// Erasing is offered whenever anything is stored, answers or not,
		// readable or not.
		app.If(p.has || p.damaged, func() app.UI {
			return app.Div().Body(
				app.Section().Class("panel").Aria("labelledby", "erase-title").Body(
					app.H2().ID("erase-title").Text(tr(l, msgEraseTitle)),
					app.P().Text(tr(l, msgEraseIntro)),
					app.Button().Type("button").Class("button danger").ID("erase-button").
						Text(tr(l, msgEraseButton)).OnClick(p.onErase),
				),
				(&ConfirmDialog{}).
					ID(eraseDialogID).
					Lang(l).
					Title(tr(l, msgEraseConfirmTitle)).
					Text(tr(l, msgEraseConfirmText)).
					Confirm(tr(l, msgEraseConfirm)).
					OnConfirm(p.onConfirmErase),
			)
		}),
	)
}

// renderScores lists the nine scale scores, the study's five first, then
// the answers the study compared between its groups.
func (p *ScoresPage) renderScores() app.UI {
	l := p.lang
	scores := p.in.Scores(p.resp)
	var study, original []app.UI
	for i, s := range scores {
		sc := &p.in.Scales[i]
		card := (&ScoreCard{}).Scale(sc).Score(s).Ref(reference(sc.ID)).Lang(l)
		if sc.InStudy {
			study = append(study, card)
		} else {
			original = append(original, card)
		}
	}
	var answers []app.UI
	for _, id := range groupQuestions {
		code, _ := p.resp.Code(id)
		answers = append(answers, (&AnswerCard{}).Item(p.in.Item(id)).Code(code).Ref(reference(id)).Lang(l))
	}
	return app.Div().Body(
		app.P().Class("lead").Text(tr(l, msgScoresIntro)),
		app.Section().Aria("labelledby", "study-scales").Body(
			app.H2().ID("study-scales").Text(tr(l, msgStudyScales)),
			app.Div().Class("cards").Body(study...),
		),
		app.Section().Aria("labelledby", "original-scales").Body(
			app.H2().ID("original-scales").Text(tr(l, msgOriginalScales)),
			app.Div().Class("cards").Body(original...),
		),
		app.Section().Aria("labelledby", "group-answers").Body(
			app.H2().ID("group-answers").Text(tr(l, msgAboutGroup)),
			app.Div().Class("cards").Body(answers...),
		),
		app.P().Body(app.A().Href(Href(PathQuestionnaire)).Text(tr(l, msgChangeAnswers))),
	)
}
