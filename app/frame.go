package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"sammebaat/scales"
)

// ClientMarks says whether to render the browser-only markers; a variable so
// native tests can see them.
var ClientMarks = app.IsClient

// mainID is the id of every page's main region.
const mainID = "main"

// Frame wraps a page's content in the parts every page shares:
// a header with the app's name and the language switch, the main region,
// and a footer repeating the privacy promise. ready names the page in the
// main region's data-ready attribute once the browser has rendered it with
// its stored data ("" while it is still loading), so that tests wait for
// what the wasm rendered, not what the server pre-rendered.
func Frame(l scales.Lang, path, ready string, content ...app.UI) app.UI {
	main := app.Main().ID(mainID)
	if ready != "" && ClientMarks {
		main = main.DataSet("ready", ready)
	}
	class := "page"
	if path == PathStart || path == PathQuestionnaire {
		// Usable before the program has loaded: go-app's loader is a bar
		// at the foot of these pages, not a cover (web/app.css).
		class += " usable-early"
	}
	return app.Div().Class(class).Body(
		app.Header().Class("site-header").Body(
			app.A().Class("brand").Href(Href(PathStart)).Text(tr(l, msgAppName)),
			(&LangSwitch{}).Lang(l).Path(path),
		),
		main.Body(content...),
		app.Footer().Class("site-footer").Body(
			app.P().Text(tr(l, msgFooter)),
		),
	)
}
