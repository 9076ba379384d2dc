//go:build !wasm

package site

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
)

// `sammebaat compress` writes copies that decode to the file, replaces a
// stale or broken copy whatever its time, and keeps one that holds the
// file's bytes, so that an unchanged wasm is not compressed again.
func TestCompressCommand(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "app.wasm")
	data := bytes.Repeat([]byte("\x00asm the same bytes again and again "), 2000)
	must(t, os.WriteFile(name, data, 0o644))
	var stdout, stderr bytes.Buffer
	if got := RunCompress([]string{name}, &stdout, &stderr); got != 0 {
		t.Fatalf("compress: status %d, stderr %q", got, stderr.String())
	}
	checkCopies(t, dir, "app.wasm")
	for _, e := range encodings {
		if ci, err := os.Stat(name + e.ext); err != nil || ci.Size() >= int64(len(data))/10 {
			t.Errorf("%s: %v (%d bytes of %d: not compressed)", e.ext, err, ci.Size(), len(data))
		}
	}

	// The file changes; the copies, newer than it, still hold the old bytes.
	earlier := time.Now().Add(-time.Hour)
	changed := append(bytes.Clone(data), "and one change"...)
	must(t, os.WriteFile(name, changed, 0o644))
	must(t, os.Chtimes(name, earlier, earlier))
	// A copy that holds the file's bytes, though not as compress writes
	// them (quality 1): kept as it is.
	var fast bytes.Buffer
	zw := brotli.NewWriterLevel(&fast, 1)
	zw.Write(changed)
	must(t, zw.Close())
	must(t, os.WriteFile(name+".br", fast.Bytes(), 0o644))
	must(t, os.Chtimes(name+".br", earlier.Add(-time.Hour), earlier.Add(-time.Hour)))
	if got := RunCompress([]string{name}, &stdout, &stderr); got != 0 {
		t.Fatalf("compress again: status %d, stderr %q", got, stderr.String())
	}
	checkCopies(t, dir, "app.wasm")
	if got, _ := os.ReadFile(name + ".br"); !bytes.Equal(got, fast.Bytes()) {
		t.Error("a .br copy that holds the file's bytes was made again")
	}
	fi, _ := os.Stat(name)
	for _, e := range encodings {
		if ci, err := os.Stat(name + e.ext); err != nil || ci.ModTime().Before(fi.ModTime()) {
			t.Errorf("%s copy older than its file: the server would not send it", e.ext)
		}
	}

	// A broken copy is replaced.
	must(t, os.WriteFile(name+".gz", []byte("not gzip"), 0o644))
	if got := RunCompress([]string{name}, &stdout, &stderr); got != 0 {
		t.Fatalf("compress a third time: status %d, stderr %q", got, stderr.String())
	}
	checkCopies(t, dir, "app.wasm")
	if left, _ := filepath.Glob(filepath.Join(dir, ".*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}

	for _, c := range []struct {
		args   []string
		status int
		stderr string
	}{
		{[]string{"compress"}, 2, "name the files"},
		{[]string{"compress", filepath.Join(dir, "nope.wasm")}, 1, "nope.wasm"},
	} {
		stderr.Reset()
		if got := RunCompress(c.args[1:], &stdout, &stderr); got != c.status || !strings.Contains(stderr.String(), c.stderr) {
			t.Errorf("sammebaat %s: status %d, stderr %q; want %d, %q", strings.Join(c.args, " "), got, stderr.String(), c.status, c.stderr)
		}
	}
}
