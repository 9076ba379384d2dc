//go:build !wasm

package browsertest

// The engines members' phones run besides Chromium: WebKit (every browser on
// an iPhone; here Debian's WebKitGTK, driven through WebKitWebDriver, W3C
// WebDriver, its MiniBrowser under Xvfb: webkit.go) and Firefox
// (firefox-esr, driven through the WebDriver BiDi it speaks itself:
// firefox.go). The flows that run in each (../../e2e/engines_test.go) are
// written once against EngineTab.
//
// Each engine's traffic goes through a recorder of the app's origin (the
// same proxy as Chromium's, loopback included); the engines are set up to
// ask nothing by themselves, so anything foreign the proxy sees fails the
// test.

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// EngineTab is one browser window of an engine on the app. Every method
// fails the test on an error.
type EngineTab interface {
	// Name is "webkit" or "firefox".
	Name() string
	// Navigate loads url and waits for its load event.
	Navigate(url string)
	// Eval runs script as the body of an async function in the page
	// ("return document.title"; await allowed) and returns its JSON value.
	Eval(script string) json.RawMessage
	// Click clicks the first element matching the CSS selector with the
	// protocol's own pointer input, scrolled into view.
	Click(css string)
	// SetFiles puts files (absolute paths) in the file input matching css,
	// as a person choosing them would (a change event follows).
	SetFiles(css string, paths ...string)
	// Download runs trigger (a click, say) and returns the name and bytes of
	// the file the browser saved.
	Download(trigger func()) (name string, data []byte)
	// Recorder is the proxy the engine's requests go through.
	Recorder() *Recorder
	// Close ends the browser; it also ends with the test.
	Close()
}

// EngineStarters are the engines, by name.
var EngineStarters = map[string]func(t testing.TB, s *Site) EngineTab{}

// EvalAs runs script in the tab and decodes its value into T.
func EvalAs[T any](t testing.TB, e EngineTab, script string) T {
	t.Helper()
	var v T
	raw := e.Eval(script)
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatalf("%s: decoding %.200s as %T: %v", e.Name(), raw, v, err)
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

// awaitDownload runs trigger and waits, looking every interval, for a new
// file in the download folder dir: one that was not there before, once no
// file whose name ends in inProgress (the browser's download under way) is
// left and finished says the file is whole, given its size now and at the
// last look (-1 at the first). It reads the file and removes it, since a
// browser renumbers or fails a download of a name already there, and
// returns its name and bytes. why gives a failure's words, with the names
// the folder holds.
func awaitDownload(t testing.TB, dir, inProgress string, every time.Duration, trigger func(),
	finished func(size, last int64) bool, why func(names []string) string) (string, []byte) {
	t.Helper()
	before := namesIn(dir)
	trigger()
	sizes := map[string]int64{}
	var names []string
	var done string
	Poll(t, Patience, every, func() bool {
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		names = names[:0]
		for _, e := range entries {
			names = append(names, e.Name())
		}
		if slices.ContainsFunc(names, func(n string) bool { return strings.HasSuffix(n, inProgress) }) {
			return false
		}
		for _, e := range entries {
			n := e.Name()
			if before[n] || e.IsDir() {
				continue
			}
			info, err := e.Info()
			if err != nil {
				continue
			}
			last, seen := sizes[n]
			if !seen {
				last = -1
			}
			sizes[n] = info.Size()
			if finished(info.Size(), last) {
				done = n
				return true
			}
		}
		return false
	}, func() string { return why(names) })
	p := filepath.Join(dir, done)
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	os.Remove(p)
	return done, data
}
