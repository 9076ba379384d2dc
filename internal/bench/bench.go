// Package bench holds the project's performance figures and budgets: the
// figures `make bench` measures (Go benchmarks, and measurements in the
// browser and elsewhere that tests append when SAMMEBAAT_BENCH names a
// file), the budget each must keep, and the table that sets one beside the
// other. A speed or a size is never asserted by `make test`; `make
// bench-check` fails when a budget is missed.
//
// To add a measurement: a test that measures it when Enabled, and calls
// Append with a Figure; to give it a budget, a line in Budgets (a limit on
// the figure, or on its ratio to another figure measured in the same run).
package bench

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Env names the file measurements append their figures to. Unset, the
// measurements are skipped: they are not tests.
const Env = "SAMMEBAAT_BENCH"

// RunsEnv is how many times a measurement repeats (its figure is the
// median); each measurement has its own default.
const RunsEnv = "SAMMEBAAT_BENCH_RUNS"

// Figure is one measured number.
type Figure struct {
	Name  string    `json:"name"`           // stable key, e.g. "browser/first-question-cold" or "BenchmarkReport/n=100000"
	What  string    `json:"what,omitempty"` // what was measured, in words, for the table
	Unit  string    `json:"unit"`           // "s", "bytes", or a Go benchmark's unit such as "allocs/op"
	Value float64   `json:"value"`          // the median of Runs when there are several
	Runs  []float64 `json:"runs,omitempty"`
}

// Enabled reports the file to append figures to, or "" when no
// measurement is wanted.
func Enabled() string { return os.Getenv(Env) }

// Runs is how many runs a measurement makes: RunsEnv if set, else def.
func Runs(def int) int {
	if n, err := strconv.Atoi(os.Getenv(RunsEnv)); err == nil && n > 0 {
		return n
	}
	return def
}

var appendMu sync.Mutex

// Append adds figures to the file named by Env, one JSON object a line.
func Append(figs ...Figure) error {
	name := Enabled()
	if name == "" {
		return errors.New(Env + " names no file to append figures to")
	}
	appendMu.Lock()
	defer appendMu.Unlock()
	f, err := os.OpenFile(name, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(f)
	for _, fig := range figs {
		if err := enc.Encode(fig); err != nil {
			f.Close()
			return err
		}
	}
	return f.Close()
}

// Median of xs (not empty).
func Median(xs []float64) float64 {
	s := slices.Clone(xs)
	sort.Float64s(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// MedianFigure is a figure whose value is the median of runs.
func MedianFigure(name, what, unit string, runs []float64) Figure {
	return Figure{Name: name, What: what, Unit: unit, Value: Median(runs), Runs: runs}
}

// ReadFigures reads the figures Append wrote.
func ReadFigures(r io.Reader) ([]Figure, error) {
	var figs []Figure
	dec := json.NewDecoder(r)
	for {
		var f Figure
		if err := dec.Decode(&f); errors.Is(err, io.EOF) {
			return figs, nil
		} else if err != nil {
			return nil, err
		}
		figs = append(figs, f)
	}
}

// ParseGoBench reads the output of `go test -bench`: each benchmark's time
// (ns/op) as a figure in seconds named after the benchmark (without its
// -GOMAXPROCS suffix), and each other metric as a figure "NAME UNIT". A
// benchmark run several times (-count) gives the median of its runs.
func ParseGoBench(r io.Reader) ([]Figure, error) {
	runs := map[string][]float64{}
	units := map[string]string{}
	var order []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 4 || !strings.HasPrefix(fields[0], "Benchmark") {
			continue
		}
		if _, err := strconv.Atoi(fields[1]); err != nil {
			continue // a log line that starts with a benchmark's name
		}
		name := fields[0]
		if i := strings.LastIndexByte(name, '-'); i > 0 {
			if _, err := strconv.Atoi(name[i+1:]); err == nil {
				name = name[:i]
			}
		}
		for i := 2; i+1 < len(fields); i += 2 {
			v, err := strconv.ParseFloat(fields[i], 64)
			if err != nil {
				return nil, fmt.Errorf("benchmark line %q: %v", sc.Text(), err)
			}
			key, unit := name+" "+fields[i+1], fields[i+1]
			if unit == "ns/op" {
				key, unit, v = name, "s", v/1e9
			}
			if _, ok := runs[key]; !ok {
				order = append(order, key)
			}
			runs[key] = append(runs[key], v)
			units[key] = unit
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	figs := make([]Figure, 0, len(order))
	for _, k := range order {
		f := Figure{Name: k, Unit: units[k], Value: Median(runs[k])}
		if len(runs[k]) > 1 {
			f.Runs = runs[k]
		}
		figs = append(figs, f)
	}
	return figs, nil
}
