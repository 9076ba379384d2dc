package group

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"sammebaat/scales"
	"sammebaat/stats/report"
)

// The study's Tables 1–4 as HTML tables. Each number cell carries
// data-key (which statistic: "t1.share.alpha") and data-value (the
// report's full-precision number, "" for null), so the page can be checked
// against the report number by number.

// statCell is a number cell of a table.
func statCell(key string, x report.Number, text string) app.HTMLTd {
	return app.Td().Class("num").DataSet("key", key).DataSet("value", fullValue(x)).Text(text)
}

// countCell is a count cell of a table.
func countCell(key string, n int, l scales.Lang) app.HTMLTd {
	return app.Td().Class("num").DataSet("key", key).DataSet("value", strconv.Itoa(n)).Text(report.Count(n, l))
}

// tableBox wraps a wide table so that it scrolls sideways on a phone; the
// box can take focus so a keyboard can scroll it too.
func tableBox(captionID string, table app.UI) app.UI {
	return app.Div().Class("table-box").TabIndex(0).Role("region").Aria("labelledby", captionID).Body(table)
}

func (p *GroupPage) renderTables() app.UI {
	l := p.lang
	p.tab = report.NewTables(p.rep, p.in, l)
	var selection app.UI
	if !p.where.IsZero() {
		selection = app.P().Class("print-only").Text(tr(l, gFilterActive, p.where.String(), filterLabel(p.in, p.where, l), p.rep.N, len(p.pool.batch.Compacts)))
	}
	return app.Section().Class("group-tables").Aria("labelledby", "group-tables-title").Body(
		app.H2().ID("group-tables-title").Text(tr(l, gTablesTitle)),
		selection,
		p.table1(),
		p.table2(),
		p.table3(),
		p.table4(),
	)
}

// table1 is Cronbach's α of every scale with its Feldt interval, beside the
// study's and the original's α, and the item-total statistics on demand.
func (p *GroupPage) table1() app.UI {
	l := p.lang
	rep := p.rep
	head := app.THead().Body(app.Tr().Body(
		app.Range(p.tab.Words.T1Heads[:]).Slice(func(i int) app.UI {
			return app.Th().Scope("col").Text(p.tab.Words.T1Heads[i])
		}),
	))
	group := func(inStudy bool, title gmsg) app.UI {
		rows := []app.UI{app.Tr().Class("group-row").Body(
			app.Th().Scope("colgroup").ColSpan(6).Text(tr(l, title)),
		)}
		for i := range p.in.Scales {
			s := &p.in.Scales[i]
			if s.InStudy != inStudy {
				continue
			}
			st := rep.Scales[s.ID]
			k := "t1." + s.ID + "."
			t := p.tab.Text
			rows = append(rows, app.Tr().Body(
				app.Th().Scope("row").Text(s.Name.In(l)),
				statCell(k+"alpha", st.Alpha, t(k+"alpha")),
				app.Td().Class("num").DataSet("key", k+"ci").
					DataSet("lo", fullValue(st.AlphaCI[0])).DataSet("hi", fullValue(st.AlphaCI[1])).Text(t(k+"ci")),
				countCell(k+"alpha_n", st.AlphaN, l),
				statCell(k+"study_alpha", st.StudyAlpha, t(k+"study_alpha")),
				statCell(k+"original_alpha", st.OriginalAlpha, t(k+"original_alpha")),
			))
		}
		return app.TBody().Body(rows...)
	}
	return app.Div().Class("group-table").ID("table-1").Body(
		tableBox("t1-caption", app.Table().Body(
			app.Caption().ID("t1-caption").Text(p.tab.Words.Caption[0]),
			head,
			group(true, gT1Study),
			group(false, gT1Original),
		)),
		app.Details().Class("item-detail").Body(
			app.Summary().Text(tr(l, gItemDetail)),
			app.Range(p.in.Scales).Slice(func(i int) app.UI { return p.itemTable(&p.in.Scales[i]) }),
		),
	)
}

// itemTable is one scale's item-total statistics, as SPSS's RELIABILITY
// prints them, over the cases α used.
func (p *GroupPage) itemTable(s *scales.Scale) app.UI {
	l := p.lang
	st := p.rep.Scales[s.ID]
	id := "t1-items-" + s.ID
	return tableBox(id, app.Table().Class("items").Body(
		app.Caption().ID(id).Text(tr(l, gItemDetailCaption, s.Name.In(l), st.AlphaN)),
		app.THead().Body(app.Tr().Body(
			app.Th().Scope("col").Text(tr(l, gItem)),
			app.Th().Scope("col").Text(tr(l, gMean)),
			app.Th().Scope("col").Text(tr(l, gSD)),
			app.Th().Scope("col").Text(tr(l, gItemTotal)),
			app.Th().Scope("col").Text(tr(l, gAlphaIfDeleted)),
		)),
		app.TBody().Body(app.Range(st.Items).Slice(func(j int) app.UI {
			is := st.Items[j]
			row := p.tab.T1Items[s.ID][j]
			values := []report.Number{is.Mean, is.SD, is.CorrectedItemTotal, is.AlphaIfDeleted}
			cells := []app.UI{app.Th().Scope("row").Text(row.Head)}
			for c, cell := range row.Cells {
				cells = append(cells, statCell(cell.Key, values[c], cell.Text))
			}
			return app.Tr().Body(cells...)
		})),
	))
}

// table2 is the background questions' frequencies; employment is a
// multiple response, its percents of those who answered it.
func (p *GroupPage) table2() app.UI {
	l := p.lang
	var bodies []app.UI
	for _, q := range p.in.Study.Background {
		it := p.in.Item(q)
		fr := p.rep.Frequencies[q]
		head := it.Text.In(l)
		if it.Kind == scales.Multiple {
			head += " " + p.tab.Words.T2Multiple
		}
		rows := []app.UI{app.Tr().Class("group-row").Body(app.Th().Scope("colgroup").ColSpan(3).Text(head))}
		for _, c := range it.Choices {
			n := fr.Counts[strconv.Itoa(c.Value)]
			rows = append(rows, app.Tr().Body(
				app.Th().Scope("row").Class("sub").Text(c.Label.In(l)),
				countCell("t2."+q+"."+strconv.Itoa(c.Value), n, l),
				app.Td().Class("num").Text(p.tab.Text("t2."+q+"."+strconv.Itoa(c.Value)+".percent")),
			))
		}
		if fr.NMissing > 0 {
			rows = append(rows, app.Tr().Class("missing-row").Body(
				app.Th().Scope("row").Class("sub").Text(p.tab.Words.T2Missing),
				countCell("t2."+q+".missing", fr.NMissing, l),
				app.Td(),
			))
		}
		bodies = append(bodies, app.TBody().Body(rows...))
	}
	return app.Div().Class("group-table").ID("table-2").Body(
		tableBox("t2-caption", app.Table().Body(
			append([]app.UI{
				app.Caption().ID("t2-caption").Text(p.tab.Words.Caption[1]),
				app.THead().Body(app.Tr().Body(
					app.Td(),
					app.Th().Scope("col").Text(p.tab.Words.T2Heads[0]),
					app.Th().Scope("col").Text(p.tab.Words.T2Heads[1]),
				)),
			}, bodies...)...,
		)),
	)
}

// table3 compares the study's eight variables between two types of group
// (by default mental health and substance use, as the study). A group with
// fewer than minGroupSize cases for a variable is not shown.
func (p *GroupPage) table3() app.UI {
	l := p.lang
	gc := p.rep.GroupComparison
	wd := p.tab.Words
	small := false
	var rows []app.UI
	for i, v := range p.in.Study.Comparison {
		row := gc.Rows[v]
		name, lo, hi := report.VariableName(p.in, v, l)
		k := "t3." + v + "."
		t := p.tab.Text
		cells := []app.UI{app.Th().Scope("row").Body(
			app.Text(fmt.Sprintf("%d. %s ", i+1, name)),
			app.Span().Class("nowrap").Text(fmt.Sprintf("(%d–%d)", lo, hi)),
		)}
		hide := row.Groups[0].N < minGroupSize || row.Groups[1].N < minGroupSize
		for j := range 2 {
			g := row.Groups[j]
			if g.N < minGroupSize {
				small = true
				cells = append(cells, app.Td().Class("num").Text(missingMark), app.Td().Class("num").Text(missingMark))
				continue
			}
			gk := k + strconv.Itoa(j) + "."
			cells = append(cells,
				statCell(gk+"mean", g.Mean, t(gk+"mean")).DataSet("n", g.N),
				statCell(gk+"sd", g.SD, t(gk+"sd")),
			)
		}
		if hide {
			for range 4 {
				cells = append(cells, app.Td().Class("num").Text(missingMark))
			}
		} else {
			cells = append(cells,
				statCell(k+"student_p", row.Student.P, t(k+"student_p")),
				statCell(k+"welch_p", row.Welch.P, t(k+"welch_p")),
				statCell(k+"mann_whitney_p", row.MannWhitney.P, t(k+"mann_whitney_p")),
				statCell(k+"cohens_d", row.CohensD, t(k+"cohens_d")),
			)
		}
		rows = append(rows, app.Tr().Body(cells...))
	}
	notes := []app.UI{app.P().Class("table-note").Text(wd.T3Note)}
	if small {
		notes = append(notes, app.P().Class("table-note").Text(tr(l, gSmallGroup)))
	}
	return app.Div().Class("group-table").ID("table-3").Body(
		tableBox("t3-caption", app.Table().Body(
			app.Caption().ID("t3-caption").Text(wd.Caption[2]),
			app.THead().Body(
				app.Tr().Body(
					app.Td(),
					app.Th().Scope("colgroup").ColSpan(2).Text(wd.T3Groups[0]),
					app.Th().Scope("colgroup").ColSpan(2).Text(wd.T3Groups[1]),
					app.Td().ColSpan(4),
				),
				app.Tr().Body(
					app.Range(wd.T3Heads[:]).Slice(func(i int) app.UI {
						return app.Th().Scope("col").Text(wd.T3Heads[i])
					}),
				),
			),
			app.TBody().Body(rows...),
		)),
		app.Div().Body(notes...),
	)
}

// table4 is the Spearman matrix of the study's eight variables, lower
// triangle, * p < .05 and ** p < .01 as the study, for all responses and for
// each group of the split.
func (p *GroupPage) table4() app.UI {
	l := p.lang
	wd := p.tab.Words
	parts := []app.UI{p.matrix("all", wd.Caption[3], p.rep.Correlations)}
	split := p.rep.Split
	parts = append(parts, app.P().Class("table-note").Text(tr(l, gT4Note, p.in.Item(split.By).Text.In(l))))
	for _, g := range split.Groups {
		n := g.CorrelationMatrix.MaxN()
		name := wd.T4Split[g.Value]
		if n < minGroupSize {
			parts = append(parts, app.P().Class("table-note").Text(tr(l, gT4SplitSmall, name)))
			continue
		}
		parts = append(parts, p.matrix(split.By+"-"+strconv.Itoa(g.Value), wd.T4SplitCaption(g.Value, n), g.CorrelationMatrix))
	}
	parts = append(parts, app.P().Class("table-note").Text(wd.T4Sig))
	return app.Div().Class("group-table").ID("table-4").Body(parts...)
}

func (p *GroupPage) matrix(id, caption string, m report.CorrelationMatrix) app.UI {
	l := p.lang
	capID := "t4-caption-" + id
	head := []app.UI{app.Td()}
	for i, v := range m.Variables {
		name, _, _ := report.VariableName(p.in, v, l)
		head = append(head, app.Th().Scope("col").Body(
			app.Span().Aria("hidden", "true").Text(strconv.Itoa(i+1)+"."),
			app.Span().Class("visually-hidden").Text(strconv.Itoa(i+1)+". "+name),
		))
	}
	var rows []app.UI
	for i, v := range m.Variables {
		name, _, _ := report.VariableName(p.in, v, l)
		cells := []app.UI{app.Th().Scope("row").Text(strconv.Itoa(i+1) + ". " + name)}
		for j := range m.Variables {
			switch {
			case j == i:
				cells = append(cells, app.Td().Class("num diag").Text("—"))
			case j > i:
				cells = append(cells, app.Td())
			default:
				key := fmt.Sprintf("t4.%s.%s.%s", id, v, m.Variables[j])
				cells = append(cells, statCell(key, m.Rho[i][j], p.tab.Text(key)).
					DataSet("p", fullValue(m.P[i][j])).DataSet("n", m.N[i][j]))
			}
		}
		rows = append(rows, app.Tr().Body(cells...))
	}
	return tableBox(capID, app.Table().Class("matrix").Body(
		app.Caption().ID(capID).Text(caption),
		app.THead().Body(app.Tr().Body(head...)),
		app.TBody().Body(rows...),
	))
}
