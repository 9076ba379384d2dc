package group

import (
	"bytes"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	sb "sammebaat/app"
	"sammebaat/app/internal/browserjs"
	"sammebaat/scales"
	"sammebaat/stats/report"
	"sammebaat/stats/sav"
)

// The group page's exports. Each is an explicit download made on the
// device. The report and the CSV are written by the same functions analyze
// uses (Report.WriteJSON, report.WriteCSVCompact) on the same responses, so the same
// files give the same bytes; under a selection they are analyze --where's.

// Media types and names of the downloads.
const (
	reportMIME = "application/json"
	csvMIME    = "text/csv;charset=utf-8"
	savMIME    = "application/x-spss-sav"
)

// exportName is a download's name: the kind, the selection if any, and the
// extension, e.g. "ses-report-satisfaction-1.json".
func (p *GroupPage) exportName(kind, ext string) string {
	name := "ses-" + kind
	if !p.where.IsZero() {
		r := strings.NewReplacer("=", "-", ",", "-")
		name += "-" + r.Replace(p.where.String())
	}
	return name + ext
}

// selected is the pooled responses the selection keeps, as analyze's CSV
// writes them.
func (p *GroupPage) selected() []scales.Compact {
	return p.where.ApplyCompact(p.in, p.pool.batch.Compacts)
}

// reportJSON is the report's bytes as analyze --format json prints them.
func (p *GroupPage) reportJSON() ([]byte, error) {
	var b bytes.Buffer
	err := p.rep.WriteJSON(&b)
	return b.Bytes(), err
}

// dataCSV is the data set's bytes as analyze --format csv prints them.
func (p *GroupPage) dataCSV() ([]byte, error) {
	var b bytes.Buffer
	err := report.WriteCSVCompact(&b, p.in, p.selected())
	return b.Bytes(), err
}

// dataSAV is the data set as an SPSS file labelled in l.
func (p *GroupPage) dataSAV(l scales.Lang) ([]byte, error) {
	var b bytes.Buffer
	cs := p.selected()
	rs := make([]scales.Response, len(cs))
	for i := range cs {
		rs[i] = cs[i].Response()
	}
	err := sav.Write(&b, p.in, rs, l)
	return b.Bytes(), err
}

func (p *GroupPage) onExportReport(ctx app.Context, e app.Event) {
	p.export(p.exportName("report", ".json"), reportMIME, p.reportJSON)
}

func (p *GroupPage) onExportCSV(ctx app.Context, e app.Event) {
	p.export(p.exportName("data", ".csv"), csvMIME, p.dataCSV)
}

func (p *GroupPage) onExportSAV(ctx app.Context, e app.Event) {
	l := p.savLang
	p.export(p.exportName("data-"+string(l), ".sav"), savMIME, func() ([]byte, error) { return p.dataSAV(l) })
}

func (p *GroupPage) onSAVLang(ctx app.Context, e app.Event) {
	if l, ok := scales.ParseLang(ctx.JSSrc().Get("value").String()); ok {
		p.savLang = l
	}
}

func (p *GroupPage) onPrint(ctx app.Context, e app.Event) {
	browserjs.Print()
}

func (p *GroupPage) export(name, mime string, make func() ([]byte, error)) {
	data, err := make()
	if err != nil {
		p.status, p.err = "", tr(p.lang, gSaveFailed, err)
		return
	}
	p.save(name, mime, data)
}

func (p *GroupPage) renderExports() app.UI {
	l := p.lang
	var filtered app.UI
	if !p.where.IsZero() {
		filtered = app.P().Class("notice").Text(tr(l, gExportFiltered, p.where.String(), p.where.String()))
	}
	return app.Section().Class("group-exports no-print").Aria("labelledby", "group-exports-title").Body(
		app.H2().ID("group-exports-title").Text(tr(l, gExportTitle)),
		app.P().Text(tr(l, gExportIntro)),
		filtered,
		app.Div().Class("button-row").Body(
			app.Button().Type("button").Class("button primary").ID("export-report").
				Text(tr(l, gExportReport)).OnClick(p.onExportReport),
			app.Button().Type("button").Class("button secondary").ID("export-csv").
				Text(tr(l, gExportCSV)).OnClick(p.onExportCSV),
		),
		app.FieldSet().Class("sav-export").Body(
			app.Legend().Text(tr(l, gExportSAVLang)),
			app.Range(sb.Langs).Slice(func(i int) app.UI {
				sl := sb.Langs[i]
				id := "sav-lang-" + string(sl)
				return app.Div().Class("check").Body(
					app.Input().Type("radio").Name("sav-lang").ID(id).Value(string(sl)).
						Checked(p.savLang == sl).OnChange(p.onSAVLang),
					app.Label().For(id).Lang(string(sl)).Text(sb.LangName(sl)),
				)
			}),
			app.Button().Type("button").Class("button secondary").ID("export-sav").
				Text(tr(l, gExportSAV)).OnClick(p.onExportSAV),
		),
		app.Div().Class("button-row").Body(
			app.Button().Type("button").Class("button secondary").ID("print").
				Text(tr(l, gPrint)).OnClick(p.onPrint),
		),
		app.P().Class("status").ID("group-export-status").Role("status").Text(p.status),
	)
}
