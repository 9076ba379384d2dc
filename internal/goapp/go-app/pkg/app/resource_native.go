//go:build !wasm

package app

import "net/http"

// Samme båt (internal/goapp): LocalDir's file server, natively.
type localHandler = http.Handler

func newLocalHandler(directory string) localHandler {
	return http.FileServer(http.Dir(directory))
}
