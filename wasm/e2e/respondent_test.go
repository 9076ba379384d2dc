//go:build !wasm

package e2e

// Browser tests of the respondent's pages (app/): the whole questionnaire
// answered with the keyboard only, in both languages; a reload mid-way;
// the scores against what scales computes; the downloaded file against the
// reader and formats.md; erasing; axe-core on every page and dialog. The
// harness (../internal/browsertest) fails a test on any request that leaves the
// app's origin.

import (
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	sbapp "sammebaat/app"
	"sammebaat/scales"
	"sammebaat/wasm/internal/browsertest"
)

// response is the plan as a scales.Response.
func (p respondentPlan) response(l scales.Lang, id string) scales.Response {
	r := scales.Response{Lang: l, ID: id, Answers: map[string][]int{}}
	for q, c := range p {
		r.Set(q, c...)
	}
	return r
}

// answerWithKeyboard answers question it with codes using only Tab, Space
// and the arrow keys, from wherever the focus is before the question.
func answerWithKeyboard(b *browsertest.Tab, it *scales.Item, codes []int) {
	b.T.Helper()
	if it.Kind == scales.Multiple {
		for _, c := range codes {
			browsertest.TabUntil(b, fmt.Sprintf("el.id === %q", "q-"+it.ID+"-"+strconv.Itoa(c)), 100)
			browsertest.Press(b, " ")
		}
		return
	}
	// Tab enters a radio group on its first radio when none is checked;
	// Space checks it, and each Down arrow checks the next.
	browsertest.TabUntil(b, fmt.Sprintf("el.name === %q && el.type === 'radio'", it.ID), 100)
	if id := browsertest.Eval[string](b, "document.activeElement.id"); id != "q-"+it.ID+"-1" {
		b.T.Fatalf("Tab entered %s's group on %s, want its first choice", it.ID, id)
	}
	browsertest.CheckFocusVisible(b, "a radio button")
	browsertest.Press(b, " ")
	for range codes[0] - 1 {
		browsertest.Press(b, kb.ArrowDown)
	}
}

// progressText is the questionnaire's progress line as the respondent
// should read it.
func progressText(l scales.Lang, section, answered int) string {
	switch l {
	case scales.NB:
		return fmt.Sprintf("Del %d av 4 · %d av 41 besvart", section, answered)
	case scales.NN:
		return fmt.Sprintf("Del %d av 4 · %d av 41 svart på", section, answered)
	}
	return fmt.Sprintf("Section %d of 4 · %d of 41 answered", section, answered)
}

// shownScore is a score as the scores page writes it: one decimal, with
// the decimal mark of the language (a comma in bokmål and nynorsk).
func shownScore(v float64, l scales.Lang) string {
	s := strconv.FormatFloat(v, 'f', 1, 64)
	if l != scales.EN {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

func notEnoughText(l scales.Lang, s scales.Score) string {
	switch l {
	case scales.NB:
		return fmt.Sprintf("Ikke nok svar til et resultat: du har svart på %d av %d; minst %d trengs.", s.Answered, s.Items, s.Needed)
	case scales.NN:
		return fmt.Sprintf("Ikkje nok svar til eit resultat: du har svart på %d av %d; minst %d trengst.", s.Answered, s.Items, s.Needed)
	}
	return fmt.Sprintf("Not enough answers for a score: answered %d of %d; at least %d are needed.", s.Answered, s.Items, s.Needed)
}

func TestRespondentKeyboardOnly(t *testing.T) {
	for _, tc := range []struct {
		lang scales.Lang
		// The address the respondent opens: bokmål is the default, English
		// is chosen in the address.
		start string
		skip  []string
	}{
		// receive, ekr and esr get too few answers for a score.
		{scales.NB, "/", []string{"education", "ekr1", "ekr2", "esr1", "esr2", "hum3", "out4", "duration"}},
		// social gets too few answers; employment and the rest are answered.
		{scales.EN, "/?lang=en", []string{"gender", "esp1", "unw7", "out1", "out2", "out3", "satisfaction"}},
		// Nynorsk chosen in the address (issue 21): every question answered.
		{scales.NN, "/?lang=nn", nil},
	} {
		t.Run(string(tc.lang), func(t *testing.T) {
			respondentKeyboardOnly(t, tc.lang, tc.start, planFor(tc.lang, tc.skip...))
		})
	}
}

// respondentKeyboardOnly is one respondent's whole visit with the keyboard
// only, step by step, in language l from the address start.
func respondentKeyboardOnly(t *testing.T, l scales.Lang, start string, plan respondentPlan) {
	s := browsertest.StartApp(t)
	k := &keyboardVisit{t: t, b: browsertest.NewBrowser(t, s), in: scales.SESNB2018(), l: l, plan: plan}
	k.startPage(s.URL + start)
	k.questionnaire()
	k.scores()
	k.download()
	k.erase()
}

// keyboardVisit is respondentKeyboardOnly's respondent and what the steps
// share.
type keyboardVisit struct {
	t    *testing.T
	b    *browsertest.Tab
	in   *scales.Instrument
	l    scales.Lang
	plan respondentPlan
	id   string // the response's, once started
}

// startPage: the start page in the language chosen, and Start with the
// keyboard, which stores an empty response in it.
func (k *keyboardVisit) startPage(u string) {
	t, b, l := k.t, k.b, k.l
	b.Navigate(u)
	b.WaitReady("start")
	if got := browsertest.Eval[string](b, "document.documentElement.lang"); got != string(l) {
		t.Errorf("<html lang=%q>, want %q", got, l)
	}
	b.CheckAxe("start page, " + string(l))

	browsertest.TabUntil(b, fmt.Sprintf("el.matches('a.button.primary[href=%q]')", sbapp.PathQuestionnaire), 10)
	browsertest.CheckFocusVisible(b, "the start button")
	browsertest.Press(b, kb.Enter)
	b.WaitReady("questionnaire")
	if got := browsertest.Eval[string](b, "document.documentElement.lang"); got != string(l) {
		t.Errorf("questionnaire: <html lang=%q>, want %q (the choice is remembered)", got, l)
	}

	r, ok := browsertest.Stored(b)
	if !ok || r.Lang != l || len(r.Answers) != 0 {
		t.Fatalf("starting stored %+v %v, want an empty response in %s", r, ok, l)
	}
	k.id = r.ID
}

// questionnaire: every section in turn, each planned answer given with the
// keyboard and stored at once, a reload mid-way through section 2, the
// progress line, and on with the keyboard.
func (k *keyboardVisit) questionnaire() {
	t, b, l, in, plan, id := k.t, k.b, k.l, k.in, k.plan, k.id
	given := map[string][]int{}
	for si, sec := range in.Sections {
		n := si + 1
		title := sec.Title.In(l)
		browsertest.WaitTrue(b, fmt.Sprintf("document.querySelector('#section-heading') && document.querySelector('#section-heading').textContent === %q", title), "section "+strconv.Itoa(n))
		if n > 1 {
			// Focus goes to the new section's heading.
			browsertest.WaitTrue(b, "document.activeElement && document.activeElement.id === 'section-heading'", "focus on the heading of section "+strconv.Itoa(n))
		}
		b.CheckAxe(fmt.Sprintf("section %d, %s", n, l))
		browsertest.WaitTrue(b, fmt.Sprintf("document.title.startsWith(%q)", title+" · "), "the title naming section "+strconv.Itoa(n))

		for qi, qid := range sec.Items {
			codes, answer := plan[qid]
			if !answer {
				continue
			}
			answerWithKeyboard(b, in.Item(qid), codes)
			given[qid] = codes
			browsertest.WaitStored(b, given)
			if shown := browsertest.CheckedInPage(b)[qid]; !slices.Equal(shown, codes) {
				t.Fatalf("%s shows %v checked, want %v", qid, shown, codes)
			}

			if qid == "employment" {
				// Two boxes are checked: the others are disabled and the
				// page says why.
				browsertest.WaitTrue(b, `document.querySelectorAll("#q-employment input:disabled").length === 4 &&
  document.querySelector("#q-employment-note") !== null`, "the other boxes disabled, with the reason")
			}

			// Mid-way through section 2, the tab is reloaded: every answer
			// and the place come back.
			if n == 2 && qi == len(sec.Items)/2 {
				b.Do(chromedp.Reload())
				b.WaitReady("questionnaire")
				browsertest.WaitTrue(b, fmt.Sprintf("document.querySelector('#section-heading').textContent === %q", title), "section 2 after reload")
				r, _ := browsertest.Stored(b)
				if r.ID != id || !browsertest.SameAnswers(r.Answers, given) {
					t.Fatalf("after reload: stored %s %s, want %s %s", r.ID, browsertest.DescribeAnswers(r.Answers), id, browsertest.DescribeAnswers(given))
				}
				shown := browsertest.CheckedInPage(b)
				for _, q := range sec.Items {
					if !slices.Equal(shown[q], given[q]) {
						t.Errorf("after reload %s shows %v, want %v", q, shown[q], given[q])
					}
				}
				want := progressText(l, 2, len(given))
				if got := browsertest.Eval[string](b, `document.querySelector("#progress-text").textContent`); got != want {
					t.Errorf("after reload progress %q, want %q", got, want)
				}
			}
		}
		want := progressText(l, n, len(given))
		browsertest.WaitTrue(b, fmt.Sprintf(`document.querySelector("#progress-text").textContent === %q`, want), "progress "+want)
		if got := browsertest.Eval[string](b, `document.querySelector("progress").value + "/" + document.querySelector("progress").max`); got != fmt.Sprintf("%d/41", len(given)) {
			t.Errorf("<progress> %s, want %d/41", got, len(given))
		}

		if n < len(in.Sections) {
			browsertest.TabUntil(b, "el.matches('nav.steps button.primary')", 30)
		} else {
			browsertest.TabUntil(b, fmt.Sprintf("el.matches('nav.steps a.button.primary[href=%q]')", sbapp.PathScores), 30)
		}
		browsertest.CheckFocusVisible(b, "the way on")
		browsertest.Press(b, kb.Enter)
	}

}

// scores: exactly what scales computes for the answers given.
func (k *keyboardVisit) scores() {
	t, b, l, in, plan, id := k.t, k.b, k.l, k.in, k.plan, k.id
	// Scores: exactly what scales computes for the answers given.
	b.WaitReady("scores")
	b.CheckAxe("scores, " + string(l))
	// The charts are drawn with attributes and classes: a style attribute
	// would be blocked by the security policy.
	if n := browsertest.Eval[int](b, `document.querySelectorAll("[style]").length`); n != 0 {
		t.Errorf("%d elements with a style attribute: %s", n, browsertest.Eval[string](b, `[...document.querySelectorAll("[style]")].map(e => e.outerHTML.slice(0, 120)).join("\n")`))
	}
	if n := browsertest.Eval[int](b, `document.querySelectorAll("article.card svg.chart").length`); n != len(in.Scales)+3 {
		t.Errorf("%d charts, want one per scale and per group question (%d)", n, len(in.Scales)+3)
	}
	want := plan.response(l, id)
	r, _ := browsertest.Stored(b)
	if !browsertest.SameAnswers(r.Answers, want.Answers) || r.Lang != l {
		t.Fatalf("stored at the end %s %s, planned %s", r.Lang, browsertest.DescribeAnswers(r.Answers), browsertest.DescribeAnswers(want.Answers))
	}
	type shown struct{ Scale, Value, Strong, Missing string }
	cards := browsertest.Eval[[]shown](b, `[...document.querySelectorAll("article.card.score")].map(a => ({
  Scale: a.dataset.scale, Value: a.dataset.value,
  Strong: (a.querySelector(".value strong") || {}).textContent || "",
  Missing: (a.querySelector(".missing") || {}).textContent || ""}))`)
	scores := in.Scores(want)
	if len(cards) != len(scores) {
		t.Fatalf("%d scores shown, want %d", len(cards), len(scores))
	}
	missing := 0
	for i, sc := range scores {
		c := cards[i]
		if c.Scale != sc.Scale {
			t.Errorf("score %d is %s, want %s (the study's five first)", i, c.Scale, sc.Scale)
			continue
		}
		if sc.Missing() {
			missing++
			if c.Value != "missing" || c.Missing != notEnoughText(l, sc) {
				t.Errorf("%s: shown %q %q, want missing with %q", sc.Scale, c.Value, c.Missing, notEnoughText(l, sc))
			}
			continue
		}
		v, err := strconv.ParseFloat(c.Value, 64)
		if err != nil || v != sc.Value || c.Strong != shownScore(sc.Value, l) {
			t.Errorf("%s: shown %q (%q), want %v (%q)", sc.Scale, c.Value, c.Strong, sc.Value, shownScore(sc.Value, l))
		}
	}
	if missing == 0 && len(plan) < len(in.Items) {
		t.Error("the plan skips questions but leaves no scale without enough answers: the missing case is untested")
	}

}

// download: the dialog says what the file holds, and Save (focused first)
// saves it, with only what formats.md allows.
func (k *keyboardVisit) download() {
	t, b, l, plan, id := k.t, k.b, k.l, k.plan, k.id
	want := plan.response(l, id)
	// Download, with the keyboard: the dialog says what the file holds,
	// and Save (focused first) saves it.
	browsertest.TabUntil(b, "el.id === 'download-button'", 200)
	browsertest.CheckFocusVisible(b, "the download button")
	browsertest.Press(b, kb.Enter)
	browsertest.WaitTrue(b, "document.querySelector('#download-dialog').open", "the download dialog")
	b.CheckAxe("download dialog, " + string(l))
	if got := browsertest.Eval[string](b, "document.activeElement.textContent"); got != map[scales.Lang]string{scales.NB: "Lagre filen", scales.NN: "Lagre fila", scales.EN: "Save the file"}[l] {
		t.Errorf("the download dialog opened with focus on %q", got)
	}
	if text := browsertest.Eval[string](b, "document.querySelector('#download-dialog').textContent"); !strings.Contains(text, id) {
		t.Errorf("the dialog does not show the id %s: %q", id, text)
	}
	name, data := b.Download(chromedp.KeyEvent(kb.Enter))
	if wantName := "samme-baat-" + id[:8] + ".json"; name != wantName {
		t.Errorf("downloaded %q, want %q", name, wantName)
	}
	got, err := scales.Read(name, data)
	if err != nil {
		t.Fatalf("the downloaded file is rejected: %v", err)
	}
	if got.ID != id || got.Lang != l || !browsertest.SameAnswers(got.Answers, want.Answers) {
		t.Errorf("downloaded %s %s %s, want %s %s %s", got.ID, got.Lang, browsertest.DescribeAnswers(got.Answers), id, l, browsertest.DescribeAnswers(want.Answers))
	}
	// Only what formats.md allows: these six keys, nothing about the
	// respondent or the device.
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		t.Fatal(err)
	}
	keys := slices.Sorted(maps.Keys(top))
	if !slices.Equal(keys, []string{"answers", "format", "id", "instrument", "lang", "version"}) {
		t.Errorf("the file's keys are %v", keys)
	}
	if want, _ := scales.Marshal(want); string(data) != string(want) {
		t.Errorf("the file is\n%s\nwant scales.Marshal's\n%s", data, want)
	}
	browsertest.WaitTrue(b, "!document.querySelector('#download-dialog').open", "the dialog to close")
	browsertest.WaitTrue(b, fmt.Sprintf("document.querySelector('.status').textContent.includes(%q)", name), "the saved message")
}

// erase: Cancel has the focus first; the next Tab reaches the confirming
// button, and everything stored goes.
func (k *keyboardVisit) erase() {
	t, b, l := k.t, k.b, k.l
	// Erase, with the keyboard: Cancel has the focus first; the next Tab
	// reaches the confirming button.
	browsertest.TabUntil(b, "el.id === 'erase-button'", 20)
	browsertest.Press(b, kb.Enter)
	browsertest.WaitTrue(b, "document.querySelector('#erase-dialog').open", "the erase dialog")
	b.CheckAxe("erase dialog, " + string(l))
	if got := browsertest.Eval[string](b, "document.activeElement.textContent"); got != map[scales.Lang]string{scales.NB: "Avbryt", scales.NN: "Avbryt", scales.EN: "Cancel"}[l] {
		t.Errorf("the erase dialog opened with focus on %q, want Cancel", got)
	}
	browsertest.Press(b, kb.Tab)
	browsertest.Press(b, kb.Enter)
	b.WaitReady("start")
	if n := browsertest.Eval[int](b, "localStorage.length + sessionStorage.length"); n != 0 {
		t.Errorf("after erasing, storage holds %d items: %s", n, browsertest.Eval[string](b, "JSON.stringify(localStorage)"))
	}
	erased := map[scales.Lang]string{
		scales.NB: "Alt appen hadde lagret på denne enheten, er slettet.",
		scales.NN: "Alt appen hadde lagra på denne eininga, er sletta.",
		scales.EN: "Everything the app had stored on this device has been erased.",
	}[l]
	browsertest.WaitTrue(b, fmt.Sprintf("document.querySelector('main').textContent.includes(%q)", erased), "the erased notice")
	if got := browsertest.Eval[string](b, "document.documentElement.lang"); got != string(l) {
		t.Errorf("after erasing: <html lang=%q>, want %q", got, l)
	}
	b.CheckAxe("start page after erasing, " + string(l))
	b.CheckNoCSPViolations()
}

// The language switch keeps every answer and the place, changes the
// page's language, and is remembered.
func TestRespondentLanguageSwitch(t *testing.T) {
	s := browsertest.StartApp(t)
	b := browsertest.NewBrowser(t, s)
	b.Navigate(s.URL + sbapp.PathQuestionnaire)
	b.WaitReady("questionnaire")
	browsertest.Eval[chromedp.Void](b, `document.querySelector("#q-gender-2").click()`)
	browsertest.Eval[chromedp.Void](b, `document.querySelector("#q-employment-1").click()`)
	browsertest.WaitStored(b, map[string][]int{"gender": {2}, "employment": {1}})
	browsertest.Eval[chromedp.Void](b, `document.querySelector("nav.steps button.primary").click()`)
	browsertest.WaitTrue(b, `document.querySelector("#section-heading").textContent === "Under gruppemøtene"`, "section 2")
	browsertest.Eval[chromedp.Void](b, `document.querySelector("#q-ekp2-3").click()`)
	browsertest.WaitStored(b, map[string][]int{"gender": {2}, "employment": {1}, "ekp2": {3}})

	browsertest.Eval[chromedp.Void](b, `document.querySelector('.lang-switch a[hreflang="en"]').click()`)
	browsertest.WaitTrue(b, `document.documentElement.lang === "en" && document.querySelector("#section-heading").textContent === "During group meetings"`, "English")
	// The section's radios are drawn anew in English, and show its answer.
	browsertest.WaitTrue(b, `document.querySelector("label[for=q-ekp2-3]").textContent !== "" && document.querySelector("#q-ekp2-3").checked &&
  document.querySelectorAll("#main input:checked").length === 1`, "the answer shown after switching")
	if got := browsertest.Eval[string](b, `document.querySelector("#progress-text").textContent`); got != progressText(scales.EN, 2, 3) {
		t.Errorf("progress after switching %q", got)
	}
	b.CheckAxe("section 2 after switching to English")
	browsertest.Eval[chromedp.Void](b, `document.querySelector("#q-ekp1-4").click()`)
	browsertest.WaitStored(b, map[string][]int{"gender": {2}, "employment": {1}, "ekp2": {3}, "ekp1": {4}})
	if r, _ := browsertest.Stored(b); r.Lang != scales.EN {
		t.Errorf("answering in English stored lang %q", r.Lang)
	}
	// Remembered: the start page without ?lang= is in English.
	b.Navigate(s.URL + sbapp.PathStart)
	b.WaitReady("start")
	if got := browsertest.Eval[string](b, "document.documentElement.lang"); got != "en" {
		t.Errorf("start page after switching: lang %q", got)
	}
	browsertest.WaitTrue(b, `document.querySelector("main").textContent.includes("You have answered 4 of 41 questions.")`, "continue")
	b.CheckNoCSPViolations()
}

// The language changed by the browser's Back while a radio has the focus
// (a review found it lost): the radios are drawn anew in the other
// language, show the answers, and the focused one keeps the focus, so the
// keyboard goes on where it was.
func TestRespondentLanguageByHistoryKeepsFocus(t *testing.T) {
	s := browsertest.StartApp(t)
	b := browsertest.NewBrowser(t, s)
	b.Navigate(s.URL + sbapp.PathQuestionnaire + "?lang=nb")
	b.WaitReady("questionnaire")
	browsertest.Eval[chromedp.Void](b, `document.querySelector('.lang-switch a[hreflang="en"]').click()`)
	browsertest.WaitTrue(b, `document.documentElement.lang === "en"`, "English")
	browsertest.TabUntil(b, `el.name === "gender" && el.type === "radio"`, 40)
	browsertest.Press(b, " ")
	browsertest.Press(b, kb.ArrowDown)
	browsertest.WaitStored(b, map[string][]int{"gender": {2}})
	browsertest.Eval[chromedp.Void](b, `history.back()`)
	browsertest.WaitTrue(b, `document.documentElement.lang === "nb" && document.querySelector("label[for=q-gender-1]").textContent === "Kvinne"`, "bokmål after Back")
	browsertest.WaitTrue(b, `document.querySelector("#q-gender-2").checked && document.querySelectorAll("#main input:checked").length === 1`, "the answer shown after Back")
	if id := browsertest.Eval[string](b, `document.activeElement ? document.activeElement.id || document.activeElement.tagName : ""`); id != "q-gender-2" {
		t.Errorf("after Back (a language switch) the focus is on %q, want q-gender-2", id)
	}
	browsertest.Press(b, kb.ArrowDown) // wraps to the first
	browsertest.WaitStored(b, map[string][]int{"gender": {1}})
}

// Starting a new response asks first, then makes a new id with no answers.
func TestRespondentStartNew(t *testing.T) {
	s := browsertest.StartApp(t)
	b := browsertest.NewBrowser(t, s)
	b.Navigate(s.URL + sbapp.PathQuestionnaire + "?lang=en")
	b.WaitReady("questionnaire")
	browsertest.Eval[chromedp.Void](b, `document.querySelector("#q-age-3").click()`)
	browsertest.WaitStored(b, map[string][]int{"age": {3}})
	old, _ := browsertest.Stored(b)

	b.Navigate(s.URL + sbapp.PathStart)
	b.WaitReady("start")
	browsertest.TabUntil(b, `el.textContent === "Start a new response"`, 15)
	browsertest.Press(b, kb.Enter)
	browsertest.WaitTrue(b, "document.querySelector('#new-response-dialog').open", "the confirmation")
	b.CheckAxe("start-new dialog")
	browsertest.Press(b, kb.Escape) // Escape cancels: nothing changes
	browsertest.WaitTrue(b, "!document.querySelector('#new-response-dialog').open", "the dialog to close")
	if r, _ := browsertest.Stored(b); r.ID != old.ID || len(r.Answers) != 1 {
		t.Fatalf("cancelling changed the response: %+v", r)
	}
	browsertest.Eval[chromedp.Void](b, `document.querySelector("#new-response-dialog .button.danger").click()`)
	b.WaitReady("questionnaire")
	r, _ := browsertest.Stored(b)
	if r.ID == old.ID || len(r.Answers) != 0 || !scales.ValidIDString(r.ID) {
		t.Errorf("new response %+v, old id %s", r, old.ID)
	}
	if got := browsertest.Eval[string](b, `document.querySelector("#progress-text").textContent`); got != progressText(scales.EN, 1, 0) {
		t.Errorf("new response progress %q", got)
	}
}

// The page must not lose the answers when the chart values are odd: a
// guard that the plan's codes stay on each question's range.
func TestPlanIsValid(t *testing.T) {
	in := scales.SESNB2018()
	for _, l := range []scales.Lang{scales.NB, scales.NN, scales.EN} {
		p := planFor(l)
		r := p.response(l, strings.Repeat("a", 32))
		if err := in.Validate(r); err != nil {
			t.Errorf("%s plan: %v", l, err)
		}
		if len(p) != len(in.Items) {
			t.Errorf("%s plan answers %d of %d", l, len(p), len(in.Items))
		}
		// Each section-2 code value appears, so the arrows go all the way.
		seen := map[int]bool{}
		for _, id := range in.Sections[1].Items {
			seen[p[id][0]] = true
		}
		keys := slices.Collect(maps.Keys(seen))
		sort.Ints(keys)
		if len(keys) < 5 || math.Abs(float64(keys[len(keys)-1]-keys[0])) < 4 {
			t.Errorf("%s plan's section-2 codes %v do not spread over the range", l, keys)
		}
	}
}

// Clearing an answer with the keyboard leaves the question unanswered, on
// the page and in storage, with focus kept in the question; Back returns
// to the previous section with its answers shown and focus on its heading.
func TestRespondentClearAndBack(t *testing.T) {
	s := browsertest.StartApp(t)
	b := browsertest.NewBrowser(t, s)
	b.Navigate(s.URL + sbapp.PathQuestionnaire + "?lang=nb")
	b.WaitReady("questionnaire")
	in := scales.SESNB2018()
	answerWithKeyboard(b, in.Item("gender"), []int{2})
	answerWithKeyboard(b, in.Item("age"), []int{4})
	browsertest.WaitStored(b, map[string][]int{"gender": {2}, "age": {4}})
	// The answer is saved the moment it is given, but the Clear button
	// comes with go-app's next frame (8 ms later, longer on a busy
	// machine): Tab pressed before it exists goes on to the next question.
	browsertest.WaitTrue(b, `document.querySelector("#q-age button.clear") !== null`, "age's Clear button")

	browsertest.TabUntil(b, `el.matches("#q-age button.clear")`, 5)
	browsertest.Press(b, kb.Enter)
	browsertest.WaitStored(b, map[string][]int{"gender": {2}})
	browsertest.WaitTrue(b, `document.querySelector("#q-age input:checked") === null && document.querySelector("#q-age button.clear") === null`, "age cleared on the page")
	if id := browsertest.Eval[string](b, "document.activeElement.id"); id != "q-age-1" {
		t.Errorf("after clearing, focus on %q, want q-age-1", id)
	}
	if got := browsertest.Eval[string](b, `document.querySelector("#progress-text").textContent`); got != progressText(scales.NB, 1, 1) {
		t.Errorf("progress after clearing %q", got)
	}

	browsertest.TabUntil(b, "el.matches('nav.steps button.primary')", 60)
	browsertest.Press(b, kb.Enter)
	browsertest.WaitTrue(b, "document.activeElement && document.activeElement.id === 'section-heading'", "focus on section 2's heading")
	answerWithKeyboard(b, in.Item("ekp1"), []int{7})
	browsertest.WaitStored(b, map[string][]int{"gender": {2}, "ekp1": {7}})
	browsertest.TabUntil(b, "el.matches('nav.steps button.secondary')", 100)
	browsertest.Press(b, kb.Enter)
	browsertest.WaitTrue(b, `document.activeElement && document.activeElement.id === 'section-heading' &&
  document.activeElement.textContent === "Bakgrunnsspørsmål"`, "focus on section 1's heading")
	if got := browsertest.CheckedInPage(b); !browsertest.SameAnswers(got, map[string][]int{"gender": {2}}) {
		t.Errorf("back in section 1 the page shows %s", browsertest.DescribeAnswers(got))
	}
	b.CheckNoCSPViolations()
}

// On a static host under a sub-path, every link and every move of the
// respondent's pages stays under it.
func TestRespondentUnderSubPath(t *testing.T) {
	s := browsertest.StartStatic(t, "/sub/")
	b := browsertest.NewBrowser(t, s)
	b.Navigate(s.URL + "/?lang=en")
	b.WaitReady("start")
	links := func(where string) {
		t.Helper()
		for _, l := range browsertest.Eval[[]string](b, `[...document.querySelectorAll("a[href]")].map(a => a.href)`) {
			if !strings.HasPrefix(l, s.URL+"/") {
				t.Errorf("%s: link %s leaves %s/", where, l, s.URL)
			}
		}
	}
	path := func(want string) {
		t.Helper()
		browsertest.WaitTrue(b, fmt.Sprintf("location.pathname === %q", want), "address "+want)
	}
	links("start page")
	browsertest.Eval[chromedp.Void](b, `document.querySelector("a.button.primary").click()`)
	b.WaitReady("questionnaire")
	path("/sub" + sbapp.PathQuestionnaire)
	links("questionnaire")
	browsertest.Eval[chromedp.Void](b, `document.querySelector("#q-age-2").click()`)
	browsertest.WaitStored(b, map[string][]int{"age": {2}})
	for n := 2; n <= 4; n++ {
		browsertest.Eval[chromedp.Void](b, `document.querySelector("nav.steps button.primary").click()`)
		browsertest.WaitTrue(b, fmt.Sprintf(`document.querySelector("#progress-text").textContent.startsWith("Section %d ")`, n), "section "+strconv.Itoa(n))
	}
	browsertest.Eval[chromedp.Void](b, `document.querySelector("nav.steps a.button.primary").click()`)
	b.WaitReady("scores")
	path("/sub" + sbapp.PathScores)
	links("scores")
	browsertest.Eval[chromedp.Void](b, `document.querySelector("#erase-button").click()`)
	browsertest.WaitTrue(b, "document.querySelector('#erase-dialog').open", "the erase dialog")
	browsertest.Eval[chromedp.Void](b, `document.querySelector("#erase-dialog .button.danger").click()`)
	b.WaitReady("start")
	path("/sub/")
	// A reload of where the app says it is finds the page on the host.
	b.Do(chromedp.Reload())
	b.WaitReady("start")
}

// The questionnaire open in two tabs: what the other tab saves shows here
// (the browser tells a page of changes other pages of its origin make
// with a storage event, which is what the test sends), and this tab's next
// answer does not overwrite it; after the other tab erased everything this
// one goes to the start page instead of saving the answers again.
func TestRespondentOtherTab(t *testing.T) {
	s := browsertest.StartApp(t)
	b := browsertest.NewBrowser(t, s)
	b.Navigate(s.URL + sbapp.PathQuestionnaire + "?lang=en")
	b.WaitReady("questionnaire")
	browsertest.Eval[chromedp.Void](b, `document.querySelector("#q-gender-1").click()`)
	browsertest.WaitStored(b, map[string][]int{"gender": {1}})
	r, _ := browsertest.Stored(b)

	// The other tab adds an answer.
	r.Set("education", 3)
	file, err := scales.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	js, _ := json.Marshal(string(file))
	browsertest.Eval[chromedp.Void](b, fmt.Sprintf(`localStorage.setItem("sammebaat.response", JSON.stringify(%s));
window.dispatchEvent(new StorageEvent("storage", {key: "sammebaat.response"}))`, js))
	browsertest.WaitTrue(b, `document.querySelector("#q-education-3").checked && document.querySelector("#progress-text").textContent.includes("2 of 41")`, "the other tab's answer shown")

	// This tab answers without having reloaded: both stay.
	browsertest.Eval[chromedp.Void](b, `document.querySelector("#q-age-2").click()`)
	browsertest.WaitStored(b, map[string][]int{"gender": {1}, "education": {3}, "age": {2}})

	// The other tab erases everything.
	browsertest.Eval[chromedp.Void](b, `localStorage.clear(); window.dispatchEvent(new StorageEvent("storage", {key: null}))`)
	b.WaitReady("start")
	if n := browsertest.Eval[int](b, "localStorage.length"); n != 0 {
		t.Errorf("after erasing elsewhere this tab stored %s", browsertest.Eval[string](b, "JSON.stringify(localStorage)"))
	}
}
