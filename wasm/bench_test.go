//go:build !wasm

package main

// The browser's figures for `make bench` (internal/bench): the wasm's
// download, the first question cold and warm, and the group page's imports.
// They are measurements, not tests: they run only when SAMMEBAAT_BENCH names
// the file to append their figures to, and assert nothing about speed
// (`make bench-check` sets the figures against their budgets).

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	sbapp "sammebaat/app"
	"sammebaat/internal/bench"
	"sammebaat/stats/statstest"
)

// benchOnly skips a measurement unless `make bench` asked for it.
func benchOnly(t *testing.T) {
	t.Helper()
	if bench.Enabled() == "" {
		t.Skipf("a measurement for make bench (%s=FILE), not a test", bench.Env)
	}
}

func record(t *testing.T, figs ...bench.Figure) {
	t.Helper()
	for _, f := range figs {
		t.Logf("%s: %s %v", f.Name, bench.Format(f.Value, f.Unit), f.Runs)
	}
	if err := bench.Append(figs...); err != nil {
		t.Fatal(err)
	}
}

// The wasm as the browser downloads it: its brotli copy.
func TestBenchWasmSize(t *testing.T) {
	benchOnly(t)
	web := testWeb(t)
	br, err := os.Stat(filepath.Join(web, wasmFile+".br"))
	must(t, err)
	raw, err := os.Stat(filepath.Join(web, wasmFile))
	must(t, err)
	record(t,
		bench.Figure{Name: "wasm/brotli-bytes", What: "app.wasm download, brotli", Unit: "bytes", Value: float64(br.Size())},
		bench.Figure{Name: "wasm/raw-bytes", What: "app.wasm uncompressed", Unit: "bytes", Value: float64(raw.Size())})
}

// From navigation to the first question rendered by the wasm, by the page's
// clock: cold (a fresh profile, nothing cached) and warm (the service worker
// holds the app).
func TestBenchFirstQuestion(t *testing.T) {
	benchOnly(t)
	runs := bench.Runs(5)
	const firstQuestion = `main[data-ready="questionnaire"] fieldset`
	s := startApp(t)
	u := s.URL + sbapp.PathQuestionnaire

	var cold []float64
	for range runs {
		b := newBrowser(t, s)
		cold = append(cold, b.timeToReady(u, firstQuestion).Seconds())
	}
	b := newBrowser(t, s)
	b.navigate(u)
	b.waitFor(firstQuestion)
	b.waitCached()
	var warm []float64
	for range runs {
		b.navigate("about:blank")
		warm = append(warm, b.timeToReady(u, firstQuestion).Seconds())
	}
	record(t,
		bench.MedianFigure("browser/first-question-cold", "navigation → first question, cold", "s", cold),
		bench.MedianFigure("browser/first-question-warm", "navigation → first question, warm (service worker)", "s", warm))
}

// The group page, by its own clock from the moment it is given the files:
// the report for 1,000 responses after their import, 10,000 files chosen as
// a folder and dropped as one, imported and analysed, and the longest task
// that kept the page busy while it imported them (it must not freeze).
func TestBenchGroupPage(t *testing.T) {
	benchOnly(t)
	runs := bench.Runs(3)
	site := startApp(t)
	b := newBrowser(t, site)
	b.do(chromedp.EmulateViewport(1100, 900))
	b.navigate(site.URL + "/group")
	b.waitReady("group")

	thousand := t.TempDir()
	writeResponses(t, thousand, statstest.StudyLike(1000, 1000))
	tenThousand := t.TempDir()
	writeResponses(t, tenThousand, statstest.StudyLike(10000, 10000))

	imports := 0
	// measure gives the page dir (n files) through give and returns its
	// summary and the longest busy stretch since its import began, in ms.
	measure := func(n int, give func()) (groupSummary, float64) {
		t.Helper()
		if imports > 0 {
			b.do(chromedp.Click(chromedp.CSS("#group-clear")))
			waitTrue(b, `document.getElementById("group-status").dataset.given === "0"`, "the pool emptied")
		}
		imports++
		// Every task over 50 ms. The browser lists a folder's files in the
		// task that then gives them to the page; only the part from the
		// page's start counts.
		eval[chromedp.Void](b, `window.__long = []; window.__longTasks = new PerformanceObserver(l => {
  for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); });
window.__longTasks.observe({type: "longtask"});`)
		start := time.Now()
		give()
		waitImports(b, imports, 3*time.Minute)
		s := summary(b)
		longest := eval[float64](b, `(() => { window.__longTasks.disconnect();
  const from = +document.getElementById("group-status").dataset.startedAt;
  return Math.max(0, ...window.__long.map(([at, d]) => Math.min(d, at + d - from))); })()`)
		if s.Analysed != n || s.Given != n {
			t.Fatalf("%d files: %+v", n, s)
		}
		t.Logf("%d files: import and report %.0f ms by the page's clock (%v by the test's), report after the import %.0f ms, longest busy stretch %.0f ms",
			n, s.ImportMS, time.Since(start).Round(time.Millisecond), s.ReportMS, longest)
		return s, longest
	}
	choose := func(dir string) func() {
		return func() { b.do(chromedp.SetUploadFiles(chromedp.CSS("#group-folder"), []string{dir})) }
	}
	drop := func(dir string) func() {
		return func() {
			for _, typ := range []input.DispatchDragEventType{input.DispatchDragEventTypeDragEnter,
				input.DispatchDragEventTypeDragOver, input.DispatchDragEventTypeDrop} {
				_, err := chromedp.Call(b.ctx, input.DispatchDragEvent, input.DispatchDragEventParams{
					Type: typ, X: 300, Y: 300,
					Data: &input.DragData{Items: []*input.DragDataItem{}, Files: []string{dir}, DragOperationsMask: 1},
				})
				must(t, err)
			}
		}
	}

	var report, folder, dropped, busy []float64
	for range runs {
		s, _ := measure(1000, choose(thousand))
		report = append(report, s.ReportMS/1000)
		s, longest := measure(10000, choose(tenThousand))
		folder = append(folder, s.ImportMS/1000)
		busy = append(busy, longest/1000)
		s, _ = measure(10000, drop(tenThousand))
		dropped = append(dropped, s.ImportMS/1000)
	}
	record(t,
		bench.MedianFigure("browser/group-report-1000", "group page: report for 1,000 responses after their import", "s", report),
		bench.MedianFigure("browser/group-import-10000-folder", "group page: 10,000 files chosen as a folder, imported and analysed", "s", folder),
		bench.MedianFigure("browser/group-import-10000-drop", "group page: 10,000 files dropped as a folder, imported and analysed", "s", dropped),
		bench.MedianFigure("browser/group-longest-busy", "group page: longest busy stretch while importing 10,000 files", "s", busy))
}
