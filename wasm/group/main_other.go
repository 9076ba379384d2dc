//go:build !js

package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "group: the group page's program runs in the browser; build it with make wasm,\n"+
		"which builds it against go-app's patched copy (bin/wasm.mod) as it ships")
	os.Exit(2)
}
