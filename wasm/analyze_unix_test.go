//go:build unix && !wasm

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"sammebaat/stats/statstest"
)

// TestAnalyzeNotRegularFile (issue 9 item 7): a named pipe called x.json in a folder, or given by
// name, is never opened for reading (it would wait for a writer for ever); it is a named problem, and
// the good files beside it are analysed. So is a device.
func TestAnalyzeNotRegularFile(t *testing.T) {
	dir := t.TempDir()
	writeResponses(t, dir, statstest.StudyLike(7, 5))
	fifo := filepath.Join(dir, "x.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	hostile := filepath.Join(dir, "pipe\n.json")
	if err := syscall.Mkfifo(hostile, 0o644); err != nil {
		t.Fatal(err)
	}
	type result struct {
		stdout, stderr string
		code           int
	}
	for _, args := range [][]string{{dir}, {fifo, filepath.Join(dir, "r-0000.json")}, {"/dev/null"}} {
		done := make(chan result, 1)
		go func() {
			o, e, c := analyze(args...)
			done <- result{o, e, c}
		}()
		var r result
		select {
		case r = <-done:
		case <-time.After(10 * time.Second):
			// Open the pipes for writing so that the hanging reader ends, then fail.
			for _, p := range []string{fifo, hostile} {
				if f, err := os.OpenFile(p, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
					f.Close()
				}
			}
			t.Fatalf("analyze %q still running after 10 s: it waits on a named pipe", args)
		}
		if r.code != 1 {
			t.Errorf("analyze %q: exit %d, want 1", args, r.code)
		}
		for _, a := range args {
			if a == "/dev/null" && !strings.Contains(r.stderr, "/dev/null: not a regular file (a device)\n") {
				t.Errorf("analyze /dev/null: stderr %q", r.stderr)
			}
		}
		if !strings.Contains(r.stdout, `"n": `) {
			t.Errorf("analyze %q: no report", args)
		}
		if args[0] == dir {
			for _, want := range []string{
				fifo + ": not a regular file (a named pipe)\n",
				`"` + dir + `/pipe\n.json": not a regular file (a named pipe)` + "\n",
				"7 files read: 5 analysed, 2 rejected, 0 duplicate\n",
			} {
				if !strings.Contains(r.stderr, want) {
					t.Errorf("analyze DIR: stderr lacks %q:\n%s", want, r.stderr)
				}
			}
		}
	}
}
