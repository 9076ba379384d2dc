//go:build unix && !wasm

package analyze

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"sammebaat/stats/statstest"
	"sammebaat/wasm/internal/analyze/analyzetest"
)

// TestAnalyzeNotRegularFile (issue 9 item 7): a named pipe called x.json in a folder, or given by
// name, is never opened for reading (it would wait for a writer for ever); it is a named problem, and
// the good files beside it are analysed. So is a device.
func TestAnalyzeNotRegularFile(t *testing.T) {
	dir := t.TempDir()
	analyzetest.WriteResponses(t, dir, statstest.StudyLike(7, 5))
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

// --out FILE is made as any file a program writes: its permissions are the person's umask's
// (it used to be 0644 whatever the umask), and a file it replaces keeps its own (a pooled CSV of
// everyone's answers made readable to its owner only became readable to every user).
func TestAnalyzeOutPermissions(t *testing.T) {
	dir := t.TempDir()
	analyzetest.WriteResponses(t, dir, statstest.StudyLike(8, 6))
	outDir := t.TempDir()
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	fresh := filepath.Join(outDir, "fresh.csv")
	if _, stderr, code := analyze("--format", "csv", "--out", fresh, dir); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if fi, err := os.Stat(fresh); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("a new --out file under umask 077: %v %v; want -rw-------", fi.Mode(), err)
	}
	syscall.Umask(0o022)
	kept := filepath.Join(outDir, "kept.csv")
	must(t, os.WriteFile(kept, []byte("old"), 0o600))
	must(t, os.Chmod(kept, 0o640))
	if _, stderr, code := analyze("--format", "csv", "--out", kept, dir); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if fi, err := os.Stat(kept); err != nil || fi.Mode().Perm() != 0o640 {
		t.Errorf("a replaced --out file: %v %v; want its own -rw-r-----", fi.Mode(), err)
	}
}

// A reader that goes away (`analyze DIR | head -c 1`) is a report that could not be written: exit 3
// with a message, as the usage text says, not a death by SIGPIPE without a word. Only the real
// program shows it: Go raises SIGPIPE for writes to file descriptor 1.
func TestAnalyzeClosedPipe(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the program (-short)")
	}
	bin := filepath.Join(t.TempDir(), "sammebaat")
	if out, err := exec.Command("go", "build", "-o", bin, "sammebaat/wasm").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	dir := t.TempDir()
	analyzetest.WriteResponses(t, dir, statstest.StudyLike(9, 50))
	r, w, err := os.Pipe()
	must(t, err)
	r.Close() // nobody reads
	cmd := exec.Command(bin, "analyze", dir)
	cmd.Stdout = w
	var stderr strings.Builder
	cmd.Stderr = &stderr
	err = cmd.Run()
	w.Close()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 3 || !strings.Contains(stderr.String(), "could not write the report to standard output") {
		t.Errorf("analyze into a closed pipe: %v (exit %d), stderr %q; want exit 3 naming standard output", err, exitCode(ee), stderr.String())
	}
}

func exitCode(ee *exec.ExitError) int {
	if ee == nil {
		return 0
	}
	return ee.ExitCode()
}
