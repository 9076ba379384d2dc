//go:build !wasm

package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestCommandLineUsage(t *testing.T) {
	empty := t.TempDir()
	for _, c := range []struct {
		args   []string
		status int
		stdout string
		stderr string
	}{
		{[]string{"--help"}, 0, "Usage:", ""},
		{[]string{"help"}, 0, "sammebaat build", ""},
		{[]string{"bogus"}, 2, "", `unknown command "bogus"`},
		{[]string{"serve", "extra"}, 2, "", `unexpected argument "extra"`},
		{[]string{"serve", "--port", "1"}, 2, "", "flag provided but not defined"},
		{[]string{"build", "--base-path", "sub"}, 2, "", "must start with /"},
		{[]string{"serve", "--web", empty, "--addr", "127.0.0.1:0"}, 1, "", "make wasm"},
		{[]string{"build", "--web", empty, "--out", t.TempDir()}, 1, "", "make wasm"},
		{[]string{"--web", empty}, 1, "", "serve:"},
	} {
		var stdout, stderr bytes.Buffer
		got := run(c.args, &stdout, &stderr)
		if got != c.status || !strings.Contains(stdout.String(), c.stdout) || !strings.Contains(stderr.String(), c.stderr) {
			t.Errorf("sammebaat %s: status %d, stdout %q, stderr %q; want %d, %q, %q",
				strings.Join(c.args, " "), got, stdout.String(), stderr.String(), c.status, c.stdout, c.stderr)
		}
	}
}
