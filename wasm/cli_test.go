//go:build !wasm

package main

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"sammebaat/wasm/internal/browsertest"
	"sammebaat/wasm/internal/site/sitetest"
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

// `sammebaat serve` serves until interrupted, then returns 0.
func TestServeCommand(t *testing.T) {
	web := sitetest.FakeWeb(t)
	out, w := io.Pipe()
	var stderr bytes.Buffer
	status := make(chan int, 1)
	go func() {
		status <- run([]string{"serve", "--addr", "127.0.0.1:0", "--web", web}, w, &stderr)
		w.Close()
	}()
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatalf("no address printed: %v (stderr %q)", err, stderr.String())
	}
	u, ok := strings.CutPrefix(strings.TrimSpace(line), "Samme båt: ")
	if !ok {
		t.Fatalf("printed %q", line)
	}
	go io.Copy(io.Discard, out)
	res, body := browsertest.FetchHeaders(t, u, nil)
	if res.StatusCode != 200 || res.Header.Get("Content-Security-Policy") != browsertest.HeaderPolicy(t, web) || !bytes.Contains(body, []byte("/app.js")) {
		t.Errorf("GET %s: %d %v", u, res.StatusCode, res.Header)
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	select {
	case s := <-status:
		if s != 0 {
			t.Errorf("serve exited %d after an interrupt: %s", s, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop on an interrupt")
	}
}
