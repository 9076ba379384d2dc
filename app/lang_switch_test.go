package app

import (
	"testing"

	"sammebaat/app/internal/apptest"
	"sammebaat/scales"
)

func TestLangSwitch(t *testing.T) {
	for _, l := range Langs {
		html := apptest.Render(t, (&LangSwitch{}).Lang(l).Path(PathScores))
		for _, other := range Langs {
			a := apptest.Find(html, "a", map[string]string{"href": "/scores?lang=" + string(other), "hreflang": string(other), "lang": string(other)})
			if len(a) != 1 {
				t.Errorf("%s: no link to %s:\n%s", l, other, html)
				continue
			}
			if cur := a[0].Attrs["aria-current"] == "page"; cur != (other == l) {
				t.Errorf("%s: link to %s aria-current %v", l, other, cur)
			}
		}
		if len(apptest.Find(html, "nav", map[string]string{"aria-label": tr(l, msgLangNav)})) != 1 {
			t.Errorf("%s: the switch is not a labelled nav", l)
		}
	}
	if LangName(scales.NB) != "Bokmål" || LangName(scales.EN) != "English" {
		t.Error("language names")
	}
}
