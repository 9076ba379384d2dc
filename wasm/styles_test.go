//go:build !wasm

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// testStyles is the handler of the site web makes and its pages' style
// sheets.
func testStyles(t testing.TB, web string) (*app.Handler, pageCSS) {
	t.Helper()
	h, err := newHandler(web, "")
	if err != nil {
		t.Fatal(err)
	}
	css, err := pageStyles(h, web)
	if err != nil {
		t.Fatal(err)
	}
	return h, css
}

// policies is the security policy of the site web makes, as a header and as
// a <meta> element.
func policies(t testing.TB, web string) (header, meta string) {
	t.Helper()
	_, css := testStyles(t, web)
	return contentSecurityPolicy(css), metaContentSecurityPolicy(css)
}

func headerPolicy(t testing.TB, web string) string {
	t.Helper()
	h, _ := policies(t, web)
	return h
}

// Every page carries its style sheets in one <style> element the policy
// names by its digest, and links none, served and static: the start page
// (the service worker's answer to any page offline) and the group page all
// of them, the respondent's other pages all but the group page's.
func TestPagesCarryTheirStyles(t *testing.T) {
	web := testWeb(t)
	h, css := testStyles(t, web)
	header, meta := contentSecurityPolicy(css), metaContentSecurityPolicy(css)
	for _, want := range []string{"#app-wasm-loader", ".usable-early", ".page {", ".group-page"} {
		if !bytes.Contains(css.all, []byte(want)) {
			t.Errorf("the pages' styles lack %q", want)
		}
	}
	if bytes.Contains(css.respondent, []byte(".group-page")) || !bytes.Contains(css.respondent, []byte(".usable-early")) {
		t.Error("the respondent's pages' styles are not all but the group page's")
	}
	check := func(where string, page, want []byte) {
		t.Helper()
		if linkedStyle.Match(page) {
			t.Errorf("%s links a style sheet", where)
		}
		if n := bytes.Count(page, []byte("<style>")); n != 1 || !bytes.Contains(page, append(append([]byte("<style>"), want...), "</style>"...)) {
			t.Errorf("%s: %d <style> elements, or not its styles", where, n)
		}
	}
	s := startApp(t)
	for _, p := range []struct {
		path string
		css  []byte
	}{{"/", css.all}, {"/questionnaire?lang=en", css.respondent}, {"/scores", css.respondent}, {"/group", css.all}} {
		res, body := fetchHeaders(t, s.URL+p.path, nil)
		check("served "+p.path, body, p.css)
		if got := res.Header.Get("Content-Security-Policy"); got != header || !strings.Contains(got, "style-src 'self' 'sha256-") || strings.Contains(got, "unsafe-inline") {
			t.Errorf("served %s: policy %q", p.path, got)
		}
	}
	st := startStatic(t, "")
	for _, p := range []struct {
		path string
		css  []byte
	}{{"/", css.all}, {"/404.html", css.all}, {"/questionnaire.html", css.respondent}, {"/group.html", css.all}} {
		_, body := fetchHeaders(t, st.URL+p.path, nil)
		check("static "+p.path, body, p.css)
		if !bytes.Contains(body, []byte(`content="`+meta+`"`)) {
			t.Errorf("static %s: no <meta> policy %q", p.path, meta)
		}
	}
	// A style sheet that would end the element is refused.
	bad := t.TempDir()
	must(t, copyWeb(web, bad))
	must(t, os.WriteFile(filepath.Join(bad, "zz.css"), []byte("a::after { content: '</style>' }"), 0o644))
	if _, err := pageStyles(h, bad); err == nil {
		t.Error("a style sheet holding </style was taken")
	}
}

// The pages' styles lose comments, blank lines and indentation, and nothing
// else: not a string that looks like a comment, not a rule after one.
func TestMinifyCSS(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"/* a */\n\n  a { color: red; }\n\t/* b\n c */ b { x: 1 }\n", "a { color: red; }\nb { x: 1 }"},
		{`a::before { content: "/* not a comment */"; }`, `a::before { content: "/* not a comment */"; }`},
		{`a { content: '\'/*'; } /* gone */ b {}`, `a { content: '\'/*'; }  b {}`},
		{"a { x: 1 }\n/* unterminated", "a { x: 1 }"},
		{"a {\r\n  x: 1;\r\n}", "a {\r\nx: 1;\r\n}"},
	} {
		if got := string(minifyCSS([]byte(c.in))); got != c.want {
			t.Errorf("minifyCSS(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
