package app

import (
	"strings"
	"testing"

	"sammebaat/app/internal/apptest"
	"sammebaat/scales"
)

func TestFileName(t *testing.T) {
	r := scales.Response{ID: "87c17e7f55b12a94dc2caf8cc926753d"}
	if got := fileName(r); got != "samme-baat-87c17e7f.json" {
		t.Errorf("fileName = %q", got)
	}
}

// The dialog says in plain words what the file holds, and shows the file.
func TestDownloadDialogTellsWhatTheFileHolds(t *testing.T) {
	for _, l := range Langs {
		r := apptest.AnsweredResponse(t, l)
		html := apptest.Render(t, (&DownloadDialog{}).Lang(l).Response(r))
		file, err := scales.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{
			tr(l, msgFileLang, LangName(l)),
			tr(l, msgFileID, r.ID),
			tr(l, msgFileAnswers, len(r.Answers)),
			tr(l, msgFileNothingElse),
			apptest.Escape(string(file)),
		} {
			if !strings.Contains(html, apptest.Escape(want)) && !strings.Contains(html, want) {
				t.Errorf("%s: dialog lacks %q", l, want)
			}
		}
	}
}
