package scales

// Pooling a batch of response files, as a group's facilitator or a
// researcher gives them: which files of a folder are read, the batch that
// reads them and drops a duplicate, and the lines that name a rejected or
// duplicate file.

import (
	"fmt"
	"path"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// SharedFilePrefix and SharedFileExt name a response file shared from the
// app with the Web Share API: browsers refuse to share .json (Chromium shares
// only a list of media types, text/plain among them), so the app shares the
// same bytes as samme-baat-XXXXXXXX.txt.
const (
	SharedFilePrefix = "samme-baat-"
	SharedFileExt    = ".txt"
)

// IsResponseFileName says whether a file found in a folder is read as a
// response file: *.json, and the app's shared files, samme-baat-*.txt (other
// .txt files, a group's notes say, are left alone). A file given by name is
// read whatever its name.
func IsResponseFileName(name string) bool {
	base := strings.ToLower(path.Base(strings.ReplaceAll(name, "\\", "/")))
	return strings.HasSuffix(base, ".json") ||
		strings.HasPrefix(base, SharedFilePrefix) && strings.HasSuffix(base, SharedFileExt)
}

// Duplicate is a response file whose id was already given by an earlier file of the batch.
type Duplicate struct {
	File string // the file that was dropped
	Of   string // the earlier file with the same id, which was kept
}

// Batch pools response files the way a group's facilitator or a researcher gives them: every file is
// read and validated on its own, a rejected file never stops the others, and a file whose id was
// already seen is dropped as a duplicate of the first one. The counts always add up:
// Read = len(Responses) + len(Rejected) + len(Duplicates).
type Batch struct {
	Responses  []Response
	Files      []string // Files[i] is the file Responses[i] came from
	Rejected   []*FileError
	Duplicates []Duplicate

	seen map[string]string // id → file
}

// Add reads one file of the batch. It returns the problem when the file was rejected, nil otherwise
// (a duplicate is not an error of the file).
func (b *Batch) Add(name string, data []byte) *FileError {
	r, err := Read(name, data)
	return b.AddRead(name, r, err)
}

// AddRead adds a file that was already read with Read, so that a caller can read many files in
// parallel and still add them in their given order.
func (b *Batch) AddRead(name string, r Response, err error) *FileError {
	if err != nil {
		fe, ok := err.(*FileError)
		if !ok {
			fe = &FileError{File: name, Problem: err.Error()}
		}
		b.Rejected = append(b.Rejected, fe)
		return fe
	}
	if b.seen == nil {
		b.seen = make(map[string]string)
	}
	if first, ok := b.seen[r.ID]; ok {
		b.Duplicates = append(b.Duplicates, Duplicate{File: name, Of: first})
		return nil
	}
	b.seen[r.ID] = name
	b.Responses = append(b.Responses, r)
	b.Files = append(b.Files, name)
	return nil
}

// Read is the number of files given to the batch.
func (b *Batch) Read() int { return len(b.Responses) + len(b.Rejected) + len(b.Duplicates) }

// SortByID puts the responses in the order of their ids. Analyses run in this canonical order, so
// that the same files give the same report to the last digit whatever order they were given in.
func SortByID(rs []Response) {
	sort.Slice(rs, func(i, j int) bool { return rs[i].ID < rs[j].ID })
}

// The lines that name a rejected or duplicate file, and the count line: the
// command line (analyze) writes them to standard error and the group page
// shows them and saves them as its problem list, from these functions, so
// that the two say the same.

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
