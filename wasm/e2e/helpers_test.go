//go:build !wasm

package e2e

// Steps the scenario tests share: an engine's waits (WebKit and Firefox,
// also before the program has loaded), a respondent's planned answers,
// an answer clicked.

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"slices"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"sammebaat/scales"
	"sammebaat/wasm/internal/browsertest"
)

// engineWait polls a JavaScript condition until it holds, for up to Patience.
func engineWait(t testing.TB, e browsertest.EngineTab, cond, what string) {
	t.Helper()
	browsertest.Poll(t, browsertest.Patience, 50*time.Millisecond, func() bool { return browsertest.EvalAs[bool](t, e, "return !!("+cond+")") },
		func() string {
			return fmt.Sprintf("%s: waiting for %s: %s never held\npage: %.2000s", e.Name(), what, cond,
				browsertest.EvalAs[string](t, e, "return document.documentElement.outerHTML"))
		})
}

func engineReady(t testing.TB, e browsertest.EngineTab, page string) {
	t.Helper()
	engineWait(t, e, fmt.Sprintf("document.querySelector('main[data-ready=%q]')", page), "the "+page+" page")
}

// engineStored reads the response the page keeps, through scales.Read.
func engineStored(t testing.TB, e browsertest.EngineTab) (scales.Response, bool) {
	t.Helper()
	raw := browsertest.EvalAs[string](t, e, `return localStorage.getItem("sammebaat.response") || ""`)
	if raw == "" {
		return scales.Response{}, false
	}
	var file string
	if err := json.Unmarshal([]byte(raw), &file); err != nil {
		t.Fatalf("local storage holds %q: %v", raw, err)
	}
	r, err := scales.Read("local storage", []byte(file))
	if err != nil {
		t.Fatalf("stored response: %v", err)
	}
	return r, true
}

func engineWaitStored(t testing.TB, e browsertest.EngineTab, want map[string][]int) {
	t.Helper()
	var r scales.Response
	browsertest.Poll(t, browsertest.Patience, 50*time.Millisecond, func() bool {
		var ok bool
		r, ok = engineStored(t, e)
		return ok && browsertest.SameAnswers(r.Answers, want)
	}, func() string {
		return fmt.Sprintf("%s: stored answers\n  %s\nwant\n  %s", e.Name(), browsertest.DescribeAnswers(r.Answers), browsertest.DescribeAnswers(want))
	})
}

func engineWaitCached(t testing.TB, e browsertest.EngineTab) {
	t.Helper()
	browsertest.Poll(t, browsertest.Patience, 100*time.Millisecond, func() bool { return browsertest.EvalAs[bool](t, e, browsertest.WaitCachedScript) },
		func() string { return e.Name() + ": the service worker did not cache the app" })
}

// respondentPlan is what a test respondent answers: a code for each
// answered question (two for employment); questions not in it are skipped.
type respondentPlan map[string][]int

// planFor makes a respondent in language l who skips the given questions
// and answers the others with codes spread over each question's range.
func planFor(l scales.Lang, skip ...string) respondentPlan {
	in := scales.SESNB2018()
	p := respondentPlan{}
	for _, it := range in.Items {
		if slices.Contains(skip, it.ID) {
			continue
		}
		h := fnv.New32a()
		h.Write([]byte(string(l) + it.ID))
		k := len(it.Choices)
		c := 1 + int(h.Sum32()%uint32(k))
		if it.Kind == scales.Multiple {
			d := 1 + (c % k) // another code
			p[it.ID] = []int{min(c, d), max(c, d)}
			continue
		}
		p[it.ID] = []int{c}
	}
	return p
}

// clickAnswer answers a question by clicking its choice.
func clickAnswer(b *browsertest.Tab, id string, code int) {
	b.T.Helper()
	browsertest.Eval[chromedp.Void](b, fmt.Sprintf(`document.querySelector("#q-%s-%d").click()`, id, code))
}
