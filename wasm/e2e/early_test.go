//go:build !wasm

package e2e

// A member's first visit over a meeting room's weak link (issue 19): the
// page is painted long before its program has loaded, and what is tapped in
// that time must do what it says. Here the programs are held back by the
// server, so the same holds in every engine without a throttle of its own.

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	sbapp "sammebaat/app"
	"sammebaat/scales"
	"sammebaat/wasm/internal/browsertest"
	"sammebaat/wasm/internal/site"
)

// programDelay is how long slowPrograms holds back a program: the time a
// phone on a weak link spends downloading it, long enough for a tap.
const programDelay = 4 * time.Second

// slowPrograms holds back every WebAssembly program h serves by d, as a weak
// link would; the rest of the site comes at once.
func slowPrograms(h http.Handler, d time.Duration) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.Contains(r.URL.Path, ".wasm") {
			select {
			case <-time.After(d):
			case <-r.Context().Done():
				return
			}
		}
		h.ServeHTTP(w, r)
	})
}

// startSlowApp is StartApp with the programs held back by d.
func startSlowApp(t testing.TB, d time.Duration) *browsertest.Site {
	t.Helper()
	s, err := site.NewServer(browsertest.Web(t))
	if err != nil {
		t.Fatal(err)
	}
	srv, u := browsertest.ServeOn(t, slowPrograms(s, d))
	return &browsertest.Site{URL: u, Server: srv}
}

// startSlowStatic is StartStatic("") with the programs held back by d.
func startSlowStatic(t testing.TB, d time.Duration) *browsertest.Site {
	t.Helper()
	dir := t.TempDir()
	if err := site.BuildSite(dir, browsertest.Web(t), ""); err != nil {
		t.Fatal(err)
	}
	files := http.FileServer(http.Dir(dir))
	// As static hosts do (pretty URLs), /questionnaire is questionnaire.html.
	pretty := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if p := r.URL.Path; p != "/" && path.Ext(p) == "" {
			if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(p)+".html")); err == nil {
				r2 := r.Clone(r.Context())
				r2.URL.Path = p + ".html"
				files.ServeHTTP(w, r2)
				return
			}
		}
		files.ServeHTTP(w, r)
	})
	srv, u := browsertest.ServeOn(t, slowPrograms(pretty, d))
	return &browsertest.Site{URL: u, Dir: dir, Server: srv}
}

// chromiumTab is a Chromium tab as an EngineTab, for the flows written once
// for every engine.
type chromiumTab struct{ b *browsertest.Tab }

func (c chromiumTab) Name() string                    { return "chromium" }
func (c chromiumTab) Navigate(u string)               { c.b.T.Helper(); c.b.Navigate(u) }
func (c chromiumTab) Recorder() *browsertest.Recorder { return c.b.Rec }
func (c chromiumTab) Close()                          { c.b.Close() }
func (c chromiumTab) Click(css string)                { c.b.T.Helper(); c.b.Do(chromedp.Click(chromedp.CSS(css))) }
func (c chromiumTab) SetFiles(css string, paths ...string) {
	c.b.T.Helper()
	c.b.Do(chromedp.SetUploadFiles(chromedp.CSS(css), paths))
}
func (c chromiumTab) Download(trigger func()) (string, []byte) {
	c.b.T.Helper()
	return c.b.Download(chromedp.Func(func(context.Context, *chromedp.Target) error { trigger(); return nil }))
}
func (c chromiumTab) Eval(script string) json.RawMessage {
	c.b.T.Helper()
	expr := "(async () => { " + script + "\n})().then(v => JSON.stringify(v === undefined ? null : v))"
	// A tap may have started a navigation: the page it leaves can go away
	// under the script, which is then run in the page that comes.
	for tries := 0; ; tries++ {
		ctx, cancel := context.WithTimeout(c.b.Ctx, 60*time.Second)
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr, chromedp.EvalAwaitPromise))
		cancel()
		if err == nil {
			return json.RawMessage(s)
		}
		if tries == 20 || !navigatedAway(err) {
			c.b.T.Fatalf("evaluating %.80q: %v\nconsole:\n%s", script, err, c.b.ConsoleText())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// Before the program has loaded (go-app's loader still up), the start page's
// links already carry the language the address chose, served and on a static
// host: its Start, followed then, opens the questionnaire in that language;
// and a first visit never says that a new version is ready.
func TestEarlyStartKeepsLanguage(t *testing.T) {
	type host struct {
		name  string
		start func(testing.TB, time.Duration) *browsertest.Site
	}
	hosts := []host{{"served", startSlowApp}, {"static", startSlowStatic}}
	engines := map[string]func(t *testing.T, s *browsertest.Site) browsertest.EngineTab{
		"chromium": func(t *testing.T, s *browsertest.Site) browsertest.EngineTab {
			return chromiumTab{browsertest.NewBrowser(t, s)}
		},
		"webkit": func(t *testing.T, s *browsertest.Site) browsertest.EngineTab {
			return browsertest.EngineStarters["webkit"](t, s)
		},
	}
	for _, engine := range []string{"chromium", "webkit"} {
		for _, h := range hosts {
			for _, lang := range []string{"nb", "nn", "en"} {
				t.Run(engine+"/"+h.name+"/"+lang, func(t *testing.T) {
					s := h.start(t, programDelay)
					e := engines[engine](t, s)
					e.Navigate(s.URL + "/?lang=" + lang)
					start := fmt.Sprintf("a.button.primary[href^=%q]", sbapp.PathQuestionnaire)
					engineWait(t, e, fmt.Sprintf("document.querySelector(%q) && typeof sammebaatWasm !== 'undefined'", start), "the prerendered Start and app.js")
					if browsertest.EvalAs[bool](t, e, `return !!document.querySelector("main[data-ready]")`) {
						t.Fatal("the program was running already: nothing was early")
					}
					loading := map[string]string{"nb": "Laster … ", "nn": "Lastar … ", "en": "Loading … "}[lang]
					if got := browsertest.EvalAs[string](t, e, `return document.getElementById("app-wasm-loader-label").textContent`); !strings.HasPrefix(got, loading) {
						t.Errorf("the loader says %q, want %q…", got, loading)
					}
					href := browsertest.EvalAs[string](t, e, fmt.Sprintf("return document.querySelector(%q).getAttribute('href')", start))
					if want := sbapp.PathQuestionnaire + "?lang=" + lang; href != want {
						t.Errorf("before the program, Start links to %q, want %q", href, want)
					}
					e.Click(start) // a tap: the loader is a bar these taps go through
					engineReady(t, e, "questionnaire")
					if got := browsertest.EvalAs[string](t, e, "return document.documentElement.lang"); got != lang {
						t.Errorf("Start followed early on the %s start page opened the questionnaire in %q", lang, got)
					}
					// The first worker installs and takes the page: no notice.
					engineWaitCached(t, e)
					time.Sleep(time.Second)
					if browsertest.EvalAs[bool](t, e, `const n = document.getElementById("update-notice"); return !!n && !n.hidden`) {
						t.Error("a first visit says a new version is ready")
					}
				})
			}
		}
	}
}

// navigatedAway reports whether err is a script's page going away under it.
func navigatedAway(err error) bool {
	for _, m := range []string{"navigated or closed", "Execution context was destroyed", "Cannot find context"} {
		if strings.Contains(err.Error(), m) {
			return true
		}
	}
	return false
}

// earlyPhone opens a member's phone on a fresh app: Chromium slowed to the
// mobile profile through DevTools, WebKit (which has no such throttle) on a
// server that holds the programs back by earlyDelay.
func earlyPhone(t *testing.T, engine string) (*browsertest.Site, browsertest.EngineTab) {
	t.Helper()
	switch engine {
	case "chromium":
		s := browsertest.StartApp(t)
		b := browsertest.NewBrowser(t, s)
		b.Throttle(browsertest.MobileLink)
		return s, chromiumTab{b}
	case "webkit":
		s := startSlowApp(t, earlyDelay)
		return s, browsertest.EngineStarters["webkit"](t, s)
	}
	t.Fatalf("no engine %s", engine)
	return nil, nil
}

// earlyDelay holds WebKit's programs back long enough for a whole section to
// be answered through WebDriver on a loaded machine.
const earlyDelay = 10 * time.Second

// earlyEngines are the engines the early tests run in.
var earlyEngines = []string{"chromium", "webkit"}

// earlyServed waits for the served questionnaire and app.js, and fails the
// test if the program is running already (then nothing would be early).
func earlyServed(t *testing.T, e browsertest.EngineTab, l scales.Lang) {
	t.Helper()
	engineWait(t, e, `document.querySelector('[data-early="form"]') && typeof sammebaatWasm !== 'undefined'`, "the served section and app.js")
	notYet(t, e)
	in := scales.SESNB2018()
	if got := browsertest.EvalAs[string](t, e, `return document.documentElement.lang`); got != string(l) {
		t.Errorf("the served questionnaire is in %q, want %q", got, l)
	}
	first := in.Item(in.Sections[0].Items[0])
	if got := browsertest.EvalAs[string](t, e, `return document.querySelector("#q-`+first.ID+` legend").textContent`); got != first.Text.In(l) {
		t.Errorf("the served first question reads %q, want %q", got, first.Text.In(l))
	}
}

// notYet fails the test when the program has drawn the page already.
func notYet(t *testing.T, e browsertest.EngineTab) {
	t.Helper()
	if browsertest.EvalAs[bool](t, e, `return !!document.querySelector("main[data-ready]")`) {
		t.Fatal("the program was running already: nothing was early")
	}
}

// earlyPlan answers every question of the first section, the multiple-choice
// one with as many boxes as allowed.
func earlyPlan(in *scales.Instrument) map[string][]int {
	plan := map[string][]int{}
	for i, id := range in.Sections[0].Items {
		it := in.Item(id)
		if it.Kind == scales.Multiple {
			for _, c := range it.Choices[:it.MaxChoices] {
				plan[id] = append(plan[id], c.Value)
			}
			continue
		}
		plan[id] = []int{it.Choices[(i+1)%len(it.Choices)].Value}
	}
	return plan
}

// earlyChecked is a script: are exactly the boxes of plan checked in the
// first section?
func earlyChecked(in *scales.Instrument, plan map[string][]int) string {
	var want []string
	for _, id := range in.Sections[0].Items {
		for _, c := range plan[id] {
			want = append(want, fmt.Sprintf("%q", "q-"+id+"-"+fmt.Sprint(c)))
		}
	}
	return `const want = [` + strings.Join(want, ",") + `];
const got = [...document.querySelectorAll("main input:checked")].map((b) => b.id);
return got.length === want.length && want.every((id) => got.includes(id));`
}

// A first visit on a phone: the whole first section answered and Next
// tapped before the program has loaded. The page says it is still loading;
// once the program runs, every answer is in the stored draft, the next
// section is shown, and Back shows the answers checked.
func TestEarlyFirstSection(t *testing.T) {
	for _, engine := range earlyEngines {
		for _, l := range []scales.Lang{scales.NB, scales.NN, scales.EN} {
			t.Run(engine+"/"+string(l), func(t *testing.T) {
				s, e := earlyPhone(t, engine)
				in := scales.SESNB2018()
				e.Navigate(s.URL + sbapp.PathQuestionnaire + "?lang=" + string(l))
				earlyServed(t, e, l)
				plan := earlyPlan(in)
				for _, id := range in.Sections[0].Items {
					for _, c := range plan[id] {
						e.Click(fmt.Sprintf(`label[for="q-%s-%d"]`, id, c))
					}
				}
				if !browsertest.EvalAs[bool](t, e, earlyChecked(in, plan)) {
					t.Fatal("the served boxes do not show the answers clicked")
				}
				e.Click(`button[data-early-action="next"]`)
				status := browsertest.EvalAs[string](t, e, `const s = document.getElementById("early-status"); return s.textContent === s.dataset.text ? s.textContent : "";`)
				want := map[scales.Lang]string{scales.NB: "lastes fortsatt", scales.NN: "ikkje ferdig lasta", scales.EN: "still loading"}[l]
				if !strings.Contains(status, want) {
					t.Errorf("Next tapped early says %q, want it to say the app is %s", status, want)
				}
				notYet(t, e)

				engineReady(t, e, "questionnaire")
				engineWait(t, e, fmt.Sprintf(`document.getElementById("section-heading").textContent === %q`, in.Sections[1].Title.In(l)),
					"the second section, Next tapped early")
				r, ok := engineStored(t, e)
				if !ok || !browsertest.SameAnswers(r.Answers, plan) || r.Lang != l {
					t.Fatalf("stored after the early section: %s (%s), want %s (%s)", browsertest.DescribeAnswers(r.Answers), r.Lang, browsertest.DescribeAnswers(plan), l)
				}
				e.Click("nav.steps button.secondary") // Back
				engineWait(t, e, fmt.Sprintf(`document.getElementById("section-heading").textContent === %q`, in.Sections[0].Title.In(l)), "the first section again")
				engineWait(t, e, "(() => {"+earlyChecked(in, plan)+"})()", "the early answers shown checked")
			})
		}
	}
}

// Answers given early stay where the member left them: the program draws the
// page anew with the answers checked, the focus on the box that had it and
// that box where it was on the screen. Three boxes ticked where two are
// allowed (the served page cannot stop it) are not taken, and the page says
// so, naming the question.
func TestEarlyAnswersKeepFocusAndPlace(t *testing.T) {
	for _, engine := range earlyEngines {
		t.Run(engine, func(t *testing.T) {
			s, e := earlyPhone(t, engine)
			in := scales.SESNB2018()
			l := scales.EN
			e.Navigate(s.URL + sbapp.PathQuestionnaire + "?lang=" + string(l))
			earlyServed(t, e, l)
			emp := in.Item("employment")
			for _, c := range emp.Choices[:emp.MaxChoices+1] {
				e.Click(fmt.Sprintf(`label[for="q-employment-%d"]`, c.Value))
			}
			plan := map[string][]int{"gender": {2}, "frequency": {3}}
			e.Click(`label[for="q-gender-2"]`)
			e.Click(`label[for="q-frequency-3"]`)
			// The keyboard's place: the last box answered, a third of the
			// way down the screen.
			top := browsertest.EvalAs[float64](t, e, `const b = document.getElementById("q-frequency-3");
b.focus({preventScroll: true});
window.scrollBy(0, b.getBoundingClientRect().top - window.innerHeight / 3);
return b.getBoundingClientRect().top;`)
			notYet(t, e)

			engineReady(t, e, "questionnaire")
			engineWait(t, e, `document.getElementById("early-problem")`, "the note on the three boxes")
			note := browsertest.EvalAs[string](t, e, `return document.getElementById("early-problem").textContent`)
			if !strings.Contains(note, emp.Text.In(l)) {
				t.Errorf("the note on the early boxes says %q; it does not name %q", note, emp.Text.In(l))
			}
			engineWaitStored(t, e, plan)
			engineWait(t, e, "(() => {"+earlyChecked(in, plan)+"})()", "the early answers shown checked, the three boxes not")
			if got := browsertest.EvalAs[string](t, e, `return document.activeElement ? document.activeElement.id : ""`); got != "q-frequency-3" {
				t.Errorf("after the program drew the page the focus is on %q, want q-frequency-3", got)
			}
			now := browsertest.EvalAs[float64](t, e, `return document.getElementById("q-frequency-3").getBoundingClientRect().top`)
			if now < top-2 || now > top+2 {
				t.Errorf("the focused box moved on the screen from %.0f px to %.0f px", top, now)
			}
			// Answering the question ends the note.
			e.Click(fmt.Sprintf(`label[for="q-employment-%d"]`, emp.Choices[0].Value))
			engineWait(t, e, `!document.getElementById("early-problem")`, "the note gone once the question is answered")
		})
	}
}

// Before the program, a ?lang= the program would refuse (nn-NO, NB) is not
// copied into the page's links: Start keeps its plain address, and the
// program, once it runs, shows its default.
func TestEarlyLinksIgnoreAnUnknownLanguage(t *testing.T) {
	s := startSlowApp(t, programDelay)
	b := browsertest.NewBrowser(t, s)
	for _, lang := range []string{"nn-NO", "NB"} {
		b.Navigate(s.URL + "/?lang=" + lang)
		start := fmt.Sprintf("a.button.primary[href^=%q]", sbapp.PathQuestionnaire)
		browsertest.WaitTrue(b, fmt.Sprintf("document.querySelector(%q) && typeof sammebaatWasm !== 'undefined'", start), "the prerendered Start and app.js")
		if browsertest.Eval[bool](b, `!!document.querySelector("main[data-ready]")`) {
			t.Fatal("the program was running already: nothing was early")
		}
		if href := browsertest.Eval[string](b, fmt.Sprintf("document.querySelector(%q).getAttribute('href')", start)); href != sbapp.PathQuestionnaire {
			t.Errorf("?lang=%s: before the program, Start links to %q, want %q", lang, href, sbapp.PathQuestionnaire)
		}
	}
}
