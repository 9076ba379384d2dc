//go:build !wasm

package e2e

// Browser tests of the site itself: serving, security policy, installability,
// compression, offline, the static site under a sub-path, load time. The
// respondent's pages have their own in respondent_test.go.

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	sbapp "sammebaat/app"
	"sammebaat/wasm/internal/browsertest"
	"sammebaat/wasm/internal/site"
)

func TestServedPageRendersWithStrictPolicy(t *testing.T) {
	s := browsertest.StartApp(t)
	b := browsertest.NewBrowser(t, s)
	b.Navigate(s.URL + "/")
	b.WaitFor(browsertest.AnyPage)
	b.CheckNoCSPViolations()

	res, _ := browsertest.FetchHeaders(t, s.URL+"/", nil)
	if got, want := res.Header.Get("Content-Security-Policy"), browsertest.HeaderPolicy(t, browsertest.Web(t)); got != want {
		t.Errorf("page's Content-Security-Policy = %q, want %q", got, want)
	}
	for _, h := range []string{"/app.js", "/app-worker.js", "/web/app.wasm", "/web/app.css", "/manifest.webmanifest"} {
		res, _ := browsertest.FetchHeaders(t, s.URL+h, nil)
		if res.StatusCode != http.StatusOK || res.Header.Get("Content-Security-Policy") == "" {
			t.Errorf("%s: status %d, policy %q", h, res.StatusCode, res.Header.Get("Content-Security-Policy"))
		}
	}
	// The loader counts progress in uncompressed bytes, against the
	// uncompressed size, so a brotli transfer still ends at 100 %.
	raw, err := os.Stat(filepath.Join(browsertest.Web(t), site.WasmFile))
	if err != nil {
		t.Fatal(err)
	}
	group, err := os.Stat(filepath.Join(browsertest.Web(t), site.GroupWasmFile))
	if err != nil {
		t.Fatal(err)
	}
	_, js := browsertest.FetchHeaders(t, s.URL+"/app.js", nil)
	for _, want := range []string{
		`url: "/web/app.wasm", length: "` + strconv.FormatInt(raw.Size(), 10) + `"`,
		`url: "/web/group.wasm", length: "` + strconv.FormatInt(group.Size(), 10) + `"`,
		`const goappWasmContentLength = sammebaatWasm.length;`,
	} {
		if !bytes.Contains(js, []byte(want)) {
			t.Errorf("app.js lacks %s", want)
		}
	}
	_, html := browsertest.FetchHeaders(t, s.URL+"/", nil)
	if !bytes.Contains(html, []byte("Laster … 0 %")) {
		t.Error("the page's loader does not say «Laster … 0 %»")
	}
	// The recorder must have seen the app's own requests, or it saw nothing
	// and its silence about foreign requests would mean nothing.
	if !slices.ContainsFunc(b.Rec.Seen(), func(u string) bool { return strings.HasSuffix(u, "/web/app.wasm") }) {
		t.Errorf("the recording proxy did not see the wasm being fetched; it saw %v", b.Rec.Seen())
	}
	// A page the policy is meant to stop: an inline script and a foreign
	// image must be refused, or the check above proves nothing.
	browsertest.Eval[chromedp.Void](b, `(() => {
  const s = document.createElement("script"); s.textContent = "window.__inline = 1"; document.body.append(s);
})()`)
	if browsertest.Eval[bool](b, "window.__inline === 1") {
		t.Error("an inline script ran: the security policy is not in force")
	}
	if !b.WaitConsole("CSP violation: script-src-elem blocked inline", 10*time.Second) {
		t.Error("the refused inline script was not reported as a violation: the check cannot see violations")
	}
}

func TestManifestAndIconsAreLocal(t *testing.T) {
	s := browsertest.StartApp(t)
	res, body := browsertest.FetchHeaders(t, s.URL+"/manifest.webmanifest", nil)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("manifest: %d", res.StatusCode)
	}
	var m struct {
		Name, ShortName, StartURL, Scope, Display string
		Icons                                     []struct{ Src, Type, Purpose, Sizes string }
	}
	if err := json.Unmarshal(body, &m); err != nil {
		t.Fatalf("manifest: %v\n%s", err, body)
	}
	if m.Name != "Samme båt" || m.Display != "standalone" {
		t.Errorf("manifest: %s", body)
	}
	want := map[string]bool{"192x192 ": false, "512x512 ": false, "512x512 maskable": false, "any ": false}
	for _, ic := range m.Icons {
		if !strings.HasPrefix(ic.Src, "/web/") {
			t.Errorf("icon %s is not one of the app's files", ic.Src)
			continue
		}
		res, data := browsertest.FetchHeaders(t, s.URL+ic.Src, nil)
		if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != ic.Type {
			t.Errorf("icon %s: status %d, type %q, want %q", ic.Src, res.StatusCode, res.Header.Get("Content-Type"), ic.Type)
		}
		if ic.Type == "image/png" {
			if got := pngSize(data); got != ic.Sizes {
				t.Errorf("icon %s is %s, manifest says %s", ic.Src, got, ic.Sizes)
			}
		}
		want[ic.Sizes+" "+ic.Purpose] = true
	}
	for k, ok := range want {
		if !ok {
			t.Errorf("manifest lacks the %q icon: %s", k, body)
		}
	}

	b := browsertest.NewBrowser(t, s)
	b.Navigate(s.URL + "/")
	b.WaitFor(browsertest.AnyPage)
	if got := browsertest.Eval[string](b, `document.querySelector('link[rel="manifest"]')?.href ?? ""`); got != s.URL+"/manifest.webmanifest" {
		t.Errorf("page links the manifest at %q", got)
	}
	b.WaitCached()
	b.CheckInstallable()
}

// pngSize reads a PNG's width and height from its header.
func pngSize(b []byte) string {
	if len(b) < 24 || string(b[1:4]) != "PNG" {
		return "not a PNG"
	}
	w := int(b[16])<<24 | int(b[17])<<16 | int(b[18])<<8 | int(b[19])
	h := int(b[20])<<24 | int(b[21])<<16 | int(b[22])<<8 | int(b[23])
	return strconv.Itoa(w) + "x" + strconv.Itoa(h)
}

func TestWasmServedPrecompressed(t *testing.T) {
	s := browsertest.StartApp(t)
	web := browsertest.Web(t)
	for _, c := range []struct {
		accept, encoding, file string
	}{
		{"gzip, deflate, br, zstd", "br", "app.wasm.br"},
		{"gzip", "gzip", "app.wasm.gz"},
		{"br;q=0, gzip", "gzip", "app.wasm.gz"},
		{"", "", "app.wasm"},
	} {
		res, body := browsertest.FetchHeaders(t, s.URL+"/web/app.wasm", map[string]string{"Accept-Encoding": c.accept})
		want, err := os.ReadFile(filepath.Join(web, c.file))
		if err != nil {
			t.Fatal(err)
		}
		if res.Header.Get("Content-Encoding") != c.encoding || !bytes.Equal(body, want) ||
			res.Header.Get("Vary") != "Accept-Encoding" || res.Header.Get("Content-Type") != "application/wasm" {
			t.Errorf("Accept-Encoding %q: got encoding %q, %d bytes, Vary %q, type %q; want %q, %s (%d bytes)",
				c.accept, res.Header.Get("Content-Encoding"), len(body), res.Header.Get("Vary"),
				res.Header.Get("Content-Type"), c.encoding, c.file, len(want))
		}
	}

	// The browser gets the brotli copy: it transfers fewer bytes than it
	// decodes, exactly the .br file's size.
	br, err := os.Stat(filepath.Join(web, "app.wasm.br"))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.Stat(filepath.Join(web, "app.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	b := browsertest.NewBrowser(t, s)
	b.Navigate(s.URL + "/")
	b.WaitFor(browsertest.AnyPage)
	sizes := browsertest.Eval[[]float64](b, `(() => {
  const e = performance.getEntriesByType("resource").find(e => e.name.endsWith("/web/app.wasm"));
  return e ? [e.encodedBodySize, e.decodedBodySize] : [];
})()`)
	if len(sizes) != 2 || int64(sizes[0]) != br.Size() || int64(sizes[1]) != raw.Size() {
		t.Errorf("browser's wasm transfer [encoded decoded] = %v, want [%d %d]", sizes, br.Size(), raw.Size())
	}
}

// The browser downloads only what it runs: the server, the static site
// generator, the command line and the brotli encoder are built natively
// only. Function names
// stay in a stripped Go binary (for tracebacks), so their absence shows.
func TestWasmHasNoNativeCode(t *testing.T) {
	for _, w := range []struct {
		file string
		not  []string // besides the native code
	}{
		// The respondent's program has none of the group page's code.
		{site.WasmFile, []string{"sammebaat/app/group.", "sammebaat/stats.", "sammebaat/stats/report.(*", "encoding/csv"}},
		// Nor has the group's program the respondent's pages.
		{site.GroupWasmFile, []string{"sammebaat/app/respondent."}},
	} {
		data, err := os.ReadFile(filepath.Join(browsertest.Web(t), w.file))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(data, []byte("main.main")) {
			t.Fatalf("%s has no function names at all; this test could not see any", w.file)
		}
		// go-app's server (internal/goapp): net/http, and the TLS it brings.
		for _, native := range append([]string{"sammebaat/wasm/internal/site.", "sammebaat/wasm/internal/analyze.",
			"sammebaat/wasm/internal/cmdline.", "main.run",
			"net/http.", "net/http/httptest", "crypto/tls.", "crypto/x509.", "frame-ancestors",
			"andybalholm/brotli"}, w.not...) {
			if bytes.Contains(data, []byte(native)) {
				t.Errorf("%s contains %s", w.file, native)
			}
		}
		// What each should hold, so that the names above could be seen.
		own := map[string]string{site.WasmFile: "sammebaat/app/respondent.(*ScoresPage)", site.GroupWasmFile: "sammebaat/app/group.(*GroupPage)"}[w.file]
		if !bytes.Contains(data, []byte(own)) {
			t.Errorf("%s lacks %s, its own page", w.file, own)
		}
	}
}

func TestOfflineAfterOneVisit(t *testing.T) {
	s := browsertest.StartApp(t)
	b := browsertest.NewBrowser(t, s)
	b.Navigate(s.URL + "/")
	b.WaitFor(browsertest.AnyPage)
	b.WaitCached()

	s.Stop()
	b.Rec.Stop()
	b.Do(chromedp.Reload())
	b.WaitFor(browsertest.AnyPage)
	// Any query, and a route that was never visited, still start offline.
	b.Navigate(s.URL + "/?lang=en")
	b.WaitFor(browsertest.AnyPage)
	b.Navigate(s.URL + sbapp.PathQuestionnaire)
	b.WaitFor(`main[data-ready="questionnaire"]`)
	b.CheckNoCSPViolations()
}

func TestStaticSiteUnderSubPath(t *testing.T) {
	s := browsertest.StartStatic(t, "/sub/")
	for _, f := range []string{"index.html", "app.js", "app-worker.js", "web/app.wasm", "web/app.wasm.br", "web/app.wasm.gz", "web/group.wasm", "web/group.wasm.br", "_headers", "404.html"} {
		if _, err := os.Stat(filepath.Join(s.Dir, f)); err != nil {
			t.Errorf("static site lacks %s", f)
		}
	}
	var m struct{ Scope, StartURL string }
	data, err := os.ReadFile(filepath.Join(s.Dir, "manifest.webmanifest"))
	if err != nil {
		t.Fatal(err)
	}
	json.Unmarshal(data, &m)
	if m.Scope != "/sub/" {
		t.Errorf("manifest scope %q, want /sub/", m.Scope)
	}
	pages, _ := filepath.Glob(filepath.Join(s.Dir, "*.html"))
	if len(pages) < 2 {
		t.Errorf("static site has pages %v", pages)
	}
	for _, p := range pages {
		html, _ := os.ReadFile(p)
		i := bytes.Index(html, []byte(`<meta http-equiv="Content-Security-Policy"`))
		if i < 0 || i > bytes.Index(html, []byte("<link")) || i > bytes.Index(html, []byte("<script")) {
			t.Errorf("%s: the policy <meta> does not come before everything that loads", filepath.Base(p))
		}
	}

	b := browsertest.NewBrowser(t, s)
	b.Navigate(s.URL + "/")
	b.WaitFor(browsertest.AnyPage)
	// A plain file server sends no policy: the page's <meta> carries it.
	if _, meta := browsertest.Policies(t, browsertest.Web(t)); browsertest.Eval[string](b, `document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? ""`) != meta {
		t.Error("static page has no security policy <meta>")
	}
	browsertest.Eval[chromedp.Void](b, `(() => {
  const s = document.createElement("script"); s.textContent = "window.__inline = 1"; document.body.append(s);
})()`)
	if browsertest.Eval[bool](b, "window.__inline === 1") {
		t.Error("an inline script ran on the static site: the <meta> policy is not in force")
	}
	// Its report comes a moment later; drop it once it is in, or it could
	// arrive after the drop and count against the app.
	if !b.WaitConsole("CSP violation: script-src-elem blocked inline", 10*time.Second) {
		t.Error("the refused inline script on the static site was not reported as a violation")
	}
	b.DropConsole(func(m string) bool { return strings.Contains(m, "window.__inline") || strings.Contains(m, "inline") })
	b.CheckNoCSPViolations()
	for _, u := range b.AppRequests() {
		if u != s.URL && !strings.HasPrefix(u, s.URL+"/") {
			t.Errorf("static site asked for %s, outside %s/", u, s.URL)
		}
	}

	// Links the wasm renders stay on the site: an absolute path must carry
	// the base path (on the client, app.Getenv("GOAPP_ROOT_PREFIX"); the
	// server's resolver adds it to what it renders itself).
	checkLinksUnder(t, b, s)

	b.WaitCached()
	b.CheckInstallable()
	s.Stop()
	b.Rec.Stop()
	b.Do(chromedp.Reload())
	b.WaitFor(browsertest.AnyPage)
	checkLinksUnder(t, b, s)
	// A route offline, never visited: the worker answers with the app.
	b.Navigate(s.URL + sbapp.PathQuestionnaire)
	b.WaitFor(`main[data-ready="questionnaire"]`)
	if got := browsertest.Eval[string](b, "location.pathname"); got != "/sub"+sbapp.PathQuestionnaire {
		t.Errorf("offline route at %s", got)
	}
}

// checkLinksUnder fails the test if a link of the page leads to the site's
// origin outside the site's base path.
func checkLinksUnder(t *testing.T, b *browsertest.Tab, s *browsertest.Site) {
	t.Helper()
	links := browsertest.Eval[[]string](b, `[...document.querySelectorAll("a[href]")].map(a => a.href)`)
	if len(links) == 0 {
		t.Error("the page has no links to check")
	}
	for _, l := range links {
		if strings.HasPrefix(l, s.Origin()+"/") && l != s.URL && !strings.HasPrefix(l, s.URL+"/") && !strings.HasPrefix(l, s.URL+"?") {
			t.Errorf("link %s leaves the site at %s/: build links with the base path (client: app.Getenv(\"GOAPP_ROOT_PREFIX\") + path; the server adds it itself)", l, s.URL)
		}
	}
}
