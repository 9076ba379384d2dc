//go:build !wasm

package site

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	sbapp "sammebaat/app"
)

// GroupWasmFile is the group page's program (wasm/group): the report, the
// statistics, the exports and the scanner, which the respondent's pages
// (app.wasm) do without, so that a respondent's phone downloads a smaller
// program before the first question.
const GroupWasmFile = "group.wasm"

// groupPagePath is the page that runs GroupWasmFile.
const groupPagePath = sbapp.PathGroup

// splitAppJS makes go-app's app.js start the program of the page it is in:
// group.wasm on the group page, app.wasm on every other. go-app writes one
// wasm's address (and length, for the progress label) into the script; this
// replaces them, by exact text so that a new go-app version fails loudly
// here, with the choice of sammebaatWasmFor, which the pages' otherWasm
// (app/other_program.go) asks too. It also moves the service worker's
// registration (see registerNow). base is the site's sub-path ("" at the
// root); web is the folder with the two programs.
func splitAppJS(js []byte, base, web string) ([]byte, error) {
	sizes := map[string]int64{}
	for _, f := range []string{WasmFile, GroupWasmFile} {
		info, err := os.Stat(filepath.Join(web, f))
		if err != nil {
			return nil, fmt.Errorf("%w (build it first: make wasm)", err)
		}
		sizes[f] = info.Size()
	}
	fetch := `fetchWithProgress("` + base + `/web/` + WasmFile + `", showProgress)`
	length := `const goappWasmContentLength = "` + strconv.FormatInt(sizes[WasmFile], 10) + `";`
	for _, old := range []string{fetch, length, registerNow, started, updateFound, updateControlled} {
		if n := bytes.Count(js, []byte(old)); n != 1 {
			return nil, fmt.Errorf("go-app's app.js changed: %d times %s", n, old)
		}
	}
	js = bytes.Replace(js, []byte(fetch), []byte(fetchChosen), 1)
	js = bytes.Replace(js, []byte(length), []byte(lengthChosen), 1)
	js = bytes.Replace(js, []byte(registerNow), []byte(registerLater), 1)
	js = bytes.Replace(js, []byte(started), []byte(startedThenRegister), 1)
	js = bytes.Replace(js, []byte(updateFound), []byte(updateFoundOfOld), 1)
	js = bytes.Replace(js, []byte(updateControlled), []byte(updateControlledOfOld), 1)
	// The loader's words in the language chosen (sammebaatLoadingLabel).
	i := bytes.Index(js, []byte(loadingLabel))
	if i < 0 || bytes.Count(js, []byte(loadingLabel)) != 1 {
		return nil, fmt.Errorf("go-app's app.js changed: no single %s", loadingLabel)
	}
	end := bytes.Index(js[i:], []byte("\";\n"))
	if end < 0 {
		return nil, fmt.Errorf("go-app's app.js changed: %s ends nowhere", loadingLabel)
	}
	label := js[i+len(loadingLabel) : i+end]
	js = slices.Concat(js[:i], []byte(loadingLabelChosen), label, []byte("\");\n"), js[i+end+3:])
	chooser := strings.NewReplacer(
		"{{base}}", base,
		"{{group}}", groupPagePath,
		"{{langKey}}", sbapp.KeyLang,
		"{{groupURL}}", base+"/web/"+GroupWasmFile,
		"{{groupLength}}", strconv.FormatInt(sizes[GroupWasmFile], 10),
		"{{appURL}}", base+"/web/"+WasmFile,
		"{{appLength}}", strconv.FormatInt(sizes[WasmFile], 10),
	).Replace(wasmChooser)
	return append([]byte(chooser), js...), nil
}

// What splitAppJS puts in place of go-app's fetch of its one program and of
// that program's length.
const (
	fetchChosen  = `fetchWithProgress(sammebaatWasm.url, showProgress)`
	lengthChosen = `const goappWasmContentLength = sammebaatWasm.length;`
)

// appJSChanges is all the text splitAppJS puts into go-app's app.js. The
// service worker keeps app.js and answers with it, so the site's version
// (siteVersion) follows this text: a change to it alone must still reach a
// device that has the app.
var appJSChanges = wasmChooser + fetchChosen + lengthChosen + registerLater + startedThenRegister +
	updateFoundOfOld + updateControlledOfOld + loadingLabelChosen

// go-app's loader says its words (Handler.LoadingLabel, in bokmål) whatever
// the language chosen; splitAppJS hands them to sammebaatLoadingLabel.
const (
	loadingLabel       = `const goappLoadingLabel = "`
	loadingLabelChosen = `const goappLoadingLabel = sammebaatLoadingLabel("`
)

// go-app says a new version is ready when a worker it sees installed becomes
// active while a worker controls the page. On a first visit that is the
// app's first worker, which takes control of the page as it activates (in
// WebKit before the event: a first visit whose Start was tapped before the
// program had loaded said "A new version of Samme båt is ready"). An update
// is a worker installed beside an active one: only then is it said.
const (
	updateFound           = "    const newSW = registration.installing;\n"
	updateFoundOfOld      = "    const newSW = registration.installing, sammebaatUpdate = !!registration.active;\n"
	updateControlled      = "      if (!navigator.serviceWorker.controller) {\n"
	updateControlledOfOld = "      if (!sammebaatUpdate || !navigator.serviceWorker.controller) {\n"
)

// On a first visit the service worker's installation downloads every file
// the app keeps offline (both programs among them, past the HTTP cache) while
// the page downloads and compiles its own program: the first question waited
// for both. go-app registers the worker the moment its script runs; on a
// first visit (no worker controls the page) it is registered here once the
// program has started (or failed to), when the browser is next idle — or at
// once when the page is hidden or frozen, since it may never run again. A
// returning visit registers at once, as go-app does, so that a new version
// found on the way is followed from its start.
const (
	registerNow         = "goappInitServiceWorker();\ngoappWatchForUpdate();"
	registerLater       = "sammebaatRegisterWorker(false, false);\ngoappWatchForUpdate();"
	started             = "    go.run(wasm.instance);\n    loader.remove();\n  } catch (err) {\n"
	startedThenRegister = "    go.run(wasm.instance);\n    loader.remove();\n    sammebaatRegisterWorker(true, false);\n  } catch (err) {\n    sammebaatRegisterWorker(true, false);\n"
)

// wasmChooser picks a page's program from its address, the path after the
// site's base (go-app routes exact paths: /group/ is no page).
const wasmChooser = `// Samme båt: the group page runs group.wasm, every other page app.wasm.
function sammebaatWasmFor(pathname) {
  let p = pathname;
  if ("{{base}}" !== "" && p.startsWith("{{base}}")) {
    p = p.slice("{{base}}".length);
  }
  if (p === "{{group}}") {
    return { name: "group", url: "{{groupURL}}", length: "{{groupLength}}" };
  }
  return { name: "app", url: "{{appURL}}", length: "{{appLength}}" };
}
var sammebaatWasm = sammebaatWasmFor(location.pathname);

// sammebaatLoadingLabel is the loader's words in the language chosen: by the
// address, else the one remembered (go-app keeps it as JSON), else bokmål.
function sammebaatLoadingLabel(label) {
  let lang = new URLSearchParams(location.search).get("lang");
  if (!lang) {
    try {
      lang = JSON.parse(localStorage.getItem("{{langKey}}") || "null");
    } catch (err) {
      lang = null; // site data blocked, or not JSON
    }
  }
  return lang === "en" ? "Loading … {progress} %" : lang === "nn" ? "Lastar … {progress} %" : label;
}

// Before the program runs, the page's links keep the language its address
// chose (?lang=), which only the program remembers: a link tapped early
// opened the next page in bokmål. A static host serves one file whatever
// the ?lang=, so the links are mended here, not where the page is made.
(function () {
  const lang = new URLSearchParams(location.search).get("lang");
  if (!["nb", "nn", "en"].includes(lang)) {
    return; // none, or one the program would refuse: the links stay as made
  }
  for (const a of document.querySelectorAll("a[href]")) {
    const u = new URL(a.getAttribute("href"), location.href);
    if (u.origin !== location.origin || u.searchParams.has("lang")) {
      continue;
    }
    u.searchParams.set("lang", lang);
    a.setAttribute("href", u.pathname + u.search + u.hash);
  }
})();

// Before the program runs, a control the page marks data-early-action (the
// questionnaire's Next) is remembered rather than lost: the page says in its
// live region that it is still loading, and the program acts on it when it
// starts (app/respondent/questionnaire_early.go). The program's own page has no such
// mark.
document.addEventListener("click", (e) => {
  const c = e.target instanceof Element ? e.target.closest("[data-early-action]") : null;
  if (!c) {
    return;
  }
  e.preventDefault();
  window.sammebaatEarly = c.getAttribute("data-early-action");
  const s = document.getElementById("early-status");
  if (s) {
    s.textContent = s.getAttribute("data-text");
  }
}, true);

// sammebaatRegisterWorker registers go-app's service worker, once: at once on
// a returning visit; on a first visit when the browser is idle after the
// program has started (programStarted), at most a second later, or at once
// (now) when the page is hidden or frozen.
function sammebaatRegisterWorker(programStarted, now) {
  const returning = "serviceWorker" in navigator && navigator.serviceWorker.controller;
  if (sammebaatRegisterWorker.done || (!returning && !programStarted)) {
    return;
  }
  if (returning || now || !window.requestIdleCallback) {
    sammebaatRegisterWorker.done = true;
    goappInitServiceWorker();
    return;
  }
  if (!sammebaatRegisterWorker.scheduled) {
    sammebaatRegisterWorker.scheduled = true;
    requestIdleCallback(() => sammebaatRegisterWorker(true, true), { timeout: 1000 });
  }
}
document.addEventListener("freeze", () => sammebaatRegisterWorker(true, true));
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "hidden") {
    sammebaatRegisterWorker(true, true);
  }
});

`
