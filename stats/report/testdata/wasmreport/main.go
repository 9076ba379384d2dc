//go:build ignore

// Command wasmreport is built for GOOS=js GOARCH=wasm by report's TestWasmSameReport
// and run under node: it prints the report JSON the group page would save for a
// pool of responses, so the test can hold it against the native command line's.
//
// Usage: wasmreport pool.json [where ...]
//
// pool.json is a JSON array of scales.Response (made natively, so that the pool
// itself is the same bits on both sides); for each where ("" for none, else
// analyze --where's syntax, e.g. "satisfaction=4,5") one report is written to
// standard output by Report.WriteJSON, one after the other.
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"sammebaat/scales"
	"sammebaat/stats/report"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "wasmreport:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) < 2 {
		return fmt.Errorf("usage: wasmreport pool.json where...")
	}
	data, err := os.ReadFile(args[0])
	if err != nil {
		return err
	}
	var rs []scales.Response
	if err := json.Unmarshal(data, &rs); err != nil {
		return err
	}
	in := scales.SESNB2018()
	for _, where := range args[1:] {
		var o report.Options
		if where != "" {
			if o.Where, err = report.ParseFilter(in, where); err != nil {
				return err
			}
		}
		rep, err := report.NewReport(rs, o)
		if err != nil {
			return err
		}
		if err := rep.WriteJSON(os.Stdout); err != nil {
			return err
		}
	}
	return nil
}
