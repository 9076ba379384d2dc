package respondent

import (
	"errors"
	"math"
	"strings"
	"testing"

	sb "sammebaat/app"
	"sammebaat/app/internal/apptest"
	"sammebaat/scales"
	"sammebaat/scales/roomcode"
)

func exampleGroupCode(t testing.TB) (string, roomcode.GroupSummary) {
	t.Helper()
	var rs []scales.Response
	for i := range 6 {
		r, _ := scales.NewResponse(scales.NB)
		for _, id := range []string{"ekp1", "ekp2", "ekp3", "esp1", "hum1", "hum2", "hum3"} {
			r.Set(id, 1+i)
		}
		rs = append(rs, r)
	}
	g := roomcode.SummarizeGroup(rs)
	g.Tag = "0427"
	digits, err := roomcode.EncodeGroup(g)
	if err != nil {
		t.Fatal(err)
	}
	back, _ := roomcode.ReadGroup("x", digits)
	return digits, back
}

// A stored group code reads back, a bad one is refused and leaves the one
// stored, and erase removes it even from a storage that cannot Clear.
func TestStoreGroupSummary(t *testing.T) {
	m := apptest.NewMemStorage()
	st := sb.StoreOn(noClear{m})
	if _, ok, err := st.GroupSummary(); ok || err != nil {
		t.Fatalf("empty: %v %v", ok, err)
	}
	digits, want := exampleGroupCode(t)
	if _, err := st.SaveGroupCode("code", digits); err != nil {
		t.Fatal(err)
	}
	got, ok, err := st.GroupSummary()
	if !ok || err != nil || got.Tag != "0427" || got.N != 6 || got.Scales[0] != want.Scales[0] {
		t.Fatalf("read back %+v %v %v", got, ok, err)
	}
	_, err = st.SaveGroupCode("the group's code", "https://example.org/")
	var fe *scales.FileError
	if !errors.As(err, &fe) || fe.File != "the group's code" {
		t.Fatalf("a URL: %v", err)
	}
	if got, ok, _ := st.GroupSummary(); !ok || got.Tag != "0427" {
		t.Fatal("a refused code changed what was stored")
	}
	st.Erase()
	if _, ok, _ := st.GroupSummary(); ok || len(m.Data) != 0 {
		t.Fatalf("erase left %v", m.Data)
	}
	m.Set(sb.KeyGroup, "72211")
	if _, _, err := st.GroupSummary(); err == nil {
		t.Error("a damaged stored code read without error")
	}
}

// noClear hides memStorage's Clear, as a storage that cannot clear.
type noClear struct{ *apptest.MemStorage }

func (noClear) Clear() {}

func TestChartGroupRow(t *testing.T) {
	s := chart{Min: 1, Max: 7, Value: 4, Ref: reference("share"), Group: &scales.MeanSD{Mean: 3.5, SD: 1.25}, Lang: scales.EN}.svg()
	if strings.Count(s, "<circle") != 3 || !strings.Contains(s, `class="chart-group"`) || !strings.Contains(s, ">Your group<") {
		t.Errorf("chart with a group: %s", s)
	}
	s = chart{Min: 1, Max: 7, Value: 4, Group: &scales.MeanSD{Mean: 3.5, SD: math.NaN()}, Lang: scales.NB}.svg()
	if strings.Count(s, "<circle") != 1 || strings.Contains(s, "NaN") || !strings.Contains(s, ">Gruppen din<") {
		t.Errorf("chart with a group without SD: %s", s)
	}
}

// A device whose storage is full still shows the group the member scanned
// until the page closes, keeps it when a new response is started, and
// forgets it when everything is erased.
func TestGroupCodeKeptInMemoryWhenStorageFull(t *testing.T) {
	digits, _ := exampleGroupCode(t)
	m := apptest.NewMemStorage()
	m.FailSet = apptest.ErrQuota
	st := sb.StoreWithMemory(m)
	if _, err := st.SaveGroupCode("code", digits); err != nil {
		t.Fatalf("saving on a full device: %v", err)
	}
	check := func(when string, present bool) {
		t.Helper()
		g, ok, err := st.GroupSummary()
		var got string
		if ok {
			got, _ = roomcode.EncodeGroup(g) // NaN means: compare the codes
		}
		if err != nil || ok != present || (present && got != digits) {
			t.Fatalf("%s: got %s, %v, %v; want present=%v %s", when, got, ok, err, present, digits)
		}
	}
	check("after saving", true)
	st.DropResponse()
	check("after a new response", true)
	st.Erase()
	check("after erasing", false)
}
