//go:build !wasm

// Package site is the native command's side of the app in the browser:
// the server of "sammebaat serve" (RunServe), the static site of
// "sammebaat build" (RunBuild) and the brotli and gzip copies of
// "sammebaat compress" (RunCompress). It renders each page before its
// program runs, inlines the style sheets under a strict
// Content-Security-Policy, changes go-app's app.js to start the program
// the address needs (split.go) and go-app's service worker (site.go).
// Built only natively: the browser never downloads it.
package site

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	sbapp "sammebaat/app"
	"sammebaat/app/group"
	"sammebaat/app/respondent"
)

// contentSecurityPolicy is what the app may load: its own files, the
// compilation of its own wasm, and the one <style> element of its pages
// whose text is css (see styles.go). Nothing from any other origin, ever.
func contentSecurityPolicy(css pageCSS) string {
	return metaContentSecurityPolicy(css) + "; frame-ancestors 'none'"
}

// metaContentSecurityPolicy is the policy for a <meta> element in the static
// site's pages, for hosts that cannot send headers. Browsers ignore
// frame-ancestors there (and warn about it), so it is left out.
func metaContentSecurityPolicy(css pageCSS) string {
	return "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
		"connect-src 'self'; img-src 'self'; style-src 'self' " + css.sources() + "; object-src 'none'; " +
		"base-uri 'self'"
}

// PermissionsPolicy denies the pages every powerful feature but the camera,
// which the group page and the scores page use, on this origin only, to read
// a response or a group's summary drawn as a code. Only features Chromium
// knows are named: it reports an unknown one as an error in the console.
// Browsers take this policy only as a header; there is no <meta> form.
const PermissionsPolicy = "accelerometer=(), autoplay=(), " +
	"browsing-topics=(), camera=(self), display-capture=(), encrypted-media=(), gamepad=(), " +
	"geolocation=(), gyroscope=(), hid=(), identity-credentials-get=(), idle-detection=(), " +
	"local-fonts=(), magnetometer=(), microphone=(), midi=(), otp-credentials=(), payment=(), " +
	"picture-in-picture=(), publickey-credentials-create=(), publickey-credentials-get=(), " +
	"screen-wake-lock=(), serial=(), storage-access=(), usb=(), " +
	"window-management=(), xr-spatial-tracking=()"

// madeUpAddress matches the Open Graph addresses go-app writes into a page:
// it makes them "https://" + Handler.Domain + path, which without a domain
// (the app does not know where it is hosted) is "https:///scores", and a
// page with no image gets "https://". Neither is an address. (go-app writes
// the two attributes in either order.)
var madeUpAddress = regexp.MustCompile(`\s*<meta (?:property="og:(?:url|image)" content="[^"]*"|content="[^"]*" property="og:(?:url|image)")>`)

// dropMadeUpAddresses takes go-app's made-up Open Graph addresses out of a
// page; the rest of its Open Graph data (title, description) stays.
func dropMadeUpAddresses(page []byte) []byte {
	return madeUpAddress.ReplaceAll(page, nil)
}

// Files of the web folder the pages use; icons are drawn by icons_test.go.
const (
	WasmFile         = "app.wasm"
	iconDefault      = "/web/icon-192.png"
	iconLarge        = "/web/icon-512.png"
	iconMaskable     = "/web/icon-maskable.png"
	iconSVG          = "/web/icon.svg"
	styleSheet       = "/web/app.css"
	themeColor       = "#1f4e5f"
	backgroundColour = "#f7f5f0"
)

// siteResources resolves the app's paths on a site whose root is base: ""
// for a site at the root of its host, "/sub" under a sub-path. Unlike
// go-app's PrefixedLocation it keeps relative paths relative.
type siteResources struct{ base string }

func (r siteResources) Resolve(loc string) string {
	switch {
	case hasScheme(loc):
		return loc
	case loc == "" || loc == "/":
		if r.base == "" {
			return "/"
		}
		return r.base
	case strings.HasPrefix(loc, "/"):
		return r.base + loc
	case loc == "web" || strings.HasPrefix(loc, "web/"):
		return r.base + "/" + loc
	default:
		return loc
	}
}

// hasScheme reports whether loc is an absolute URL (https:, data:, blob:,
// mailto:, ...), which no base path applies to.
func hasScheme(loc string) bool {
	u, err := url.Parse(loc)
	return err == nil && u.Scheme != ""
}

// Route registers the pages of both programs with go-app, each drawn by
// the program that runs it: the server renders each page before its
// program takes over, and the static site writes a file for each. The
// command (main_native.go) and the browser tests call it.
func Route() { sbapp.Route(sbapp.Join(respondent.Pages(), group.Pages())) }

// CleanBasePath turns a --base-path into siteResources' form: "" for the
// root, else "/a/b" without a trailing slash.
func CleanBasePath(p string) (string, error) {
	if p == "" || p == "/" {
		return "", nil
	}
	if !strings.HasPrefix(p, "/") {
		return "", fmt.Errorf("base path %q must start with /", p)
	}
	if strings.ContainsAny(p, "?#\"'<> \\") || strings.Contains(p, "//") || strings.Contains(p, "/../") ||
		strings.HasSuffix(p, "/..") || strings.Contains(p, "/./") || strings.HasSuffix(p, "/.") {
		return "", fmt.Errorf("base path %q is not a clean URL path", p)
	}
	return strings.TrimRight(p, "/"), nil
}

// newHandler is the app's go-app configuration for the files in web, on a
// site whose root is base (see siteResources).
func newHandler(web, base string) (*app.Handler, error) {
	info, err := os.Stat(filepath.Join(web, WasmFile))
	if err != nil {
		return nil, fmt.Errorf("%w (build it first: make wasm)", err)
	}
	if _, err := os.Stat(filepath.Join(web, GroupWasmFile)); err != nil {
		return nil, fmt.Errorf("%w (build it first: make wasm)", err)
	}
	styles, err := styleSheets(web)
	if err != nil {
		return nil, err
	}
	files, err := webFiles(web)
	if err != nil {
		return nil, err
	}
	h := &app.Handler{
		Name:        "Samme båt",
		ShortName:   "Samme båt",
		Title:       "Samme båt",
		Description: "Svar på spørsmålene om sosiale erfaringer i selvhjelpsgrupper og se dine egne resultater. Svarene blir på enheten din.",
		Lang:        "nb",
		Icon: app.Icon{
			Default:  iconDefault,
			Large:    iconLarge,
			Maskable: iconMaskable,
			SVG:      iconSVG,
		},
		ThemeColor:      themeColor,
		BackgroundColor: backgroundColour,
		// Safari's Add to Home Screen: go-app links the maskable icon (opaque,
		// as iOS wants) as apple-touch-icon; the name under it is this title,
		// not the page's, which names a section; and the app opens without
		// Safari's bars, where its storage is kept past Safari's seven days.
		RawHeaders: []string{
			`<meta name="apple-mobile-web-app-title" content="Samme båt">`,
			`<meta name="apple-mobile-web-app-capable" content="yes">`,
		},
		// {progress} counts the uncompressed bytes, so WasmContentLength
		// gives the uncompressed size: with the Content-Length of a
		// compressed response the label would pass 100 %.
		LoadingLabel:      "Laster … {progress} %",
		WasmContentLength: strconv.FormatInt(info.Size(), 10),
		Styles:            styles,
		// The worker caches what go-app lists itself (pages' scripts, the
		// wasm, styles, the PNG icons) and these: every file of the web
		// folder, so that whatever a page uses from it works offline —
		// except the files loaded only when a feature starts (onDemand),
		// which the worker caches when they are first fetched.
		CacheableResources:    precached(files),
		Resources:             siteResources{base: base},
		ServiceWorkerTemplate: ServiceWorkerTemplate(),
	}
	if base != "" {
		// Under a sub-path the page's address ends in a slash, which
		// go-app's own list (the bare base) does not match. Relative to the
		// worker, whose scope is base + "/", this is the page's address.
		// (An absolute path would get base added again.)
		h.CacheableResources = append(h.CacheableResources, "./")
	}
	h.Version, err = siteVersion(web, h)
	if err != nil {
		return nil, err
	}
	return h, nil
}

// styleSheets lists the stylesheets of the web folder: app.css, the base,
// first, then the pages' own in name order, so a page's rule wins a tie.
func styleSheets(web string) ([]string, error) {
	names, err := filepath.Glob(filepath.Join(web, "*.css"))
	if err != nil {
		return nil, err
	}
	styles := []string{styleSheet}
	sort.Strings(names)
	for _, n := range names {
		if p := "/web/" + filepath.Base(n); p != styleSheet {
			styles = append(styles, p)
		}
	}
	return styles, nil
}

// webFiles lists the site's files of the web folder as the pages address
// them ("/web/app.css"), in name order: not dot files, not compressed copies.
func webFiles(web string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(web, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if strings.HasPrefix(e.Name(), ".") && path != web {
			if e.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if e.IsDir() || isCompressedCopy(e.Name()) {
			return nil
		}
		rel, err := filepath.Rel(web, path)
		if err != nil {
			return err
		}
		files = append(files, "/web/"+filepath.ToSlash(rel))
		return nil
	})
	sort.Strings(files)
	return files, err
}

// onDemand are the web folder's files that a page loads only when a
// feature starts, never on a respondent's visit: the code reader (about
// 0.9 MB) when a scan starts. The service worker does not fetch them when
// it installs; it keeps them once fetched (onDemandWorker).
var onDemand = []string{"/web/decoder.wasm"}

// precached is files without the onDemand ones.
func precached(files []string) []string {
	return slices.DeleteFunc(slices.Clone(files), func(f string) bool { return slices.Contains(onDemand, f) })
}

// siteVersion is a digest of everything the service worker caches: the
// files in web and the configuration that shapes the generated pages and
// scripts. A fixed version keeps the worker from fetching the whole wasm
// again at every restart; a changed file changes it.
func siteVersion(web string, h *app.Handler) (string, error) {
	d := sha256.New()
	files, err := webFiles(web)
	if err != nil {
		return "", err
	}
	for _, f := range files {
		fmt.Fprintf(d, "%s\n", f)
		r, err := os.Open(filepath.Join(web, filepath.FromSlash(strings.TrimPrefix(f, "/web/"))))
		if err != nil {
			return "", err
		}
		_, err = io.Copy(d, r)
		r.Close()
		if err != nil {
			return "", err
		}
	}
	fmt.Fprintf(d, "%q %q %q %q %q %q %v %v %v %q\n", h.Name, h.ShortName, h.Title, h.Description, h.Lang,
		h.LoadingLabel, h.Icon, h.Styles, h.CacheableResources, h.Resources.Resolve("/"))
	io.WriteString(d, h.ServiceWorkerTemplate)
	io.WriteString(d, appJSChanges)
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, m := range bi.Deps {
			if strings.HasPrefix(m.Path, "github.com/maxence-charriere/go-app/") {
				fmt.Fprintf(d, "%s %s\n", m.Path, m.Version)
			}
		}
	}
	return hex.EncodeToString(d.Sum(nil))[:20], nil
}

// servedFromWeb says whether a file of the web folder belongs to the site:
// not dot files (.gitignore) and not the tests' files.
func servedFromWeb(name string) bool {
	return !strings.HasPrefix(name, ".")
}

func isCompressedCopy(name string) bool {
	return strings.HasSuffix(name, ".br") || strings.HasSuffix(name, ".gz")
}

// ServiceWorkerTemplate is go-app's worker with two changes, made by
// replacing exact text so that a new go-app version fails loudly here rather
// than silently dropping them:
//
//   - install fetches every resource past the browser's HTTP cache, so a
//     new version never caches the old files a static host let the browser
//     keep;
//   - install waits until every resource is cached (go-app's handler is an
//     async function the browser does not wait for, so a worker could take
//     over with half a cache and the app would not start offline);
//   - a page request is answered with the cached page whatever the query
//     (?lang=en) and, offline, with the cached start page for a route never
//     cached: every route is the same document, and the wasm renders the
//     route from the address; so is a route the host does not know (a
//     plain static file server knows only the start page).
func ServiceWorkerTemplate() string {
	s := app.DefaultAppWorkerJS
	for _, r := range workerChanges {
		if strings.Count(s, r.old) != 1 {
			panic("go-app's service worker changed; review workerChanges: " + r.old[:40])
		}
		s = strings.Replace(s, r.old, r.new, 1)
	}
	return s
}

// onDemandJS is onDemand as a JavaScript array.
func onDemandJS() string {
	b, _ := json.Marshal(onDemand)
	return string(b)
}

var workerChanges = []struct{ old, new string }{
	{
		old: `async function installWorker() {
  const cache = await caches.open(cacheName);
  await cache.addAll(resourcesToCache);
}`,
		new: `async function installWorker() {
  const cache = await caches.open(cacheName);
  // Past the browser's HTTP cache: a static host that sends only
  // Last-Modified lets the browser keep the old files for hours, and the new
  // version's cache would be filled with them for good.
  await cache.addAll(
    resourcesToCache.map((url) => new Request(url, { cache: "reload" }))
  );
  // A file fetched only when a feature starts (the code reader) that the
  // previous version kept is fetched anew, so a device that has scanned
  // still scans offline after an update.
  for (const path of onDemand) {
    const url = new URL("." + path, self.registration.scope).href;
    if (await caches.match(url)) {
      try {
        await cache.add(new Request(url, { cache: "reload" }));
      } catch (err) {
        console.error("fetching", url, "failed:", err);
      }
    }
  }
}

// onDemand are the files a page loads only when a feature starts: not
// fetched when the worker installs, kept once a page has fetched them.
const onDemand = ` + onDemandJS() + `;

function isOnDemand(request) {
  const path = new URL(request.url).pathname;
  return onDemand.some((p) => path.endsWith(p));
}

async function fetchOnDemand(request) {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(request);
  if (cached) {
    return cached;
  }
  const response = await fetch(request);
  if (response.ok) {
    await cache.put(request, response.clone());
  }
  return response;
}`,
	},
	{
		old: `self.addEventListener("install", async (event) => {
  try {
    console.log("installing app worker {{.Version}}");
    await installWorker();
    await self.skipWaiting();
  } catch (error) {
    console.error("error during installation:", error);
  }
});`,
		new: `self.addEventListener("install", (event) => {
  console.log("installing app worker {{.Version}}");
  event.waitUntil(installWorker().then(() => self.skipWaiting()));
});`,
	},
	{
		old: `async function fetchWithCache(request) {
  const cachedResponse = await caches.match(request);`,
		new: `async function fetchWithCache(request) {
  if (request.mode === "navigate") {
    return await navigateWithCache(request);
  }
  if (isOnDemand(request)) {
    return await fetchOnDemand(request);
  }
  const cachedResponse = await caches.match(request);`,
	},
	{
		old: `// -----------------------------------------------------------------------------
// Push Notifications`,
		new: `async function navigateWithCache(request) {
  const cached = await caches.match(request, { ignoreSearch: true });
  if (cached) {
    return followed(cached);
  }
  let response;
  try {
    response = await fetch(request);
  } catch (err) {
    const start = await caches.match(self.registration.scope);
    if (start) {
      return followed(start);
    }
    throw err;
  }
  // A plain static host knows no route but the start page.
  if (response.status === 404) {
    const start = await caches.match(self.registration.scope);
    if (start) {
      return followed(start);
    }
  }
  return response;
}

// A page cached from a redirect cannot answer a navigation as it is.
function followed(response) {
  if (!response.redirected) {
    return response;
  }
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

// -----------------------------------------------------------------------------
// Push Notifications`,
	},
}
