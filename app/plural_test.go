package app

import (
	"errors"
	"strings"
	"testing"

	"sammebaat/app/internal/apptest"
	"sammebaat/scales"
)

// Counts of one (and none) read as words do: not "1 answers" or "the other 0
// answers are kept".
func TestCountsAgreeInNumber(t *testing.T) {
	d := &damagedError{Dropped: []dropped{{ID: "age", Value: "9"}}, err: errors.New("x")}
	for _, c := range []struct {
		lang      scales.Lang
		kept      int
		want, not string
	}{
		{scales.EN, 1, "The other answer is kept.", "1 answers"},
		{scales.NB, 1, "Det andre svaret er med.", "andre 1 svarene"},
		{scales.EN, 0, "The saved answers could not be read and were left out: age", "0 answers"},
		{scales.NB, 0, "De lagrede svarene kunne ikke leses og er utelatt: age", "andre 0 svarene"},
		{scales.EN, 2, "The other 2 answers are kept.", "answer is kept"},
	} {
		got := LoadProblem(c.lang, d, c.kept)
		if !strings.Contains(got, c.want) || strings.Contains(got, c.not) {
			t.Errorf("%s, %d kept: %q, want %q", c.lang, c.kept, got, c.want)
		}
	}

	for l, want := range map[scales.Lang]string{
		scales.EN: "Your answer as a number code (1 answer).",
		scales.NB: "Svaret ditt som tallkode (1 svar).",
	} {
		r, err := scales.NewResponse(l)
		if err != nil {
			t.Fatal(err)
		}
		r.Answers["age"] = []int{2}
		if html := apptest.Render(t, (&DownloadDialog{}).Lang(l).Response(r)); !strings.Contains(html, want) {
			t.Errorf("%s: the download dialog of one answer lacks %q", l, want)
		}
	}
}
