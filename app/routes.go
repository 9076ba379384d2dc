// Package app holds what the pages of both of Samme båt's programs share:
// the site's addresses and routes, the frame, the language and its switch,
// the dialogs, the store of what the device keeps, and their words. The
// pages are in app/respondent (app.wasm) and app/group (group.wasm).
package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Paths of the pages.
const (
	PathStart         = "/"
	PathQuestionnaire = "/questionnaire"
	PathScores        = "/scores"
	// PathGroup is the group facilitator's page.
	PathGroup = "/group"
)

// The browser runs one of two wasm programs: app.wasm for the respondent's
// pages and group.wasm for the group page, so that a respondent's phone
// never downloads the report, the statistics and the exports before the
// first question. Every page is the same document; its script chooses the
// wasm from the address (wasm/internal/site/split.go). Each program registers the other's
// pages as an otherWasm, which loads the page anew in its own program.

// Pages maps paths of the site to what draws their page.
type Pages map[string]func() app.Composer

// Paths is every page of the site.
var Paths = []string{PathStart, PathQuestionnaire, PathScores, PathGroup}

// Route registers every page of the site with go-app: those of pages as
// they make them, every other as a page of the other program (otherWasm),
// which loads it anew in its own. The native server, which renders each
// page before a program takes over, and the static site give it both
// programs' pages.
func Route(pages Pages) {
	for _, p := range Paths {
		if newPage, ok := pages[p]; ok {
			app.Route(p, newPage)
		} else {
			app.Route(p, func() app.Composer { return &otherWasm{} })
		}
	}
}

// Href is the address of the page at path on this site, for links and
// navigation. A site under a sub-path (a static host's /repo/) has its base
// in go-app's GOAPP_ROOT_PREFIX; the browser must add it, while the server
// adds it itself to what it renders.
func Href(path string) string {
	if !app.IsClient {
		return path
	}
	return strings.TrimRight(app.Getenv("GOAPP_ROOT_PREFIX"), "/") + path
}

// Join is the pages of both programs, for the server and the static site.
func Join(pages ...Pages) Pages {
	all := Pages{}
	for _, ps := range pages {
		for p, newPage := range ps {
			all[p] = newPage
		}
	}
	return all
}
