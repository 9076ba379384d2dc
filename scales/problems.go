package scales

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The lines that name a rejected or duplicate file, and the count line: the
// command line (analyze) writes them to standard error and the group page
// shows them and saves them as its problem list, from these functions, so
// that the two say the same.

// TooBig is the problem of a file over MaxFileSize bytes.
func TooBig(size int64) string {
	return fmt.Sprintf("the file is %d bytes; a response file is at most %d bytes (64 KiB)", size, MaxFileSize)
}

// ProblemLine is the line of a rejected file: "PATH: reason".
func ProblemLine(fe *FileError) string {
	return SafeName(fe.File) + ": " + safeText(fe.Problem)
}

// DuplicateLine is the line of a duplicate: "PATH: duplicate of PATH".
func DuplicateLine(d Duplicate) string {
	return SafeName(d.File) + ": duplicate of " + SafeName(d.Of)
}

// CountLine is the last line of the problems: how many files were read,
// analysed, rejected and duplicate.
func CountLine(read, analysed, rejected, duplicate int) string {
	files := "files"
	if read == 1 {
		files = "file"
	}
	return fmt.Sprintf("%d %s read: %d analysed, %d rejected, %d duplicate", read, files, analysed, rejected, duplicate)
}

// SafeName is a file name as a problem line shows it: as it is when every
// character of it is plain text, else quoted in Go's syntax ("a\nb.json",
// "\u202egnp.json"), so that a name can neither start a line of its own, nor
// move a terminal's cursor or colour (ESC and the other C0 and C1 controls),
// nor turn the text around it (the bidirectional overrides and isolates), nor
// pass for a quoted name when it is not one.
func SafeName(name string) string {
	if name == "" || strings.HasPrefix(name, `"`) || !plain(name) {
		return strconv.Quote(name)
	}
	return name
}

// safeText escapes what is not plain text in a reason, leaving the rest.
func safeText(s string) string {
	if plain(s) {
		return s
	}
	q := strconv.Quote(s)
	return q[1 : len(q)-1]
}

// plain reports whether s is valid UTF-8 without control characters (C0,
// DEL, C1), bidirectional formatting characters or line and paragraph
// separators.
func plain(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		switch {
		case r < 0x20, r >= 0x7f && r <= 0x9f,
			r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069,
			r == 0x200e, r == 0x200f, r == 0x061c,
			r == 0x2028, r == 0x2029:
			return false
		}
	}
	return true
}
