//go:build !wasm

package main

import (
	"fmt"
	"io"
	"strings"

	"sammebaat/wasm/internal/analyze"
	"sammebaat/wasm/internal/site"
)

const usage = `Usage:
  sammebaat serve   [--addr 127.0.0.1:8000] [--web DIR]
        serve the app locally (the default with no subcommand)
  sammebaat build   [--out DIR] [--base-path /PATH] [--web DIR]
        write the static site for any static host
  sammebaat analyze [--format json|md|csv] [--group-by QUESTION=A,B] [--split-by QUESTION]
                    [--where QUESTION=CODE[,CODE...]] [--lang nb|nn|en] [--out FILE] FILE|DIR...
        analyse response files and print the report
  sammebaat compress FILE...
        write FILE.br and FILE.gz beside each file (make wasm uses it)

--web names the folder with app.wasm, app.css and the icons (default "web").
`

// run is the command line: it returns the exit status, 2 for a usage error.
func run(args []string, stdout, stderr io.Writer) int {
	cmd := "serve"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	} else if len(args) > 0 && isHelp(args[0]) {
		fmt.Fprint(stdout, usage)
		return 0
	}
	switch cmd {
	case "serve":
		return site.RunServe(args, stdout, stderr)
	case "build":
		return site.RunBuild(args, stdout, stderr)
	case "analyze":
		return analyze.Run(args, stdout, stderr)
	case "compress":
		return site.RunCompress(args, stdout, stderr)
	case "help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "sammebaat: unknown command %q\n\n%s", cmd, usage)
		return 2
	}
}

func isHelp(arg string) bool {
	switch arg {
	case "-h", "-help", "--help":
		return true
	}
	return false
}
