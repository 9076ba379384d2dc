//go:build !wasm

package main

import (
	"os"

	sbapp "sammebaat/app"
	"sammebaat/app/group"
	"sammebaat/app/respondent"
)

func main() {
	// The server renders each page before the wasm takes over, and the
	// static site has one file per page, so the native side needs the
	// routes too.
	sbapp.Route(sbapp.Join(respondent.Pages(), group.Pages()))
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
