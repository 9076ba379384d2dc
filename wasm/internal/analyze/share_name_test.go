//go:build !wasm

package analyze

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sammebaat/scales"
	"sammebaat/stats/statstest"
	"sammebaat/wasm/internal/analyze/analyzetest"
)

// A response shared from the app is samme-baat-XXXXXXXX.txt (browsers do not
// share .json): analyze reads it from a folder as it reads a .json file, and
// still leaves other .txt files alone.
func TestAnalyzeReadsSharedTxt(t *testing.T) {
	dir := t.TempDir()
	rs := statstest.StudyLike(5, 6)
	paths := analyzetest.WriteResponses(t, dir, rs)
	shared := filepath.Join(dir, scales.SharedFilePrefix+rs[5].ID[:8]+scales.SharedFileExt)
	must(t, os.Rename(paths[5], shared))
	must(t, os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not a response"), 0o644))
	_, stderr, code := analyze(dir)
	if code != 0 || !strings.Contains(stderr, "6 files read: 6 analysed, 0 rejected, 0 duplicate") {
		t.Errorf("exit %d, stderr:\n%s", code, stderr)
	}
}
