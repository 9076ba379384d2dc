// Command minimal is the smallest go-app page, for the benchmark that sets
// the app's first question beside it (TestBenchFirstQuestion): one component
// rendering one heading, on the pages the benchmark opens. It is built like
// app.wasm (same go-app, same flags) and served by the same server in place
// of app.wasm.
package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

type heading struct{ app.Compo }

func (h *heading) Render() app.UI {
	return app.H1().ID("minimal").Text("Samme båt")
}

func main() {
	app.Route("/", func() app.Composer { return &heading{} })
	app.Route("/questionnaire", func() app.Composer { return &heading{} })
	app.RunWhenOnBrowser()
}
