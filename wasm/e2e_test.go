//go:build !wasm

package main

// Browser tests of the site itself: serving, security policy, installability,
// compression, offline, the static site under a sub-path, load time. The
// respondent's pages have their own in app_e2e_test.go.

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
	"sammebaat/app/group"
	"sammebaat/app/respondent"
)

func init() {
	// The test binary is the native program: it serves the app's routes.
	sbapp.Route(sbapp.Join(respondent.Pages(), group.Pages()))
}

// anyPage matches the main region of any page once the wasm has rendered it.
const anyPage = "main[data-ready]"

func TestServedPageRendersWithStrictPolicy(t *testing.T) {
	s := startApp(t)
	b := newBrowser(t, s)
	b.navigate(s.URL + "/")
	b.waitFor(anyPage)
	b.checkNoCSPViolations()

	res, _ := fetchHeaders(t, s.URL+"/", nil)
	if got, want := res.Header.Get("Content-Security-Policy"), headerPolicy(t, testWeb(t)); got != want {
		t.Errorf("page's Content-Security-Policy = %q, want %q", got, want)
	}
	for _, h := range []string{"/app.js", "/app-worker.js", "/web/app.wasm", "/web/app.css", "/manifest.webmanifest"} {
		res, _ := fetchHeaders(t, s.URL+h, nil)
		if res.StatusCode != http.StatusOK || res.Header.Get("Content-Security-Policy") == "" {
			t.Errorf("%s: status %d, policy %q", h, res.StatusCode, res.Header.Get("Content-Security-Policy"))
		}
	}
	// The loader counts progress in uncompressed bytes, against the
	// uncompressed size, so a brotli transfer still ends at 100 %.
	raw, err := os.Stat(filepath.Join(testWeb(t), wasmFile))
	if err != nil {
		t.Fatal(err)
	}
	group, err := os.Stat(filepath.Join(testWeb(t), groupWasmFile))
	if err != nil {
		t.Fatal(err)
	}
	_, js := fetchHeaders(t, s.URL+"/app.js", nil)
	for _, want := range []string{
		`url: "/web/app.wasm", length: "` + strconv.FormatInt(raw.Size(), 10) + `"`,
		`url: "/web/group.wasm", length: "` + strconv.FormatInt(group.Size(), 10) + `"`,
		`const goappWasmContentLength = sammebaatWasm.length;`,
	} {
		if !bytes.Contains(js, []byte(want)) {
			t.Errorf("app.js lacks %s", want)
		}
	}
	_, html := fetchHeaders(t, s.URL+"/", nil)
	if !bytes.Contains(html, []byte("Laster … 0 %")) {
		t.Error("the page's loader does not say «Laster … 0 %»")
	}
	// The recorder must have seen the app's own requests, or it saw nothing
	// and its silence about foreign requests would mean nothing.
	if !slices.ContainsFunc(b.rec.seen(), func(u string) bool { return strings.HasSuffix(u, "/web/app.wasm") }) {
		t.Errorf("the recording proxy did not see the wasm being fetched; it saw %v", b.rec.seen())
	}
	// A page the policy is meant to stop: an inline script and a foreign
	// image must be refused, or the check above proves nothing.
	eval[chromedp.Void](b, `(() => {
  const s = document.createElement("script"); s.textContent = "window.__inline = 1"; document.body.append(s);
})()`)
	if eval[bool](b, "window.__inline === 1") {
		t.Error("an inline script ran: the security policy is not in force")
	}
	if !b.waitConsole("CSP violation: script-src-elem blocked inline", 10*time.Second) {
		t.Error("the refused inline script was not reported as a violation: the check cannot see violations")
	}
}

// waitConsole waits up to timeout for a console message containing s and
// reports whether one came: the page reports a violation in a task of its
// own, and the message reaches the test as an event after that, later on
// a busy machine.
func (b *tab) waitConsole(s string, timeout time.Duration) bool {
	deadline := time.Now().Add(timeout)
	for {
		b.mu.Lock()
		seen := slices.ContainsFunc(b.console, func(m string) bool { return strings.Contains(m, s) })
		b.mu.Unlock()
		if seen || time.Now().After(deadline) {
			return seen
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// The harness sees what the app asks of another origin, whatever asks it —
// the page, its service worker, a worker it starts — and whether the request
// reached the network or the browser's policy stopped it: without this, a
// silent recorder would pass every test. Chromium's own requests at start
// (148–150 ask www.google.com through the app's proxy) are not the app's.
func TestHarnessCatchesForeignRequests(t *testing.T) {
	// The static site: its pages have their policy in a <meta>, its workers
	// none (a plain file server sends no header), so a worker's request to
	// another origin leaves the browser, as it would if the policy failed.
	s := startStatic(t, "")
	b := newBrowser(t, s)
	b.navigate(s.URL + "/?lang=en")
	b.waitFor(anyPage)
	b.waitCached() // the service worker runs

	// A worker whose first line asks another origin: its very first
	// request is counted too (netWatch holds each worker until its network
	// events are on).
	must(t, os.WriteFile(filepath.Join(s.Dir, "web", "foreign-worker.js"),
		[]byte(`fetch("http://foreign.invalid/worker-top").catch(() => {});`), 0o644))
	eval[chromedp.Void](b, `window.__top = new Worker("/web/foreign-worker.js")`)
	// A worker the page starts, as the scanner starts the decoder's.
	eval[chromedp.Void](b, `window.__w = new Worker("/web/decoder-worker.js")`)
	worker := b.attachTo("worker")
	evalIn(t, worker, `fetch("http://foreign.invalid/worker-fetch").then(() => 0, () => 0)`)
	sw := b.attachTo("service_worker")
	evalIn(t, sw, `fetch("http://foreign.invalid/sw-fetch").then(() => 0, () => 0)`)
	// The page: a navigation is not subject to the page's policy, so it
	// reaches the network (the proxy, which refuses it).
	chromedp.Do(b.ctx, chromedp.Navigate("http://foreign.invalid/navigation"))

	want := map[string]string{"navigation": "page", "worker-top": "worker", "worker-fetch": "worker", "sw-fetch": "service_worker"}
	deadline := time.Now().Add(patience)
	for {
		got := b.foreignRequests()
		missing := []string{}
		for path, kind := range want {
			if !slices.ContainsFunc(got, func(f string) bool {
				return strings.HasPrefix(f, kind+" http://foreign.invalid/"+path)
			}) {
				missing = append(missing, kind+" "+path)
			}
		}
		if len(missing) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("foreign requests seen = %q; missing %v", got, missing)
		}
		time.Sleep(50 * time.Millisecond)
	}
	// The navigation reached the network, where the proxy refused it.
	if got := b.rec.foreignSeen(); !slices.Contains(got, "GET http://foreign.invalid/navigation") {
		t.Errorf("the proxy's refused requests %q lack the navigation", got)
	}
	b.rec.excuse("foreign.invalid")
	if got := b.foreignRequests(); len(got) != 0 {
		t.Errorf("after excusing foreign.invalid, still foreign: %q", got)
	}
}

// axe-core runs in the page despite its security policy, and finds what it
// should: an image without a text alternative, a field without a label.
func TestHarnessRunsAxe(t *testing.T) {
	s := startApp(t)
	b := newBrowser(t, s)
	b.navigate(s.URL + "/")
	b.waitFor(anyPage)
	eval[chromedp.Void](b, `(() => {
  const img = document.createElement("img"); img.src = "/web/icon-192.png"; document.body.append(img);
  const input = document.createElement("input"); input.type = "text"; document.body.append(input);
})()`)
	var ids []string
	for _, v := range b.axeViolations() {
		ids = append(ids, v.ID)
	}
	for _, want := range []string{"image-alt", "label"} {
		if !slices.Contains(ids, want) {
			t.Errorf("axe found %v, want %s among them", ids, want)
		}
	}
}

// The download helper gets the file a page saves, name and bytes.
func TestHarnessCapturesDownloads(t *testing.T) {
	s := startApp(t)
	b := newBrowser(t, s)
	b.navigate(s.URL + "/")
	b.waitFor(anyPage)
	name, data := b.download(chromedp.Evaluate[chromedp.Void](`(() => {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob(['{"x":1}'], {type: "application/json"}));
  a.download = "test-file.json";
  document.body.append(a);
  a.click();
})()`))
	if name != "test-file.json" || string(data) != `{"x":1}` {
		t.Errorf("downloaded %q: %q", name, data)
	}
	b.checkNoCSPViolations()
}

func TestManifestAndIconsAreLocal(t *testing.T) {
	s := startApp(t)
	res, body := fetchHeaders(t, s.URL+"/manifest.webmanifest", nil)
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
		res, data := fetchHeaders(t, s.URL+ic.Src, nil)
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

	b := newBrowser(t, s)
	b.navigate(s.URL + "/")
	b.waitFor(anyPage)
	if got := eval[string](b, `document.querySelector('link[rel="manifest"]')?.href ?? ""`); got != s.URL+"/manifest.webmanifest" {
		t.Errorf("page links the manifest at %q", got)
	}
	b.waitCached()
	b.checkInstallable()
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
	s := startApp(t)
	web := testWeb(t)
	for _, c := range []struct {
		accept, encoding, file string
	}{
		{"gzip, deflate, br, zstd", "br", "app.wasm.br"},
		{"gzip", "gzip", "app.wasm.gz"},
		{"br;q=0, gzip", "gzip", "app.wasm.gz"},
		{"", "", "app.wasm"},
	} {
		res, body := fetchHeaders(t, s.URL+"/web/app.wasm", map[string]string{"Accept-Encoding": c.accept})
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
	b := newBrowser(t, s)
	b.navigate(s.URL + "/")
	b.waitFor(anyPage)
	sizes := eval[[]float64](b, `(() => {
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
		{wasmFile, []string{"sammebaat/app/group.", "sammebaat/stats.", "sammebaat/stats/report.(*", "encoding/csv"}},
		{groupWasmFile, nil},
	} {
		data, err := os.ReadFile(filepath.Join(testWeb(t), w.file))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(data, []byte("main.main")) {
			t.Fatalf("%s has no function names at all; this test could not see any", w.file)
		}
		// go-app's server (internal/goapp): net/http, and the TLS it brings.
		for _, native := range append([]string{"main.runServe", "main.buildSite", "main.runAnalyze", "main.run",
			"net/http.", "net/http/httptest", "crypto/tls.", "crypto/x509.", "frame-ancestors",
			"andybalholm/brotli"}, w.not...) {
			if bytes.Contains(data, []byte(native)) {
				t.Errorf("%s contains %s", w.file, native)
			}
		}
		if w.file == groupWasmFile && !bytes.Contains(data, []byte("sammebaat/app/group.(*GroupPage)")) {
			t.Errorf("%s has no group page", w.file)
		}
	}
}

func TestOfflineAfterOneVisit(t *testing.T) {
	s := startApp(t)
	b := newBrowser(t, s)
	b.navigate(s.URL + "/")
	b.waitFor(anyPage)
	b.waitCached()

	s.Stop()
	b.rec.stop()
	b.do(chromedp.Reload())
	b.waitFor(anyPage)
	// Any query, and a route that was never visited, still start offline.
	b.navigate(s.URL + "/?lang=en")
	b.waitFor(anyPage)
	b.navigate(s.URL + sbapp.PathQuestionnaire)
	b.waitFor(`main[data-ready="questionnaire"]`)
	b.checkNoCSPViolations()
}

func TestStaticSiteUnderSubPath(t *testing.T) {
	s := startStatic(t, "/sub/")
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

	b := newBrowser(t, s)
	b.navigate(s.URL + "/")
	b.waitFor(anyPage)
	// A plain file server sends no policy: the page's <meta> carries it.
	if _, meta := policies(t, testWeb(t)); eval[string](b, `document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? ""`) != meta {
		t.Error("static page has no security policy <meta>")
	}
	eval[chromedp.Void](b, `(() => {
  const s = document.createElement("script"); s.textContent = "window.__inline = 1"; document.body.append(s);
})()`)
	if eval[bool](b, "window.__inline === 1") {
		t.Error("an inline script ran on the static site: the <meta> policy is not in force")
	}
	// Its report comes a moment later; drop it once it is in, or it could
	// arrive after the drop and count against the app.
	if !b.waitConsole("CSP violation: script-src-elem blocked inline", 10*time.Second) {
		t.Error("the refused inline script on the static site was not reported as a violation")
	}
	b.mu.Lock()
	b.console = slices.DeleteFunc(b.console, func(m string) bool { return strings.Contains(m, "window.__inline") || strings.Contains(m, "inline") })
	b.mu.Unlock()
	b.checkNoCSPViolations()
	for _, u := range b.appRequests() {
		if u != s.URL && !strings.HasPrefix(u, s.URL+"/") {
			t.Errorf("static site asked for %s, outside %s/", u, s.URL)
		}
	}

	// Links the wasm renders stay on the site: an absolute path must carry
	// the base path (on the client, app.Getenv("GOAPP_ROOT_PREFIX"); the
	// server's resolver adds it to what it renders itself).
	checkLinksUnder(t, b, s)

	b.waitCached()
	b.checkInstallable()
	s.Stop()
	b.rec.stop()
	b.do(chromedp.Reload())
	b.waitFor(anyPage)
	checkLinksUnder(t, b, s)
	// A route offline, never visited: the worker answers with the app.
	b.navigate(s.URL + sbapp.PathQuestionnaire)
	b.waitFor(`main[data-ready="questionnaire"]`)
	if got := eval[string](b, "location.pathname"); got != "/sub"+sbapp.PathQuestionnaire {
		t.Errorf("offline route at %s", got)
	}
}

// checkLinksUnder fails the test if a link of the page leads to the site's
// origin outside the site's base path.
func checkLinksUnder(t *testing.T, b *tab, s *site) {
	t.Helper()
	links := eval[[]string](b, `[...document.querySelectorAll("a[href]")].map(a => a.href)`)
	if len(links) == 0 {
		t.Error("the page has no links to check")
	}
	for _, l := range links {
		if strings.HasPrefix(l, s.origin()+"/") && l != s.URL && !strings.HasPrefix(l, s.URL+"/") && !strings.HasPrefix(l, s.URL+"?") {
			t.Errorf("link %s leaves the site at %s/: build links with the base path (client: app.Getenv(\"GOAPP_ROOT_PREFIX\") + path; the server adds it itself)", l, s.URL)
		}
	}
}
