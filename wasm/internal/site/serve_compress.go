//go:build !wasm

package site

import (
	"bytes"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"
)

// A phone on a meeting room's weak link pays for every byte before the first
// question: the page, its style sheets and its scripts are sent compressed.
// The web folder's programs have copies made by `make wasm`; the pages and
// scripts go-app makes, and the web folder's text files without a copy, are
// compressed here as they are sent (a few kilobytes each), the web folder's
// once per version of the file.

// textTypes are the content types worth compressing.
var textTypes = []string{"text/", "application/javascript", "application/json", "application/manifest+json", "image/svg+xml"}

func compressible(ctype string) bool {
	for _, t := range textTypes {
		if strings.HasPrefix(ctype, t) {
			return true
		}
	}
	return false
}

// liveBrotli is quick enough to run on each page sent, and within a few per
// cent of the best on files this small.
var liveBrotli = brotli.WriterOptions{Quality: 9, LGWin: 18}

func brotliBytes(data []byte) []byte {
	var b bytes.Buffer
	w := brotli.NewWriterOptions(&b, liveBrotli)
	w.Write(data) // a bytes.Buffer takes every byte
	w.Close()
	return b.Bytes()
}

// brotliETag is etag for the brotli bytes of the same content; sameETag
// undoes it for go-app's own comparison.
func brotliETag(etag string) string {
	if strings.HasSuffix(etag, `"`) {
		return strings.TrimSuffix(etag, `"`) + `-br"`
	}
	return etag
}

func plainETags(header string) string { return strings.ReplaceAll(header, `-br"`, `"`) }

// compressedFiles holds the brotli bytes of the web folder's text files
// without a copy, by file, size and time.
var compressedFiles sync.Map

type fileVersion struct {
	name        string
	size, mtime int64
}

// compressedFile returns the brotli bytes of the file's version, made once.
func compressedFile(v fileVersion, read func() ([]byte, error)) ([]byte, error) {
	if b, ok := compressedFiles.Load(v); ok {
		return b.([]byte), nil
	}
	data, err := read()
	if err != nil {
		return nil, err
	}
	b := brotliBytes(data)
	compressedFiles.Store(v, b)
	return b, nil
}

// sendCompressed answers r with the brotli bytes of body when the client
// takes them and the type is text; it reports whether it did.
func sendCompressed(w http.ResponseWriter, r *http.Request, status int, body []byte) bool {
	h := w.Header()
	if status != http.StatusOK || r.Method != http.MethodGet || !compressible(h.Get("Content-Type")) || len(body) < 256 {
		return false
	}
	h.Add("Vary", "Accept-Encoding")
	if !accepts(r.Header.Get("Accept-Encoding"), "br") {
		return false
	}
	b := brotliBytes(body)
	h.Set("Content-Encoding", "br")
	h.Set("Content-Length", strconv.Itoa(len(b)))
	if e := h.Get("ETag"); e != "" {
		h.Set("ETag", brotliETag(e))
	}
	h.Del("Accept-Ranges")
	w.WriteHeader(status)
	w.Write(b)
	return true
}
