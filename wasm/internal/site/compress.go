//go:build !wasm

package site

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/andybalholm/brotli"

	"sammebaat/wasm/internal/cmdline"
)

// brotliOptions are those the brotli command uses for `brotli -q 11` on a
// file of 8 MB or more: the best quality and the largest window. For the
// wasm the copy is byte for byte what that command writes, so a machine
// needs nothing but Go to build what it serves.
var brotliOptions = brotli.WriterOptions{Quality: brotli.BestCompression, LGWin: 24}

// RunCompress runs `sammebaat compress FILE...`, which `make wasm` uses to
// write the wasm's precompressed copies.
func RunCompress(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("compress", flag.ContinueOnError)
	if status, done := cmdline.ParseFlagsAndArgs(fs, args, stderr); done {
		return status
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "compress: name the files to compress")
		return 2
	}
	for _, name := range fs.Args() {
		if err := CompressCopies(name); err != nil {
			fmt.Fprintln(stderr, "compress:", err)
			return 1
		}
	}
	return 0
}

// encoding is a compressed copy's file extension and codec.
type encoding struct {
	ext    string
	encode func(w io.Writer, data []byte) error
	decode func(r io.Reader) (io.Reader, error)
}

var encodings = []encoding{
	{".br", func(w io.Writer, data []byte) error {
		zw := brotli.NewWriterOptions(w, brotliOptions)
		if _, err := zw.Write(data); err != nil {
			return err
		}
		return zw.Close()
	}, func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil }},
	{".gz", func(w io.Writer, data []byte) error {
		zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
		if err != nil {
			return err
		}
		if _, err := zw.Write(data); err != nil {
			return err
		}
		return zw.Close()
	}, func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) }},
}

// CompressCopies writes name.br and name.gz beside name, newer than it, for
// the server and static hosts to send precompressed. A copy that already
// decodes to name's bytes is kept and only touched: brotli's best takes a
// minute or more for the wasm, and a rebuild often gives the same wasm.
// Anything else there, a stale copy or a broken one, is replaced, so a
// client is never sent bytes the file does not hold.
func CompressCopies(name string) error {
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	for _, e := range encodings {
		if err := writeCopy(name+e.ext, data, e); err != nil {
			return err
		}
	}
	return nil
}

func writeCopy(name string, data []byte, e encoding) error {
	if holds(name, data, e) {
		now := time.Now()
		return os.Chtimes(name, now, now)
	}
	var b bytes.Buffer
	if err := e.encode(&b, data); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	// Written aside and renamed, so a server never sends half a copy; the
	// dot keeps the temporary file out of a site's copy of the folder.
	tmp := filepath.Join(filepath.Dir(name), "."+filepath.Base(name)+".tmp")
	if err := os.WriteFile(tmp, b.Bytes(), 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, name); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// holds reports whether the file name decodes with e to exactly data.
func holds(name string, data []byte, e encoding) bool {
	f, err := os.Open(name)
	if err != nil {
		return false
	}
	defer f.Close()
	r, err := e.decode(f)
	if err != nil {
		return false
	}
	got, err := io.ReadAll(io.LimitReader(r, int64(len(data))+1))
	return err == nil && bytes.Equal(got, data)
}
