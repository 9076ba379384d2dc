//go:build wasm
// +build wasm

package app

import (
	"runtime"

	"github.com/maxence-charriere/go-app/v10/pkg/errors"
)

// Samme båt: GenerateStaticWebsite is native-only (internal/goapp).
var _, _ = errors.New, runtime.GOARCH

func wasmExecJS() string {
	return ""
}
