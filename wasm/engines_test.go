//go:build !wasm

package main

// The engines members' phones run besides Chromium: WebKit (every browser on
// an iPhone; here Debian's WebKitGTK, driven through WebKitWebDriver, W3C
// WebDriver, its MiniBrowser under Xvfb: webkit_test.go) and Firefox
// (firefox-esr, driven through the WebDriver BiDi it speaks itself:
// firefox_test.go). The flows that run in each (engine_flows_test.go) are
// written once against engineTab.
//
// Each engine's traffic goes through a recorder of the app's origin (the
// same proxy as Chromium's, loopback included); the engines are set up to
// ask nothing by themselves, so anything foreign the proxy sees fails the
// test.

import (
	"encoding/json"
	"os"
	"testing"
)

// engineTab is one browser window of an engine on the app. Every method
// fails the test on an error.
type engineTab interface {
	// name is "webkit" or "firefox".
	name() string
	// navigate loads url and waits for its load event.
	navigate(url string)
	// eval runs script as the body of an async function in the page
	// ("return document.title"; await allowed) and returns its JSON value.
	eval(script string) json.RawMessage
	// click clicks the first element matching the CSS selector with the
	// protocol's own pointer input, scrolled into view.
	click(css string)
	// setFiles puts files (absolute paths) in the file input matching css,
	// as a person choosing them would (a change event follows).
	setFiles(css string, paths ...string)
	// download runs trigger (a click, say) and returns the name and bytes of
	// the file the browser saved.
	download(trigger func()) (name string, data []byte)
	// recorder is the proxy the engine's requests go through.
	recorder() *recorder
	// close ends the browser; it also ends with the test.
	close()
}

// engineStarters are the engines, by name.
var engineStarters = map[string]func(t testing.TB, s *site) engineTab{}

// evalAs runs script in the tab and decodes its value into T.
func evalAs[T any](t testing.TB, e engineTab, script string) T {
	t.Helper()
	var v T
	raw := e.eval(script)
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatalf("%s: decoding %.200s as %T: %v", e.name(), raw, v, err)
	}
	return v
}

// namesIn is the set of names in dir (none if it cannot be read): what a
// download folder held before a download.
func namesIn(dir string) map[string]bool {
	names := map[string]bool{}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		names[e.Name()] = true
	}
	return names
}
