package app

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"sammebaat/scales"
	"sammebaat/stats/statstest"
)

// Codes go into the group page's pool as files do: good ones analysed,
// a web address and a damaged code rejected with scales.ReadCode's reason,
// the same id twice a duplicate, each said in the scan's last line.
func TestGroupScanCodesJoinThePool(t *testing.T) {
	rs := statstest.StudyLike(3, 5)
	p := &GroupPage{lang: scales.EN}
	p.init()
	code := func(r scales.Response) string {
		c, err := scales.EncodeCode(r)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	for _, r := range rs {
		p.onScannedCode(app.Context{}, code(r))
		if p.scan.lastKind != "read" {
			t.Fatalf("a good code: %q", p.scan.last)
		}
	}
	if p.rep == nil || p.rep.N != 5 {
		t.Fatalf("5 codes read, report %v", p.rep)
	}
	p.onScannedCode(app.Context{}, "https://example.org/")
	if p.scan.lastKind != "rejected" || !strings.Contains(p.scan.last, "code 6: ") {
		t.Errorf("a web address: %q %q", p.scan.lastKind, p.scan.last)
	}
	bad := []byte(code(rs[0]))
	bad[20] = '0' + (bad[20]-'0'+3)%10
	p.onScannedCode(app.Context{}, string(bad))
	_, want := scales.ReadCode("code 7", string(bad))
	if p.scan.lastKind != "rejected" || want == nil || p.scan.last != "✗ "+want.Error() {
		t.Errorf("a damaged code: %q, want ✗ %v", p.scan.last, want)
	}
	again := rs[2]
	again.Lang = scales.EN
	if rs[2].Lang == scales.EN {
		again.Lang = scales.NB
	}
	p.onScannedCode(app.Context{}, code(again))
	if p.scan.lastKind != "duplicate" || p.scan.last != "✗ code 8 is a duplicate of code 3." {
		t.Errorf("a duplicate: %q", p.scan.last)
	}
	b := &p.pool.batch
	if b.Read() != 8 || len(b.Compacts) != 5 || len(b.Rejected) != 2 || len(b.Duplicates) != 1 || p.scan.read != 5 {
		t.Errorf("pool: %d given, %d analysed, %d rejected, %d duplicates; %d read", b.Read(), len(b.Compacts), len(b.Rejected), len(b.Duplicates), p.scan.read)
	}
	if got := string(p.pool.problemList()); !strings.Contains(got, "code 8: duplicate of code 3\n") || !strings.HasSuffix(got, "8 files read: 5 analysed, 2 rejected, 1 duplicate\n") {
		t.Errorf("problem list:\n%s", got)
	}
}

// A member's own code, or anything else, is no group code: said, and the
// scan goes on; the group's code ends it.
func TestCompareReadsOnlyGroupCodes(t *testing.T) {
	rs := statstest.StudyLike(4, 6)
	m := newMemStorage()
	p := &ScoresPage{lang: scales.EN, in: scales.SESNB2018(), resp: rs[0], has: true, loaded: true, st: store{s: m, mem: &memory{}}}
	p.compare.on = true
	own, _ := scales.EncodeCode(rs[0])
	p.onScannedGroupCode(app.Context{}, own)
	if !p.compare.on || p.compare.lastKind != "rejected" || p.group != nil || m.data[keyGroup] != nil {
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
	g := scales.SummarizeGroup(rs)
	g.Tag = "1234"
	gc, err := scales.EncodeGroupCode(g)
	if err != nil {
		t.Fatal(err)
	}
	p.onScannedGroupCode(app.Context{}, gc)
	if p.compare.on || p.compare.lastKind != "read" || p.group == nil || p.group.N != 6 {
		t.Errorf("the group's code: on %v, %q", p.compare.on, p.lastScanText())
	}
	// Stored with the answers, as its digits.
	if stored, ok, err := p.st.groupSummary(); err != nil || !ok || stored.Tag != "1234" {
		t.Errorf("stored group: %+v %v %v", stored, ok, err)
	}
}

// A stored group summary the app cannot read (damaged on the device) is
// said in the page's language, the answers' scores are all shown, and it
// can be forgotten (there was no way but erasing everything).
func TestCompareDamagedStoredGroup(t *testing.T) {
	rs := statstest.StudyLike(5, 1)
	for _, l := range []scales.Lang{scales.NB, scales.EN} {
		m := newMemStorage()
		st := store{s: m, mem: &memory{}}
		if err := st.saveResponse(rs[0]); err != nil {
			t.Fatal(err)
		}
		m.data[keyGroup] = []byte(`"not digits"`)
		p := &ScoresPage{lang: l, in: scales.SESNB2018(), resp: rs[0], has: true, loaded: true, st: st}
		p.loadGroup(st)
		html := render(t, p)
		want := tr(l, cGroupStoredUnreadable)
		if !strings.Contains(html, msgEscape(want)) || strings.Contains(html, "json:") || strings.Contains(html, "saved:") {
			t.Errorf("%s: the damaged group's message: want %q in\n%s", l, want, html)
		}
		if !strings.Contains(html, `id="`+compareForgetID+`"`) {
			t.Errorf("%s: no way to forget the damaged group's numbers", l)
		}
		p.onForgetGroup(app.Context{}, app.Event{})
		if m.data[keyGroup] != nil || p.groupUnreadable {
			t.Errorf("%s: forgetting left %q", l, m.data[keyGroup])
		}
		if r, ok, err := st.response(); err != nil || !ok || len(r.Answers) != len(rs[0].Answers) {
			t.Errorf("%s: the answers after forgetting the group: %v %v", l, ok, err)
		}
	}
}

// Emptying the pool while scanning ends the scan: the camera's memory of
// the codes it has seen went on, so a member who showed their code again
// got no tick, no count and no line, and the count and names carried on.
func TestGroupClearEndsTheScan(t *testing.T) {
	rs := statstest.StudyLike(6, 2)
	p := &GroupPage{lang: scales.EN}
	p.init()
	p.scan.on = true
	c, err := scales.EncodeCode(rs[0])
	if err != nil {
		t.Fatal(err)
	}
	p.onScannedCode(app.Context{}, c)
	p.onClear(app.Context{}, app.Event{})
	if p.scan.on || p.scan.given != 0 || p.scan.read != 0 || p.scan.last != "" {
		t.Errorf("after emptying the pool the scan is %+v; want it off and its count at 0", p.scan)
	}
	if html := render(t, p); strings.Contains(html, `id="`+groupScanID+`"`) {
		t.Error("the scanner (and its camera) is still on the page after emptying the pool")
	}
	p.onScanToggle(app.Context{}, app.Event{})
	p.onScannedCode(app.Context{}, c)
	if p.scan.lastKind != "read" || !strings.Contains(p.scan.last, "code 1 ") {
		t.Errorf("the same code after emptying the pool: %q %q", p.scan.lastKind, p.scan.last)
	}
}
