//go:build !wasm

// Package browsertest is the browser test harness: it builds the wasm,
// serves the app with the real server (or as the static site behind a plain
// file server), drives headless Chromium with chromedp, WebKit through
// WebKitWebDriver (webkit.go) and Firefox through WebDriver BiDi
// (firefox.go), and records every request the browser makes. The browser
// tests themselves are in ../../e2e; the harness's own are here.
//
// Every request of the app goes through a recording proxy, the proxy of the
// browser context the app's tab runs in (loopback not bypassed), so requests
// of the service worker and of any other worker are seen as well as the
// page's. The proxy forwards only to the app's own origin; anything else is
// refused and fails the test.
//
// Use in a test:
//
//	site := browsertest.StartApp(t)    // the server of `sammebaat serve`; or StartStatic(t, "/sub")
//	b := browsertest.NewBrowser(t, site) // fresh Chromium; fails the test at the end on any foreign request
//	b.Navigate(site.URL + "/")
//	b.WaitReady("start")               // main[data-ready="start"], rendered by the wasm
//	b.WaitFor("#q-gender")             // any CSS selector
//	b.Do(chromedp.Click(...))          // actions; Eval[T](b, "js expression") for values
//	b.CheckAxe("start page")           // WCAG 2.2 AA rules of axe-core
//	b.CheckNoCSPViolations()
//	b.CheckInstallable()               // Chromium's manifest and installability checks
//	b.WaitCached()                     // the service worker has cached the whole app
//	site.Stop(); b.Rec.Stop()          // offline: the server is gone, not emulated
//	name, data := b.Download(chromedp.Click(chromedp.CSS("#download")))
//	d := b.TimeToReady(url, sel)       // navigation start → first match of sel, page's clock
//
// The wasm is built once per run from the source under test (Web), so
// `go test ./wasm/e2e/` needs no `make` first; it does need Chromium at
// /usr/bin/chromium, and axe-core from
// `npm ci --prefix wasm/internal/browsertest/testdata/node`. A package that
// uses the harness calls Main from its TestMain.
package browsertest

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/remote"

	"sammebaat/wasm/internal/site"
)

func init() {
	// The test binary stands in for the native program, which serves the
	// app's routes (main_native.go).
	site.Route()
}

// chromiumPath is the browser the tests drive; it must be installed (the
// tests fail, not skip, without it). SAMMEBAAT_CHROMIUM names another build
// (an older Debian version unpacked beside the installed one, say), so that
// the tests can be run against each Chromium that Debian serves.
var chromiumPath = cmp.Or(os.Getenv("SAMMEBAAT_CHROMIUM"), "/usr/bin/chromium")

// AxePath is axe-core as `npm ci --prefix wasm/internal/browsertest/testdata/node`
// installs it.
func AxePath() string {
	return filepath.Join(Root(), "wasm", "internal", "browsertest", "testdata", "node", "node_modules", "axe-core", "axe.min.js")
}

// AxeTags are the rule sets of WCAG 2.2 level AA.
var AxeTags = []string{"wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"}

var (
	webOnce sync.Once
	webDir  string
	webErr  error
)

// Web returns a web folder like the one `make wasm` makes: the wasm
// built from the current source, its brotli and gzip copies, and the static
// files of ../web. It is built once per test run; go's build cache and
// brotli copies of an earlier run or of `make wasm` make a rebuild cheap.
func Web(t testing.TB) string {
	t.Helper()
	webOnce.Do(func() { webDir, webErr = buildTestWeb() })
	if webErr != nil {
		t.Fatalf("building the web folder: %v", webErr)
	}
	return webDir
}

func buildTestWeb() (string, error) {
	dir, err := os.MkdirTemp("", "sammebaat-web-")
	if err != nil {
		return "", err
	}
	RemoveAtEnd(dir)
	if err := site.CopyWeb(filepath.Join(Root(), "web"), dir); err != nil {
		return "", err
	}
	// The checked-in web folder may hold a wasm from `make`; the tests use
	// their own, built from the source under test.
	for _, n := range []string{"app.wasm", "decoder.wasm", site.GroupWasmFile} {
		for _, ext := range []string{"", ".br", ".gz"} {
			os.Remove(filepath.Join(dir, n+ext))
		}
	}
	// go test puts its own go first on PATH; GOFLAGS (an -overlay, say)
	// passes through. Built as make wasm builds them (web.go).
	for _, b := range []struct{ name, pkg string }{
		{"decoder.wasm", "sammebaat/wasm/decoder"}, {site.WasmFile, "sammebaat/wasm"}, {site.GroupWasmFile, "sammebaat/wasm/group"},
	} {
		if err := BuildWasm(dir, b.name, b.pkg); err != nil {
			return "", err
		}
	}
	return dir, nil
}

// pruneCache keeps the keep newest files of dir.
func pruneCache(dir string, keep int) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	type aged struct {
		name string
		at   time.Time
	}
	var files []aged
	for _, e := range entries {
		if info, err := e.Info(); err == nil && !e.IsDir() {
			files = append(files, aged{e.Name(), info.ModTime()})
		}
	}
	sort.Slice(files, func(i, j int) bool { return files[i].at.After(files[j].at) })
	for i := keep; i < len(files); i++ {
		os.Remove(filepath.Join(dir, files[i].name))
	}
}

// tempDirs are removed by Main after the run.
var (
	tempMu   sync.Mutex
	tempDirs []string
)

// RemoveAtEnd has Main remove dir after the run: a folder shared by the
// tests of the run (t.TempDir is removed with its test).
func RemoveAtEnd(dir string) {
	tempMu.Lock()
	defer tempMu.Unlock()
	tempDirs = append(tempDirs, dir)
}

// Main runs the tests of a package that uses the harness, and then removes
// what they shared (the web folder, built programs). Each such package's
// TestMain calls it:
//
//	func TestMain(m *testing.M) { browsertest.Main(m) }
func Main(m *testing.M) {
	code := m.Run()
	tempMu.Lock()
	for _, d := range tempDirs {
		os.RemoveAll(d)
	}
	tempMu.Unlock()
	os.Exit(code)
}

// Root is the module's folder, the one with go.mod: go test runs a
// package's tests in the package's folder, wherever it is below it.
func Root() string {
	rootOnce.Do(func() {
		dir, err := os.Getwd()
		if err != nil {
			panic(err)
		}
		for {
			if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
				root = dir
				return
			}
			up := filepath.Dir(dir)
			if up == dir {
				panic("browsertest: no go.mod above the working folder")
			}
			dir = up
		}
	})
	return root
}

var (
	rootOnce sync.Once
	root     string
)

// Site is the app being served for a test.
type Site struct {
	URL    string // origin and base path, no trailing slash: "http://127.0.0.1:1234" or ".../sub"
	Base   string // "" or "/sub"
	Dir    string // the static site's folder, for StartStatic
	Server *http.Server
}

func (s *Site) Origin() string {
	u, _ := url.Parse(s.URL)
	return u.Scheme + "://" + u.Host
}

// Stop stops the server and closes its connections: the browser is offline
// for this site from now on.
func (s *Site) Stop() {
	s.Server.Close()
}

// ServeOn serves h on a free port of 127.0.0.1 until the test ends, and
// returns the server and its address.
func ServeOn(t testing.TB, h http.Handler) (*http.Server, string) {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(l)
	t.Cleanup(func() { srv.Close() })
	return srv, "http://" + l.Addr().String()
}

// StartApp serves the app with the native server of `sammebaat serve`.
func StartApp(t testing.TB) *Site {
	t.Helper()
	s, err := site.NewServer(Web(t))
	if err != nil {
		t.Fatal(err)
	}
	srv, u := ServeOn(t, s)
	return &Site{URL: u, Server: srv}
}

// StartStatic writes the static site of `sammebaat build --base-path base`
// and serves it with a plain file server under base: no headers of ours, no
// precompression, no rewriting of paths.
func StartStatic(t testing.TB, base string) *Site {
	t.Helper()
	base, err := site.CleanBasePath(base)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := site.BuildSite(dir, Web(t), base); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle(base+"/", http.StripPrefix(base, http.FileServer(http.Dir(dir))))
	srv, u := ServeOn(t, mux)
	return &Site{URL: u + base, Base: base, Dir: dir, Server: srv}
}

// Recorder is the proxy every request of the browser goes through.
type Recorder struct {
	Origin string // scheme://host:port of the app
	srv    *http.Server
	addr   string

	mu       sync.Mutex
	requests []string // every URL of the app's origin asked for, in order
	foreign  []string // every other, as "METHOD URL": the app's or the browser's own
	excused  []string // hosts whose requests a test makes on purpose
}

func newRecorder(t testing.TB, origin string) *Recorder {
	t.Helper()
	u, err := url.Parse(origin)
	if err != nil {
		t.Fatal(err)
	}
	r := &Recorder{Origin: origin}
	forward := &httputil.ReverseProxy{
		Rewrite: func(pr *httputil.ProxyRequest) {
			pr.Out.URL.Scheme = u.Scheme
			pr.Out.URL.Host = u.Host
			pr.Out.Host = u.Host
		},
		// Pass the server's failure on as a failed connection, as the
		// browser would see it with the server gone.
		ErrorHandler: func(w http.ResponseWriter, _ *http.Request, _ error) {
			if hj, ok := w.(http.Hijacker); ok {
				if c, _, err := hj.Hijack(); err == nil {
					c.Close()
					return
				}
			}
			w.WriteHeader(http.StatusBadGateway)
		},
	}
	h := http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		target := req.URL.String()
		if req.Method == http.MethodConnect {
			target = "https://" + req.Host
		}
		// Whose connection this is the proxy cannot tell (the browser's own
		// or the app's): netWatch counts the app's. The proxy refuses
		// everything foreign and keeps the app's origin's requests.
		own := req.Method != http.MethodConnect && req.URL.Scheme == u.Scheme && req.URL.Host == u.Host
		r.mu.Lock()
		if own {
			r.requests = append(r.requests, target)
		} else {
			r.foreign = append(r.foreign, req.Method+" "+target)
		}
		r.mu.Unlock()
		if !own {
			http.Error(w, "blocked by the test: not the app's origin", http.StatusForbidden)
			return
		}
		forward.ServeHTTP(w, req)
	})
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	r.addr = l.Addr().String()
	r.srv = &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go r.srv.Serve(l)
	t.Cleanup(func() { r.srv.Close() })
	return r
}

// deadAddress is a loopback address where nothing listens.
func deadAddress(t testing.TB) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

// Stop makes the browser's network fail, as when the device is offline.
func (r *Recorder) Stop() { r.srv.Close() }

// excuse stops counting requests to host as foreign (they are still
// refused), for a test that makes them on purpose, those seen included.
func (r *Recorder) excuse(host string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.excused = append(r.excused, host)
}

// foreignSeen returns what reached the proxy for another origin, less the
// excused hosts: in Chromium that includes the browser's own requests (see
// netWatch); WebKit and Firefox are set up to make none.
func (r *Recorder) foreignSeen() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for _, f := range r.foreign {
		host := f[strings.Index(f, " ")+1:]
		if u, err := url.Parse(host); err == nil && u.Host != "" {
			host = u.Hostname()
		}
		if !slices.Contains(r.excused, host) {
			out = append(out, f)
		}
	}
	return out
}

func (r *Recorder) excusedHosts() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.excused)
}

// Seen returns the URLs of the app's origin that reached the network so far
// (not those a service worker answered from its cache).
func (r *Recorder) Seen() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.requests)
}

// Tab is a Chromium tab on the app, with what it logged.
type Tab struct {
	T           testing.TB
	Ctx         context.Context
	Rec         *Recorder
	downloadDir string
	// Close ends the browser, its processes and all (it also ends with the
	// test).
	Close func()
	// net sees every request of the browser's targets (netwatch.go).
	net *netWatch

	mu      sync.Mutex
	console []string
}

// chromiumOwnHosts are the hosts Chromium connects to by itself, through the
// app's browser context's proxy, with only a blank page open (148–150):
// refused by the proxy and not counted there. A request of the app's to
// them is still counted, by netWatch.
var chromiumOwnHosts = []string{"www.google.com", "accounts.google.com", "android.clients.google.com"}

// NewBrowser starts headless Chromium with a fresh profile and opens a tab
// on s in a browser context of its own, whose every request goes through a
// recorder for s's origin (the context's proxy: its pages, service workers
// and other workers all use it), which refuses any other origin. Chromium's
// own traffic uses the browser's default context, sent to a proxy that does
// not exist, or (Chromium 148–150: www.google.com and others at start) the
// app's context's proxy, which refuses it too. What the app asks for is told
// from that by netWatch, which sees the requests of every page, frame and
// worker of the app's context; at the end of the test NewBrowser fails the
// test on any of them that left the origin, and on any connection to another
// origin that reached the proxy with no target's request (a preconnect, say),
// less Chromium's own hosts. A request the security policy stops reports no
// network event: CheckNoCSPViolations is what sees those. Downloads go to a
// temporary folder.
//
// extra are more Chromium flags for this browser (a fake camera, say).
func NewBrowser(t testing.TB, s *Site, extra ...chromedp.ExecAllocatorOption) *Tab {
	t.Helper()
	return NewBrowserIn(t, s, ProfileDir(t), extra...)
}

// ProfileDir is a new folder for a browser's profile, removed at the end of
// the test. Not t.TempDir: a browser's helper processes can still be writing
// in it for a moment after the browser has been killed, and t.TempDir's
// removal then fails the test ("directory not empty", seen in TestGroupCode).
func ProfileDir(t testing.TB) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "sammebaat-profile-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		// The browser may still be writing to it as it exits.
		Within(5*time.Second, 100*time.Millisecond, func() bool { return os.RemoveAll(dir) == nil })
	})
	return dir
}

// NewBrowserIn is NewBrowser with the profile in userDataDir, which a test
// may prepare (a Preferences file) before Chromium starts.
func NewBrowserIn(t testing.TB, s *Site, userDataDir string, extra ...chromedp.ExecAllocatorOption) *Tab {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Fatalf("the browser tests need Chromium at %s: %v", chromiumPath, err)
	}
	rec := newRecorder(t, s.Origin())
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath),
		chromedp.UserDataDir(userDataDir),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("proxy-server", "http://"+deadAddress(t)),
		// Chromium's own services that would otherwise ask Google from the
		// app's browser context (autofill asks about any text field): the
		// browser's doing, not the app's, but the recorder cannot tell.
		chromedp.Flag("disable-features", "Translate,BlinkGenPropertyTrees,AutofillServerCommunication,"+
			"NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,DialMediaRouteProvider,"+
			"CertificateTransparencyComponentUpdater"),
		chromedp.WindowSize(412, 915),
		// A debugging port (in DevToolsActivePort) for netWatch's connection.
		remote.WebSocket,
	)
	opts = append(opts, extra...)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	if err := chromedp.Do(bctx); err != nil { // starts the browser
		cancelBrowser()
		cancelAlloc()
		t.Fatalf("starting Chromium: %v", err)
	}
	watch, err := watchNetwork(bctx, userDataDir)
	if err != nil {
		cancelBrowser()
		cancelAlloc()
		t.Fatalf("watching Chromium's targets: %v", err)
	}
	ctx, cancelTab := chromedp.NewContext(bctx, chromedp.WithNewBrowserContext(
		func(p *target.CreateBrowserContextParams) {
			p.ProxyServer = "http://" + rec.addr
			// Chromium sends loopback requests around a proxy unless told not to.
			p.ProxyBypassList = "<-loopback>"
		}))
	b := &Tab{T: t, Ctx: ctx, Rec: rec, downloadDir: t.TempDir(), net: watch}
	var foreign, refused []string // what the app asked of other origins, when the tab closed
	b.Close = sync.OnceFunc(func() {
		// The tab first, so that what it asks as it closes is counted.
		cancelTab()
		if chromedp.FromContext(ctx).BrowserContextID != "" {
			foreign = b.foreignRequests()
		}
		refused = watch.refused()
		watch.close()
		cancelBrowser()
		cancelAlloc() // kills the browser's processes and waits for them
		// What reached the proxy without any target's request: a
		// connection the browser opened for the app (a preconnect, say),
		// less what Chromium asks by itself at start.
		for _, f := range rec.foreignSeen() {
			if !slices.ContainsFunc(chromiumOwnHosts, func(h string) bool { return strings.Contains(f, "://"+h+":") || strings.Contains(f, "://"+h+"/") }) {
				foreign = append(foreign, "proxy "+f)
			}
		}
	})
	t.Cleanup(func() {
		b.Close()
		if len(foreign) > 0 {
			t.Errorf("the app made %d requests outside its origin %s:\n  %s",
				len(foreign), rec.Origin, strings.Join(foreign, "\n  "))
		}
		for _, r := range refused {
			t.Errorf("the browser refused to show a target's requests: %s", r)
		}
	})
	if err := chromedp.Do(ctx); err != nil { // opens the app's tab
		t.Fatalf("opening a tab: %v", err)
	}
	if _, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior:         browser.SetDownloadBehaviorBehaviorAllow,
		BrowserContextID: chromedp.FromContext(ctx).BrowserContextID,
		DownloadPath:     b.downloadDir,
		EventsEnabled:    new(true),
	}); err != nil {
		t.Fatalf("download behaviour: %v", err)
	}
	// Report every violation of the security policy to the console, where
	// the tab collects it, whatever the browser itself logs.
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `document.addEventListener("securitypolicyviolation", (e) =>
  console.error("CSP violation: " + e.violatedDirective + " blocked " + e.blockedURI + " at " + e.sourceFile + ":" + e.lineNumber));`,
	}); err != nil {
		t.Fatal(err)
	}
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			b.mu.Lock()
			b.console = append(b.console, fmt.Sprintf("%s: %s", m.Type, m.String()))
			b.mu.Unlock()
		}
	}()
	return b
}

// foreignRequests returns what the pages, frames and workers of the app's
// browser context asked of another origin so far, as "kind URL", less the
// hosts a test excused.
func (b *Tab) foreignRequests() []string {
	if err := b.net.sync(); err != nil {
		b.T.Errorf("reading the browser's network events: %v", err)
	}
	return foreignTo(b.Rec.Origin, b.net.requestsOf(chromedp.FromContext(b.Ctx).BrowserContextID), b.Rec.excusedHosts())
}

// AppRequests returns every URL the pages, frames and workers of the app's
// browser context asked for so far, from the network or from the service
// worker's cache, in order.
func (b *Tab) AppRequests() []string {
	if err := b.net.sync(); err != nil {
		b.T.Errorf("reading the browser's network events: %v", err)
	}
	var out []string
	for _, r := range b.net.requestsOf(chromedp.FromContext(b.Ctx).BrowserContextID) {
		if isNetwork(r.url) {
			out = append(out, r.url)
		}
	}
	return out
}

// Do runs actions, failing the test on an error.
func (b *Tab) Do(actions ...chromedp.Action[chromedp.Void]) {
	b.T.Helper()
	ctx, cancel := context.WithTimeout(b.Ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.T.Fatalf("%v\nconsole:\n%s", err, b.ConsoleText())
	}
}

// Eval evaluates a JavaScript expression (awaiting a promise) and decodes its
// value.
func Eval[T any](b *Tab, expr string) T {
	b.T.Helper()
	ctx, cancel := context.WithTimeout(b.Ctx, 60*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		b.T.Fatalf("evaluating %.80q: %v\nconsole:\n%s", expr, err, b.ConsoleText())
	}
	return v
}

func (b *Tab) Navigate(u string) {
	b.T.Helper()
	b.Do(chromedp.Navigate(u))
}

// AnyPage matches the main region of any page once the wasm has rendered it.
const AnyPage = "main[data-ready]"

// Patience is how long a test waits for the page to get somewhere before it
// fails: long, since on a loaded 2-core machine (make test beside two other
// CPU-bound processes, issue 8) the service worker's first caching of the
// two programs took more than 30 s once. It is a wait, not a time budget:
// the time things take is measured in make bench.
const Patience = 120 * time.Second

// WaitFor waits until the page has an element matching the CSS selector;
// polling the DOM rather than waiting on a node survives the page being
// replaced while it waits (a reload, or go-app mounting its body).
func (b *Tab) WaitFor(selector string) {
	b.T.Helper()
	expr := fmt.Sprintf("document.querySelector(%q) !== null", selector)
	var err error
	Poll(b.T, Patience, 50*time.Millisecond, func() bool {
		ctx, cancel := context.WithTimeout(b.Ctx, 5*time.Second)
		defer cancel()
		var ok bool
		ok, err = chromedp.Run(ctx, chromedp.Evaluate[bool](expr))
		return err == nil && ok
	}, func() string {
		html, _ := chromedp.Run(b.Ctx, chromedp.Evaluate[string]("document.documentElement.outerHTML"))
		return fmt.Sprintf("no %s (last error: %v)\npage:\n%.3000s\nconsole:\n%s", selector, err, html, b.ConsoleText())
	})
}

// WaitReady waits until the wasm has rendered the page named name: the
// pages mark their main region with data-ready only in the browser.
func (b *Tab) WaitReady(name string) {
	b.T.Helper()
	b.WaitFor(fmt.Sprintf("main[data-ready=%q]", name))
}

// Console returns what the tab logged so far, one message each.
func (b *Tab) Console() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return slices.Clone(b.console)
}

// DropConsole forgets the logged messages drop is true of: what a test
// caused on purpose, which CheckNoCSPViolations would count.
func (b *Tab) DropConsole(drop func(m string) bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.console = slices.DeleteFunc(b.console, drop)
}

func (b *Tab) ConsoleText() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return "  " + strings.Join(b.console, "\n  ")
}

// CheckNoCSPViolations fails the test if the console shows a violation of
// the Content-Security-Policy (reported by the page or by the browser).
func (b *Tab) CheckNoCSPViolations() {
	b.T.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, m := range b.console {
		if strings.Contains(m, "CSP violation") || strings.Contains(m, "Content Security Policy") ||
			strings.Contains(m, "Refused to") {
			b.T.Errorf("security policy violated: %s", m)
		}
	}
}

// AxeViolation is the part of an axe-core result the report needs.
type AxeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	URL    string `json:"helpUrl"`
	Nodes  []struct {
		Target  []any  `json:"target"`
		HTML    string `json:"html"`
		Summary string `json:"failureSummary"`
	} `json:"nodes"`
}

// CheckAxe runs axe-core's WCAG 2.2 A and AA rules on the page as it is and
// fails the test on any violation, saying what and where.
func (b *Tab) CheckAxe(what string) {
	b.T.Helper()
	for _, v := range b.axeViolations() {
		var where []string
		for _, n := range v.Nodes {
			where = append(where, fmt.Sprintf("    %v %s\n      %s", n.Target, n.HTML,
				strings.ReplaceAll(n.Summary, "\n", "\n      ")))
		}
		b.T.Errorf("axe on %s: %s (%s): %s\n  %s\n%s", what, v.ID, v.Impact, v.Help, v.URL, strings.Join(where, "\n"))
	}
}

// axeViolations runs axe-core's WCAG 2.2 A and AA rules on the page as it is.
func (b *Tab) axeViolations() []AxeViolation {
	b.T.Helper()
	src, err := os.ReadFile(AxePath())
	if err != nil {
		b.T.Fatalf("axe-core is missing (run: npm ci --prefix wasm/internal/browsertest/testdata/node): %v", err)
	}
	// Evaluated through DevTools, so the page's security policy does not
	// stop it; the page itself could not load it.
	if loaded := Eval[bool](b, "typeof axe !== 'undefined'"); !loaded {
		Eval[chromedp.Void](b, string(src)+";undefined")
	}
	tags, _ := json.Marshal(AxeTags)
	raw := Eval[[]byte](b, fmt.Sprintf(
		`axe.run(document, {runOnly: {type: "tag", values: %s}, resultTypes: ["violations"]}).then(r => r.violations)`, tags))
	var vs []AxeViolation
	if err := json.Unmarshal(raw, &vs); err != nil {
		b.T.Fatalf("axe result: %v", err)
	}
	return vs
}

// WaitCached waits until the service worker controls the page and has cached
// everything it lists, so that the app works offline from now on.
func (b *Tab) WaitCached() {
	b.T.Helper()
	const expr = "(async () => {" + WaitCachedScript + "\n})()"
	Poll(b.T, Patience, 100*time.Millisecond, func() bool { return Eval[bool](b, expr) },
		func() string { return "the service worker did not cache the app\nconsole:\n" + b.ConsoleText() })
}

// CheckInstallable fails the test if Chromium finds the page's manifest
// faulty or the app not installable (a manifest with the right icons, a
// service worker that controls the page).
func (b *Tab) CheckInstallable() {
	b.T.Helper()
	m, err := chromedp.Call(b.Ctx, page.GetAppManifest, page.GetAppManifestParams{})
	if err != nil {
		b.T.Fatalf("manifest: %v", err)
	}
	if m.URL == "" {
		b.T.Error("the page has no manifest")
	}
	for _, e := range m.Errors {
		b.T.Errorf("manifest %s: %s (line %d)", m.URL, e.Message, e.Line)
	}
	ie, err := chromedp.Call(b.Ctx, page.GetInstallabilityErrors, cdp.Empty{})
	if err != nil {
		b.T.Fatalf("installability: %v", err)
	}
	for _, e := range ie.InstallabilityErrors {
		if e.ErrorID == "in-incognito" {
			// The app's browser context (for its own proxy) is an
			// off-the-record one, where Chromium installs nothing.
			continue
		}
		var args []string
		for _, a := range e.ErrorArguments {
			args = append(args, a.Name+"="+a.Value)
		}
		b.T.Errorf("not installable: %s %v", e.ErrorID, args)
	}
}

// Download runs trigger, which must start one download, and returns the
// downloaded file's name and bytes.
func (b *Tab) Download(trigger chromedp.Action[chromedp.Void]) (string, []byte) {
	b.T.Helper()
	ctx, cancel := context.WithTimeout(b.Ctx, Patience)
	defer cancel()
	begins := chromedp.BrowserEvents(ctx, browser.DownloadWillBegin)
	progress := chromedp.BrowserEvents(ctx, browser.DownloadProgress)
	if err := chromedp.Do(ctx, trigger); err != nil {
		b.T.Fatal(err)
	}
	var name, guid string
	for ev, err := range begins {
		if err != nil {
			b.T.Fatalf("no download began: %v", err)
		}
		name, guid = ev.SuggestedFilename, ev.GUID
		break
	}
	for ev, err := range progress {
		if err != nil {
			b.T.Fatalf("download %s did not finish: %v", name, err)
		}
		if ev.GUID != guid {
			continue
		}
		if ev.State == browser.DownloadProgressStateCompleted {
			break
		}
		if ev.State == browser.DownloadProgressStateCanceled {
			b.T.Fatalf("download %s was cancelled", name)
		}
	}
	data, err := os.ReadFile(filepath.Join(b.downloadDir, name))
	if err != nil {
		b.T.Fatal(err)
	}
	return name, data
}

// OnNewDocument runs src in every document the tab opens from now on; the
// returned function stops that.
func OnNewDocument(b *Tab, src string) func() {
	b.T.Helper()
	res, err := chromedp.Call(b.Ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: src})
	if err != nil {
		b.T.Fatal(err)
	}
	return func() {
		chromedp.Call(b.Ctx, page.RemoveScriptToEvaluateOnNewDocument, page.RemoveScriptToEvaluateOnNewDocumentParams{Identifier: res.Identifier})
	}
}

// ReadyAtScript, run in each new document, sets window.__readyAt to the
// time by the page's clock when the document first has an element matching
// selector.
func ReadyAtScript(selector string) string {
	return fmt.Sprintf(`(() => {
  const sel = %q;
  const mark = () => {
    if (window.__readyAt === undefined && document.querySelector(sel)) {
      window.__readyAt = performance.now();
    }
    return window.__readyAt !== undefined;
  };
  if (mark()) return;
  new MutationObserver((_, o) => { if (mark()) o.disconnect(); })
    .observe(document, {subtree: true, childList: true, attributes: true});
})();`, selector)
}

// TimeToReady navigates to u and returns the time from the start of the
// navigation until the page first has an element matching selector, as
// the page's own clock measures it.
func (b *Tab) TimeToReady(u, selector string) time.Duration {
	b.T.Helper()
	defer OnNewDocument(b, ReadyAtScript(selector))()
	b.Navigate(u)
	var ms float64
	var err error
	Poll(b.T, 30*time.Second, 20*time.Millisecond, func() bool {
		ctx, cancel := context.WithTimeout(b.Ctx, 5*time.Second)
		defer cancel()
		ms, err = chromedp.Run(ctx, chromedp.Evaluate[float64]("window.__readyAt === undefined ? -1 : window.__readyAt"))
		return err == nil && ms >= 0
	}, func() string {
		return fmt.Sprintf("%s never appeared at %s (last error: %v)\nconsole:\n%s", selector, u, err, b.ConsoleText())
	})
	return time.Duration(ms * float64(time.Millisecond))
}

// FetchHeaders gets u with the given request headers and returns the
// response (body read and closed).
func FetchHeaders(t testing.TB, u string, header map[string]string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	// A transport of its own: the default one would add and strip gzip.
	tr := &http.Transport{DisableCompression: true}
	defer tr.CloseIdleConnections()
	res, err := tr.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil && !errors.Is(err, io.EOF) {
		t.Fatal(err)
	}
	return res, body
}

// attachTo waits for a target of the given type ("worker", "service_worker")
// in the app's browser context and returns a chromedp context on it, for
// evaluating in the worker's scope.
func (b *Tab) attachTo(kind string) context.Context {
	b.T.Helper()
	id := chromedp.FromContext(b.Ctx).BrowserContextID
	var found *target.Info
	Poll(b.T, Patience, 50*time.Millisecond, func() bool {
		infos, err := chromedp.Targets(b.Ctx)
		if err != nil {
			b.T.Fatal(err)
		}
		i := slices.IndexFunc(infos, func(in *target.Info) bool { return in.Type == kind && in.BrowserContextID == id })
		if i >= 0 {
			found = infos[i]
		}
		return found != nil
	}, func() string { return fmt.Sprintf("no %s target in the app's browser context", kind) })
	ctx, cancel := chromedp.NewContext(b.Ctx, chromedp.WithTargetID(found.TargetID))
	b.T.Cleanup(func() { cancel() })
	if err := chromedp.Do(ctx); err != nil {
		b.T.Fatalf("attaching to the %s %s: %v", kind, found.URL, err)
	}
	return ctx
}

// evalIn evaluates a JavaScript expression (awaiting a promise) in ctx.
func evalIn(t testing.TB, ctx context.Context, expr string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[any](expr, chromedp.EvalAwaitPromise)); err != nil {
		t.Fatalf("evaluating %.80q: %v", expr, err)
	}
}

// WaitConsole waits up to timeout for a console message containing s and
// reports whether one came: the page reports a violation in a task of its
// own, and the message reaches the test as an event after that, later on
// a busy machine.
func (b *Tab) WaitConsole(s string, timeout time.Duration) bool {
	return Within(timeout, 20*time.Millisecond, func() bool {
		b.mu.Lock()
		defer b.mu.Unlock()
		return slices.ContainsFunc(b.console, func(m string) bool { return strings.Contains(m, s) })
	})
}

// WaitCachedScript, the body of an async function, is true once the service
// worker controls the page and has cached everything it lists, so that the
// app works offline from now on (WaitCached, engineWaitCached).
const WaitCachedScript = `
  const reg = await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) return false;
  const keys = await caches.keys();
  if (keys.length !== 1) return false;
  const res = await fetch(reg.active.scriptURL, {cache: "no-store"}).catch(() => null);
  if (!res) return false;
  const m = (await res.text()).match(/const resourcesToCache = (\[.*\]);/);
  if (!m) return false;
  const cache = await caches.open(keys[0]);
  for (const u of JSON.parse(m[1])) {
    if (!(await cache.match(new URL(u, reg.scope).href))) return false;
  }
  return true;`

// Policies is the security policy of the site web makes, as a header and as
// a <meta> element.
func Policies(t testing.TB, web string) (header, meta string) {
	t.Helper()
	header, meta, err := site.Policies(web)
	if err != nil {
		t.Fatal(err)
	}
	return header, meta
}

// HeaderPolicy is the Content-Security-Policy header of the site web makes.
func HeaderPolicy(t testing.TB, web string) string {
	t.Helper()
	h, _ := Policies(t, web)
	return h
}
