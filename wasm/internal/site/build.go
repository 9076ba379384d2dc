//go:build !wasm

package site

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"sammebaat/wasm/internal/cmdline"
)

// RunBuild is "sammebaat build": the static site for any static file
// server, written to --out (spec/formats.md, "Command line"). It returns
// the exit status.
func RunBuild(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	out := fs.String("out", "site", "`folder` to write the static site to")
	basePath := fs.String("base-path", "/", "URL `path` the site is served under, e.g. /samme-baat")
	web := fs.String("web", "web", "`folder` with app.wasm and the other static files")
	if status, done := cmdline.ParseFlags(fs, args, stderr); done {
		return status
	}
	base, err := CleanBasePath(*basePath)
	if err != nil {
		fmt.Fprintln(stderr, "build:", err)
		return 2
	}
	if err := BuildSite(*out, *web, base); err != nil {
		fmt.Fprintln(stderr, "build:", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %s for %s/\n", *out, base)
	return 0
}

// BuildSite writes the static site for a host that serves out at base
// ("" for the root, else "/sub"): go-app's pages and scripts, the web
// folder, brotli and gzip copies of what compresses, and the security
// policy both as a <meta> element in every page and as a _headers file for
// hosts that read one.
func BuildSite(out, web, base string) error {
	h, err := newHandler(web, base)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	if err := app.GenerateStaticWebsite(out, h); err != nil {
		return fmt.Errorf("generating pages: %w", err)
	}
	appJS := filepath.Join(out, "app.js")
	js, err := os.ReadFile(appJS)
	if err != nil {
		return err
	}
	if js, err = splitAppJS(js, base, web); err != nil {
		return err
	}
	if err := os.WriteFile(appJS, js, 0o644); err != nil {
		return err
	}
	if err := CopyWeb(web, filepath.Join(out, "web")); err != nil {
		return err
	}
	if err := fixManifest(filepath.Join(out, "manifest.webmanifest"), base); err != nil {
		return err
	}
	// Hosts that serve 404.html for an unknown path (GitHub Pages, Netlify,
	// Cloudflare Pages) then start the app, which renders the route itself.
	if err := copyFile(filepath.Join(out, "index.html"), filepath.Join(out, "404.html")); err != nil {
		return err
	}
	pages, err := filepath.Glob(filepath.Join(out, "*.html"))
	if err != nil {
		return err
	}
	css, err := pageStyles(h, web)
	if err != nil {
		return err
	}
	for _, p := range pages {
		page := "/" + strings.TrimSuffix(filepath.Base(p), ".html")
		if page == "/index" || page == "/404" {
			page = "/" // the start page, which 404.html is a copy of
		}
		if err := addMetaPolicy(p, css, css.forPage(page)); err != nil {
			return err
		}
	}
	headers := base + "/*\n" +
		"  Content-Security-Policy: " + contentSecurityPolicy(css) + "\n" +
		"  Permissions-Policy: " + PermissionsPolicy + "\n" +
		"  X-Content-Type-Options: nosniff\n" +
		"  Referrer-Policy: no-referrer\n" +
		// Nothing has a versioned name: every file must be checked with the
		// host each time, or a browser keeps an old one for hours; the
		// service worker keeps the app for offline use.
		"  Cache-Control: no-cache\n"
	if err := os.WriteFile(filepath.Join(out, "_headers"), []byte(headers), 0o644); err != nil {
		return err
	}
	return compressAll(out)
}

// CopyWeb copies the site's files of the web folder, with any .br and .gz
// copies the build made.
func CopyWeb(src, dst string) error {
	return filepath.WalkDir(src, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if strings.HasPrefix(e.Name(), ".") && path != src {
			if e.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if e.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		return copyFile(path, target)
	})
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	info, err := in.Stat()
	if err != nil {
		return err
	}
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Close(); err != nil {
		return err
	}
	// Keep the time, so a compressed copy is still as new as its file.
	return os.Chtimes(dst, info.ModTime(), info.ModTime())
}

// fixManifest scopes the installed app to the site: go-app always writes
// scope "/", which under a sub-path would claim the whole host.
func fixManifest(name, base string) error {
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	m["scope"] = base + "/"
	m["start_url"] = base + "/"
	m["lang"] = "nb"
	data, err = json.Marshal(m)
	if err != nil {
		return err
	}
	return os.WriteFile(name, data, 0o644)
}

// addMetaPolicy puts the security policy first in a page's head, before any
// element that loads something, so it covers all of them, and the style
// sheets, css, in place of the links to them.
func addMetaPolicy(name string, css pageCSS, styles []byte) error {
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	const charset = `<meta charset="UTF-8">`
	i := bytes.Index(data, []byte(charset))
	if i < 0 {
		return fmt.Errorf("%s: no %s to put the security policy after", name, charset)
	}
	i += len(charset)
	meta := `<meta http-equiv="Content-Security-Policy" content="` + metaContentSecurityPolicy(css) + `">`
	data = append(data[:i:i], append([]byte(meta), data[i:]...)...)
	data = dropMadeUpAddresses(data)
	if data, err = inlineStyles(data, styles); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return os.WriteFile(name, data, 0o644)
}

// compressAll writes a .br and a .gz copy of every file of the site out
// that compresses well, for hosts that serve precompressed files. The copies
// the build of the web folder made come along with its files and are kept
// where they still decode to their file (the wasm's brotli copy takes a
// minute to make); any other, such as a stale one from an earlier build into
// the same folder, is made anew, so a host never serves bytes the file no
// longer holds.
func compressAll(out string) error {
	return filepath.WalkDir(out, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		switch filepath.Ext(path) {
		case ".html", ".js", ".css", ".webmanifest", ".svg", ".wasm", ".json":
			return CompressCopies(path)
		}
		return nil
	})
}
