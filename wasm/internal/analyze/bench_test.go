//go:build linux

package analyze

// The command line's figures for `make bench` (issue 11): native analyze over 100,000 response
// files against R (stats/report/testdata/oracle/report.R, psych and stats) on the same responses as one
// pooled CSV, in the same run, with each one's peak memory; and analyze over a pooled CSV of
// 1,000,000 responses. They are measurements, not tests: they run only when SAMMEBAAT_BENCH names
// the file to append their figures to (internal/bench), and assert nothing about speed.

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"sammebaat/internal/bench"
	"sammebaat/internal/bench/benchtest"
	"sammebaat/scales"
	"sammebaat/stats/report"
	"sammebaat/stats/statstest"
	"sammebaat/wasm/internal/analyze/analyzetest"
)

// benchChunk is how many responses statstest.StudyLike makes at a time: a pool of maps for a million
// would not fit the machine. Chunk k has seed 11000+k, and response i of it the id k·2³²+i, so that
// no two are duplicates.
const benchChunk = 10_000

func benchResponses(k int) []scales.Response {
	rs := statstest.StudyLike(uint64(11000+k), benchChunk)
	for i := range rs {
		rs[i].ID = fmt.Sprintf("%016x%016x", k, i)
	}
	return rs
}

// benchCache is a folder under the user's cache folder for test data named by key: made by fill
// into a temporary folder the first time, renamed into place when complete, then reused. The key
// is a hash of the data's first chunk and of how it is made, so other data get another folder.
func benchCache(t *testing.T, what string, n int, fill func(dir string)) string {
	t.Helper()
	root, err := os.UserCacheDir()
	if err != nil {
		root = os.TempDir()
	}
	var first bytes.Buffer
	if err := report.WriteCSV(&first, scales.SESNB2018(), benchResponses(0)); err != nil {
		t.Fatal(err)
	}
	h := sha256.Sum256(fmt.Appendf(first.Bytes(), "\n%s n=%d chunk=%d v1", what, n, benchChunk))
	dir := filepath.Join(root, "sammebaat-bench", fmt.Sprintf("%s-%d-%s", what, n, hex.EncodeToString(h[:8])))
	if _, err := os.Stat(dir); err == nil {
		return dir
	}
	must(t, os.MkdirAll(filepath.Dir(dir), 0o755))
	tmp, err := os.MkdirTemp(filepath.Dir(dir), ".making-")
	must(t, err)
	defer os.RemoveAll(tmp)
	start := time.Now()
	fill(tmp)
	must(t, os.Rename(tmp, dir))
	t.Logf("made %s in %v", dir, time.Since(start).Round(time.Second))
	return dir
}

// benchFiles is a folder of n response files, in sub-folders of 10,000.
func benchFiles(t *testing.T, n int) string {
	return benchCache(t, "files", n, func(dir string) {
		for k := range n / benchChunk {
			sub := filepath.Join(dir, fmt.Sprintf("%03d", k))
			must(t, os.Mkdir(sub, 0o755))
			analyzetest.WriteResponses(t, sub, benchResponses(k))
		}
	})
}

// benchCSV is a pooled CSV of n responses, as analyze --format csv writes it.
func benchCSV(t *testing.T, n int) string {
	dir := benchCache(t, "csv", n, func(dir string) {
		f, err := os.Create(filepath.Join(dir, "pooled.csv"))
		must(t, err)
		in := scales.SESNB2018()
		for k := range n / benchChunk {
			var b bytes.Buffer
			must(t, report.WriteCSV(&b, in, benchResponses(k)))
			data := b.Bytes()
			if k > 0 {
				data = data[bytes.IndexByte(data, '\n')+1:] // one header
			}
			_, err := f.Write(data)
			must(t, err)
		}
		must(t, f.Close())
	})
	return filepath.Join(dir, "pooled.csv")
}

// measure runs a command with its standard output to a file and returns its wall time in seconds,
// its peak resident memory in bytes (the kernel's maxrss of the child) and its processor time
// (user and system) in seconds, which a machine busy with other work changes less than the wall.
func measure(t *testing.T, name string, args ...string) (wall, rss, cpu float64) {
	t.Helper()
	cmd := exec.Command(name, args...)
	out, err := os.Create(filepath.Join(t.TempDir(), "out"))
	must(t, err)
	defer out.Close()
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = out, &stderr
	start := time.Now()
	err = cmd.Run()
	wall = time.Since(start).Seconds()
	if err != nil {
		t.Fatalf("%s %s: %v\n%.2000s", name, strings.Join(args, " "), err, stderr.String())
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		t.Fatal("no resource usage of the child")
	}
	cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
	t.Logf("%s %s: %.2f s, %.2f s processor, %.0f MB peak", filepath.Base(name), strings.Join(args, " "), wall, cpu, float64(ru.Maxrss)/1024)
	return wall, float64(ru.Maxrss) * 1024, cpu // Linux gives kilobytes
}

// benchBinary builds the command line as make build does.
func benchBinary(t *testing.T) string {
	bin := filepath.Join(t.TempDir(), "sammebaat")
	cmd := exec.Command("go", "build", "-trimpath", "-o", bin, "sammebaat/wasm")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestBenchAnalyzeAgainstR: analyze over 100,000 response files and R's report.R over the same
// responses as one CSV, alternately, warm file cache (a first run of each is not counted).
func TestBenchAnalyzeAgainstR(t *testing.T) {
	benchtest.Only(t)
	if _, err := exec.LookPath("Rscript"); err != nil {
		t.Fatalf("the comparison with R needs Rscript with psych and jsonlite: %v", err)
	}
	const n = 100_000
	bin := benchBinary(t)
	files := benchFiles(t, n)
	pooled := benchCSV(t, n)
	rScript, err := filepath.Abs("../../../stats/report/testdata/oracle/report.R")
	must(t, err)

	runs := bench.Runs(3)
	var aWall, aRSS, aCPU, rWall, rRSS, rCPU []float64
	for i := range runs + 1 {
		w, m, c := measure(t, bin, "analyze", "--format", "json", files)
		rw, rm, rc := measure(t, "Rscript", rScript, pooled)
		if i == 0 {
			continue // the file cache warms
		}
		aWall, aRSS, aCPU = append(aWall, w), append(aRSS, m), append(aCPU, c)
		rWall, rRSS, rCPU = append(rWall, rw), append(rRSS, rm), append(rCPU, rc)
	}
	what := fmt.Sprintf(" (%d cores, GOMAXPROCS %d)", runtime.NumCPU(), runtime.GOMAXPROCS(0))
	benchtest.Record(t,
		bench.MedianFigure("analyze/files-100000-wall", "analyze --format json over 100,000 response files, wall"+what, "s", aWall),
		bench.MedianFigure("analyze/files-100000-peak-rss", "analyze over 100,000 response files, peak resident memory", "bytes", aRSS),
		bench.MedianFigure("analyze/files-100000-cpu", "analyze over 100,000 response files, processor time (user+system)", "s", aCPU),
		bench.MedianFigure("analyze/r-100000-cpu", "R on the same 100,000 responses, processor time (user+system)", "s", rCPU),
		bench.MedianFigure("analyze/r-100000-wall", "R (report.R: psych, stats) on the same 100,000 responses as one CSV, wall", "s", rWall),
		bench.MedianFigure("analyze/r-100000-peak-rss", "R on the same 100,000 responses, peak resident memory", "bytes", rRSS))
}

// TestBenchAnalyzeMillion: analyze over a pooled CSV of 1,000,000 responses.
func TestBenchAnalyzeMillion(t *testing.T) {
	benchtest.Only(t)
	const n = 1_000_000
	bin := benchBinary(t)
	pooled := benchCSV(t, n)
	runs := bench.Runs(3)
	var wall, rss []float64
	for i := range runs + 1 {
		w, m, _ := measure(t, bin, "analyze", "--format", "json", pooled)
		if i == 0 {
			continue
		}
		wall, rss = append(wall, w), append(rss, m)
	}
	benchtest.Record(t,
		bench.MedianFigure("analyze/csv-1000000-wall", "analyze --format json over a pooled CSV of 1,000,000 responses, wall", "s", wall),
		bench.MedianFigure("analyze/csv-1000000-peak-rss", "analyze over a pooled CSV of 1,000,000 responses, peak resident memory", "bytes", rss))
}
