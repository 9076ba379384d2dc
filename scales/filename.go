package scales

import (
	"path"
	"strings"
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
