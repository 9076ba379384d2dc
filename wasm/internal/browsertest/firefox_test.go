//go:build !wasm

package browsertest

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestFirefoxEngineSmoke: Firefox starts, its traffic goes through the
// recorder, its service worker works, and eval, click and errors work as the
// flows expect.
func TestFirefoxEngineSmoke(t *testing.T) {
	s := StartApp(t)
	e := startFirefox(t, s)
	waitFor := func(sel string) {
		t.Helper()
		Poll(t, Patience, 50*time.Millisecond, func() bool {
			return EvalAs[bool](t, e, fmt.Sprintf("return document.querySelector(%q) !== null", sel))
		}, func() string { return fmt.Sprintf("no %s\nconsole:\n%s", sel, e.consoleText()) })
	}
	e.Navigate(s.URL + "/?lang=en")
	waitFor("main[data-ready]")
	if !slices.Contains(e.rec.Seen(), s.URL+"/?lang=en") {
		t.Errorf("the page did not go through the proxy; it saw %q", e.rec.Seen())
	}
	// The service worker takes the page over after a reload: Firefox must
	// count the app's loopback origin, reached through the proxy, as secure.
	e.Eval(`await navigator.serviceWorker.ready; return null`)
	e.Navigate(s.URL + "/?lang=en")
	waitFor("main[data-ready]")
	if !EvalAs[bool](t, e, `return navigator.serviceWorker.controller !== null`) {
		t.Error("no service worker controls the page after a reload")
	}
	if !slices.ContainsFunc(e.rec.Seen(), func(u string) bool { return strings.Contains(u, "/app-worker.js") }) {
		t.Error("the service worker's script did not go through the proxy")
	}

	type values struct {
		N    float64
		S    string
		B    bool
		Null *int
		List []any
		Obj  map[string]int
	}
	v := EvalAs[values](t, e, `await new Promise(r => setTimeout(r, 1));
  return {N: 1.5, S: "å", B: true, Null: undefined, List: [1, "x", null, NaN], Obj: {a: 1, b: 2}, F: () => 1}`)
	if v.N != 1.5 || v.S != "å" || !v.B || v.Null != nil || len(v.List) != 4 || v.List[1] != "x" || v.List[3] != nil || v.Obj["b"] != 2 {
		t.Errorf("eval gave %+v", v)
	}
	if got := string(e.Eval(`const o = {x: 1}; return [o, o, new Map([["k", 2]]), 7n]`)); got != `[{"x":1},{"x":1},{"k":2},7]` {
		t.Errorf("shared, Map and BigInt values gave %s", got)
	}
	if _, err := e.evalErr(`throw new Error("boom from the page")`); err == nil || !strings.Contains(err.Error(), "boom from the page") {
		t.Errorf("a thrown error gave %v", err)
	}
	if _, err := e.evalErr(`return document.body`); err == nil {
		t.Error("a node came back as JSON")
	}

	// A real click on the start page's primary link opens the
	// questionnaire.
	e.Click("a.button.primary")
	waitFor(`main[data-ready="questionnaire"]`)
}
