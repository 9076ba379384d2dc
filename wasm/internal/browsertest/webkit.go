//go:build !wasm

package browsertest

// WebKit for the engine flows (../../e2e/engines_test.go): Debian's WebKitGTK, its
// MiniBrowser under an Xvfb of its own, driven through WebKitWebDriver, the
// W3C WebDriver of WebKitGTK, with a small client of its HTTP protocol here
// (no WebDriver library: the few commands the flows need are a POST each).
//
// How it is set up, and why:
//
//   - The proxy is MiniBrowser's own --proxy, the default proxy of its
//     network session for every scheme: http requests go to the recorder as
//     absolute URLs, https ones as CONNECTs it refuses, loopback included
//     (no --ignore-host; WebKitGTK, unlike Chromium, does not send loopback
//     around a proxy by itself). Not WebDriver's proxy capability:
//     WebKitGTK sets its httpProxy for http only, so that https would go
//     straight out, and makes its sslProxy an https:// proxy, spoken to in
//     TLS, which the recorder cannot answer. The pages, their workers and
//     the service worker all use the one network session.
//   - MiniBrowser in automation mode keeps its website data (service
//     workers, caches, storage, cookies) in an ephemeral session, so every
//     tab starts empty; its HOME and XDG folders are a temporary folder of
//     the tab besides, so that nothing of the user's (GSettings, GStreamer's
//     registry, the download folder) is read or written.
//   - Downloads: WebKitGTK saves a download whose destination the browser
//     does not choose (MiniBrowser does not) in the XDG download folder,
//     which is the tab's own (user-dirs.dirs in its XDG_CONFIG_HOME); an
//     <a download> of a blob: URL is saved there under automation like any
//     other, so download reads the file the browser wrote, as the Chromium
//     harness does.
//   - The console is out of reach: classic WebDriver has no log endpoint,
//     and WebKitGTK writes no console messages to stdout for a view under
//     automation (enable-write-console-messages-to-stdout works only
//     without). A failure shows what the driver and the browser wrote to
//     stderr instead.
//   - LC_ALL=C: WebKitGTK takes the page's language from the C library's
//     locale, and makes "en-US" of C, as Chromium's default is, but "C" of
//     this machine's C.UTF-8.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

const (
	// webkitDriverPath and miniBrowserPath are Debian's webkit2gtk-driver
	// and the browser of libwebkit2gtk-4.1-0; the tests fail, not skip,
	// without them.
	webkitDriverPath = "/usr/bin/WebKitWebDriver"
	miniBrowserPath  = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"
	// webElementKey is the key of an element reference in W3C WebDriver.
	webElementKey = "element-6066-11e4-a52e-4f735466cecf"
	// webkitScriptTimeout bounds one eval, as the Chromium harness's does.
	webkitScriptTimeout = 60 * time.Second
)

func init() {
	EngineStarters["webkit"] = func(t testing.TB, s *Site) EngineTab { return newWebKit(t, s) }
}

// webkitTab is MiniBrowser's one window on the app, with its driver and
// display.
type webkitTab struct {
	t         testing.TB
	rec       *Recorder
	session   string // http://127.0.0.1:PORT/session/ID, "" before it began
	client    *http.Client
	downloads string // the XDG download folder of the browser
	log       *tailBuffer
	end       func()
}

// newWebKit starts Xvfb, WebKitWebDriver and, through a new session,
// MiniBrowser, all of them the tab's: a display, a profile and a proxy
// (a recorder of s's origin) of its own. At the end of the test it ends
// them and fails the test on any request that reached the proxy for
// another origin: the app's or the browser's, which is set up to ask
// nothing by itself.
func newWebKit(t testing.TB, s *Site) *webkitTab {
	t.Helper()
	for _, p := range []string{webkitDriverPath, miniBrowserPath} {
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("the WebKit tests need WebKitGTK's driver and MiniBrowser (apt-get install webkit2gtk-driver): %v", err)
		}
	}
	xvfb, err := exec.LookPath("Xvfb")
	if err != nil {
		t.Fatalf("the WebKit tests need Xvfb (apt-get install xvfb): %v", err)
	}
	root := t.TempDir() // removed after the processes, which the cleanup below ends
	rec := newRecorder(t, s.Origin())
	w := &webkitTab{
		t:         t,
		rec:       rec,
		client:    &http.Client{},
		downloads: filepath.Join(root, "downloads"),
		log:       &tailBuffer{max: 64 << 10},
	}
	var procs []*proc
	w.end = sync.OnceFunc(func() {
		if w.session != "" {
			// Ending the session closes MiniBrowser; killing the process
			// groups then ends whatever did not.
			w.do(http.MethodDelete, "", nil, 10*time.Second)
		}
		for _, p := range slices.Backward(procs) {
			p.end()
		}
	})
	t.Cleanup(func() {
		w.end()
		if f := rec.foreignSeen(); len(f) > 0 {
			t.Errorf("webkit: %d requests outside the app's origin %s reached the proxy:\n  %s",
				len(f), rec.Origin, strings.Join(f, "\n  "))
		}
	})

	env := webkitEnv(t, root, w.downloads)
	display, x, err := startXvfb(xvfb, w.log)
	if err != nil {
		t.Fatalf("starting Xvfb: %v\n%s", err, w.log)
	}
	procs = append(procs, x)
	env = append(env, "DISPLAY="+display)

	port, err := freePort()
	if err != nil {
		t.Fatal(err)
	}
	driver := exec.Command(webkitDriverPath, "--port="+strconv.Itoa(port))
	driver.Env = env
	driver.Stdout, driver.Stderr = w.log, w.log // MiniBrowser's too: it inherits them
	dp, err := startProc(driver)
	if err != nil {
		t.Fatalf("starting WebKitWebDriver: %v", err)
	}
	procs = append(procs, dp)
	base := fmt.Sprintf("http://127.0.0.1:%d", port)
	if err := waitDriver(w.client, base, dp); err != nil {
		t.Fatalf("WebKitWebDriver: %v\n%s", err, w.log)
	}

	caps := map[string]any{
		"capabilities": map[string]any{"alwaysMatch": map[string]any{
			"browserName": "MiniBrowser",
			"webkitgtk:browserOptions": map[string]any{
				"binary": miniBrowserPath,
				"args": []string{
					"--automation",
					// Every scheme, loopback included (no --ignore-host).
					"--proxy=http://" + rec.addr,
					"--enable-dns-prefetching=false",
				},
			},
			"timeouts": map[string]any{
				"script":   webkitScriptTimeout.Milliseconds(),
				"pageLoad": Patience.Milliseconds(),
				"implicit": 0,
			},
		}},
	}
	w.session = base + "/session"
	raw, err := w.do(http.MethodPost, "", caps, Patience)
	w.session = ""
	if err != nil {
		t.Fatalf("starting MiniBrowser through WebKitWebDriver: %v\n%s", err, w.log)
	}
	var started struct {
		SessionID string `json:"sessionId"`
	}
	if err := json.Unmarshal(raw, &started); err != nil || started.SessionID == "" {
		t.Fatalf("WebKitWebDriver's new session: %s (%v)", raw, err)
	}
	w.session = base + "/session/" + started.SessionID
	// About a phone's size, as the Chromium tabs have (412×915); MiniBrowser's
	// toolbar keeps the window a little wider (447 CSS pixels of page).
	if _, err := w.do(http.MethodPost, "/window/rect", map[string]any{"width": 412, "height": 915}, 30*time.Second); err != nil {
		t.Fatalf("webkit: sizing the window: %v", err)
	}
	return w
}

// webkitEnv is the environment of the driver and the browser: the tab's
// own home and XDG folders under root (the download folder among them), no
// proxy but MiniBrowser's --proxy, no GSettings or accessibility bus of the
// user's.
func webkitEnv(t testing.TB, root, downloads string) []string {
	t.Helper()
	dirs := map[string]string{
		"HOME":            filepath.Join(root, "home"),
		"XDG_CONFIG_HOME": filepath.Join(root, "config"),
		"XDG_CACHE_HOME":  filepath.Join(root, "cache"),
		"XDG_DATA_HOME":   filepath.Join(root, "data"),
		"XDG_STATE_HOME":  filepath.Join(root, "state"),
		"XDG_RUNTIME_DIR": filepath.Join(root, "run"),
	}
	for _, d := range append(slices.Collect(maps.Values(dirs)), downloads) {
		if err := os.MkdirAll(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	userDirs := fmt.Sprintf("XDG_DOWNLOAD_DIR=%q\n", downloads)
	if err := os.WriteFile(filepath.Join(dirs["XDG_CONFIG_HOME"], "user-dirs.dirs"), []byte(userDirs), 0o600); err != nil {
		t.Fatal(err)
	}
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch strings.ToLower(k) {
		case "http_proxy", "https_proxy", "all_proxy", "no_proxy", "display", "wayland_display",
			"dbus_session_bus_address", "gsettings_backend", "no_at_bridge", "lc_all", "language":
			continue
		}
		if _, ok := dirs[k]; ok {
			continue
		}
		env = append(env, kv)
	}
	for k, v := range dirs {
		env = append(env, k+"="+v)
	}
	return append(env,
		"GSETTINGS_BACKEND=memory", // no dconf: neither the user's settings nor a proxy of GNOME's
		"NO_AT_BRIDGE=1",           // no accessibility bus to look for
		"LC_ALL=C",                 // navigator.language "en-US"
		"GDK_BACKEND=x11",
	)
}

// proc is a process started in a process group of its own, so that
// ending it ends what it started (MiniBrowser and WebKit's processes, for
// the driver).
type proc struct {
	cmd  *exec.Cmd
	done chan struct{} // closed when it exited
}

func startProc(cmd *exec.Cmd) (*proc, error) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	// A child outside the group (WebKit's sandboxed processes) may hold the
	// output pipe: Wait gives up on it after a while rather than hang.
	cmd.WaitDelay = 10 * time.Second
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	p := &proc{cmd: cmd, done: make(chan struct{})}
	go func() { cmd.Wait(); close(p.done) }()
	return p, nil
}

// end ends the process group: politely first, then not.
func (p *proc) end() {
	syscall.Kill(-p.cmd.Process.Pid, syscall.SIGTERM)
	select {
	case <-p.done:
	case <-time.After(5 * time.Second):
	}
	// The group's others too, should the leader have gone first.
	syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
	<-p.done
}

// startXvfb starts an Xvfb on a display it chooses itself (-displayfd), so
// that tabs in parallel, and other X servers, never meet.
func startXvfb(path string, log io.Writer) (string, *proc, error) {
	r, wr, err := os.Pipe()
	if err != nil {
		return "", nil, err
	}
	defer r.Close()
	cmd := exec.Command(path, "-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp")
	cmd.ExtraFiles = []*os.File{wr}
	cmd.Stdout, cmd.Stderr = log, log
	p, err := startProc(cmd)
	wr.Close()
	if err != nil {
		return "", nil, err
	}
	got := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(r).ReadString('\n')
		got <- line
	}()
	select {
	case line := <-got:
		n := strings.TrimSpace(line)
		if _, err := strconv.Atoi(n); err != nil {
			p.end()
			return "", nil, fmt.Errorf("no display number from Xvfb (%q)", line)
		}
		return ":" + n, p, nil
	case <-time.After(30 * time.Second):
		p.end()
		return "", nil, errors.New("Xvfb did not say its display in 30 s")
	}
}

// freePort returns a loopback port that was free a moment ago, for the
// driver, which takes its port from the command line only.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// waitDriver waits until the driver at base answers.
func waitDriver(c *http.Client, base string, driver *proc) error {
	var err error
	exited := false
	ok := Within(30*time.Second, 50*time.Millisecond, func() bool {
		var res *http.Response
		if res, err = c.Get(base + "/status"); err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return true
			}
		}
		select {
		case <-driver.done:
			exited = true
		default:
		}
		return exited
	})
	switch {
	case exited:
		return fmt.Errorf("it exited: %v", driver.cmd.ProcessState)
	case !ok:
		return fmt.Errorf("no answer at %s in 30 s: %v", base, err)
	}
	return nil
}

// webdriverError is an error of the WebDriver protocol.
type webdriverError struct {
	Error      string `json:"error"`
	Message    string `json:"message"`
	Stacktrace string `json:"stacktrace"`
}

// do sends one command of the session (path relative to it: "/url") and
// returns its value.
func (w *webkitTab) do(method, path string, body any, timeout time.Duration) (json.RawMessage, error) {
	var in io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return nil, err
		}
		in = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, w.session+path, in)
	if err != nil {
		return nil, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json; charset=utf-8")
	}
	c := *w.client
	c.Timeout = timeout
	res, err := c.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", method, path, err)
	}
	defer res.Body.Close()
	var out struct {
		Value json.RawMessage `json:"value"`
	}
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return nil, fmt.Errorf("%s %s: status %d, reading the answer: %w", method, path, res.StatusCode, err)
	}
	if res.StatusCode != http.StatusOK {
		var e webdriverError
		json.Unmarshal(out.Value, &e)
		return nil, fmt.Errorf("%s %s: %s: %s", method, path, e.Error, e.Message)
	}
	return out.Value, nil
}

// must is do, failing the test on an error with what the browser logged.
func (w *webkitTab) must(method, path string, body any, timeout time.Duration) json.RawMessage {
	w.t.Helper()
	v, err := w.do(method, path, body, timeout)
	if err != nil {
		w.t.Fatalf("webkit: %v\nbrowser's output:\n%s", err, w.log)
	}
	return v
}

func (w *webkitTab) Name() string { return "webkit" }

func (w *webkitTab) Recorder() *Recorder { return w.rec }

func (w *webkitTab) Close() { w.end() }

// Navigate loads u; WebDriver's Navigate To returns after the load event
// (the session's page load strategy is "normal").
func (w *webkitTab) Navigate(u string) {
	w.t.Helper()
	w.must(http.MethodPost, "/url", map[string]string{"url": u}, Patience+10*time.Second)
}

// evalScript is the wrapper of eval's scripts for Execute Async Script: the
// value goes back as the page's own JSON text (what JSON.stringify makes of
// it, as Chromium's by-value results), a rejection as its message and
// stack, so that a failing script fails the test saying why. JavaScriptCore
// leaves the message out of an error's stack, hence both.
const evalScript = `const done = arguments[arguments.length - 1];
(async () => {
%s
})().then(
  (v) => {
    let s;
    try { s = v === undefined ? "null" : JSON.stringify(v); } catch (e) { done({err: "the value as JSON: " + e}); return; }
    done({ok: s === undefined ? "null" : s});
  },
  (e) => done({err: String(e) + (e && e.stack ? "\n" + e.stack : "")}));`

// tryEval is eval returning the script's or the protocol's error.
func (w *webkitTab) tryEval(script string) (json.RawMessage, error) {
	raw, err := w.do(http.MethodPost, "/execute/async",
		map[string]any{"script": fmt.Sprintf(evalScript, script), "args": []any{}},
		webkitScriptTimeout+10*time.Second)
	if err != nil {
		return nil, err
	}
	var out struct {
		OK  *string `json:"ok"`
		Err *string `json:"err"`
	}
	if err := json.Unmarshal(raw, &out); err != nil {
		return nil, fmt.Errorf("the script's result %.200s: %w", raw, err)
	}
	switch {
	case out.Err != nil:
		return nil, errors.New(*out.Err)
	case out.OK == nil:
		return nil, fmt.Errorf("the script's result %.200s has no value", raw)
	}
	return json.RawMessage(*out.OK), nil
}

func (w *webkitTab) Eval(script string) json.RawMessage {
	w.t.Helper()
	v, err := w.tryEval(script)
	if err != nil {
		w.t.Fatalf("webkit: evaluating %.200q: %v\nbrowser's output:\n%s", script, err, w.log)
	}
	return v
}

// find returns the reference of the first element matching css.
func (w *webkitTab) find(css string) string {
	w.t.Helper()
	raw, err := w.do(http.MethodPost, "/element", map[string]string{"using": "css selector", "value": css}, 30*time.Second)
	if err != nil {
		w.t.Fatalf("webkit: finding %s: %v\nbrowser's output:\n%s", css, err, w.log)
	}
	var el map[string]string
	if err := json.Unmarshal(raw, &el); err != nil || el[webElementKey] == "" {
		w.t.Fatalf("webkit: element %s: %s (%v)", css, raw, err)
	}
	return el[webElementKey]
}

// Click is WebDriver's Element Click: it scrolls the element into view and
// clicks its centre with the pointer, failing if something else is there.
func (w *webkitTab) Click(css string) {
	w.t.Helper()
	id := w.find(css)
	w.must(http.MethodPost, "/element/"+id+"/click", map[string]any{}, Patience)
}

// SetFiles is WebDriver's Element Send Keys on a file input: the paths, one
// a line, become its files, with the input and change events a choice
// makes.
func (w *webkitTab) SetFiles(css string, paths ...string) {
	w.t.Helper()
	id := w.find(css)
	// The count is taken when the change event comes, in a listener that
	// runs first: the page may empty the input once it has the files (the
	// group page does, so that the same files can be chosen again).
	w.must(http.MethodPost, "/execute/sync", map[string]any{
		"script": `const el = arguments[0]; window.__filesChosen = -1;
  el.addEventListener("change", () => { window.__filesChosen = el.files.length; }, {capture: true, once: true});`,
		"args": []any{map[string]string{webElementKey: id}},
	}, 30*time.Second)
	w.must(http.MethodPost, "/element/"+id+"/value", map[string]string{"text": strings.Join(paths, "\n")}, Patience)
	raw := w.must(http.MethodPost, "/execute/sync", map[string]any{
		"script": "return window.__filesChosen", "args": []any{},
	}, 30*time.Second)
	if n, err := strconv.Atoi(string(raw)); err != nil || n != len(paths) {
		w.t.Fatalf("webkit: %s has %s files after sending %d", css, raw, len(paths))
	}
}

// Download runs trigger and waits for a new file in the browser's download
// folder. WebKitGTK writes a download to NAME.wkdownload and renames it to
// NAME when it is complete, so a file of any other name is a finished
// download. The file is removed after reading, since WebKitGTK fails a
// download rather than overwrite a file of the same name.
func (w *webkitTab) Download(trigger func()) (string, []byte) {
	w.t.Helper()
	// WebKitGTK makes the file of the final name, empty, as the download
	// starts (an empty download was read once on a busy machine): a
	// download is finished when no .wkdownload is left and the file has
	// bytes (the tests download no empty file).
	written := func(size, _ int64) bool { return size > 0 }
	return awaitDownload(w.t, w.downloads, ".wkdownload", 50*time.Millisecond, trigger, written, func(names []string) string {
		return fmt.Sprintf("webkit: no download finished (in %s: %q)\nbrowser's output:\n%s", w.downloads, names, w.log)
	})
}

// tailBuffer keeps the last max bytes written to it, for the messages of a
// failure; it is safe for the several processes that write to it.
type tailBuffer struct {
	mu  sync.Mutex
	max int
	b   []byte
}

func (b *tailBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.b = append(b.b, p...)
	if over := len(b.b) - b.max; over > 0 {
		b.b = append(b.b[:0], b.b[over:]...)
	}
	return len(p), nil
}

func (b *tailBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	s := string(b.b)
	if len(s) > 4000 {
		s = "…" + s[len(s)-4000:]
	}
	return "  " + strings.ReplaceAll(strings.TrimSpace(s), "\n", "\n  ")
}

// waitTrue polls expr (a script for eval) until it returns true, failing
// the test after Patience; errors count as not yet, since the page may be
// between documents (a reload of the app's).
func (w *webkitTab) waitTrue(expr, what string) {
	w.t.Helper()
	var raw []byte
	var err error
	Poll(w.t, Patience, 50*time.Millisecond, func() bool {
		raw, err = w.tryEval(expr)
		return err == nil && string(raw) == "true"
	}, func() string {
		return fmt.Sprintf("webkit: no %s (last: %s, %v)\nbrowser's output:\n%s", what, raw, err, w.log)
	})
}
