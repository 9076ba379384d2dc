package goapp

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The browser's programs, built with the prepared go-app, import no
// net/http; built with go-app as released, they do (so the check can fail).
func TestPreparedGoAppLeavesOutTheServer(t *testing.T) {
	mod, err := Prepare("../..", t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	deps := func(args ...string) []string {
		cmd := exec.Command("go", append(append([]string{"list", "-deps"}, args...), "../../wasm", "../../wasm/group")...)
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("go list: %v\n%s", err, out)
		}
		return strings.Fields(string(out))
	}
	if d := deps(); !slices.Contains(d, "net/http") {
		t.Fatal("with go-app as released the programs do not import net/http: this test sees nothing")
	}
	d := deps("-modfile=" + mod)
	for _, p := range []string{"net/http", "crypto/tls", "crypto/x509"} {
		if slices.Contains(d, p) {
			t.Errorf("with the prepared go-app the browser's programs still import %s", p)
		}
	}
	if !slices.Contains(d, Module+"/pkg/app") {
		t.Error("the programs do not import go-app at all")
	}
}

// make's go.mod for the wasm builds names the prepared copy by a path
// relative to the checkout, so a checkout moved after a build still builds
// (issue 20); it held an absolute path before.
func TestPreparedModMovesWithTheCheckout(t *testing.T) {
	base := t.TempDir()
	checkout := filepath.Join(base, "checkout")
	if err := os.MkdirAll(filepath.Join(checkout, "p"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"go.mod", "go.sum"} {
		data, err := os.ReadFile(filepath.Join("../..", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(checkout, f), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	main := "package main\n\nimport \"" + Module + "/pkg/app\"\n\nfunc main() { app.RunWhenOnBrowser() }\n"
	if err := os.WriteFile(filepath.Join(checkout, "p", "main.go"), []byte(main), 0o644); err != nil {
		t.Fatal(err)
	}
	mod, err := Prepare(checkout, filepath.Join(checkout, "bin"))
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(mod)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(text), "=> ./bin/go-app\n") || strings.Contains(string(text), base) {
		t.Fatalf("the go.mod for the wasm builds names the copy by an absolute path:\n%s", text)
	}
	moved := filepath.Join(base, "moved")
	if err := os.Rename(checkout, moved); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "list", "-modfile=bin/wasm.mod", "-f", "{{.Dir}}", Module+"/pkg/app")
	cmd.Dir = moved
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("the moved checkout does not build: %v\n%s", err, out)
	}
	if want := filepath.Join(moved, "bin", "go-app", "pkg", "app"); strings.TrimSpace(string(out)) != want {
		t.Errorf("the moved checkout builds go-app from %s, want %s", out, want)
	}
	build := exec.Command("go", "build", "-modfile=bin/wasm.mod", "-o", filepath.Join(base, "p.wasm"), "./p")
	build.Dir = moved
	build.Env = cmd.Env
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build in the moved checkout: %v\n%s", err, out)
	}
}
