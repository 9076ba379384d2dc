// Package wasmsize says what a Go wasm program's bytes are made of: the
// code of each Go package, from the function bodies of the code section and
// the function names of the "name" section (build without -s -w to keep
// them), and the data section as a whole. `go run ./internal/wasmsize/report
// FILE` prints the table docs/performance.md's size figures come from.
package wasmsize

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Sizes of one wasm module.
type Sizes struct {
	Total    int            // the whole file
	Code     int            // the code section
	Data     int            // the data section (the packages' constant data, not attributed)
	Packages map[string]int // function body bytes by Go package
	Bodies   map[string][]byte
	Funcs    map[string]int // function body bytes by function name (as the linker writes it)
}

// Read parses a wasm module; known are the import paths of the packages
// that may be in it (`go list -deps`), to tell which package a function's
// name belongs to.
func Read(wasm []byte, known []string) (*Sizes, error) {
	if len(wasm) < 8 || !bytes.Equal(wasm[:4], []byte("\x00asm")) {
		return nil, errors.New("not a wasm module")
	}
	s := &Sizes{Total: len(wasm), Packages: map[string]int{}, Bodies: map[string][]byte{}}
	var imports int
	var bodies [][]byte
	names := map[int]string{}
	r := wasm[8:]
	for len(r) > 0 {
		id := r[0]
		n, k := binary.Uvarint(r[1:])
		if k <= 0 || uint64(len(r)-1-k) < n {
			return nil, errors.New("truncated section")
		}
		sec := r[1+k : 1+k+int(n)]
		r = r[1+k+int(n):]
		switch id {
		case 2: // imports: they come first in the function index space
			cnt, p, err := uvarint(sec)
			if err != nil {
				return nil, err
			}
			for range cnt {
				for range 2 { // module and field names
					l, q, err := uvarint(p)
					if err != nil || uint64(len(q)) < l {
						return nil, errors.New("bad import")
					}
					p = q[l:]
				}
				kind := p[0]
				p = p[1:]
				switch kind {
				case 0: // function: type index
					imports++
					_, p, err = uvarint(p)
				case 1: // table: elem type, limits
					p, err = limits(p[1:])
				case 2: // memory: limits
					p, err = limits(p)
				case 3: // global: type, mutability
					p = p[2:]
				}
				if err != nil {
					return nil, err
				}
			}
		case 10:
			s.Code = len(sec)
			cnt, p, err := uvarint(sec)
			if err != nil {
				return nil, err
			}
			for range cnt {
				l, q, err := uvarint(p)
				if err != nil || uint64(len(q)) < l {
					return nil, errors.New("bad code entry")
				}
				bodies = append(bodies, q[:l])
				p = q[l:]
			}
		case 11:
			s.Data = len(sec)
		case 0:
			l, p, err := uvarint(sec)
			if err != nil || uint64(len(p)) < l {
				return nil, errors.New("bad custom section")
			}
			if string(p[:l]) == "name" {
				readNames(p[l:], names)
			}
		}
	}
	if len(names) == 0 {
		return nil, errors.New("no function names: build without -ldflags=-s")
	}
	s.Funcs = map[string]int{}
	for i, b := range bodies {
		s.Funcs[names[imports+i]] += len(b)
		pkg := Package(names[imports+i], known)
		s.Packages[pkg] += len(b)
		s.Bodies[pkg] = append(s.Bodies[pkg], b...)
	}
	return s, nil
}

func readNames(p []byte, names map[int]string) {
	for len(p) > 0 {
		id := p[0]
		l, q, err := uvarint(p[1:])
		if err != nil || uint64(len(q)) < l {
			return
		}
		sub := q[:l]
		p = q[l:]
		if id != 1 {
			continue
		}
		cnt, r, err := uvarint(sub)
		if err != nil {
			return
		}
		for range cnt {
			idx, r2, err := uvarint(r)
			if err != nil {
				return
			}
			nl, r3, err := uvarint(r2)
			if err != nil || uint64(len(r3)) < nl {
				return
			}
			names[int(idx)] = string(r3[:nl])
			r = r3[nl:]
		}
	}
}

// Package is the Go package of a function's name in the module: the
// longest of known whose name as the linker writes it ("/" and "-" as "_")
// the function's name starts with, followed by a dot.
// "sammebaat_app.__GroupPage_.Render" is "sammebaat/app".
func Package(sym string, known []string) string {
	if sym == "" {
		return "(unnamed)"
	}
	best := ""
	for _, k := range known {
		m := Mangle(k)
		if len(m) > len(best) && strings.HasPrefix(sym, m+".") {
			best, _ = m, k
		}
	}
	if best == "" {
		if strings.HasPrefix(sym, "type:") || strings.HasPrefix(sym, "go:") {
			return "(compiler-generated)"
		}
		return "(runtime assembly)"
	}
	for _, k := range known {
		if Mangle(k) == best {
			return k
		}
	}
	return best
}

// Mangle is a package path as the wasm linker writes it in function names.
func Mangle(path string) string {
	return strings.NewReplacer("/", "_", "-", "_").Replace(path)
}

// Group is a set of packages counted together in the table, by prefix.
type Group struct {
	Name     string
	Prefixes []string // a package belongs to the first group one of whose prefixes it has
}

// Table sums s's packages into groups and lists them, largest first.
func (s *Sizes) Table(groups []Group) []Row {
	by := map[string]*Row{}
	for pkg, n := range s.Packages {
		name := "other: " + pkg
	find:
		for _, g := range groups {
			for _, p := range g.Prefixes {
				if pkg == p || strings.HasPrefix(pkg, p+"/") || (strings.HasSuffix(p, "/") && strings.HasPrefix(pkg, p)) {
					name = g.Name
					break find
				}
			}
		}
		r := by[name]
		if r == nil {
			r = &Row{Name: name}
			by[name] = r
		}
		r.Code += n
		r.Packages = append(r.Packages, pkg)
	}
	rows := make([]Row, 0, len(by))
	for _, r := range by {
		sort.Strings(r.Packages)
		rows = append(rows, *r)
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].Code > rows[j].Code })
	return rows
}

// Row is a line of the table.
type Row struct {
	Name     string
	Code     int
	Packages []string
}

func uvarint(p []byte) (uint64, []byte, error) {
	v, k := binary.Uvarint(p)
	if k <= 0 {
		return 0, nil, fmt.Errorf("bad varint")
	}
	return v, p[k:], nil
}

func limits(p []byte) ([]byte, error) {
	flags := p[0]
	_, p, err := uvarint(p[1:])
	if err != nil {
		return nil, err
	}
	if flags&1 != 0 {
		_, p, err = uvarint(p)
	}
	return p, err
}
