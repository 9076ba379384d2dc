package app

import (
	"testing"

	"sammebaat/scales"
)

func TestPickLang(t *testing.T) {
	for _, tc := range []struct {
		query    string
		stored   string // "" none
		want     scales.Lang
		remember bool
	}{
		{"", "", scales.NB, false},
		{"en", "", scales.EN, true},
		{"nb", "en", scales.NB, true},
		{"", "en", scales.EN, false},
		{"de", "en", scales.EN, false},
		{"EN", "", scales.NB, false},
	} {
		m := newMemStorage()
		if tc.stored != "" {
			m.Set(keyLang, tc.stored)
		}
		st := store{s: m}
		got, fromQuery := pickLang(tc.query, st)
		if got != tc.want || fromQuery != tc.remember {
			t.Errorf("pickLang(%q) with %q stored = %q, %v; want %q, %v", tc.query, tc.stored, got, fromQuery, tc.want, tc.remember)
		}
		if got := resolveLang(tc.query, st); got != tc.want {
			t.Errorf("resolveLang(%q) = %q, want %q", tc.query, got, tc.want)
		}
		stored, _ := st.lang()
		switch {
		case tc.remember && stored != tc.want:
			t.Errorf("?lang=%s was not remembered: %q stored", tc.query, stored)
		case !tc.remember && string(stored) != tc.stored:
			t.Errorf("resolveLang(%q) changed the stored language from %q to %q", tc.query, tc.stored, stored)
		}
	}
}

func TestWithLang(t *testing.T) {
	if got := withLang(PathScores, scales.EN); got != "/scores?lang=en" {
		t.Errorf("withLang = %q", got)
	}
}
