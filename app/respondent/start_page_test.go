package respondent

import (
	"slices"
	"strings"
	"testing"

	sb "sammebaat/app"
	"sammebaat/app/internal/apptest"
	"sammebaat/scales"
)

func TestStartPageFresh(t *testing.T) {
	for _, l := range sb.Langs {
		p := &StartPage{}
		p.load(string(l), sb.StoreOn(apptest.NewMemStorage()), "")
		html := apptest.Render(t, p)
		for _, m := range []msg{msgStartTitle, msgWho, msgTime, msgPrivacyNothingSent, msgPrivacyStays, msgPrivacyErase, msgStart, msgMyScores} {
			if !strings.Contains(html, msgText(l, m)) {
				t.Errorf("%s: start page lacks %q", l, tr(l, m))
			}
		}
		if strings.Contains(html, msgText(l, msgContinue)) {
			t.Errorf("%s: continue offered with nothing stored", l)
		}
		if len(apptest.Find(html, "a", map[string]string{"href": sb.PathGroup})) != 1 {
			t.Errorf("%s: no link for group facilitators", l)
		}
	}
}

func TestStartPageContinueAndNew(t *testing.T) {
	m := apptest.NewMemStorage()
	st := sb.StoreOn(m)
	r := apptest.AnsweredResponse(t, scales.EN)
	st.SaveResponse(r)
	st.SaveSection(3)
	p := &StartPage{}
	p.load("en", st, "")
	html := apptest.Render(t, p)
	if !strings.Contains(html, msgText(scales.EN, msgContinue)) || !strings.Contains(html, msgText(scales.EN, msgNewResponse)) {
		t.Errorf("no continue or new response:\n%s", html)
	}
	if want := tr(scales.EN, msgContinueInfo, len(r.Answers), 41); !strings.Contains(html, want) {
		t.Errorf("lacks %q", want)
	}
	if len(apptest.Find(html, "dialog", map[string]string{"id": newDialogID})) != 1 {
		t.Error("starting afresh is not confirmed first")
	}
	if err := p.startNew(); err != nil {
		t.Fatal(err)
	}
	got, ok, err := st.Response()
	if !ok || err != nil || got.ID == r.ID || len(got.Answers) != 0 || !scales.ValidIDString(got.ID) {
		t.Errorf("new response %+v (was %s), %v %v", got, r.ID, ok, err)
	}
	if st.Section(4) != 1 {
		t.Errorf("new response starts at section %d", st.Section(4))
	}
}

func TestStartPageAfterErase(t *testing.T) {
	m := apptest.NewMemStorage()
	p := &StartPage{}
	p.load("", sb.StoreOn(m), scales.EN)
	if p.lang != scales.EN || !p.erased {
		t.Errorf("lang %q erased %v", p.lang, p.erased)
	}
	if len(m.Data) != 0 {
		t.Errorf("the start page stored %v right after erasing", m.Data)
	}
	html := apptest.Render(t, p)
	if !strings.Contains(html, tr(scales.EN, msgErased)) {
		t.Error("no word that everything was erased")
	}
}

// The respondent's program draws every page of the site but the group
// page, which group.wasm draws (app/group's TestEachPageOneProgram).
func TestRespondentPages(t *testing.T) {
	r := Pages()
	for _, p := range sb.Paths {
		if _, ok := r[p]; ok == (p == sb.PathGroup) {
			t.Errorf("%s: drawn by the respondent's program: %v", p, ok)
		}
	}
	for p := range r {
		if !slices.Contains(sb.Paths, p) {
			t.Errorf("%s: a page not in Paths", p)
		}
	}
}
