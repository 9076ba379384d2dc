//go:build !wasm

package e2e

import (
	"testing"

	"sammebaat/wasm/internal/browsertest"
)

func TestMain(m *testing.M) { browsertest.Main(m) }

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
