package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"sammebaat/internal/bench"
)

// The tests ask no browser its version: they name one.
func TestMain(m *testing.M) {
	browserVersion = func() string { return "Chromium 156.0.8078.129" }
	os.Exit(m.Run())
}

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

// -markdown writes the figures beside their budgets into a Markdown file
// between the two marker lines, under a line saying when, where and with
// what they were measured, and keeps the text outside the markers as it
// was; a second run replaces the first run's table.
func TestMarkdown(t *testing.T) {
	dir := t.TempDir()
	goOut := filepath.Join(dir, "go.txt")
	os.WriteFile(goOut, []byte("BenchmarkReport/n=100000-2 \t 1\t 500000000 ns/op\n"), 0o644)
	figs := filepath.Join(dir, "figures.jsonl")
	os.WriteFile(figs, []byte(`{"name":"wasm/brotli-bytes","what":"app.wasm download, brotli","unit":"bytes","value":1309366}`+"\n"), 0o644)
	prev := filepath.Join(dir, "previous.json")
	os.WriteFile(prev, []byte(`{"date":"yesterday","figures":[{"name":"wasm/brotli-bytes","unit":"bytes","value":1400000}]}`), 0o644)
	before := "# Performance\n\nWhat the figures mean.\n\n" + beginMarker + "\nan old table, by hand\n"
	after := endMarker + "\n\n## How they were reached\n\nThe story, kept.\n"
	doc := filepath.Join(dir, "performance.md")
	if err := os.WriteFile(doc, []byte(before+after), 0o640); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		var out, errOut bytes.Buffer
		args := []string{"-go", goOut, "-figures", figs, "-previous", prev, "-out", filepath.Join(dir, "bench.json"), "-markdown", doc}
		if code := run(args, &out, &errOut); code != 0 {
			t.Fatalf("exit %d: %s", code, errOut.String())
		}
		data, err := os.ReadFile(doc)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		head, table, ok := strings.Cut(text, beginMarker+"\n")
		table, tail, ok2 := strings.Cut(table, endMarker)
		if !ok || !ok2 || head+beginMarker+"\n" != before[:len(before)-len("an old table, by hand\n")] || endMarker+tail != after {
			t.Fatalf("the text outside the markers changed:\n%s", text)
		}
		for _, want := range []string{
			"\nMeasured 20", " UTC on ", ", with " + runtime.Version() + " and Chromium 156.0.8078.129.\n\n| what ",
			"| BenchmarkReport/n=100000 ", "| 500 ms ", "≤ 1 s (issue 3)",
			"| app.wasm download, brotli (wasm/brotli-bytes) | 1,309,366 bytes ",
			"| NOT MEASURED |", "|\n\n",
		} {
			if !strings.Contains(table, want) {
				t.Errorf("the table lacks %q:\n%s", want, table)
			}
		}
		// The previous run's figure is for the terminal, not the document.
		if strings.Contains(table, "previous") || strings.Contains(table, "1,400,000") || strings.Contains(table, "old table") {
			t.Errorf("the table has the previous run's figure or the old table:\n%s", table)
		}
		if !strings.Contains(out.String(), "| previous ") || !strings.Contains(out.String(), "1,400,000 bytes") {
			t.Errorf("the terminal's table lacks the previous run's figure:\n%s", out.String())
		}
		if info, err := os.Stat(doc); err != nil || info.Mode().Perm() != 0o640 {
			t.Errorf("the file's mode: %v %v", info.Mode(), err)
		}
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".performance.md.*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}

	// -check writes the table of the results file it checks.
	os.WriteFile(doc, []byte(before+after), 0o644)
	var out, errOut bytes.Buffer
	if code := run([]string{"-check", filepath.Join(dir, "bench.json"), "-markdown", doc}, &out, &errOut); code != 1 {
		t.Errorf("-check with budgets missed: exit %d, want 1", code)
	}
	if data, _ := os.ReadFile(doc); !strings.Contains(string(data), "| 1,309,366 bytes ") {
		t.Errorf("-check -markdown wrote no table:\n%s", data)
	}
}

// A Markdown file without the two markers, each once and in order, is an
// error that names the file and the markers, and the file is left as it was.
func TestMarkdownMarkers(t *testing.T) {
	dir := t.TempDir()
	res := filepath.Join(dir, "bench.json")
	os.WriteFile(res, []byte(`{"date":"2026-12-07T08:00:00Z","figures":[]}`), 0o644)
	for _, c := range []struct{ name, doc, want string }{
		{"none", "# Performance\n\nNo table here.\n", "no " + beginMarker},
		{"no end", "# Performance\n" + beginMarker + "\n", "no " + endMarker},
		{"no begin", "# Performance\n" + endMarker + "\n", "no " + beginMarker},
		{"twice", beginMarker + "\n" + endMarker + "\n" + beginMarker + "\n" + endMarker + "\n", beginMarker + " is there 2 times"},
		{"reversed", endMarker + "\n" + beginMarker + "\n", endMarker + " comes before " + beginMarker},
	} {
		doc := filepath.Join(dir, "doc.md")
		os.WriteFile(doc, []byte(c.doc), 0o644)
		var out, errOut bytes.Buffer
		code := run([]string{"-check", res, "-markdown", doc}, &out, &errOut)
		if code != 1 || !strings.Contains(errOut.String(), doc+": "+c.want) {
			t.Errorf("%s: exit %d, stderr %q; want 1 and %q", c.name, code, errOut.String(), c.want)
		}
		if data, _ := os.ReadFile(doc); string(data) != c.doc {
			t.Errorf("%s: the file changed:\n%s", c.name, data)
		}
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"-check", res, "-markdown", filepath.Join(dir, "absent.md")}, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "absent.md") {
		t.Errorf("an absent file: exit %d, stderr %q", code, errOut.String())
	}
}

func TestChromiumVersion(t *testing.T) {
	for out, want := range map[string]string{
		"Chromium 156.0.8078.129 built on Debian GNU/Linux 12 (bookworm)\n": "Chromium 156.0.8078.129",
		"Chromium 150.0.7871.100 \n":                                        "Chromium 150.0.7871.100",
		"":                                                                  "",
		"chromium: not found\n":                                             "",
	} {
		if got := chromiumVersion(out); got != want {
			t.Errorf("chromiumVersion(%q) = %q, want %q", out, got, want)
		}
	}
}
