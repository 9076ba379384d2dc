//go:build !wasm

package main

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
)

// checkNoUpdateNotice fails the test if the page says a new version is
// ready: on a first visit there is no older version.
func checkNoUpdateNotice(t *testing.T, b *tab, when string) {
	t.Helper()
	if eval[bool](b, `!!document.querySelector("#update-notice[role=status]")`) {
		t.Errorf("%s: the page says a new version is ready", when)
	}
}

// A browser without requestIdleCallback (Safari) registers the worker as
// soon as the program has started, and the app then works offline.
func TestFirstVisitWithoutIdleCallback(t *testing.T) {
	s := startApp(t)
	b := newBrowser(t, s)
	onNewDocument(b, `delete window.requestIdleCallback; delete Window.prototype.requestIdleCallback;`)
	b.navigate(s.URL + sbapp.PathQuestionnaire)
	b.waitReady("questionnaire")
	if eval[bool](b, `"requestIdleCallback" in window`) {
		t.Fatal("requestIdleCallback is still there")
	}
	b.waitCached()
	time.Sleep(time.Second)
	checkNoUpdateNotice(t, b, "first visit without requestIdleCallback")
	s.Stop()
	b.rec.stop()
	b.navigate(s.URL + sbapp.PathStart + "?lang=en")
	b.waitReady("start")
	b.navigate(s.URL + sbapp.PathGroup)
	b.waitReady("group")
	b.checkNoCSPViolations()
}

// A first visit whose program fails to load (the server failed once) still
// registers the worker, which caches the app: a reload works, offline too.
func TestFirstVisitWasmFailsStillRegisters(t *testing.T) {
	srv, err := newServer(testWeb(t))
	if err != nil {
		t.Fatal(err)
	}
	var wasmRequests atomic.Int32
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/web/"+wasmFile && wasmRequests.Add(1) == 1 {
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		srv.ServeHTTP(w, r)
	})
	hs, u := serveOn(t, h)
	s := &site{URL: u, srv: hs}
	b := newBrowser(t, s)
	b.navigate(s.URL + sbapp.PathQuestionnaire)
	b.waitFor("#app-wasm-loader-label")
	waitTrue(b, `document.querySelector("#app-wasm-loader .goapp-logo") !== null`, "the failed program reported")
	b.waitCached()
	b.do(chromedp.Reload())
	b.waitReady("questionnaire")
	s.Stop()
	b.rec.stop()
	b.navigate(s.URL + sbapp.PathStart)
	b.waitReady("start")
}

// A first visit whose page is frozen (a phone's browser sent to the
// background, a tab the browser freezes) before its program has started or
// before the browser was idle: nothing on the page competes with the
// worker's download any more, and the page may never run again (the user
// goes on to another app; the browser discards the tab). The worker must
// be registered and cache the app while the page is frozen, as it was
// before the later registration.
func TestFirstVisitFrozenStillRegisters(t *testing.T) {
	s := startApp(t)
	b := newBrowser(t, s)
	b.navigate(s.URL + sbapp.PathQuestionnaire)
	_, err := chromedp.Call(b.ctx, page.SetWebLifecycleState, page.SetWebLifecycleStateParams{State: page.SetWebLifecycleStateStateFrozen})
	must(t, err)
	// The frozen page runs nothing (nor does a tab beside it in its
	// process, nor DevTools' CacheStorage, which is the page's), so the
	// worker's cache is weighed from the browser's side of the page:
	// Storage's usage, which must hold at least the two programs.
	var programs float64
	for _, f := range []string{wasmFile, groupWasmFile} {
		fi, err := os.Stat(filepath.Join(testWeb(t), f))
		must(t, err)
		programs += float64(fi.Size())
	}
	cached := func() float64 {
		ctx, cancel := context.WithTimeout(b.ctx, 10*time.Second)
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
	poll(t, patience, 100*time.Millisecond, func() bool { n = cached(); return n >= programs }, func() string {
		return fmt.Sprintf("the page frozen, its worker kept %.0f bytes, not the programs' %.0f (asked for: %v)", n, programs, b.rec.seen())
	})
	// Awake again, the page finds every file the worker lists kept.
	_, err = chromedp.Call(b.ctx, page.SetWebLifecycleState, page.SetWebLifecycleStateParams{State: page.SetWebLifecycleStateStateActive})
	must(t, err)
	b.waitCached()
}
