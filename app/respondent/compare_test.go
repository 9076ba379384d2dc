package respondent

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	sb "sammebaat/app"
	"sammebaat/app/internal/apptest"
	"sammebaat/scales"
	"sammebaat/scales/roomcode"
	"sammebaat/stats/statstest"
)

// A member's own code, or anything else, is no group code: said, and the
// scan goes on; the group's code ends it.
func TestCompareReadsOnlyGroupCodes(t *testing.T) {
	rs := statstest.StudyLike(4, 6)
	m := apptest.NewMemStorage()
	p := &ScoresPage{lang: scales.EN, in: scales.SESNB2018(), resp: rs[0], has: true, loaded: true, st: sb.StoreWithMemory(m)}
	p.compare.on = true
	own, _ := roomcode.EncodeResponse(rs[0])
	p.onScannedGroupCode(app.Context{}, own)
	if !p.compare.on || p.compare.lastKind != "rejected" || p.group != nil || m.Data[sb.KeyGroup] != nil {
		t.Errorf("a response code: on %v, %q", p.compare.on, p.lastScanText())
	}
	// Said in the member's words and language (it was the reader's English
	// on a Norwegian page), and in the new language after a switch.
	for _, c := range []struct {
		code   string
		nb, en string
	}{
		{own, "Dette er et medlems svarkode, ikke gruppens kode.", "This is a member's response code, not the group's code."},
		{"https://example.org", "Dette er ikke en kode fra Samme båt.", "This is not a Samme båt code."},
		{"7221" + strings.Repeat("0", 60), "Gruppens kode kunne ikke brukes.", "The group's code could not be used."},
	} {
		p.lang = scales.NB
		p.onScannedGroupCode(app.Context{}, c.code)
		if got := p.lastScanText(); !strings.Contains(got, c.nb) {
			t.Errorf("nb, %.20s: %q, want %q", c.code, got, c.nb)
		}
		p.lang = scales.EN
		if got := p.lastScanText(); !strings.Contains(got, c.en) {
			t.Errorf("en after a switch, %.20s: %q, want %q", c.code, got, c.en)
		}
	}
	g := roomcode.SummarizeGroup(rs)
	g.Tag = "1234"
	gc, err := roomcode.EncodeGroup(g)
	if err != nil {
		t.Fatal(err)
	}
	p.onScannedGroupCode(app.Context{}, gc)
	if p.compare.on || p.compare.lastKind != "read" || p.group == nil || p.group.N != 6 {
		t.Errorf("the group's code: on %v, %q", p.compare.on, p.lastScanText())
	}
	// Stored with the answers, as its digits.
	if stored, ok, err := p.st.GroupSummary(); err != nil || !ok || stored.Tag != "1234" {
		t.Errorf("stored group: %+v %v %v", stored, ok, err)
	}
}

// A stored group summary the app cannot read (damaged on the device) is
// said in the page's language, the answers' scores are all shown, and it
// can be forgotten (there was no way but erasing everything).
func TestCompareDamagedStoredGroup(t *testing.T) {
	rs := statstest.StudyLike(5, 1)
	for _, l := range []scales.Lang{scales.NB, scales.EN} {
		m := apptest.NewMemStorage()
		st := sb.StoreWithMemory(m)
		if err := st.SaveResponse(rs[0]); err != nil {
			t.Fatal(err)
		}
		m.Data[sb.KeyGroup] = []byte(`"not digits"`)
		p := &ScoresPage{lang: l, in: scales.SESNB2018(), resp: rs[0], has: true, loaded: true, st: st}
		p.loadGroup(st)
		html := apptest.Render(t, p)
		want := tr(l, cGroupStoredUnreadable)
		if !strings.Contains(html, apptest.Escape(want)) || strings.Contains(html, "json:") || strings.Contains(html, "saved:") {
			t.Errorf("%s: the damaged group's message: want %q in\n%s", l, want, html)
		}
		if !strings.Contains(html, `id="`+compareForgetID+`"`) {
			t.Errorf("%s: no way to forget the damaged group's numbers", l)
		}
		p.onForgetGroup(app.Context{}, app.Event{})
		if m.Data[sb.KeyGroup] != nil || p.groupUnreadable {
			t.Errorf("%s: forgetting left %q", l, m.Data[sb.KeyGroup])
		}
		if r, ok, err := st.Response(); err != nil || !ok || len(r.Answers) != len(rs[0].Answers) {
			t.Errorf("%s: the answers after forgetting the group: %v %v", l, ok, err)
		}
	}
}
