//go:build !unix && !wasm

package analyze

import (
	"errors"
	"os"
)

// readFile reads at most len(buf) bytes of a response file into buf: enough for Read to see that a
// file is over the size limit without reading a huge file whole. Only a regular file is read. The
// returned slice aliases buf.
func readFile(path string, buf []byte, _ bool) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, errors.New(pathProblem(err))
	}
	if !fi.Mode().IsRegular() {
		return nil, errors.New(notRegular(fi.Mode()))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, errors.New(pathProblem(err))
	}
	defer f.Close()
	if fi, err = f.Stat(); err != nil {
		return nil, errors.New(pathProblem(err))
	}
	if !fi.Mode().IsRegular() {
		return nil, errors.New(notRegular(fi.Mode()))
	}
	return readUpTo(f, fi.Size(), buf)
}

// ignoreSIGPIPE: only unix systems end a program for writing to a closed pipe.
func ignoreSIGPIPE() {}
