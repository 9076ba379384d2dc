//go:build !wasm

package main

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	sbapp "sammebaat/app"
)

// wasmsLoaded lists the wasm programs the page itself fetched (not its
// service worker): "app.wasm", "group.wasm".
func wasmsLoaded(b *tab) string {
	return eval[string](b, `performance.getEntriesByType("resource").map(e => new URL(e.name).pathname)
  .filter(p => p.endsWith(".wasm") && !p.endsWith("/decoder.wasm")).map(p => p.split("/").pop()).join(" ")`)
}

// The respondent's pages run app.wasm and the group page group.wasm, each
// page starting its own program whichever way it is reached: typed in, by a
// link from a page of the other program, by the back button, offline.
func TestGroupPageRunsItsOwnWasm(t *testing.T) {
	s := startApp(t)
	b := newBrowser(t, s)
	b.navigate(s.URL + sbapp.PathStart)
	b.waitReady("start")
	if got := wasmsLoaded(b); got != "app.wasm" {
		t.Errorf("the start page fetched %q, want app.wasm alone", got)
	}

	// A link from the respondent's program to the group page.
	b.do(chromedp.Click(chromedp.CSS(`main a[href$="/group"]`)))
	b.waitReady("group")
	if got := wasmsLoaded(b); got != groupWasmFile {
		t.Errorf("the group page fetched %q, want group.wasm alone", got)
	}
	// And back to the respondent's: the header's link, then history.
	b.do(chromedp.Click(chromedp.CSS(`header a.brand`)))
	b.waitReady("start")
	if got := wasmsLoaded(b); got != "app.wasm" {
		t.Errorf("the start page, from the group page, fetched %q", got)
	}
	b.do(chromedp.NavigateBack())
	b.waitReady("group")
	b.do(chromedp.NavigateBack())
	b.waitReady("start")
	b.checkNoCSPViolations()

	// Offline, after one visit of the start page only: both programs.
	b.waitCached()
	s.Stop()
	b.rec.stop()
	b.navigate(s.URL + sbapp.PathGroup + "?lang=en")
	b.waitReady("group")
	b.navigate(s.URL + sbapp.PathQuestionnaire)
	b.waitReady("questionnaire")
	b.checkNoCSPViolations()
}

// The static site under a sub-path, on a plain file server, once the
// service worker holds the site (a plain file server knows /sub/group.html
// but not /sub/group; static hosts such as GitHub Pages serve one for the
// other, and the worker answers every page with the start page's document):
// the link to the group page starts group.wasm, the way back app.wasm.
func TestStaticGroupPageRunsItsOwnWasm(t *testing.T) {
	s := startStatic(t, "/sub/")
	b := newBrowser(t, s)
	b.navigate(s.URL + "/")
	b.waitReady("start")
	b.waitCached()
	b.do(chromedp.Click(chromedp.CSS(`main a[href$="/group"]`)))
	b.waitReady("group")
	if got := wasmsLoaded(b); got != groupWasmFile {
		t.Errorf("the group page fetched %q, want group.wasm alone", got)
	}
	if u := eval[string](b, "location.pathname"); u != "/sub/group" {
		t.Errorf("the group page is at %s", u)
	}
	b.do(chromedp.Click(chromedp.CSS(`header a.brand`)))
	b.waitReady("start")
	if got := wasmsLoaded(b); got != "app.wasm" {
		t.Errorf("the start page fetched %q", got)
	}
	if u := eval[string](b, "location.pathname"); !strings.HasPrefix(u, "/sub/") {
		t.Errorf("the start page is at %s, outside the site", u)
	}
	b.checkNoCSPViolations()
}
