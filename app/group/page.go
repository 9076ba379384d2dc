package group

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	sb "sammebaat/app"
	"sammebaat/app/internal/browserjs"
	"sammebaat/scales"
	"sammebaat/stats/report"
)

// Ids of the group page's elements that code or tests find.
const (
	groupFilesID    = "group-files"
	groupFolderID   = "group-folder"
	groupDropID     = "group-drop"
	groupStatusID   = "group-status"
	groupProgressID = "group-progress"
)

// minGroupSize is the fewest responses a table or figure is shown for: with
// fewer, one person's answers could be read off a mean or a count.
const minGroupSize = 5

// importPhase is what the page is doing with files given to it.
type importPhase int

const (
	phaseIdle       importPhase = iota
	phaseCollecting             // listing a dropped folder's files
	phaseReading                // reading and validating the files
)

// GroupPage lets a group's facilitator or a researcher pool anonymous
// response files on their own device and see the study's analyses of them:
// the summary of what was read, Tables 1–4, Figures 1–2, the group's
// profile against the study's groups, and the exports. Every number comes
// from report.Report, the report `analyze` prints.
type GroupPage struct {
	app.Compo

	lang   scales.Lang
	in     *scales.Instrument
	loaded bool

	pool  pool
	rep   *report.Report // of the pool under the selection; nil with no responses
	tab   *report.Tables // rep's tables in the page's language, made as they are drawn
	where report.Filter  // the selection the report was made with

	// The selection form, before it is applied.
	formQ     string
	formCodes []int
	formErr   string

	phase       importPhase
	done, total int
	dragOver    bool
	imports     int     // imports finished, for tests to wait on
	started     float64 // performance.now() when the last import began
	readEnd     float64 // … when its files were all read
	importMS    float64 // from the files given until the report was on the page
	reportMS    float64 // from the last file read until the report was on the page
	analyseErr  string
	savLang     scales.Lang
	note        string // what happened to files given while others were read
	status, err string // what the last download did

	releaseDrop func()

	scan groupScan // "Scan codes" (scan.go)
}

func (p *GroupPage) OnPreRender(ctx app.Context) {
	if p.lang == "" { // a page made by the router; tests give the language
		p.lang = sb.PrerenderLang(ctx)
	}
	p.setPage(ctx)
}

func (p *GroupPage) OnMount(ctx app.Context) {
	p.lang = sb.PageLang(ctx)
	p.init()
	p.setPage(ctx)
	p.releaseDrop = dropZone(
		func(on bool) { ctx.Dispatch(func(ctx app.Context) { p.dragOver = on }) },
		func(collect func() (fileSrc, int, error)) {
			ctx.Dispatch(func(ctx app.Context) { p.onDropped(ctx, collect) })
		},
	)
	p.loaded = true
}

func (p *GroupPage) OnDismount() {
	if p.releaseDrop != nil {
		p.releaseDrop()
		p.releaseDrop = nil
	}
}

// OnNav follows a language switch, which keeps the mounted page and its pool.
func (p *GroupPage) OnNav(ctx app.Context) {
	if !p.loaded {
		return
	}
	p.lang = sb.PageLang(ctx)
	p.savLang = p.lang
	p.setPage(ctx)
}

func (p *GroupPage) init() {
	p.in = scales.SESNB2018()
	p.savLang = p.lang
	p.formQ = "satisfaction"
	p.formCodes = []int{1}
}

func (p *GroupPage) setPage(ctx app.Context) {
	sb.SetPageTitle(ctx, p.lang, tr(p.lang, gTitle))
}

// busy reports whether files are being read, when no more can be given.
func (p *GroupPage) busy() bool { return p.phase != phaseIdle }

func (p *GroupPage) onFiles(ctx app.Context, e app.Event) {
	p.onInput(ctx, groupFilesID, false)
}

func (p *GroupPage) onFolder(ctx app.Context, e app.Event) {
	p.onInput(ctx, groupFolderID, true)
}

func (p *GroupPage) onInput(ctx app.Context, id string, folder bool) {
	if p.busy() {
		p.note = tr(p.lang, gDropBusy)
		return
	}
	started := browserjs.NowMS()
	src, skipped := inputFiles(id, folder)
	p.startImport(ctx, src, skipped)
	p.started = started // the import's time includes listing the files
}

// onDropped starts listing what was dropped; the listing waits on the
// browser, so it runs off the UI goroutine.
func (p *GroupPage) onDropped(ctx app.Context, collect func() (fileSrc, int, error)) {
	if p.busy() {
		p.note = tr(p.lang, gDropBusy)
		return
	}
	p.note = ""
	p.phase = phaseCollecting
	p.started = browserjs.NowMS()
	p.err = ""
	ctx.Async(func() {
		var src fileSrc
		var skipped int
		err := recovered(func() error {
			var err error
			src, skipped, err = collect()
			return err
		})
		ctx.Dispatch(func(ctx app.Context) {
			p.phase = phaseIdle
			if err != nil {
				p.err = tr(p.lang, gReadFailed, err)
				return
			}
			started := p.started
			p.startImport(ctx, src, skipped)
			p.started = started
		})
	})
}

// startImport reads files into the pool chunk by chunk, off the UI
// goroutine, showing progress after every chunk, then analyses the pool.
func (p *GroupPage) startImport(ctx app.Context, src fileSrc, skipped int) {
	if p.busy() {
		p.note = tr(p.lang, gDropBusy)
		return
	}
	p.note, p.status, p.err = "", "", ""
	p.started = browserjs.NowMS()
	p.pool.skipped += skipped
	if src == nil || src.Len() == 0 {
		p.finishImport(ctx)
		return
	}
	p.phase = phaseReading
	p.done, p.total = 0, src.Len()
	ctx.Async(func() {
		err := recovered(func() error {
			readAll(src, importChunk, func(chunk []readFile, done int) {
				ctx.Dispatch(func(ctx app.Context) {
					p.pool.add(chunk)
					p.done = done
				})
			})
			return nil
		})
		ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				// The files read so far stay in the pool and are counted.
				p.err = tr(p.lang, gReadFailed, err)
			}
			p.finishImport(ctx)
		})
	})
}

// recovered runs f and returns its error, or the panic of a browser call
// that threw (a JS exception) as an error, so a failing browser stops the
// import with a message instead of stopping the page.
func recovered(f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return f()
}

// finishImport analyses the pool and marks, once the page shows the
// report, how long the import and the report took.
func (p *GroupPage) finishImport(ctx app.Context) {
	p.readEnd = browserjs.NowMS()
	p.phase = phaseIdle
	p.analyse()
	ctx.Defer(func(ctx app.Context) {
		t := browserjs.NowMS()
		p.importMS, p.reportMS = t-p.started, t-p.readEnd
		p.imports++
		ctx.Update()
	})
}

// analyse makes the report of the pool under the selection.
func (p *GroupPage) analyse() {
	p.rep, p.analyseErr = nil, ""
	if len(p.pool.batch.Compacts) == 0 {
		return
	}
	rep, err := report.NewReportCompact(p.pool.batch.Compacts, report.Options{Where: p.where, Instrument: p.in})
	if err != nil {
		p.analyseErr = err.Error()
		return
	}
	p.rep = rep
}

func (p *GroupPage) onClear(ctx app.Context, e app.Event) {
	if p.busy() {
		return
	}
	p.pool = pool{}
	// The scan ends too: its camera remembers the codes it has seen (a code
	// shown again would be passed over), and its count and names start anew.
	p.scan = groupScan{}
	p.rep = nil
	p.status, p.err = "", ""
	p.importMS, p.reportMS = 0, 0
}

func (p *GroupPage) Render() app.UI {
	l := p.lang
	if p.in == nil {
		p.in = scales.SESNB2018()
	}
	ready := ""
	if p.loaded {
		ready = "group"
	}
	return sb.Frame(l, sb.PathGroup, ready, app.Div().Class("group-page").Body(
		app.H1().Text(tr(l, gTitle)),
		app.P().Class("lead no-print").Text(tr(l, gIntro)),
		app.P().Class("no-print").Text(tr(l, gPrivacy)),
		p.renderImport(),
		p.renderSummary(),
		p.renderAnalyses(),
	))
}

// renderImport is the import panel: the two file inputs (the keyboard's
// way in), the drop area, and the progress of a running import.
func (p *GroupPage) renderImport() app.UI {
	l := p.lang
	zone := "group-drop"
	if p.dragOver {
		zone += " over"
	}
	return app.Section().Class("group-import no-print").Aria("labelledby", "group-import-title").Body(
		app.H2().ID("group-import-title").Text(tr(l, gImportTitle)),
		app.P().Text(tr(l, gImportIntro)),
		app.Div().ID(groupDropID).Class(zone).Body(
			app.P().Class("group-drop-text").Text(tr(l, gDropHere)),
			app.Div().Class("button-row").Body(
				app.Label().Class("button primary file-pick").Body(
					app.Span().Text(tr(l, gChooseFiles)),
					app.Input().Type("file").ID(groupFilesID).Class("visually-hidden").
						Multiple(true).Accept(".json,application/json,.txt,text/plain").
						Disabled(p.busy()).OnChange(p.onFiles),
				),
				app.Label().Class("button secondary file-pick").Body(
					app.Span().Text(tr(l, gChooseFolder)),
					app.Input().Type("file").ID(groupFolderID).Class("visually-hidden").
						Attr("webkitdirectory", true).Multiple(true).
						Disabled(p.busy()).OnChange(p.onFolder),
				),
			),
			app.P().Class("hint").Text(tr(l, gDropHint)),
		),
		p.renderScan(),
		app.Div().Class("group-progress").Aria("live", "polite").Body(
			app.If(p.phase == phaseCollecting, func() app.UI {
				return app.P().Text(tr(l, gCollecting))
			}),
			app.If(p.phase == phaseReading, func() app.UI {
				return app.Div().Body(
					app.P().ID(groupProgressID+"-text").Text(tr(l, gReading, fmtCount(p.done, l), fmtCount(p.total, l))),
					app.Progress().ID(groupProgressID).Max(p.total).Value(p.done).
						Aria("labelledby", groupProgressID+"-text"),
				)
			}),
			app.If(p.note != "", func() app.UI { return app.P().Class("status").Text(p.note) }),
		),
		app.If(p.err != "", func() app.UI { return app.P().Class("error").Role("alert").Text(p.err) }),
	)
}

// renderSummary counts what was given: analysed, rejected (each file with
// its reason) and duplicates, which always add up to the files given.
func (p *GroupPage) renderSummary() app.UI {
	l := p.lang
	b := &p.pool.batch
	state := "idle"
	if p.busy() {
		state = "busy"
	}
	status := app.Div().ID(groupStatusID).Class("group-summary").
		DataSet("state", state).
		DataSet("imports", p.imports).
		DataSet("given", b.Read()).
		DataSet("analysed", len(b.Compacts)).
		DataSet("rejected", len(b.Rejected)).
		DataSet("duplicates", len(b.Duplicates)).
		DataSet("skipped", p.pool.skipped).
		DataSet("started-at", strconv.FormatFloat(p.started, 'f', 1, 64)).
		DataSet("import-ms", strconv.FormatFloat(p.importMS, 'f', 1, 64)).
		DataSet("report-ms", strconv.FormatFloat(p.reportMS, 'f', 1, 64))
	if b.Read() == 0 && !p.busy() {
		return app.Section().Class("group-summary-section").Aria("labelledby", "group-summary-title").Body(
			app.H2().ID("group-summary-title").Text(tr(l, gSummaryTitle)),
			status.Aria("live", "polite").Body(app.P().Text(tr(l, gNoFilesYet))),
		)
	}
	return app.Section().Class("group-summary-section").Aria("labelledby", "group-summary-title").Body(
		app.H2().ID("group-summary-title").Text(tr(l, gSummaryTitle)),
		status.Body(
			app.Dl().Class("counts").Aria("live", "polite").Body(
				countItem("given", tr(l, gGiven), b.Read(), l),
				countItem("analysed", tr(l, gAnalysed), len(b.Compacts), l),
				countItem("rejected", tr(l, gRejected), len(b.Rejected), l),
				countItem("duplicates", tr(l, gDuplicates), len(b.Duplicates), l),
			),
			app.If(p.pool.skipped > 0, func() app.UI {
				return app.P().Class("hint").Text(tr(l, gSkipped, fmtCount(p.pool.skipped, l)))
			}),
			p.renderRejected(),
			p.renderDuplicates(),
			app.If(len(p.pool.problems) > 0, func() app.UI {
				return app.P().Class("no-print").Body(
					app.Button().Type("button").Class("button secondary").ID("group-problems").
						Text(tr(l, gProblemList)).OnClick(p.onProblemList),
				)
			}),
			app.P().Class("no-print").Body(
				app.Button().Type("button").Class("button secondary").ID("group-clear").
					Disabled(p.busy()).Text(tr(l, gClear)).OnClick(p.onClear),
			),
		),
	)
}

func countItem(key, label string, n int, l scales.Lang) app.UI {
	return app.Div().Body(
		app.Dt().Text(label),
		app.Dd().DataSet("count", key).Text(fmtCount(n, l)),
	)
}

// maxListed is how many rejected or duplicate files the page lists; the
// downloadable problem list has them all.
const maxListed = 200

func (p *GroupPage) renderRejected() app.UI {
	l := p.lang
	rej := p.pool.batch.Rejected
	if len(rej) == 0 {
		return nil
	}
	shown := rej[:min(len(rej), maxListed)]
	return app.Details().Class("problems").Open(len(rej) <= 20).Body(
		app.Summary().Text(tr(l, gRejectedTitle)+" ("+fmtCount(len(rej), l)+")"),
		app.Ul().ID("group-rejected").Body(app.Range(shown).Slice(func(i int) app.UI {
			return app.Li().DataSet("file", shown[i].File).Body(
				app.Code().Text(scales.SafeName(shown[i].File)),
				app.Span().Class("reason").Text(": "+shown[i].Problem),
			)
		})),
		app.If(len(rej) > maxListed, func() app.UI {
			return app.P().Text(tr(l, gMoreNotShown, fmtCount(len(rej)-maxListed, l)))
		}),
	)
}

func (p *GroupPage) renderDuplicates() app.UI {
	l := p.lang
	dup := p.pool.batch.Duplicates
	if len(dup) == 0 {
		return nil
	}
	shown := dup[:min(len(dup), maxListed)]
	return app.Details().Class("problems").Open(len(dup) <= 20).Body(
		app.Summary().Text(tr(l, gDuplicatesTitle)+" ("+fmtCount(len(dup), l)+")"),
		app.Ul().ID("group-duplicates").Body(app.Range(shown).Slice(func(i int) app.UI {
			return app.Li().DataSet("file", shown[i].File).DataSet("of", shown[i].Of).Body(
				app.Code().Text(scales.SafeName(shown[i].File)),
				app.Text(" – "+tr(l, gDuplicateOf, scales.SafeName(shown[i].Of))),
			)
		})),
		app.If(len(dup) > maxListed, func() app.UI {
			return app.P().Text(tr(l, gMoreNotShown, fmtCount(len(dup)-maxListed, l)))
		}),
	)
}

func (p *GroupPage) onProblemList(ctx app.Context, e app.Event) {
	p.save("ses-problems.txt", "text/plain;charset=utf-8", p.pool.problemList())
}

// save hands a file to the browser as a download and says how it went.
func (p *GroupPage) save(name, mime string, data []byte) {
	if err := sb.SaveFile(name, mime, data); err != nil {
		p.status, p.err = "", tr(p.lang, gSaveFailed, err)
		return
	}
	p.err, p.status = "", tr(p.lang, gSaved, name)
}

// renderAnalyses is everything computed from the pool: nothing with fewer
// than minGroupSize responses (only the counts, and why).
func (p *GroupPage) renderAnalyses() app.UI {
	l := p.lang
	analysed := len(p.pool.batch.Compacts)
	if analysed == 0 || p.busy() {
		return nil
	}
	if p.analyseErr != "" {
		return app.P().Class("error").Role("alert").Text(p.analyseErr)
	}
	if analysed < minGroupSize {
		return app.P().Class("notice privacy-guard").ID("group-guard").Text(trn(l, analysed, gTooFewOne, gTooFew, analysed))
	}
	var body []app.UI
	body = append(body, p.renderFilter())
	if p.rep == nil || p.rep.N < minGroupSize {
		n := 0
		if p.rep != nil {
			n = p.rep.N
		}
		guard := trn(l, n, gTooFewFilteredOne, gTooFewFiltered, n)
		body = append(body, app.P().Class("notice privacy-guard").ID("group-guard").Text(guard))
		return app.Div().Body(body...)
	}
	body = append(body,
		p.renderTables(),
		p.renderFigures(),
		p.renderProfile(),
		(&GroupCode{}).Lang(l).Summary(groupSummaryOf(p.rep, "")),
		p.renderExports(),
	)
	return app.Div().Class("group-analyses").Body(body...)
}

// Pages are the pages group.wasm draws: the group page.
func Pages() sb.Pages {
	return sb.Pages{sb.PathGroup: func() app.Composer { return &GroupPage{} }}
}
