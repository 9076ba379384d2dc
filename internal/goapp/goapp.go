// Package goapp prepares the go-app the browser's programs are built with:
// go-app v10 as go.mod requires it, with its server left out of the wasm.
//
// go-app's package app holds both the browser's side and the server's
// (Handler, in http.go, and LocalDir), so every program that imports it
// imports net/http, and with it crypto/tls, x509, the HPKE, ML-KEM, ECDH,
// ECDSA and RSA code whose package initialisers keep them linked in: about
// 340 KB of the brotli download that the browser never runs. The project
// carries a copy of go-app's packages app and errors in go-app/ (Dir), with
// http.go and LocalDir's file server marked native-only (//go:build
// !wasm), and its go.mod replaces go-app with that copy: natively nothing
// changes, in the browser the server is left out. Write makes the copy from
// the release; a test checks that the copy is exactly that. Each change
// replaces exact text, so a new go-app version fails here, loudly, rather
// than building something else.
package goapp

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/format"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Module is go-app's module path.
const Module = "github.com/maxence-charriere/go-app/v10"

// edits are the changes to go-app's files, by file (relative to the
// module's root): each old text must occur exactly once.
var edits = map[string][]struct{ old, new string }{
	"pkg/app/http.go": {{
		old: "package app\n",
		new: "//go:build !wasm\n\n// Samme båt: the server (Handler) is native-only (internal/goapp).\n\npackage app\n",
	}},
	"pkg/app/wasm.go": {{
		old: `func GenerateStaticWebsite(dir string, h *Handler, pages ...string) error {
	panic(errors.New("unsupported instruction").
		WithTag("architecture", runtime.GOARCH))
}
`,
		new: `// Samme båt: GenerateStaticWebsite is native-only (internal/goapp).
var _, _ = errors.New, runtime.GOARCH
`,
	}},
	"pkg/app/resource.go": {{
		old: "import (\n\t\"net/http\"\n\t\"strings\"\n)\n",
		new: "import (\n\t\"strings\"\n)\n",
	}, {
		old: "\t\tHandler:   http.FileServer(http.Dir(directory)),\n",
		new: "\t\tlocalHandler: newLocalHandler(directory),\n",
	}, {
		old: "type localResourceResolver struct {\n\thttp.Handler\n",
		new: "type localResourceResolver struct {\n\tlocalHandler // Samme båt: an http.Handler natively (internal/goapp)\n",
	}},
}

// added are new files of the copy.
var added = map[string]string{
	"pkg/app/resource_native.go": `//go:build !wasm

package app

import "net/http"

// Samme båt (internal/goapp): LocalDir's file server, natively.
type localHandler = http.Handler

func newLocalHandler(directory string) localHandler {
	return http.FileServer(http.Dir(directory))
}
`,
	"pkg/app/resource_browser.go": `//go:build wasm

package app

// Samme båt (internal/goapp): no file server in the browser.
type localHandler struct{}

func newLocalHandler(string) localHandler { return localHandler{} }
`,
	"go.mod": "module " + Module + "\n\ngo 1.23.0\n\nrequire github.com/google/uuid v1.6.0\n",
}

// Dir is where the patched copy lives, relative to the module's root: the
// go.mod's replace names it, so go build, go vet, gopls and the tests all
// see the bytes that ship, wherever the checkout lies.
const Dir = "internal/goapp/go-app"

// Write writes the patched copy of go-app, as the go.mod of the module
// whose root is root requires it, to dst (a folder it replaces). Upgrading
// go-app is: change the version in go.mod, `go run ./internal/goapp/write`,
// review the diff.
func Write(root, dst string) error {
	src, err := moduleDir(root)
	if err != nil {
		return err
	}
	if err := os.RemoveAll(dst); err != nil {
		return err
	}
	for _, pkg := range []string{"pkg/app", "pkg/errors"} {
		if err := copyPackage(filepath.Join(src, pkg), filepath.Join(dst, pkg)); err != nil {
			return err
		}
	}
	for name, changes := range edits {
		file := filepath.Join(dst, filepath.FromSlash(name))
		data, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		for _, c := range changes {
			if n := bytes.Count(data, []byte(c.old)); n != 1 {
				return fmt.Errorf("go-app changed: %s holds %d times %q; review internal/goapp", name, n, firstLine(c.old))
			}
			data = bytes.Replace(data, []byte(c.old), []byte(c.new), 1)
		}
		// gofmt'd, as the project's own files are (make fmt-check).
		if data, err = format.Source(data); err != nil {
			return fmt.Errorf("%s after the changes: %v", name, err)
		}
		if err := os.WriteFile(file, data, 0o644); err != nil {
			return err
		}
	}
	for name, text := range added {
		if err := os.WriteFile(filepath.Join(dst, filepath.FromSlash(name)), []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// moduleDir is where the go command keeps go-app's module at the version
// root's go.mod requires (downloading it if it must): the release, not
// the copy the go.mod replaces it with.
func moduleDir(root string) (string, error) {
	list := exec.Command("go", "list", "-m", "-f", "{{.Version}}", Module)
	list.Dir = root
	v, err := list.Output()
	if err != nil {
		return "", fmt.Errorf("go list -m %s: %v", Module, err)
	}
	version := strings.TrimSpace(string(v))
	cmd := exec.Command("go", "mod", "download", "-json", Module+"@"+version)
	cmd.Dir = root
	out, err := cmd.Output()
	var m struct{ Dir, Error string }
	if jerr := json.Unmarshal(out, &m); jerr != nil || m.Dir == "" {
		return "", fmt.Errorf("go mod download %s@%s: %v %s", Module, version, err, m.Error)
	}
	return m.Dir, nil
}

// copyPackage copies a package's Go files, not its tests, and its
// subfolders' (go-app's pkg/app has none the build needs but gen, which
// holds no Go files the package imports).
func copyPackage(src, dst string) error {
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	entries, err := os.ReadDir(src)
	if err != nil {
		return err
	}
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(src, n))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dst, n), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
