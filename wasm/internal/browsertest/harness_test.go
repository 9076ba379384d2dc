//go:build !wasm

package browsertest

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

func TestMain(m *testing.M) { Main(m) }

// The harness sees what the app asks of another origin, whatever asks it —
// the page, its service worker, a worker it starts — and whether the request
// reached the network or the browser's policy stopped it: without this, a
// silent recorder would pass every test. Chromium's own requests at start
// (148–150 ask www.google.com through the app's proxy) are not the app's.
func TestHarnessCatchesForeignRequests(t *testing.T) {
	// The static site: its pages have their policy in a <meta>, its workers
	// none (a plain file server sends no header), so a worker's request to
	// another origin leaves the browser, as it would if the policy failed.
	s := StartStatic(t, "")
	b := NewBrowser(t, s)
	b.Navigate(s.URL + "/?lang=en")
	b.WaitFor(AnyPage)
	b.WaitCached() // the service worker runs

	// A worker whose first line asks another origin: its very first
	// request is counted too (netWatch holds each worker until its network
	// events are on).
	must(t, os.WriteFile(filepath.Join(s.Dir, "web", "foreign-worker.js"),
		[]byte(`fetch("http://foreign.invalid/worker-top").catch(() => {});`), 0o644))
	Eval[chromedp.Void](b, `window.__top = new Worker("/web/foreign-worker.js")`)
	// A worker the page starts, as the scanner starts the decoder's.
	Eval[chromedp.Void](b, `window.__w = new Worker("/web/decoder-worker.js")`)
	worker := b.attachTo("worker")
	evalIn(t, worker, `fetch("http://foreign.invalid/worker-fetch").then(() => 0, () => 0)`)
	sw := b.attachTo("service_worker")
	evalIn(t, sw, `fetch("http://foreign.invalid/sw-fetch").then(() => 0, () => 0)`)
	// The page: a navigation is not subject to the page's policy, so it
	// reaches the network (the proxy, which refuses it).
	chromedp.Do(b.Ctx, chromedp.Navigate("http://foreign.invalid/navigation"))

	want := map[string]string{"navigation": "page", "worker-top": "worker", "worker-fetch": "worker", "sw-fetch": "service_worker"}
	var got, missing []string
	Poll(t, Patience, 50*time.Millisecond, func() bool {
		got, missing = b.foreignRequests(), nil
		for path, kind := range want {
			if !slices.ContainsFunc(got, func(f string) bool {
				return strings.HasPrefix(f, kind+" http://foreign.invalid/"+path)
			}) {
				missing = append(missing, kind+" "+path)
			}
		}
		return len(missing) == 0
	}, func() string { return fmt.Sprintf("foreign requests seen = %q; missing %v", got, missing) })
	// The navigation reached the network, where the proxy refused it.
	if got := b.Rec.foreignSeen(); !slices.Contains(got, "GET http://foreign.invalid/navigation") {
		t.Errorf("the proxy's refused requests %q lack the navigation", got)
	}
	b.Rec.excuse("foreign.invalid")
	if got := b.foreignRequests(); len(got) != 0 {
		t.Errorf("after excusing foreign.invalid, still foreign: %q", got)
	}
}

// axe-core runs in the page despite its security policy, and finds what it
// should: an image without a text alternative, a field without a label.
func TestHarnessRunsAxe(t *testing.T) {
	s := StartApp(t)
	b := NewBrowser(t, s)
	b.Navigate(s.URL + "/")
	b.WaitFor(AnyPage)
	Eval[chromedp.Void](b, `(() => {
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
	s := StartApp(t)
	b := NewBrowser(t, s)
	b.Navigate(s.URL + "/")
	b.WaitFor(AnyPage)
	name, data := b.Download(chromedp.Evaluate[chromedp.Void](`(() => {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob(['{"x":1}'], {type: "application/json"}));
  a.download = "test-file.json";
  document.body.append(a);
  a.click();
})()`))
	if name != "test-file.json" || string(data) != `{"x":1}` {
		t.Errorf("downloaded %q: %q", name, data)
	}
	b.CheckNoCSPViolations()
}
