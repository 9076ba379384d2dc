package sav

import (
	"testing"
	"unicode/utf8"
)

func TestCut(t *testing.T) {
	for _, c := range []struct {
		s    string
		n    int
		want string
	}{
		{"Kjønn", 10, "Kjønn"},
		{"Kjønn", 3, "Kj"}, // ø takes bytes 2 and 3
		{"Kjønn", 4, "Kjø"},
		{"18–35 år", 3, "18"},
		{"18–35 år", 4, "18"},
		{"18–35 år", 5, "18–"},
		{"æøå", 0, ""},
	} {
		got := cut(c.s, c.n)
		if !utf8.ValidString(got) || len(got) > c.n {
			t.Errorf("cut(%q, %d) = %q: not valid UTF-8 within %d bytes", c.s, c.n, got, c.n)
		}
		if got != c.want {
			t.Errorf("cut(%q, %d) = %q, want %q", c.s, c.n, got, c.want)
		}
	}
}

func TestShortNames(t *testing.T) {
	vars := []variable{{name: "satisfaction"}, {name: "satisfaction_b"}, {name: "satisfaction_c"}, {name: "id"}, {name: "openness"}}
	shortNames(vars)
	want := []string{"SATISFAC", "SATISFA1", "SATISFA2", "ID", "OPENNESS"}
	for i, v := range vars {
		if v.short != want[i] {
			t.Errorf("short name of %s = %q, want %q", v.name, v.short, want[i])
		}
	}
}
