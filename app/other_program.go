package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"sammebaat/scales"
)

// otherWasm stands for a page of the other wasm program (see routes.go).
// go-app navigates between pages within the running program; on arriving at
// a page of the other program it loads the page anew, and the page's script
// starts the program the page belongs to. Should the page's script choose
// this very program (it never should), the page shows a link instead of
// loading itself again and again.
type otherWasm struct {
	app.Compo
}

func (p *otherWasm) OnNav(ctx app.Context) {
	if !app.IsClient {
		return
	}
	w := app.Window()
	path := w.Get("location").Get("pathname")
	choose, running := w.Get("sammebaatWasmFor"), w.Get("sammebaatWasm")
	if !choose.Truthy() || !running.Truthy() {
		return
	}
	if choose.Invoke(path).Get("name").String() != running.Get("name").String() {
		w.Get("location").Call("reload")
	}
}

func (p *otherWasm) Render() app.UI {
	href := ""
	if app.IsClient {
		href = app.Window().URL().String()
	}
	return app.Div().Class("page").Body(
		app.Main().ID(mainID).Body(
			app.P().Body(
				app.A().Href(href).Lang(string(scales.NB)).Text("Åpne siden"), app.Text(" · "),
				app.A().Href(href).Lang(string(scales.NN)).Text("Opne sida"), app.Text(" · "),
				app.A().Href(href).Lang(string(scales.EN)).Text("Open the page"),
			),
		),
	)
}
