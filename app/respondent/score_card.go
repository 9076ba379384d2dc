package respondent

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	sb "sammebaat/app"
	"sammebaat/scales"
)

// ScoreCard shows one scale score: the value on the scale's range, a chart
// with the study's reference groups, what the scale means in plain words,
// or, when too few of its questions are answered, why there is no score.
type ScoreCard struct {
	app.Compo

	IScale *scales.Scale
	IScore scales.Score
	IRef   *scales.Reference // nil when the study reported none for the scale
	IGroup *groupRef         // the member's group from a scanned group code; nil when none
	ILang  scales.Lang
}

func (c *ScoreCard) Scale(s *scales.Scale) *ScoreCard   { c.IScale = s; return c }
func (c *ScoreCard) Score(s scales.Score) *ScoreCard    { c.IScore = s; return c }
func (c *ScoreCard) Ref(r *scales.Reference) *ScoreCard { c.IRef = r; return c }
func (c *ScoreCard) Lang(l scales.Lang) *ScoreCard      { c.ILang = l; return c }
func (c *ScoreCard) Group(g *groupRef) *ScoreCard       { c.IGroup = g; return c }

// dataValue is the score as the card's data-value: full precision, so that
// tests compare it exactly with scales.Scores; "missing" when there is none.
func dataValue(s scales.Score) string {
	if s.Missing() {
		return "missing"
	}
	return strconv.FormatFloat(s.Value, 'g', -1, 64)
}

func (c *ScoreCard) Render() app.UI {
	l := c.ILang
	sc := c.IScale
	s := c.IScore
	headingID := "scale-" + sc.ID
	return app.Article().Class("card score").ID("score-"+sc.ID).
		DataSet("scale", sc.ID).
		DataSet("value", dataValue(s)).
		Aria("labelledby", headingID).
		Body(
			app.H3().ID(headingID).Text(sc.Name.In(l)),
			app.If(s.Missing(), func() app.UI {
				return app.P().Class("missing").Text(tr(l, msgNotEnough, s.Answered, s.Items, s.Needed))
			}).Else(func() app.UI {
				return app.P().Class("value").Body(
					app.Text(tr(l, msgYourScore)+": "),
					app.Strong().Text(formatScore(s.Value, l)),
					app.Text(" "+tr(l, msgScoreRange, sc.Min, sc.Max)),
				)
			}),
			app.Raw(chart{Min: sc.Min, Max: sc.Max, Value: s.Value, Ref: c.IRef, Group: c.IGroup.meanSD(), Lang: l}.svg()),
			renderGroupRef(c.IGroup, l),
			renderRefs(c.IRef, l),
			app.P().Class("about").Text(sc.About.In(l)),
		)
}

// renderRefs lists the study's reference means for the two groups.
func renderRefs(ref *scales.Reference, l scales.Lang) app.UI {
	if ref == nil {
		return app.P().Class("small").Text(tr(l, msgNoReference))
	}
	return app.Dl().Class("refs").Body(
		app.Div().Body(
			app.Dt().Text(tr(l, msgMentalHealth)),
			app.Dd().Text(formatRef(ref.MentalHealth, l)),
		),
		app.Div().Body(
			app.Dt().Text(tr(l, msgSubstanceUse)),
			app.Dd().Text(formatRef(ref.SubstanceUse, l)),
		),
	)
}

// formatScore writes a respondent's scale score: one decimal, since the
// answers are whole numbers and a second decimal would suggest a precision
// the questionnaire does not have.
func formatScore(v float64, l scales.Lang) string {
	return sb.FormatNumber(v, 1, l)
}

// formatRef writes a reference mean and SD as the study's Table 3 does.
func formatRef(m scales.MeanSD, l scales.Lang) string {
	return tr(l, msgRefValue, sb.FormatNumber(m.Mean, -1, l), sb.FormatNumber(m.SD, -1, l))
}
