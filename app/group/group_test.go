package group

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"regexp"
	"strings"
	"testing"

	sb "sammebaat/app"
	"sammebaat/app/internal/apptest"
	"sammebaat/scales"
	"sammebaat/stats/report"
	"sammebaat/stats/statstest"
)

// memSource is a fileSrc of files in memory; reads counts the Read calls.
type memSource struct {
	names []string
	data  [][]byte
	fail  map[int]error // files that cannot be read
	sizes map[int]int   // sizes that differ from the data's (a huge file)
	reads [][2]int
}

func (s *memSource) Len() int          { return len(s.names) }
func (s *memSource) Name(i int) string { return s.names[i] }
func (s *memSource) Size(i int) int {
	if n, ok := s.sizes[i]; ok {
		return n
	}
	return len(s.data[i])
}
func (s *memSource) Read(from, to int) func() ([][]byte, []error) {
	s.reads = append(s.reads, [2]int{from, to})
	return func() ([][]byte, []error) {
		errs := make([]error, to-from)
		for i := range errs {
			errs[i] = s.fail[from+i]
		}
		return s.data[from:to], errs
	}
}

// groupFiles makes n good response files, then a duplicate of the second, a
// file that is not JSON, one too big and one the browser cannot read.
func groupFiles(t *testing.T, n int) *memSource {
	t.Helper()
	s := &memSource{fail: map[int]error{}, sizes: map[int]int{}}
	for i, r := range statstest.StudyLike(9, n) {
		b, err := scales.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		s.names = append(s.names, fmt.Sprintf("pool/r-%04d.json", i))
		s.data = append(s.data, b)
	}
	s.names = append(s.names, "pool/again.json", "pool/broken.json", "pool/huge.json", "pool/gone.json")
	s.data = append(s.data, s.data[1], []byte(`{"format": `), []byte(`{}`), nil)
	s.sizes[n+2] = 1 << 20
	s.fail[n+3] = errors.New("NotReadableError")
	return s
}

func TestReadAllPoolsInOrderInChunks(t *testing.T) {
	src := groupFiles(t, 23)
	var p pool
	var progress []int
	readAll(src, 10, func(files []readFile, done int) {
		p.add(files)
		progress = append(progress, done)
	})
	if fmt.Sprint(progress) != "[10 20 27]" {
		t.Errorf("progress %v, want [10 20 27]", progress)
	}
	if fmt.Sprint(src.reads) != "[[0 10] [10 20] [20 27]]" {
		t.Errorf("reads %v", src.reads)
	}
	b := &p.batch
	if b.Read() != 27 || len(b.Compacts) != 23 || len(b.Rejected) != 3 || len(b.Duplicates) != 1 {
		t.Fatalf("read %d: %d analysed, %d rejected, %d duplicates; want 27: 23, 3, 1",
			b.Read(), len(b.Compacts), len(b.Rejected), len(b.Duplicates))
	}
	for i, name := range b.Files {
		if want := fmt.Sprintf("pool/r-%04d.json", i); name != want {
			t.Fatalf("response %d from %s, want %s (the given order)", i, name, want)
		}
	}
	// Held compactly, each is the response scales.Read gives for its file.
	for i := range b.Compacts {
		want, err := scales.Read(b.Files[i], src.data[i])
		if err != nil {
			t.Fatal(err)
		}
		if got := b.Compacts[i].Response(); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: pooled as %+v, read as %+v", b.Files[i], got, want)
		}
	}
	want := []string{
		"pool/again.json: duplicate of pool/r-0001.json",
		"pool/broken.json: not JSON: unexpected end of JSON input at byte offset 11",
		"pool/huge.json: the file is 1048576 bytes; a response file is at most 65536 bytes (64 KiB)",
		"pool/gone.json: could not be read: NotReadableError",
		"27 files read: 23 analysed, 3 rejected, 1 duplicate",
	}
	if got := strings.TrimSpace(string(p.problemList())); got != strings.Join(want, "\n") {
		t.Errorf("problem list:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
}

func TestGroupFormats(t *testing.T) {
	nan := report.Number(math.NaN())
	tests := []struct{ got, want string }{
		{fmtCount(10000, scales.NB), "10\u00a0000"},
		{fmtCount(3200, scales.EN), "3,200"},
		{fullValue(0.1), "0.1"},
		{fullValue(nan), ""},
		{fullValue(report.Number(math.Inf(1))), ""},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%d: got %q, want %q", i, tt.got, tt.want)
		}
	}
}

// groupPage is a page with the pool of files, analysed, as after an import.
func groupPage(t *testing.T, l scales.Lang, src *memSource) *GroupPage {
	t.Helper()
	p := &GroupPage{lang: l}
	p.init()
	readAll(src, importChunk, func(files []readFile, done int) { p.pool.add(files) })
	p.analyse()
	return p
}

func TestGroupPageRendersTheStudysTables(t *testing.T) {
	for _, l := range sb.Langs {
		p := groupPage(t, l, groupFiles(t, 120))
		html := apptest.Render(t, p)
		if strings.Contains(html, "style=") {
			t.Errorf("%s: a style attribute (the CSP blocks it)", l)
		}
		for _, want := range []string{`id="table-1"`, `id="table-2"`, `id="table-3"`, `id="table-4"`, `id="figure-1"`, `id="figure-2"`, `id="profile-figure"`, `id="export-report"`} {
			if !strings.Contains(html, want) {
				t.Errorf("%s: no %s", l, want)
			}
		}
		// Every table has a caption, every header cell a scope.
		if n, c := strings.Count(html, "<table"), strings.Count(html, "<caption"); n == 0 || n != c {
			t.Errorf("%s: %d tables, %d captions", l, n, c)
		}
		for _, th := range regexp.MustCompile(`<th\b[^>]*>`).FindAllString(html, -1) {
			if !strings.Contains(th, ` scope="`) {
				t.Errorf("%s: a <th> without scope: %s", l, th)
				break
			}
		}
		for _, svg := range regexp.MustCompile(`<svg\b[^>]*>`).FindAllString(html, -1) {
			if !strings.Contains(svg, ` role="img"`) || !strings.Contains(svg, ` aria-labelledby="`) {
				t.Errorf("%s: an SVG chart without a text alternative: %s", l, svg)
			}
		}
		// Headings in order: one h1, then h2s, none skipped.
		prev := 0
		for _, m := range regexp.MustCompile(`<h([1-6])`).FindAllStringSubmatch(html, -1) {
			lvl := int(m[1][0] - '0')
			if lvl > prev+1 {
				t.Errorf("%s: h%d after h%d", l, lvl, prev)
			}
			prev = lvl
		}
		// Numbers in the language's form.
		alpha := report.Stat(p.rep.Scales["share"].Alpha, l)
		if !strings.Contains(html, `data-key="t1.share.alpha"`) || !strings.Contains(html, ">"+alpha+"<") {
			t.Errorf("%s: Table 1 does not show share's α as %s", l, alpha)
		}
	}
}

func TestGroupPagePrivacyGuard(t *testing.T) {
	p := groupPage(t, scales.EN, groupFiles(t, minGroupSize-1))
	html := apptest.Render(t, p)
	if strings.Contains(html, "<table") || strings.Contains(html, "<svg") || !strings.Contains(html, `id="group-guard"`) {
		t.Errorf("with %d responses the page shows tables or charts, or not why:\n%s", minGroupSize-1, html)
	}
	if !strings.Contains(html, `data-analysed="4"`) || !strings.Contains(html, `data-rejected="3"`) {
		t.Error("with few responses the counts are not shown")
	}

	// A selection below the limit hides the tables too.
	p = groupPage(t, scales.EN, groupFiles(t, 40))
	p.setFilter(report.Filter{Question: "area", Codes: []int{4}})
	if p.rep.N >= minGroupSize {
		t.Fatalf("the test data has %d in area 4", p.rep.N)
	}
	html = apptest.Render(t, p)
	if strings.Contains(html, "<table") || !strings.Contains(html, `id="group-guard"`) {
		t.Errorf("a selection of %d responses shows tables", p.rep.N)
	}
}

// A group of Table 3 with fewer than minGroupSize cases is not shown.
func TestGroupPageHidesSmallComparisonGroups(t *testing.T) {
	src := &memSource{}
	for i, r := range statstest.StudyLike(9, 12) {
		area := 2
		if i < 3 {
			area = 1 // three in mental health groups
		}
		r.Set("area", area)
		b, err := scales.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		src.names = append(src.names, fmt.Sprintf("r%d.json", i))
		src.data = append(src.data, b)
	}
	p := groupPage(t, scales.NB, src)
	if mh := p.rep.GroupComparison.Rows["share"].Groups[0].N; mh != 3 {
		t.Fatalf("%d in mental health groups, want 3", mh)
	}
	html := apptest.Render(t, p)
	if strings.Contains(html, `data-key="t3.share.0.mean"`) || strings.Contains(html, `data-key="t3.share.student_p"`) {
		t.Error("Table 3 shows a group of 3")
	}
	if !strings.Contains(html, `data-key="t3.share.1.mean"`) || !strings.Contains(html, tr(scales.NB, gSmallGroup)) {
		t.Error("Table 3 hides the group of 9 too, or does not say why the other is hidden")
	}
}

func TestExportName(t *testing.T) {
	p := &GroupPage{}
	if got := p.exportName("report", ".json"); got != "ses-report.json" {
		t.Errorf("got %q", got)
	}
	p.where = report.Filter{Question: "satisfaction", Codes: []int{1, 2}}
	if got := p.exportName("data-nb", ".sav"); got != "ses-data-nb-satisfaction-1-2.sav" {
		t.Errorf("got %q", got)
	}
}

// Many rejected files: the page lists the first maxListed and says how many
// more the downloadable list has.
func TestGroupPageListsManyProblemsShortly(t *testing.T) {
	src := groupFiles(t, 10)
	for i := range maxListed + 50 {
		src.names = append(src.names, fmt.Sprintf("pool/bad-%03d.json", i))
		src.data = append(src.data, []byte(`[]`))
	}
	p := groupPage(t, scales.EN, src)
	html := apptest.Render(t, p)
	if n := strings.Count(html, `class="reason"`); n != maxListed {
		t.Errorf("%d rejected files listed, want %d", n, maxListed)
	}
	rejected := len(p.pool.batch.Rejected)
	if !strings.Contains(html, tr(scales.EN, gMoreNotShown, fmtCount(rejected-maxListed, scales.EN))) {
		t.Errorf("the page does not say that %d more are in the list", rejected-maxListed)
	}
	if got := strings.Count(string(p.pool.problemList()), "\n"); got != rejected+1+1 {
		t.Errorf("the problem list has %d lines, want %d rejected, 1 duplicate and the count", got, rejected)
	}
}

func TestRecoveredTurnsAPanicIntoAnError(t *testing.T) {
	if err := recovered(func() error { panic("JavaScript error: NotFoundError") }); err == nil || !strings.Contains(err.Error(), "NotFoundError") {
		t.Errorf("got %v", err)
	}
	want := errors.New("listing failed")
	if err := recovered(func() error { return want }); err != want {
		t.Errorf("got %v, want %v", err, want)
	}
}

// The page's problem list quotes hostile file names exactly as analyze does
// (wasm's TestAnalyzeHostileNames), one line per problem (issue 9, item 9).
func TestProblemListQuotesHostileNames(t *testing.T) {
	good := groupFiles(t, 2)
	src := &memSource{fail: map[int]error{}, sizes: map[int]int{}}
	names := []string{"ok.json", "two\nlines.json", "\x1b[31mred\x1b[0m.json", "\u202egnp.json", "iso\u2066late.json", "c1\u0085next.json", "dup\r.json"}
	for i, n := range names {
		src.names = append(src.names, n)
		if i == 0 || i == len(names)-1 {
			src.data = append(src.data, good.data[0])
		} else {
			src.data = append(src.data, []byte(`{"format": `))
		}
	}
	var p pool
	readAll(src, importChunk, func(files []readFile, done int) { p.add(files) })
	want := strings.Join([]string{
		`"two\nlines.json": not JSON: unexpected end of JSON input at byte offset 11`,
		`"\x1b[31mred\x1b[0m.json": not JSON: unexpected end of JSON input at byte offset 11`,
		`"\u202egnp.json": not JSON: unexpected end of JSON input at byte offset 11`,
		`"iso\u2066late.json": not JSON: unexpected end of JSON input at byte offset 11`,
		`"c1\u0085next.json": not JSON: unexpected end of JSON input at byte offset 11`,
		`"dup\r.json": duplicate of ok.json`,
		`7 files read: 1 analysed, 5 rejected, 1 duplicate`,
	}, "\n") + "\n"
	if got := string(p.problemList()); got != want {
		t.Errorf("problem list:\n%q\nwant:\n%q", got, want)
	}
}

// One response is not "1 analysed responses" (issue 9, item 10): the guard's
// count line agrees in number in both languages.
func TestGroupPageGuardOneResponse(t *testing.T) {
	want := map[scales.Lang]string{
		scales.EN: "There is 1 analysed response.",
		scales.NB: "Det er 1 analysert svar.",
	}
	for l, line := range want {
		src := groupFiles(t, 2)
		src.data[0] = []byte(`{"format": `) // the first response broken: one analysed
		p := groupPage(t, l, src)
		if n := len(p.pool.batch.Compacts); n != 1 {
			t.Fatalf("%d responses analysed, want 1", n)
		}
		if html := apptest.Render(t, p); !strings.Contains(html, line) {
			t.Errorf("%s: one response's guard does not say %q:\n%s", l, line, html)
		}
	}
	// A selection of one: the first area code that one response has.
	p := groupPage(t, scales.EN, groupFiles(t, 40))
	for code := 1; code <= 9 && (p.rep == nil || p.rep.N != 1); code++ {
		p.setFilter(report.Filter{Question: "area", Codes: []int{code}})
	}
	if p.rep == nil || p.rep.N != 1 {
		t.Fatal("the test data has no area with one response")
	}
	if html := apptest.Render(t, p); !strings.Contains(html, "The selection has 1 response.") {
		t.Errorf("a selection of one does not say so:\n%s", html)
	}
}
