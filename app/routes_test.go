package app

import (
	"slices"
	"testing"
)

// The respondent's program draws every page of the site but the group
// page, which group.wasm draws (app/group's TestEachPageOneProgram).
func TestRespondentPages(t *testing.T) {
	r := RespondentPages()
	for _, p := range Paths {
		if _, ok := r[p]; ok == (p == PathGroup) {
			t.Errorf("%s: drawn by the respondent's program: %v", p, ok)
		}
	}
	for p := range r {
		if !slices.Contains(Paths, p) {
			t.Errorf("%s: a page not in Paths", p)
		}
	}
}
