// Command write makes the project's patched copy of go-app (see package
// goapp) from the release its go.mod requires, in place of the copy in
// internal/goapp/go-app; run it from the module's root after changing
// go-app's version, and review the diff:
//
//	go run ./internal/goapp/write
package main

import (
	"fmt"
	"os"
	"strings"

	"sammebaat/internal/goapp"
)

func main() {
	if len(os.Args) != 1 {
		fmt.Fprintln(os.Stderr, "usage: go run ./internal/goapp/write (from the module's root)")
		os.Exit(2)
	}
	if mod, err := os.ReadFile("go.mod"); err != nil || !strings.HasPrefix(string(mod), "module sammebaat\n") {
		fmt.Fprintln(os.Stderr, "write: run it from the module's root (the folder of sammebaat's go.mod)")
		os.Exit(2)
	}
	if err := goapp.Write(".", goapp.Dir); err != nil {
		fmt.Fprintln(os.Stderr, "write:", err)
		os.Exit(1)
	}
}
