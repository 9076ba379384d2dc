package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sammebaat/internal/bench"
)

// A results file whose figures keep every budget passes -check; one figure
// over its budget, or one not measured, fails it (exit 1), and the table
// says which.
func TestCheck(t *testing.T) {
	dir := t.TempDir()
	kept := filepath.Join(dir, "kept.json")
	var figs []bench.Figure
	for _, b := range bench.Budgets {
		v := b.Max * 0.5
		if b.Max == 0 {
			v = b.Min * 2
		}
		figs = append(figs, bench.Figure{Name: b.Figure, Unit: "s", Value: v})
		if b.Against != "" {
			figs = append(figs, bench.Figure{Name: b.Against, Unit: "s", Value: 1})
		}
	}
	write := func(name string, figs []bench.Figure) {
		data, err := json.Marshal(bench.Results{Date: "today", Figures: figs})
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(kept, figs)
	var out, errOut bytes.Buffer
	if code := run([]string{"-check", kept}, &out, &errOut); code != 0 {
		t.Fatalf("-check with every budget kept: exit %d\n%s%s", code, out.String(), errOut.String())
	}

	over := filepath.Join(dir, "over.json")
	overFigs := append([]bench.Figure(nil), figs...)
	overFigs[0].Value = bench.Budgets[0].Max * 2
	write(over, overFigs)
	out.Reset()
	if code := run([]string{"-check", over, "-previous", kept}, &out, &errOut); code != 1 || !strings.Contains(out.String(), "MISSED") ||
		!strings.Contains(out.String(), bench.Budgets[0].Figure) {
		t.Errorf("-check with %s over budget: exit %d\n%s", bench.Budgets[0].Figure, code, out.String())
	}

	missing := filepath.Join(dir, "missing.json")
	write(missing, figs[1:])
	out.Reset()
	if code := run([]string{"-check", missing}, &out, &errOut); code != 1 || !strings.Contains(out.String(), "NOT MEASURED") {
		t.Errorf("-check with %s not measured: exit %d\n%s", bench.Budgets[0].Figure, code, out.String())
	}

	if code := run([]string{"-check", filepath.Join(dir, "none.json")}, &out, &errOut); code != 1 {
		t.Errorf("-check with no results file: exit %d", code)
	}
	if code := run(nil, &out, &errOut); code != 2 {
		t.Errorf("no arguments: exit %d, want 2", code)
	}
}

// Gathering writes the Go benchmarks' and the measurements' figures into
// one results file, and a missed budget does not fail the gathering.
func TestGather(t *testing.T) {
	dir := t.TempDir()
	goOut := filepath.Join(dir, "go.txt")
	os.WriteFile(goOut, []byte("BenchmarkReport/n=100000-2 \t 1\t 2500000000 ns/op\n"), 0o644)
	figs := filepath.Join(dir, "figures.jsonl")
	os.WriteFile(figs, []byte(`{"name":"wasm/brotli-bytes","unit":"bytes","value":1733353}`+"\n"), 0o644)
	res := filepath.Join(dir, "bench.json")
	var out, errOut bytes.Buffer
	if code := run([]string{"-go", goOut, "-figures", figs, "-previous", filepath.Join(dir, "absent.json"), "-out", res}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	r, err := readResults(res)
	if err != nil {
		t.Fatal(err)
	}
	if f := r.Figure("BenchmarkReport/n=100000"); f == nil || f.Value != 2.5 {
		t.Errorf("BenchmarkReport/n=100000: %+v", f)
	}
	if f := r.Figure("wasm/brotli-bytes"); f == nil || f.Value != 1733353 {
		t.Errorf("wasm/brotli-bytes: %+v", f)
	}
	if !strings.Contains(out.String(), "1,733,353 bytes") || !strings.Contains(out.String(), "budgets missed") {
		t.Errorf("printed:\n%s", out.String())
	}
}
