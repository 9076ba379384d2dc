package app

import (
	"slices"
	"testing"
)

// Each page of the site is drawn by exactly one of the two programs, and
// the server knows them all.
func TestEachPageOneProgram(t *testing.T) {
	r, g := RespondentPages(), GroupPages()
	for _, p := range Paths {
		_, inR := r[p]
		_, inG := g[p]
		if inR == inG {
			t.Errorf("%s: drawn by the respondent's program %v, by the group's %v", p, inR, inG)
		}
		if _, ok := AllPages()[p]; !ok {
			t.Errorf("%s: unknown to the server", p)
		}
	}
	for p := range AllPages() {
		if !slices.Contains(Paths, p) {
			t.Errorf("%s: a page not in Paths", p)
		}
	}
}
