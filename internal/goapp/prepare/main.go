// Command prepare writes the go-app the browser's programs are built with
// (see package goapp) into a folder, and prints the go.mod to build them
// with: GOOS=js GOARCH=wasm go build -modfile=$(go run ./internal/goapp/prepare bin) ./wasm
package main

import (
	"fmt"
	"os"

	"sammebaat/internal/goapp"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: prepare FOLDER")
		os.Exit(2)
	}
	mod, err := goapp.Prepare(".", os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "prepare:", err)
		os.Exit(1)
	}
	fmt.Println(mod)
}
