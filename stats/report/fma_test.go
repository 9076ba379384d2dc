//go:build !wasm

package report

import (
	"os"
	"os/exec"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// TestNoFusedMultiplyAdd builds the report and the procedures for amd64 at
// GOAMD64=v3, where Go fuses a*b+c into one FMA instruction unless a
// conversion forbids it, and fails on any FMA instruction in this module's
// code: WebAssembly never fuses, so a fused operation would make the command
// line's numbers differ from the group page's in the last bit (see
// stats/internal/pmath's package comment). Found by mutation: remove one
// float64(...) around a product in stats/internal/pmath/erf.go and this
// test names the line.
func TestNoFusedMultiplyAdd(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the module for GOAMD64=v3 (-short)")
	}
	for _, level := range []string{"v3", "v4"} {
		cmd := exec.Command("go", "build", "-o", os.DevNull, "-gcflags=sammebaat/...=-S", ".")
		cmd.Env = append(os.Environ(), "GOOS=linux", "GOARCH=amd64", "GOAMD64="+level)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("GOAMD64=%s go build: %v\n%.2000s", level, err, out)
		}
		if !strings.Contains(string(out), "sammebaat/stats/internal/pmath.incbet STEXT") {
			t.Fatalf("GOAMD64=%s: the assembly listing lacks pmath's functions; the check would see nothing", level)
		}
		fma := regexp.MustCompile(`\(([^()]*\.go:\d+)\)\s+VFN?M(ADD|SUB)`)
		sites := map[string]bool{}
		for _, m := range fma.FindAllStringSubmatch(string(out), -1) {
			sites[m[1]] = true
		}
		var list []string
		for s := range sites {
			list = append(list, s)
		}
		sort.Strings(list)
		if len(list) > 0 {
			t.Errorf("GOAMD64=%s: fused multiply-adds at\n  %s\nwrite the product as float64(a*b)", level, strings.Join(list, "\n  "))
		}
	}
}
