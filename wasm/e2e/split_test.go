//go:build !wasm

package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	sbapp "sammebaat/app"
	"sammebaat/wasm/internal/browsertest"
	"sammebaat/wasm/internal/site"
)

// wasmsLoaded lists the wasm programs the page itself fetched (not its
// service worker): "app.wasm", "group.wasm".
func wasmsLoaded(b *browsertest.Tab) string {
	return browsertest.Eval[string](b, `performance.getEntriesByType("resource").map(e => new URL(e.name).pathname)
  .filter(p => p.endsWith(".wasm") && !p.endsWith("/decoder.wasm")).map(p => p.split("/").pop()).join(" ")`)
}

// The respondent's pages run app.wasm and the group page group.wasm, each
// page starting its own program whichever way it is reached: typed in, by a
// link from a page of the other program, by the back button, offline.
func TestGroupPageRunsItsOwnWasm(t *testing.T) {
	s := browsertest.StartApp(t)
	b := browsertest.NewBrowser(t, s)
	b.Navigate(s.URL + sbapp.PathStart)
	b.WaitReady("start")
	if got := wasmsLoaded(b); got != "app.wasm" {
		t.Errorf("the start page fetched %q, want app.wasm alone", got)
	}

	// A link from the respondent's program to the group page.
	b.Do(chromedp.Click(chromedp.CSS(`main a[href$="/group"]`)))
	b.WaitReady("group")
	if got := wasmsLoaded(b); got != site.GroupWasmFile {
		t.Errorf("the group page fetched %q, want group.wasm alone", got)
	}
	// And back to the respondent's: the header's link, then history.
	b.Do(chromedp.Click(chromedp.CSS(`header a.brand`)))
	b.WaitReady("start")
	if got := wasmsLoaded(b); got != "app.wasm" {
		t.Errorf("the start page, from the group page, fetched %q", got)
	}
	b.Do(chromedp.NavigateBack())
	b.WaitReady("group")
	b.Do(chromedp.NavigateBack())
	b.WaitReady("start")
	b.CheckNoCSPViolations()

	// Offline, after one visit of the start page only: both programs.
	b.WaitCached()
	s.Stop()
	b.Rec.Stop()
	b.Navigate(s.URL + sbapp.PathGroup + "?lang=en")
	b.WaitReady("group")
	b.Navigate(s.URL + sbapp.PathQuestionnaire)
	b.WaitReady("questionnaire")
	b.CheckNoCSPViolations()
}

// The static site under a sub-path, on a plain file server, once the
// service worker holds the site (a plain file server knows /sub/group.html
// but not /sub/group; static hosts such as GitHub Pages serve one for the
// other, and the worker answers every page with the start page's document):
// the link to the group page starts group.wasm, the way back app.wasm.
func TestStaticGroupPageRunsItsOwnWasm(t *testing.T) {
	s := browsertest.StartStatic(t, "/sub/")
	b := browsertest.NewBrowser(t, s)
	b.Navigate(s.URL + "/")
	b.WaitReady("start")
	b.WaitCached()
	b.Do(chromedp.Click(chromedp.CSS(`main a[href$="/group"]`)))
	b.WaitReady("group")
	if got := wasmsLoaded(b); got != site.GroupWasmFile {
		t.Errorf("the group page fetched %q, want group.wasm alone", got)
	}
	if u := browsertest.Eval[string](b, "location.pathname"); u != "/sub/group" {
		t.Errorf("the group page is at %s", u)
	}
	b.Do(chromedp.Click(chromedp.CSS(`header a.brand`)))
	b.WaitReady("start")
	if got := wasmsLoaded(b); got != "app.wasm" {
		t.Errorf("the start page fetched %q", got)
	}
	if u := browsertest.Eval[string](b, "location.pathname"); !strings.HasPrefix(u, "/sub/") {
		t.Errorf("the start page is at %s, outside the site", u)
	}
	b.CheckNoCSPViolations()
}

// On a first visit the service worker, whose installation downloads every
// file the app keeps offline, is registered only once the page has its own
// program: the two downloads no longer compete on the way to the first
// question. The worker then caches the app as before. A returning visit
// registers it before the program is fetched, as go-app does, so that a new
// version is followed from its start; offline the app still works.
func TestWorkerRegisteredAfterProgramLoaded(t *testing.T) {
	s := browsertest.StartApp(t)
	b := browsertest.NewBrowser(t, s)
	browsertest.OnNewDocument(b, `(() => {
  if (!navigator.serviceWorker) return;
  const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
  navigator.serviceWorker.register = (...args) => {
    window.__registeredAt = performance.now();
    return register(...args);
  };
})();`)
	// registered is when the page registered the worker, fetched when its
	// fetch of app.wasm started and loaded when it ended (ms, -1: never).
	times := func() (registered, fetched, loaded float64) {
		v := browsertest.Eval[[]float64](b, `(() => {
  const e = performance.getEntriesByType("resource").find((e) => new URL(e.name).pathname.endsWith("/app.wasm"));
  return [window.__registeredAt === undefined ? -1 : window.__registeredAt, e ? e.startTime : -1, e ? e.responseEnd : -1];
})()`)
		return v[0], v[1], v[2]
	}

	b.Navigate(s.URL + sbapp.PathQuestionnaire)
	b.WaitReady("questionnaire")
	b.WaitCached()
	registered, _, loaded := times()
	if loaded < 0 {
		t.Fatal("the page did not fetch app.wasm")
	}
	if registered < loaded {
		t.Errorf("first visit: the service worker was registered at %.0f ms, before the page had its program (%.0f ms)", registered, loaded)
	}

	b.Navigate(s.URL + sbapp.PathStart)
	b.WaitReady("start")
	registered, fetched, _ := times()
	if registered < 0 || fetched < 0 || registered > fetched {
		t.Errorf("returning visit: the service worker was registered at %.0f ms, want it before the program's fetch (%.0f ms)", registered, fetched)
	}

	s.Stop()
	b.Rec.Stop()
	b.Navigate(s.URL + sbapp.PathQuestionnaire)
	b.WaitReady("questionnaire")
	b.CheckNoCSPViolations()
}
