//go:build !js

package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "group: the group page's program runs in the browser: make wasm, or\n"+
		"GOOS=js GOARCH=wasm go build -trimpath -ldflags='-s -w' -o web/group.wasm ./wasm/group")
	os.Exit(2)
}
