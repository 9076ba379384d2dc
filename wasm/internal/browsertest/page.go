//go:build !wasm

package browsertest

// The tests' ways of using a page as a person does, shared by every
// scenario: keys, Tab until somewhere, waiting for a condition, the stored
// draft and the answers shown checked.

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"sammebaat/scales"
)

// Press sends keys to the page, as a keyboard would.
func Press(b *Tab, keys string) {
	b.T.Helper()
	b.Do(chromedp.KeyEvent(keys))
}

// TabUntil presses Tab until the JavaScript condition on the focused
// element holds, failing after max presses: the keyboard is the only way
// to move in these tests.
func TabUntil(b *Tab, cond string, max int) {
	b.T.Helper()
	expr := fmt.Sprintf("(() => { const el = document.activeElement; return !!(el && (%s)); })()", cond)
	for range max {
		Press(b, kb.Tab)
		if Eval[bool](b, expr) {
			return
		}
	}
	b.T.Fatalf("%d presses of Tab did not reach: %s (focus on %s)", max, cond,
		Eval[string](b, "document.activeElement ? document.activeElement.outerHTML.slice(0, 200) : 'nothing'"))
}

// Poll calls done every interval until it reports true, and fails the
// test with why's words when timeout passes first: a bound for a page that
// never gets there, not a speed (a loaded machine can take seconds).
func Poll(t testing.TB, timeout, every time.Duration, done func() bool, why func() string) {
	t.Helper()
	if !Within(timeout, every, done) {
		t.Fatalf("%s (waited %v)", why(), timeout)
	}
}

// Within calls done every interval until it reports true or timeout has
// passed, and reports whether done did: Poll for a wait whose end is not a
// failure.
func Within(timeout, every time.Duration, done func() bool) bool {
	deadline := time.Now().Add(timeout)
	for !done() {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(every)
	}
	return true
}

// WaitTrue polls a JavaScript condition for up to Patience, as WaitFor does: a
// bound for a page that never gets there, not a speed (a loaded machine can
// take seconds).
func WaitTrue(b *Tab, cond, what string) {
	b.T.Helper()
	Poll(b.T, Patience, 25*time.Millisecond, func() bool { return Eval[bool](b, "!!("+cond+")") },
		func() string {
			return fmt.Sprintf("waiting for %s: %s never held\nconsole:\n%s", what, cond, b.ConsoleText())
		})
}

// Stored reads the response the page keeps in local storage, through the
// same reader that checks downloaded files.
func Stored(b *Tab) (scales.Response, bool) {
	b.T.Helper()
	raw := Eval[string](b, `localStorage.getItem("sammebaat.response") || ""`)
	if raw == "" {
		return scales.Response{}, false
	}
	var file string
	if err := json.Unmarshal([]byte(raw), &file); err != nil {
		b.T.Fatalf("local storage holds %q: %v", raw, err)
	}
	r, err := scales.Read("local storage", []byte(file))
	if err != nil {
		b.T.Fatalf("stored response: %v", err)
	}
	return r, true
}

// SameAnswers compares two answer sets.
func SameAnswers(a, b map[string][]int) bool {
	return maps.EqualFunc(a, b, slices.Equal[[]int])
}

// DescribeAnswers writes answers as "id=[codes]" in the order of the ids,
// for a test's message.
func DescribeAnswers(a map[string][]int) string {
	keys := slices.Sorted(maps.Keys(a))
	var s []string
	for _, k := range keys {
		s = append(s, fmt.Sprintf("%s=%v", k, a[k]))
	}
	return strings.Join(s, " ")
}

// WaitStored waits until the stored answers are want: every answer must be
// saved the moment it is given (the deadline is WaitTrue's, for a loaded
// machine).
func WaitStored(b *Tab, want map[string][]int) {
	b.T.Helper()
	var r scales.Response
	Poll(b.T, 30*time.Second, 25*time.Millisecond, func() bool {
		var ok bool
		r, ok = Stored(b)
		return ok && SameAnswers(r.Answers, want)
	}, func() string {
		return fmt.Sprintf("stored answers\n  %s\nwant\n  %s\nshown\n  %s", DescribeAnswers(r.Answers), DescribeAnswers(want),
			DescribeAnswers(CheckedInPage(b)))
	})
}

// CheckFocusVisible fails the test unless the focused element, or the
// choice label around it, shows a focus outline.
func CheckFocusVisible(b *Tab, what string) {
	b.T.Helper()
	const expr = `(() => {
  const shows = el => { const s = getComputedStyle(el); return s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2; };
  const el = document.activeElement;
  if (!el || el === document.body) return false;
  return shows(el) || (el.closest("label") !== null && shows(el.closest("label")));
})()`
	if !Eval[bool](b, expr) {
		b.T.Errorf("no visible focus on %s: %s", what, Eval[string](b, "document.activeElement.outerHTML.slice(0, 160)"))
	}
}

// CheckedInPage returns the answers the page shows as checked.
func CheckedInPage(b *Tab) map[string][]int {
	b.T.Helper()
	raw := Eval[[][]string](b, `[...document.querySelectorAll("fieldset.question input:checked")].map(i => [i.name, i.value])`)
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
