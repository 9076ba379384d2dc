package app

import (
	"strings"
	"testing"

	"sammebaat/scales"
)

func TestStartPageFresh(t *testing.T) {
	for _, l := range Langs {
		p := &StartPage{}
		p.load(string(l), store{s: newMemStorage()}, "")
		html := render(t, p)
		for _, m := range []msg{msgStartTitle, msgWho, msgTime, msgPrivacyNothingSent, msgPrivacyStays, msgPrivacyErase, msgStart, msgMyScores} {
			if !strings.Contains(html, msgText(l, m)) {
				t.Errorf("%s: start page lacks %q", l, tr(l, m))
			}
		}
		if strings.Contains(html, msgText(l, msgContinue)) {
			t.Errorf("%s: continue offered with nothing stored", l)
		}
		if len(find(html, "a", map[string]string{"href": PathGroup})) != 1 {
			t.Errorf("%s: no link for group facilitators", l)
		}
	}
}

func TestStartPageContinueAndNew(t *testing.T) {
	m := newMemStorage()
	st := store{s: m}
	r := answeredResponse(t, scales.EN)
	st.saveResponse(r)
	st.saveSection(3)
	p := &StartPage{}
	p.load("en", st, "")
	html := render(t, p)
	if !strings.Contains(html, msgText(scales.EN, msgContinue)) || !strings.Contains(html, msgText(scales.EN, msgNewResponse)) {
		t.Errorf("no continue or new response:\n%s", html)
	}
	if want := tr(scales.EN, msgContinueInfo, len(r.Answers), 41); !strings.Contains(html, want) {
		t.Errorf("lacks %q", want)
	}
	if len(find(html, "dialog", map[string]string{"id": newDialogID})) != 1 {
		t.Error("starting afresh is not confirmed first")
	}
	if err := p.startNew(); err != nil {
		t.Fatal(err)
	}
	got, ok, err := st.response()
	if !ok || err != nil || got.ID == r.ID || len(got.Answers) != 0 || !scales.ValidIDString(got.ID) {
		t.Errorf("new response %+v (was %s), %v %v", got, r.ID, ok, err)
	}
	if st.section(4) != 1 {
		t.Errorf("new response starts at section %d", st.section(4))
	}
}

func TestStartPageAfterErase(t *testing.T) {
	m := newMemStorage()
	p := &StartPage{}
	p.load("", store{s: m}, scales.EN)
	if p.lang != scales.EN || !p.erased {
		t.Errorf("lang %q erased %v", p.lang, p.erased)
	}
	if len(m.data) != 0 {
		t.Errorf("the start page stored %v right after erasing", m.data)
	}
	html := render(t, p)
	if !strings.Contains(html, tr(scales.EN, msgErased)) {
		t.Error("no word that everything was erased")
	}
}
