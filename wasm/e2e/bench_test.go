//go:build !wasm

package e2e

// The browser's figures for `make bench` (internal/bench): the wasm's
// download, the first question cold and warm, and the group page's imports.
// They are measurements, not tests: they run only when SAMMEBAAT_BENCH names
// the file to append their figures to, and assert nothing about speed
// (`make bench-check` sets the figures against their budgets).

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/systeminfo"
	"github.com/chromedp/chromedp"

	sbapp "sammebaat/app"
	"sammebaat/internal/bench"
	"sammebaat/internal/bench/benchtest"
	"sammebaat/stats/statstest"
	"sammebaat/wasm/internal/analyze/analyzetest"
	"sammebaat/wasm/internal/browsertest"
	"sammebaat/wasm/internal/site"
)

// The wasm programs as the browser downloads them: their brotli copies.
// app.wasm is what a respondent downloads before the first question;
// group.wasm the group page's program.
func TestBenchWasmSize(t *testing.T) {
	benchtest.Only(t)
	web := browsertest.Web(t)
	var figs []bench.Figure
	for _, w := range []struct{ file, name, what string }{
		{site.WasmFile, "wasm", "app.wasm (the respondent's pages)"},
		{site.GroupWasmFile, "wasm/group", "group.wasm (the group page)"},
	} {
		br, err := os.Stat(filepath.Join(web, w.file+".br"))
		must(t, err)
		raw, err := os.Stat(filepath.Join(web, w.file))
		must(t, err)
		figs = append(figs,
			bench.Figure{Name: w.name + "/brotli-bytes", What: w.what + " download, brotli", Unit: "bytes", Value: float64(br.Size())},
			bench.Figure{Name: w.name + "/raw-bytes", What: w.what + " uncompressed", Unit: "bytes", Value: float64(raw.Size())})
	}
	benchtest.Record(t, figs...)
}

// From navigation to the first question rendered by the wasm, by the page's
// clock: cold (a fresh profile, nothing cached) and warm (the service worker
// holds the app); beside it, in the same run and alternating with it, a
// minimal go-app page's one heading (testdata/minimal: one component, built
// with the same go-app and flags, served by the same server from the same
// folder in place of app.wasm).
func TestBenchFirstQuestion(t *testing.T) {
	benchtest.Only(t)
	runs := bench.Runs(5)
	const firstQuestion = `main[data-ready="questionnaire"] fieldset`
	const heading = `h1#minimal`
	s := browsertest.StartApp(t)
	m := startMinimal(t)
	u := s.URL + sbapp.PathQuestionnaire
	mu := m.URL + sbapp.PathQuestionnaire

	// Each cold visit is a browser of its own, closed once its service
	// worker has cached the app: a browser left open would go on with that
	// work (downloading and storing both programs) during the next visit.
	coldVisit := func(st *browsertest.Site, u, selector string) float64 {
		b := browsertest.NewBrowser(t, st)
		d := b.TimeToReady(u, selector)
		b.WaitCached()
		b.Close()
		return d.Seconds()
	}
	var cold, minCold []float64
	for range runs {
		cold = append(cold, coldVisit(s, u, firstQuestion))
		minCold = append(minCold, coldVisit(m, mu, heading))
	}
	b := browsertest.NewBrowser(t, s)
	b.Navigate(u)
	b.WaitFor(firstQuestion)
	b.WaitCached()
	bm := browsertest.NewBrowser(t, m)
	bm.Navigate(mu)
	bm.WaitFor(heading)
	bm.WaitCached()
	var warm, minWarm []float64
	for range runs {
		b.Navigate("about:blank")
		warm = append(warm, b.TimeToReady(u, firstQuestion).Seconds())
		bm.Navigate("about:blank")
		minWarm = append(minWarm, bm.TimeToReady(mu, heading).Seconds())
	}
	benchtest.Record(t,
		bench.MedianFigure("browser/first-question-cold", "navigation → first question, cold", "s", cold),
		bench.MedianFigure("browser/first-question-warm", "navigation → first question, warm (service worker)", "s", warm),
		bench.MedianFigure("browser/minimal-heading-cold", "minimal go-app page: navigation → its heading, cold", "s", minCold),
		bench.MedianFigure("browser/minimal-heading-warm", "minimal go-app page: navigation → its heading, warm (service worker)", "s", minWarm))
}

// startMinimal serves the minimal go-app page (testdata/minimal) with the
// app's server and web folder, the minimal program in place of app.wasm.
func startMinimal(t *testing.T) *browsertest.Site {
	t.Helper()
	web := t.TempDir()
	must(t, site.CopyWeb(browsertest.Web(t), web))
	for _, ext := range []string{"", ".br", ".gz"} {
		os.Remove(filepath.Join(web, site.WasmFile+ext))
	}
	must(t, browsertest.BuildWasm(web, site.WasmFile, "./testdata/minimal"))
	s, err := site.NewServer(web)
	must(t, err)
	srv, u := browsertest.ServeOn(t, s)
	return &browsertest.Site{URL: u, Server: srv}
}

// The group page, by its own clock from the moment it is given the files:
// the report for 1,000 responses after their import, 10,000 files chosen as
// a folder and dropped as one, imported and analysed, and the longest task
// that kept the page busy while it imported them (it must not freeze).
func TestBenchGroupPage(t *testing.T) {
	benchtest.Only(t)
	runs := bench.Runs(3)
	site := browsertest.StartApp(t)
	b := browsertest.NewBrowser(t, site)
	b.Do(chromedp.EmulateViewport(1100, 900))
	// Keep the wasm instance where the measurement can read its memory.
	browsertest.OnNewDocument(b, `(() => {
  const orig = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = async (...a) => { const r = await orig(...a); window.__wasmInstance = r.instance; return r; };
})();`)
	b.Navigate(site.URL + "/group")
	b.WaitReady("group")

	thousand := t.TempDir()
	analyzetest.WriteResponses(t, thousand, statstest.StudyLike(1000, 1000))
	tenThousand := t.TempDir()
	analyzetest.WriteResponses(t, tenThousand, statstest.StudyLike(10000, 10000))

	imports := 0
	// measure gives the page dir (n files) through give and returns its
	// summary and the longest busy stretch since its import began, in ms.
	measure := func(n int, give func()) (groupSummary, float64) {
		t.Helper()
		if imports > 0 {
			b.Do(chromedp.Click(chromedp.CSS("#group-clear")))
			browsertest.WaitTrue(b, `document.getElementById("group-status").dataset.given === "0"`, "the pool emptied")
		}
		imports++
		// Every task over 50 ms. The browser lists a folder's files in the
		// task that then gives them to the page; only the part from the
		// page's start counts.
		browsertest.Eval[chromedp.Void](b, `window.__long = []; window.__longTasks = new PerformanceObserver(l => {
  for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); });
window.__longTasks.observe({type: "longtask"});`)
		start := time.Now()
		give()
		waitImports(b, imports, 3*time.Minute)
		s := summary(b)
		longest := browsertest.Eval[float64](b, `(() => { window.__longTasks.disconnect();
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
		return func() { b.Do(chromedp.SetUploadFiles(chromedp.CSS("#group-folder"), []string{dir})) }
	}
	drop := func(dir string) func() {
		return func() {
			for _, typ := range []input.DispatchDragEventType{input.DispatchDragEventTypeDragEnter,
				input.DispatchDragEventTypeDragOver, input.DispatchDragEventTypeDrop} {
				_, err := chromedp.Call(b.Ctx, input.DispatchDragEvent, input.DispatchDragEventParams{
					Type: typ, X: 300, Y: 300,
					Data: &input.DragData{Items: []*input.DragDataItem{}, Files: []string{dir}, DragOperationsMask: 1},
				})
				must(t, err)
			}
		}
	}

	var report, folder, dropped, busy, floor, native, nativeRSS []float64
	var mem tabMemory
	// The floor is measured in a browser of its own, on a page loaded anew
	// each time: in the page's tab every import leaves its 10,000 Files to
	// the browser, and later reads there were slower.
	fb := browsertest.NewBrowser(t, site)
	for range runs {
		fb.Navigate(site.URL + "/group")
		fb.WaitReady("group")
		floor = append(floor, browserReadFloor(fb, tenThousand, 10000)/1000)
		s, _ := measure(1000, choose(thousand))
		report = append(report, s.ReportMS/1000)
		s, longest := measure(10000, choose(tenThousand))
		folder = append(folder, s.ImportMS/1000)
		busy = append(busy, longest/1000)
		mem = measureTabMemory(b)
		s, _ = measure(10000, drop(tenThousand))
		dropped = append(dropped, s.ImportMS/1000)
		// The same files, the same run: the native command.
		secs, rss := runNativeAnalyze(t, tenThousand, 10000)
		native = append(native, secs)
		nativeRSS = append(nativeRSS, rss)
	}
	t.Logf("tab after importing 10,000 files: %+v", mem)
	benchtest.Record(t,
		bench.MedianFigure("native/analyze-10000", "native analyze --format json over the same 10,000 files (wall, process start to exit)", "s", native),
		bench.MedianFigure("native/analyze-10000-peak-rss", "native analyze over the 10,000 files: peak resident memory", "bytes", nativeRSS),
		bench.Figure{Name: "browser/group-10000-js-heap", What: "group page after importing 10,000 files: JavaScript heap used (Runtime.getHeapUsage)", Unit: "bytes", Value: mem.JSHeapUsed},
		bench.Figure{Name: "browser/group-10000-array-buffers", What: "group page after importing 10,000 files: JavaScript array buffers (Runtime.getHeapUsage backingStorageSize)", Unit: "bytes", Value: mem.Backing},
		bench.Figure{Name: "browser/group-10000-wasm-memory", What: "group page after importing 10,000 files: the wasm's linear memory (its peak: it never shrinks)", Unit: "bytes", Value: mem.WasmMemory},
		bench.Figure{Name: "browser/group-10000-renderer-rss", What: "group page after importing 10,000 files: the tab's renderer process, resident (VmRSS)", Unit: "bytes", Value: mem.RendererRSS},
		bench.Figure{Name: "browser/group-10000-renderer-peak", What: "group page while importing 10,000 files: the tab's renderer process, peak resident (VmHWM)", Unit: "bytes", Value: mem.RendererHWM},
		bench.MedianFigure("browser/group-report-1000", "group page: report for 1,000 responses after their import", "s", report),
		bench.MedianFigure("browser/group-import-10000-folder", "group page: 10,000 files chosen as a folder, imported and analysed", "s", folder),
		bench.MedianFigure("browser/read-10000-floor", "the browser alone reading the same 10,000 chosen files (File.arrayBuffer, 250 at a time, no Go): the floor under the group page's import", "s", floor),
		bench.MedianFigure("browser/group-import-10000-drop", "group page: 10,000 files dropped as a folder, imported and analysed", "s", dropped),
		bench.MedianFigure("browser/group-longest-busy", "group page: longest busy stretch while importing 10,000 files", "s", busy))
}

// browserReadFloor is how long the browser itself takes to read the n
// files of dir chosen as a folder, by the page's clock, in ms: from a file
// input of its own, as the group page reads them (File.arrayBuffer of 250
// files at once, chunk after chunk) but with no Go and nothing done with
// the bytes. In Chromium each file read costs the page's thread work of its
// own, so this is the floor under the group page's import of the same
// files, whatever the page does.
func browserReadFloor(b *browsertest.Tab, dir string, n int) float64 {
	b.T.Helper()
	browsertest.Eval[chromedp.Void](b, `(() => { if (document.getElementById("bench-read")) return;
  const i = document.createElement("input"); i.type = "file"; i.id = "bench-read"; i.className = "visually-hidden";
  i.setAttribute("webkitdirectory", ""); i.multiple = true; document.body.appendChild(i); })()`)
	b.Do(chromedp.SetUploadFiles(chromedp.CSS("#bench-read"), []string{dir}))
	browsertest.WaitTrue(b, fmt.Sprintf(`document.getElementById("bench-read").files.length === %d`, n), "the files chosen")
	ms := browsertest.Eval[float64](b, `(async () => { const files = Array.from(document.getElementById("bench-read").files);
  const t0 = performance.now();
  let read = 0;
  for (let i = 0; i < files.length; i += 250) read += (await Promise.all(files.slice(i, i + 250).map(f => f.arrayBuffer()))).length;
  const t = performance.now() - t0;
  if (read !== files.length) throw new Error("not every file was read");
  return t; })()`)
	b.T.Logf("the browser alone reads the %d files in %.0f ms", n, ms)
	return ms
}

// tabMemory is what the group page's tab holds: its JavaScript heap and
// the array buffers beside it, the wasm's linear memory, and its renderer
// process's resident memory from /proc.
type tabMemory struct {
	JSHeapUsed, Backing      float64
	WasmMemory               float64 // the Go program's linear memory: it grows, it never shrinks
	RendererRSS, RendererHWM float64
}

func measureTabMemory(b *browsertest.Tab) tabMemory {
	b.T.Helper()
	var m tabMemory
	heap, err := chromedp.Call(b.Ctx, cdpruntime.GetHeapUsage, cdp.Empty{})
	if err != nil {
		b.T.Fatal(err)
	}
	m.JSHeapUsed, m.Backing = heap.UsedSize, heap.BackingStorageSize
	m.WasmMemory = browsertest.Eval[float64](b, `window.__wasmInstance ? window.__wasmInstance.exports.mem.buffer.byteLength : 0`)
	if m.WasmMemory == 0 {
		b.T.Fatal("no wasm instance's memory to measure")
	}
	procs, err := chromedp.CallBrowser(b.Ctx, systeminfo.GetProcessInfo, cdp.Empty{})
	if err != nil {
		b.T.Fatal(err)
	}
	// The largest renderer is the tab's (a service worker may have one too).
	for _, p := range procs.ProcessInfo {
		if p.Type != "renderer" {
			continue
		}
		rss, hwm := procMemory(p.ID)
		if rss > m.RendererRSS {
			m.RendererRSS, m.RendererHWM = rss, hwm
		}
	}
	if m.RendererRSS == 0 {
		b.T.Fatalf("no renderer process's memory in %+v", procs.ProcessInfo)
	}
	return m
}

// procMemory reads a process's VmRSS and VmHWM, in bytes.
func procMemory(pid int64) (rss, hwm float64) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		var kb float64
		fmt.Sscanf(strings.TrimSpace(v), "%f kB", &kb)
		switch k {
		case "VmRSS":
			rss = kb * 1024
		case "VmHWM":
			hwm = kb * 1024
		}
	}
	return rss, hwm
}

var nativeOnce struct {
	sync.Once
	bin string
	err error
}

// runNativeAnalyze runs `sammebaat analyze --format json dir`, built from
// the source under test, and returns its wall time from start to exit and
// its peak resident memory; it checks that it analysed n files.
func runNativeAnalyze(t *testing.T, dir string, n int) (seconds, peakRSS float64) {
	t.Helper()
	nativeOnce.Do(func() {
		d, err := os.MkdirTemp("", "sammebaat-native-")
		if err != nil {
			nativeOnce.err = err
			return
		}
		browsertest.RemoveAtEnd(d)
		nativeOnce.bin = filepath.Join(d, "sammebaat")
		out, err := exec.Command("go", "build", "-trimpath", "-o", nativeOnce.bin, "sammebaat/wasm").CombinedOutput()
		if err != nil {
			nativeOnce.err = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	must(t, nativeOnce.err)
	// GNU time reports the peak of analyze itself: the rusage of a child
	// of this process would carry this process's own peak, which Linux
	// keeps across the child's exec.
	const gnuTime = "/usr/bin/time"
	if _, err := os.Stat(gnuTime); err != nil {
		t.Fatalf("the native figures need GNU time (Debian's time): %v", err)
	}
	peak := filepath.Join(t.TempDir(), "peak")
	var stderr bytes.Buffer
	cmd := exec.Command(gnuTime, "-f", "%M", "-o", peak, nativeOnce.bin, "analyze", "--format", "json", dir)
	cmd.Stdout = io.Discard
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	secs := time.Since(start).Seconds()
	if err != nil {
		t.Fatalf("analyze: %v\n%s", err, stderr.String())
	}
	if !strings.Contains(stderr.String(), ": "+strconv.Itoa(n)+" analysed") {
		t.Fatalf("analyze did not count %d files: %s", n, stderr.String())
	}
	data, err := os.ReadFile(peak)
	must(t, err)
	kb, err := strconv.ParseFloat(strings.TrimSpace(string(data)), 64)
	if err != nil {
		t.Fatalf("GNU time's peak: %q", data)
	}
	return secs, kb * 1024
}
