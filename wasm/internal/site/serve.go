//go:build !wasm

package site

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/signal"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"sammebaat/wasm/internal/cmdline"
)

// RunServe is "sammebaat serve": the app served at --addr until the
// process is stopped. It returns the exit status.
func RunServe(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8000", "`address` to listen on")
	web := fs.String("web", "web", "`folder` with app.wasm and the other static files")
	if status, done := cmdline.ParseFlags(fs, args, stderr); done {
		return status
	}
	srv, err := NewServer(*web)
	if err != nil {
		fmt.Fprintln(stderr, "serve:", err)
		return 1
	}
	l, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "serve:", err)
		return 1
	}
	fmt.Fprintf(stdout, "Samme båt: http://%s/\n", l.Addr())

	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		hs.Shutdown(shutdown)
	}()
	if err := hs.Serve(l); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintln(stderr, "serve:", err)
		return 1
	}
	return 0
}

// Server serves the app: go-app's pages and scripts, and the files of the
// web folder, precompressed where a copy exists, with a strict
// Content-Security-Policy on every response.
type Server struct {
	web string
	app *app.Handler
	// css is the pages' style sheets, which each page carries in its head
	// (styles.go); csp the policy that allows them.
	css pageCSS
	csp string
}

// NewServer is a Server of the web folder web (the built wasm, style
// sheets and icons), with the pages' styles and policy made from it.
func NewServer(web string) (*Server, error) {
	h, err := newHandler(web, "")
	if err != nil {
		return nil, err
	}
	css, err := pageStyles(h, web)
	if err != nil {
		return nil, err
	}
	return &Server{web: web, app: h, css: css, csp: contentSecurityPolicy(css)}, nil
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	setSecurityHeaders(w.Header(), s.csp)
	// The app is files: nothing on this server takes anything in.
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p := r.URL.Path
	switch p {
	case "/app.wasm", "/goapp.wasm":
		p = "/web/" + WasmFile
	case "/robots.txt", "/sitemap.xml", "/ads.txt":
		// go-app would fetch these over the network from itself.
		http.NotFound(w, r)
		return
	}
	if strings.HasPrefix(p, "/web/") {
		s.serveWeb(w, r, strings.TrimPrefix(p, "/web/"))
		return
	}
	s.servePage(w, r)
}

// servePage serves go-app's pages and scripts, taking out of a page the
// Open Graph addresses go-app makes up (see dropMadeUpAddresses).
func (s *Server) servePage(w http.ResponseWriter, r *http.Request) {
	rec := httptest.NewRecorder()
	inm := r.Header.Get("If-None-Match")
	if inm != "" {
		// A revalidation of the brotli bytes is one of go-app's page.
		r = r.Clone(r.Context())
		r.Header.Set("If-None-Match", plainETags(inm))
	}
	s.app.ServeHTTP(rec, r)
	body := rec.Body.Bytes()
	switch {
	case strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html"):
		body = dropMadeUpAddresses(body)
		var err error
		if body, err = inlineStyles(body, s.css.forPage(r.URL.Path)); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		rec.Header().Set("Content-Length", strconv.Itoa(len(body)))
	case (r.URL.Path == "/app.js" || r.URL.Path == "/goapp.js") && rec.Code == http.StatusOK:
		js, err := splitAppJS(body, "", s.web)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		body = js
		rec.Header().Set("Content-Length", strconv.Itoa(len(body)))
	}
	for k, v := range rec.Header() {
		w.Header()[k] = v
	}
	if sendCompressed(w, r, rec.Code, body) {
		return
	}
	if rec.Code == http.StatusNotModified && strings.Contains(inm, `-br"`) {
		// The brotli copy is not modified: the ETag and Vary its 200
		// carried.
		w.Header().Add("Vary", "Accept-Encoding")
		if e := w.Header().Get("ETag"); e != "" {
			w.Header().Set("ETag", brotliETag(e))
		}
	}
	w.WriteHeader(rec.Code)
	w.Write(body)
}

func setSecurityHeaders(h http.Header, csp string) {
	h.Set("Content-Security-Policy", csp)
	h.Set("Permissions-Policy", PermissionsPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
}

// serveWeb serves a file of the web folder, or its .br or .gz copy when the
// request accepts that encoding.
func (s *Server) serveWeb(w http.ResponseWriter, r *http.Request, name string) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name = path.Clean("/" + name)[1:]
	if name == "" || !servedFromWeb(path.Base(name)) || strings.Contains(name, "/.") {
		http.NotFound(w, r)
		return
	}
	file := filepath.Join(s.web, filepath.FromSlash(name))
	info, err := os.Stat(file)
	if err != nil || info.IsDir() {
		http.NotFound(w, r)
		return
	}
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Cache-Control", "no-cache")

	served, encoding, vary := file, "", false
	for _, enc := range []struct{ name, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
		ci, err := os.Stat(file + enc.ext)
		if err != nil || ci.IsDir() {
			continue
		}
		// A compressed copy older than the file is stale: serve the file.
		// Whole seconds, as some tools and file systems keep times.
		if ci.ModTime().Before(info.ModTime().Truncate(time.Second)) {
			continue
		}
		vary = true
		if accepts(r.Header.Get("Accept-Encoding"), enc.name) {
			served, encoding = file+enc.ext, enc.name
			break
		}
	}
	// The bytes sent: the file or its copy, or the file compressed here.
	var (
		body    io.ReadSeeker
		modTime time.Time
		length  int64 // of body
		tagSize int64 // the size the ETag names
	)
	if !vary && r.Method == http.MethodGet && compressible(ctype) && info.Size() >= 256 {
		// A text file with no copy (a style sheet): compressed here.
		vary = true
		if accepts(r.Header.Get("Accept-Encoding"), "br") {
			v := fileVersion{file, info.Size(), info.ModTime().UnixNano()}
			b, err := compressedFile(v, func() ([]byte, error) { return os.ReadFile(file) })
			if err != nil {
				http.NotFound(w, r)
				return
			}
			body, modTime, length, tagSize, encoding = bytes.NewReader(b), info.ModTime(), int64(len(b)), info.Size(), "br"
		}
	}
	if vary {
		w.Header().Set("Vary", "Accept-Encoding")
	}
	if body == nil {
		f, err := os.Open(served)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		defer f.Close()
		fi, err := f.Stat()
		if err != nil {
			http.Error(w, "cannot read file", http.StatusInternalServerError)
			return
		}
		body, modTime, length, tagSize = f, fi.ModTime(), fi.Size(), fi.Size()
	}
	if encoding != "" {
		// ServeContent sends no length for an encoded body, and a byte
		// range of compressed bytes is of no use to anyone: send it whole.
		w.Header().Set("Content-Encoding", encoding)
		w.Header().Set("Content-Length", strconv.FormatInt(length, 10))
		r = r.Clone(r.Context())
		r.Header.Del("Range")
	}
	// The ETag names the encoding: a cache must not answer a request that
	// accepts only gzip with the brotli bytes.
	w.Header().Set("ETag", fmt.Sprintf(`"%x-%x-%s"`, modTime.UnixNano(), tagSize, encoding))
	http.ServeContent(w, r, "", modTime, body)
}

// accepts reports whether an Accept-Encoding header value accepts coding
// with a non-zero quality.
func accepts(header, coding string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), coding) {
			continue
		}
		for _, p := range strings.Split(params, ";") {
			k, v, _ := strings.Cut(strings.TrimSpace(p), "=")
			if strings.EqualFold(strings.TrimSpace(k), "q") {
				v = strings.TrimSpace(v)
				return v != "" && strings.Trim(v, "0.") != ""
			}
		}
		return true
	}
	return false
}
