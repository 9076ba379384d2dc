//go:build !js

package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "groupapp: build it for the browser: GOOS=js GOARCH=wasm go build -o web/group.wasm ./groupapp")
	os.Exit(2)
}
