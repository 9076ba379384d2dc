//go:build !wasm

package main

// The tests' ways of using a page as a person does, shared by every
// scenario: keys, Tab until somewhere, waiting for a condition, the stored
// draft and the answers shown checked.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"sammebaat/scales"
)

// press sends keys to the page, as a keyboard would.
func press(b *tab, keys string) {
	b.t.Helper()
	b.do(chromedp.KeyEvent(keys))
}

// tabUntil presses Tab until the JavaScript condition on the focused
// element holds, failing after max presses: the keyboard is the only way
// to move in these tests.
func tabUntil(b *tab, cond string, max int) {
	b.t.Helper()
	expr := fmt.Sprintf("(() => { const el = document.activeElement; return !!(el && (%s)); })()", cond)
	for range max {
		press(b, kb.Tab)
		if eval[bool](b, expr) {
			return
		}
	}
	b.t.Fatalf("%d presses of Tab did not reach: %s (focus on %s)", max, cond,
		eval[string](b, "document.activeElement ? document.activeElement.outerHTML.slice(0, 200) : 'nothing'"))
}

// poll calls done every interval until it reports true, and fails the
// test with why's words when timeout passes first: a bound for a page that
// never gets there, not a speed (a loaded machine can take seconds).
func poll(t testing.TB, timeout, every time.Duration, done func() bool, why func() string) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !done() {
		if time.Now().After(deadline) {
			t.Fatalf("%s (waited %v)", why(), timeout)
		}
		time.Sleep(every)
	}
}

// waitTrue polls a JavaScript condition for up to patience, as waitFor does: a
// bound for a page that never gets there, not a speed (a loaded machine can
// take seconds).
func waitTrue(b *tab, cond, what string) {
	b.t.Helper()
	poll(b.t, patience, 25*time.Millisecond, func() bool { return eval[bool](b, "!!("+cond+")") },
		func() string {
			return fmt.Sprintf("waiting for %s: %s never held\nconsole:\n%s", what, cond, b.consoleText())
		})
}

// stored reads the response the page keeps in local storage, through the
// same reader that checks downloaded files.
func stored(b *tab) (scales.Response, bool) {
	b.t.Helper()
	raw := eval[string](b, `localStorage.getItem("sammebaat.response") || ""`)
	if raw == "" {
		return scales.Response{}, false
	}
	var file string
	if err := json.Unmarshal([]byte(raw), &file); err != nil {
		b.t.Fatalf("local storage holds %q: %v", raw, err)
	}
	r, err := scales.Read("local storage", []byte(file))
	if err != nil {
		b.t.Fatalf("stored response: %v", err)
	}
	return r, true
}

// sameAnswers compares two answer sets.
func sameAnswers(a, b map[string][]int) bool {
	return maps.EqualFunc(a, b, slices.Equal[[]int])
}

func describeAnswers(a map[string][]int) string {
	keys := slices.Sorted(maps.Keys(a))
	var s []string
	for _, k := range keys {
		s = append(s, fmt.Sprintf("%s=%v", k, a[k]))
	}
	return strings.Join(s, " ")
}

// waitStored waits until the stored answers are want: every answer must be
// saved the moment it is given (the deadline is waitTrue's, for a loaded
// machine).
func waitStored(b *tab, want map[string][]int) {
	b.t.Helper()
	var r scales.Response
	poll(b.t, 30*time.Second, 25*time.Millisecond, func() bool {
		var ok bool
		r, ok = stored(b)
		return ok && sameAnswers(r.Answers, want)
	}, func() string {
		return fmt.Sprintf("stored answers\n  %s\nwant\n  %s\nshown\n  %s", describeAnswers(r.Answers), describeAnswers(want),
			describeAnswers(checkedInPage(b)))
	})
}

// checkFocusVisible fails the test unless the focused element, or the
// choice label around it, shows a focus outline.
func checkFocusVisible(b *tab, what string) {
	b.t.Helper()
	const expr = `(() => {
  const shows = el => { const s = getComputedStyle(el); return s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2; };
  const el = document.activeElement;
  if (!el || el === document.body) return false;
  return shows(el) || (el.closest("label") !== null && shows(el.closest("label")));
})()`
	if !eval[bool](b, expr) {
		b.t.Errorf("no visible focus on %s: %s", what, eval[string](b, "document.activeElement.outerHTML.slice(0, 160)"))
	}
}

// checkedInPage returns the answers the page shows as checked.
func checkedInPage(b *tab) map[string][]int {
	b.t.Helper()
	raw := eval[[][]string](b, `[...document.querySelectorAll("fieldset.question input:checked")].map(i => [i.name, i.value])`)
	out := map[string][]int{}
	for _, nv := range raw {
		c, _ := strconv.Atoi(nv[1])
		out[nv[0]] = append(out[nv[0]], c)
	}
	return out
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// cliRun runs the command line in-process and returns its output with the
// root's path taken off, so its file names read as the page's (relative to
// the folder's parent).
func cliRun(t *testing.T, root string, args ...string) (stdout []byte, stderr string, code int) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(append([]string{"analyze"}, args...), &o, &e)
	return o.Bytes(), strings.ReplaceAll(e.String(), root+string(filepath.Separator), ""), code
}
