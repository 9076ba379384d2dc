package app

import (
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// The respondent's program (app.wasm) holds none of the group page's code:
// not the group page, the report, the statistics or the SPSS file. They
// are group.wasm's, which does import them (so the check sees something).
// Nor does group.wasm hold the respondent's pages, nor either any test code.
func TestRespondentProgramLeavesOutTheGroupsCode(t *testing.T) {
	deps := func(pkg string) []string {
		t.Helper()
		cmd := exec.Command("go", "list", "-deps", pkg)
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("go list -deps %s: %v\n%s", pkg, err, out)
		}
		return strings.Fields(string(out))
	}
	groupsOwn := []string{"sammebaat/app/group", "sammebaat/stats", "sammebaat/stats/report", "sammebaat/stats/sav"}
	group := deps("../wasm/group")
	for _, p := range groupsOwn {
		if !slices.Contains(group, p) {
			t.Errorf("group.wasm does not import %s: this test sees nothing", p)
		}
	}
	if slices.Contains(group, "sammebaat/app/respondent") {
		t.Errorf("group.wasm imports the respondent's pages, sammebaat/app/respondent")
	}
	respondent := deps("../wasm")
	if !slices.Contains(respondent, "sammebaat/app/respondent") {
		t.Errorf("app.wasm does not import sammebaat/app/respondent: this test sees nothing")
	}
	// Neither program carries test code: package testing, the browser's
	// driver, or a package of test helpers (apptest, statstest …).
	for name, ps := range map[string][]string{"app.wasm": respondent, "group.wasm": group} {
		for _, p := range ps {
			if p == "testing" || strings.HasPrefix(p, "github.com/chromedp/") || strings.HasPrefix(p, "sammebaat/") && strings.HasSuffix(p, "test") {
				t.Errorf("%s imports %s", name, p)
			}
		}
	}
	for _, p := range respondent {
		if slices.Contains(groupsOwn, p) || strings.HasPrefix(p, "sammebaat/stats/") {
			t.Errorf("the respondent's program imports %s", p)
		}
	}
}
