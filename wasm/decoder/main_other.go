//go:build !js

package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "decoder: build it for the browser: GOOS=js GOARCH=wasm go build -o web/decoder.wasm ./decoder")
	os.Exit(2)
}
