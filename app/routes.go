// Package app holds the go-app pages of Samme båt: the respondent's start
// page, questionnaire and scores.
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
// wasm from the address (wasm/split.go). Each program registers the other's
// pages as an otherWasm, which loads the page anew in its own program.

// Routes registers every page of the app with go-app, for the native server,
// which renders each page before the wasm takes over, and the static site.
func Routes() {
	app.Route(PathStart, func() app.Composer { return &StartPage{} })
	app.Route(PathQuestionnaire, func() app.Composer { return &QuestionnairePage{} })
	app.Route(PathScores, func() app.Composer { return &ScoresPage{} })
	app.Route(PathGroup, func() app.Composer { return &GroupPage{} })
}

// RespondentRoutes registers the pages of app.wasm: the group page is
// group.wasm's.
func RespondentRoutes() {
	app.Route(PathStart, func() app.Composer { return &StartPage{} })
	app.Route(PathQuestionnaire, func() app.Composer { return &QuestionnairePage{} })
	app.Route(PathScores, func() app.Composer { return &ScoresPage{} })
	app.Route(PathGroup, func() app.Composer { return &otherWasm{} })
}

// GroupRoutes registers the pages of group.wasm: the respondent's pages are
// app.wasm's.
func GroupRoutes() {
	app.Route(PathStart, func() app.Composer { return &otherWasm{} })
	app.Route(PathQuestionnaire, func() app.Composer { return &otherWasm{} })
	app.Route(PathScores, func() app.Composer { return &otherWasm{} })
	app.Route(PathGroup, func() app.Composer { return &GroupPage{} })
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
