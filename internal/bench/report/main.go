// Command report gathers the figures of `make bench` into one results file
// and prints them beside their budgets; with -check it reads a results
// file and exits 1 when a budget is missed (`make bench-check`).
//
//	go run ./internal/bench/report -go GOBENCH.txt -figures FIGURES.jsonl -previous OLD.json -out bin/bench.json
//	go run ./internal/bench/report -check bin/bench.json -previous OLD.json
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"
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
	fmt.Fprintf(stdout, "%s, %s, %s\n\n", res.Date, res.Machine, res.Go)
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
		if *check != "" {
			return 1
		}
	} else {
		fmt.Fprintf(stdout, "\nEvery budget kept (%d).\n", len(bench.Budgets))
	}
	return 0
}

// gather reads the Go benchmarks' output and the measurements' figures;
// either file may be "" for none, but a named file must exist.
func gather(goBench, figures string) (*bench.Results, error) {
	res := &bench.Results{
		Date:    time.Now().UTC().Format(time.RFC3339),
		Machine: machine(),
		Go:      runtime.Version(),
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
