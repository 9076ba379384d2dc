//go:build !wasm

package e2e

// The first visit's later registration of the service worker (split.go:
// sammebaatRegisterWorker): the ways a first visit can go otherwise.

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"

	sbapp "sammebaat/app"
	"sammebaat/wasm/internal/browsertest"
	"sammebaat/wasm/internal/site"
)

// checkNoUpdateNotice fails the test if the page says a new version is
// ready: on a first visit there is no older version.
func checkNoUpdateNotice(t *testing.T, b *browsertest.Tab, when string) {
	t.Helper()
	if browsertest.Eval[bool](b, `!!document.querySelector("#update-notice[role=status]")`) {
		t.Errorf("%s: the page says a new version is ready", when)
	}
}

// A browser without requestIdleCallback (Safari) registers the worker as
// soon as the program has started, and the app then works offline.
func TestFirstVisitWithoutIdleCallback(t *testing.T) {
	s := browsertest.StartApp(t)
	b := browsertest.NewBrowser(t, s)
	browsertest.OnNewDocument(b, `delete window.requestIdleCallback; delete Window.prototype.requestIdleCallback;`)
	b.Navigate(s.URL + sbapp.PathQuestionnaire)
	b.WaitReady("questionnaire")
	if browsertest.Eval[bool](b, `"requestIdleCallback" in window`) {
		t.Fatal("requestIdleCallback is still there")
	}
	b.WaitCached()
	time.Sleep(time.Second)
	checkNoUpdateNotice(t, b, "first visit without requestIdleCallback")
	s.Stop()
	b.Rec.Stop()
	b.Navigate(s.URL + sbapp.PathStart + "?lang=en")
	b.WaitReady("start")
	b.Navigate(s.URL + sbapp.PathGroup)
	b.WaitReady("group")
	b.CheckNoCSPViolations()
}

// A first visit whose program fails to load (the server failed once) still
// registers the worker, which caches the app: a reload works, offline too.
func TestFirstVisitWasmFailsStillRegisters(t *testing.T) {
	srv, err := site.NewServer(browsertest.Web(t))
	if err != nil {
		t.Fatal(err)
	}
	var wasmRequests atomic.Int32
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/web/"+site.WasmFile && wasmRequests.Add(1) == 1 {
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		srv.ServeHTTP(w, r)
	})
	hs, u := browsertest.ServeOn(t, h)
	s := &browsertest.Site{URL: u, Server: hs}
	b := browsertest.NewBrowser(t, s)
	b.Navigate(s.URL + sbapp.PathQuestionnaire)
	b.WaitFor("#app-wasm-loader-label")
	browsertest.WaitTrue(b, `document.querySelector("#app-wasm-loader .goapp-logo") !== null`, "the failed program reported")
	b.WaitCached()
	b.Do(chromedp.Reload())
	b.WaitReady("questionnaire")
	s.Stop()
	b.Rec.Stop()
	b.Navigate(s.URL + sbapp.PathStart)
	b.WaitReady("start")
}

// A first visit whose page is frozen (a phone's browser sent to the
// background, a tab the browser freezes) before its program has started or
// before the browser was idle: nothing on the page competes with the
// worker's download any more, and the page may never run again (the user
// goes on to another app; the browser discards the tab). The worker must
// be registered and cache the app while the page is frozen, as it was
// before the later registration.
func TestFirstVisitFrozenStillRegisters(t *testing.T) {
	s := browsertest.StartApp(t)
	b := browsertest.NewBrowser(t, s)
	b.Navigate(s.URL + sbapp.PathQuestionnaire)
	_, err := chromedp.Call(b.Ctx, page.SetWebLifecycleState, page.SetWebLifecycleStateParams{State: page.SetWebLifecycleStateStateFrozen})
	must(t, err)
	// The frozen page runs nothing (nor does a tab beside it in its
	// process, nor DevTools' CacheStorage, which is the page's), so the
	// worker's cache is weighed from the browser's side of the page:
	// Storage's usage, which must hold at least the two programs.
	var programs float64
	for _, f := range []string{site.WasmFile, site.GroupWasmFile} {
		fi, err := os.Stat(filepath.Join(browsertest.Web(t), f))
		must(t, err)
		programs += float64(fi.Size())
	}
	cached := func() float64 {
		ctx, cancel := context.WithTimeout(b.Ctx, 10*time.Second)
		defer cancel()
		u, err := chromedp.Call(ctx, storage.GetUsageAndQuota, storage.GetUsageAndQuotaParams{Origin: s.URL})
		if err != nil {
			t.Fatalf("storage usage: %v", err)
		}
		for _, b := range u.UsageBreakdown {
			if b.StorageType == storage.TypeCacheStorage {
				return b.Usage
			}
		}
		return 0
	}
	var n float64
	browsertest.Poll(t, browsertest.Patience, 100*time.Millisecond, func() bool { n = cached(); return n >= programs }, func() string {
		return fmt.Sprintf("the page frozen, its worker kept %.0f bytes, not the programs' %.0f (asked for: %v)", n, programs, b.Rec.Seen())
	})
	// Awake again, the page finds every file the worker lists kept.
	_, err = chromedp.Call(b.Ctx, page.SetWebLifecycleState, page.SetWebLifecycleStateParams{State: page.SetWebLifecycleStateStateActive})
	must(t, err)
	b.WaitCached()
}
