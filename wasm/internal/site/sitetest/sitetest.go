// Package sitetest is what the tests of site and those that run its
// server share: a stand-in web folder. It imports nothing of site, so that
// site's own tests can use it too.
package sitetest

import (
	"os"
	"path/filepath"
	"testing"
)

// FakeWeb makes a web folder with the files the handler needs.
func FakeWeb(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range map[string]string{
		"app.wasm": "\x00asm fake", "group.wasm": "\x00asm fake group", "app.css": "body{}", "pages.css": "main{}", ".gitignore": "x",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
