package app

import (
	"errors"
	"maps"
	"slices"
	"strings"
	"testing"

	"sammebaat/app/internal/apptest"
	"sammebaat/scales"
)

func TestStoreResponseRoundTrip(t *testing.T) {
	st := Store{s: apptest.NewMemStorage()}
	if _, ok, err := st.Response(); ok || err != nil {
		t.Fatalf("empty storage: ok %v err %v, want none", ok, err)
	}
	r, err := scales.NewResponse(scales.EN)
	if err != nil {
		t.Fatal(err)
	}
	r.Set("gender", 2)
	r.Set("employment", 4, 1)
	r.Set("out3", 5)
	if err := st.SaveResponse(r); err != nil {
		t.Fatal(err)
	}
	got, ok, err := st.Response()
	if !ok || err != nil {
		t.Fatalf("response: ok %v err %v", ok, err)
	}
	want := map[string][]int{"gender": {2}, "employment": {1, 4}, "out3": {5}}
	if got.ID != r.ID || got.Lang != scales.EN || !maps.EqualFunc(got.Answers, want, slices.Equal) {
		t.Errorf("got %+v, want answers %v", got, want)
	}
}

// What is stored is exactly the response file, so the reader that checks
// downloaded files checks stored answers too.
func TestStoreKeepsTheFile(t *testing.T) {
	m := apptest.NewMemStorage()
	st := Store{s: m}
	r, _ := scales.NewResponse(scales.NB)
	r.Set("ekp1", 6)
	if err := st.SaveResponse(r); err != nil {
		t.Fatal(err)
	}
	var s string
	if err := m.Get(KeyResponse, &s); err != nil {
		t.Fatal(err)
	}
	want, _ := scales.Marshal(r)
	if s != string(want) {
		t.Errorf("stored %q, want the file %q", s, want)
	}
}

// A stored draft with some bad values keeps every good answer and names
// the bad ones; it is not overwritten before it is kept under a key of its
// own, and when that cannot be done (storage full) it is not overwritten at
// all: the answers stay in memory.
func TestStoreSalvagesDamagedResponse(t *testing.T) {
	const id = "0123456789abcdef0123456789abcdef"
	damaged := `{"format":"ses-response","version":1,"instrument":"ses-nb-2018","lang":"en","id":"` + id + `",
"answers":{"gender":2,"age":9,"nope":3,"ekp1":"2","ekp2":5,"employment":[1,4],"hum1":null}}`
	m := apptest.NewMemStorage()
	m.Set(KeyResponse, damaged)
	st := Store{s: m, mem: &memory{}}
	r, ok, err := st.Response()
	var d *damagedError
	if !ok || !errors.As(err, &d) {
		t.Fatalf("damaged response: ok %v err %v, want the good answers and a *damagedError", ok, err)
	}
	var fe *scales.FileError
	if !errors.As(err, &fe) || fe.File != storeName {
		t.Errorf("error %v does not name %q", err, storeName)
	}
	if r.ID != id || r.Lang != scales.EN {
		t.Errorf("id %q lang %q, want the stored ones", r.ID, r.Lang)
	}
	want := map[string][]int{"gender": {2}, "ekp2": {5}, "employment": {1, 4}}
	if len(r.Answers) != len(want) || r.Answers["gender"][0] != 2 || r.Answers["ekp2"][0] != 5 || len(r.Answers["employment"]) != 2 {
		t.Errorf("kept %v, want %v", r.Answers, want)
	}
	var names []string
	for _, a := range d.Dropped {
		names = append(names, a.ID+"="+a.Value)
	}
	if got := strings.Join(names, " "); got != `age=9 ekp1="2" nope=3` {
		t.Errorf("dropped %s", got)
	}
	if msg := LoadProblem(scales.NB, err, len(r.Answers)); !strings.Contains(msg, `age (lagret som 9), ekp1 (lagret som "2"), nope (lagret som 3)`) ||
		!strings.Contains(msg, "De andre 3 svarene") {
		t.Errorf("message %q", msg)
	}

	// Storage full: the draft can be neither kept elsewhere nor overwritten.
	m.FailSet = errors.New("QuotaExceededError: exceeded the quota")
	r.Set("age", 2)
	if err := st.SaveResponse(r); err == nil {
		t.Error("saving with storage full succeeded")
	}
	var s string
	m.Get(KeyResponse, &s)
	if s != damaged {
		t.Errorf("the unreadable draft was overwritten: %q", s)
	}
	if got, _, _ := st.Response(); len(got.Answers) != 4 {
		t.Errorf("the answers in memory are %v", got.Answers)
	}
	// With room: kept under a key of its own, then overwritten.
	m.FailSet = nil
	if err := st.SaveResponse(r); err != nil {
		t.Fatal(err)
	}
	if kept := apptest.Kept(m, KeyUnreadable); len(kept) != 1 || kept[0] != damaged {
		t.Errorf("kept %q, want the draft as it was", kept)
	}
	if got, ok, err := (Store{s: m}).Response(); !ok || err != nil || len(got.Answers) != 4 {
		t.Errorf("stored %v %v %v", got.Answers, ok, err)
	}
	// Erasing removes the kept draft too.
	st.Erase()
	if len(m.Data) != 0 {
		t.Errorf("after erase: %v", m.Data)
	}
}

func TestStoreSaveFailureIsReported(t *testing.T) {
	m := apptest.NewMemStorage()
	m.FailSet = errors.New("quota exceeded")
	r, _ := scales.NewResponse(scales.NB)
	err := Store{s: m}.SaveResponse(r)
	if err == nil || !strings.Contains(err.Error(), "quota exceeded") {
		t.Errorf("save error %v, want the storage's reason", err)
	}
}

func TestStoreSection(t *testing.T) {
	m := apptest.NewMemStorage()
	st := Store{s: m}
	if got := st.Section(4); got != 1 {
		t.Errorf("no section stored: %d, want 1", got)
	}
	for _, tc := range []struct{ stored, want int }{{3, 3}, {4, 4}, {0, 1}, {5, 1}, {-2, 1}} {
		st.SaveSection(tc.stored)
		if got := st.Section(4); got != tc.want {
			t.Errorf("stored %d: section %d, want %d", tc.stored, got, tc.want)
		}
	}
	m.Set(keySection, "two")
	if got := st.Section(4); got != 1 {
		t.Errorf("a non-number stored: section %d, want 1", got)
	}
}

func TestStoreLang(t *testing.T) {
	m := apptest.NewMemStorage()
	st := Store{s: m}
	if _, ok := st.Lang(); ok {
		t.Error("no language stored, but lang says there is")
	}
	st.SaveLang(scales.EN)
	if l, ok := st.Lang(); !ok || l != scales.EN {
		t.Errorf("lang %q %v, want en", l, ok)
	}
	m.Set(KeyLang, "de")
	if _, ok := st.Lang(); ok {
		t.Error("an unknown language was accepted")
	}
}

func TestStoreErase(t *testing.T) {
	m := apptest.NewMemStorage()
	st := Store{s: m}
	r, _ := scales.NewResponse(scales.NB)
	r.Set("gender", 1)
	st.SaveResponse(r)
	st.SaveSection(2)
	st.SaveLang(scales.EN)
	m.Set("/go-app/deviceID", "abc")
	st.Erase()
	if len(m.Data) != 0 {
		t.Errorf("after erase, storage holds %v", m.Data)
	}
}
