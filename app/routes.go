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
	// PathGroup is reserved for the group facilitator's page.
	PathGroup = "/group"
)

// Routes registers every page of the app with go-app. Both the browser build
// and the native server call it, so that a page the server renders is the
// page the browser then runs.
func Routes() {
	app.Route(PathStart, func() app.Composer { return &StartPage{} })
	app.Route(PathQuestionnaire, func() app.Composer { return &QuestionnairePage{} })
	app.Route(PathScores, func() app.Composer { return &ScoresPage{} })
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
