// Command report gathers the figures of `make bench` into one results file
// and prints them beside their budgets; with -check it reads a results
// file and exits 1 when a budget is missed (`make bench-check`). With
// -markdown it also writes the table, without the previous run's figures,
// into a Markdown file between the lines <!-- bench:begin --> and
// <!-- bench:end --> (docs/performance.md), keeping the rest of the file.
//
//	go run ./internal/bench/report -go GOBENCH.txt -figures FIGURES.jsonl -previous OLD.json -out bin/bench.json [-markdown docs/performance.md]
//	go run ./internal/bench/report -check bin/bench.json -previous OLD.json [-markdown docs/performance.md]
package main

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"sammebaat/internal/bench"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("report", flag.ContinueOnError)
	fl.SetOutput(stderr)
	goBench := fl.String("go", "", "`file` with the output of go test -bench")
	figures := fl.String("figures", "", "`file` of figures the measurements appended (JSON lines)")
	previous := fl.String("previous", "", "results `file` of the previous run, for comparison (may be absent)")
	out := fl.String("out", "", "results `file` to write")
	check := fl.String("check", "", "results `file` to check against the budgets: exit 1 on a miss")
	markdown := fl.String("markdown", "", "Markdown `file` to write the table into, between the lines "+beginMarker+" and "+endMarker)
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fl.NArg() > 0 || (*check == "") == (*out == "") {
		fmt.Fprintln(stderr, "report: give either -out (with -go and -figures) or -check")
		fl.Usage()
		return 2
	}
	var res *bench.Results
	if *check != "" {
		r, err := readResults(*check)
		if err != nil {
			fmt.Fprintf(stderr, "report: %v (run make bench first)\n", err)
			return 1
		}
		res = r
	} else {
		r, err := gather(*goBench, *figures)
		if err != nil {
			fmt.Fprintln(stderr, "report:", err)
			return 1
		}
		res = r
		data, err := json.MarshalIndent(res, "", "  ")
		if err == nil {
			err = os.WriteFile(*out, append(data, '\n'), 0o644)
		}
		if err != nil {
			fmt.Fprintln(stderr, "report:", err)
			return 1
		}
	}
	var prev *bench.Results
	if *previous != "" {
		p, err := readResults(*previous)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			fmt.Fprintln(stderr, "report:", err)
			return 1
		}
		prev = p
	}
	fmt.Fprintf(stdout, "%s\n\n", heading(res))
	rows := bench.Rows(bench.Budgets, res, prev)
	if err := bench.WriteTable(stdout, rows); err != nil {
		fmt.Fprintln(stderr, "report:", err)
		return 1
	}
	if bench.Missed(rows) {
		n := 0
		for _, r := range rows {
			if r.Missed {
				n++
			}
		}
		fmt.Fprintf(stdout, "\n%d of %d budgets missed.\n", n, len(bench.Budgets))
	} else {
		fmt.Fprintf(stdout, "\nEvery budget kept (%d).\n", len(bench.Budgets))
	}
	if *markdown != "" {
		if err := writeMarkdown(*markdown, res); err != nil {
			fmt.Fprintln(stderr, "report:", err)
			return 1
		}
		fmt.Fprintf(stdout, "The table is in %s.\n", *markdown)
	}
	if *check != "" && bench.Missed(rows) {
		return 1
	}
	return 0
}

// The lines that enclose the table in a Markdown file (-markdown).
const (
	beginMarker = "<!-- bench:begin -->"
	endMarker   = "<!-- bench:end -->"
)

// writeMarkdown writes the figures of res beside their budgets into the
// Markdown file name, under a line that says when and where they were
// measured: between beginMarker and endMarker, in place of what was there.
// The rest of the file is kept. The file is replaced whole or not at all.
func writeMarkdown(name string, res *bench.Results) error {
	doc, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	var table strings.Builder
	table.WriteString("\n\n" + heading(res) + "\n\n")
	if err := bench.WriteTable(&table, bench.Rows(bench.Budgets, res, nil)); err != nil {
		return err
	}
	table.WriteString("\n")
	doc, err = replaceBetween(doc, table.String())
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return replaceFile(name, doc)
}

// replaceBetween puts text between the one beginMarker and the one
// endMarker of doc, in place of what was between them.
func replaceBetween(doc []byte, text string) ([]byte, error) {
	for _, m := range []string{beginMarker, endMarker} {
		switch n := bytes.Count(doc, []byte(m)); n {
		case 0:
			return nil, fmt.Errorf("no %s: the table goes between a line %s and a line %s", m, beginMarker, endMarker)
		case 1:
		default:
			return nil, fmt.Errorf("%s is there %d times, want once", m, n)
		}
	}
	begin := bytes.Index(doc, []byte(beginMarker)) + len(beginMarker)
	end := bytes.Index(doc, []byte(endMarker))
	if end < begin {
		return nil, fmt.Errorf("%s comes before %s", endMarker, beginMarker)
	}
	return slices.Concat(doc[:begin], []byte(text), doc[end:]), nil
}

// replaceFile writes data to a new file beside name, with name's
// permissions, and renames it to name.
func replaceFile(name string, data []byte) error {
	info, err := os.Stat(name)
	if err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*")
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Chmod(info.Mode().Perm())
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), name)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}

// heading says when, on what machine, and with which Go and Chromium the
// figures were measured.
func heading(res *bench.Results) string {
	s := "Measured"
	if t, err := time.Parse(time.RFC3339, res.Date); err == nil {
		s += " " + t.UTC().Format("2006-01-02 15:04 UTC")
	} else if res.Date != "" {
		s += " " + res.Date
	}
	if res.Machine != "" {
		s += " on " + res.Machine
	}
	var with []string
	for _, w := range []string{res.Go, res.Browser} {
		if w != "" {
			with = append(with, w)
		}
	}
	if len(with) > 0 {
		s += ", with " + strings.Join(with, " and ")
	}
	return s + "."
}

// gather reads the Go benchmarks' output and the measurements' figures;
// either file may be "" for none, but a named file must exist.
func gather(goBench, figures string) (*bench.Results, error) {
	res := &bench.Results{
		Date:    time.Now().UTC().Format(time.RFC3339),
		Machine: machine(),
		Go:      runtime.Version(),
		Browser: browserVersion(),
	}
	if goBench != "" {
		f, err := os.Open(goBench)
		if err != nil {
			return nil, err
		}
		figs, err := bench.ParseGoBench(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", goBench, err)
		}
		res.Figures = append(res.Figures, figs...)
	}
	if figures != "" {
		f, err := os.Open(figures)
		if err != nil {
			return nil, err
		}
		figs, err := bench.ReadFigures(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", figures, err)
		}
		res.Figures = append(res.Figures, figs...)
	}
	return res, nil
}

func readResults(name string) (*bench.Results, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var r bench.Results
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &r, nil
}

// machine names the processor and its cores, as Linux tells them.
func machine() string {
	cpu := runtime.GOARCH
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
				cpu = strings.TrimSpace(v)
				break
			}
		}
		f.Close()
	}
	return fmt.Sprintf("%s, %d cores", cpu, runtime.NumCPU())
}

// browserVersion names the Chromium the browser's measurements ran
// (SAMMEBAAT_CHROMIUM, as in the tests, else Debian's), or "" when it
// cannot tell. A variable, so that tests need no browser.
var browserVersion = func() string {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, cmp.Or(os.Getenv("SAMMEBAAT_CHROMIUM"), "/usr/bin/chromium"), "--version").Output()
	if err != nil {
		return ""
	}
	return chromiumVersion(string(out))
}

// chromiumVersion is the name and version in the output of chromium
// --version ("Chromium 156.0.8078.129 built on Debian …"), or "".
func chromiumVersion(out string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(out), "\n")
	line, _, _ = strings.Cut(line, " built on ")
	if f := strings.Fields(line); len(f) < 2 || !strings.Contains(f[len(f)-1], ".") {
		return ""
	}
	return strings.TrimSpace(line)
}
