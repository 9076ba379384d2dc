//go:build !wasm

package e2e

// Hardening of what `serve` and `build` hand the browser (issue 9, item 11):
// only GET and HEAD, a Permissions-Policy that denies every powerful feature
// but the camera on the app's own origin, and no made-up Open Graph
// addresses.

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"sammebaat/wasm/internal/browsertest"
	"sammebaat/wasm/internal/site"
	"sammebaat/wasm/internal/site/sitetest"
)

func TestServeAnswersOnlyGetAndHead(t *testing.T) {
	s, err := site.NewServer(sitetest.FakeWeb(t))
	if err != nil {
		t.Fatal(err)
	}
	paths := []string{"/", "/questionnaire", "/scores", "/group", "/app.js", "/app-worker.js",
		"/manifest.webmanifest", "/web/app.css", "/app.wasm", "/nope"}
	for _, m := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch,
		http.MethodTrace, http.MethodOptions, "PROPFIND", "MKCOL"} {
		for _, p := range paths {
			w := httptest.NewRecorder()
			s.ServeHTTP(w, httptest.NewRequest(m, p, strings.NewReader("x=1")))
			if w.Code != http.StatusMethodNotAllowed || w.Header().Get("Allow") != "GET, HEAD" {
				t.Errorf("%s %s: %d, Allow %q; want 405 with Allow: GET, HEAD", m, p, w.Code, w.Header().Get("Allow"))
			}
			if w.Header().Get("Content-Security-Policy") == "" {
				t.Errorf("%s %s: the refusal has no security policy", m, p)
			}
		}
	}
	for _, m := range []string{http.MethodGet, http.MethodHead} {
		for _, p := range []string{"/", "/scores", "/app.js", "/web/app.css"} {
			w := httptest.NewRecorder()
			s.ServeHTTP(w, httptest.NewRequest(m, p, nil))
			if w.Code != http.StatusOK {
				t.Errorf("%s %s: %d, want 200", m, p, w.Code)
			}
			if got := w.Header().Get("Permissions-Policy"); got != site.PermissionsPolicy {
				t.Errorf("%s %s: Permissions-Policy %q, want %q", m, p, got, site.PermissionsPolicy)
			}
		}
	}
}

// The policy denies everything the app does not use and lets the pages of
// its own origin, and only those, use the camera.
func TestPermissionsPolicyDeniesAllButCamera(t *testing.T) {
	allowed := 0
	for _, d := range strings.Split(site.PermissionsPolicy, ", ") {
		name, allow, ok := strings.Cut(d, "=")
		if !ok {
			t.Errorf("directive %q has no allowlist", d)
			continue
		}
		switch {
		case name == "camera" && allow == "(self)":
			allowed++
		case allow != "()":
			t.Errorf("%s=%s: only camera=(self) may allow anything", name, allow)
		}
	}
	if allowed != 1 {
		t.Errorf("camera=(self) appears %d times", allowed)
	}
	for _, f := range []string{"geolocation", "microphone", "payment", "usb", "serial", "hid",
		"midi", "display-capture", "accelerometer", "gyroscope", "magnetometer", "browsing-topics"} {
		if !strings.Contains(", "+site.PermissionsPolicy+",", ", "+f+"=(),") {
			t.Errorf("the policy does not deny %s", f)
		}
	}
}

// go-app writes og:url as "https://" + a domain the app does not have, and
// og:image as "https://" for a page without an image: neither is served.
func TestNoMadeUpOpenGraphAddresses(t *testing.T) {
	web := sitetest.FakeWeb(t)
	s, err := site.NewServer(web)
	if err != nil {
		t.Fatal(err)
	}
	check := func(where, page string) {
		t.Helper()
		if strings.Contains(page, "https://") {
			i := strings.Index(page, "https://")
			t.Errorf("%s holds a made-up address: …%s…", where, page[max(0, i-40):min(len(page), i+40)])
		}
		if !strings.Contains(page, `property="og:title"`) {
			t.Errorf("%s lost its og:title", where)
		}
	}
	for _, p := range []string{"/", "/scores", "/group"} {
		w := httptest.NewRecorder()
		s.ServeHTTP(w, httptest.NewRequest(http.MethodGet, p, nil))
		if cl := w.Header().Get("Content-Length"); cl != "" && cl != strconv.Itoa(w.Body.Len()) {
			t.Errorf("GET %s: Content-Length %s for a body of %d bytes", p, cl, w.Body.Len())
		}
		check("GET "+p, w.Body.String())
	}
	out := t.TempDir()
	if err := site.BuildSite(out, web, ""); err != nil {
		t.Fatal(err)
	}
	pages, _ := filepath.Glob(filepath.Join(out, "*.html"))
	if len(pages) < 2 {
		t.Fatalf("the build wrote pages %v", pages)
	}
	for _, p := range pages {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		check(filepath.Base(p), string(data))
	}
	headers, err := os.ReadFile(filepath.Join(out, "_headers"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(headers), "\n  Permissions-Policy: "+site.PermissionsPolicy+"\n") {
		t.Errorf("_headers lacks the Permissions-Policy:\n%s", headers)
	}
}

// Chromium takes the policy as sent: it knows every feature named (an
// unknown one is an error in its console), lets the page use the camera and
// nothing else of the list.
func TestBrowserTakesThePermissionsPolicy(t *testing.T) {
	s := browsertest.StartApp(t)
	b := browsertest.NewBrowser(t, s)
	b.Navigate(s.URL + "/group")
	b.WaitFor(browsertest.AnyPage)
	if !browsertest.Eval[bool](b, `document.featurePolicy.allowsFeature("camera")`) {
		t.Error("the page may not use the camera")
	}
	for _, f := range []string{"geolocation", "microphone", "payment", "usb", "serial", "display-capture"} {
		if browsertest.Eval[bool](b, `document.featurePolicy.allowsFeature("`+f+`")`) {
			t.Errorf("the page may use %s", f)
		}
	}
	if b.WaitConsole("Permissions-Policy", 2*time.Second) {
		t.Errorf("Chromium did not take the policy as sent:\n%s", b.ConsoleText())
	}
	b.CheckNoCSPViolations()
}
