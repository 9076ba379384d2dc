//go:build !wasm

package e2e

// Browser tests of the group page (app/group): a folder of good,
// malformed and duplicate response files imported through the folder input;
// the summary against analyze's standard error; every number of the tables
// against the native report; the downloaded report, CSV and SPSS file
// against what the command line and stats/sav write for the same files; the
// selection against analyze --where; the privacy guard; axe-core; and the
// progress of a large import. The harness (../internal/browsertest) fails a test on any request
// that leaves the app's origin.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"sammebaat/scales"
	"sammebaat/stats/report"
	"sammebaat/stats/sav"
	"sammebaat/stats/statstest"
	"sammebaat/wasm/internal/analyze"
	"sammebaat/wasm/internal/analyze/analyzetest"
	"sammebaat/wasm/internal/browsertest"
)

// groupFolder writes a folder named pool under a new temporary root: the
// given good responses as r-NNNN.json, malformed files each with another
// problem, two duplicates (one in a sub-folder that sorts first, so the
// copy is kept and the original is the duplicate) and a file that is not
// .json (not read from a folder). It returns the root and the folder.
func groupFolder(t *testing.T, good []scales.Response) (root, folder string) {
	t.Helper()
	root = t.TempDir()
	folder = filepath.Join(root, "pool")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	analyzetest.WriteResponses(t, folder, good)
	first, err := os.ReadFile(filepath.Join(folder, "r-0003.json"))
	if err != nil {
		t.Fatal(err)
	}
	analyzetest.WriteBadFiles(t, folder, first, good[3].ID)
	sub := filepath.Join(folder, "again")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	must(t, os.WriteFile(filepath.Join(sub, "copy.json"), first, 0o644))
	second, _ := os.ReadFile(filepath.Join(folder, "r-0010.json"))
	must(t, os.WriteFile(filepath.Join(folder, "z-r-0010-again.json"), second, 0o644))
	must(t, os.WriteFile(filepath.Join(folder, "notes.txt"), []byte("not a response"), 0o644))
	return root, folder
}

// rejectedLines is the group page's list of rejected files or codes, each
// as it reads ("FILE: reason").
func rejectedLines(b *browsertest.Tab) []string {
	return browsertest.Eval[[]string](b, `[...document.querySelectorAll("#group-rejected li")].map(li => li.textContent)`)
}

// duplicatePairs is the group page's list of duplicates: each one's name and
// the name of the file or code it repeats.
func duplicatePairs(b *browsertest.Tab) [][2]string {
	return browsertest.Eval[[][2]string](b, `[...document.querySelectorAll("#group-duplicates li")].map(li => [li.dataset.file, li.dataset.of])`)
}

// cells reads every number cell of the page: data-key → data-value.
func cells(b *browsertest.Tab) map[string]string {
	b.T.Helper()
	raw := browsertest.Eval[[]byte](b, `Object.fromEntries([...document.querySelectorAll("[data-key]")].map(e => [e.dataset.key, e.dataset.value || ""]))`)
	m := map[string]string{}
	if err := json.Unmarshal(raw, &m); err != nil {
		b.T.Fatal(err)
	}
	return m
}

// sameNumber compares a cell's value with the report's: exactly, or within
// a few units in the last place (see ulpDiffs).
func sameNumber(got string, want report.Number) bool {
	w := float64(want)
	if math.IsNaN(w) || math.IsInf(w, 0) {
		return got == ""
	}
	g, err := strconv.ParseFloat(got, 64)
	if err != nil {
		return false
	}
	return g == w || math.Abs(g-w) <= 4*ulp(w)
}

func ulp(x float64) float64 {
	return math.Abs(math.Nextafter(x, math.Inf(1)) - x)
}

// expectedCells is what the page's cells must hold for report rep: every
// statistic the tables, figures and profile show, keyed as the page keys them.
func expectedCells(in *scales.Instrument, rep *report.Report) map[string]report.Number {
	want := map[string]report.Number{}
	n := func(i int) report.Number { return report.Number(i) }
	for _, s := range in.Scales {
		st := rep.Scales[s.ID]
		k := "t1." + s.ID + "."
		want[k+"alpha"] = st.Alpha
		want[k+"alpha_n"] = n(st.AlphaN)
		want[k+"study_alpha"] = st.StudyAlpha
		want[k+"original_alpha"] = st.OriginalAlpha
		for _, it := range st.Items {
			ik := k + "items." + it.ID + "."
			want[ik+"mean"] = it.Mean
			want[ik+"sd"] = it.SD
			want[ik+"corrected_item_total"] = it.CorrectedItemTotal
			want[ik+"alpha_if_deleted"] = it.AlphaIfDeleted
		}
	}
	for _, q := range in.Study.Background {
		fr := rep.Frequencies[q]
		for code, c := range fr.Counts {
			want["t2."+q+"."+code] = n(c)
		}
		if fr.NMissing > 0 {
			want["t2."+q+".missing"] = n(fr.NMissing)
		}
	}
	for _, v := range in.Study.Comparison {
		row := rep.GroupComparison.Rows[v]
		k := "t3." + v + "."
		for j, g := range row.Groups {
			want[k+strconv.Itoa(j)+".mean"] = g.Mean
			want[k+strconv.Itoa(j)+".sd"] = g.SD
		}
		want[k+"student_p"] = row.Student.P
		want[k+"welch_p"] = row.Welch.P
		want[k+"mann_whitney_p"] = row.MannWhitney.P
		want[k+"cohens_d"] = row.CohensD
	}
	matrix := func(id string, m report.CorrelationMatrix) {
		for i, a := range m.Variables {
			for j := 0; j < i; j++ {
				want[fmt.Sprintf("t4.%s.%s.%s", id, a, m.Variables[j])] = m.Rho[i][j]
			}
		}
	}
	matrix("all", rep.Correlations)
	for _, g := range rep.Split.Groups {
		matrix(rep.Split.By+"-"+strconv.Itoa(g.Value), g.CorrelationMatrix)
	}
	for _, q := range []string{"hum1", "hum2", "hum3", "hum4", "hum5", "out1", "out2", "out3", "out4", "out5"} {
		fr := rep.Frequencies[q]
		for code, c := range fr.Counts {
			want["f."+q+"."+code] = n(c)
		}
		want["f."+q+".n_valid"] = n(fr.NValid)
	}
	for _, s := range []string{"share", "receive", "humour", "negative", "social"} {
		want["profile."+s+".mean"] = rep.Scales[s].Mean
		want["profile."+s+".sd"] = rep.Scales[s].SD
		want["profile."+s+".n"] = n(rep.Scales[s].N)
	}
	return want
}

// checkCells compares the page's cells with the report's numbers: every
// expected statistic must be on the page with the report's value.
func checkCells(t *testing.T, got map[string]string, want map[string]report.Number) {
	t.Helper()
	bad := 0
	for k, w := range want {
		g, ok := got[k]
		if !ok {
			t.Errorf("the page has no cell %s (want %v)", k, w)
			bad++
		} else if !sameNumber(g, w) {
			t.Errorf("cell %s = %q, want %v", k, g, float64(w))
			bad++
		}
		if bad > 20 {
			t.Fatal("too many differences")
		}
	}
}

// savCreated reads the creation time an SPSS system file's header holds
// (bytes 92–108: "dd Mon yy" and "hh:mm:ss").
func savCreated(t *testing.T, data []byte) time.Time {
	t.Helper()
	if len(data) < 109 {
		t.Fatalf("a .sav of %d bytes", len(data))
	}
	ts, err := time.ParseInLocation("02 Jan 06 15:04:05", string(data[92:101])+" "+string(data[101:109]), time.UTC)
	if err != nil {
		t.Fatalf("the .sav header's creation time %q: %v", data[92:109], err)
	}
	return ts
}

// The group page as a facilitator uses it, step by step: the file inputs
// by keyboard, a few files below the privacy limit, a folder (counted and
// listed as analyze does), the tables against the native report, the
// downloads against the command line's, a selection, English, a phone's
// width.
func TestGroupPage(t *testing.T) {
	v := &groupPageVisit{t: t, in: scales.SESNB2018(), good: statstest.StudyLike(2026, 80)}
	v.root, v.folder = groupFolder(t, v.good)
	site := browsertest.StartApp(t)
	v.b = browsertest.NewBrowser(t, site)
	v.b.Do(chromedp.EmulateViewport(1100, 900))
	v.b.Navigate(site.URL + "/group")
	v.b.WaitReady("group")

	v.keyboardReachesTheInputs()
	v.fewFilesShowOnlyCounts()
	v.folderCountedAsAnalyzeDoes()
	v.tablesAreTheNativeReports()
	v.downloadsAreTheCommandLines()
	v.selection()
	v.english()
	v.phoneWidth()
}

// groupPageVisit is TestGroupPage's facilitator and what the steps share.
type groupPageVisit struct {
	t            *testing.T
	in           *scales.Instrument
	b            *browsertest.Tab
	good         []scales.Response
	root, folder string
	batch        scales.Batch // the folder's responses, read natively
}

// keyboardReachesTheInputs: Tab reaches both file inputs, and their
// buttons show it.
func (v *groupPageVisit) keyboardReachesTheInputs() {
	t, b := v.t, v.b
	for _, id := range []string{"group-files", "group-folder"} {
		found := false
		for range 30 {
			b.Do(chromedp.KeyEvent(kb.Tab))
			if browsertest.Eval[bool](b, fmt.Sprintf(`document.activeElement && document.activeElement.id === %q`, id)) {
				found = true
				break
			}
		}
		if !found {
			t.Fatalf("Tab does not reach #%s", id)
		}
		if style := browsertest.Eval[string](b, `getComputedStyle(document.activeElement.closest("label")).outlineStyle`); style != "solid" {
			t.Errorf("#%s has focus but its button shows no outline (%q)", id, style)
		}
	}
}

// fewFilesShowOnlyCounts: a few files chosen one by one are below the
// privacy limit: only counts.
func (v *groupPageVisit) fewFilesShowOnlyCounts() {
	t, b, folder := v.t, v.b, v.folder
	few := []string{filepath.Join(folder, "r-0000.json"), filepath.Join(folder, "r-0001.json"),
		filepath.Join(folder, "r-0002.json"), filepath.Join(folder, "bad-lang.json")}
	b.Do(chromedp.SetUploadFiles(chromedp.CSS("#group-files"), few))
	waitImports(b, 1, 30*time.Second)
	if s := summary(b); s.Given != 4 || s.Analysed != 3 || s.Rejected != 1 || s.Duplicates != 0 {
		t.Errorf("after 4 files: %+v", s)
	}
	if !browsertest.Eval[bool](b, `!!document.getElementById("group-guard") && !document.querySelector("table")`) {
		t.Error("with 3 responses the page shows more than the counts, or does not say why")
	}
	b.CheckAxe("group page below the privacy limit")
	b.Do(chromedp.Click(chromedp.CSS("#group-clear")))
	browsertest.WaitTrue(b, `document.getElementById("group-status").dataset.given === "0"`, "the pool emptied")
}

// folderCountedAsAnalyzeDoes: the folder, through the folder input, is
// counted, and its rejected files and duplicates listed, as analyze does.
func (v *groupPageVisit) folderCountedAsAnalyzeDoes() {
	t, b, root, folder := v.t, v.b, v.root, v.folder
	b.Do(chromedp.SetUploadFiles(chromedp.CSS("#group-folder"), []string{folder}))
	waitImports(b, 2, 60*time.Second)
	s := summary(b)

	_, stderr, code := cliRun(t, root, folder)
	if code != 1 {
		t.Errorf("analyze exit status %d, want 1", code)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	last := lines[len(lines)-1]
	wantLast := fmt.Sprintf("%d files read: %d analysed, %d rejected, %d duplicate", s.Given, s.Analysed, s.Rejected, s.Duplicates)
	if last != wantLast {
		t.Errorf("page counts %q, analyze %q", wantLast, last)
	}
	if s.Given != s.Analysed+s.Rejected+s.Duplicates || s.Analysed != len(v.good) || s.Rejected != 10 || s.Duplicates != 2 {
		t.Errorf("summary %+v: want %d analysed, 10 rejected, 2 duplicates", s, len(v.good))
	}
	// Each rejected file with its reason, and each duplicate with the file
	// it repeats, exactly as analyze lists them.
	var listed []string
	for _, li := range rejectedLines(b) {
		listed = append(listed, li)
	}
	for _, li := range duplicatePairs(b) {
		listed = append(listed, li[0]+": duplicate of "+li[1])
	}
	problems := lines[:len(lines)-1]
	if strings.Join(sortedCopy(listed), "\n") != strings.Join(sortedCopy(problems), "\n") {
		t.Errorf("the page lists\n  %s\nanalyze lists\n  %s", strings.Join(listed, "\n  "), strings.Join(problems, "\n  "))
	}
	if !browsertest.Eval[bool](b, `document.getElementById("group-status").dataset.skipped === "1" && document.body.textContent.includes("Hoppet over i mappene")`) {
		t.Error("the page does not say that notes.txt was skipped")
	}
}

// tablesAreTheNativeReports: the tables' numbers are the native report's.
func (v *groupPageVisit) tablesAreTheNativeReports() {
	t, b := v.t, v.b
	paths, _ := analyze.ResponsePaths([]string{v.folder})
	for _, p := range paths {
		data, _ := os.ReadFile(p)
		v.batch.Add(p, data)
	}
	rep, err := report.NewReport(v.batch.Responses, report.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCells(t, cells(b), expectedCells(v.in, rep))
	for _, caption := range []string{"Tabell 1", "Tabell 2", "Tabell 3", "Tabell 4", "Figur 1", "Figur 2"} {
		if !browsertest.Eval[bool](b, fmt.Sprintf(`[...document.querySelectorAll("caption, figcaption")].some(c => c.textContent.startsWith(%q))`, caption)) {
			t.Errorf("no caption starting %q", caption)
		}
	}
}

// downloadsAreTheCommandLines: the report and the CSV are the command
// line's; the SPSS file is stats/sav's for the same responses, labelled in
// the language chosen (English, and nynorsk).
func (v *groupPageVisit) downloadsAreTheCommandLines() {
	t, b, root, folder := v.t, v.b, v.root, v.folder
	name, page := b.Download(chromedp.Click(chromedp.CSS("#export-report")))
	cli, _, _ := cliRun(t, root, folder)
	if name != "ses-report.json" {
		t.Errorf("report saved as %q", name)
	}
	checkSameReport(t, "the downloaded report", page, cli)
	name, page = b.Download(chromedp.Click(chromedp.CSS("#export-csv")))
	cli, _, _ = cliRun(t, root, "--format", "csv", folder)
	if name != "ses-data.csv" || !bytes.Equal(page, cli) {
		t.Errorf("CSV %q (%d bytes) is not analyze --format csv's (%d bytes)", name, len(page), len(cli))
	}
	for _, l := range []scales.Lang{scales.EN, scales.NN} {
		b.Do(chromedp.Click(chromedp.CSS("#sav-lang-" + string(l))))
		name, page = b.Download(chromedp.Click(chromedp.CSS("#export-sav")))
		var want bytes.Buffer
		must(t, sav.WriteCreated(&want, v.in, v.batch.Responses, l, savCreated(t, page)))
		if name != "ses-data-"+string(l)+".sav" || !bytes.Equal(page, want.Bytes()) {
			t.Errorf("SPSS file %q (%d bytes) is not sav.Write's for the same responses in %s (%d bytes)", name, len(page), l, want.Len())
		}
		checkPSPP(t, page, v.batch.Responses, l)
	}

	// Accessibility with everything open.
	browsertest.Eval[chromedp.Void](b, `document.querySelectorAll("details").forEach(d => d.open = true)`)
	b.CheckAxe("group page with tables")
}

// selection: only the very dissatisfied are too few to show here; the
// quite and very satisfied are not, and their report is analyze --where's.
func (v *groupPageVisit) selection() {
	t, b, root, folder := v.t, v.b, v.root, v.folder
	b.Do(chromedp.Click(chromedp.CSS("#group-filter-dissatisfied")))
	browsertest.WaitTrue(b, `document.getElementById("group-filter-current").dataset.filter === "satisfaction=1"`, "the selection applied")
	repWhere, _ := report.NewReport(v.batch.Responses, report.Options{Where: report.Filter{Question: "satisfaction", Codes: []int{1}}})
	if repWhere.N >= 5 {
		t.Fatalf("the test data has %d very dissatisfied; the guard check needs fewer than 5", repWhere.N)
	}
	if !browsertest.Eval[bool](b, `!!document.getElementById("group-guard") && !document.querySelector("table")`) {
		t.Errorf("a selection of %d responses shows tables", repWhere.N)
	}
	if got := browsertest.Eval[string](b, `document.getElementById("group-filter-q").value`); got != "satisfaction" {
		t.Fatalf("the selection's question is %q after the preset", got)
	}
	for _, id := range []string{"group-filter-code-1", "group-filter-code-4", "group-filter-code-5"} {
		want := id != "group-filter-code-1" // 1 goes off, 4 and 5 on
		browsertest.Eval[chromedp.Void](b, fmt.Sprintf(`document.getElementById(%q).click()`, id))
		browsertest.WaitTrue(b, fmt.Sprintf(`document.getElementById(%q).checked === %v`, id, want), id)
	}
	browsertest.Eval[chromedp.Void](b, `document.getElementById("group-filter-apply").click()`)
	browsertest.WaitTrue(b, `document.getElementById("group-filter-current").dataset.filter === "satisfaction=4,5"`, "the selection applied")
	repWhere, _ = report.NewReport(v.batch.Responses, report.Options{Where: report.Filter{Question: "satisfaction", Codes: []int{4, 5}}})
	checkCells(t, cells(b), expectedCells(v.in, repWhere))
	name, page := b.Download(chromedp.Click(chromedp.CSS("#export-report")))
	cli, _, _ := cliRun(t, root, "--where", "satisfaction=4,5", folder)
	if name != "ses-report-satisfaction-4-5.json" {
		t.Errorf("selected report saved as %q", name)
	}
	checkSameReport(t, "the downloaded report under satisfaction=4,5", page, cli)
	name, page = b.Download(chromedp.Click(chromedp.CSS("#export-csv")))
	cli, _, _ = cliRun(t, root, "--format", "csv", "--where", "satisfaction=4,5", folder)
	if !bytes.Equal(page, cli) {
		t.Errorf("CSV %q under the selection is not analyze --where's", name)
	}
}

// english: the language switch keeps the pool and the selection; the same
// numbers with a decimal point.
func (v *groupPageVisit) english() {
	t, b := v.t, v.b
	b.Do(chromedp.Click(chromedp.CSS(`a[hreflang="en"]`)))
	browsertest.WaitTrue(b, `document.documentElement.lang === "en" && [...document.querySelectorAll("caption")].some(c => c.textContent.startsWith("Table 1"))`, "the page in English")
	repWhere, _ := report.NewReport(v.batch.Responses, report.Options{Where: report.Filter{Question: "satisfaction", Codes: []int{4, 5}}})
	alpha := browsertest.Eval[string](b, `document.querySelector('[data-key="t1.share.alpha"]').textContent`)
	if want := report.Stat(repWhere.Scales["share"].Alpha, scales.EN); alpha != want || !strings.HasPrefix(want, ".") {
		t.Errorf("in English share's α reads %q, want %q", alpha, want)
	}
	if s := summary(b); s.Analysed != len(v.good) {
		t.Errorf("after the language switch the pool has %d responses", s.Analysed)
	}
}

// phoneWidth: on a phone the page itself does not scroll sideways (wide
// tables scroll in their own boxes), and nothing went wrong in the page
// along the way (a Go panic or a failed promise is logged as an error).
func (v *groupPageVisit) phoneWidth() {
	t, b := v.t, v.b
	b.Do(chromedp.EmulateViewport(412, 915))
	if w := browsertest.Eval[float64](b, `document.documentElement.scrollWidth - window.innerWidth`); w > 0 {
		t.Errorf("on a 412 px screen the page is %v px too wide", w)
	}
	b.CheckAxe("group page in English on a phone")
	b.CheckNoCSPViolations()
	for _, m := range b.Console() {
		if strings.HasPrefix(m, "error") || strings.Contains(m, "panic") {
			t.Errorf("the console says: %s", m)
		}
	}
}

func sortedCopy(s []string) []string {
	c := append([]string(nil), s...)
	for i := 1; i < len(c); i++ {
		for j := i; j > 0 && c[j] < c[j-1]; j-- {
			c[j], c[j-1] = c[j-1], c[j]
		}
	}
	return c
}

// checkPSPP opens the .sav in GNU PSPP and checks that it reads the valid
// answers to a question of rs, with the unanswered declared missing.
func checkPSPP(t *testing.T, data []byte, rs []scales.Response, l scales.Lang) {
	t.Helper()
	pspp, err := exec.LookPath("pspp")
	if err != nil {
		t.Fatalf("the group page test needs GNU PSPP: %v", err)
	}
	dir := t.TempDir()
	f := filepath.Join(dir, "data.sav")
	must(t, os.WriteFile(f, data, 0o644))
	syntax := filepath.Join(dir, "check.sps")
	must(t, os.WriteFile(syntax, []byte(fmt.Sprintf("GET FILE=%q.\nDESCRIPTIVES VARIABLES=gender.\n", f)), 0o644))
	outFile := filepath.Join(dir, "out.csv")
	if out, err := exec.Command(pspp, "-o", outFile, syntax).CombinedOutput(); err != nil {
		t.Fatalf("pspp: %v\n%s", err, out)
	}
	out, _ := os.ReadFile(outFile)
	// DESCRIPTIVES counts the valid cases; the unanswered (-9) are declared missing.
	valid := 0
	for _, r := range rs {
		if _, ok := r.Code("gender"); ok {
			valid++
		}
	}
	label := scales.SESNB2018().Item("gender").Text.In(l)
	if !regexp.MustCompile(fmt.Sprintf(`(?m)^%s,%d,`, regexp.QuoteMeta(label), valid)).Match(out) {
		t.Errorf("PSPP does not read %d valid answers to gender, labelled %q, from the downloaded file:\n%s", valid, label, out)
	}
}

// A large folder: the page shows its progress part-way while it reads (the
// values it shows are recorded as the page changes, not sampled on a
// clock), and ends with every table and figure. How fast is make bench's
// (TestBenchGroupPage).
func TestGroupPageProgress(t *testing.T) {
	const n = 5000 // 20 of the page's chunks of files
	dir := t.TempDir()
	analyzetest.WriteResponses(t, dir, statstest.StudyLike(5000, n))
	site := browsertest.StartApp(t)
	b := browsertest.NewBrowser(t, site)
	b.Do(chromedp.EmulateViewport(1100, 900))
	b.Navigate(site.URL + "/group")
	b.WaitReady("group")
	// The progress line's text changes with every chunk read; the bar's
	// value is a property, so it is read when the text changes.
	browsertest.Eval[chromedp.Void](b, `window.__progress = [];
new MutationObserver(() => {
  const p = document.getElementById("group-progress");
  if (p && window.__progress.at(-1) !== p.value) window.__progress.push(p.value);
}).observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true});`)
	b.Do(chromedp.SetUploadFiles(chromedp.CSS("#group-folder"), []string{dir}))
	waitImports(b, 1, 3*time.Minute)
	if s := summary(b); s.Given != n || s.Analysed != n {
		t.Fatalf("%d files: %+v", n, s)
	}
	seen := browsertest.Eval[[]float64](b, `window.__progress`)
	partWay := 0
	for _, v := range seen {
		if v > 0 && v < n {
			partWay++
		}
	}
	if partWay < 2 {
		t.Errorf("progress was shown part-way %d times while %d files were read (values %v)", partWay, n, seen)
	}
	if !browsertest.Eval[bool](b, `!!document.getElementById("table-4") && !!document.getElementById("figure-2") && !document.getElementById("group-progress")`) {
		t.Errorf("%d responses: the tables and figures are not all on the page, or the progress bar stayed", n)
	}
}

// Files and folders dropped on the page: a folder's .json files (also in
// sub-folders) and a file dropped on its own are read, as analyze reads the
// same paths.
func TestGroupPageDrop(t *testing.T) {
	root, folder := groupFolder(t, statstest.StudyLike(77, 12))
	single := filepath.Join(root, "single.json")
	extra, err := scales.Marshal(statstest.StudyLike(78, 1)[0])
	must(t, err)
	must(t, os.WriteFile(single, extra, 0o644))

	site := browsertest.StartApp(t)
	b := browsertest.NewBrowser(t, site)
	b.Navigate(site.URL + "/group")
	b.WaitReady("group")
	drop := func(typ input.DispatchDragEventType) {
		_, err := chromedp.Call(b.Ctx, input.DispatchDragEvent, input.DispatchDragEventParams{
			Type: typ, X: 200, Y: 400,
			Data: &input.DragData{Items: []*input.DragDataItem{}, Files: []string{folder, single}, DragOperationsMask: 1},
		})
		must(t, err)
	}
	drop(input.DispatchDragEventTypeDragEnter)
	drop(input.DispatchDragEventTypeDragOver)
	browsertest.WaitTrue(b, `document.getElementById("group-drop").classList.contains("over")`, "the drop area marked while dragging over")
	drop(input.DispatchDragEventTypeDrop)
	waitImports(b, 1, 30*time.Second)
	s := summary(b)
	_, stderr, _ := cliRun(t, root, folder, single)
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	want := fmt.Sprintf("%d files read: %d analysed, %d rejected, %d duplicate", s.Given, s.Analysed, s.Rejected, s.Duplicates)
	if lines[len(lines)-1] != want || s.Analysed != 13 {
		t.Errorf("dropped: the page counts %q (want 13 analysed), analyze %q", want, lines[len(lines)-1])
	}
	if browsertest.Eval[bool](b, `document.getElementById("group-drop").classList.contains("over")`) {
		t.Error("the drop area stays marked after the drop")
	}
}
