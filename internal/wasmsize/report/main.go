// Command report prints what each Go package costs in wasm modules built
// with their symbols (no -ldflags=-s -w): its function bodies' bytes, and
// those bytes compressed alone with brotli (an upper bound of what the
// package adds to the brotli download, as a package compresses better in
// the company of the others). With several modules, one column each.
//
//	go run ./internal/wasmsize/report bin/app-sym.wasm bin/group-sym.wasm
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"github.com/andybalholm/brotli"

	"sammebaat/internal/wasmsize"
)

var groups = []wasmsize.Group{
	{Name: "sammebaat/app/respondent (the respondent's pages)", Prefixes: []string{"sammebaat/app/respondent"}},
	{Name: "sammebaat/app/group (the group page)", Prefixes: []string{"sammebaat/app/group"}},
	{Name: "sammebaat/app/scan (the camera scanner)", Prefixes: []string{"sammebaat/app/scan"}},
	{Name: "sammebaat/app, app/codeview, app/internal (what both share)", Prefixes: []string{"sammebaat/app"}},
	{Name: "sammebaat/stats/report", Prefixes: []string{"sammebaat/stats/report"}},
	{Name: "sammebaat/stats/sav", Prefixes: []string{"sammebaat/stats/sav"}},
	{Name: "sammebaat/stats", Prefixes: []string{"sammebaat/stats"}},
	{Name: "sammebaat/scales/roomcode", Prefixes: []string{"sammebaat/scales/roomcode"}},
	{Name: "sammebaat/scales", Prefixes: []string{"sammebaat/scales"}},
	{Name: "sammebaat/internal/qr", Prefixes: []string{"sammebaat/internal/qr"}},
	{Name: "sammebaat/internal/text, internal/moments", Prefixes: []string{"sammebaat/internal"}},
	{Name: "gonum", Prefixes: []string{"gonum.org"}},
	{Name: "go-app", Prefixes: []string{"github.com/maxence-charriere"}},
	{Name: "runtime, internal/*, sync, syscall/js", Prefixes: []string{"runtime", "internal", "sync", "syscall", "(compiler-generated)", "(runtime assembly)", "(unnamed)"}},
	{Name: "reflect", Prefixes: []string{"reflect"}},
	{Name: "fmt, strconv, unicode, strings, bytes", Prefixes: []string{"fmt", "strconv", "unicode", "strings", "bytes"}},
	{Name: "encoding/*", Prefixes: []string{"encoding"}},
	{Name: "time", Prefixes: []string{"time"}},
	{Name: "math, math/*, sort, slices, maps", Prefixes: []string{"math", "sort", "slices", "maps", "cmp"}},
	{Name: "net/url, net/*", Prefixes: []string{"net"}},
	{Name: "regexp", Prefixes: []string{"regexp"}},
	{Name: "crypto/*, hash/*", Prefixes: []string{"crypto", "hash"}},
	{Name: "io, os, errors, context, path, log, bufio", Prefixes: []string{"io", "os", "errors", "context", "path", "log", "bufio"}},
}

func main() {
	perPkg := flag.Bool("packages", false, "list every package, not the groups")
	mains := flag.String("main", "./wasm ./wasm/group", "the programs' packages, for go list -deps")
	top := flag.Int("top", 0, "list the largest functions instead (of packages starting -prefix)")
	topPrefix := flag.String("prefix", "", "with -top, only functions of packages starting with this path")
	flag.Parse()
	cmd := exec.Command("go", append([]string{"list", "-deps"}, strings.Fields(*mains)...)...)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		fmt.Fprintln(os.Stderr, "go list:", err)
		os.Exit(1)
	}
	known := strings.Fields(string(out))
	var mods []*wasmsize.Sizes
	for _, name := range flag.Args() {
		data, err := os.ReadFile(name)
		if err == nil {
			var s *wasmsize.Sizes
			s, err = wasmsize.Read(data, known)
			mods = append(mods, s)
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", name, err)
			os.Exit(1)
		}
	}
	if len(mods) == 0 {
		fmt.Fprintln(os.Stderr, "name the wasm modules (built without -ldflags='-s -w')")
		os.Exit(2)
	}
	if *top > 0 {
		for i, m := range mods {
			type fn struct {
				name string
				n    int
			}
			var fs []fn
			for k, v := range m.Funcs {
				if *topPrefix == "" || strings.HasPrefix(k, wasmsize.Mangle(*topPrefix)) {
					fs = append(fs, fn{k, v})
				}
			}
			sort.Slice(fs, func(a, b int) bool { return fs[a].n > fs[b].n })
			fmt.Println(flag.Arg(i))
			for _, f := range fs[:min(*top, len(fs))] {
				fmt.Printf("%8d %s\n", f.n, f.name)
			}
		}
		return
	}
	gs := groups
	if *perPkg {
		gs = nil
	}
	// Rows: the union over the modules, largest in the first module first.
	rows := map[string][]wasmsize.Row{}
	var order []string
	for i, m := range mods {
		for _, r := range m.Table(gs) {
			if rows[r.Name] == nil {
				rows[r.Name] = make([]wasmsize.Row, len(mods))
				order = append(order, r.Name)
			}
			rows[r.Name][i] = r
		}
	}
	sort.SliceStable(order, func(a, b int) bool {
		x, y := rows[order[a]], rows[order[b]]
		return sum(x) > sum(y)
	})
	fmt.Print("| code of |")
	for _, n := range flag.Args() {
		fmt.Printf(" %s raw | %s brotli alone |", filepath.Base(n), filepath.Base(n))
	}
	fmt.Print("\n|---|")
	fmt.Print(strings.Repeat("--:|--:|", len(mods)))
	fmt.Println()
	for _, name := range order {
		fmt.Printf("| %s |", name)
		for i, r := range rows[name] {
			if r.Code == 0 {
				fmt.Print(" — | — |")
				continue
			}
			var body []byte
			for _, p := range r.Packages {
				body = append(body, mods[i].Bodies[p]...)
			}
			fmt.Printf(" %s | %s |", kb(r.Code), kb(brotliSize(body)))
		}
		fmt.Println()
	}
	for _, line := range []struct {
		name string
		f    func(*wasmsize.Sizes) int
	}{{"code section", func(s *wasmsize.Sizes) int { return s.Code }},
		{"data section (constants, type data, strings)", func(s *wasmsize.Sizes) int { return s.Data }},
		{"whole file (with symbols)", func(s *wasmsize.Sizes) int { return s.Total }}} {
		fmt.Printf("| %s |", line.name)
		for _, m := range mods {
			fmt.Printf(" %s | |", kb(line.f(m)))
		}
		fmt.Println()
	}
}

func sum(rs []wasmsize.Row) int {
	n := 0
	for _, r := range rs {
		n += r.Code
	}
	return n
}

func kb(n int) string { return fmt.Sprintf("%.1f KB", float64(n)/1000) }

func brotliSize(b []byte) int {
	var buf bytes.Buffer
	w := brotli.NewWriterOptions(&buf, brotli.WriterOptions{Quality: 9, LGWin: 22})
	w.Write(b)
	w.Close()
	return buf.Len()
}
