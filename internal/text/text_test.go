package text_test

import (
	"slices"
	"strings"
	"testing"

	"sammebaat/internal/text"
	"sammebaat/scales"

	// Every part that keeps texts, for their tables to register.
	_ "sammebaat/app"
	_ "sammebaat/stats/report"
	_ "sammebaat/stats/sav"
)

// The one check of every text the programs show or write: each key of
// each table has a text in every language the app offers, with the same
// format verbs in each.
func TestEveryTextInEveryLanguage(t *testing.T) {
	names := text.Names()
	for _, want := range []string{"app: the respondent's pages", "app: the group page", "app: the room codes", "app: the scanner", "report: the tables' words", "report: the Markdown's own words", "sav: the data set's labels"} {
		if !slices.Contains(names, want) {
			t.Errorf("no table %q among %q", want, names)
		}
	}
	for _, p := range text.Problems() {
		if !strings.HasPrefix(p, "test: ") { // TestProblemsFound's
			t.Error(p)
		}
	}
}

type key int

const (
	kOne key = iota
	kTwo
	kMissing
	kCount
)

// The check finds what it is for: a key with no text, a language missing,
// verbs that differ; and Count reads one as one.
func TestProblemsFound(t *testing.T) {
	tb := text.Enum("test: broken", kCount, map[key]scales.Text{
		kOne: {NB: "%d svar", EN: "%d answer"},
		kTwo: {NB: "%d svar av %d", EN: "%d answers"},
	})
	text.Named("test: no English", map[string]scales.Text{"x": {NB: "bare bokmål"}})
	got := strings.Join(text.Problems(), "\n")
	for _, want := range []string{
		"test: broken: key 2 has no text",
		"test: broken: 2 texts for 3 keys",
		"test: broken: 1: format verbs [%d] in en, [%d %d] in nb",
		"test: no English: x has no en text",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the problems lack %q:\n%s", want, got)
		}
	}
	if s := tb.Count(scales.EN, 1, kOne, kTwo, 1); s != "1 answer" {
		t.Errorf("Count of 1: %q", s)
	}
	if s := tb.Count(scales.NB, 2, kOne, kTwo, 2, 3); s != "2 svar av 3" {
		t.Errorf("Count of 2: %q", s)
	}
}
