//go:build js

package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	sbapp "sammebaat/app"
	"sammebaat/app/group"
)

func main() {
	sbapp.Route(group.Pages())
	app.RunWhenOnBrowser()
}
