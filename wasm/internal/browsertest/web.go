//go:build !wasm

package browsertest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"sammebaat/wasm/internal/site"
)

// BuildWasm builds the wasm of the package pkg as dir/name, as make
// wasm and make decoder do, with its brotli and gzip copies. Brotli's best
// takes a minute or more for a program: it starts from a copy of the same
// wasm's, from an earlier run (kept by the wasm's digest) or from make's
// web folder, which CompressCopies keeps only if it decodes to these bytes.
func BuildWasm(dir, name, pkg string) error {
	wasm := filepath.Join(dir, name)
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", wasm, pkg)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build (%s): %v\n%s", name, err, out)
	}
	data, err := os.ReadFile(wasm)
	if err != nil {
		return err
	}
	sum := sha256.Sum256(data)
	cached := ""
	if c, err := os.UserCacheDir(); err == nil {
		cacheDir := filepath.Join(c, "sammebaat-test")
		if err := os.MkdirAll(cacheDir, 0o755); err == nil {
			cached = filepath.Join(cacheDir, hex.EncodeToString(sum[:16])+".wasm.br")
			defer pruneCache(cacheDir, 8)
		}
	}
	for _, seed := range []string{cached, filepath.Join(Root(), "web", name+".br")} {
		if b, err := os.ReadFile(seed); seed != "" && err == nil {
			if err := os.WriteFile(wasm+".br", b, 0o644); err != nil {
				return err
			}
			break
		}
	}
	if err := site.CompressCopies(wasm); err != nil {
		return err
	}
	if cached != "" {
		if b, err := os.ReadFile(wasm + ".br"); err == nil {
			os.WriteFile(cached, b, 0o644)
		}
	}
	now := time.Now()
	for _, n := range []string{wasm, wasm + ".br", wasm + ".gz"} {
		if err := os.Chtimes(n, now, now); err != nil {
			return err
		}
	}
	return nil
}
