//go:build !wasm

package site_test

import (
	"bytes"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"

	"sammebaat/wasm/internal/browsertest"
)

// Pages, scripts and style sheets go compressed to a browser that takes
// brotli, as the same bytes; plainly to one that does not; and a page
// revalidated with the compressed copy's ETag is not sent again.
func TestServerCompressesText(t *testing.T) {
	s := browsertest.StartApp(t)
	get := func(path, enc, inm string) (*http.Response, []byte) {
		t.Helper()
		req, err := http.NewRequest(http.MethodGet, s.URL+path, nil)
		must(t, err)
		// Set by hand, so that Go's client does not take gzip itself.
		req.Header.Set("Accept-Encoding", enc)
		if inm != "" {
			req.Header.Set("If-None-Match", inm)
		}
		res, err := http.DefaultTransport.RoundTrip(req)
		must(t, err)
		defer res.Body.Close()
		body, err := io.ReadAll(res.Body)
		must(t, err)
		return res, body
	}
	for _, p := range []string{"/questionnaire?lang=en", "/", "/app.js", "/wasm_exec.js", "/app.css", "/web/app.css", "/web/respondent.css", "/manifest.webmanifest"} {
		plain, want := get(p, "identity", "")
		res, body := get(p, "gzip, deflate, br", "")
		if res.StatusCode != http.StatusOK || res.Header.Get("Content-Encoding") != "br" {
			t.Errorf("%s: %s, Content-Encoding %q; want brotli", p, res.Status, res.Header.Get("Content-Encoding"))
			continue
		}
		if !strings.Contains(res.Header.Get("Vary"), "Accept-Encoding") || !strings.Contains(plain.Header.Get("Vary"), "Accept-Encoding") {
			t.Errorf("%s: no Vary: Accept-Encoding", p)
		}
		if plain.Header.Get("Content-Encoding") != "" {
			t.Errorf("%s: sent %q to a browser that takes none", p, plain.Header.Get("Content-Encoding"))
		}
		got, err := io.ReadAll(brotli.NewReader(bytes.NewReader(body)))
		// go-app writes a page's attributes in a new order each time.
		if err != nil || (!bytes.Equal(got, want) && !strings.HasPrefix(p, "/questionnaire") && p != "/") {
			t.Errorf("%s: the brotli bytes decode to %d bytes (%v), the plain response has %d", p, len(got), err, len(want))
		}
		if len(body) >= len(want) {
			t.Errorf("%s: %d bytes compressed, %d plain", p, len(body), len(want))
		}
		if e := res.Header.Get("ETag"); e == "" || e == plain.Header.Get("ETag") {
			t.Errorf("%s: the compressed copy's ETag %q is the plain one's", p, e)
		} else if again, _ := get(p, "br", e); again.StatusCode != http.StatusNotModified ||
			again.Header.Get("ETag") != e || !strings.Contains(again.Header.Get("Vary"), "Accept-Encoding") {
			t.Errorf("%s revalidated with %s: %s, ETag %q, Vary %q; want 304 with the same ETag and Vary",
				p, e, again.Status, again.Header.Get("ETag"), again.Header.Get("Vary"))
		}
	}
}
