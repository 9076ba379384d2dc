package group

import (
	"slices"
	"testing"

	sb "sammebaat/app"
	"sammebaat/app/respondent"
)

// Each page of the site is drawn by exactly one of the two programs, and
// the server, which joins them, knows them all.
func TestEachPageOneProgram(t *testing.T) {
	r, g := respondent.Pages(), Pages()
	all := sb.Join(r, g)
	for _, p := range sb.Paths {
		_, inR := r[p]
		_, inG := g[p]
		if inR == inG {
			t.Errorf("%s: drawn by the respondent's program %v, by the group's %v", p, inR, inG)
		}
		if _, ok := all[p]; !ok {
			t.Errorf("%s: unknown to the server", p)
		}
	}
	for p := range all {
		if !slices.Contains(sb.Paths, p) {
			t.Errorf("%s: a page not in Paths", p)
		}
	}
}
