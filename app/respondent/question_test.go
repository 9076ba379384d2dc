package respondent

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"sammebaat/app/internal/apptest"
	"sammebaat/scales"
)

func TestToggle(t *testing.T) {
	for _, tc := range []struct {
		codes []int
		code  int
		on    bool
		want  []int
	}{
		{nil, 3, true, []int{3}},
		{[]int{3}, 1, true, []int{1, 3}},
		{[]int{1, 3}, 5, true, []int{1, 3}}, // a third is not added
		{[]int{1, 3}, 3, false, []int{1}},
		{[]int{1}, 1, false, []int{}},
		{[]int{1}, 1, true, []int{1}}, // no duplicate
	} {
		got := toggle(tc.codes, tc.code, tc.on, 2)
		if !slices.Equal(got, tc.want) {
			t.Errorf("toggle(%v, %d, %v) = %v, want %v", tc.codes, tc.code, tc.on, got, tc.want)
		}
	}
}

func TestQuestionRadios(t *testing.T) {
	withClientMarks(t)
	in := scales.SESNB2018()
	q := (&Question{}).Item(in.Item("age")).Lang(scales.EN).Codes([]int{3}).First(true)
	html := apptest.Render(t, q)
	if fs := apptest.Find(html, "fieldset", map[string]string{"id": "q-age", "data-testid": "question"}); len(fs) != 1 {
		t.Errorf("no fieldset q-age marked for tests:\n%s", html)
	}
	if !strings.Contains(html, `<legend class="question-text">Age</legend>`) {
		t.Errorf("no legend:\n%s", html)
	}
	radios := apptest.Find(html, "input", map[string]string{"type": "radio", "name": "age"})
	if len(radios) != 4 {
		t.Fatalf("%d radios, want 4", len(radios))
	}
	for i, r := range radios {
		id := choiceID("age", i+1)
		if r.Attrs["id"] != id || r.Attrs["value"] != strconv.Itoa(i+1) {
			t.Errorf("radio %d: %v", i+1, r.Attrs)
		}
		if r.On("checked") != (i+1 == 3) {
			t.Errorf("radio %d checked %v", i+1, r.On("checked"))
		}
		if len(apptest.Find(html, "label", map[string]string{"for": id})) != 1 {
			t.Errorf("radio %d has no label", i+1)
		}
	}
	if !strings.Contains(html, "Clear answer") {
		t.Error("an answered question has no way to clear it")
	}
	if err := app.Match(app.Legend().Class("question-text"), q, 0, 0); err != nil {
		t.Error(err)
	}
}

func TestQuestionUnansweredHasNoClear(t *testing.T) {
	in := scales.SESNB2018()
	html := apptest.Render(t, (&Question{}).Item(in.Item("gender")).Lang(scales.NB))
	if strings.Contains(html, "Fjern svaret") {
		t.Errorf("an unanswered question offers to clear:\n%s", html)
	}
	for _, r := range apptest.Find(html, "input", nil) {
		if r.On("checked") {
			t.Errorf("an unanswered question shows an answer: %v", r.Attrs)
		}
	}
	if strings.Contains(html, "data-testid") {
		t.Error("test marker rendered outside the browser")
	}
}

func TestQuestionStemIsReadWithTheText(t *testing.T) {
	in := scales.SESNB2018()
	sec := in.Sections[2]
	html := apptest.Render(t, (&Question{}).Item(in.Item("out2")).Lang(scales.NB).Stem(sec.Stem.NB))
	if !strings.Contains(html, `<span class="visually-hidden">`+sec.Stem.NB) {
		t.Errorf("the legend lacks the stem:\n%s", html)
	}
}

func TestEmploymentAtMostTwo(t *testing.T) {
	in := scales.SESNB2018()
	it := in.Item("employment")
	disabled := func(html string) (n int) {
		for _, e := range apptest.Find(html, "input", map[string]string{"type": "checkbox"}) {
			if e.On("disabled") {
				n++
			}
		}
		return n
	}
	one := apptest.Render(t, (&Question{}).Item(it).Lang(scales.NB).Codes([]int{2}))
	if n := len(apptest.Find(one, "input", map[string]string{"type": "checkbox", "name": "employment"})); n != len(it.Choices) {
		t.Errorf("%d checkboxes, want %d", n, len(it.Choices))
	}
	if disabled(one) != 0 || strings.Contains(one, msgText(scales.NB, msgMaxTwo)) {
		t.Errorf("one box checked, yet others are disabled:\n%s", one)
	}
	two := apptest.Render(t, (&Question{}).Item(it).Lang(scales.NB).Codes([]int{2, 5}))
	if n := disabled(two); n != len(it.Choices)-2 {
		t.Errorf("two boxes checked: %d disabled, want %d:\n%s", n, len(it.Choices)-2, two)
	}
	for _, c := range []int{2, 5} {
		if e := apptest.Find(two, "input", map[string]string{"id": choiceID("employment", c)}); len(e) != 1 || e[0].On("disabled") || !e[0].On("checked") {
			t.Errorf("box %d should be checked and enabled: %v", c, e)
		}
	}
	if !strings.Contains(two, msgText(scales.NB, msgMaxTwo)) ||
		len(apptest.Find(two, "fieldset", map[string]string{"aria-describedby": questionNoteID("employment")})) != 1 {
		t.Errorf("two boxes checked, but no explanation:\n%s", two)
	}
}

func TestQuestionReportsAnswers(t *testing.T) {
	in := scales.SESNB2018()
	var gotID string
	var gotCodes []int
	q := (&Question{}).Item(in.Item("employment")).Lang(scales.NB).Codes([]int{4}).
		OnAnswer(func(ctx app.Context, id string, codes []int) { gotID, gotCodes = id, codes })
	q.onToggle(1)(app.Context{}, app.Event{})
	if gotID != "employment" || !slices.Equal(gotCodes, []int{1, 4}) {
		t.Errorf("ticking 1: %s %v, want employment [1 4]", gotID, gotCodes)
	}
	gotID, gotCodes = "", nil
	q.onClear(app.Context{}, app.Event{})
	if gotID != "employment" || len(gotCodes) != 0 {
		t.Errorf("clearing: %q %v, want employment reported with no codes", gotID, gotCodes)
	}
	r := (&Question{}).Item(in.Item("ekp1")).Lang(scales.NB).
		OnAnswer(func(ctx app.Context, id string, codes []int) { gotID, gotCodes = id, codes })
	r.pick(app.Context{}, 6)
	if gotID != "ekp1" || !slices.Equal(gotCodes, []int{6}) {
		t.Errorf("picking 6: %s %v", gotID, gotCodes)
	}
}

// msgText is a text as the HTML encoder writes it.
func msgText(l scales.Lang, m msg) string { return apptest.Escape(tr(l, m)) }
