//go:build !wasm

package site

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"

	sbapp "sammebaat/app"
	"sammebaat/wasm/internal/site/sitetest"
)

// goappJS is go-app's app.js as the handler for web generates it.
func goappJS(t *testing.T, web, base string) []byte {
	t.Helper()
	h, err := newHandler(web, base)
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/app.js", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("app.js: %d", rec.Code)
	}
	return rec.Body.Bytes()
}

// Every text splitAppJS replaces in go-app's app.js is replaced once, and a
// go-app whose app.js lacks any of them, or has one twice, is refused rather
// than left as it is.
func TestSplitAppJSRefusesAChangedGoApp(t *testing.T) {
	web := sitetest.FakeWeb(t)
	for _, base := range []string{"", "/sub"} {
		js := goappJS(t, web, base)
		out, err := splitAppJS(js, base, web)
		if err != nil {
			t.Fatalf("base %q: %v", base, err)
		}
		olds := []string{
			`fetchWithProgress("` + base + `/web/` + WasmFile + `", showProgress)`,
			`const goappWasmContentLength = "` + strconv.Itoa(len("\x00asm fake")) + `";`,
			registerNow,
			started,
			updateFound,
			updateControlled,
			loadingLabel,
		}
		for _, old := range olds {
			if !bytes.Contains(js, []byte(old)) {
				t.Fatalf("base %q: go-app's app.js lacks %q", base, old)
			}
			if bytes.Contains(out, []byte(old)) {
				t.Errorf("base %q: %q was not replaced", base, old)
			}
			for what, changed := range map[string][]byte{
				"missing": bytes.Replace(js, []byte(old), nil, 1),
				"twice":   bytes.Replace(js, []byte(old), []byte(old+"\n"+old), 1),
			} {
				if _, err := splitAppJS(changed, base, web); err == nil {
					t.Errorf("base %q: an app.js with %q %s was accepted", base, old, what)
				}
			}
		}
		for _, want := range []string{registerLater, startedThenRegister, fetchChosen, updateFoundOfOld, updateControlledOfOld,
			loadingLabelChosen + `Laster … {progress} %");`} {
			if !bytes.Contains(out, []byte(want)) {
				t.Errorf("base %q: the patched app.js lacks %q", base, want)
			}
		}
		// The chooser's placeholders are all filled, the group page's path
		// and the remembered language's key with the app's own.
		if i := bytes.Index(out, []byte("{{")); i >= 0 {
			t.Errorf("base %q: a placeholder is left: %.40q", base, out[i:])
		}
		for _, want := range []string{`p === "` + sbapp.PathGroup + `"`, `localStorage.getItem("` + sbapp.KeyLang + `")`} {
			if !bytes.Contains(out, []byte(want)) {
				t.Errorf("base %q: the patched app.js lacks %q", base, want)
			}
		}
		// go-app registers the worker from one place only (the call
		// replaced): another would register it early on a first visit.
		if n := bytes.Count(js, []byte("goappInitServiceWorker(")); n != 2 {
			t.Errorf("base %q: go-app's app.js has goappInitServiceWorker( %d times, want 2 (its definition and one call)", base, n)
		}
	}
}
