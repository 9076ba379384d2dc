//go:build unix && !wasm

package analyze

import (
	"errors"
	"io/fs"
	"os/signal"
	"syscall"

	"sammebaat/scales"
)

// readFile reads at most len(buf) bytes of a response file into buf: enough for Read to see that a
// file is over the size limit without reading a huge file whole. Only a regular file is read: a
// named pipe would wait for a writer for ever, a device may never end. With 100,000 files the
// system calls were most of analyze's time, so a file that its folder's listing calls regular
// (listed) takes three (open, read, close) and a file given by name or by a link four (and fstat).
// Nothing waits either way: the file is opened non-blocking, so that a named pipe put in a regular
// file's place after the listing gives nothing to read instead of a hang. The returned slice
// aliases buf.
func readFile(path string, buf []byte, listed bool) ([]byte, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, errors.New(pathProblem(err))
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if !listed {
		if err := syscall.Fstat(fd, &st); err != nil {
			return nil, errors.New(pathProblem(err))
		}
		if m := fileType(uint32(st.Mode)); m != 0 {
			return nil, errors.New(notRegular(m))
		}
	}
	n := 0
	for n < len(buf) {
		m, err := syscall.Read(fd, buf[n:])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, errors.New(pathProblem(err))
		}
		if m <= 0 {
			break
		}
		n += m
		if listed || int64(n) == st.Size {
			// A regular file reads whole up to the buffer's end: a short read is its end (a
			// file whose listing was not the last word ends at its size by fstat).
			break
		}
	}
	if n == len(buf) {
		if listed && syscall.Fstat(fd, &st) != nil {
			st.Size = 0
		}
		return nil, errors.New(scales.TooBigProblem(st.Size))
	}
	return buf[:n], nil
}

// fileType is the type of a file by its stat mode, as fs.FileMode has it: 0 for a regular file.
func fileType(mode uint32) fs.FileMode {
	switch mode & syscall.S_IFMT {
	case syscall.S_IFREG:
		return 0
	case syscall.S_IFDIR:
		return fs.ModeDir
	case syscall.S_IFIFO:
		return fs.ModeNamedPipe
	case syscall.S_IFSOCK:
		return fs.ModeSocket
	case syscall.S_IFCHR:
		return fs.ModeDevice | fs.ModeCharDevice
	case syscall.S_IFBLK:
		return fs.ModeDevice
	case syscall.S_IFLNK:
		return fs.ModeSymlink
	}
	return fs.ModeIrregular
}

// ignoreSIGPIPE makes a write to a closed pipe an error (EPIPE) instead of the signal that ends the
// program without a word: Go raises SIGPIPE for standard output unless the signal is ignored.
func ignoreSIGPIPE() { signal.Ignore(syscall.SIGPIPE) }
