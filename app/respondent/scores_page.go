package respondent

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	sb "sammebaat/app"
	"sammebaat/scales"
	"sammebaat/scales/roomcode"
)

// eraseDialogID is the id of the scores page's erase dialog.
const eraseDialogID = "erase-dialog"

// groupQuestions are the single questions the study set against its
// groups (Table 3's variables that are questions, not scales), shown after
// the scales.
func groupQuestions(in *scales.Instrument) []string {
	var qs []string
	for _, v := range in.Study.Comparison {
		if in.Item(v) != nil {
			qs = append(qs, v)
		}
	}
	return qs
}

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
	st   sb.Store
	lang scales.Lang
	resp scales.Response
	has  bool // a response is stored
	// damaged: something is stored but cannot be read; it can still be
	// erased.
	damaged bool
	loaded  bool
	status  string // what the last download did
	// mayExpire: the browser may erase the answers after days without a
	// visit (Safari, storageMayExpire), so the page says so beside the
	// download.
	mayExpire bool
	err       string
	// stopWatching removes the listener for other tabs' changes.
	stopWatching func()

	group           *roomcode.GroupSummary // the member's group from a scanned group code; nil when none
	groupUnreadable bool                   // the stored group summary could not be read
	compare         scoresScan             // "Compare with my group" (scores_scan.go)
}

func (p *ScoresPage) OnPreRender(ctx app.Context) {
	if p.loaded {
		return // already loaded from storage (native tests)
	}
	p.lang, _ = sb.PickLang(sb.QueryLang(ctx), sb.TabStore(ctx))
	setPage(ctx, p.lang, msgScoresTitle)
}

func (p *ScoresPage) OnMount(ctx app.Context) {
	p.mayExpire = sb.StorageMayExpire()
	p.load(sb.QueryLang(ctx), sb.TabStore(ctx))
	setPage(ctx, p.lang, msgScoresTitle)
	p.stopWatching = sb.WatchStorage(sb.KeyResponse, func() { ctx.Dispatch(p.onStorageChanged) })
}

func (p *ScoresPage) OnDismount() {
	if p.stopWatching != nil {
		p.stopWatching()
		p.stopWatching = nil
	}
}

// onStorageChanged follows another tab of the app: after everything was
// erased there, this tab forgets the answers at once (no scores, no
// download) and goes to the start page, which says so; otherwise it shows
// what is stored now.
func (p *ScoresPage) onStorageChanged(ctx app.Context) {
	if p.st.GoneElsewhere() {
		p.has, p.damaged, p.resp = false, false, scales.Response{}
		sb.CloseDialog(sb.DownloadDialogID)
		sb.CloseDialog(eraseDialogID)
		ctx.SetState(stateErased, p.lang)
		ctx.Navigate(sb.Href(sb.PathStart))
		return
	}
	p.load("", p.st)
}

// OnNav follows a language switch, which keeps the mounted page.
func (p *ScoresPage) OnNav(ctx app.Context) {
	// Only a language switch (whose links carry ?lang=) changes the
	// language here; the page chose it when it mounted.
	q := sb.QueryLang(ctx)
	if !p.loaded || q == "" {
		return
	}
	p.lang = sb.ResolveLang(q, p.st)
	setPage(ctx, p.lang, msgScoresTitle)
}

func (p *ScoresPage) load(query string, st sb.Store) {
	p.in = scales.SESNB2018()
	p.st = st
	p.lang = sb.ResolveLang(query, st)
	p.err = ""
	r, ok, err := st.Response()
	// What could be read of a damaged stored response is scored; the page
	// says what was left out. Nothing is written here.
	p.damaged = err != nil
	p.err = sb.LoadProblem(p.lang, err, answeredCount(p.in, r))
	p.resp, p.has = r, ok
	p.loadGroup(st)
	p.loaded = true
}

// answers reports whether there is anything to score or download.
func (p *ScoresPage) answers() bool {
	return p.has && answeredCount(p.in, p.resp) > 0
}

func (p *ScoresPage) onDownload(ctx app.Context, e app.Event) {
	p.status = ""
	sb.ShowDialog(sb.DownloadDialogID)
}

func (p *ScoresPage) onShowCode(ctx app.Context, e app.Event) {
	sb.ShowDialog(codeDialogID)
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
	sb.ShowDialog(eraseDialogID)
}

// erase removes everything the app stored on the device and returns to the
// start page, which says so in the language the respondent used.
func (p *ScoresPage) onConfirmErase(ctx app.Context) {
	p.st.Erase()
	ctx.SessionStorage().Clear()
	ctx.SetState(stateErased, p.lang)
	ctx.Navigate(sb.Href(sb.PathStart))
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
		return sb.Frame(l, sb.PathScores, ready,
			app.H1().Text(tr(l, msgScoresTitle)),
			app.P().Class("loading").Text(tr(l, msgLoading)),
		)
	}
	return sb.Frame(l, sb.PathScores, ready,
		app.H1().Text(tr(l, msgScoresTitle)),
		(&sb.UpdateNotice{}).Lang(l),
		sb.StorageNotice(l, p.st, true),
		app.If(p.err != "", func() app.UI {
			return app.P().Class("error").Role("alert").Text(p.err)
		}),
		app.If(!p.answers(), func() app.UI {
			return app.Div().Body(
				app.P().Text(tr(l, msgNoAnswers)),
				app.P().Body(app.A().Class("button primary").Href(sb.Href(sb.PathQuestionnaire)).Text(tr(l, msgStart))),
			)
		}).Else(func() app.UI {
			return p.renderScores()
		}),
		app.If(p.answers(), func() app.UI {
			return app.Div().Body(
				app.Section().Class("panel").Aria("labelledby", "download-title").Body(
					app.H2().ID("download-title").Text(tr(l, msgDownloadTitle)),
					app.P().Text(tr(l, msgDownloadIntro)),
					app.If(p.mayExpire, func() app.UI {
						return app.P().ID("storage-may-expire").Class("note").Text(tr(l, msgStorageMayExpire))
					}),
					app.Button().Type("button").Class("button primary").ID("download-button").
						Text(tr(l, msgDownloadButton)).OnClick(p.onDownload),
					app.P().Class("status").Role("status").Text(p.status),
				),
				(&sb.DownloadDialog{}).
					Lang(l).
					Response(p.resp).
					OnSaved(p.onSaved).
					OnFailed(p.onFailed),
				app.Section().Class("panel").Aria("labelledby", "code-title").Body(
					app.H2().ID("code-title").Text(tr(l, cShowTitle)),
					app.P().Text(tr(l, cShowIntro)),
					app.Button().Type("button").Class("button primary").ID("code-button").
						Text(tr(l, cShowButton)).OnClick(p.onShowCode),
				),
				(&CodeDialog{}).Lang(l).Response(p.resp),
				p.renderCompare(p.renderCompareScan()...),
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
				(&sb.ConfirmDialog{}).
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
		card := (&ScoreCard{}).Scale(sc).Score(s).Ref(reference(sc.ID)).Group(groupRefOf(p.group, sc.ID)).Lang(l)
		if sc.InStudy {
			study = append(study, card)
		} else {
			original = append(original, card)
		}
	}
	var answers []app.UI
	for _, id := range groupQuestions(p.in) {
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
		app.P().Body(app.A().Href(sb.Href(sb.PathQuestionnaire)).Text(tr(l, msgChangeAnswers))),
	)
}
