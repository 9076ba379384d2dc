package stats

import (
	"encoding/csv"
	"fmt"
	"math"
	"os"
	"strconv"
	"testing"
)

var nan = math.NaN()

// tol is the relative tolerance against oracles that print full precision
// (R's sprintf("%.17g"), Python's repr, PSPP with SET FORMAT=F20.16).
const tol = 1e-9

// same reports whether got agrees with want to the relative tolerance rel;
// NaN agrees only with NaN, and a want of 0 needs |got| ≤ rel.
func same(got, want, rel float64) bool {
	if math.IsNaN(want) || math.IsNaN(got) {
		return math.IsNaN(want) && math.IsNaN(got)
	}
	if want == 0 {
		return math.Abs(got) <= rel
	}
	return math.Abs(got-want) <= rel*math.Abs(want)
}

// within reports whether got is within abs of want, for oracles that print
// rounded numbers (half a unit of the last printed digit).
func within(got, want, abs float64) bool {
	if math.IsNaN(want) || math.IsNaN(got) {
		return math.IsNaN(want) && math.IsNaN(got)
	}
	return math.Abs(got-want) <= abs
}

// readCSV reads a data set of testdata/ written by testdata/oracle/generate.R:
// a header row of names, numbers in the cells, an empty cell for a missing
// value (NaN).
func readCSV(t testing.TB, path string) map[string][]float64 {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	cols := make(map[string][]float64)
	for _, row := range rows[1:] {
		for j, cell := range row {
			v := nan
			if cell != "" && cell != "NA" {
				if v, err = strconv.ParseFloat(cell, 64); err != nil {
					t.Fatalf("%s: %v", path, err)
				}
			}
			cols[rows[0][j]] = append(cols[rows[0][j]], v)
		}
	}
	return cols
}

// scaleItems are the items of the instrument's nine scales (instrument.md),
// as testdata/oracle/study.R has them.
var scaleItems = map[string][]string{
	"share":    {"ekp1", "ekp2", "ekp3", "esp1", "esp2", "esp3"},
	"receive":  {"ekr1", "ekr2", "ekr3", "esr1", "esr2", "esr3"},
	"humour":   {"hum1", "hum2", "hum3", "hum4", "hum5"},
	"negative": {"unw1", "unw2", "unw3", "unw4", "unw5", "unw6", "unw7"},
	"social":   {"out1", "out2", "out3", "out4", "out5"},
	"ekp":      {"ekp1", "ekp2", "ekp3"},
	"esp":      {"esp1", "esp2", "esp3"},
	"ekr":      {"ekr1", "ekr2", "ekr3"},
	"esr":      {"esr1", "esr2", "esr3"},
	"xyz":      {"x", "y", "z"},
}

// dataSet returns the named data set as the oracle scripts define it: "study"
// (testdata/study.csv with the scale scores added, scored as instrument.md
// says: the mean of the answered items when at least ⌈k/2⌉ are answered),
// "study status=1" and "study status=2" (its rows with that status), or
// "ties" (testdata/ties.csv).
func dataSet(t testing.TB, name string) map[string][]float64 {
	t.Helper()
	switch name {
	case "ties":
		return readCSV(t, "testdata/ties.csv")
	case "study":
		d := readCSV(t, "testdata/study.csv")
		for _, s := range []string{"share", "receive", "humour", "negative", "social", "ekp", "esp", "ekr", "esr"} {
			items := scaleItems[s]
			score := make([]float64, len(d["area"]))
			for i := range score {
				var sum float64
				answered := 0
				for _, it := range items {
					if v := d[it][i]; !math.IsNaN(v) {
						sum += v
						answered++
					}
				}
				score[i] = nan
				if answered >= (len(items)+1)/2 {
					score[i] = sum / float64(answered)
				}
			}
			d[s] = score
		}
		return d
	case "study status=1", "study status=2":
		status := 1.0
		if name == "study status=2" {
			status = 2
		}
		return rowsWhere(dataSet(t, "study"), "status", status)
	}
	t.Fatalf("no data set %q", name)
	return nil
}

// rowsWhere returns the rows of d whose column by equals v.
func rowsWhere(d map[string][]float64, by string, v float64) map[string][]float64 {
	out := make(map[string][]float64, len(d))
	for i, w := range d[by] {
		if w != v {
			continue
		}
		for name, col := range d {
			out[name] = append(out[name], col[i])
		}
	}
	return out
}

// groups returns column v of d split into the rows where by is 1 and 2.
func groups(d map[string][]float64, v, by string) (a, b []float64) {
	return rowsWhere(d, by, 1)[v], rowsWhere(d, by, 2)[v]
}

// columns returns the named columns of d.
func columns(d map[string][]float64, names []string) [][]float64 {
	cols := make([][]float64, len(names))
	for j, name := range names {
		col, ok := d[name]
		if !ok {
			panic(fmt.Sprintf("no column %q", name))
		}
		cols[j] = col
	}
	return cols
}
