//go:build !wasm

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// analyzeCommand runs `sammebaat analyze`. analyze.go sets it; until then the
// command says it is not available. A variable rather than a direct call lets
// the serving side build and be tested on its own.
var analyzeCommand func(args []string, stdout, stderr io.Writer) int

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
		return runServe(args, stdout, stderr)
	case "build":
		return runBuild(args, stdout, stderr)
	case "analyze":
		if analyzeCommand == nil {
			fmt.Fprintln(stderr, "analyze: not available")
			return 2
		}
		return analyzeCommand(args, stdout, stderr)
	case "compress":
		return runCompress(args, stdout, stderr)
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

// parseFlagsAndArgs parses a subcommand's flags, leaving its arguments in fs.Args(). done is true
// when the command is over: 0 after --help, 2 for a usage error (the flag package has said which).
func parseFlagsAndArgs(fs *flag.FlagSet, args []string, stderr io.Writer) (status int, done bool) {
	fs.SetOutput(stderr)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0, true
		}
		return 2, true
	}
	return 0, false
}

// parseFlags parses a subcommand's flags and rejects extra arguments. done
// is true when the caller must return status at once (help, or a usage
// error).
func parseFlags(fs *flag.FlagSet, args []string, stderr io.Writer) (status int, done bool) {
	if status, done := parseFlagsAndArgs(fs, args, stderr); done {
		return status, true
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "%s: unexpected argument %q\n", fs.Name(), fs.Arg(0))
		fs.Usage()
		return 2, true
	}
	return 0, false
}
