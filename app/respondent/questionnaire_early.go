package respondent

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"sammebaat/scales"
)

// A member's first visit over a weak link: the page is painted long before
// its program has loaded (seconds on a phone at a meeting). So the server
// sends the questionnaire's first section as native radio buttons and check
// boxes, which a member can answer with no program at all, and the program,
// when it starts, takes what was answered there by its own rules before it
// draws the page anew (go-app replaces the served page with its own).
//
// The served section carries earlyFormMark; its Next carries
// earlyActionMark, which app.js (wasm/internal/site/split.go) remembers when tapped before
// the program runs, saying meanwhile that the app is still loading.

const (
	// earlyFormMark marks the served first section (data-early="form").
	earlyFormMark = "early"
	// earlyActionMark is the data attribute app.js looks for on a control
	// tapped before the program runs; its value names the action.
	earlyActionMark = "early-action"
	// earlyNext is the action of the served Next.
	earlyNext = "next"
	// earlyStatusID is the served page's live region where app.js says
	// that the app is still loading (the text is its data-text).
	earlyStatusID = "early-status"
	// earlyActionVar is the global app.js sets to the action tapped early.
	earlyActionVar = "sammebaatEarly"
)

// earlyForm is what was done on the served first section before the program
// started, read before the program's first drawing removes it.
type earlyForm struct {
	// answers holds the codes checked, by question, as the page gave them.
	answers map[string][]int
	// next: Next was tapped.
	next bool
	// focus is the id of the control that had the focus ("" when none).
	focus string
	// anchor is the id of the element that stays where it was on the
	// screen once the page is drawn anew, top its distance from the top of
	// the screen.
	anchor string
	top    float64
}

// done reports whether anything was done early.
func (e *earlyForm) done() bool { return e != nil && (len(e.answers) > 0 || e.next) }

// readEarlyForm reads the served first section, nil when there is none (a
// page drawn by the program, or outside the browser).
func readEarlyForm() *earlyForm {
	if !app.IsClient {
		return nil
	}
	doc := app.Window().Get("document")
	form := doc.Call("querySelector", `[data-`+earlyFormMark+`="form"]`)
	if !form.Truthy() {
		return nil
	}
	e := &earlyForm{answers: map[string][]int{}}
	boxes := form.Call("querySelectorAll", "input:checked")
	for i := 0; i < boxes.Length(); i++ {
		b := boxes.Index(i)
		code, err := strconv.Atoi(b.Get("value").String())
		if err != nil {
			continue // not a code: no answer of the questionnaire
		}
		name := b.Get("name").String()
		e.answers[name] = append(e.answers[name], code)
	}
	if a := app.Window().Get(earlyActionVar); a.Truthy() {
		e.next = a.String() == earlyNext
	}
	if f := doc.Get("activeElement"); f.Truthy() && f.Get("id").String() != "" && form.Call("contains", f).Bool() {
		e.focus = f.Get("id").String()
	}
	// The element to keep in place: the one with the focus, else the first
	// question still on the screen.
	var anchor app.Value
	if e.focus != "" {
		anchor = doc.Call("getElementById", e.focus)
	} else {
		qs := form.Call("querySelectorAll", "fieldset[id]")
		for i := 0; i < qs.Length(); i++ {
			if qs.Index(i).Call("getBoundingClientRect").Get("bottom").Float() > 0 {
				anchor = qs.Index(i)
				break
			}
		}
	}
	if anchor != nil && anchor.Truthy() {
		e.anchor = anchor.Get("id").String()
		e.top = anchor.Call("getBoundingClientRect").Get("top").Float()
	}
	return e
}

// restore gives the focus back to the control that had it and scrolls the
// page so that the anchor is where it was on the screen.
func (e *earlyForm) restore() {
	if !app.IsClient {
		return
	}
	doc := app.Window().Get("document")
	if e.focus != "" {
		if f := doc.Call("getElementById", e.focus); f.Truthy() {
			f.Call("focus", map[string]any{"preventScroll": true})
		}
	}
	if e.anchor != "" {
		if a := doc.Call("getElementById", e.anchor); a.Truthy() {
			top := a.Call("getBoundingClientRect").Get("top").Float()
			app.Window().Call("scrollBy", 0, top-e.top)
		}
	}
}

// takeEarly records what was answered on the served first section, each
// answer checked as a stored one is (scales' Validate), over what was
// stored: it is the member's latest act. An answer the rules refuse (more
// boxes ticked than allowed, which the served page cannot prevent) is not
// taken, and the page says which. Next tapped early moves on once every
// early answer was taken. It returns the problem to show ("" when none) and
// the question it is about.
func (p *QuestionnairePage) takeEarly(e *earlyForm) (problem, item string) {
	first := p.in.Sections[0].Items
	for _, id := range first {
		codes, ok := e.answers[id]
		if !ok {
			continue
		}
		one := scales.Response{ID: p.resp.ID, Lang: p.lang, Answers: map[string][]int{id: codes}}
		if err := p.in.Validate(one); err != nil {
			if it := p.in.Item(id); problem == "" && it.Kind == scales.Multiple {
				problem, item = tr(p.lang, msgEarlyTooMany, it.Text.In(p.lang), it.MaxChoices), id
			}
			continue
		}
		p.resp.Set(id, codes...)
	}
	p.resp.Lang = p.lang
	p.section = 1
	if e.next && problem == "" {
		p.section = 2
	}
	p.save()
	return problem, item
}
