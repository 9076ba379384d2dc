//go:build wasm

package app

// Samme båt (internal/goapp): no file server in the browser.
type localHandler struct{}

func newLocalHandler(string) localHandler { return localHandler{} }
