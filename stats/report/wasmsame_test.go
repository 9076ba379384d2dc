//go:build !wasm

package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"sammebaat/scales"
	"sammebaat/stats/statstest"
)

// TestWasmSameReport requires the report JSON of the group page (this package
// compiled to WebAssembly) to be the command line's (native) byte for byte,
// p-values included. Go's math.Exp and math.Log are assembly on amd64 and pure
// Go in WebAssembly; the p-values and Feldt's interval go through
// stats/internal/pmath, which is pure Go on both, so that they agree to the
// last bit. The test builds testdata/wasmreport for js/wasm and runs it under
// node with Go's go_js_wasm_exec; without node it fails rather than skips,
// because then nothing would hold the two builds together.
func TestWasmSameReport(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a WebAssembly program (-short)")
	}
	goroot := goEnv(t, "GOROOT")
	execWasm := filepath.Join(goroot, "lib", "wasm", "go_js_wasm_exec")
	if _, err := exec.LookPath("node"); err != nil {
		t.Fatalf("node is needed to run the WebAssembly build: %v", err)
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "wasmreport.wasm")
	build := exec.Command("go", "build", "-o", bin, "./testdata/wasmreport/main.go")
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building testdata/wasmreport for js/wasm: %v\n%s", err, out)
	}

	in := scales.SESNB2018()
	wheres := []string{"", "satisfaction=4,5", "gender=2", "status=1"}
	for _, pool := range []struct {
		seed uint64
		n    int
	}{{2026, 80}, {1, 1000}, {7, 1000}, {42, 300}} {
		name := fmt.Sprintf("StudyLike(%d,%d)", pool.seed, pool.n)
		rs := statstest.StudyLike(pool.seed, pool.n)
		data, err := json.Marshal(rs)
		if err != nil {
			t.Fatal(err)
		}
		file := filepath.Join(dir, fmt.Sprintf("pool-%d-%d.json", pool.seed, pool.n))
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		var native bytes.Buffer
		for _, where := range wheres {
			var o Options
			if where != "" {
				if o.Where, err = ParseFilter(in, where); err != nil {
					t.Fatal(err)
				}
			}
			rep, err := NewReport(rs, o)
			if err != nil {
				t.Fatal(err)
			}
			if err := rep.WriteJSON(&native); err != nil {
				t.Fatal(err)
			}
		}
		var stdout, stderr bytes.Buffer
		run := exec.Command(execWasm, append([]string{bin, file}, wheres...)...)
		run.Stdout, run.Stderr = &stdout, &stderr
		if err := run.Run(); err != nil {
			t.Fatalf("%s: running the WebAssembly build: %v\n%s", name, err, stderr.Bytes())
		}
		if !bytes.Equal(stdout.Bytes(), native.Bytes()) {
			t.Errorf("%s: the WebAssembly report differs from the native one (%d vs %d bytes) at:\n%s",
				name, stdout.Len(), native.Len(), lineDiff(stdout.String(), native.String(), 10))
		}
	}
}

// goEnv returns go env's value of key.
func goEnv(t *testing.T, key string) string {
	t.Helper()
	out, err := exec.Command("go", "env", key).Output()
	if err != nil {
		t.Fatalf("go env %s: %v", key, err)
	}
	return strings.TrimSpace(string(out))
}

// lineDiff lists up to max lines where wasm and native differ, with the
// line numbers of the concatenated reports.
func lineDiff(wasm, native string, max int) string {
	a, b := strings.Split(wasm, "\n"), strings.Split(native, "\n")
	var out strings.Builder
	shown := 0
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] && shown < max {
			fmt.Fprintf(&out, "  line %d: wasm %s | native %s\n", i+1, strings.TrimSpace(a[i]), strings.TrimSpace(b[i]))
			shown++
		}
	}
	if len(a) != len(b) {
		fmt.Fprintf(&out, "  %d lines against %d\n", len(a), len(b))
	}
	return out.String()
}
