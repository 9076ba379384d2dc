//go:build !wasm

package e2e

// Pooling files on the group page and the same files by analyze: the
// page's counts, waiting for imports, running the command, comparing the
// two reports. Shared by the group page's, the scanner's, the meeting's,
// the engines' and the bench's tests.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sammebaat/wasm/internal/analyze"
	"sammebaat/wasm/internal/browsertest"
)

// groupSummary is the page's counts, from its status element's data.
type groupSummary struct {
	State      string  `json:"state"`
	Imports    int     `json:"imports"`
	Given      int     `json:"given"`
	Analysed   int     `json:"analysed"`
	Rejected   int     `json:"rejected"`
	Duplicates int     `json:"duplicates"`
	StartedAt  float64 `json:"startedAt"`
	ImportMS   float64 `json:"importMs"`
	ReportMS   float64 `json:"reportMs"`
}

func summary(b *browsertest.Tab) groupSummary {
	b.T.Helper()
	raw := browsertest.Eval[[]byte](b, `(() => { const d = document.getElementById("group-status").dataset;
  return {state: d.state, imports: +d.imports, given: +d.given, analysed: +d.analysed, rejected: +d.rejected,
    duplicates: +d.duplicates, startedAt: +d.startedAt, importMs: +d.importMs, reportMs: +d.reportMs}; })()`)
	var s groupSummary
	if err := json.Unmarshal(raw, &s); err != nil {
		b.T.Fatal(err)
	}
	return s
}

// waitImports waits until the page has finished its n-th import.
func waitImports(b *browsertest.Tab, n int, timeout time.Duration) {
	b.T.Helper()
	cond := fmt.Sprintf(`(() => { const s = document.getElementById("group-status");
  return !!s && +s.dataset.imports >= %d && s.dataset.state === "idle"; })()`, n)
	browsertest.Poll(b.T, timeout, 25*time.Millisecond, func() bool { return browsertest.Eval[bool](b, cond) },
		func() string { return fmt.Sprintf("import %d did not finish\nconsole:\n%s", n, b.ConsoleText()) })
}

// checkSameReport requires the page's report to be the command line's byte
// for byte, p-values included: stats computes them with stats/internal/pmath,
// which is the same bits natively and in WebAssembly (issue 5). On a
// difference it names the first numbers that differ.
func checkSameReport(t *testing.T, what string, page, cli []byte) {
	t.Helper()
	if bytes.Equal(page, cli) {
		return
	}
	differ, close := ulpDiffs(page, cli, 0)
	differ = append(differ, close...) // same value, other text
	t.Errorf("%s (%d bytes) is not the command line's (%d bytes); it differs at %d places, e.g. %v",
		what, len(page), len(cli), len(differ), differ[:min(5, len(differ))])
}

// ulpDiffs compares two JSON documents of the same shape number by number
// and returns the paths where they differ; within tolerance ulps a number
// counts as the same but is listed in close.
func ulpDiffs(a, b []byte, tolerance float64) (differ, close []string) {
	var x, y any
	dx := json.NewDecoder(bytes.NewReader(a))
	dx.UseNumber()
	dy := json.NewDecoder(bytes.NewReader(b))
	dy.UseNumber()
	if dx.Decode(&x) != nil || dy.Decode(&y) != nil {
		return []string{"(not JSON)"}, nil
	}
	var walk func(p string, x, y any)
	walk = func(p string, x, y any) {
		switch xv := x.(type) {
		case map[string]any:
			yv, ok := y.(map[string]any)
			if !ok || len(xv) != len(yv) {
				differ = append(differ, p)
				return
			}
			for k := range xv {
				walk(p+"."+k, xv[k], yv[k])
			}
		case []any:
			yv, ok := y.([]any)
			if !ok || len(xv) != len(yv) {
				differ = append(differ, p)
				return
			}
			for i := range xv {
				walk(fmt.Sprintf("%s[%d]", p, i), xv[i], yv[i])
			}
		case json.Number:
			yv, ok := y.(json.Number)
			if !ok {
				differ = append(differ, p)
				return
			}
			if xv == yv {
				return
			}
			f, _ := xv.Float64()
			g, _ := yv.Float64()
			if math.Abs(f-g) <= tolerance*ulp(f) {
				close = append(close, p)
				return
			}
			differ = append(differ, p)
		default:
			if x != y {
				differ = append(differ, p)
			}
		}
	}
	walk("", x, y)
	return differ, close
}

// cliRun runs the command line in-process and returns its output with the
// root's path taken off, so its file names read as the page's (relative to
// the folder's parent).
func cliRun(t *testing.T, root string, args ...string) (stdout []byte, stderr string, code int) {
	t.Helper()
	var o, e bytes.Buffer
	code = analyze.Run(args, &o, &e)
	return o.Bytes(), strings.ReplaceAll(e.String(), root+string(filepath.Separator), ""), code
}
