package app

import (
	"errors"
	"maps"
	"slices"
	"strings"
	"testing"

	"sammebaat/scales"
)

func TestStoreResponseRoundTrip(t *testing.T) {
	st := store{s: newMemStorage()}
	if _, ok, err := st.response(); ok || err != nil {
		t.Fatalf("empty storage: ok %v err %v, want none", ok, err)
	}
	r, err := scales.NewResponse(scales.EN)
	if err != nil {
		t.Fatal(err)
	}
	r.Set("gender", 2)
	r.Set("employment", 4, 1)
	r.Set("out3", 5)
	if err := st.saveResponse(r); err != nil {
		t.Fatal(err)
	}
	got, ok, err := st.response()
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
	m := newMemStorage()
	st := store{s: m}
	r, _ := scales.NewResponse(scales.NB)
	r.Set("ekp1", 6)
	if err := st.saveResponse(r); err != nil {
		t.Fatal(err)
	}
	var s string
	if err := m.Get(keyResponse, &s); err != nil {
		t.Fatal(err)
	}
	want, _ := scales.Marshal(r)
	if s != string(want) {
		t.Errorf("stored %q, want the file %q", s, want)
	}
}

func TestStoreRejectsDamagedResponse(t *testing.T) {
	m := newMemStorage()
	m.Set(keyResponse, `{"format":"ses-response","version":1,"instrument":"ses-nb-2018","lang":"nb","id":"x","answers":{}}`)
	_, ok, err := store{s: m}.response()
	if ok || err == nil {
		t.Fatalf("damaged response: ok %v err %v, want an error", ok, err)
	}
	var fe *scales.FileError
	if !errors.As(err, &fe) || fe.File != storeName {
		t.Errorf("error %v does not name %q", err, storeName)
	}
}

func TestStoreSaveFailureIsReported(t *testing.T) {
	m := newMemStorage()
	m.failSet = errors.New("quota exceeded")
	r, _ := scales.NewResponse(scales.NB)
	err := store{s: m}.saveResponse(r)
	if err == nil || !strings.Contains(err.Error(), "quota exceeded") {
		t.Errorf("save error %v, want the storage's reason", err)
	}
}

func TestStoreSection(t *testing.T) {
	m := newMemStorage()
	st := store{s: m}
	if got := st.section(4); got != 1 {
		t.Errorf("no section stored: %d, want 1", got)
	}
	for _, tc := range []struct{ stored, want int }{{3, 3}, {4, 4}, {0, 1}, {5, 1}, {-2, 1}} {
		st.saveSection(tc.stored)
		if got := st.section(4); got != tc.want {
			t.Errorf("stored %d: section %d, want %d", tc.stored, got, tc.want)
		}
	}
	m.Set(keySection, "two")
	if got := st.section(4); got != 1 {
		t.Errorf("a non-number stored: section %d, want 1", got)
	}
}

func TestStoreLang(t *testing.T) {
	m := newMemStorage()
	st := store{s: m}
	if _, ok := st.lang(); ok {
		t.Error("no language stored, but lang says there is")
	}
	st.saveLang(scales.EN)
	if l, ok := st.lang(); !ok || l != scales.EN {
		t.Errorf("lang %q %v, want en", l, ok)
	}
	m.Set(keyLang, "de")
	if _, ok := st.lang(); ok {
		t.Error("an unknown language was accepted")
	}
}

func TestStoreErase(t *testing.T) {
	m := newMemStorage()
	st := store{s: m}
	r, _ := scales.NewResponse(scales.NB)
	r.Set("gender", 1)
	st.saveResponse(r)
	st.saveSection(2)
	st.saveLang(scales.EN)
	m.Set("/go-app/deviceID", "abc")
	st.erase()
	if len(m.data) != 0 {
		t.Errorf("after erase, storage holds %v", m.data)
	}
}
