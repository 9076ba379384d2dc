package respondent

import (
	"fmt"
	"math"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"sammebaat/scales"
)

// AnswerCard shows the respondent's answer to one of the single questions
// the study set against its groups (recovery, satisfaction, duration): the
// answer in words, and on the chart its code against the study's means.
type AnswerCard struct {
	app.Compo

	IItem *scales.Item
	ICode int // 0 when unanswered
	IRef  *scales.Reference
	ILang scales.Lang
}

func (c *AnswerCard) Item(it *scales.Item) *AnswerCard    { c.IItem = it; return c }
func (c *AnswerCard) Code(v int) *AnswerCard              { c.ICode = v; return c }
func (c *AnswerCard) Ref(r *scales.Reference) *AnswerCard { c.IRef = r; return c }
func (c *AnswerCard) Lang(l scales.Lang) *AnswerCard      { c.ILang = l; return c }

func (c *AnswerCard) Render() app.UI {
	l := c.ILang
	it := c.IItem
	value := math.NaN()
	answer := tr(l, msgNotAnswered)
	if c.ICode > 0 {
		value = float64(c.ICode)
		answer = fmt.Sprintf("%s (%d)", it.Label(c.ICode, l), c.ICode)
	}
	headingID := "answer-" + it.ID
	lo, hi := 1, len(it.Choices)
	if c.IRef != nil {
		lo, hi = c.IRef.Min, c.IRef.Max
	}
	return app.Article().Class("card answer").ID("answer-card-"+it.ID).
		DataSet("question", it.ID).
		Aria("labelledby", headingID).
		Body(
			app.H3().ID(headingID).Text(it.Text.In(l)),
			app.P().Class("value").Body(
				app.Text(tr(l, msgYourAnswer)+": "),
				app.Strong().Text(answer),
			),
			app.Raw(chart{Min: lo, Max: hi, Value: value, Ref: c.IRef, Lang: l}.svg()),
			renderRefs(c.IRef, l),
		)
}
