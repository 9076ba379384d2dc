// Package scalestest is what the tests of scales and of scales/roomcode
// share (a test file cannot be imported): the example response file of
// spec/formats.md, read from the spec itself so that the tests and the
// spec cannot drift apart, and its id. It imports nothing of scales, so
// that scales' own tests can use it too.
package scalestest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// GoodID is the id of the spec's example response.
const GoodID = "87c17e7f55b12a94dc2caf8cc926753d"

// FormatsExample is the example response file of spec/formats.md: the
// first JSON block of its section "Response file". It panics when the
// spec cannot be found or holds no such block (a test's start-up).
func FormatsExample() string {
	spec, err := os.ReadFile(filepath.Join(moduleRoot(), "spec", "formats.md"))
	if err != nil {
		panic(fmt.Sprintf("scalestest: %v", err))
	}
	s := string(spec)
	sec := strings.Index(s, "\n## Response file")
	begin := strings.Index(s[max(sec, 0):], "```json\n")
	if sec < 0 || begin < 0 {
		panic("scalestest: spec/formats.md has no JSON block under \"## Response file\"")
	}
	s = s[sec+begin+len("```json\n"):]
	end := strings.Index(s, "\n```")
	if end < 0 {
		panic("scalestest: spec/formats.md's example response has no end")
	}
	return s[:end]
}

// moduleRoot is the nearest folder up from the working directory (a
// test's is its package's) that holds go.mod.
func moduleRoot() string {
	dir, err := os.Getwd()
	if err != nil {
		panic(fmt.Sprintf("scalestest: %v", err))
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		up := filepath.Dir(dir)
		if up == dir {
			panic("scalestest: no go.mod above the working directory")
		}
		dir = up
	}
}
