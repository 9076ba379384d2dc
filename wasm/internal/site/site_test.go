//go:build !wasm

package site

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sammebaat/wasm/internal/site/sitetest"
)

func init() {
	// The test binary stands in for the native program, which serves the
	// app's routes (main_native.go).
	Route()
}

func TestSiteResourcesResolve(t *testing.T) {
	for _, c := range []struct{ base, in, want string }{
		{"", "/", "/"},
		{"", "", "/"},
		{"", "/web/app.wasm", "/web/app.wasm"},
		{"", "/questionnaire", "/questionnaire"},
		{"/sub", "/", "/sub"},
		{"/sub", "/web/app.wasm", "/sub/web/app.wasm"},
		{"/sub", "web/app.css", "/sub/web/app.css"},
		{"/sub", "/app.js", "/sub/app.js"},
		{"/sub", "./", "./"},
		{"/sub", "?lang=en", "?lang=en"},
		{"/sub", "#main", "#main"},
		{"/sub", "https://example.org/x", "https://example.org/x"},
		{"/sub", "data:image/png;base64,AA", "data:image/png;base64,AA"},
		{"/sub", "blob:http://127.0.0.1/x", "blob:http://127.0.0.1/x"},
		{"/sub", "/scores?from=http://x", "/sub/scores?from=http://x"},
	} {
		if got := (siteResources{c.base}).Resolve(c.in); got != c.want {
			t.Errorf("base %q: Resolve(%q) = %q, want %q", c.base, c.in, got, c.want)
		}
	}
}

func TestCleanBasePath(t *testing.T) {
	for in, want := range map[string]string{"": "", "/": "", "/sub": "/sub", "/sub/": "/sub", "/a/b/": "/a/b"} {
		got, err := CleanBasePath(in)
		if err != nil || got != want {
			t.Errorf("CleanBasePath(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"sub", "/a//b", "/a/../b", "/a b", "/a?x", "/a#x", "/..", "/a/.", `/a"b`} {
		if got, err := CleanBasePath(bad); err == nil {
			t.Errorf("CleanBasePath(%q) = %q, want an error", bad, got)
		}
	}
}

func TestAccepts(t *testing.T) {
	for _, c := range []struct {
		header, coding string
		want           bool
	}{
		{"gzip, deflate, br, zstd", "br", true},
		{"gzip, deflate, br, zstd", "gzip", true},
		{"gzip", "br", false},
		{"br;q=0", "br", false},
		{"br;q=0.0, gzip", "br", false},
		{"br;q=0.001", "br", true},
		{"BR ; q=1", "br", true},
		{"", "gzip", false},
		{"identity", "gzip", false},
	} {
		if got := accepts(c.header, c.coding); got != c.want {
			t.Errorf("accepts(%q, %q) = %v, want %v", c.header, c.coding, got, c.want)
		}
	}
}

func TestServiceWorkerTemplateChanged(t *testing.T) {
	s := ServiceWorkerTemplate()
	for _, want := range []string{"event.waitUntil(installWorker()", "navigateWithCache(request)", "ignoreSearch: true",
		"caches.match(self.registration.scope)", "response.status === 404"} {
		if !strings.Contains(s, want) {
			t.Errorf("service worker lacks %q", want)
		}
	}
	if strings.Contains(s, "await installWorker();") {
		t.Error("service worker still installs without waiting")
	}
}

func TestVersionIsFixedAndFollowsTheFiles(t *testing.T) {
	web := sitetest.FakeWeb(t)
	h1, err := newHandler(web, "")
	if err != nil {
		t.Fatal(err)
	}
	h2, err := newHandler(web, "")
	if err != nil {
		t.Fatal(err)
	}
	if h1.Version == "" || h1.Version != h2.Version {
		t.Fatalf("versions %q and %q of the same files differ", h1.Version, h2.Version)
	}
	// A compressed copy or a dot file does not change what is cached.
	os.WriteFile(filepath.Join(web, "app.wasm.br"), []byte("whatever"), 0o644)
	os.WriteFile(filepath.Join(web, ".gitignore"), []byte("y"), 0o644)
	if h3, _ := newHandler(web, ""); h3.Version != h1.Version {
		t.Error("a .br copy or a dot file changed the version")
	}
	os.WriteFile(filepath.Join(web, "app.wasm"), []byte("\x00asm other"), 0o644)
	h4, _ := newHandler(web, "")
	if h4.Version == h1.Version {
		t.Error("a new wasm kept the version")
	}
	if h5, _ := newHandler(web, "/sub"); h5.Version == h1.Version {
		t.Error("another base path kept the version")
	}
	// The worker keeps app.js too: what splitAppJS writes into it changes
	// the version, or a device with the app would keep the old script.
	defer func(old string) { appJSChanges = old }(appJSChanges)
	appJSChanges += "\n// another script"
	if h6, _ := newHandler(web, ""); h6.Version == h4.Version {
		t.Error("a change to app.js kept the version")
	}
	if got := h1.CacheableResources; strings.Join(got, " ") != "/web/app.css /web/app.wasm /web/group.wasm /web/pages.css" {
		t.Errorf("the worker caches %v of the web folder, want every site file", got)
	}
	if got := h1.Styles; len(got) != 2 || got[0] != "/web/app.css" || got[1] != "/web/pages.css" {
		t.Errorf("styles %v, want app.css first, then the others", got)
	}
}

func TestServerServesWebFiles(t *testing.T) {
	web := sitetest.FakeWeb(t)
	s, err := NewServer(web)
	if err != nil {
		t.Fatal(err)
	}
	get := func(path string, header ...string) *httptest.ResponseRecorder {
		r := httptest.NewRequest(http.MethodGet, path, nil)
		for i := 0; i+1 < len(header); i += 2 {
			r.Header.Set(header[i], header[i+1])
		}
		w := httptest.NewRecorder()
		s.ServeHTTP(w, r)
		return w
	}
	for _, p := range []string{"/web/.gitignore", "/web/../go.mod", "/web/", "/web/nope.css", "/robots.txt", "/nope"} {
		if w := get(p); w.Code != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", p, w.Code)
		}
	}
	w := get("/web/app.css")
	if w.Code != http.StatusOK || w.Body.String() != "body{}" || w.Header().Get("Content-Type") != "text/css; charset=utf-8" ||
		w.Header().Get("Content-Security-Policy") != s.csp || !strings.Contains(s.csp, s.css.sources()) || w.Header().Get("Vary") != "" {
		t.Errorf("GET /web/app.css: %d %q %v", w.Code, w.Body, w.Header())
	}
	// A stale .br copy is not served; a fresh one is, whole, with its length.
	wasm := filepath.Join(web, "app.wasm")
	os.WriteFile(wasm+".br", []byte("brotli bytes"), 0o644)
	old := time.Now().Add(-time.Hour)
	os.Chtimes(wasm+".br", old, old)
	if w := get("/app.wasm", "Accept-Encoding", "br"); w.Header().Get("Content-Encoding") != "" || w.Body.String() != "\x00asm fake" {
		t.Errorf("stale .br: encoding %q, body %q", w.Header().Get("Content-Encoding"), w.Body)
	}
	os.Chtimes(wasm+".br", time.Now(), time.Now())
	w = get("/web/app.wasm", "Accept-Encoding", "gzip, br", "Range", "bytes=0-3")
	if w.Code != http.StatusOK || w.Header().Get("Content-Encoding") != "br" || w.Body.String() != "brotli bytes" ||
		w.Header().Get("Content-Length") != "12" || w.Header().Get("Content-Type") != "application/wasm" ||
		w.Header().Get("Vary") != "Accept-Encoding" {
		t.Errorf("fresh .br: %d %v %q", w.Code, w.Header(), w.Body)
	}
	etag := w.Header().Get("ETag")
	if w := get("/web/app.wasm", "Accept-Encoding", "br", "If-None-Match", etag); w.Code != http.StatusNotModified {
		t.Errorf("conditional GET with the br ETag: %d", w.Code)
	}
	if w := get("/web/app.wasm", "If-None-Match", etag); w.Code != http.StatusOK || !bytes.Equal(w.Body.Bytes(), []byte("\x00asm fake")) {
		t.Errorf("identity GET with the br ETag: %d %q", w.Code, w.Body)
	}
}

// Building into the folder of an earlier build leaves no stale compressed
// copy: a host serving .gz or .br must serve what the file now says.
func TestBuildAgainRefreshesCompressedCopies(t *testing.T) {
	web := sitetest.FakeWeb(t)
	out := t.TempDir()
	css := filepath.Join(web, "app.css")
	// A copy newer than its file that holds other bytes: a build that
	// judged copies by their time would keep it.
	if err := os.WriteFile(css+".br", []byte("old brotli"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := BuildSite(out, web, ""); err != nil {
		t.Fatal(err)
	}
	checkCopies(t, out, "web/app.css", "web/app.wasm", "index.html", "app.js")
	// The stylesheet changes after the first build.
	later := time.Now().Add(2 * time.Second)
	os.WriteFile(css, []byte("body{color:red}"), 0o644)
	os.Chtimes(css, later, later)
	if err := BuildSite(out, web, ""); err != nil {
		t.Fatal(err)
	}
	checkCopies(t, out, "web/app.css", "web/app.wasm", "index.html", "app.js")
	if got, _ := os.ReadFile(filepath.Join(out, "web", "app.css")); string(got) != "body{color:red}" {
		t.Errorf("the second build's app.css holds %q", got)
	}
}

// checkCopies fails the test unless each named file of dir has a .br and a
// .gz copy that decode to its bytes.
func checkCopies(t *testing.T, dir string, names ...string) {
	t.Helper()
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range encodings {
			f, err := os.Open(filepath.Join(dir, name+e.ext))
			if err != nil {
				t.Errorf("%s has no %s copy: %v", name, e.ext, err)
				continue
			}
			r, err := e.decode(f)
			var got []byte
			if err == nil {
				got, err = io.ReadAll(r)
			}
			f.Close()
			if err != nil || !bytes.Equal(got, data) {
				t.Errorf("%s%s does not hold %s (%v): %d bytes %.40q, want %d bytes %.40q", name, e.ext, name, err, len(got), got, len(data), data)
			}
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
