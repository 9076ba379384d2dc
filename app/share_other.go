//go:build !js

package app

import "errors"

// Outside the browser (pre-rendering, native tests) nothing can be shared.

var errShareCancelled = errors.New("the share was cancelled")

func canShareFiles() bool { return false }

func shareFile(name, mime string, data []byte) func() error {
	return func() error { return errors.New("sharing needs a browser") }
}
