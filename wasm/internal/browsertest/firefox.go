//go:build !wasm

package browsertest

// Firefox, as EngineTab: Debian's firefox-esr, headless, driven through the
// WebDriver BiDi it speaks itself (--remote-debugging-port), over a websocket
// of our own (websocket.go); no geckodriver, no Marionette.
//
// Every request of the browser goes through the test's recorder (the
// profile's manual proxy, loopback included), and the profile turns off
// everything Firefox would ask of Mozilla, Google and others by itself, so
// that what reaches the recorder for another origin is the app's doing and
// fails the test.

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// firefoxPath is the Firefox the tests drive; it must be installed (the
// tests fail, not skip, without it). SAMMEBAAT_FIREFOX names another build.
var firefoxPath = cmp.Or(os.Getenv("SAMMEBAAT_FIREFOX"), "/usr/bin/firefox-esr")

func init() {
	EngineStarters["firefox"] = func(t testing.TB, s *Site) EngineTab { return startFirefox(t, s) }
}

// firefoxQuietPrefs are the preferences that keep Firefox from asking
// anything of anyone by itself. Left alone, firefox-esr 153 in a fresh
// profile reaches 14 hosts in its first three minutes (the hosts named
// below, found by turning each group off in turn); with these, none in five.
// Each service is switched off and, where a switch might not be enough, its
// address emptied. The remote agent sets some of the same ("recommended
// preferences", remote.prefs.recommended), but only once it starts, and
// not all: user.js comes first and stands on its own, and what it sets the
// agent leaves alone.
var firefoxQuietPrefs = map[string]any{
	// Telemetry and the data-reporting policy: incoming.telemetry.mozilla.org,
	// and www.mozilla.org (the privacy notice a new profile opens).
	"datareporting.healthreport.uploadEnabled":     false,
	"datareporting.policy.dataSubmissionEnabled":   false,
	"datareporting.policy.firstRunURL":             "",
	"datareporting.usage.uploadEnabled":            false,
	"toolkit.telemetry.enabled":                    false,
	"toolkit.telemetry.unified":                    false,
	"toolkit.telemetry.archive.enabled":            false,
	"toolkit.telemetry.server":                     "",
	"toolkit.telemetry.dap.helper.url":             "",
	"toolkit.telemetry.dap.leader.url":             "",
	"toolkit.telemetry.shutdownPingSender.enabled": false,
	"toolkit.telemetry.firstShutdownPing.enabled":  false,
	"toolkit.telemetry.newProfilePing.enabled":     false,
	"toolkit.telemetry.updatePing.enabled":         false,
	"toolkit.telemetry.bhrPing.enabled":            false,
	"toolkit.coverage.endpoint.base":               "",
	// Studies and rollouts: normandy.cdn.mozilla.net.
	"app.normandy.enabled":             false,
	"app.normandy.api_url":             "",
	"app.shield.optoutstudies.enabled": false,
	"nimbus.rollouts.enabled":          false,
	// Updates of the browser, add-ons and system add-ons, and add-ons'
	// metadata: aus5.mozilla.org, services.addons.mozilla.org.
	"app.update.disabledForTesting":                      true,
	"app.update.auto":                                    false,
	"extensions.update.enabled":                          false,
	"extensions.update.autoUpdateDefault":                false,
	"extensions.systemAddon.update.enabled":              false,
	"extensions.systemAddon.update.url":                  "",
	"extensions.getAddons.cache.enabled":                 false,
	"extensions.getAddons.showPane":                      false,
	"extensions.htmlaboutaddons.recommendations.enabled": false,
	"extensions.blocklist.enabled":                       false,
	// Media plugins (OpenH264, Widevine): aus5.mozilla.org,
	// update.googleapis.com.
	"media.gmp-manager.url":                 "",
	"media.gmp-manager.chromium-update-url": "",
	"media.gmp-gmpopenh264.enabled":         false,
	"media.gmp-widevinecdm.enabled":         false,
	// Remote settings (blocklists, revocations, search engines, many
	// services' data): firefox.settings.services.mozilla.com and its
	// fallback firefox-settings.mozilla-backup.org. A release build heeds
	// the server's address only with MOZ_REMOTE_SETTINGS_DEVTOOLS=1 in its
	// environment (startFirefox sets it); a data: URL goes nowhere.
	"services.settings.server":                        "data:,#remote-settings-dummy/v1",
	"security.remote_settings.intermediates.enabled":  false,
	"security.remote_settings.crlite_filters.enabled": false,
	"security.certerrors.mitm.priming.enabled":        false,
	// Certificate status (no https here, but not to be asked if there were).
	"security.OCSP.enabled":    0,
	"security.pki.crlite_mode": 0,
	// Captive portal detection (detectportal.firefox.com/canonical.html) and
	// the connectivity check (detectportal.firefox.com/success.txt).
	"network.captive-portal-service.enabled": false,
	"network.connectivity-service.enabled":   false,
	"captivedetect.canonicalURL":             "",
	// Safe browsing's lists: safebrowsing.googleapis.com.
	"browser.safebrowsing.malware.enabled":            false,
	"browser.safebrowsing.phishing.enabled":           false,
	"browser.safebrowsing.downloads.enabled":          false,
	"browser.safebrowsing.downloads.remote.enabled":   false,
	"browser.safebrowsing.blockedURIs.enabled":        false,
	"browser.safebrowsing.provider.mozilla.updateURL": "",
	"browser.safebrowsing.provider.google4.updateURL": "",
	"browser.safebrowsing.provider.google.updateURL":  "",
	"browser.safebrowsing.provider.google5.updateURL": "",
	"privacy.trackingprotection.enabled":              false,
	"privacy.trackingprotection.pbmode.enabled":       false,
	// Push's websocket: push.services.mozilla.com. The Push API stays.
	"dom.push.connection.enabled": false,
	"dom.push.serverURL":          "",
	// The new tab page, preloaded behind the first tab, and its feeds:
	// ads.mozilla.org, firefox-settings-attachments.cdn.mozilla.net
	// (wallpapers and the like, fetched without the settings server).
	"browser.newtabpage.enabled":                                         false,
	"browser.newtab.preload":                                             false,
	"browser.startup.page":                                               0,
	"browser.startup.homepage":                                           "about:blank",
	"browser.startup.homepage_override.mstone":                           "ignore",
	"startup.homepage_welcome_url":                                       "about:blank",
	"startup.homepage_welcome_url.additional":                            "",
	"browser.aboutwelcome.enabled":                                       false,
	"termsofuse.bypassNotification":                                      true,
	"browser.topsites.contile.enabled":                                   false,
	"browser.newtabpage.activity-stream.telemetry":                       false,
	"browser.newtabpage.activity-stream.feeds.telemetry":                 false,
	"browser.newtabpage.activity-stream.feeds.section.topstories":        false,
	"browser.newtabpage.activity-stream.feeds.topsites":                  false,
	"browser.newtabpage.activity-stream.feeds.system.topstories":         false,
	"browser.newtabpage.activity-stream.feeds.weatherfeed":               false,
	"browser.newtabpage.activity-stream.showSponsored":                   false,
	"browser.newtabpage.activity-stream.showSponsoredTopSites":           false,
	"browser.newtabpage.activity-stream.discoverystream.enabled":         false,
	"browser.newtabpage.activity-stream.asrouter.userprefs.cfr.addons":   false,
	"browser.newtabpage.activity-stream.asrouter.userprefs.cfr.features": false,
	"browser.newtabpage.activity-stream.testing.shouldInitializeFeeds":   false,
	"browser.discovery.enabled":                                          false,
	"browser.pagethumbnails.capturing_disabled":                          true,
	// The region lookup: location.services.mozilla.com. Geolocation's
	// provider too, should a page ask.
	"browser.region.network.url":    "",
	"browser.region.update.enabled": false,
	"geo.provider.network.url":      "",
	// Not seen in five minutes of a page open, but each asks a server when
	// something happens (a search field, a DNS lookup, a rollout, a
	// crash, a sign-in): search suggestions and the address bar's
	// (Merino), DNS over HTTPS and its rollout, prefetching and speculative
	// connections, HTTP/3, accounts and Sync, Relay, the breach alerts,
	// the VPN, translations, machine learning models, the backup service,
	// crash reports, the time servers, the tour.
	"browser.search.suggest.enabled":                    false,
	"browser.search.update":                             false,
	"browser.urlbar.suggest.searches":                   false,
	"browser.urlbar.quicksuggest.enabled":               false,
	"browser.urlbar.merino.endpointURL":                 "",
	"browser.urlbar.merino.ohttpConfigURL":              "",
	"browser.urlbar.merino.ohttpRelayURL":               "",
	"browser.urlbar.speculativeConnect.enabled":         false,
	"network.trr.mode":                                  5,
	"network.trr.uri":                                   "",
	"network.trr.confirmationNS":                        "skip",
	"doh-rollout.disable-heuristics":                    true,
	"network.dns.disablePrefetch":                       true,
	"network.dns.native_https_query":                    false,
	"network.prefetch-next":                             false,
	"network.http.speculative-parallel-limit":           0,
	"network.http.http3.enable":                         false,
	"identity.fxaccounts.enabled":                       false,
	"webextensions.storage.sync.enabled":                false,
	"signon.firefoxRelay.feature":                       "disabled",
	"signon.management.page.breach-alerts.enabled":      false,
	"browser.ipProtection.enabled":                      false,
	"browser.translations.enable":                       false,
	"browser.ml.enable":                                 false,
	"browser.ml.chat.enabled":                           false,
	"browser.backup.enabled":                            false,
	"browser.crashReports.unsubmittedCheck.autoSubmit2": false,
	"breakpad.reportURL":                                "",
	"network.sntp.pools":                                "",
	"browser.uitour.enabled":                            false,
	"browser.shell.checkDefaultBrowser":                 false,
}

// firefox is a headless Firefox with one tab, driven through BiDi.
type firefox struct {
	t         testing.TB
	rec       *Recorder
	cmd       *exec.Cmd
	exited    chan struct{} // closed when the process has ended
	bidi      *bidiConn
	tab       string // the browsing context of the tab
	profile   string
	downloads string
	output    *tailLog // the browser's stdout and stderr, the end of them
	closeOnce func()

	mu      sync.Mutex
	console []string
}

// startFirefox starts firefox-esr with a fresh profile whose every request
// goes through a recorder for s's origin, and opens a BiDi session on its
// one tab, with a phone's viewport. Downloads go to a temporary folder. At
// the end of the test the browser is closed and the test fails on anything
// that reached the recorder for another origin.
func startFirefox(t testing.TB, s *Site) *firefox {
	t.Helper()
	if _, err := os.Stat(firefoxPath); err != nil {
		t.Fatalf("the Firefox tests need firefox-esr at %s (apt-get install firefox-esr): %v", firefoxPath, err)
	}
	rec := newRecorder(t, s.Origin())
	profile, err := os.MkdirTemp("", "sammebaat-firefox-")
	if err != nil {
		t.Fatal(err)
	}
	f := &firefox{t: t, rec: rec, profile: profile, downloads: t.TempDir(), output: &tailLog{}, exited: make(chan struct{})}
	f.closeOnce = sync.OnceFunc(f.shutdown)
	t.Cleanup(func() {
		f.Close()
		if foreign := rec.foreignSeen(); len(foreign) > 0 {
			t.Errorf("firefox: %d requests reached the proxy for another origin than %s:\n  %s",
				len(foreign), rec.Origin, strings.Join(foreign, "\n  "))
		}
	})
	if err := os.WriteFile(filepath.Join(profile, "user.js"), f.userJS(), 0o644); err != nil {
		t.Fatal(err)
	}

	cmd := exec.Command(firefoxPath, "--headless", "--no-remote", "--profile", profile,
		"--remote-debugging-port=0", "about:blank")
	cmd.Env = append(os.Environ(),
		"MOZ_CRASHREPORTER_DISABLE=1", // nothing to submit, nothing to ask
		"MOZ_DISABLE_AUTO_SAFE_MODE=1",
		// A release build ignores services.settings.server (remote
		// settings, firefox.settings.services.mozilla.com) unless this is
		// set.
		"MOZ_REMOTE_SETTINGS_DEVTOOLS=1",
	)
	// The browser's output goes to a pipe of our own, read to its end
	// (the last of Firefox's processes gone), not to Wait's copying.
	out, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = w, w
	err = cmd.Start()
	w.Close()
	if err != nil {
		out.Close()
		t.Fatalf("starting %s: %v", firefoxPath, err)
	}
	f.cmd = cmd
	listening := make(chan string, 1)
	go func() {
		defer out.Close()
		// The remote agent says where it listens on stderr; the rest is
		// kept for the messages of a failure.
		re := regexp.MustCompile(`WebDriver BiDi listening on (ws://\S+)`)
		sc := bufio.NewScanner(out)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			f.output.Write([]byte(line + "\n"))
			if m := re.FindStringSubmatch(line); m != nil {
				select {
				case listening <- m[1]:
				default:
				}
			}
		}
		io.Copy(io.Discard, out)
	}()
	go func() {
		cmd.Wait()
		close(f.exited)
	}()

	var wsURL string
	select {
	case wsURL = <-listening:
	case <-f.exited:
		t.Fatalf("firefox ended before its remote agent listened (%v):\n%s", cmd.ProcessState, f.output)
	case <-time.After(Patience):
		t.Fatalf("firefox's remote agent did not listen within %v:\n%s", Patience, f.output)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	ws, err := dialWebsocket(ctx, wsURL+"/session")
	if err != nil {
		t.Fatalf("firefox: connecting to %s: %v\n%s", wsURL, err, f.output)
	}
	f.bidi = newBidiConn(ws, f.onEvent)
	if err := f.bidi.call(ctx, "session.new", map[string]any{
		"capabilities": map[string]any{"alwaysMatch": map[string]any{"acceptInsecureCerts": false}},
	}, nil); err != nil {
		t.Fatalf("firefox: session.new: %v\n%s", err, f.output)
	}
	// The console, and any alert, confirm or prompt (the app has none; the
	// session dismisses them), for the messages of a failure.
	if err := f.bidi.call(ctx, "session.subscribe", map[string]any{
		"events": []string{"log.entryAdded", "browsingContext.userPromptOpened"},
	}, nil); err != nil {
		t.Fatalf("firefox: subscribing to the console: %v", err)
	}
	var tree struct {
		Contexts []struct {
			Context string `json:"context"`
		} `json:"contexts"`
	}
	if err := f.bidi.call(ctx, "browsingContext.getTree", map[string]any{"maxDepth": 0}, &tree); err != nil {
		t.Fatalf("firefox: browsingContext.getTree: %v", err)
	}
	if len(tree.Contexts) > 0 {
		f.tab = tree.Contexts[0].Context
	} else {
		var created struct {
			Context string `json:"context"`
		}
		if err := f.bidi.call(ctx, "browsingContext.create", map[string]any{"type": "tab"}, &created); err != nil {
			t.Fatalf("firefox: browsingContext.create: %v", err)
		}
		f.tab = created.Context
	}
	// The size of the Chromium tests' window, a phone's.
	if err := f.bidi.call(ctx, "browsingContext.setViewport", map[string]any{
		"context": f.tab, "viewport": map[string]any{"width": 412, "height": 915},
	}, nil); err != nil {
		t.Fatalf("firefox: setting the viewport: %v", err)
	}
	return f
}

// userJS is the profile's user.js: the recorder as the proxy for everything,
// loopback included, firefoxQuietPrefs, service workers on the app's
// loopback origin, and downloads saved unasked into f.downloads.
func (f *firefox) userJS() []byte {
	host, portText, _ := net.SplitHostPort(f.rec.addr)
	port, _ := strconv.Atoi(portText)
	prefs := map[string]any{
		"network.proxy.type":                      1,
		"network.proxy.http":                      host,
		"network.proxy.http_port":                 port,
		"network.proxy.ssl":                       host,
		"network.proxy.ssl_port":                  port,
		"network.proxy.no_proxies_on":             "",
		"network.proxy.allow_hijacking_localhost": true,
		// With the recorder gone (a test offline), fail as offline rather
		// than go around the proxy.
		"network.proxy.failover_direct": false,
		// Service workers need a secure context. Firefox 153 keeps
		// 127.0.0.1 one through the proxy by itself; this keeps loopback
		// one should a later version count a proxied ("hijacked") loopback
		// as remote.
		"network.proxy.testing_localhost_is_secure_when_hijacked": true,
		"dom.serviceWorkers.enabled":                              true,
		// Offline is when a test stops the server, not when Firefox
		// guesses so from the machine's network.
		"network.manage-offline-status": false,

		// Downloads saved unasked, straight into f.downloads (not first
		// into the system's temporary folder), without the panel.
		"browser.download.folderList":                           2,
		"browser.download.dir":                                  f.downloads,
		"browser.download.useDownloadDir":                       true,
		"browser.download.always_ask_before_handling_new_types": false,
		"browser.download.start_downloads_in_tmp_dir":           false,
		"browser.download.alwaysOpenPanel":                      false,
		"browser.download.panel.shown":                          true,
		"browser.download.enable_spam_prevention":               false,
		"browser.download.sanitize_non_media_extensions":        false,
		"browser.helperApps.neverAsk.saveToDisk":                "application/json,text/csv,text/plain,application/octet-stream",

		"browser.sessionstore.resume_from_crash": false,
		"browser.tabs.warnOnClose":               false,
		"browser.warnOnQuit":                     false,
	}
	maps.Copy(prefs, firefoxQuietPrefs)
	var b bytes.Buffer
	for _, k := range slices.Sorted(maps.Keys(prefs)) {
		v, _ := json.Marshal(prefs[k])
		fmt.Fprintf(&b, "user_pref(%q, %s);\n", k, v)
	}
	return b.Bytes()
}

func (f *firefox) Name() string        { return "firefox" }
func (f *firefox) Recorder() *Recorder { return f.rec }
func (f *firefox) Close()              { f.closeOnce() }

// timeout bounds a command that waits on the page (a load, a click's
// events) as the flows bound their waits.
func (f *firefox) timeout() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), Patience)
}

// shutdown asks the browser to quit, kills it if it does not, and removes
// its profile.
func (f *firefox) shutdown() {
	if f.cmd != nil {
		wait := 15 * time.Second
		if f.bidi != nil {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			if f.bidi.call(ctx, "browser.close", map[string]any{}, nil) != nil {
				wait = 2 * time.Second // quitting already, or stuck
			}
			cancel()
		} else {
			wait = 0
		}
		select {
		case <-f.exited:
		case <-time.After(wait):
			f.cmd.Process.Kill()
			<-f.exited
		}
	}
	if f.bidi != nil {
		f.bidi.close()
	}
	os.RemoveAll(f.profile)
}

// onEvent keeps what the page logged and the dialogs it opened.
func (f *firefox) onEvent(method string, params json.RawMessage) {
	var e struct {
		Level   string `json:"level"`
		Text    string `json:"text"`
		Type    string `json:"type"`
		Message string `json:"message"`
	}
	json.Unmarshal(params, &e)
	var line string
	switch method {
	case "log.entryAdded":
		line = e.Level + ": " + e.Text
	case "browsingContext.userPromptOpened":
		line = "a " + e.Type + " dialog (dismissed): " + e.Message
	default:
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.console = append(f.console, line)
	if len(f.console) > 500 { // the latest, for a failure's message
		f.console = slices.Delete(f.console, 0, len(f.console)-500)
	}
}

func (f *firefox) consoleText() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return "  " + strings.Join(f.console, "\n  ")
}

// fail ends the test with what the browser said.
func (f *firefox) fail(format string, args ...any) {
	f.t.Helper()
	f.t.Fatalf("firefox: "+format+"\nconsole:\n%s", append(args, f.consoleText())...)
}

func (f *firefox) Navigate(url string) {
	f.t.Helper()
	ctx, cancel := f.timeout()
	defer cancel()
	if err := f.bidi.call(ctx, "browsingContext.navigate", map[string]any{
		"context": f.tab, "url": url, "wait": "complete",
	}, nil); err != nil {
		f.fail("navigating to %s: %v", url, err)
	}
}

func (f *firefox) Eval(script string) json.RawMessage {
	f.t.Helper()
	v, err := f.evalErr(script)
	if err != nil {
		f.fail("evaluating %.200q: %v", script, err)
	}
	return v
}

// evalErr is eval that returns the error: a thrown exception (its message)
// or the protocol's.
func (f *firefox) evalErr(script string) (json.RawMessage, error) {
	v, err := f.callFunction("async () => {\n"+script+"\n}", nil)
	if err != nil {
		return nil, err
	}
	return remoteToJSON(v)
}

// callFunction calls the function declaration decl in the tab's page with
// args (BiDi local values), awaiting a promise, and returns its serialized
// value: a thrown exception is an error with its text. A call that meets a
// document going away (a poll during a navigation) is tried again in the
// next one, for a while; the scripts are polls and reads, or run once the
// page has settled.
func (f *firefox) callFunction(decl string, args []any) (json.RawMessage, error) {
	params := map[string]any{
		"functionDeclaration": decl,
		"target":              map[string]any{"context": f.tab},
		"awaitPromise":        true,
		"resultOwnership":     "none",
		"serializationOptions": map[string]any{
			"maxDomDepth":    0,
			"maxObjectDepth": nil, // all of it
		},
	}
	if args != nil {
		params["arguments"] = args
	}
	deadline := time.Now().Add(15 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		var res struct {
			Type             string          `json:"type"`
			Result           json.RawMessage `json:"result"`
			ExceptionDetails *struct {
				Text       string `json:"text"`
				LineNumber int    `json:"lineNumber"`
			} `json:"exceptionDetails"`
		}
		err := f.bidi.call(ctx, "script.callFunction", params, &res)
		cancel()
		if err != nil {
			var be *bidiError
			if errors.As(err, &be) && be.navigating() && time.Now().Before(deadline) {
				time.Sleep(50 * time.Millisecond)
				continue
			}
			return nil, err
		}
		if res.Type == "exception" && res.ExceptionDetails != nil {
			return nil, &jsException{res.ExceptionDetails.Text, res.ExceptionDetails.LineNumber}
		}
		return res.Result, nil
	}
}

// jsException is an exception the page's script threw.
type jsException struct {
	text string
	line int // 0-based in the declaration "async () => {\nBODY\n}", so BODY's 1-based
}

func (e *jsException) Error() string {
	if strings.HasPrefix(e.text, "SyntaxError") {
		return e.text // its line is the wrapper's, not the script's
	}
	return fmt.Sprintf("%s (line %d of the script)", e.text, e.line)
}

// element waits until css matches an element (a visible one if visible),
// scrolls it into view, and returns its BiDi shared reference.
func (f *firefox) element(css string, visible bool) map[string]any {
	f.t.Helper()
	const find = `(sel, visible) => {
  const el = document.querySelector(sel);
  if (!el) return null;
  el.scrollIntoView({block: "center", inline: "center", behavior: "instant"});
  if (visible) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === "hidden") return null;
  }
  return el;
}`
	args := []any{
		map[string]any{"type": "string", "value": css},
		map[string]any{"type": "boolean", "value": visible},
	}
	var v struct {
		Type     string `json:"type"`
		SharedID string `json:"sharedId"`
	}
	Poll(f.t, Patience, 50*time.Millisecond, func() bool {
		raw, err := f.callFunction(find, args)
		if err != nil {
			f.fail("finding %s: %v", css, err)
		}
		json.Unmarshal(raw, &v)
		return v.Type == "node" && v.SharedID != ""
	}, func() string {
		what := "no element"
		if visible {
			what = "no visible element"
		}
		return fmt.Sprintf("firefox: %s matches %s\nconsole:\n%s", what, css, f.consoleText())
	})
	return map[string]any{"sharedId": v.SharedID}
}

// Click moves the mouse to the middle of the element and presses and
// releases its button: the browser's own input, hit-tested, so a covered or
// disabled element is not clicked by a click on it any more than by a
// person's.
func (f *firefox) Click(css string) {
	f.t.Helper()
	el := f.element(css, true)
	ctx, cancel := f.timeout()
	defer cancel()
	if err := f.bidi.call(ctx, "input.performActions", map[string]any{
		"context": f.tab,
		"actions": []any{map[string]any{
			"type":       "pointer",
			"id":         "mouse",
			"parameters": map[string]any{"pointerType": "mouse"},
			"actions": []any{
				map[string]any{"type": "pointerMove", "x": 0, "y": 0, "origin": map[string]any{"type": "element", "element": el}},
				map[string]any{"type": "pointerDown", "button": 0},
				map[string]any{"type": "pointerUp", "button": 0},
			},
		}},
	}, nil); err != nil {
		f.fail("clicking %s: %v", css, err)
	}
}

func (f *firefox) SetFiles(css string, paths ...string) {
	f.t.Helper()
	el := f.element(css, false)
	ctx, cancel := f.timeout()
	defer cancel()
	if err := f.bidi.call(ctx, "input.setFiles", map[string]any{
		"context": f.tab, "element": el, "files": paths,
	}, nil); err != nil {
		f.fail("choosing files for %s: %v", css, err)
	}
}

// Download runs trigger and waits for a new file in the download folder:
// complete once Firefox has no .part file beside it and its size has held
// for a moment. The file is taken out of the folder, so that a second
// download of the same name gets that name, not a numbered one.
func (f *firefox) Download(trigger func()) (string, []byte) {
	f.t.Helper()
	// The file of the final name is there, empty, before its .part.
	held := func(size, last int64) bool { return size > 0 && size == last }
	return awaitDownload(f.t, f.downloads, ".part", 100*time.Millisecond, trigger, held, func(names []string) string {
		return fmt.Sprintf("firefox: no download finished (the folder holds %q)\nconsole:\n%s", names, f.consoleText())
	})
}

// remoteToJSON turns a BiDi RemoteValue into the JSON of the same value, as
// JSON.stringify would write it: undefined, NaN and the infinities become
// null, a Map an object, a Set an array, a Date its ISO text. What has no
// JSON form (a node, a function, a promise, a cycle) is an error, not {}.
func remoteToJSON(raw json.RawMessage) (json.RawMessage, error) {
	var b bytes.Buffer
	if err := writeRemote(&b, raw, map[string]json.RawMessage{}); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

type remoteValue struct {
	Type       string          `json:"type"`
	Value      json.RawMessage `json:"value"`
	InternalID string          `json:"internalId"`
}

// writeRemote writes raw's JSON to b; seen holds the objects written so far
// by their internalId, which BiDi gives an object met more than once,
// serialized in full only the first time.
func writeRemote(b *bytes.Buffer, raw json.RawMessage, seen map[string]json.RawMessage) error {
	var v remoteValue
	if err := json.Unmarshal(raw, &v); err != nil {
		return fmt.Errorf("a remote value %.100s: %v", raw, err)
	}
	if v.Value == nil {
		switch v.Type {
		case "undefined", "null":
			b.WriteString("null")
			return nil
		case "array", "object", "map", "set":
			if v.InternalID != "" {
				if j, ok := seen[v.InternalID]; ok {
					b.Write(j)
					return nil
				}
				return fmt.Errorf("a cyclic %s has no JSON form", v.Type)
			}
		}
		return fmt.Errorf("a %s has no JSON form", v.Type)
	}
	start := b.Len()
	switch v.Type {
	case "string", "boolean", "date":
		b.Write(v.Value)
	case "number":
		var special string
		if json.Unmarshal(v.Value, &special) == nil {
			// NaN, -0, Infinity, -Infinity
			if special == "-0" {
				b.WriteString("0")
			} else {
				b.WriteString("null")
			}
		} else {
			b.Write(v.Value)
		}
	case "bigint":
		var digits string
		if err := json.Unmarshal(v.Value, &digits); err != nil {
			return err
		}
		b.WriteString(digits)
	case "array", "set":
		var items []json.RawMessage
		if err := json.Unmarshal(v.Value, &items); err != nil {
			return err
		}
		b.WriteByte('[')
		for i, it := range items {
			if i > 0 {
				b.WriteByte(',')
			}
			if err := writeRemote(b, it, seen); err != nil {
				return err
			}
		}
		b.WriteByte(']')
	case "object", "map":
		var pairs [][2]json.RawMessage
		if err := json.Unmarshal(v.Value, &pairs); err != nil {
			return err
		}
		b.WriteByte('{')
		n := 0
		for _, p := range pairs {
			var key string
			if json.Unmarshal(p[0], &key) != nil {
				// A map's key, or a symbol's: a remote value itself.
				var k remoteValue
				json.Unmarshal(p[0], &k)
				switch k.Type {
				case "string":
					json.Unmarshal(k.Value, &key)
				case "number":
					key = strings.Trim(string(k.Value), `"`)
				case "symbol":
					continue // JSON.stringify leaves those out
				default:
					return fmt.Errorf("a %s key has no JSON form", k.Type)
				}
			}
			var val remoteValue
			json.Unmarshal(p[1], &val)
			if val.Type == "undefined" || val.Type == "function" || val.Type == "symbol" {
				continue // left out, as JSON.stringify leaves them
			}
			if n > 0 {
				b.WriteByte(',')
			}
			n++
			k, _ := json.Marshal(key)
			b.Write(k)
			b.WriteByte(':')
			if err := writeRemote(b, p[1], seen); err != nil {
				return err
			}
		}
		b.WriteByte('}')
	default:
		return fmt.Errorf("a %s has no JSON form", v.Type)
	}
	if v.InternalID != "" {
		seen[v.InternalID] = slices.Clone(b.Bytes()[start:])
	}
	return nil
}

// tailLog keeps the last 64 KB written to it: the browser's output, for the
// messages of a failure.
type tailLog struct {
	mu  sync.Mutex
	buf []byte
}

func (l *tailLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.buf = append(l.buf, p...)
	if over := len(l.buf) - 64<<10; over > 0 {
		l.buf = slices.Clone(l.buf[over:])
	}
	return len(p), nil
}

func (l *tailLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return string(l.buf)
}

// bidiConn is a WebDriver BiDi session's connection: commands with their
// replies matched by id, events handed to onEvent (on the reading
// goroutine, so it must not call back).
type bidiConn struct {
	ws      *wsConn
	onEvent func(method string, params json.RawMessage)

	mu      sync.Mutex
	nextID  int64
	pending map[int64]chan bidiMessage
	err     error // why reading stopped
	done    chan struct{}
}

// bidiMessage is any message of the remote end: a command's success or
// error, or an event.
type bidiMessage struct {
	Type       string          `json:"type"`
	ID         *int64          `json:"id"`
	Result     json.RawMessage `json:"result"`
	Error      string          `json:"error"`
	Message    string          `json:"message"`
	Stacktrace string          `json:"stacktrace"`
	Method     string          `json:"method"`
	Params     json.RawMessage `json:"params"`
}

// bidiError is an error the remote end answered a command with.
type bidiError struct {
	method, code, message string
}

func (e *bidiError) Error() string { return e.method + ": " + e.code + ": " + e.message }

// navigating tells whether the command failed because the document it was
// sent to went away under it (a navigation), rather than for its own sake.
func (e *bidiError) navigating() bool {
	return e.code == "no such frame" ||
		e.code == "unknown error" && (strings.Contains(e.message, "destroyed") ||
			strings.Contains(e.message, "AbortError") || strings.Contains(e.message, "discarded"))
}

func newBidiConn(ws *wsConn, onEvent func(string, json.RawMessage)) *bidiConn {
	c := &bidiConn{ws: ws, onEvent: onEvent, pending: map[int64]chan bidiMessage{}, done: make(chan struct{})}
	go c.read()
	return c
}

func (c *bidiConn) read() {
	var err error
	for {
		var msg []byte
		_, msg, err = c.ws.readMessage()
		if err != nil {
			break
		}
		var m bidiMessage
		if err = json.Unmarshal(msg, &m); err != nil {
			err = fmt.Errorf("a message %.200s: %w", msg, err)
			break
		}
		if m.Type == "event" {
			if c.onEvent != nil {
				c.onEvent(m.Method, m.Params)
			}
			continue
		}
		if m.ID == nil {
			continue // an error with no command to answer: nothing waits for it
		}
		c.mu.Lock()
		ch := c.pending[*m.ID]
		delete(c.pending, *m.ID)
		c.mu.Unlock()
		if ch != nil {
			ch <- m
		}
	}
	c.mu.Lock()
	c.err = err
	c.mu.Unlock()
	close(c.done)
}

// call sends a command and decodes its result into result (if not nil).
func (c *bidiConn) call(ctx context.Context, method string, params any, result any) error {
	c.mu.Lock()
	c.nextID++
	id := c.nextID
	ch := make(chan bidiMessage, 1)
	c.pending[id] = ch
	c.mu.Unlock()
	defer func() {
		c.mu.Lock()
		delete(c.pending, id)
		c.mu.Unlock()
	}()
	msg, err := json.Marshal(map[string]any{"id": id, "method": method, "params": params})
	if err != nil {
		return err
	}
	if err := c.ws.writeText(msg); err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	select {
	case m := <-ch:
		if m.Type == "error" {
			return &bidiError{method, m.Error, m.Message}
		}
		if result != nil {
			if err := json.Unmarshal(m.Result, result); err != nil {
				return fmt.Errorf("%s: decoding %.200s: %w", method, m.Result, err)
			}
		}
		return nil
	case <-c.done:
		return fmt.Errorf("%s: the connection ended: %v", method, c.err)
	case <-ctx.Done():
		return fmt.Errorf("%s: %w", method, ctx.Err())
	}
}

func (c *bidiConn) close() {
	c.ws.close()
	<-c.done
}
