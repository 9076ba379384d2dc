package respondent

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	sb "sammebaat/app"
	"sammebaat/scales"
)

// sectionHeadingID is the id of the section's heading, where focus goes when
// the respondent moves to another section.
const sectionHeadingID = "section-heading"

// QuestionnairePage shows one section of the questionnaire at a time. It
// owns the response in progress and saves it, with the section, to local
// storage the moment an answer changes, so that nothing is lost on reload,
// closing the tab or losing power.
type QuestionnairePage struct {
	app.Compo

	in      *scales.Instrument
	st      sb.Store
	lang    scales.Lang
	resp    scales.Response
	section int // 1-based
	loaded  bool
	err     string // shown to the respondent; empty when all is well
	// problem says what could not be read of the stored response.
	problem string

	// ctx is the page's own context, from OnMount. Work deferred after a
	// render goes through it, not through the clicked button's, since the
	// button may be gone after the render (Next becomes "See my scores").
	ctx app.Context
	// stopWatching removes the listener for other tabs' changes.
	stopWatching func()

	// served: the page is drawn on the server, as the first section with
	// no answers, which a member can answer before the program has loaded
	// (questionnaire_early.go).
	served bool
	// early is what was done on the served section, read when the program
	// starts, until OnMount has taken it; earlyProblem says what of it was
	// not taken.
	early        *earlyForm
	earlyProblem string
	// earlyProblemItem is the question earlyProblem is about: answering
	// it, or moving on, ends the note.
	earlyProblemItem string
}

// OnInit reads what was answered on the served page before the program's
// first drawing replaces it.
func (p *QuestionnairePage) OnInit() {
	p.early = readEarlyForm()
}

func (p *QuestionnairePage) OnPreRender(ctx app.Context) {
	if p.loaded {
		return // already loaded from storage (native tests)
	}
	p.lang, _ = sb.PickLang(sb.QueryLang(ctx), sb.TabStore(ctx))
	setPage(ctx, p.lang, msgQuestionnaireTitle)
	// The server knows no answers and no place: it sends the first section
	// unanswered, answerable before the program runs.
	p.in = scales.SESNB2018()
	p.resp = scales.Response{Lang: p.lang}
	p.section = 1
	p.loaded = true
	p.served = true
}

func (p *QuestionnairePage) OnMount(ctx app.Context) {
	p.ctx = ctx
	p.load(sb.QueryLang(ctx), sb.TabStore(ctx))
	e := p.early
	p.early = nil
	if e.done() && p.loaded {
		p.earlyProblem, p.earlyProblemItem = p.takeEarly(e)
	}
	p.setTitle(ctx)
	switch {
	case e != nil && p.section == 1:
		// The served section, drawn anew: the same place on the screen,
		// the same focus.
		ctx.Defer(func(ctx app.Context) { p.syncChoices(ctx); e.restore() })
	case e.done():
		ctx.Defer(p.enterSection) // Next, tapped early
	default:
		ctx.Defer(p.syncChoices)
	}
	p.stopWatching = sb.WatchStorage(sb.KeyResponse, func() { ctx.Dispatch(p.onStorageChanged) })
}

func (p *QuestionnairePage) OnDismount() {
	if p.stopWatching != nil {
		p.stopWatching()
		p.stopWatching = nil
	}
}

// onStorageChanged follows a change another tab of the app made to the
// stored response: answers given there are shown here, a new response
// started there is continued here, and after everything was erased there
// this tab goes to the start page rather than saving the answers again.
func (p *QuestionnairePage) onStorageChanged(ctx app.Context) {
	if !p.reload() {
		ctx.Navigate(sb.Href(sb.PathStart))
		return
	}
	ctx.Defer(p.syncChoices)
}

// reload takes the stored response in place of the one shown; false when
// none is stored any more (and the tab has forgotten its answers too).
func (p *QuestionnairePage) reload() bool {
	if p.st.GoneElsewhere() {
		return false
	}
	r, ok, err := p.st.Response()
	if !ok {
		if err != nil {
			p.problem = sb.LoadProblem(p.lang, err, 0)
		}
		return true
	}
	p.problem = sb.LoadProblem(p.lang, err, answeredCount(p.in, r))
	p.resp = r
	return true
}

// syncChoices sets the boxes of the section shown to the answers, once the
// section's questions are rendered (see Question.renderChoice).
func (p *QuestionnairePage) syncChoices(ctx app.Context) {
	if !p.loaded {
		return
	}
	for _, id := range p.in.Sections[p.section-1].Items {
		syncChoices(p.in.Item(id), p.resp.Answers[id])
	}
}

// OnNav follows a language switch: go-app keeps the mounted page when only
// the address's query changes.
func (p *QuestionnairePage) OnNav(ctx app.Context) {
	// Only a language switch (whose links carry ?lang=) changes the
	// language here; the page chose it when it mounted.
	q := sb.QueryLang(ctx)
	if !p.loaded || p.served || q == "" {
		return
	}
	l := sb.ResolveLang(q, p.st)
	if l == p.lang {
		return
	}
	p.lang = l
	p.setTitle(ctx)
	// The radios are drawn anew in the other language (renderChoices):
	// once drawn they show the answers again, and the element that had the
	// focus has it again (a radio, when the browser's Back changed the
	// language), so the keyboard goes on where it was.
	focused := sb.FocusedID()
	ctx.Defer(func(ctx app.Context) {
		p.syncChoices(ctx)
		if focused != "" && sb.FocusedID() != focused {
			sb.FocusOnly(focused)
		}
	})
}

// load restores the language, the response in progress and the place in it
// from st, starting a new response when none is stored. query is the
// address's ?lang= value.
func (p *QuestionnairePage) load(query string, st sb.Store) {
	p.in = scales.SESNB2018()
	p.st = st
	p.lang = sb.ResolveLang(query, st)
	p.err = ""
	r, ok, err := st.Response()
	// A stored response that could not be read as it was comes with every
	// answer that could; the rest are named. Saving keeps the stored text
	// under a key of its own first (Store.SaveResponse), and never
	// overwrites one it cannot keep so: then the answers stay in memory.
	p.problem = sb.LoadProblem(p.lang, err, answeredCount(p.in, r))
	if !ok {
		var nerr error
		if r, nerr = scales.NewResponse(p.lang); nerr != nil {
			p.err = sb.SaveFailed(p.lang, nerr)
			return
		}
	}
	p.resp = r
	p.section = st.Section(len(p.in.Sections))
	p.loaded = true
	if !ok || err != nil {
		p.save()
	}
}

// save writes the response and the place; a failure is shown, not hidden.
// When the device does not keep them, the answers stay in the tab's memory
// and StorageNotice says so.
func (p *QuestionnairePage) save() {
	if err := p.st.SaveResponse(p.resp); err != nil {
		p.err = sb.SaveProblem(p.lang, err)
		p.st.SaveSection(p.section)
		return
	}
	// The place is kept in memory when the device does not keep it.
	p.st.SaveSection(p.section)
	p.err = ""
}

// answer records an answer (no codes: the answer is cleared) and saves at
// once. The response takes the language the respondent is answering in.
func (p *QuestionnairePage) answer(id string, codes []int) {
	// Start from what is stored, when it is this response: another tab of
	// the app may have saved answers since, which must not be overwritten.
	if r, ok, _ := p.st.Response(); ok && r.ID == p.resp.ID {
		p.resp = r
	}
	p.resp.Set(id, codes...)
	p.resp.Lang = p.lang
	if id == p.earlyProblemItem {
		p.earlyProblem, p.earlyProblemItem = "", ""
	}
	p.save()
}

func (p *QuestionnairePage) onAnswer(ctx app.Context, id string, codes []int) {
	p.answer(id, codes)
}

// goTo moves to section n and saves the place.
func (p *QuestionnairePage) goTo(n int) {
	if n < 1 || n > len(p.in.Sections) {
		return
	}
	p.section = n
	p.earlyProblem, p.earlyProblemItem = "", ""
	p.save()
}

func (p *QuestionnairePage) onBack(ctx app.Context, e app.Event) {
	p.goTo(p.section - 1)
	p.ctx.Defer(p.enterSection)
}

func (p *QuestionnairePage) onNext(ctx app.Context, e app.Event) {
	p.goTo(p.section + 1)
	p.ctx.Defer(p.enterSection)
}

// enterSection runs once a new section is rendered: its boxes show its
// answers, and focus goes to its heading.
func (p *QuestionnairePage) enterSection(ctx app.Context) {
	p.syncChoices(ctx)
	p.setTitle(ctx)
	sb.FocusID(sectionHeadingID)
}

// setTitle gives the document the page's language and a title that says
// which section is shown, as a tab or a screen reader names it.
func (p *QuestionnairePage) setTitle(ctx app.Context) {
	setPage(ctx, p.lang, msgQuestionnaireTitle)
	if p.loaded {
		sb.SetPageTitle(ctx, p.lang, p.in.Sections[p.section-1].Title.In(p.lang)+" · "+tr(p.lang, msgQuestionnaireTitle))
	}
}

func (p *QuestionnairePage) Render() app.UI {
	l := p.lang
	if p.in == nil || !p.loaded {
		return sb.Frame(l, sb.PathQuestionnaire, "",
			app.H1().Text(tr(l, msgQuestionnaireTitle)),
			sb.StorageNotice(l, p.st, false),
			app.If(p.err != "", func() app.UI {
				return app.P().Class("error").Role("alert").Text(p.err)
			}).Else(func() app.UI {
				return app.P().Class("loading").Text(tr(l, msgLoading))
			}),
		)
	}
	sec := &p.in.Sections[p.section-1]
	prog := progressOf(p.in, p.resp, p.section)
	stem := sec.Stem.In(l)

	return sb.Frame(l, sb.PathQuestionnaire, "questionnaire",
		app.H1().Text(tr(l, msgQuestionnaireTitle)),
		app.Div().Class("progress").Body(
			app.P().ID("progress-text").Text(prog.text(l)),
			app.Progress().
				Max(prog.Items).
				Value(fmt.Sprint(prog.Answered)).
				Aria("labelledby", "progress-text"),
		),
		(&sb.UpdateNotice{}).Lang(l),
		// The notices come and go inside a container that is always
		// there, so that the section after it stays the same element: a
		// notice inserted before it would make go-app replace the section,
		// dropping an answer clicked meanwhile and the keyboard's focus.
		app.Div().Class("notices").Body(
			sb.StorageNotice(l, p.st, false),
			app.If(p.problem != "", func() app.UI {
				return app.P().ID("load-problem").Class("error").Role("alert").Text(p.problem)
			}),
			app.If(p.err != "", func() app.UI {
				return app.P().Class("error").Role("alert").Text(p.err)
			}),
			app.If(p.earlyProblem != "", func() app.UI {
				return app.P().ID("early-problem").Class("error").Role("alert").Text(p.earlyProblem)
			}),
		),
		p.section1Mark(app.Section().Class("section").Aria("labelledby", sectionHeadingID)).Body(
			app.H2().ID(sectionHeadingID).TabIndex(-1).Text(sec.Title.In(l)),
			app.If(sec.Instruction.In(l) != "", func() app.UI {
				return app.P().Class("instruction").Text(sec.Instruction.In(l))
			}),
			app.P().Class("hint").Text(tr(l, msgSkipHint)),
			app.If(stem != "", func() app.UI {
				return app.P().Class("stem").Aria("hidden", "true").Text(stem)
			}),
			app.Range(sec.Items).Slice(func(i int) app.UI {
				id := sec.Items[i]
				return (&Question{}).
					Item(p.in.Item(id)).
					Lang(l).
					Stem(stem).
					Codes(p.resp.Answers[id]).
					First(i == 0).
					OnAnswer(p.onAnswer)
			}),
		),
		p.renderSteps(),
	)
}

// renderSteps gives the way back and on: the start page before section 1,
// the scores after section 4.
func (p *QuestionnairePage) renderSteps() app.UI {
	l := p.lang
	var back, next app.UI
	if p.section > 1 {
		back = app.Button().Type("button").Class("button secondary").Text(tr(l, msgBack)).OnClick(p.onBack)
	} else {
		back = app.A().Class("button secondary").Href(sb.Href(sb.PathStart)).Text(tr(l, msgToStart))
	}
	if p.section < len(p.in.Sections) {
		b := app.Button().Type("button").Class("button primary").Text(tr(l, msgNext)).OnClick(p.onNext)
		if p.served {
			// Tapped before the program runs, app.js remembers it and
			// says so here; the program moves on when it starts.
			b = b.DataSet(earlyActionMark, earlyNext).Aria("describedby", earlyStatusID)
		}
		next = b
	} else {
		next = app.A().Class("button primary").Href(sb.Href(sb.PathScores)).Text(tr(l, msgToScores))
	}
	nav := app.Nav().Class("steps").Aria("label", tr(l, msgQuestionnaireTitle)).Body(back, next)
	if !p.served {
		return nav
	}
	return app.Div().Body(
		app.P().ID(earlyStatusID).Class("early-status").Role("status").DataSet("text", tr(l, msgEarlyNext)),
		nav,
	)
}

// section1Mark marks the served section for the program to read when it
// starts (readEarlyForm).
func (p *QuestionnairePage) section1Mark(s app.HTMLSection) app.HTMLSection {
	if p.served {
		return s.DataSet(earlyFormMark, "form")
	}
	return s
}
