package goapp

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// root is the module's root, from this package's folder.
const root = "../.."

// The copy the project carries is exactly go-app's release, as go.mod
// requires it, with this package's changes: nothing more, nothing less, so
// a hand edit or a forgotten upgrade fails here.
func TestCopyIsTheReleaseChanged(t *testing.T) {
	want := t.TempDir()
	if err := Write(root, want); err != nil {
		t.Fatal(err)
	}
	files := func(dir string) map[string][]byte {
		t.Helper()
		m := map[string][]byte{}
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := os.ReadFile(p)
			rel, _ := filepath.Rel(dir, p)
			m[filepath.ToSlash(rel)] = data
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	have, made := files(filepath.Join(root, Dir)), files(want)
	for name, data := range made {
		if got, ok := have[name]; !ok {
			t.Errorf("%s: missing from %s", name, Dir)
		} else if !bytes.Equal(got, data) {
			t.Errorf("%s: differs from the release with the changes; go run ./internal/goapp/write", name)
		}
	}
	for name := range have {
		if _, ok := made[name]; !ok {
			t.Errorf("%s: in %s, not in the release", name, Dir)
		}
	}
	if len(made) < 40 {
		t.Errorf("the copy has only %d files", len(made))
	}
}

// deps lists what the browser's two programs import, built with the go.mod
// modFile ("" for the module's own).
func deps(t *testing.T, modFile string) []string {
	t.Helper()
	args := []string{"list", "-deps"}
	if modFile != "" {
		args = append(args, "-modfile="+modFile)
	}
	cmd := exec.Command("go", append(args, "./wasm", "./wasm/group")...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	return strings.Fields(string(out))
}

// The browser's programs, built as any go build builds them, import no
// net/http; built with go-app as released (the go.mod without its replace),
// they do, so the check can fail.
func TestProgramsLeaveOutTheServer(t *testing.T) {
	mod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	var released []string
	for _, line := range strings.Split(string(mod), "\n") {
		if !strings.HasPrefix(line, "replace "+Module+" ") {
			released = append(released, line)
		}
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "released.mod"), []byte(strings.Join(released, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "released.sum"), sum, 0o644); err != nil {
		t.Fatal(err)
	}
	if d := deps(t, filepath.Join(dir, "released.mod")); !slices.Contains(d, "net/http") {
		t.Fatal("with go-app as released the programs do not import net/http: this test sees nothing")
	}
	d := deps(t, "")
	for _, p := range []string{"net/http", "crypto/tls", "crypto/x509"} {
		if slices.Contains(d, p) {
			t.Errorf("the browser's programs import %s", p)
		}
	}
	if !slices.Contains(d, Module+"/pkg/app") {
		t.Error("the programs do not import go-app at all")
	}
}

// go.mod names the copy by a path inside the checkout, so a checkout moved
// after a build still builds (issue 20: make's go.mod for the wasm builds
// once named it by an absolute path).
func TestCheckoutMoves(t *testing.T) {
	mod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(mod), "replace "+Module+" => ./"+Dir+"\n") {
		t.Fatalf("go.mod does not replace go-app with ./%s:\n%s", Dir, mod)
	}
	base := t.TempDir()
	checkout := filepath.Join(base, "checkout")
	copyTree := func(from, to string) {
		t.Helper()
		err := filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(from, p)
			if d.IsDir() {
				return os.MkdirAll(filepath.Join(to, rel), 0o755)
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			if err := os.MkdirAll(filepath.Dir(filepath.Join(to, rel)), 0o755); err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(to, rel), data, 0o644)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{"go.mod", "go.sum"} {
		copyTree(filepath.Join(root, f), filepath.Join(checkout, f))
	}
	copyTree(filepath.Join(root, Dir), filepath.Join(checkout, Dir))
	main := "package main\n\nimport \"" + Module + "/pkg/app\"\n\nfunc main() { app.RunWhenOnBrowser() }\n"
	if err := os.MkdirAll(filepath.Join(checkout, "p"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(checkout, "p", "main.go"), []byte(main), 0o644); err != nil {
		t.Fatal(err)
	}
	build := func(dir string) {
		t.Helper()
		cmd := exec.Command("go", "build", "-o", filepath.Join(base, "p.wasm"), "./p")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go build in %s: %v\n%s", dir, err, out)
		}
	}
	build(checkout)
	moved := filepath.Join(base, "moved")
	if err := os.Rename(checkout, moved); err != nil {
		t.Fatal(err)
	}
	build(moved)
	cmd := exec.Command("go", "list", "-f", "{{.Dir}}", Module+"/pkg/app")
	cmd.Dir = moved
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	if want := filepath.Join(moved, filepath.FromSlash(Dir), "pkg", "app"); strings.TrimSpace(string(out)) != want {
		t.Errorf("the moved checkout builds go-app from %s, want %s", out, want)
	}
}
