//go:build !wasm

package main

import (
	"os"

	"sammebaat/wasm/internal/site"
)

func main() {
	// The server renders each page before the wasm takes over, and the
	// static site has one file per page, so the native side needs the
	// routes too.
	site.Route()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
