//go:build !wasm

package browsertest

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestWebKitEngineSmoke checks the WebKit tab itself: the app loads and
// runs through the proxy, its service worker takes the page over, eval
// returns values and errors, and a click, a choice of files and a download
// do what they do in the flows.
func TestWebKitEngineSmoke(t *testing.T) {
	s := StartApp(t)
	e := EngineStarters["webkit"](t, s)
	w := e.(*webkitTab)
	e.Navigate(s.URL + "/?lang=en")
	w.waitTrue(`return document.querySelector('main[data-ready="start"]') !== null`, "start page")
	seen := e.Recorder().Seen()
	for _, want := range []string{s.URL + "/?lang=en", s.URL + "/web/app.wasm"} {
		if !slices.ContainsFunc(seen, func(u string) bool { return strings.HasPrefix(u, want) }) {
			t.Errorf("the proxy did not see %s; it saw:\n  %s", want, strings.Join(seen, "\n  "))
		}
	}
	if n := EvalAs[float64](t, e, "await new Promise((r) => setTimeout(r, 1)); return 6 * 7"); n != 42 {
		t.Errorf("eval = %v, want 42", n)
	}
	if _, err := w.tryEval(`throw new Error("boom")`); err == nil || !strings.Contains(err.Error(), "boom") {
		t.Errorf("a thrown error came back as %v", err)
	}

	e.Eval("await navigator.serviceWorker.ready")
	e.Navigate(s.URL + "/?lang=en")
	w.waitTrue(`return document.querySelector('main[data-ready="start"]') !== null`, "start page again")
	if !EvalAs[bool](t, e, "return navigator.serviceWorker.controller !== null") {
		t.Error("no service worker controls the page after a reload")
	}

	dir := t.TempDir()
	var paths []string
	for _, n := range []string{"a.txt", "b.txt"} {
		paths = append(paths, filepath.Join(dir, n))
		if err := os.WriteFile(paths[len(paths)-1], []byte(n), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	e.Eval(`const i = Object.assign(document.createElement("input"), {type: "file", multiple: true, id: "wk-files"});
i.addEventListener("change", () => { window.wkChanged = [...i.files].map((f) => f.name).join(); });
document.body.prepend(i);
const a = Object.assign(document.createElement("a"), {id: "wk-dl", textContent: "download", download: "hello.txt",
  href: URL.createObjectURL(new Blob(["hello"], {type: "text/plain"}))});
document.body.prepend(a);`)
	e.SetFiles("#wk-files", paths...)
	if got := EvalAs[string](t, e, "return window.wkChanged ?? ''"); got != "a.txt,b.txt" {
		t.Errorf("the change event saw files %q", got)
	}
	if name, data := e.Download(func() { e.Click("#wk-dl") }); name != "hello.txt" || string(data) != "hello" {
		t.Errorf("downloaded %q: %q", name, data)
	}

	e.Click(`a.button.primary[href="/questionnaire"]`)
	w.waitTrue(`return document.querySelector('main[data-ready="questionnaire"]') !== null`, "questionnaire after the click")
}
