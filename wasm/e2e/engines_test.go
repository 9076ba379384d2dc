//go:build !wasm

package e2e

// What a member and a facilitator do, in WebKit and in Firefox (issue 18):
// the respondent's flow (every question, a reload, the scores, the download,
// erasing), the app offline after one visit, the group page with files
// (its report the command line's), both room codes through a stand-in camera,
// and axe-core on the pages. Once each: the Chromium tests cover the details
// (the keyboard, the languages, the edge cases); these prove that what a
// member does works in the engines their phones run.

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	sbapp "sammebaat/app"
	"sammebaat/scales"
	"sammebaat/scales/roomcode"
	"sammebaat/stats/statstest"
	"sammebaat/wasm/internal/analyze/analyzetest"
	"sammebaat/wasm/internal/browsertest"
)

// engineNames are the engines the flows run in; a missing engine fails.
var engineNames = []string{"webkit", "firefox"}

// forEachEngine runs flow in a fresh browser of each engine, on an app of
// its own.
func forEachEngine(t *testing.T, flow func(t *testing.T, s *browsertest.Site, e browsertest.EngineTab)) {
	for _, name := range engineNames {
		t.Run(name, func(t *testing.T) {
			start := browsertest.EngineStarters[name]
			if start == nil {
				t.Fatalf("no %s engine in the harness", name)
			}
			s := browsertest.StartApp(t)
			e := start(t, s)
			flow(t, s, e)
		})
	}
}

// engineAxe runs axe-core's WCAG 2.2 A and AA rules in the engine's page.
func engineAxe(t testing.TB, e browsertest.EngineTab, what string) {
	t.Helper()
	src, err := os.ReadFile(browsertest.AxePath())
	if err != nil {
		t.Fatalf("axe-core is missing (run: npm ci --prefix wasm/internal/browsertest/testdata/node): %v", err)
	}
	// Run by the driver, not the page, so the page's policy does not stop it.
	if !browsertest.EvalAs[bool](t, e, "return typeof axe !== 'undefined'") {
		e.Eval(string(src) + "\n;window.axe = axe; return null")
	}
	tags, _ := json.Marshal(browsertest.AxeTags)
	var vs []browsertest.AxeViolation
	if err := json.Unmarshal(e.Eval(fmt.Sprintf(
		`return (await axe.run(document, {runOnly: {type: "tag", values: %s}, resultTypes: ["violations"]})).violations`, tags)), &vs); err != nil {
		t.Fatalf("%s: axe result: %v", e.Name(), err)
	}
	for _, v := range vs {
		var where []string
		for _, n := range v.Nodes {
			where = append(where, fmt.Sprintf("    %v %s", n.Target, n.HTML))
		}
		t.Errorf("%s: axe on %s: %s (%s): %s\n%s", e.Name(), what, v.ID, v.Impact, v.Help, strings.Join(where, "\n"))
	}
}

func engineStoreResponse(t testing.TB, e browsertest.EngineTab, key, text string) {
	t.Helper()
	js, _ := json.Marshal(text)
	e.Eval(fmt.Sprintf(`localStorage.setItem(%q, JSON.stringify(%s)); return null`, key, js))
}

// The whole questionnaire by pointer, a reload mid-way, the scores as scales
// computes them, the file downloaded, everything erased.
func TestEngineRespondent(t *testing.T) {
	forEachEngine(t, func(t *testing.T, s *browsertest.Site, e browsertest.EngineTab) {
		in := scales.SESNB2018()
		l := scales.EN
		// social gets too few answers (a score shown as missing).
		plan := planFor(l, "gender", "esp1", "unw7", "out1", "out2", "out3", "satisfaction")

		e.Navigate(s.URL + "/?lang=en")
		engineReady(t, e, "start")
		if got := browsertest.EvalAs[string](t, e, "return document.documentElement.lang"); got != "en" {
			t.Errorf("<html lang=%q>, want en", got)
		}
		engineAxe(t, e, "start page")
		e.Click(fmt.Sprintf("a.button.primary[href=%q]", sbapp.PathQuestionnaire))
		engineReady(t, e, "questionnaire")
		r, ok := engineStored(t, e)
		if !ok || r.Lang != l || len(r.Answers) != 0 {
			t.Fatalf("starting stored %+v %v, want an empty response in en", r, ok)
		}
		id := r.ID

		given := map[string][]int{}
		for si, sec := range in.Sections {
			n := si + 1
			engineWait(t, e, fmt.Sprintf("document.querySelector('#section-heading') && document.querySelector('#section-heading').textContent === %q", sec.Title.In(l)), "section "+strconv.Itoa(n))
			if n <= 2 {
				engineAxe(t, e, "section "+strconv.Itoa(n))
			}
			for qi, qid := range sec.Items {
				codes, answer := plan[qid]
				if !answer {
					continue
				}
				for i, c := range codes {
					e.Click(fmt.Sprintf("#q-%s-%d", qid, c))
					given[qid] = codes[:i+1]
					engineWaitStored(t, e, given)
					// The question's Clear button comes with go-app's next
					// frame and moves what is below it: a click aimed
					// before it came would land beside its target (it did
					// in WebKit), as a finger would.
					engineWait(t, e, fmt.Sprintf(`document.querySelector("#q-%s button.clear")`, qid), qid+"'s Clear button")
				}
				if it := in.Item(qid); it.Kind == scales.Multiple && len(codes) >= it.MaxChoices {
					// So does the note on the boxes left.
					engineWait(t, e, fmt.Sprintf(`document.querySelector("#q-%s-note")`, qid), qid+"'s note")
				}
				if n == 2 && qi == len(sec.Items)/2 {
					// A reload mid-way: every answer and the place come back.
					e.Navigate(browsertest.EvalAs[string](t, e, "return location.href"))
					engineReady(t, e, "questionnaire")
					engineWait(t, e, fmt.Sprintf("document.querySelector('#section-heading').textContent === %q", sec.Title.In(l)), "section 2 after the reload")
					if r, _ := engineStored(t, e); r.ID != id || !browsertest.SameAnswers(r.Answers, given) {
						t.Fatalf("after the reload: stored %s %s, want %s %s", r.ID, browsertest.DescribeAnswers(r.Answers), id, browsertest.DescribeAnswers(given))
					}
					shown := browsertest.EvalAs[[][]string](t, e, `return [...document.querySelectorAll("fieldset.question input:checked")].map(i => [i.name, i.value])`)
					for _, nv := range shown {
						if c, _ := strconv.Atoi(nv[1]); !slices.Contains(given[nv[0]], c) {
							t.Errorf("after the reload %s shows %s checked", nv[0], nv[1])
						}
					}
					want := 0
					for _, q := range sec.Items {
						want += len(given[q])
					}
					if len(shown) != want {
						t.Errorf("after the reload %d boxes checked, want %d", len(shown), want)
					}
				}
			}
			engineWait(t, e, fmt.Sprintf(`document.querySelector("#progress-text").textContent === %q`, progressText(l, n, len(given))), "the progress")
			if n < len(in.Sections) {
				e.Click("nav.steps button.primary")
			} else {
				e.Click(fmt.Sprintf("nav.steps a.button.primary[href=%q]", sbapp.PathScores))
			}
		}

		engineReady(t, e, "scores")
		engineAxe(t, e, "scores")
		// Safari may erase the answers after seven days: WebKit's page says
		// so beside the download, Firefox's does not.
		if got, want := browsertest.EvalAs[bool](t, e, `return !!document.querySelector("#download-title ~ #storage-may-expire")`), e.Name() == "webkit"; got != want {
			t.Errorf("the seven-day notice shown: %v, want %v", got, want)
		}
		want := plan.response(l, id)
		type shown struct{ Scale, Value string }
		cards := browsertest.EvalAs[[]shown](t, e, `return [...document.querySelectorAll("article.card.score")].map(a => ({Scale: a.dataset.scale, Value: a.dataset.value}))`)
		scores := in.Scores(want)
		if len(cards) != len(scores) {
			t.Fatalf("%d scores shown, want %d", len(cards), len(scores))
		}
		missing := 0
		for i, sc := range scores {
			c := cards[i]
			switch {
			case c.Scale != sc.Scale:
				t.Errorf("score %d is %s, want %s", i, c.Scale, sc.Scale)
			case sc.Missing():
				missing++
				if c.Value != "missing" {
					t.Errorf("%s shown %q, want missing", sc.Scale, c.Value)
				}
			default:
				if v, err := strconv.ParseFloat(c.Value, 64); err != nil || v != sc.Value {
					t.Errorf("%s shown %q, want %v", sc.Scale, c.Value, sc.Value)
				}
			}
		}
		if missing == 0 {
			t.Error("the plan leaves no scale without enough answers")
		}

		e.Click("#download-button")
		engineWait(t, e, "document.querySelector('#download-dialog').open", "the download dialog")
		engineAxe(t, e, "download dialog")
		name, data := e.Download(func() { e.Click("#download-dialog .dialog-buttons .button.primary") })
		if wantName := "samme-baat-" + id[:8] + ".json"; name != wantName {
			t.Errorf("downloaded %q, want %q", name, wantName)
		}
		if w, _ := scales.Marshal(want); string(data) != string(w) {
			t.Errorf("the file is\n%s\nwant scales.Marshal's\n%s", data, w)
		}
		engineWait(t, e, "!document.querySelector('#download-dialog').open", "the dialog to close")

		e.Click("#erase-button")
		engineWait(t, e, "document.querySelector('#erase-dialog').open", "the erase dialog")
		engineAxe(t, e, "erase dialog")
		e.Click("#erase-dialog .button.danger")
		engineReady(t, e, "start")
		if n := browsertest.EvalAs[int](t, e, "return localStorage.length + sessionStorage.length"); n != 0 {
			t.Errorf("after erasing, storage holds %d items", n)
		}
	})
}

// After one visit, the app opens and takes answers with the server gone.
func TestEngineOffline(t *testing.T) {
	forEachEngine(t, func(t *testing.T, s *browsertest.Site, e browsertest.EngineTab) {
		e.Navigate(s.URL + "/?lang=en")
		engineReady(t, e, "start")
		engineWaitCached(t, e)
		s.Stop()
		e.Recorder().Stop()
		e.Navigate(s.URL + sbapp.PathQuestionnaire + "?lang=en")
		engineReady(t, e, "questionnaire")
		e.Click("#q-age-3")
		engineWaitStored(t, e, map[string][]int{"age": {3}})
		e.Navigate(s.URL + sbapp.PathScores + "?lang=en")
		engineReady(t, e, "scores")
	})
}

// The group page reads chosen files, and its report is analyze's.
func TestEngineGroupPage(t *testing.T) {
	forEachEngine(t, func(t *testing.T, s *browsertest.Site, e browsertest.EngineTab) {
		good := statstest.StudyLike(2026, 40)
		root := t.TempDir()
		folder := filepath.Join(root, "pool")
		must(t, os.Mkdir(folder, 0o755))
		files := analyzetest.WriteResponses(t, folder, good)
		bad := filepath.Join(folder, "bad.json")
		must(t, os.WriteFile(bad, []byte(`{"format":"ses-response"`), 0o644))
		files = append(files, bad)

		e.Navigate(s.URL + sbapp.PathGroup + "?lang=en")
		engineReady(t, e, "group")
		e.SetFiles("#group-files", files...)
		engineWait(t, e, `(() => { const s = document.getElementById("group-status");
  return !!s && +s.dataset.imports >= 1 && s.dataset.state === "idle"; })()`, "the import")
		type counts struct{ Given, Analysed, Rejected int }
		c := browsertest.EvalAs[counts](t, e, `const d = document.getElementById("group-status").dataset;
  return {Given: +d.given, Analysed: +d.analysed, Rejected: +d.rejected}`)
		if c.Given != len(files) || c.Analysed != len(good) || c.Rejected != 1 {
			t.Errorf("after %d files: %+v", len(files), c)
		}
		if got := browsertest.EvalAs[[]string](t, e, `return [...document.querySelectorAll("#group-rejected li")].map(li => li.textContent)`); len(got) != 1 || !strings.HasPrefix(got[0], "pool/bad.json: ") && !strings.HasPrefix(got[0], "bad.json: ") {
			t.Errorf("rejected files listed: %q", got)
		}
		engineWait(t, e, `document.querySelectorAll("table").length >= 4`, "the tables")
		engineAxe(t, e, "group page with its tables")
		name, page := e.Download(func() { e.Click("#export-report") })
		if name != "ses-report.json" {
			t.Errorf("report saved as %q", name)
		}
		cli, _, _ := cliRun(t, root, files...)
		checkSameReport(t, e.Name()+": the downloaded report", page, cli)
	})
}

// standInCamera replaces the page's getUserMedia by a canvas's stream that
// shows the codes given (each an SVG path of a code's modules and its size
// in modules, as the app draws them), each for ms milliseconds, in turn, on
// a grey background, at sizes that change as a hand's would: the app's own
// scan path (video → frame → decoder) then
// reads them, in an engine that cannot play a file as its camera. It draws
// module by module with a Path2D, since the app's policy refuses data:
// images.
func standInCamera(t testing.TB, e browsertest.EngineTab, codes []drawnCode, ms int) {
	t.Helper()
	js, _ := json.Marshal(codes)
	e.Eval(fmt.Sprintf(`
  const codes = %s, ms = %d;
  const stand = async () => {
    const cv = document.createElement("canvas");
    cv.width = 640; cv.height = 480;
    const g = cv.getContext("2d");
    const t0 = performance.now();
    const draw = () => {
      g.fillStyle = "#8c8c8c";
      g.fillRect(0, 0, cv.width, cv.height);
      const now = performance.now() - t0;
      const c = codes[Math.floor(now / ms) %% codes.length];
      // A hand is never still: the code's size changes every 400 ms.
      const s = [8, 10, 12, 9, 11][Math.floor(now / 400) %% 5];
      g.save();
      g.translate(Math.floor((cv.width - s * c.size) / 2), Math.floor((cv.height - s * c.size) / 2));
      g.scale(s, s);
      g.fillStyle = "#fff";
      g.fillRect(0, 0, c.size, c.size);
      g.fillStyle = "#000";
      g.fill(new Path2D(c.path));
      g.restore();
    };
    draw();
    const timer = setInterval(draw, 50);
    const stream = cv.captureStream(20);
    for (const track of stream.getTracks()) {
      const stop = track.stop.bind(track);
      track.stop = () => { clearInterval(timer); stop(); };
    }
    window.__standInStreams = (window.__standInStreams || 0) + 1;
    return stream;
  };
  if (!navigator.mediaDevices) {
    Object.defineProperty(navigator, "mediaDevices", {value: {}, configurable: true});
  }
  navigator.mediaDevices.getUserMedia = stand;
  return null;`, js, ms))
}

// drawnCode is a code as the app drew it.
type drawnCode struct {
	Path string `json:"path"`
	Size int    `json:"size"`
}

// readDrawnCode reads the code drawn in the SVG matching sel.
func readDrawnCode(t testing.TB, e browsertest.EngineTab, sel string) drawnCode {
	t.Helper()
	return browsertest.EvalAs[drawnCode](t, e, fmt.Sprintf(`const svg = document.querySelector(%q);
  return {path: svg.querySelector("path").getAttribute("d"), size: +svg.getAttribute("viewBox").split(" ")[2]}`, sel))
}

// The room's loop in one engine: members' codes as their pages draw them,
// read by the group page's scanner; the group's code read by a member's
// scores page.
func TestEngineRoomCodes(t *testing.T) {
	forEachEngine(t, func(t *testing.T, s *browsertest.Site, e browsertest.EngineTab) {
		members := statstest.StudyLike(3030, 5)
		var drawn []drawnCode
		for i, m := range members {
			file, err := scales.Marshal(m)
			must(t, err)
			e.Navigate(s.URL + "/?lang=en")
			engineReady(t, e, "start")
			engineStoreResponse(t, e, "sammebaat.response", string(file))
			e.Navigate(s.URL + sbapp.PathScores + "?lang=en")
			engineReady(t, e, "scores")
			e.Click("#code-button")
			engineWait(t, e, `document.getElementById("code-dialog").open`, "the code dialog")
			e.Click("#code-show")
			engineWait(t, e, `document.querySelector("#code-svg")`, "the member's code")
			if i == 0 {
				engineAxe(t, e, "the member's code")
			}
			drawn = append(drawn, readDrawnCode(t, e, "#code-svg"))
		}
		// The facilitator's page scans them.
		e.Navigate(s.URL + "/?lang=en")
		engineReady(t, e, "start")
		e.Eval(`localStorage.clear(); return null`)
		e.Navigate(s.URL + sbapp.PathGroup + "?lang=en")
		engineReady(t, e, "group")
		standInCamera(t, e, drawn, 1500)
		e.Click("#group-scan-toggle")
		var st map[string]any
		browsertest.Poll(t, browsertest.Patience, 100*time.Millisecond, func() bool {
			st = browsertest.EvalAs[map[string]any](t, e, `const p = document.getElementById("group-scan-panel"), s = document.getElementById("group-scan");
  return {panel: p ? {...p.dataset} : null, scan: s ? {...s.dataset} : null,
    rejected: [...document.querySelectorAll("#group-rejected li, #group-duplicates li")].map(li => li.textContent)}`)
			p, _ := st["panel"].(map[string]any)
			return p != nil && p["codesRead"] == "5"
		}, func() string { return fmt.Sprintf("%s: five codes not read: %v", e.Name(), st) })
		if d := browsertest.EvalAs[string](t, e, `return document.getElementById("group-scan").dataset.decoder`); d != "worker" {
			t.Errorf("decoder %q, want the app's own (worker)", d)
		}
		if n := browsertest.EvalAs[int](t, e, `return window.__standInStreams || 0`); n == 0 {
			t.Error("the scanner did not use the stand-in camera")
		}
		e.Click("#group-scan-toggle")
		engineWait(t, e, `!document.getElementById("group-scan")`, "the scanner closed")
		root := t.TempDir()
		folder := filepath.Join(root, "pool")
		must(t, os.Mkdir(folder, 0o755))
		analyzetest.WriteResponses(t, folder, members)
		_, got := e.Download(func() { e.Click("#export-report") })
		cli, _, _ := cliRun(t, root, folder)
		checkSameReport(t, e.Name()+": the report of five scanned codes", got, cli)

		// The group's code, as the facilitator's page draws it.
		e.Click("#group-code-button")
		engineWait(t, e, `document.querySelector("#group-code-svg")`, "the group's code")
		group := readDrawnCode(t, e, "#group-code-svg")
		tag := browsertest.EvalAs[string](t, e, `return document.getElementById("group-code-tag").dataset.tag`)

		// A member compares.
		me := members[2]
		file, err := scales.Marshal(me)
		must(t, err)
		e.Navigate(s.URL + "/?lang=en")
		engineReady(t, e, "start")
		e.Eval(`localStorage.clear(); return null`)
		engineStoreResponse(t, e, "sammebaat.response", string(file))
		e.Navigate(s.URL + sbapp.PathScores + "?lang=en")
		engineReady(t, e, "scores")
		standInCamera(t, e, []drawnCode{group}, 1000)
		e.Click("#compare-toggle")
		engineWait(t, e, `document.querySelector("#compare-group")`, "the group beside my scores")
		if got := browsertest.EvalAs[string](t, e, `return document.getElementById("compare-status").dataset.tag`); got != tag {
			t.Errorf("the member's page shows meeting %q, the facilitator's %q", got, tag)
		}
		g := roomcode.SummarizeGroup(members)
		for _, sc := range g.Scales {
			if math.IsNaN(sc.Mean) {
				continue
			}
			text := browsertest.EvalAs[string](t, e, fmt.Sprintf(`return document.querySelector("#score-%s .group-ref").textContent`, sc.Scale))
			if want := fmt.Sprintf("%.2f", math.Round(sc.Mean*100)/100); !strings.Contains(text, want) {
				t.Errorf("%s: the member's page says %q, want the group's mean %s", sc.Scale, text, want)
			}
		}
		engineAxe(t, e, "my scores beside my group")
	})
}
