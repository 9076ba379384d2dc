//go:build !wasm

package analyze

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"testing"
	"time"

	"sammebaat/scales"
	"sammebaat/stats/report"
	"sammebaat/stats/statstest"
	"sammebaat/wasm/internal/analyze/analyzetest"
)

// analyze runs the analyze command with args.
func analyze(args ...string) (stdout, stderr string, code int) {
	var o, e bytes.Buffer
	code = Run(args, &o, &e)
	return o.String(), e.String(), code
}

// TestAnalyzeBatchWithBadFiles gives analyze a folder where malformed files and duplicates stand
// beside good ones: every bad file must be named with its reason, every good one analysed, each
// duplicate named with the file it repeats, and the counts must add up.
func TestAnalyzeBatchWithBadFiles(t *testing.T) {
	dir := t.TempDir()
	good := statstest.StudyLike(42, 30)
	analyzetest.WriteResponses(t, dir, good)
	dupOf := filepath.Join(dir, "r-0003.json")
	first, _ := os.ReadFile(dupOf)
	bad := analyzetest.WriteBadFiles(t, dir, first, good[3].ID)
	// The same response given again, under another name and in a sub-folder, which comes first in
	// lexical order: the copy is kept and r-0003.json is the duplicate.
	sub := filepath.Join(dir, "again")
	os.Mkdir(sub, 0o755)
	os.WriteFile(filepath.Join(sub, "copy.json"), first, 0o644)
	// Not a .json file: not read from a directory.
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("hello"), 0o644)

	stdout, stderr, code := analyze(dir)
	if code != 1 {
		t.Errorf("exit status %d, want 1 (rejected and duplicate files)", code)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	for name, body := range bad {
		p := filepath.Join(dir, name)
		want := ""
		if _, err := scales.Read(p, []byte(body)); err != nil {
			want = err.Error()
		}
		if name == "bad-big.json" {
			want = p + ": the file is"
		}
		found := false
		for _, l := range lines {
			if strings.HasPrefix(l, want) && want != "" {
				found = true
			}
		}
		if !found {
			t.Errorf("stderr does not name %s with its reason %q:\n%s", name, want, stderr)
		}
	}
	dupLine := dupOf + ": duplicate of " + filepath.Join(sub, "copy.json")
	if !strings.Contains(stderr, dupLine+"\n") {
		t.Errorf("stderr lacks %q:\n%s", dupLine, stderr)
	}
	last := lines[len(lines)-1]
	wantLast := fmt.Sprintf("%d files read: %d analysed, %d rejected, 1 duplicate", len(good)+len(bad)+1, len(good), len(bad))
	if last != wantLast {
		t.Errorf("last stderr line %q, want %q", last, wantLast)
	}
	if len(lines) != len(bad)+2 {
		t.Errorf("stderr has %d lines, want one per bad file, one duplicate and the count:\n%s", len(lines), stderr)
	}

	// The report is still printed, and is the report of exactly the good files.
	rep, err := report.NewReport(good, report.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	rep.WriteJSON(&want)
	if stdout != want.String() {
		t.Errorf("report of the batch differs from the report of its good files")
	}
}

func TestAnalyzeExitStatusAndUsage(t *testing.T) {
	dir := t.TempDir()
	analyzetest.WriteResponses(t, dir, statstest.StudyLike(1, 12))
	if _, stderr, code := analyze(dir); code != 0 || stderr != "12 files read: 12 analysed, 0 rejected, 0 duplicate\n" {
		t.Errorf("all good: exit %d, stderr %q", code, stderr)
	}
	for _, args := range [][]string{
		{},
		{"--format", "xml", dir},
		{"--where", "satisfaction=9", dir},
		{"--where", "nosuch=1", dir},
		{"--group-by", "area=1", dir},
		{"--group-by", "employment=1,2", dir},
		{"--split-by", "ekp", dir},
		{"--lang", "sv", dir},
		{"--bogus", dir},
	} {
		stdout, stderr, code := analyze(args...)
		if code != 2 || stdout != "" || !strings.Contains(stderr, "usage: sammebaat analyze") {
			t.Errorf("analyze %q: exit %d, stdout %d bytes, stderr %q; want usage error 2", args, code, len(stdout), stderr)
		}
	}
	// A path that does not exist, alone: nothing could be read, so no report (exit 4), as for a
	// folder with no response file; beside a good folder it is a problem line (exit 1).
	if stdout, stderr, code := analyze(filepath.Join(dir, "missing.json")); code != 4 || stdout != "" || !strings.Contains(stderr, "missing.json: no such file or directory") {
		t.Errorf("missing file: exit %d, stdout %d bytes, stderr %q", code, len(stdout), stderr)
	}
	if stdout, stderr, code := analyze(filepath.Join(dir, "missing.json"), dir); code != 1 || !strings.Contains(stdout, `"n": 12`) {
		t.Errorf("missing file beside a folder: exit %d, stderr %q", code, stderr)
	}
}

// A mistyped path after a good run to --out FILE leaves the good report as it was (it used to be
// replaced by a report of n 0).
func TestAnalyzeMistypedPathKeepsReport(t *testing.T) {
	dir := t.TempDir()
	analyzetest.WriteResponses(t, dir, statstest.StudyLike(2, 6))
	out := filepath.Join(t.TempDir(), "rep.json")
	if _, stderr, code := analyze("--out", out, dir); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	good, err := os.ReadFile(out)
	must(t, err)
	if _, stderr, code := analyze("--out", out, dir+"-typo"); code != 4 || !strings.Contains(stderr, "no such file or directory") {
		t.Errorf("mistyped path: exit %d, stderr %q; want 4 naming it", code, stderr)
	}
	if now, err := os.ReadFile(out); err != nil || !bytes.Equal(now, good) {
		t.Errorf("the report of 6 was replaced: %.80s", now)
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(out), ".*.tmp")); len(left) != 0 {
		t.Errorf("temporary files left: %q", left)
	}
}

// Options after the paths are options (`analyze DIR --format md` read --format and md as files
// and printed JSON); after "--" everything is a path, even one beginning with "-".
func TestAnalyzeOptionsAfterPaths(t *testing.T) {
	dir := t.TempDir()
	analyzetest.WriteResponses(t, dir, statstest.StudyLike(3, 6))
	md, _, code := analyze("--format", "md", dir)
	if code != 0 || !strings.HasPrefix(md, "#") && !strings.Contains(md, "|") {
		t.Fatalf("md before the path: exit %d: %.80s", code, md)
	}
	got, stderr, code := analyze(dir, "--format", "md")
	if code != 0 || got != md {
		t.Errorf("options after the path: exit %d, stderr %q, output %.80s", code, stderr, got)
	}
	odd := filepath.Join(dir, "-odd")
	must(t, os.Mkdir(odd, 0o755))
	analyzetest.WriteResponses(t, odd, statstest.StudyLike(4, 2))
	wd, err := os.Getwd()
	must(t, err)
	must(t, os.Chdir(dir))
	defer os.Chdir(wd)
	if _, stderr, code := analyze("--", "-odd"); code != 0 || !strings.Contains(stderr, "2 files read") {
		t.Errorf(`"--", "-odd": exit %d, stderr %q`, code, stderr)
	}
	if _, stderr, code := analyze(".", "--format"); code != 2 {
		t.Errorf("an option with no value after the path: exit %d, stderr %q; want a usage error", code, stderr)
	}
}

// TestAnalyzeOptions checks that --where, --group-by and --split-by reach the report as the report
// package computes it, and that the CSV is the filtered pooled data set.
func TestAnalyzeOptions(t *testing.T) {
	dir := t.TempDir()
	rs := statstest.StudyLike(5, 200)
	analyzetest.WriteResponses(t, dir, rs)
	stdout, _, code := analyze("--where", "satisfaction=1,2", "--group-by", "gender=1,2", "--split-by", "area", dir)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	in := scales.SESNB2018()
	where, _ := report.ParseFilter(in, "satisfaction=1,2")
	rep, _ := report.NewReport(rs, report.Options{GroupBy: "gender", GroupCodes: [2]int{1, 2}, SplitBy: "area", Where: where})
	var want bytes.Buffer
	rep.WriteJSON(&want)
	if stdout != want.String() {
		t.Error("report with options differs from report.NewReport with the same options")
	}
	if !strings.Contains(stdout, `"filter": "satisfaction=1,2"`) || !strings.Contains(stdout, `"by": "gender"`) {
		t.Error("report does not record its filter and grouping")
	}
	if rep.N == 0 || rep.N == len(rs) {
		t.Fatalf("the filter kept %d of %d: the test data do not exercise it", rep.N, len(rs))
	}

	csvOut, _, _ := analyze("--format", "csv", "--where", "satisfaction=1,2", dir)
	recs, err := csv.NewReader(strings.NewReader(csvOut)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != rep.N+1 {
		t.Errorf("csv has %d rows, want header + %d", len(recs), rep.N)
	}
	head := strings.Join(recs[0], ",")
	if !strings.HasPrefix(head, "id,lang,gender,age,education,emp1,emp2,emp3,emp4,emp5,emp6,status,area,") ||
		!strings.HasSuffix(head, ",share,receive,humour,negative,social,ekp,esp,ekr,esr") {
		t.Errorf("csv header %q", head)
	}
}

// TestAnalyzeMarkdown checks the study's layout: the four tables, the significance stars of the
// Spearman matrix (as the report's p-values say), and the decimal comma in Norwegian.
func TestAnalyzeMarkdown(t *testing.T) {
	dir := t.TempDir()
	rs := statstest.StudyLike(2018, 120)
	analyzetest.WriteResponses(t, dir, rs)
	rep, _ := report.NewReport(rs, report.Options{})
	for _, lang := range []string{"nb", "nn", "en"} {
		md, _, code := analyze("--format", "md", "--lang", lang, dir)
		if code != 0 {
			t.Fatalf("exit %d", code)
		}
		for _, h := range map[string][]string{
			"nb": {"Tabell 1", "Tabell 2", "Tabell 3", "Tabell 4"},
			"nn": {"Tabell 1", "Tabell 2", "Tabell 3", "Tabell 4"},
			"en": {"Table 1", "Table 2", "Table 3", "Table 4"},
		}[lang] {
			if !strings.Contains(md, "## "+h) {
				t.Errorf("%s: no heading %q", lang, h)
			}
		}
		if lang == "nn" {
			// The questions in nynorsk (education's differs from the bokmål).
			ed := scales.SESNB2018().Item("education").Text
			if ed.NN == ed.NB || !strings.Contains(md, "**"+ed.NN+"**") || strings.Contains(md, ed.NB) {
				t.Errorf("nn: Table 2 does not ask %q in nynorsk", ed.NN)
			}
		}
		// recovery (row 1) × satisfaction (row 2): the cell in row 2, column 1.
		p := float64(rep.Correlations.P[1][0])
		rho := fmt.Sprintf("%.3f", float64(rep.Correlations.Rho[1][0]))
		rho = strings.Replace(rho, "0.", ".", 1)
		if lang != "en" {
			rho = strings.Replace(rho, ".", ",", 1)
		}
		rho = strings.Replace(rho, "-", "−", 1)
		stars := ""
		if p < 0.01 {
			stars = "**"
		} else if p < 0.05 {
			stars = "*"
		}
		if !strings.Contains(md, "| "+rho+stars+" |") {
			t.Errorf("%s: matrix lacks the cell %q (p=%g)", lang, rho+stars, p)
		}
	}
}

// BenchmarkAnalyzeFiles measures analyze over many response files, the way a researcher runs it:
// reading, validating, the report and its JSON. Budget (issue 3): 100,000 files in under 10 s.
func BenchmarkAnalyzeFiles(b *testing.B) {
	for _, n := range []int{1_000, 100_000} {
		dir := b.TempDir()
		analyzetest.WriteResponses(b, dir, statstest.StudyLike(uint64(n), n))
		b.Run(fmt.Sprintf("files=%d", n), func(b *testing.B) {
			for b.Loop() {
				start := time.Now()
				var o, e bytes.Buffer
				if code := Run([]string{dir}, &o, &e); code != 0 {
					b.Fatalf("exit %d: %s", code, e.String())
				}
				b.ReportMetric(time.Since(start).Seconds(), "s/run")
			}
		})
	}
}

// hostileNames are file names that, written raw, would forge a second problem line, move a
// terminal's cursor or colour, or turn the text around them (issue 9, item 9), each with the
// form its problem line must give it (relative to the folder, which is plain).
var hostileNames = []struct{ name, shown string }{
	{"two\nlines.json", `two\nlines.json`},
	{"cr\rback.json", `cr\rback.json`},
	{"\x1b[31mred\x1b[0m.json", `\x1b[31mred\x1b[0m.json`},
	{"\u202egnp.json", `\u202egnp.json`},
	{"iso\u2066late.json", `iso\u2066late.json`},
	{"c1\u0085next.json", `c1\u0085next.json`},
}

// TestAnalyzeHostileNames: every hostile name is quoted in its problem line, so that standard
// error has exactly one line per problem and no control or bidirectional character at all.
func TestAnalyzeHostileNames(t *testing.T) {
	dir := t.TempDir()
	paths := analyzetest.WriteResponses(t, dir, statstest.StudyLike(3, 5))
	good, err := os.ReadFile(paths[0])
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for i, h := range hostileNames {
		body := []byte(`{"format": `)
		if i == 0 {
			body = good // a duplicate of r-0000.json
		}
		if err := os.WriteFile(filepath.Join(dir, h.name), body, 0o644); err != nil {
			t.Fatal(err)
		}
		line := `"` + dir + "/" + h.shown + `": `
		if i == 0 {
			line += "duplicate of " + paths[0]
		}
		want = append(want, line)
	}
	_, stderr, code := analyze(dir)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	if len(lines) != len(hostileNames)+1 {
		t.Errorf("%d lines on stderr for %d problems and the count:\n%s", len(lines), len(hostileNames), stderr)
	}
	for _, r := range stderr {
		if (r < 0x20 && r != '\n') || (r >= 0x7f && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
			t.Errorf("stderr holds the character %U:\n%q", r, stderr)
			break
		}
	}
	for _, w := range want {
		found := false
		for _, l := range lines {
			if strings.HasPrefix(l, w) {
				found = true
			}
		}
		if !found {
			t.Errorf("no line starting %q in:\n%s", w, stderr)
		}
	}
}

// TestAnalyzeSymlinkedFolder (issue 9 item 6): a folder given by a symbolic link is read like the
// folder itself, and paths that hold no response file at all are said to, with a status that is not 0.
func TestAnalyzeSymlinkedFolder(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	if err := os.Mkdir(data, 0o755); err != nil {
		t.Fatal(err)
	}
	analyzetest.WriteResponses(t, data, statstest.StudyLike(6, 7))
	link := filepath.Join(dir, "link")
	if err := os.Symlink(data, link); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := analyze(link)
	if code != 0 || stderr != "7 files read: 7 analysed, 0 rejected, 0 duplicate\n" || !strings.Contains(stdout, `"n": 7`) {
		t.Errorf("analyze LINK: exit %d, stderr %q, stdout %.80q", code, stderr, stdout)
	}

	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(empty, "notes.txt"), []byte("not a response"), 0o644); err != nil {
		t.Fatal(err)
	}
	emptyLink := filepath.Join(dir, "emptylink")
	if err := os.Symlink(empty, emptyLink); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{empty, emptyLink} {
		stdout, stderr, code := analyze(p)
		if code != exitNoFiles || stdout != "" || !strings.Contains(stderr, "no response file") {
			t.Errorf("analyze %s (no response file): exit %d, stdout %.80q, stderr %q", p, code, stdout, stderr)
		}
	}
}

// TestAnalyzeWriteFailure (issue 9 item 8): a report that cannot be written — standard output on a
// full device, --out in a folder that does not exist — has its own exit status, not the 1 of
// rejected files, and a message naming what could not be written; --out leaves no partial file.
func TestAnalyzeWriteFailure(t *testing.T) {
	dir := t.TempDir()
	analyzetest.WriteResponses(t, dir, statstest.StudyLike(8, 6))
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full here:", err)
	}
	defer full.Close()
	for _, format := range []string{"json", "md", "csv"} {
		var e bytes.Buffer
		code := Run([]string{"--format", format, dir}, full, &e)
		if code != exitWrite || code == exitRejected || !strings.Contains(e.String(), "analyze: could not write the report to standard output: ") ||
			!strings.Contains(e.String(), "no space left on device") {
			t.Errorf("--format %s > /dev/full: exit %d, stderr %q; want %d and the reason", format, code, e.String(), exitWrite)
		}
	}

	out := filepath.Join(dir, "no-such-folder", "report.json")
	stdout, stderr, code := analyze("--out", out, dir)
	if code != exitWrite || stdout != "" || !strings.Contains(stderr, "analyze: could not write the report to "+out+": ") {
		t.Errorf("--out %s: exit %d, stdout %d bytes, stderr %q", out, code, len(stdout), stderr)
	}
	if _, err := os.Stat(filepath.Dir(out)); err == nil {
		t.Errorf("--out made the folder")
	}

	// --out to a writable place: the same bytes as standard output, nothing on standard output.
	want, _, _ := analyze("--format", "csv", dir)
	out = filepath.Join(t.TempDir(), "pooled.csv")
	stdout, stderr, code = analyze("--format", "csv", "--out", out, dir)
	got, err := os.ReadFile(out)
	if code != exitOK || stdout != "" || err != nil || string(got) != want {
		t.Errorf("--out %s: exit %d, stdout %d bytes, stderr %q, file %d bytes (err %v), want %d bytes", out, code, len(stdout), stderr, len(got), err, len(want))
	}
	entries, _ := os.ReadDir(filepath.Dir(out))
	if len(entries) != 1 {
		t.Errorf("--out left %d files in its folder, want 1", len(entries))
	}
}

// TestAnalyzeSmallThings (issue 9 item 10): /dev/zero is not called "0 bytes"; a comparison of a
// group with itself and a second --where (which used to replace the first without a word) are
// usage errors; one file is "1 file read".
func TestAnalyzeSmallThings(t *testing.T) {
	dir := t.TempDir()
	paths := analyzetest.WriteResponses(t, dir, statstest.StudyLike(10, 6))
	if _, err := os.Stat("/dev/zero"); err == nil {
		_, stderr, code := analyze("/dev/zero")
		if code != exitRejected || strings.Contains(stderr, "0 bytes") || !strings.Contains(stderr, "/dev/zero: not a regular file (a device)\n") {
			t.Errorf("analyze /dev/zero: exit %d, stderr %q", code, stderr)
		}
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"--group-by", "area=2,2", dir}, `--group-by "area=2,2": the two groups must differ`},
		{[]string{"--where", "gender=1", "--where", "area=2", dir}, `--where given twice`},
		{[]string{"--format", "md", "--format", "csv", dir}, `--format given twice`},
	} {
		stdout, stderr, code := analyze(tt.args...)
		if code != exitUsage || stdout != "" || !strings.Contains(stderr, tt.want) {
			t.Errorf("analyze %q: exit %d, stdout %d bytes, stderr %q; want usage error with %q", tt.args, code, len(stdout), stderr, tt.want)
		}
	}
	if _, stderr, code := analyze(paths[0]); code != exitOK || stderr != "1 file read: 1 analysed, 0 rejected, 0 duplicate\n" {
		t.Errorf("one file: exit %d, stderr %q", code, stderr)
	}
}

// TestReadUpTo: a file that gives more bytes than its size by Stat said (a file growing while it is
// read) is over the limit, never "0 bytes".
func TestReadUpTo(t *testing.T) {
	buf := make([]byte, scales.MaxFileSize+1)
	_, err := readUpTo(zeros{}, 0, buf)
	if err == nil || err.Error() != scales.TooBigProblem(0) || strings.Contains(err.Error(), " 0 bytes") {
		t.Errorf("endless reader: %v", err)
	}
	if _, err := readUpTo(zeros{}, 1<<20, buf); err == nil || !strings.Contains(err.Error(), "the file is 1048576 bytes") {
		t.Errorf("1 MiB file: %v", err)
	}
	got, err := readUpTo(strings.NewReader("{}"), 2, buf)
	if err != nil || string(got) != "{}" {
		t.Errorf("small file: %q, %v", got, err)
	}
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) { clear(p); return len(p), nil }

// TestAnalyzePooledCSV (issue 11): the pooled data set that analyze --format csv writes is read back
// as input — the same report as its response files, so a million responses need not be a million
// files — and a bad row is named PATH:LINE with the message a response file with the same answers
// gets, beside good rows that are kept.
func TestAnalyzePooledCSV(t *testing.T) {
	dir := t.TempDir()
	rs := statstest.StudyLike(11, 300)
	analyzetest.WriteResponses(t, dir, rs)
	want, _, code := analyze(dir)
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	pooled := filepath.Join(t.TempDir(), "pooled.csv")
	if _, stderr, code := analyze("--format", "csv", "--out", pooled, dir); code != exitOK {
		t.Fatalf("--format csv: exit %d: %s", code, stderr)
	}
	got, stderr, code := analyze(pooled)
	if code != exitOK || got != want || stderr != "0 response files and 300 rows of 1 pooled CSV file read: 300 analysed, 0 rejected, 0 duplicate\n" {
		t.Errorf("analyze pooled.csv: exit %d, stderr %q, same report %v", code, stderr, got == want)
	}
	csvAgain, _, _ := analyze("--format", "csv", pooled)
	if orig, _ := os.ReadFile(pooled); csvAgain != string(orig) {
		t.Error("the pooled CSV of the pooled CSV differs from it")
	}

	// Bad rows, each made from a good row by one edit, after the header (line 1) and two good rows.
	data, err := os.ReadFile(pooled)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	header := strings.Split(lines[1-1], ",")
	col := func(name string) int { return slices.Index(header, name) }
	edit := func(row string, name, value string) string {
		cells := strings.Split(row, ",")
		cells[col(name)] = value
		return strings.Join(cells, ",")
	}
	good := lines[1:4]
	bad := []struct{ row, problem string }{
		{edit(good[2], "lang", "sv"), `lang is "sv"; allowed: "nb", "en", "nn"`},
		{edit(good[2], "id", "NOT-AN-ID"), `id must be 32 lowercase hex digits, got "NOT-AN-ID"`},
		{edit(good[2], "hum1", "9"), `answers.hum1: code 9 is out of range; allowed 1–7`},
		{edit(good[2], "hum1", "x"), `answers.hum1: "x" is not a code; allowed 1–7`},
		// Only codes as analyze writes them: "+6", "06" and "-0" were read as 6, 6 and 0.
		{edit(good[2], "hum1", "+6"), `answers.hum1: "+6" is not a code; allowed 1–7`},
		{edit(good[2], "hum1", "06"), `answers.hum1: "06" is not a code; allowed 1–7`},
		{edit(good[2], "hum1", "-0"), `answers.hum1: "-0" is not a code; allowed 1–7`},
		{edit(edit(good[2], "emp1", "1"), "emp2", ""), `emp1,emp2,emp3,emp4,emp5,emp6: some empty and some not; all are empty when employment is unanswered`},
		{edit(good[2], "emp3", "2"), `emp3: "2"; each of emp1,emp2,emp3,emp4,emp5,emp6 is 1 (ticked), 0 or, for an unanswered question, empty`},
		{good[2] + ",extra", fmt.Sprintf("%d cells; a row of the pooled data set has %d", len(header)+1, len(header))},
		{good[0], ""}, // a duplicate of line 2
	}
	var b strings.Builder
	b.WriteString(lines[0] + "\n" + good[0] + "\n" + good[1] + "\n")
	for _, r := range bad {
		b.WriteString(r.row + "\n")
	}
	badCSV := filepath.Join(t.TempDir(), "bad.csv")
	if err := os.WriteFile(badCSV, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code = analyze(badCSV)
	if code != exitRejected {
		t.Errorf("bad rows: exit %d, want %d", code, exitRejected)
	}
	var wantErr []string
	for i, r := range bad {
		name := fmt.Sprintf("%s:%d", badCSV, i+4)
		if r.problem == "" {
			wantErr = append(wantErr, name+": duplicate of "+badCSV+":2")
		} else {
			wantErr = append(wantErr, name+": "+r.problem)
		}
	}
	wantErr = append(wantErr, fmt.Sprintf("0 response files and %d rows of 1 pooled CSV file read: 2 analysed, %d rejected, 1 duplicate", len(bad)+2, len(bad)-1))
	if stderr != strings.Join(wantErr, "\n")+"\n" {
		t.Errorf("bad rows: stderr\n%s\nwant\n%s", stderr, strings.Join(wantErr, "\n"))
	}

	// A line far longer than any row (it was read whole into memory, however long): the rows before
	// it are read, the rest of the file is not.
	long := filepath.Join(t.TempDir(), "long.csv")
	must(t, os.WriteFile(long, []byte(lines[0]+"\n"+good[0]+"\n"+strings.Repeat("x", 1<<20)+"\n"+good[1]+"\n"), 0o644))
	if _, stderr, code := analyze(long); code != exitRejected ||
		!strings.Contains(stderr, long+": not CSV: a line is longer than 65536 bytes, which no row of the pooled data set is; the rest of the file is not read\n") ||
		!strings.HasSuffix(stderr, "2 rows of 1 pooled CSV file read: 1 analysed, 1 rejected, 0 duplicate\n") {
		t.Errorf("a long line: exit %d, stderr %q", code, stderr)
	}

	// A pooled CSV of no rows is a file read, with an empty report; not "no response file".
	empty := filepath.Join(t.TempDir(), "empty.csv")
	os.WriteFile(empty, []byte(lines[0]+"\n"), 0o644)
	if stdout, stderr, code := analyze(empty); code != exitOK || !strings.Contains(stdout, `"n": 0`) ||
		stderr != "0 response files and 0 rows of 1 pooled CSV file read: 0 analysed, 0 rejected, 0 duplicate\n" {
		t.Errorf("header only: exit %d, stderr %q", code, stderr)
	}

	// A CSV that is not the pooled data set is one rejected file; a pooled row and a response file
	// with the same id are duplicates.
	other := filepath.Join(t.TempDir(), "other.csv")
	os.WriteFile(other, []byte("a,b\n1,2\n"), 0o644)
	_, stderr, code = analyze(other, filepath.Join(dir, "r-0000.json"), pooled)
	if code != exitRejected || !strings.Contains(stderr, other+": not a pooled data set: the header is not the one analyze --format csv writes (id,lang,gender,age,…)\n") ||
		!strings.Contains(stderr, ": duplicate of "+filepath.Join(dir, "r-0000.json")+"\n") ||
		!strings.HasSuffix(stderr, "2 response files and 300 rows of 1 pooled CSV file read: 300 analysed, 1 rejected, 1 duplicate\n") {
		t.Errorf("other.csv, a file and pooled.csv: exit %d, stderr %q", code, stderr)
	}
}

// TestRowReaderFastSameAsSlow: the pooled CSV's fast row reader accepts only rows that the reader
// through Validate accepts, and gives the same compact response; rows made from good ones by
// random edits of their cells.
func TestRowReaderFastSameAsSlow(t *testing.T) {
	in := scales.SESNB2018()
	var b bytes.Buffer
	if err := report.WriteCSV(&b, in, statstest.StudyLike(12, 200)); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	rr := newRowReader(in)
	values := []string{"", "0", "1", "2", "3", "4", "5", "7", "8", "9", "03", "+1", "x", " 1", "10"}
	fastOK, slowOK := 0, 0
	for i, rec := range recs[1:] {
		for e := range 20 {
			row := slices.Clone(rec)
			for k := range e % 4 {
				col := 2 + (i*7+e*13+k*31)%(len(row)-2-9) // an answer's cell, not a score
				row[col] = values[(i+e*3+k)%len(values)]
			}
			switch e {
			case 5:
				row[1] = "sv"
			case 6:
				row[0] = strings.ToUpper(row[0])
			}
			var fc scales.Compact
			fast := rr.fast(row, &fc)
			sc, problem := rr.slow(row)
			if fast {
				fastOK++
				if problem != "" || fc != sc {
					t.Fatalf("row %q: fast took it, slow says %q (same compact: %v)", row, problem, fc == sc)
				}
			}
			if problem == "" {
				slowOK++
			}
		}
	}
	if fastOK == 0 || slowOK == fastOK {
		t.Logf("fast took %d rows, slow %d", fastOK, slowOK)
	}
	if fastOK < 200 {
		t.Errorf("the fast reader took only %d of the rows", fastOK)
	}
}

// TestAnalyzeRestoresMemoryLimit: analyze sets the runtime's soft memory limit for its pool and
// puts it back, since it also runs inside the tests' own process.
func TestAnalyzeRestoresMemoryLimit(t *testing.T) {
	if os.Getenv("GOMEMLIMIT") != "" {
		t.Skip("GOMEMLIMIT is set: analyze leaves the limit alone")
	}
	dir := t.TempDir()
	analyzetest.WriteResponses(t, dir, statstest.StudyLike(13, 5))
	before := debug.SetMemoryLimit(-1)
	if _, _, code := analyze(dir); code != exitOK {
		t.Fatalf("exit %d", code)
	}
	if after := debug.SetMemoryLimit(-1); after != before {
		t.Errorf("memory limit %d after analyze, %d before", after, before)
	}
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
