//go:build !wasm

package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// buildTestDecoder builds the QR decoder's wasm (./decoder, `make decoder`)
// into the test's web folder dir with its brotli and gzip copies, as
// testWeb does for app.wasm (brotli outputs cached by the wasm's digest).
func buildTestDecoder(dir string) error {
	return buildTestWasm(dir, "decoder.wasm", "./decoder")
}

// buildTestGroup builds the group page's wasm (./group, `make wasm`).
func buildTestGroup(dir string) error {
	return buildTestWasm(dir, groupWasmFile, "./group")
}

// testModFile is the go.mod the test's wasm programs are built with (see
// internal/goapp), once buildTestWeb has prepared it.
var testModFile string

// buildTestWasm builds the wasm of the package pkg as dir/name, with its
// brotli and gzip copies.
func buildTestWasm(dir, name, pkg string) error {
	wasm := filepath.Join(dir, name)
	args := []string{"build", "-trimpath", "-ldflags=-s -w", "-o", wasm, pkg}
	if testModFile != "" {
		args = append(args[:1:1], append([]string{"-modfile=" + testModFile}, args[1:]...)...)
	}
	cmd := exec.Command("go", args...)
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
		os.MkdirAll(filepath.Join(c, "sammebaat-test"), 0o755)
		cached = filepath.Join(c, "sammebaat-test", hex.EncodeToString(sum[:16])+".wasm.br")
	}
	// A brotli copy of the same decoder from an earlier run is kept by
	// compressCopies only if it decodes to these bytes.
	if b, err := os.ReadFile(cached); cached != "" && err == nil {
		if err := os.WriteFile(wasm+".br", b, 0o644); err != nil {
			return err
		}
	}
	if err := compressCopies(wasm); err != nil {
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
