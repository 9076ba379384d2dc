package group

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"sammebaat/app/internal/apptest"
	"sammebaat/scales"
	"sammebaat/scales/roomcode"
	"sammebaat/stats/statstest"
)

// Codes go into the group page's pool as files do: good ones analysed,
// a web address and a damaged code rejected with roomcode.ReadResponse's reason,
// the same id twice a duplicate, each said in the scan's last line.
func TestGroupScanCodesJoinThePool(t *testing.T) {
	rs := statstest.StudyLike(3, 5)
	p := &GroupPage{lang: scales.EN}
	p.init()
	code := func(r scales.Response) string {
		c, err := roomcode.EncodeResponse(r)
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
	_, want := roomcode.ReadResponse("code 7", string(bad))
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

// Emptying the pool while scanning ends the scan: the camera's memory of
// the codes it has seen went on, so a member who showed their code again
// got no tick, no count and no line, and the count and names carried on.
func TestGroupClearEndsTheScan(t *testing.T) {
	rs := statstest.StudyLike(6, 2)
	p := &GroupPage{lang: scales.EN}
	p.init()
	p.scan.on = true
	c, err := roomcode.EncodeResponse(rs[0])
	if err != nil {
		t.Fatal(err)
	}
	p.onScannedCode(app.Context{}, c)
	p.onClear(app.Context{}, app.Event{})
	if p.scan.on || p.scan.given != 0 || p.scan.read != 0 || p.scan.last != "" {
		t.Errorf("after emptying the pool the scan is %+v; want it off and its count at 0", p.scan)
	}
	if html := apptest.Render(t, p); strings.Contains(html, `id="`+groupScanID+`"`) {
		t.Error("the scanner (and its camera) is still on the page after emptying the pool")
	}
	p.onScanToggle(app.Context{}, app.Event{})
	p.onScannedCode(app.Context{}, c)
	if p.scan.lastKind != "read" || !strings.Contains(p.scan.last, "code 1 ") {
		t.Errorf("the same code after emptying the pool: %q %q", p.scan.lastKind, p.scan.last)
	}
}
