//go:build !wasm

// Package cmdline parses the flags of the subcommands of the native command
// sammebaat (serve, build, analyze, compress), which each package that has
// one shares so that they answer --help and a usage error alike.
package cmdline

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// ParseFlagsAndArgs parses a subcommand's flags, leaving its arguments in fs.Args(). done is true
// when the command is over: 0 after --help, 2 for a usage error (the flag package has said which).
func ParseFlagsAndArgs(fs *flag.FlagSet, args []string, stderr io.Writer) (status int, done bool) {
	fs.SetOutput(stderr)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0, true
		}
		return 2, true
	}
	return 0, false
}

// ParseFlags parses a subcommand's flags and rejects extra arguments. done
// is true when the caller must return status at once (help, or a usage
// error).
func ParseFlags(fs *flag.FlagSet, args []string, stderr io.Writer) (status int, done bool) {
	if status, done := ParseFlagsAndArgs(fs, args, stderr); done {
		return status, true
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "%s: unexpected argument %q\n", fs.Name(), fs.Arg(0))
		fs.Usage()
		return 2, true
	}
	return 0, false
}
