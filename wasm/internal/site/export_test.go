//go:build !wasm

package site

import (
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// What the tests of package site_test (styles_served_test.go) look at
// inside the package.

// PageStylesForTest is pageCSS with its fields exported.
type PageStylesForTest struct{ All, Respondent []byte }

// StylesForTest is the handler of the site web makes, its pages' style
// sheets and the policy that allows them, as a header and as a <meta>
// element.
func StylesForTest(t testing.TB, web string) (h *app.Handler, css PageStylesForTest, header, meta string) {
	t.Helper()
	h, err := newHandler(web, "")
	if err != nil {
		t.Fatal(err)
	}
	c, err := pageStyles(h, web)
	if err != nil {
		t.Fatal(err)
	}
	return h, PageStylesForTest{All: c.all, Respondent: c.respondent}, contentSecurityPolicy(c), metaContentSecurityPolicy(c)
}

// PageStylesErr is pageStyles' error for the style sheets of web.
func PageStylesErr(h *app.Handler, web string) error {
	_, err := pageStyles(h, web)
	return err
}

// LinkedStyle is linkedStyle.
var LinkedStyle = linkedStyle
