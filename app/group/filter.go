package group

import (
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"sammebaat/app/internal/browserjs"
	"sammebaat/scales"
	"sammebaat/stats/report"
)

// The selection: the study looked at sub-groups (for example only the very
// dissatisfied). The page's selection is analyze's --where: one question and
// the codes to keep; the report is made again with Options.Where.

const (
	filterQuestionID = "group-filter-q"
	filterCodeID     = "group-filter-code-"
)

func (p *GroupPage) onFilterQuestion(ctx app.Context, e app.Event) {
	q := ctx.JSSrc().Get("value").String()
	if p.in.Item(q) == nil {
		return
	}
	p.formQ = q
	p.formCodes = nil
	p.formErr = ""
}

func (p *GroupPage) onFilterCode(code int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		on := ctx.JSSrc().Get("checked").Bool()
		p.formCodes = slices.DeleteFunc(p.formCodes, func(c int) bool { return c == code })
		if on {
			p.formCodes = append(p.formCodes, code)
			slices.Sort(p.formCodes)
		}
		p.formErr = ""
	}
}

func (p *GroupPage) onFilterApply(ctx app.Context, e app.Event) {
	if len(p.formCodes) == 0 {
		p.formErr = tr(p.lang, gFilterPickCode)
		return
	}
	p.setFilter(report.Filter{Question: p.formQ, Codes: slices.Clone(p.formCodes)})
}

func (p *GroupPage) onFilterDissatisfied(ctx app.Context, e app.Event) {
	p.formQ, p.formCodes = "satisfaction", []int{1}
	p.setFilter(report.Filter{Question: "satisfaction", Codes: []int{1}})
}

func (p *GroupPage) onFilterRemove(ctx app.Context, e app.Event) {
	p.setFilter(report.Filter{})
}

// setFilter makes the report again under the selection f.
func (p *GroupPage) setFilter(f report.Filter) {
	p.formErr = ""
	p.where = f
	start := browserjs.NowMS()
	p.analyse()
	p.reportMS = browserjs.NowMS() - start
}

// filterLabel says a selection in words: the question and its chosen answers.
func filterLabel(in *scales.Instrument, f report.Filter, l scales.Lang) string {
	it := in.Item(f.Question)
	if it == nil {
		return f.String()
	}
	var labels []string
	for _, c := range f.Codes {
		labels = append(labels, it.Label(c, l))
	}
	return strings.TrimSpace(it.Text.In(l)) + ": " + strings.Join(labels, ", ")
}

func (p *GroupPage) renderFilter() app.UI {
	l := p.lang
	it := p.in.Item(p.formQ)
	current := tr(l, gFilterNone)
	if !p.where.IsZero() && p.rep != nil {
		current = tr(l, gFilterActive, p.where.String(), filterLabel(p.in, p.where, l), p.rep.N, len(p.pool.batch.Compacts))
	}
	return app.Section().Class("group-filter no-print").Aria("labelledby", "group-filter-title").Body(
		app.H2().ID("group-filter-title").Text(tr(l, gFilterTitle)),
		app.P().Text(tr(l, gFilterIntro)),
		app.P().ID("group-filter-current").Class("status-line").Aria("live", "polite").
			DataSet("filter", p.where.String()).Text(current),
		app.Div().Class("filter-form").Body(
			app.Div().Class("field").Body(
				app.Label().For(filterQuestionID).Text(tr(l, gFilterQuestion)),
				app.Select().ID(filterQuestionID).OnChange(p.onFilterQuestion).Body(
					app.Range(p.in.Items).Slice(func(i int) app.UI {
						q := &p.in.Items[i]
						return app.Option().Value(q.ID).Selected(q.ID == p.formQ).
							Text(q.ID + " – " + shorten(q.Text.In(l), 70))
					}),
				),
			),
			app.FieldSet().Class("filter-codes").Body(
				app.Legend().Text(tr(l, gFilterCodes)),
				app.Range(it.Choices).Slice(func(i int) app.UI {
					c := it.Choices[i]
					id := filterCodeID + strconv.Itoa(c.Value)
					return app.Div().Class("check").Body(
						app.Input().Type("checkbox").ID(id).Value(strconv.Itoa(c.Value)).
							Checked(slices.Contains(p.formCodes, c.Value)).
							OnChange(p.onFilterCode(c.Value)),
						app.Label().For(id).Text(strconv.Itoa(c.Value)+" – "+c.Label.In(l)),
					)
				}),
			),
			app.If(p.formErr != "", func() app.UI {
				return app.P().Class("error").Role("alert").Text(p.formErr)
			}),
			app.Div().Class("button-row").Body(
				app.Button().Type("button").Class("button primary").ID("group-filter-apply").
					Text(tr(l, gFilterApply)).OnClick(p.onFilterApply),
				app.Button().Type("button").Class("button secondary").ID("group-filter-dissatisfied").
					Text(tr(l, gFilterPresetDissatisfied)).OnClick(p.onFilterDissatisfied),
				app.If(!p.where.IsZero(), func() app.UI {
					return app.Button().Type("button").Class("button secondary").ID("group-filter-remove").
						Text(tr(l, gFilterRemove)).OnClick(p.onFilterRemove)
				}),
			),
		),
	)
}

// shorten cuts s to at most n characters, with an ellipsis when cut.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
