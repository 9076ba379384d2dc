//go:build !wasm

package e2e

// Browser tests of the QR codes (issue 10): a member's "Show as a code",
// the group's code on the group page, and the member's group in the score
// charts. What a code holds is checked by decoding a screenshot of the page
// with ZBar (zbarimg), an independent decoder, not by reading the page's
// DOM.

import (
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	sbapp "sammebaat/app"
	"sammebaat/scales"
	"sammebaat/scales/roomcode"
	"sammebaat/stats/report"
	"sammebaat/stats/statstest"
	"sammebaat/wasm/internal/analyze/analyzetest"
	"sammebaat/wasm/internal/browsertest"
)

// screenshotCode photographs the element matching sel and decodes it with
// zbarimg; it fails the test unless exactly one QR code is read.
func screenshotCode(b *browsertest.Tab, sel string) string {
	b.T.Helper()
	return zbarRead(b.T, screenshotPNG(b, sel), sel)
}

// checkCodeSVG checks what the CSP and screen readers need of a drawn code.
func checkCodeSVG(b *browsertest.Tab, sel string) {
	b.T.Helper()
	if s := browsertest.Eval[string](b, fmt.Sprintf(`(() => { const e = document.querySelector(%q);
  if (e.getAttribute("role") !== "img") return "role " + e.getAttribute("role");
  if (!(e.getAttribute("aria-label") || "").trim()) return "no aria-label";
  if (e.closest("[style]") || e.querySelector("[style]")) return "a style attribute";
  if (e.outerHTML.includes("data:")) return "a data: URL";
  if (e.getBoundingClientRect().width < 250) return "drawn " + e.getBoundingClientRect().width + " px wide";
  return ""; })()`, sel)); s != "" {
		b.T.Errorf("%s: %s", sel, s)
	}
}

func TestShowAsCode(t *testing.T) {
	r := statstest.StudyLike(10, 1)[0]
	r.Set("employment", 2, 5)
	want, err := roomcode.EncodeResponse(r)
	if err != nil {
		t.Fatal(err)
	}
	file, err := scales.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	s := browsertest.StartApp(t)
	b := browsertest.NewBrowser(t, s)
	b.Do(chromedp.EmulateViewport(420, 860))
	b.Navigate(s.URL + "/?lang=en")
	b.WaitReady("start")
	storeResponse(b, "sammebaat.response", string(file))
	b.Navigate(s.URL + sbapp.PathScores + "?lang=en")
	b.WaitReady("scores")

	// First what the code holds, with no code on the page.
	b.Do(chromedp.Click(chromedp.CSS("#code-button")))
	browsertest.WaitTrue(b, `document.getElementById("code-dialog").open`, "the code dialog open")
	text := browsertest.Eval[string](b, `document.getElementById("code-dialog").textContent`)
	for _, w := range []string{"Anyone who photographs the screen can read these answers", r.ID, fmt.Sprintf("(%d answers)", len(r.Answers)), "Nothing else"} {
		if !strings.Contains(text, w) {
			t.Errorf("the code dialog does not say %q: %s", w, text)
		}
	}
	if browsertest.Eval[bool](b, `!!document.querySelector("svg.qr-code")`) {
		t.Error("the code is on the page before the member asked for it")
	}
	b.CheckAxe("code dialog before the code")

	// Then the code, by keyboard: Enter on the focused "Show the code".
	browsertest.WaitTrue(b, `document.activeElement && document.activeElement.id === "code-show"`, "focus on Show the code")
	b.Do(chromedp.KeyEvent(kb.Enter))
	b.WaitFor("#code-svg")
	browsertest.WaitTrue(b, `document.activeElement && document.activeElement.id === "code-close"`, "focus on Close")
	checkCodeSVG(b, "#code-svg")
	if got := screenshotCode(b, "#code-svg"); got != want {
		t.Errorf("the code on the screen reads\n%s\nwant EncodeResponse of the stored response\n%s", got, want)
	} else if back, err := roomcode.ReadResponse("screen", got); err != nil || back.ID != r.ID {
		t.Errorf("ReadResponse of the screen's code: %v", err)
	}
	b.CheckAxe("code dialog with the code")

	// Escape closes it, and the code leaves the page.
	b.Do(chromedp.KeyEvent(kb.Escape))
	browsertest.WaitTrue(b, `!document.getElementById("code-dialog").open && !document.querySelector("svg.qr-code")`, "the code gone after Escape")

	// Shown again, then the member navigates away and back: gone.
	b.Do(chromedp.Click(chromedp.CSS("#code-button")))
	b.Do(chromedp.Click(chromedp.CSS("#code-show")))
	b.WaitFor("#code-svg")
	b.Do(chromedp.Click(chromedp.CSS("#code-close")))
	browsertest.WaitTrue(b, `!document.getElementById("code-dialog").open && !document.querySelector("svg.qr-code")`, "the code gone after Close")
	b.Do(chromedp.Click(chromedp.CSS("#code-button")))
	b.Do(chromedp.Click(chromedp.CSS("#code-show")))
	b.WaitFor("#code-svg")
	browsertest.Eval[chromedp.Void](b, `document.querySelector("a[href^='/questionnaire']").click()`)
	b.WaitReady("questionnaire")
	if browsertest.Eval[bool](b, `!!document.querySelector("svg.qr-code")`) {
		t.Error("the code stayed on the page after navigating away")
	}
	b.Navigate(s.URL + sbapp.PathScores + "?lang=en")
	b.WaitReady("scores")
	if browsertest.Eval[bool](b, `!!document.querySelector("svg.qr-code") || document.getElementById("code-dialog").open`) {
		t.Error("the code is back after returning to My scores")
	}
	b.CheckNoCSPViolations()
}

func TestGroupCode(t *testing.T) {
	good := statstest.StudyLike(2027, 12)
	dir := t.TempDir()
	analyzetest.WriteResponses(t, dir, good)
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(files) != len(good) {
		t.Fatalf("%d files: %v", len(files), err)
	}

	s := browsertest.StartApp(t)
	b := browsertest.NewBrowser(t, s)
	b.Do(chromedp.EmulateViewport(900, 1000))
	b.Navigate(s.URL + sbapp.PathGroup + "?lang=nb")
	b.WaitReady("group")

	// Four responses: no group code.
	b.Do(chromedp.SetUploadFiles(chromedp.CSS("#group-files"), files[:4]))
	waitImports(b, 1, 30*time.Second)
	if browsertest.Eval[bool](b, `!!document.getElementById("group-code-button")`) {
		t.Error("the group's code is offered for 4 responses")
	}
	b.Do(chromedp.Click(chromedp.CSS("#group-clear")))
	browsertest.WaitTrue(b, `document.getElementById("group-status").dataset.given === "0"`, "the pool emptied")

	// Five: offered.
	b.Do(chromedp.SetUploadFiles(chromedp.CSS("#group-files"), files[:5]))
	waitImports(b, 2, 30*time.Second)
	b.WaitFor("#group-code-button")
	b.Do(chromedp.Click(chromedp.CSS("#group-clear")))
	browsertest.WaitTrue(b, `document.getElementById("group-status").dataset.given === "0"`, "the pool emptied")

	// All twelve: the code holds the report's n, means and SDs to two decimals.
	b.Do(chromedp.SetUploadFiles(chromedp.CSS("#group-files"), files))
	waitImports(b, 3, 30*time.Second)
	b.Do(chromedp.Click(chromedp.CSS("#group-code-button")))
	b.WaitFor("#group-code-svg")
	browsertest.WaitTrue(b, `document.getElementById("group-code-dialog").open`, "the group code dialog open")
	checkCodeSVG(b, "#group-code-svg")
	digits := screenshotCode(b, "#group-code-svg")
	g, err := roomcode.ReadGroup("screen", digits)
	if err != nil {
		t.Fatalf("the group's code on the screen: %v", err)
	}
	tag := browsertest.Eval[string](b, `document.getElementById("group-code-tag").dataset.tag`)
	if g.Tag != tag || !strings.Contains(browsertest.Eval[string](b, `document.getElementById("group-code-tag").textContent`), tag) {
		t.Errorf("the code's tag %q, beside it %q", g.Tag, tag)
	}
	rep, err := report.NewReport(good, report.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if g.N != rep.N || g.N != len(good) {
		t.Errorf("n %d, report %d", g.N, rep.N)
	}
	for _, sc := range g.Scales {
		w := rep.Scales[sc.Scale]
		for _, p := range [][2]float64{{sc.Mean, float64(w.Mean)}, {sc.SD, float64(w.SD)}} {
			if math.IsNaN(p[1]) != math.IsNaN(p[0]) || !math.IsNaN(p[1]) && p[0] != math.Round(p[1]*100)/100 {
				t.Errorf("%s: code %v, report %v", sc.Scale, p[0], p[1])
			}
		}
	}
	b.CheckAxe("group code dialog")
	b.Do(chromedp.KeyEvent(kb.Escape))
	browsertest.WaitTrue(b, `!document.getElementById("group-code-dialog").open && !document.querySelector("svg.qr-code")`, "the group code gone after Escape")
	b.CheckNoCSPViolations()
}

func TestGroupSummaryInScores(t *testing.T) {
	r := statstest.StudyLike(11, 1)[0]
	file, err := scales.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	g := roomcode.SummarizeGroup(statstest.StudyLike(12, 9))
	g.Tag = "0427"
	digits, err := roomcode.EncodeGroup(g)
	if err != nil {
		t.Fatal(err)
	}
	stored, err := roomcode.ReadGroup("x", digits) // the two-decimal values the page shows
	if err != nil {
		t.Fatal(err)
	}

	s := browsertest.StartApp(t)
	b := browsertest.NewBrowser(t, s)
	b.Navigate(s.URL + "/?lang=en")
	b.WaitReady("start")
	storeResponse(b, "sammebaat.response", string(file))
	b.Navigate(s.URL + sbapp.PathScores + "?lang=en")
	b.WaitReady("scores")
	if browsertest.Eval[bool](b, `!!document.querySelector(".chart-group, .group-ref")`) {
		t.Error("a group is shown before any group code was stored")
	}
	storeResponse(b, "sammebaat.group", digits)
	b.Navigate(s.URL + sbapp.PathScores + "?lang=en")
	b.WaitReady("scores")
	browsertest.WaitTrue(b, `document.getElementById("compare-status").dataset.tag === "0427"`, "the stored group shown")
	if got := browsertest.Eval[string](b, `document.getElementById("compare-status").textContent`); !strings.Contains(got, "meeting 0427: 9 responses") {
		t.Errorf("compare status %q", got)
	}
	for _, sc := range stored.Scales {
		sel := "#score-" + sc.Scale
		text := browsertest.Eval[string](b, fmt.Sprintf(`document.querySelector(%q + " .group-ref").textContent`, sel))
		want := fmt.Sprintf("%.2f (SD %.2f)", sc.Mean, sc.SD)
		if !strings.Contains(text, want) {
			t.Errorf("%s: group line %q, want %q", sc.Scale, text, want)
		}
		if !browsertest.Eval[bool](b, fmt.Sprintf(`!!document.querySelector(%q + " svg .chart-group")`, sel)) {
			t.Errorf("%s: the chart has no group mark", sc.Scale)
		}
	}
	b.CheckAxe("scores with the group")

	// Erasing everything erases the group's numbers too.
	b.Do(chromedp.Click(chromedp.CSS("#erase-button")))
	browsertest.WaitTrue(b, `document.getElementById("erase-dialog").open`, "the erase dialog")
	browsertest.Eval[chromedp.Void](b, `document.querySelector("#erase-dialog .button.danger").click()`)
	b.WaitReady("start")
	if v := browsertest.Eval[string](b, `localStorage.getItem("sammebaat.group") || ""`); v != "" {
		t.Errorf("after erasing, the group's code is still stored: %s", v)
	}
	b.CheckNoCSPViolations()
}

// TestPolicyNoDataImages: the codes are inline SVG, so no page needs an
// image from a data: URL, and the policy allows none (issue 10).
func TestPolicyNoDataImages(t *testing.T) {
	header, meta := browsertest.Policies(t, browsertest.Web(t))
	for _, p := range []string{header, meta} {
		if strings.Contains(p, "data:") || !strings.Contains(p, "img-src 'self';") {
			t.Errorf("policy %q allows more images than the app's own", p)
		}
	}
}
