//go:build !wasm

package site

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Every page carries its style sheets in its head, in one <style> element,
// rather than linking them: a linked style sheet holds the page's first
// painting back by a round trip, and on a phone on a meeting room's weak
// link (150 ms) that round trip was most of what kept the served first
// section from being answerable as soon as a plain HTML form (issue 19).
// The security policy allows that one element by its digest, and nothing
// else inline. The files stay on the server, for go-app's service worker.

// groupStyleSheet is the group page's own style sheet (its rules all
// apply inside the group page), which the respondent's pages leave out.
const groupStyleSheet = "/web/group.css"

// pageCSS is the pages' style sheets as one text each: all of them, and the
// respondent's pages' (all but the group page's).
type pageCSS struct{ all, respondent []byte }

// forPage is the style sheets the page at path (after the site's base)
// carries. The start page carries them all: offline, the service worker
// answers any page it has not kept with it (navigateWithCache), the group
// page too.
func (c pageCSS) forPage(path string) []byte {
	if path == "/" || path == groupPagePath {
		return c.all
	}
	return c.respondent
}

// sources is the policy's sources for the pages' <style> elements.
func (c pageCSS) sources() string {
	return styleSource(c.all) + " " + styleSource(c.respondent)
}

// pageStyles is the pages' style sheets: go-app's own app.css, then the web
// folder's, in styleSheets' order, as the links had them.
func pageStyles(h *app.Handler, web string) (pageCSS, error) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/app.css", nil))
	if rec.Code != http.StatusOK {
		return pageCSS{}, fmt.Errorf("go-app's app.css: %d", rec.Code)
	}
	all := bytes.Clone(rec.Body.Bytes())
	respondent := bytes.Clone(all)
	sheets, err := styleSheets(web)
	if err != nil {
		return pageCSS{}, err
	}
	for _, s := range sheets {
		b, err := os.ReadFile(filepath.Join(web, filepath.FromSlash(strings.TrimPrefix(s, "/web/"))))
		if err != nil {
			return pageCSS{}, err
		}
		if bytes.Contains(bytes.ToLower(b), []byte("</style")) {
			return pageCSS{}, fmt.Errorf("%s holds </style, which would end the page's <style> element", s)
		}
		all = append(append(all, '\n'), b...)
		if s != groupStyleSheet {
			respondent = append(append(respondent, '\n'), b...)
		}
	}
	return pageCSS{all: minifyCSS(all), respondent: minifyCSS(respondent)}, nil
}

// minifyCSS drops css's comments, blank lines and indentation, which a
// phone would otherwise download and parse before the first question (a
// fifth of the pages' styles). Quoted strings are kept as they are.
func minifyCSS(css []byte) []byte {
	out := make([]byte, 0, len(css))
	lineStart := true
	for i := 0; i < len(css); i++ {
		c := css[i]
		switch {
		case c == '"' || c == '\'':
			j := i + 1
			for j < len(css) && css[j] != c && css[j] != '\n' {
				if css[j] == '\\' {
					j++
				}
				j++
			}
			j = min(j, len(css)-1)
			out = append(out, css[i:j+1]...)
			i = j
			lineStart = false
		case c == '/' && i+1 < len(css) && css[i+1] == '*':
			end := bytes.Index(css[i+2:], []byte("*/"))
			if end < 0 {
				i = len(css)
				break
			}
			i += 2 + end + 1
		case c == '\n':
			if !lineStart {
				out = append(out, '\n')
			}
			lineStart = true
		case lineStart && (c == ' ' || c == '\t' || c == '\r'):
		default:
			out = append(out, c)
			lineStart = false
		}
	}
	return bytes.TrimRight(out, " \t\n")
}

// styleSource is the policy's source for the <style> element holding css.
func styleSource(css []byte) string {
	sum := sha256.Sum256(css)
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// linkedStyle is a <link> to a style sheet as go-app writes it (its
// attributes in any order).
var linkedStyle = regexp.MustCompile(`<link [^>]*rel="stylesheet"[^>]*>\s*`)

// inlineStyles puts css into page's head in place of its links to style
// sheets.
func inlineStyles(page, css []byte) ([]byte, error) {
	i := bytes.Index(page, []byte("</head>"))
	if i < 0 {
		return nil, fmt.Errorf("a page without </head>")
	}
	head := linkedStyle.ReplaceAll(page[:i], nil)
	out := make([]byte, 0, len(page)+len(css)+16)
	out = append(out, head...)
	out = append(out, "<style>"...)
	out = append(out, css...)
	out = append(out, "</style>\n  "...)
	return append(out, page[i:]...), nil
}

// Policies is the security policy of the site web makes: as the server
// sends it in a header, and as the static site's pages carry it in a
// <meta> element.
func Policies(web string) (header, meta string, err error) {
	h, err := newHandler(web, "")
	if err != nil {
		return "", "", err
	}
	css, err := pageStyles(h, web)
	if err != nil {
		return "", "", err
	}
	return contentSecurityPolicy(css), metaContentSecurityPolicy(css), nil
}
