//go:build !wasm

package main

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

// startSlowApp is startApp with the programs held back by d.
func startSlowApp(t testing.TB, d time.Duration) *site {
	t.Helper()
	s, err := newServer(testWeb(t))
	if err != nil {
		t.Fatal(err)
	}
	srv, u := serveOn(t, slowPrograms(s, d))
	return &site{URL: u, srv: srv}
}

// startSlowStatic is startStatic("") with the programs held back by d.
func startSlowStatic(t testing.TB, d time.Duration) *site {
	t.Helper()
	dir := t.TempDir()
	if err := buildSite(dir, testWeb(t), ""); err != nil {
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
	srv, u := serveOn(t, slowPrograms(pretty, d))
	return &site{URL: u, Dir: dir, srv: srv}
}

// chromiumTab is a Chromium tab as an engineTab, for the flows written once
// for every engine.
type chromiumTab struct{ b *tab }

func (c chromiumTab) name() string        { return "chromium" }
func (c chromiumTab) navigate(u string)   { c.b.t.Helper(); c.b.navigate(u) }
func (c chromiumTab) recorder() *recorder { return c.b.rec }
func (c chromiumTab) close()              { c.b.close() }
func (c chromiumTab) click(css string)    { c.b.t.Helper(); c.b.do(chromedp.Click(chromedp.CSS(css))) }
func (c chromiumTab) setFiles(css string, paths ...string) {
	c.b.t.Helper()
	c.b.do(chromedp.SetUploadFiles(chromedp.CSS(css), paths))
}
func (c chromiumTab) download(trigger func()) (string, []byte) {
	c.b.t.Helper()
	return c.b.download(chromedp.Func(func(context.Context, *chromedp.Target) error { trigger(); return nil }))
}
func (c chromiumTab) eval(script string) json.RawMessage {
	c.b.t.Helper()
	s := eval[string](c.b, "(async () => { "+script+"\n})().then(v => JSON.stringify(v === undefined ? null : v))")
	return json.RawMessage(s)
}

// Before the program has loaded (go-app's loader still up), the start page's
// links already carry the language the address chose, served and on a static
// host: its Start, followed then, opens the questionnaire in that language;
// and a first visit never says that a new version is ready. (The loader
// covers the page until the program starts, so the link is followed as a
// tap would once the loader has gone and before the program handles it.)
func TestEarlyStartKeepsLanguage(t *testing.T) {
	type host struct {
		name  string
		start func(testing.TB, time.Duration) *site
	}
	hosts := []host{{"served", startSlowApp}, {"static", startSlowStatic}}
	engines := map[string]func(t *testing.T, s *site) engineTab{
		"chromium": func(t *testing.T, s *site) engineTab { return chromiumTab{newBrowser(t, s)} },
		"webkit":   func(t *testing.T, s *site) engineTab { return engineStarters["webkit"](t, s) },
	}
	for _, engine := range []string{"chromium", "webkit"} {
		for _, h := range hosts {
			for _, lang := range []string{"nb", "en"} {
				t.Run(engine+"/"+h.name+"/"+lang, func(t *testing.T) {
					s := h.start(t, programDelay)
					e := engines[engine](t, s)
					e.navigate(s.URL + "/?lang=" + lang)
					start := fmt.Sprintf("a.button.primary[href^=%q]", sbapp.PathQuestionnaire)
					engineWait(t, e, fmt.Sprintf("document.querySelector(%q) && typeof sammebaatWasm !== 'undefined'", start), "the prerendered Start and app.js")
					if evalAs[bool](t, e, `return !!document.querySelector("main[data-ready]")`) {
						t.Fatal("the program was running already: nothing was early")
					}
					loading := map[string]string{"nb": "Laster … ", "en": "Loading … "}[lang]
					if got := evalAs[string](t, e, `return document.getElementById("app-wasm-loader-label").textContent`); !strings.HasPrefix(got, loading) {
						t.Errorf("the loader says %q, want %q…", got, loading)
					}
					href := evalAs[string](t, e, fmt.Sprintf("return document.querySelector(%q).getAttribute('href')", start))
					if want := sbapp.PathQuestionnaire + "?lang=" + lang; href != want {
						t.Errorf("before the program, Start links to %q, want %q", href, want)
					}
					e.navigate(s.URL + href)
					engineReady(t, e, "questionnaire")
					if got := evalAs[string](t, e, "return document.documentElement.lang"); got != lang {
						t.Errorf("Start followed early on the %s start page opened the questionnaire in %q", lang, got)
					}
					// The first worker installs and takes the page: no notice.
					engineWaitCached(t, e)
					time.Sleep(time.Second)
					if evalAs[bool](t, e, `const n = document.getElementById("update-notice"); return !!n && !n.hidden`) {
						t.Error("a first visit says a new version is ready")
					}
				})
			}
		}
	}
}
