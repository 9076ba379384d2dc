//go:build !wasm

package e2e

// A new version reaches the respondent on any static host (issue 9, item
// 5): the site is served by a plain file server that sends Last-Modified
// and no Cache-Control, so the browser caches the files heuristically for
// hours; after a rebuild, the new version must arrive within two reloads,
// with the answers kept and the page saying a new version is ready.

import (
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"sammebaat/wasm/internal/browsertest"
	"sammebaat/wasm/internal/site"
	"sammebaat/wasm/internal/site/sitetest"
)

func TestInstallFetchesPastTheHTTPCache(t *testing.T) {
	if s := site.ServiceWorkerTemplate(); !strings.Contains(s, `new Request(url, { cache: "reload" })`) {
		t.Error("the service worker fills its cache from the browser's HTTP cache")
	}
	out := t.TempDir()
	if err := site.BuildSite(out, sitetest.FakeWeb(t), ""); err != nil {
		t.Fatal(err)
	}
	headers, err := os.ReadFile(filepath.Join(out, "_headers"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(headers), "\n  Cache-Control: no-cache\n") {
		t.Errorf("_headers does not say that every file is checked each time:\n%s", headers)
	}
}

// ageFiles sets every file under dir to have last changed at when.
func ageFiles(t *testing.T, dir string, when time.Time) {
	t.Helper()
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		return os.Chtimes(p, when, when)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestStaticSiteUpdatesWithinTwoReloads(t *testing.T) {
	web := t.TempDir()
	if err := site.CopyWeb(browsertest.Web(t), web); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := site.BuildSite(dir, web, ""); err != nil {
		t.Fatal(err)
	}
	ageFiles(t, dir, time.Now().Add(-48*time.Hour))
	// A plain static file server: Last-Modified from the files, no
	// Cache-Control, nothing of ours.
	srv, u := browsertest.ServeOn(t, http.FileServer(http.Dir(dir)))
	s := &browsertest.Site{URL: u, Dir: dir, Server: srv}
	if res, _ := browsertest.FetchHeaders(t, u+"/web/app.css", nil); res.Header.Get("Cache-Control") != "" || res.Header.Get("Last-Modified") == "" {
		t.Fatalf("the server's cache headers: %v", res.Header)
	}

	b := browsertest.NewBrowser(t, s)
	// A plain file server knows no route but the start page (the others
	// are questionnaire.html …): go there from the start page, in the app.
	b.Navigate(s.URL + "/?lang=en")
	b.WaitReady("start")
	browsertest.Eval[chromedp.Void](b, `document.querySelector("a.button.primary").click()`)
	b.WaitReady("questionnaire")
	clickAnswer(b, "gender", 2)
	browsertest.WaitStored(b, map[string][]int{"gender": {2}})
	b.WaitCached()
	// This device has used the code reader (a scan fetches it).
	decoderSize := `fetch("/web/decoder.wasm").then(r => r.ok ? r.arrayBuffer().then(b => b.byteLength) : -r.status).catch(() => -1)`
	want := browsertest.Eval[int](b, decoderSize)
	if fi, err := os.Stat(filepath.Join(dir, "web", "decoder.wasm")); err != nil || int64(want) != fi.Size() {
		t.Fatalf("the code reader fetched: %d bytes (%v)", want, err)
	}

	// A new version: a changed stylesheet, rebuilt into the same folder.
	const marker = "/* the second version */"
	css := filepath.Join(web, "app.css")
	old, err := os.ReadFile(css)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(css, append(old, "\n"+marker+"\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Remove(css + ".br")
	os.Remove(css + ".gz")
	if err := site.BuildSite(dir, web, ""); err != nil {
		t.Fatal(err)
	}
	served := func() string {
		return browsertest.Eval[string](b, `fetch("/web/app.css").then(r => r.text())`)
	}

	// First reload: the new version installs, and the page says so.
	b.Navigate(s.URL + "/?lang=en")
	b.WaitReady("start")
	b.WaitFor("#update-notice[role=status]")
	if text := browsertest.Eval[string](b, "document.querySelector('#update-notice').innerText"); !strings.Contains(text, "A new version of Samme båt is ready") {
		t.Errorf("the update notice says %q", text)
	}
	// Second reload: the new version runs, with the answer given before.
	b.Navigate(s.URL + "/?lang=en")
	b.WaitReady("start")
	if got := served(); !strings.Contains(got, marker) {
		t.Errorf("after two reloads the app still runs the old stylesheet (%d bytes, no %q)", len(got), marker)
	}
	if text := browsertest.Eval[string](b, "document.querySelector('main').innerText"); !strings.Contains(text, "You have answered 1 of 41 questions") {
		t.Errorf("the answer given before the update is not there:\n%s", text)
	}
	browsertest.WaitStored(b, map[string][]int{"gender": {2}})

	// The new version kept the code reader this device had fetched: it
	// still scans with the server gone.
	s.Stop()
	// Not from the browser's HTTP cache, which would keep the file for
	// hours on this server's headers: only the worker's cache counts.
	if _, err := chromedp.Call(b.Ctx, network.ClearBrowserCache, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	if got := browsertest.Eval[int](b, decoderSize); got != want {
		t.Errorf("offline after the update, the code reader gives %d (want %d bytes)", got, want)
	}
}
