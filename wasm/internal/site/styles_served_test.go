//go:build !wasm

package site_test

// The tests of the site as built from the source under test: its programs
// are built by browsertest, which imports this package, so these tests are
// in package site_test and see what they need of the package's insides
// through export_test.go.

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sammebaat/wasm/internal/browsertest"
	"sammebaat/wasm/internal/site"
)

func TestMain(m *testing.M) { browsertest.Main(m) }

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// Every page carries its style sheets in one <style> element the policy
// names by its digest, and links none, served and static: the start page
// (the service worker's answer to any page offline) and the group page all
// of them, the respondent's other pages all but the group page's.
func TestPagesCarryTheirStyles(t *testing.T) {
	web := browsertest.Web(t)
	h, css, header, meta := site.StylesForTest(t, web)
	for _, want := range []string{"#app-wasm-loader", ".usable-early", ".page {", ".group-page"} {
		if !bytes.Contains(css.All, []byte(want)) {
			t.Errorf("the pages' styles lack %q", want)
		}
	}
	if bytes.Contains(css.Respondent, []byte(".group-page")) || !bytes.Contains(css.Respondent, []byte(".usable-early")) {
		t.Error("the respondent's pages' styles are not all but the group page's")
	}
	check := func(where string, page, want []byte) {
		t.Helper()
		if site.LinkedStyle.Match(page) {
			t.Errorf("%s links a style sheet", where)
		}
		if n := bytes.Count(page, []byte("<style>")); n != 1 || !bytes.Contains(page, append(append([]byte("<style>"), want...), "</style>"...)) {
			t.Errorf("%s: %d <style> elements, or not its styles", where, n)
		}
	}
	s := browsertest.StartApp(t)
	for _, p := range []struct {
		path string
		css  []byte
	}{{"/", css.All}, {"/questionnaire?lang=en", css.Respondent}, {"/scores", css.Respondent}, {"/group", css.All}} {
		res, body := browsertest.FetchHeaders(t, s.URL+p.path, nil)
		check("served "+p.path, body, p.css)
		if got := res.Header.Get("Content-Security-Policy"); got != header || !strings.Contains(got, "style-src 'self' 'sha256-") || strings.Contains(got, "unsafe-inline") {
			t.Errorf("served %s: policy %q", p.path, got)
		}
	}
	st := browsertest.StartStatic(t, "")
	for _, p := range []struct {
		path string
		css  []byte
	}{{"/", css.All}, {"/404.html", css.All}, {"/questionnaire.html", css.Respondent}, {"/group.html", css.All}} {
		_, body := browsertest.FetchHeaders(t, st.URL+p.path, nil)
		check("static "+p.path, body, p.css)
		if !bytes.Contains(body, []byte(`content="`+meta+`"`)) {
			t.Errorf("static %s: no <meta> policy %q", p.path, meta)
		}
	}
	// A style sheet that would end the element is refused.
	bad := t.TempDir()
	must(t, site.CopyWeb(web, bad))
	must(t, os.WriteFile(filepath.Join(bad, "zz.css"), []byte("a::after { content: '</style>' }"), 0o644))
	if err := site.PageStylesErr(h, bad); err == nil {
		t.Error("a style sheet holding </style was taken")
	}
}
