package respondent

import (
	"html"
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	sb "sammebaat/app"
	"sammebaat/scales"
)

// Question shows one question as a fieldset: its text as the legend and
// every choice as a native radio button (checkboxes for a multiple-choice
// question) inside a visible label, so the browser provides keyboard use,
// grouping and names for assistive technology. It reports each change
// upward through IOnAnswer; the page keeps the answers.
type Question struct {
	app.Compo

	IItem     *scales.Item
	ILang     scales.Lang
	IStem     string // section 3's stem, read before the question's text
	ICodes    []int  // the current answer; empty when unanswered
	IFirst    bool   // the page's first question: marked for load-time tests
	IOnAnswer func(ctx app.Context, id string, codes []int)
}

func (q *Question) Item(it *scales.Item) *Question { q.IItem = it; return q }
func (q *Question) Lang(l scales.Lang) *Question   { q.ILang = l; return q }
func (q *Question) Stem(s string) *Question        { q.IStem = s; return q }
func (q *Question) Codes(c []int) *Question        { q.ICodes = c; return q }
func (q *Question) First(v bool) *Question         { q.IFirst = v; return q }
func (q *Question) OnAnswer(f func(ctx app.Context, id string, codes []int)) *Question {
	q.IOnAnswer = f
	return q
}

// questionTestID marks the first question a page renders in the browser, so
// that tests can time how long the wasm takes to show it.
const questionTestID = "question"

// questionID is the fieldset's id, choiceID an input's.
func questionID(item string) string         { return "q-" + item }
func choiceID(item string, code int) string { return "q-" + item + "-" + strconv.Itoa(code) }
func questionNoteID(item string) string     { return "q-" + item + "-note" }

// full reports whether a multiple-choice answer has as many codes as allowed.
func (q *Question) full() bool {
	return q.IItem.Kind == scales.Multiple && len(q.ICodes) >= q.IItem.MaxChoices
}

func (q *Question) Render() app.UI {
	it := q.IItem
	l := q.ILang
	full := q.full()

	fs := app.FieldSet().ID(questionID(it.ID)).Class("question")
	if it.Kind == scales.Single {
		fs = fs.OnChange(q.onChoose)
	}
	if q.IFirst && sb.ClientMarks {
		fs = fs.DataSet("testid", questionTestID)
	}
	if full {
		fs = fs.Aria("describedby", questionNoteID(it.ID))
	}

	legend := app.Legend().Class("question-text")
	if q.IStem != "" {
		legend = legend.Body(
			app.Span().Class("visually-hidden").Text(q.IStem+" "),
			app.Text(it.Text.In(l)),
		)
	} else {
		legend = legend.Text(it.Text.In(l))
	}

	return fs.Body(
		legend,
		q.renderChoices(full),
		app.If(full, func() app.UI {
			return app.P().ID(questionNoteID(it.ID)).Class("note").Text(tr(l, msgMaxTwo))
		}),
		app.If(len(q.ICodes) > 0, func() app.UI {
			return app.Button().Type("button").Class("clear").
				Aria("label", tr(l, msgClearAnswer)+": "+it.Text.In(l)).
				Text(tr(l, msgClearAnswer)).
				OnClick(q.onClear)
		}),
	)
}

// renderChoices gives the question's choices. A single-choice question's
// radios are one piece of HTML, made here and drawn by the browser in one
// step, with one listener on the fieldset for them all (a radio's change
// event bubbles up to it): go-app draws a node at a time, a call across to
// JavaScript for each element, attribute and listener, and a section's
// radios drawn so were a third of the time from the program's start to the
// first question. In the browser that HTML never changes with the answers
// (the boxes are not bound to them, see renderChoice), so go-app draws it
// again only in another language, after which the page sets the boxes
// (QuestionnairePage.OnNav). The employment question's boxes change with
// its answer (disabled beyond two) and stay go-app's nodes.
func (q *Question) renderChoices(full bool) app.UI {
	it := q.IItem
	if it.Kind != scales.Single {
		return app.Div().Class("choices").Body(app.Range(it.Choices).Slice(func(i int) app.UI {
			return q.renderChoice(it.Choices[i], full)
		}))
	}
	var b strings.Builder
	b.WriteString(`<div class="choices">`)
	for _, c := range it.Choices {
		id := html.EscapeString(choiceID(it.ID, c.Value))
		b.WriteString(`<label for="` + id + `" class="choice"><input type="radio" id="` + id +
			`" name="` + html.EscapeString(it.ID) + `" value="` + strconv.Itoa(c.Value) + `"`)
		if !app.IsClient && slices.Contains(q.ICodes, c.Value) {
			b.WriteString(` checked`)
		}
		b.WriteString(`><span>` + html.EscapeString(c.Label.In(q.ILang)) + `</span></label>`)
	}
	b.WriteString(`</div>`)
	return app.Raw(b.String())
}

// renderChoice gives one box of a multiple-choice question.
func (q *Question) renderChoice(c scales.Choice, full bool) app.UI {
	it := q.IItem
	id := choiceID(it.ID, c.Value)
	checked := slices.Contains(q.ICodes, c.Value)
	in := app.Input().ID(id).Name(it.ID).Value(strconv.Itoa(c.Value))
	if !app.IsClient {
		// In the browser the boxes are not bound to the answers: go-app
		// renders on a timer, and a render that falls between a key press
		// and its change event would put back the previous choice and
		// swallow the key. The page sets them from the answers itself, at
		// the moments they must change (syncChoices).
		// go-app writes a false boolean attribute as ="false", which
		// the browser reads as true: on the server only a true one is set.
		if checked {
			in = in.Checked(true)
		}
	}
	in = in.Type("checkbox")
	if full && !checked || app.IsClient {
		in = in.Disabled(full && !checked)
	}
	in = in.OnChange(q.onToggle(c.Value))
	class := "choice"
	if full && !checked {
		class += " disabled"
	}
	return app.Label().For(id).Class(class).Body(
		in,
		app.Span().Text(c.Label.In(q.ILang)),
	)
}

// onChoose follows a change of the fieldset's radios: the event's target is
// the radio chosen.
func (q *Question) onChoose(ctx app.Context, e app.Event) {
	r := e.Get("target")
	if r.Get("name").String() != q.IItem.ID {
		return
	}
	if code, err := strconv.Atoi(r.Get("value").String()); err == nil {
		q.pick(ctx, code)
	}
}

// pick answers a single-choice question with code.
func (q *Question) pick(ctx app.Context, code int) {
	q.answer(ctx, []int{code})
}

func (q *Question) onToggle(code int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if !app.IsClient {
			q.answer(ctx, toggle(q.ICodes, code, !slices.Contains(q.ICodes, code), q.IItem.MaxChoices))
			return
		}
		// The boxes themselves are the truth: they are what the respondent
		// sees, and q.ICodes lags until the next render when boxes are
		// ticked in quick succession.
		box := ctx.JSSrc()
		codes := checkedCodes(questionID(q.IItem.ID))
		if len(codes) > q.IItem.MaxChoices {
			// Ticked before the others were disabled: undo this tick.
			box.Set("checked", false)
			codes = toggle(codes, code, false, q.IItem.MaxChoices)
		}
		q.answer(ctx, codes)
	}
}

// checkedCodes returns the codes of the checked inputs in the fieldset with
// id, in ascending order.
func checkedCodes(id string) []int {
	boxes := app.Window().Get("document").Call("querySelectorAll", "#"+id+" input:checked")
	var codes []int
	for i := 0; i < boxes.Length(); i++ {
		if c, err := strconv.Atoi(boxes.Index(i).Get("value").String()); err == nil {
			codes = append(codes, c)
		}
	}
	slices.Sort(codes)
	return codes
}

func (q *Question) onClear(ctx app.Context, e app.Event) {
	q.answer(ctx, nil)
	syncChoices(q.IItem, nil)
	// The button goes away with the answer; keep the keyboard's place in
	// the question rather than losing it to the page.
	if len(q.IItem.Choices) > 0 {
		sb.FocusOnly(choiceID(q.IItem.ID, q.IItem.Choices[0].Value))
	}
}

// syncChoices sets the browser's boxes of question it to codes.
func syncChoices(it *scales.Item, codes []int) {
	if !app.IsClient {
		return
	}
	doc := app.Window().Get("document")
	for _, c := range it.Choices {
		if e := doc.Call("getElementById", choiceID(it.ID, c.Value)); e.Truthy() {
			e.Set("checked", slices.Contains(codes, c.Value))
		}
	}
}

func (q *Question) answer(ctx app.Context, codes []int) {
	if q.IOnAnswer != nil {
		q.IOnAnswer(ctx, q.IItem.ID, codes)
	}
}

// toggle returns codes with code added (on) or removed, in ascending order,
// never more than max codes: a code beyond max is not added.
func toggle(codes []int, code int, on bool, max int) []int {
	out := slices.DeleteFunc(slices.Clone(codes), func(c int) bool { return c == code })
	if on && len(out) < max {
		out = append(out, code)
	}
	slices.Sort(out)
	return out
}
