package group

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"

	sb "sammebaat/app"
	"sammebaat/app/internal/apptest"
	"sammebaat/scales"
)

// The group page and analyze --format md print the same cells for the same
// report: Tables 1–4, number for number, in both languages (issue 8). Both
// take them from report.NewTables; this holds them together as a reader sees
// them, in the page's HTML and in the Markdown text.
func TestGroupTablesAreTheMarkdownCells(t *testing.T) {
	for _, l := range sb.Langs {
		p := groupPage(t, l, groupFiles(t, 300))
		for _, row := range p.rep.GroupComparison.Rows {
			if row.Groups[0].N < minGroupSize || row.Groups[1].N < minGroupSize {
				t.Fatal("a comparison group is too small for the page to show it; the test needs every cell shown")
			}
		}
		for _, g := range p.rep.Split.Groups {
			if g.CorrelationMatrix.MaxN() < minGroupSize {
				t.Fatal("a split group is too small for the page to show it")
			}
		}
		page := apptest.Render(t, p)
		var md bytes.Buffer
		if err := p.rep.WriteMarkdown(&md, p.in, l); err != nil {
			t.Fatal(err)
		}
		// The words around the cells too: captions, heads and notes
		// (Table 3's caption once read differently in each).
		wd := p.tab.Words
		for _, w := range append(append(wd.Caption[:], wd.T3Note, wd.T4Sig, wd.T2Multiple, wd.T2Missing, wd.T3Groups[0], wd.T3Groups[1]), wd.T3Heads[5:]...) {
			if w == "" || !strings.Contains(page, html.EscapeString(w)) || !strings.Contains(md.String(), w) {
				t.Errorf("%s: %q is not both on the page and in the Markdown", l, w)
			}
		}
		pageCells := pageTableCells(t, page)
		mdCells := markdownTableCells(md.String())
		if len(mdCells) != 4 {
			t.Fatalf("%s: %d Markdown tables, want 4", l, len(mdCells))
		}
		for i := range 4 {
			got, want := pageCells[i], mdCells[i]
			if len(got) == 0 || len(got) != len(want) {
				t.Errorf("%s: table %d has %d cells on the page, %d in the Markdown", l, i+1, len(got), len(want))
				continue
			}
			for j := range got {
				if got[j] != want[j] {
					t.Errorf("%s: table %d, cell %d: page %q, Markdown %q", l, i+1, j+1, got[j], want[j])
					break
				}
			}
		}
		if !strings.Contains(md.String(), "| <"+map[scales.Lang]string{scales.NB: ",001", scales.EN: ".001"}[l]) &&
			!strings.Contains(md.String(), "| "+map[scales.Lang]string{scales.NB: ",", scales.EN: "."}[l]) {
			t.Errorf("%s: no p-value in SPSS's form in the Markdown", l)
		}
	}
}

var tdRE = regexp.MustCompile(`(?s)<td[^>]*>(.*?)</td>`)

// pageTableCells returns the texts of the number cells of Tables 1–4 on the
// page, in document order (Table 1 without its item detail), leaving out
// empty cells and the diagonal's dash.
func pageTableCells(t *testing.T, page string) [4][]string {
	t.Helper()
	var out [4][]string
	for i, id := range []string{"table-1", "table-2", "table-3", "table-4"} {
		at := strings.Index(page, `id="`+id+`"`)
		if at < 0 {
			t.Fatalf("no %s on the page", id)
		}
		part := page[at:]
		if i < 3 {
			part = part[:strings.Index(part, "</table>")]
		} else {
			part = part[:strings.Index(part, "</section>")]
		}
		for _, m := range tdRE.FindAllStringSubmatch(part, -1) {
			if s := cellText(m[1]); s != "" && s != "—" {
				out[i] = append(out[i], s)
			}
		}
	}
	return out
}

var tagRE = regexp.MustCompile(`<[^>]*>`)

func cellText(s string) string {
	return strings.TrimSpace(html.UnescapeString(tagRE.ReplaceAllString(s, "")))
}

// markdownTableCells returns the cells of each "## " table of the Markdown
// (with its "### " parts), leaving out each row's header, the header rows and
// rules, empty cells and the diagonal's dash.
func markdownTableCells(md string) [][]string {
	var out [][]string
	header := false
	for _, line := range strings.Split(md, "\n") {
		switch {
		case strings.HasPrefix(line, "## "):
			out = append(out, nil)
			header = true
			continue
		case strings.HasPrefix(line, "### "):
			header = true
			continue
		case !strings.HasPrefix(line, "|") || len(out) == 0:
			continue
		case header:
			header = false
			continue
		case strings.HasPrefix(line, "|---"):
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), " | ")
		for _, c := range cells[1:] {
			if c = strings.TrimSpace(c); c != "" && c != "—" {
				out[len(out)-1] = append(out[len(out)-1], c)
			}
		}
	}
	return out
}
