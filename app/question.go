package app

import (
	"slices"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

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

// clientMarks says whether to render the browser-only markers; a variable so
// native tests can see them.
var clientMarks = app.IsClient

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
	if q.IFirst && clientMarks {
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
		app.Div().Class("choices").Body(app.Range(it.Choices).Slice(func(i int) app.UI {
			return q.renderChoice(it.Choices[i], full)
		})),
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
		in = in.Checked(checked)
	}
	if it.Kind == scales.Multiple {
		in = in.Type("checkbox").Disabled(full && !checked).OnChange(q.onToggle(c.Value))
	} else {
		in = in.Type("radio").OnChange(q.onPick(c.Value))
	}
	class := "choice"
	if full && !checked {
		class += " disabled"
	}
	return app.Label().For(id).Class(class).Body(
		in,
		app.Span().Text(c.Label.In(q.ILang)),
	)
}

func (q *Question) onPick(code int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		q.answer(ctx, []int{code})
	}
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
		focusOnly(choiceID(q.IItem.ID, q.IItem.Choices[0].Value))
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
