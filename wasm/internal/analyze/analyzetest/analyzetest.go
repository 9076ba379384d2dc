//go:build !wasm

// Package analyzetest writes response files for the tests of the analyze
// command and of the pages that pool files as it does (the group page).
package analyzetest

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"sammebaat/scales"
)

// WriteResponses writes each response as a file of dir, named r-NNNN.json, and returns the paths.
func WriteResponses(t testing.TB, dir string, rs []scales.Response) []string {
	t.Helper()
	paths := make([]string, len(rs))
	for i, r := range rs {
		b, err := scales.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		paths[i] = filepath.Join(dir, fmt.Sprintf("r-%04d.json", i))
		if err := os.WriteFile(paths[i], b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return paths
}

// WriteBadFiles writes into dir one malformed response file of each kind the reader rejects, each
// made from the good file first (whose id is id) by one edit, and returns their names and contents.
func WriteBadFiles(t testing.TB, dir string, first []byte, id string) map[string]string {
	t.Helper()
	bad := map[string]string{
		"bad-notjson.json":   `{"format": "ses-response", `,
		"bad-format.json":    strings.Replace(string(first), `"ses-response"`, `"ses-reply"`, 1),
		"bad-version.json":   strings.Replace(string(first), `"version": 1`, `"version": 7`, 1),
		"bad-lang.json":      regexp.MustCompile(`"lang": "(nb|en)"`).ReplaceAllString(string(first), `"lang": "sv"`),
		"bad-id.json":        strings.Replace(string(first), id, "NOT-AN-ID", 1),
		"bad-array.json":     `[1, 2, 3]`,
		"bad-big.json":       `{"pad": "` + strings.Repeat("x", scales.MaxFileSize) + `"}`,
		"bad-unknown-q.json": strings.Replace(string(first), `"answers": {`, `"answers": {"mood": 3, `, 1),
		"bad-code.json":      strings.Replace(string(first), `"answers": {`, `"answers": {"hum1": 9, `, 1),
		"bad-utf8.json":      strings.Replace(string(first), `"answers": {`, "\"answers\": {\"x\xff\": 1, ", 1),
	}
	for name, body := range bad {
		if body == string(first) {
			t.Fatalf("%s: the edit did not apply", name)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return bad
}
