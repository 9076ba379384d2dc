package app

import (
	"errors"
	"syscall/js"

	"sammebaat/app/internal/browserjs"
)

var errShareCancelled = errors.New("the share was cancelled")

// canShareFiles says whether the browser can share a text file (Web Share
// with files: Chrome on Android, Safari, Chrome on Windows and ChromeOS).
func canShareFiles() bool {
	nav := js.Global().Get("navigator")
	if nav.Get("canShare").Type() != js.TypeFunction || nav.Get("share").Type() != js.TypeFunction {
		return false
	}
	f := js.Global().Get("File").New([]any{""}, "x.txt", map[string]any{"type": shareMIME})
	return nav.Call("canShare", map[string]any{"files": []any{f}}).Bool()
}

// shareFile starts sharing data as a file named name and returns a function
// that waits for the outcome (errShareCancelled when the person closed the
// share sheet). It must be called while the click's activation lasts.
func shareFile(name, mime string, data []byte) (wait func() error) {
	defer func() {
		if r := recover(); r != nil {
			wait = func() error { return errors.New("the browser refused to share the file") }
		}
	}()
	bytes := js.Global().Get("Uint8Array").New(len(data))
	js.CopyBytesToJS(bytes, data)
	f := js.Global().Get("File").New([]any{bytes}, name, map[string]any{"type": mime})
	p := js.Global().Get("navigator").Call("share", map[string]any{"files": []any{f}})
	return func() error {
		_, reason := browserjs.Await(p)
		if reason.IsUndefined() {
			return nil
		}
		if n, _ := browserjs.ErrorName(reason); n == "AbortError" {
			return errShareCancelled
		}
		return browserjs.Error(reason)
	}
}
