package goapp

import (
	"os"
	"os/exec"
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
		cmd := exec.Command("go", append(append([]string{"list", "-deps"}, args...), "../../wasm", "../../groupapp")...)
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
