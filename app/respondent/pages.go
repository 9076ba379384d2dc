// Package respondent holds the pages of the respondent's program
// (app.wasm): the start page, the questionnaire and "My scores", with the
// member's room code and the comparison with the group's. What they share
// with the group page (the frame, the language, the dialogs, the store) is
// in app.
package respondent

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	sb "sammebaat/app"
)

// Pages are the pages app.wasm draws.
func Pages() sb.Pages {
	return sb.Pages{
		sb.PathStart:         func() app.Composer { return &StartPage{} },
		sb.PathQuestionnaire: func() app.Composer { return &QuestionnairePage{} },
		sb.PathScores:        func() app.Composer { return &ScoresPage{} },
	}
}
