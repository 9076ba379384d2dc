package text_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"sammebaat/internal/spell"
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

// acceptedPath lists the words of the programs' nynorsk texts that
// hunspell's nynorsk dictionary does not know but that are right (the
// instrument's own are in scales/testdata/nn-accepted.txt).
const acceptedPath = "testdata/nn-accepted.txt"

var verbRE = regexp.MustCompile(`%[-+# 0-9.\[\]*]*[vTtbcdoOqxXUeEfFgGsp%]`)

// Every nynorsk text of the programs passes `hunspell -d nn_NO` (Debian's
// myspell-nn) but for the accepted words, and every accepted word is still
// one a text uses and the dictionary lacks.
func TestNynorskSpelling(t *testing.T) {
	accepted, err := spell.Accepted(acceptedPath)
	if err != nil {
		t.Fatal(err)
	}
	var texts []spell.Text
	for _, e := range text.Texts(scales.NN) {
		if !strings.HasPrefix(e.Where, "test: ") {
			// A format verb (%s, %d) is not a word.
			texts = append(texts, spell.Text{Where: e.Where, Text: verbRE.ReplaceAllString(e.Text, " ")})
		}
	}
	if len(texts) < 250 {
		t.Fatalf("only %d nynorsk texts", len(texts))
	}
	problems, err := spell.Check(texts, accepted, acceptedPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error(p)
	}
}
