//go:build !wasm

package e2e

// Browser tests of the camera scanner (app/scan, app/group/scan.go,
// app/respondent/scores_scan.go): Chromium's fake camera plays a video the test makes with
// ffmpeg from QR codes (some turned, some blurred), and the app reads them
// with its own decoder (decoder.wasm in a worker; headless Chromium has no
// BarcodeDetector, and a script hides it in case one comes).

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	sbapp "sammebaat/app"
	"sammebaat/scales"
	"sammebaat/scales/roomcode"
	"sammebaat/stats/statstest"
	"sammebaat/wasm/internal/analyze/analyzetest"
	"sammebaat/wasm/internal/browsertest"
)

// groupScan is the group page's scan panel's counts.
type groupScanState struct {
	Given int    `json:"given"`
	Read  int    `json:"read"`
	Last  string `json:"last"`
	State string `json:"state"`
	Dec   string `json:"decoder"`
}

func scanState(b *browsertest.Tab) groupScanState {
	b.T.Helper()
	raw := browsertest.Eval[[]byte](b, `(() => { const p = document.getElementById("group-scan-panel"), s = document.getElementById("group-scan");
  if (!p || !s) return {};
  return {given: +p.dataset.codesGiven, read: +p.dataset.codesRead, last: p.dataset.last, state: s.dataset.state, decoder: s.dataset.decoder}; })()`)
	var s groupScanState
	if err := json.Unmarshal(raw, &s); err != nil {
		b.T.Fatal(err)
	}
	return s
}

// startGroupScan opens the group page and starts a scan, which must run
// with the decoder wanted: "worker" (the app's own) or "native" (the
// browser's BarcodeDetector).
func startGroupScan(b *browsertest.Tab, s *browsertest.Site, decoder string) {
	b.T.Helper()
	b.Do(chromedp.EmulateViewport(1100, 900))
	b.Navigate(s.URL + "/group?lang=en")
	b.WaitReady("group")
	b.Do(chromedp.Click(chromedp.CSS("#group-scan-toggle")))
	b.WaitFor(`#group-scan[data-state="running"]`)
	if got := scanState(b); got.Dec != decoder {
		b.T.Errorf("decoder %q, want %q", got.Dec, decoder)
	}
}

func TestScanGroupCodes(t *testing.T) {
	members := statstest.StudyLike(1010, 6)
	// The sixth member's response again, answered in the other language:
	// another code, the same id.
	again := members[5]
	again.Lang = map[scales.Lang]scales.Lang{scales.NB: scales.EN, scales.EN: scales.NB}[again.Lang]
	malformed := []byte(encode(t, members[0]))
	malformed[40] = '0' + (malformed[40]-'0'+1)%10 // a digit misread: the check digits catch it
	shots := []shot{
		{text: encode(t, members[0])},
		{text: encode(t, members[1]), filter: "rotate=12*PI/180:fillcolor=0x8c8c8c"},
		{text: encode(t, members[2]), filter: "boxblur=2:1"},
		{text: encode(t, members[3]), filter: "rotate=-20*PI/180:fillcolor=0x8c8c8c,boxblur=1:1"},
		{text: encode(t, members[4])},
		{text: encode(t, members[5]), filter: "rotate=30*PI/180:fillcolor=0x8c8c8c"},
		{text: "https://example.org/meeting"},
		{text: string(malformed)},
		{text: encode(t, again)},
	}
	video := fakeCamera(t, shots, time.Second)

	// The same responses as files, for analyze.
	root := t.TempDir()
	folder := filepath.Join(root, "pool")
	must(t, os.Mkdir(folder, 0o755))
	analyzetest.WriteResponses(t, folder, members)

	site := browsertest.StartApp(t)
	b := browsertest.NewBrowser(t, site, cameraFlags(video, true)...)
	watchCamera(b)
	startGroupScan(b, site, "worker")
	b.CheckAxe("group page, scanning")
	waitScan(b, len(shots), 60*time.Second)

	s := summary(b)
	if s.Given != 9 || s.Analysed != 6 || s.Rejected != 2 || s.Duplicates != 1 {
		t.Errorf("after the video: %+v; want 9 codes given: 6 analysed, 2 rejected, 1 duplicate", s)
	}
	if sc := scanState(b); sc.Read != 6 {
		t.Errorf("the running count says %d codes read, want 6", sc.Read)
	}
	if got := browsertest.Eval[string](b, `document.getElementById("group-scan-count").textContent`); got != "Codes read: 6" {
		t.Errorf("running count %q", got)
	}
	rejected := rejectedLines(b)
	dups := duplicatePairs(b)
	t.Logf("rejected: %q; duplicates: %q", rejected, dups)
	// What roomcode.ReadResponse says of each, under the name the page gave it.
	for i, want := range []struct{ name, text string }{{"code 7", shots[6].text}, {"code 8", shots[7].text}} {
		_, err := roomcode.ReadResponse(want.name, want.text)
		if err == nil {
			t.Fatalf("%s reads", want.name)
		}
		if i >= len(rejected) || rejected[i] != err.Error() {
			t.Errorf("rejected[%d] = %q, want %q", i, rejected, err.Error())
		}
	}
	if len(dups) != 1 || dups[0] != [2]string{"code 9", "code 6"} {
		t.Errorf("duplicates %q, want code 9 as a duplicate of code 6", dups)
	}

	// The report is analyze's on the same responses as files.
	name, got := b.Download(chromedp.Click(chromedp.CSS("#export-report")))
	cli, _, _ := cliRun(t, root, folder)
	if name != "ses-report.json" {
		t.Errorf("report saved as %q", name)
	}
	checkSameReport(t, "the report of six scanned codes", got, cli)

	// Stopping the scan turns the camera off.
	if n := liveTracks(b); n == 0 {
		t.Error("no live camera track while scanning")
	}
	b.Do(chromedp.Click(chromedp.CSS("#group-scan-toggle")))
	browsertest.WaitTrue(b, `!document.getElementById("group-scan")`, "the scanner closed")
	if n := liveTracks(b); n != 0 {
		t.Errorf("%d camera tracks still live after the scan was stopped", n)
	}
	// So does leaving the page while scanning.
	b.Do(chromedp.Click(chromedp.CSS("#group-scan-toggle")))
	b.WaitFor(`#group-scan[data-state="running"]`)
	if n := liveTracks(b); n == 0 {
		t.Error("no live camera track in the second scan")
	}
	b.Do(chromedp.Click(chromedp.CSS("a.brand")))
	b.WaitReady("start")
	if n := liveTracks(b); n != 0 {
		t.Errorf("%d camera tracks still live after leaving the page", n)
	}
	b.CheckNoCSPViolations()

	// Offline, with the server stopped: the decoder comes from the service
	// worker's cache and the codes are read again.
	b.WaitCached()
	site.Stop()
	b.Navigate(site.URL + "/group?lang=en")
	b.WaitReady("group")
	b.Do(chromedp.Click(chromedp.CSS("#group-scan-toggle")))
	waitScan(b, 6, 60*time.Second)
	if s := summary(b); s.Analysed < 6 {
		t.Errorf("offline: %+v", s)
	}
}

func TestScanCameraDenied(t *testing.T) {
	video := fakeCamera(t, []shot{{text: "x"}}, time.Second)
	site := browsertest.StartApp(t)
	b := browsertest.NewBrowser(t, site, cameraFlags(video, false)...)
	watchCamera(b)
	b.Navigate(site.URL + "/group?lang=en")
	b.WaitReady("group")
	c := chromedp.FromContext(b.Ctx)
	if _, err := chromedp.CallBrowser(b.Ctx, browser.SetPermission, browser.SetPermissionParams{
		Permission:       &browser.PermissionDescriptor{Name: "camera"},
		Setting:          browser.PermissionSettingDenied,
		Origin:           site.Origin(),
		BrowserContextID: c.BrowserContextID,
	}); err != nil {
		t.Fatal(err)
	}
	b.Do(chromedp.Click(chromedp.CSS("#group-scan-toggle")))
	b.WaitFor(`#group-scan[data-state="failed"]`)
	if f := browsertest.Eval[string](b, `document.getElementById("group-scan").dataset.failure`); f != "denied" {
		t.Errorf("failure %q, want denied", f)
	}
	msg := browsertest.Eval[string](b, `document.querySelector("#group-scan [role=alert]").textContent`)
	if !strings.Contains(msg, "not allowed to use the camera") || !strings.Contains(msg, "still choose files") {
		t.Errorf("message %q", msg)
	}
	b.CheckAxe("group page, camera denied")
	// Files still work.
	dir := t.TempDir()
	paths := analyzetest.WriteResponses(t, dir, statstest.StudyLike(7, 2))
	b.Do(chromedp.SetUploadFiles(chromedp.CSS("#group-files"), paths))
	waitImports(b, 1, 30*time.Second)
	if s := summary(b); s.Analysed != 2 {
		t.Errorf("files after a denied camera: %+v", s)
	}
}

func TestScanCompareWithGroup(t *testing.T) {
	members := statstest.StudyLike(2020, 6)
	g := roomcode.SummarizeGroup(members)
	g.Tag = "4821"
	code, err := roomcode.EncodeGroup(g)
	if err != nil {
		t.Fatal(err)
	}
	// First a member's response code (not the group's) for five seconds,
	// then the group's for one. The scan is running once the decoder is
	// loaded, which on a busy machine can take longer than a second: were
	// the group's code the first thing it saw, the scan would read it and
	// end before the test had seen it run.
	member := shot{text: encode(t, members[0])}
	video := fakeCamera(t, []shot{member, member, member, member, member,
		{text: code, filter: "rotate=15*PI/180:fillcolor=0x8c8c8c,boxblur=1:1"}}, time.Second)
	site := browsertest.StartApp(t)
	b := browsertest.NewBrowser(t, site, cameraFlags(video, true)...)
	watchCamera(b)
	me := members[1]
	file, err := scales.Marshal(me)
	if err != nil {
		t.Fatal(err)
	}
	b.Navigate(site.URL + "/?lang=en")
	b.WaitReady("start")
	quoted, _ := json.Marshal(string(file))
	browsertest.Eval[chromedp.Void](b, fmt.Sprintf(`localStorage.setItem("sammebaat.response", %q)`, quoted))

	for round := range 2 {
		b.Navigate(site.URL + "/scores?lang=en")
		b.WaitReady("scores")
		// Every state the scanner passes through, however briefly.
		browsertest.Eval[chromedp.Void](b, `window.__compareStates = [];
new MutationObserver(() => {
  const e = document.getElementById("compare-scan");
  const s = e ? e.dataset.state : "gone";
  if (window.__compareStates.at(-1) !== s) window.__compareStates.push(s);
}).observe(document.body, {subtree: true, childList: true, attributes: true, attributeFilter: ["data-state"]});`)
		b.Do(chromedp.Click(chromedp.CSS("#compare-toggle")))
		browsertest.WaitTrue(b, `window.__compareStates.includes("running")`, "the scan running")
		if round == 0 {
			if !browsertest.Eval[bool](b, `document.querySelector('#compare-scan[data-state="running"]') !== null`) {
				t.Logf("the scan had read the group's code before the accessibility check of its view (states %s)",
					browsertest.Eval[string](b, `window.__compareStates.join(" → ")`))
			}
			b.CheckAxe("scores page, scanning")
		}
		// The second time the group's numbers stored the first time are
		// shown already: wait for this scan's reading.
		b.WaitFor(`#compare-scan-last.read`)
		b.WaitFor(`#compare-group`)
		if n := liveTracks(b); n != 0 {
			t.Errorf("round %d: %d camera tracks live after the group's code was read", round, n)
		}
		in := scales.SESNB2018()
		// What the code carries: hundredths of the group's means and SDs.
		read, err := roomcode.ReadGroup("test", code)
		if err != nil {
			t.Fatal(err)
		}
		shown := browsertest.Eval[map[string]string](b, `Object.fromEntries([...document.querySelectorAll("#compare-group tr[data-scale]")].map(r => [r.dataset.scale, r.querySelector("td.group").textContent]))`)
		for _, sc := range in.Scales {
			s, _ := read.Scale(sc.ID)
			exact, _ := g.Scale(sc.ID)
			if math.Abs(s.Mean-exact.Mean) > 0.005 || math.Abs(s.SD-exact.SD) > 0.005 {
				t.Fatalf("%s: the code carries %v ± %v, the group's is %v ± %v", sc.ID, s.Mean, s.SD, exact.Mean, exact.SD)
			}
			want := fmt.Sprintf("%.2f ± %.2f", s.Mean, s.SD)
			if shown[sc.ID] != want {
				t.Errorf("round %d: %s shown as %q, want %q", round, sc.ID, shown[sc.ID], want)
			}
		}
		if n := browsertest.Eval[string](b, `document.getElementById("compare-group").dataset.n`); n != "6" {
			t.Errorf("n shown %q", n)
		}
		b.CheckAxe("scores page with the group's summary")
		if round == 0 {
			b.WaitCached()
			site.Stop()
		}
	}
	b.CheckNoCSPViolations()
}

// The code reader is no part of a respondent's download: a visit that
// never scans neither fetches decoder.wasm nor has the service worker
// cache it (issue 10: "load it when a scan starts, and cache it for offline
// use"). TestScanGroupCodes checks that, once a scan has loaded it, it
// works with the server stopped.
func TestDecoderOnlyWhenScanning(t *testing.T) {
	site := browsertest.StartApp(t)
	b := browsertest.NewBrowser(t, site)
	for _, path := range []string{"/?lang=en", sbapp.PathQuestionnaire, sbapp.PathScores} {
		b.Navigate(site.URL + path)
	}
	b.WaitReady("scores")
	b.WaitCached()
	for _, u := range b.AppRequests() {
		if strings.Contains(u, "decoder.wasm") {
			t.Errorf("a visit that never scanned fetched %s", u)
		}
	}
	if browsertest.Eval[bool](b, `(async () => {
  for (const k of await caches.keys()) {
    for (const r of await (await caches.open(k)).keys()) {
      if (r.url.includes("decoder.wasm")) return true;
    }
  }
  return false;
})()`) {
		t.Error("the service worker cached the code reader for a visit that never scanned")
	}
}

// Where the browser has its own BarcodeDetector (Chrome on Android) the
// scanner uses it and never loads decoder.wasm. Headless Chromium here has
// none, so a stand-in is put in its place before the page starts: it
// answers getSupportedFormats with qr_code and gives, for real camera
// frames (it checks the canvas it is handed has the frame's size), one code
// of a list every few frames, as a detector does while codes are held up one
// after another. The codes then go through the same reader and pool as the
// app's own decoder's: the report is analyze's on the same responses as
// files, and the same problems are listed.
func TestScanWithBrowserDetector(t *testing.T) {
	members := statstest.StudyLike(2020, 6)
	again := members[2]
	again.Lang = map[scales.Lang]scales.Lang{scales.NB: scales.EN, scales.EN: scales.NB}[again.Lang]
	codes := []string{}
	for _, m := range members {
		codes = append(codes, encode(t, m))
	}
	codes = append(codes, "https://example.org/meeting", encode(t, again))
	list, err := json.Marshal(codes)
	must(t, err)

	root := t.TempDir()
	folder := filepath.Join(root, "pool")
	must(t, os.Mkdir(folder, 0o755))
	analyzetest.WriteResponses(t, folder, members)

	video := fakeCamera(t, []shot{{text: "blank"}}, time.Second)
	site := browsertest.StartApp(t)
	b := browsertest.NewBrowser(t, site, cameraFlags(video, true)...)
	browsertest.OnNewDocument(b, `(() => {
  const codes = `+string(list)+`;
  window.__detector = {made: 0, calls: 0, badFrames: 0, given: 0};
  class BarcodeDetector {
    constructor(opts) {
      window.__detector.made++;
      window.__detector.formats = (opts && opts.formats) || [];
    }
    static getSupportedFormats() { return Promise.resolve(["qr_code", "ean_13"]); }
    detect(source) {
      const d = window.__detector;
      d.calls++;
      if (!source || !(source.width > 0) || !(source.height > 0)) { d.badFrames++; return Promise.resolve([]); }
      // A code every third frame, the list once through.
      if (d.calls % 3 !== 0 || d.given >= codes.length) return Promise.resolve([]);
      return Promise.resolve([{format: "qr_code", rawValue: codes[d.given++], boundingBox: {}, cornerPoints: []}]);
    }
  }
  window.BarcodeDetector = BarcodeDetector;
})();`)
	startGroupScan(b, site, "native")
	waitScan(b, len(codes), 60*time.Second)

	type detectorUse struct {
		Made, Calls, BadFrames, Given int
		Formats                       []string
	}
	var d detectorUse
	must(t, json.Unmarshal(browsertest.Eval[[]byte](b, `window.__detector`), &d))
	if d.Made != 1 || fmt.Sprint(d.Formats) != "[qr_code]" || d.BadFrames != 0 || d.Given != len(codes) {
		t.Errorf("the browser's detector was used so: %+v; want one made for qr_code, fed frames of a size, every code given", d)
	}
	s := summary(b)
	if s.Analysed != 6 || s.Rejected != 1 || s.Duplicates != 1 {
		t.Errorf("after the codes: %+v; want 6 analysed, 1 rejected, 1 duplicate", s)
	}
	rejected := rejectedLines(b)
	_, rerr := roomcode.ReadResponse("code 7", codes[6])
	if rerr == nil || len(rejected) != 1 || rejected[0] != rerr.Error() {
		t.Errorf("rejected %q, want [%v]", rejected, rerr)
	}
	dups := duplicatePairs(b)
	if len(dups) != 1 || dups[0] != [2]string{"code 8", "code 3"} {
		t.Errorf("duplicates %q, want code 8 as a duplicate of code 3", dups)
	}
	_, got := b.Download(chromedp.Click(chromedp.CSS("#export-report")))
	cli, _, _ := cliRun(t, root, folder)
	checkSameReport(t, "the report of six codes from the browser's detector", got, cli)

	for _, u := range b.AppRequests() {
		// (decoder-worker.js, a few lines, is precached with the other pages' files.)
		if strings.Contains(u, "decoder.wasm") {
			t.Errorf("with the browser's own detector the scanner fetched %s", u)
		}
	}
	if n := browsertest.Eval[int](b, `performance.getEntriesByType("resource").filter(e => e.name.includes("decoder")).length`); n != 0 {
		t.Errorf("the page loaded %d of the decoder's files", n)
	}
	b.Do(chromedp.Click(chromedp.CSS("#group-scan-toggle")))
	browsertest.WaitTrue(b, `!document.getElementById("group-scan")`, "the scanner closed")
	b.CheckNoCSPViolations()
}
