package text_test

import (
	"slices"
	"testing"

	"sammebaat/internal/spell"
	"sammebaat/internal/text"
	"sammebaat/scales"

	// Every part that keeps texts, for their tables to register.
	_ "sammebaat/app"
	_ "sammebaat/app/codeview"
	_ "sammebaat/app/group"
	_ "sammebaat/app/respondent"
	_ "sammebaat/app/scan"
	_ "sammebaat/stats/report"
	_ "sammebaat/stats/sav"
)

// The one check of every text the programs show or write: each key of
// each table has a text in every language the app offers, with the same
// format verbs in each.
func TestEveryTextInEveryLanguage(t *testing.T) {
	names := text.Names()
	for _, want := range []string{"app: the frame, dialogs and storage", "app/respondent: the respondent's pages", "app/codeview: the room codes", "app/group: the group page", "app/scan: the camera scanner", "report: the tables' words", "report: the Markdown's own words", "sav: the data set's labels"} {
		if !slices.Contains(names, want) {
			t.Errorf("no table %q among %q", want, names)
		}
	}
	for _, p := range text.Problems() {
		t.Error(p)
	}
}

// acceptedPath lists the words of the programs' nynorsk texts that
// hunspell's nynorsk dictionary does not know but that are right (the
// instrument's own are in scales/testdata/nn-accepted.txt).
const acceptedPath = "testdata/nn-accepted.txt"

// Every nynorsk text of the programs passes `hunspell -d nn_NO` (Debian's
// myspell-nn) but for the accepted words, and every accepted word is still
// one a text uses and the dictionary lacks.
func TestNynorskSpelling(t *testing.T) {
	var texts []spell.Text
	for _, e := range text.Texts(scales.NN) {
		// A format verb (%s, %d) is not a word.
		texts = append(texts, spell.Text{Where: e.Where, Text: text.Verb.ReplaceAllString(e.Text, " ")})
	}
	if len(texts) < 250 {
		t.Fatalf("only %d nynorsk texts", len(texts))
	}
	problems, err := spell.Check(texts, acceptedPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error(p)
	}
}
