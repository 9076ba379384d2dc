//go:build wasm

package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	sbapp "sammebaat/app"
	"sammebaat/app/respondent"
)

// main runs the respondent's pages in the browser (app.wasm); the group page
// is its own program, ./group (group.wasm). This file is the whole of the
// wasm side: the server, the static site generator and the command line are
// in files built only natively, so the browser never downloads them.
func main() {
	sbapp.Route(respondent.Pages())
	app.RunWhenOnBrowser()
}
