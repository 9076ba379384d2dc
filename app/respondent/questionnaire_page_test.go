package respondent

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	sb "sammebaat/app"
	"sammebaat/app/internal/apptest"
	"sammebaat/scales"
)

func TestQuestionnaireStartsAndSavesAResponse(t *testing.T) {
	m := apptest.NewMemStorage()
	p := &QuestionnairePage{}
	p.load("en", sb.StoreOn(m))
	if p.err != "" || !p.loaded {
		t.Fatalf("load: err %q loaded %v", p.err, p.loaded)
	}
	if p.lang != scales.EN || p.section != 1 {
		t.Errorf("lang %q section %d, want en 1", p.lang, p.section)
	}
	r, ok, err := sb.StoreOn(m).Response()
	if !ok || err != nil || r.ID != p.resp.ID || !scales.ValidIDString(r.ID) {
		t.Errorf("the new response was not saved: %v %v %+v", ok, err, r)
	}
	if l, _ := sb.StoreOn(m).Lang(); l != scales.EN {
		t.Errorf("?lang=en not remembered: %q", l)
	}
}

// Every answer is saved the moment it is given, with the place; a page
// loaded afterwards from the same storage (a reload) shows the same.
func TestQuestionnaireNothingLost(t *testing.T) {
	m := apptest.NewMemStorage()
	p := &QuestionnairePage{}
	p.load("", sb.StoreOn(m))
	p.answer("gender", []int{1})
	p.answer("employment", []int{1, 4})
	p.goTo(2)
	p.answer("ekp1", []int{6})
	p.answer("gender", nil) // cleared

	again := &QuestionnairePage{}
	again.load("", sb.StoreOn(m))
	if again.section != 2 {
		t.Errorf("section after reload %d, want 2", again.section)
	}
	if again.resp.ID != p.resp.ID {
		t.Errorf("id changed on reload: %s, was %s", again.resp.ID, p.resp.ID)
	}
	// Every code of every answer: employment's second code as much as its first.
	want := map[string][]int{"employment": {1, 4}, "ekp1": {6}}
	if !maps.EqualFunc(again.resp.Answers, want, slices.Equal) {
		t.Errorf("answers after reload %v, want %v", again.resp.Answers, want)
	}
	if !maps.EqualFunc(p.resp.Answers, want, slices.Equal) {
		t.Errorf("answers on the page %v, want %v", p.resp.Answers, want)
	}
}

func TestQuestionnaireAnswerTakesTheLanguage(t *testing.T) {
	m := apptest.NewMemStorage()
	p := &QuestionnairePage{}
	p.load("nb", sb.StoreOn(m))
	p.lang = scales.EN // the respondent switched language
	p.answer("age", []int{2})
	r, _, _ := sb.StoreOn(m).Response()
	if r.Lang != scales.EN {
		t.Errorf("lang %q, want en", r.Lang)
	}
}

// A device that will not keep the answers (storage full): they stay in the
// tab's memory, counted and scored from there, and the page says so in
// plain words (no storage error text); once the device keeps them again,
// all is saved and the notice goes.
func TestQuestionnaireShowsSaveFailure(t *testing.T) {
	m := apptest.NewMemStorage()
	st := sb.StoreWithMemory(m)
	p := &QuestionnairePage{}
	p.load("en", st)
	m.FailSet = apptest.ErrQuota
	p.answer("age", []int{2})
	p.answer("gender", []int{1})
	if p.err != "" {
		t.Errorf("error shown %q; the notice says it", p.err)
	}
	html := apptest.Render(t, p)
	alerts := apptest.Find(html, "div", map[string]string{"role": "alert", "id": "storage-notice"})
	if len(alerts) != 1 || !strings.Contains(html, "no room to keep your answers") || strings.Contains(html, apptest.ErrQuota.Error()) {
		t.Errorf("the failure is not told in plain words:\n%s", html)
	}
	if r, ok, err := st.Response(); !ok || err != nil || len(r.Answers) != 2 {
		t.Errorf("the scores page would see %v %v %v, want the 2 answers in memory", r.Answers, ok, err)
	}
	if st.Kept() {
		t.Error("the store says the device keeps the answers")
	}
	m.FailSet = nil
	p.answer("education", []int{3})
	if r, ok, err := sb.StoreOn(m).Response(); !ok || err != nil || len(r.Answers) != 3 {
		t.Errorf("with room again, stored %v %v %v, want the 3 answers", r.Answers, ok, err)
	}
	if !st.Kept() || sb.StorageNotice(scales.EN, st, false) != nil {
		t.Error("the notice stayed after the answers were kept")
	}
}

func TestQuestionnaireDamagedStorage(t *testing.T) {
	m := apptest.NewMemStorage()
	m.Set(sb.KeyResponse, "{not json")
	p := &QuestionnairePage{}
	p.load("en", sb.StoreOn(m))
	if !strings.Contains(p.problem, "could not be read") {
		t.Errorf("problem %q", p.problem)
	}
	if kept := apptest.Kept(m, sb.KeyUnreadable); len(kept) != 1 || kept[0] != "{not json" {
		t.Errorf("the unreadable draft was not kept as it was: %q", kept)
	}
	p.answer("age", []int{1})
	if _, ok, err := sb.StoreOn(m).Response(); !ok || err != nil {
		t.Errorf("answering did not start afresh: %v %v", ok, err)
	}
}

func TestQuestionnaireRender(t *testing.T) {
	withClientMarks(t)
	in := scales.SESNB2018()
	for _, l := range sb.Langs {
		for n := 1; n <= len(in.Sections); n++ {
			m := apptest.NewMemStorage()
			p := &QuestionnairePage{}
			p.load(string(l), sb.StoreOn(m))
			p.answer("gender", []int{2})
			p.goTo(n)
			html := apptest.Render(t, p)
			sec := in.Sections[n-1]
			if len(apptest.Find(html, "h2", map[string]string{"id": sectionHeadingID, "tabindex": "-1"})) != 1 {
				t.Errorf("%s section %d: no focusable section heading", l, n)
			}
			if !strings.Contains(html, apptest.Escape(sec.Title.In(l))) {
				t.Errorf("%s section %d: no title", l, n)
			}
			if got := len(apptest.Find(html, "fieldset", nil)); got != len(sec.Items) {
				t.Errorf("%s section %d: %d questions, want %d", l, n, got, len(sec.Items))
			}
			first := apptest.Find(html, "fieldset", map[string]string{"data-testid": questionTestID})
			if len(first) != 1 || first[0].Attrs["id"] != questionID(sec.Items[0]) {
				t.Errorf("%s section %d: first question not marked: %v", l, n, first)
			}
			prog := progress{Section: n, Sections: 4, Answered: 1, Items: 41}.text(l)
			if !strings.Contains(html, prog) {
				t.Errorf("%s section %d: no progress %q", l, n, prog)
			}
			if pr := apptest.Find(html, "progress", map[string]string{"max": "41", "value": "1"}); len(pr) != 1 {
				t.Errorf("%s section %d: no <progress> 1 of 41", l, n)
			}
			if len(apptest.Find(html, "main", map[string]string{"data-ready": "questionnaire"})) != 1 {
				t.Errorf("%s section %d: main not marked ready", l, n)
			}
			if sec.Stem.In(l) != "" && !strings.Contains(html, apptest.Escape(sec.Stem.In(l))) {
				t.Errorf("%s section %d: no stem", l, n)
			}
			if n == 4 && len(apptest.Find(html, "a", map[string]string{"href": sb.PathScores, "class": "button primary"})) != 1 {
				t.Errorf("%s: the last section does not lead to the scores", l)
			}
			if n == 1 && len(apptest.Find(html, "a", map[string]string{"href": sb.PathStart, "class": "button secondary"})) != 1 {
				t.Errorf("%s: the first section does not lead back to the start", l)
			}
		}
	}
}

// The server sends the first section unanswered, as native inputs a member
// can answer before the program runs, marked for the program to read
// (readEarlyForm), with a Next that app.js holds until it does.
func TestQuestionnaireServedFirstSection(t *testing.T) {
	in := scales.SESNB2018()
	// (The language is the address's, which the test engine has not: the
	// browser tests serve ?lang=en.)
	for _, l := range []scales.Lang{scales.NB} {
		html := apptest.Render(t, &QuestionnairePage{lang: l})
		// go-app writes a false boolean attribute as ="false", which the
		// browser reads as true.
		if strings.Contains(html, "data-ready") || strings.Contains(html, "checked") || strings.Contains(html, "disabled") {
			t.Errorf("%s: the served page is marked ready or has an answer", l)
		}
		if len(apptest.Find(html, "section", map[string]string{"data-" + earlyFormMark: "form"})) != 1 {
			t.Errorf("%s: no served section marked for the program", l)
		}
		for _, id := range in.Sections[0].Items {
			it := in.Item(id)
			for _, c := range it.Choices {
				kind := "radio"
				if it.Kind == scales.Multiple {
					kind = "checkbox"
				}
				want := map[string]string{"type": kind, "name": id, "value": strconv.Itoa(c.Value), "id": choiceID(id, c.Value)}
				if len(apptest.Find(html, "input", want)) != 1 {
					t.Errorf("%s: no %s %s=%d", l, kind, id, c.Value)
				}
			}
			if !strings.Contains(html, apptest.Escape(it.Text.In(l))) {
				t.Errorf("%s: %s's text missing", l, id)
			}
		}
		for _, id := range in.Sections[1].Items {
			if strings.Contains(html, `name="`+id+`"`) {
				t.Errorf("%s: section 2's %s is served", l, id)
			}
		}
		next := apptest.Find(html, "button", map[string]string{"data-" + earlyActionMark: earlyNext, "aria-describedby": earlyStatusID})
		if len(next) != 1 {
			t.Errorf("%s: no served Next for app.js to hold", l)
		}
		if len(apptest.Find(html, "p", map[string]string{"id": earlyStatusID, "role": "status", "data-text": tr(l, msgEarlyNext)})) != 1 {
			t.Errorf("%s: no live region for the early Next", l)
		}
	}
}

func TestQuestionnaireGoToBounds(t *testing.T) {
	p := &QuestionnairePage{}
	p.load("", sb.StoreOn(apptest.NewMemStorage()))
	p.goTo(0)
	p.goTo(5)
	if p.section != 1 {
		t.Errorf("section %d, want 1", p.section)
	}
}

// Two tabs of the app on the same response: an answer given in one is not
// lost when the other, which has not seen it, saves its own.
func TestQuestionnaireTwoTabs(t *testing.T) {
	m := apptest.NewMemStorage()
	a := &QuestionnairePage{}
	a.load("nb", sb.StoreOn(m))
	b := &QuestionnairePage{}
	b.load("nb", sb.StoreOn(m))
	a.answer("gender", []int{1})
	b.answer("age", []int{2})
	r, _, _ := sb.StoreOn(m).Response()
	want := map[string][]int{"gender": {1}, "age": {2}}
	if !maps.EqualFunc(r.Answers, want, slices.Equal) {
		t.Errorf("stored %v, want %v", r.Answers, want)
	}
	if !a.reload() || !maps.EqualFunc(a.resp.Answers, want, slices.Equal) {
		t.Errorf("the first tab does not take the other's answer: %v, want %v", a.resp.Answers, want)
	}
	// Erased in another tab: nothing to take, and nothing saved back.
	sb.StoreOn(m).Erase()
	if a.reload() {
		t.Error("reload after erasing elsewhere says a response is stored")
	}
	if len(m.Data) != 0 {
		t.Errorf("storage after erasing elsewhere: %v", m.Data)
	}
	// A new response started in another tab is taken over.
	n, _ := scales.NewResponse(scales.NB)
	sb.StoreOn(m).SaveResponse(n)
	if !b.reload() || b.resp.ID != n.ID {
		t.Errorf("the new response was not taken: %s, want %s", b.resp.ID, n.ID)
	}
}
