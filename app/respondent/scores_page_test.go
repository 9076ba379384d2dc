package respondent

import (
	"maps"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	sb "sammebaat/app"
	"sammebaat/app/internal/apptest"
	"sammebaat/scales"
)

// The page shows exactly the scores scales computes, in the order of the
// instrument's scales, the study's five first.
func TestScoresPageShowsScalesScores(t *testing.T) {
	in := scales.SESNB2018()
	for _, l := range sb.Langs {
		m := apptest.NewMemStorage()
		r := apptest.AnsweredResponse(t, l)
		if err := sb.StoreOn(m).SaveResponse(r); err != nil {
			t.Fatal(err)
		}
		p := &ScoresPage{}
		p.load(string(l), sb.StoreOn(m))
		html := apptest.Render(t, p)
		cards := apptest.Find(html, "article", map[string]string{"class": "card score"})
		scores := in.Scores(r)
		if len(cards) != len(scores) {
			t.Fatalf("%s: %d score cards, want %d", l, len(cards), len(scores))
		}
		for i, s := range scores {
			c := cards[i]
			if c.Attrs["data-scale"] != s.Scale {
				t.Errorf("%s: card %d is %s, want %s", l, i, c.Attrs["data-scale"], s.Scale)
			}
			if s.Missing() {
				if c.Attrs["data-value"] != "missing" {
					t.Errorf("%s %s: value %s, want missing", l, s.Scale, c.Attrs["data-value"])
				}
				want := tr(l, msgNotEnough, s.Answered, s.Items, s.Needed)
				if !strings.Contains(html, want) {
					t.Errorf("%s %s: no %q", l, s.Scale, want)
				}
				continue
			}
			v, err := strconv.ParseFloat(c.Attrs["data-value"], 64)
			if err != nil || v != s.Value {
				t.Errorf("%s %s: value %s, want %v", l, s.Scale, c.Attrs["data-value"], s.Value)
			}
			if !strings.Contains(html, "<strong>"+formatScore(s.Value, l)+"</strong>") {
				t.Errorf("%s %s: %s not shown", l, s.Scale, formatScore(s.Value, l))
			}
		}
		// The receive scale has 2 of 6 answered: the reason is given.
		want := map[scales.Lang]string{
			scales.EN: "Not enough answers for a score: answered 2 of 6; at least 3 are needed.",
			scales.NB: "Ikke nok svar til et resultat: du har svart på 2 av 6; minst 3 trengs.",
		}[l]
		if !strings.Contains(html, apptest.Escape(want)) {
			t.Errorf("%s: missing reason %q", l, want)
		}
		// Each reference in its own card, each group's under its own name.
		for _, ref := range scales.References() {
			card := cardHTML(html, "score-"+ref.Variable)
			if in.Scale(ref.Variable) == nil {
				card = cardHTML(html, "answer-card-"+ref.Variable)
			}
			for _, want := range []string{
				"<dt>" + apptest.Escape(tr(l, msgMentalHealth)) + "</dt><dd>" + apptest.Escape(formatRef(ref.MentalHealth, l)) + "</dd>",
				"<dt>" + apptest.Escape(tr(l, msgSubstanceUse)) + "</dt><dd>" + apptest.Escape(formatRef(ref.SubstanceUse, l)) + "</dd>",
			} {
				if !strings.Contains(card, want) {
					t.Errorf("%s: the card of %s lacks %q:\n%s", l, ref.Variable, want, card)
				}
			}
		}
		for _, sc := range in.Scales {
			if !strings.Contains(html, apptest.Escape(sc.About.In(l))) {
				t.Errorf("%s: no plain words for %s", l, sc.ID)
			}
		}
		if len(apptest.Find(html, "article", map[string]string{"class": "card answer"})) != len(groupQuestions(scales.SESNB2018())) {
			t.Errorf("%s: not every group question shown", l)
		}
		if len(apptest.Find(html, "dialog", map[string]string{"id": sb.DownloadDialogID})) != 1 ||
			len(apptest.Find(html, "dialog", map[string]string{"id": eraseDialogID})) != 1 {
			t.Errorf("%s: no download or erase dialog", l)
		}
		if strings.Contains(html, "style=") {
			t.Errorf("%s: a style attribute, which the CSP blocks", l)
		}
	}
}

// cardHTML is the article of html with the given id, with the white space
// between its tags taken out; "" if there is none.
func cardHTML(html, id string) string {
	i := strings.Index(html, `id="`+id+`"`)
	if i < 0 {
		return ""
	}
	i = strings.LastIndex(html[:i], "<article")
	end := strings.Index(html[i:], "</article>")
	if end < 0 {
		return ""
	}
	return betweenTags.ReplaceAllString(html[i:i+end], "><")
}

var betweenTags = regexp.MustCompile(`>\s+<`)

func TestScoresPageWithoutAnswers(t *testing.T) {
	p := &ScoresPage{}
	p.load("en", sb.StoreOn(apptest.NewMemStorage()))
	html := apptest.Render(t, p)
	if !strings.Contains(html, tr(scales.EN, msgNoAnswers)) || strings.Contains(html, "<article") {
		t.Errorf("no answers, yet:\n%s", html)
	}
	if strings.Contains(html, sb.DownloadDialogID) || strings.Contains(html, eraseDialogID) {
		t.Error("download or erase offered with nothing stored")
	}
	// A response started but not answered: nothing to download, but it can
	// be erased.
	m := apptest.NewMemStorage()
	r, _ := scales.NewResponse(scales.EN)
	sb.StoreOn(m).SaveResponse(r)
	p = &ScoresPage{}
	p.load("en", sb.StoreOn(m))
	html = apptest.Render(t, p)
	if strings.Contains(html, sb.DownloadDialogID) || !strings.Contains(html, eraseDialogID) {
		t.Errorf("an empty response: download offered or erase not:\n%s", html)
	}
}

// Erasing, confirmed on the page, removes everything the app stored and
// tells the start page, in the respondent's language, that it did.
func TestScoresPageErase(t *testing.T) {
	for _, l := range sb.Langs {
		m := apptest.NewMemStorage()
		st := sb.StoreOn(m)
		st.SaveResponse(apptest.AnsweredResponse(t, l))
		st.SaveLang(l)
		p := &ScoresPage{}
		p.load(string(l), st)
		if len(m.Data) == 0 {
			t.Fatal("nothing stored to erase")
		}
		ctx := apptest.Context(t)
		p.onConfirmErase(ctx)
		if len(m.Data) != 0 {
			t.Errorf("%s: erase left %q", l, slices.Sorted(maps.Keys(m.Data)))
		}
		var erasedIn scales.Lang
		ctx.GetState(stateErased, &erasedIn)
		if erasedIn != l {
			t.Errorf("%s: the start page is told the answers were erased in %q", l, erasedIn)
		}
	}
}

func TestReference(t *testing.T) {
	if r := reference("humour"); r == nil || r.MentalHealth.Mean != 4.3 {
		t.Errorf("humour reference %+v", r)
	}
	if r := reference("ekp"); r != nil {
		t.Errorf("ekp has a reference %+v; the study has none", r)
	}
}

func TestDataValue(t *testing.T) {
	if got := dataValue(scales.Score{Value: math.NaN()}); got != "missing" {
		t.Errorf("missing: %q", got)
	}
	if got := dataValue(scales.Score{Value: 16.0 / 3}); got != "5.333333333333333" {
		t.Errorf("16/3: %q", got)
	}
}

func TestScoresPageDamagedCanBeErased(t *testing.T) {
	m := apptest.NewMemStorage()
	m.Set(sb.KeyResponse, "{not json")
	p := &ScoresPage{}
	p.load("en", sb.StoreOn(m))
	html := apptest.Render(t, p)
	if len(apptest.Find(html, "p", map[string]string{"role": "alert"})) != 1 || !strings.Contains(html, eraseDialogID) {
		t.Errorf("damaged storage: no error or no way to erase:\n%s", html)
	}
}

func TestFormatRef(t *testing.T) {
	if got := formatRef(scales.MeanSD{Mean: 5.5, SD: 1}, scales.NB); got != "5,5 (SD 1,0)" {
		t.Errorf("formatRef = %q", got)
	}
}
