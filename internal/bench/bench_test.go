package bench

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// What `go test -bench . -benchmem -count 2` prints, cut down.
const goBenchOutput = `goos: linux
goarch: amd64
pkg: sammebaat/stats
cpu: AMD EPYC 7B13
BenchmarkReport/n=120-2         	    2436	    490123 ns/op	  181234 B/op	    1234 allocs/op
BenchmarkReport/n=120-2         	    2436	    510123 ns/op	  181234 B/op	    1234 allocs/op
BenchmarkReport/n=100000-2      	       2	 540000000 ns/op	 9123456 B/op	   99999 allocs/op
BenchmarkReport/n=100000-2      	       2	 560000000 ns/op	 9123456 B/op	   99999 allocs/op
BenchmarkReport/n=100000-2 log line: 3 things
PASS
ok  	sammebaat/stats	12.3s
pkg: sammebaat/wasm
BenchmarkAnalyzeFiles/files=100000-2 	       1	4400000000 ns/op	         4.400 s/run
`

func TestParseGoBench(t *testing.T) {
	figs, err := ParseGoBench(strings.NewReader(goBenchOutput))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Figure{}
	for _, f := range figs {
		got[f.Name] = f
	}
	for _, want := range []Figure{
		{Name: "BenchmarkReport/n=120", Unit: "s", Value: 500123e-9},
		{Name: "BenchmarkReport/n=100000", Unit: "s", Value: 0.55},
		{Name: "BenchmarkReport/n=100000 allocs/op", Unit: "allocs/op", Value: 99999},
		{Name: "BenchmarkReport/n=120 B/op", Unit: "B/op", Value: 181234},
		{Name: "BenchmarkAnalyzeFiles/files=100000", Unit: "s", Value: 4.4},
		{Name: "BenchmarkAnalyzeFiles/files=100000 s/run", Unit: "s/run", Value: 4.4},
	} {
		f, ok := got[want.Name]
		if !ok || f.Unit != want.Unit || math.Abs(f.Value-want.Value) > 1e-9*want.Value {
			t.Errorf("%s: got %+v, want %+v", want.Name, f, want)
		}
	}
	if n := len(got["BenchmarkReport/n=100000"].Runs); n != 2 {
		t.Errorf("BenchmarkReport/n=100000 has %d runs, want 2 (-count 2)", n)
	}
	if len(figs) != 8 {
		t.Errorf("%d figures, want 8: %+v", len(figs), figs)
	}
	if _, err := ParseGoBench(strings.NewReader("BenchmarkX-2 10 abc ns/op\n")); err == nil {
		t.Error("a benchmark line with a value that is no number was read")
	}
}

func TestAppendAndReadFigures(t *testing.T) {
	name := filepath.Join(t.TempDir(), "figures.jsonl")
	t.Setenv(Env, name)
	if err := Append(MedianFigure("a", "first", "s", []float64{3, 1, 2})); err != nil {
		t.Fatal(err)
	}
	if err := Append(Figure{Name: "b", Unit: "bytes", Value: 7}); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	figs, err := ReadFigures(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if len(figs) != 2 || figs[0].Value != 2 || len(figs[0].Runs) != 3 || figs[1].Name != "b" || figs[1].Value != 7 {
		t.Errorf("read back %+v", figs)
	}
	t.Setenv(Env, "")
	if err := Append(figs[0]); err == nil {
		t.Errorf("Append with %s unset did not fail", Env)
	}
}

func TestMedian(t *testing.T) {
	for _, c := range []struct {
		xs   []float64
		want float64
	}{{[]float64{5}, 5}, {[]float64{3, 1, 2}, 2}, {[]float64{4, 1, 3, 2}, 2.5}} {
		if got := Median(c.xs); got != c.want {
			t.Errorf("Median(%v) = %g, want %g", c.xs, got, c.want)
		}
	}
}

// A figure over its budget, a budgeted figure not measured, and a ratio
// outside its limit are missed; the rest are kept, and the table shows each
// figure beside its budget and the previous run's figure.
func TestRowsAndTable(t *testing.T) {
	budgets := []Budget{
		{Figure: "load", Max: 1.2},
		{Figure: "size", Max: 1000},
		{Figure: "never", Max: 1, Unit: "s"},
		{Figure: "ours", Against: "theirs", Max: 3},
		{Figure: "slow", Against: "fast", Min: 10}, // 10× faster
	}
	res := &Results{Figures: []Figure{
		{Name: "load", What: "first question", Unit: "s", Value: 1.3, Runs: []float64{1.3, 1.1, 1.4}},
		{Name: "size", Unit: "bytes", Value: 999},
		{Name: "ours", Unit: "s", Value: 2},
		{Name: "theirs", Unit: "s", Value: 1},
		{Name: "fast", Unit: "s", Value: 1},
		{Name: "slow", Unit: "s", Value: 12},
		{Name: "other", Unit: "s", Value: 0.00049},
		{Name: "other allocs/op", Unit: "allocs/op", Value: 5},
	}}
	prev := &Results{Figures: []Figure{{Name: "load", Unit: "s", Value: 0.55}, {Name: "ours", Value: 4}, {Name: "theirs", Value: 1}}}
	rows := Rows(budgets, res, prev)
	verdicts := map[string]string{}
	for _, r := range rows {
		verdicts[r.What] = r.Verdict()
	}
	for what, want := range map[string]string{
		"first question (load)": "MISSED", "size": "ok", "never": "NOT MEASURED",
		"ours": "ok", "slow": "ok", "other": "", "fast": "",
	} {
		if got, ok := verdicts[what]; !ok || got != want {
			t.Errorf("%s: verdict %q, want %q (rows %v)", what, got, want, verdicts)
		}
	}
	if _, ok := verdicts["other allocs/op"]; ok {
		t.Error("a metric with no budget that is neither a time nor a size is in the table")
	}
	if !Missed(rows) {
		t.Error("Missed is false with two budgets missed")
	}
	if Missed(Rows(budgets[1:2], res, nil)) {
		t.Error("Missed is true with every budget kept")
	}
	// A ratio over its limit.
	res.Figure("theirs").Value = 0.5
	if r := Rows(budgets[3:4], res, nil)[0]; r.Verdict() != "MISSED" || r.Ratio != 4 {
		t.Errorf("ratio 4 against a limit of 3: %+v", r)
	}

	var b strings.Builder
	if err := WriteTable(&b, rows); err != nil {
		t.Fatal(err)
	}
	table := b.String()
	for _, want := range []string{
		"| first question (load) | 1.3 s (median of 3) | ≤ 1.2 s",
		"| 550 ms ", "| MISSED", "| 999 bytes", "≤ 1,000 bytes", "| ours ", "| 4.00× ", "≤ 3× theirs", "≥ 10× fast",
		"| other ", "| 490 µs ", "| NOT MEASURED", "| ≤ 1 s ",
	} {
		if !strings.Contains(table, want) {
			t.Errorf("the table lacks %q:\n%s", want, table)
		}
	}

	// With no previous run, no column for it.
	b.Reset()
	if err := WriteTable(&b, Rows(budgets, res, nil)); err != nil {
		t.Fatal(err)
	}
	if table := b.String(); strings.Contains(table, "previous") || !strings.Contains(table, "| 1.3 s (median of 3) | ≤ 1.2 s ") ||
		!strings.Contains(table, "| 12.00× | ok ") {
		t.Errorf("the table without a previous run:\n%s", table)
	}
}

func TestFormat(t *testing.T) {
	for _, c := range []struct {
		v    float64
		unit string
		want string
	}{
		{1.234, "s", "1.23 s"}, {10, "s", "10 s"}, {1.2, "s", "1.2 s"}, {0.55, "s", "550 ms"}, {0.00049, "s", "490 µs"},
		{1733353, "bytes", "1,733,353 bytes"}, {999, "bytes", "999 bytes"}, {5, "allocs/op", "5 allocs/op"},
	} {
		if got := Format(c.v, c.unit); got != c.want {
			t.Errorf("Format(%g, %q) = %q, want %q", c.v, c.unit, got, c.want)
		}
	}
}
