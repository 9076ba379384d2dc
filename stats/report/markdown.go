package report

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"sammebaat/internal/text"
	"sammebaat/scales"
)

// mdText holds the fixed words of the tables in every language.
var mdText = text.Named("report: the Markdown tables", map[string]scales.Text{
	"title":    {NB: "Samme båt – rapport", EN: "Samme båt – report"},
	"n":        {NB: "Antall svar analysert", EN: "Responses analysed"},
	"filter":   {NB: "Utvalg", EN: "Selection"},
	"t1":       {NB: "Tabell 1. Cronbachs alfa", EN: "Table 1. Cronbach's alpha"},
	"t2":       {NB: "Tabell 2. Bakgrunnsvariabler", EN: "Table 2. Background variables"},
	"t3":       {NB: "Tabell 3. Gjennomsnitt etter gruppe", EN: "Table 3. Means by group"},
	"t4":       {NB: "Tabell 4. Spearmans rho", EN: "Table 4. Spearman's rho"},
	"variable": {NB: "Variabel", EN: "Variable"},
	"ci":       {NB: "95 % KI (Feldt)", EN: "95% CI (Feldt)"},
	"study":    {NB: "α i studien (2018)", EN: "α in the study (2018)"},
	"orig":     {NB: "α i originalen (2014)", EN: "α in the original (2014)"},
	"count":    {NB: "Antall", EN: "Count"},
	"percent":  {NB: "Prosent", EN: "Percent"},
	"multi":    {NB: "flere svar mulig; prosent av dem som svarte", EN: "multiple response; percent of those who answered"},
	"sig":      {NB: `\* p < 0,05  \*\* p < 0,01 (tosidig)`, EN: `\* p < .05  \*\* p < .01 (two-tailed)`},
	"pt":       {NB: "p (t-test)", EN: "p (t-test)"},
	"pw":       {NB: "p (Welch)", EN: "p (Welch)"},
	"pmw":      {NB: "p (Mann–Whitney)", EN: "p (Mann–Whitney)"},
	"t3note":   {NB: "Gjennomsnitt (M) og standardavvik (SD); p tosidig.", EN: "Mean (M) and standard deviation (SD); p two-tailed."},
})

// WriteMarkdown writes the report as the study's Tables 1–4 in Markdown, readable in a terminal
// and pasteable into a paper. The cells are NewTables' (SPSS's conventions: three decimals, p below
// .001 as <,001, a decimal comma in Norwegian), the group page's too; correlations are marked * for
// p < .05 and ** for p < .01 as in the study.
func (r *Report) WriteMarkdown(w io.Writer, in *scales.Instrument, l scales.Lang) error {
	bw := bufio.NewWriter(w)
	t := func(k string) string { return mdText.In(l, k) }
	tab := NewTables(r, in, l)
	row := func(head string, cells []Cell, pad int) {
		out := []string{head}
		for _, c := range cells {
			out = append(out, c.Text)
		}
		for len(out) < pad {
			out = append(out, "")
		}
		writeRow(bw, out...)
	}

	fmt.Fprintf(bw, "# %s\n\n", t("title"))
	fmt.Fprintf(bw, "%s: %d (%s)\n", t("n"), r.N, r.Instrument)
	if r.Filter != nil {
		fmt.Fprintf(bw, "%s: %s\n", t("filter"), *r.Filter)
	}

	// Table 1
	fmt.Fprintf(bw, "\n## %s\n\n", t("t1"))
	writeRow(bw, t("variable"), "α", t("ci"), "n", t("study"), t("orig"))
	writeRule(bw, 6)
	for _, rw := range tab.T1 {
		row(rw.Head, rw.Cells, 6)
	}

	// Table 2
	fmt.Fprintf(bw, "\n## %s (n=%d)\n\n", t("t2"), r.N)
	writeRow(bw, "", t("count"), t("percent"))
	writeRule(bw, 3)
	qs := in.Study.Background
	q := -1
	for _, rw := range tab.T2 {
		if rw.Cells == nil {
			q++
			head := "**" + rw.Head + "**"
			if in.Item(qs[q]).Kind == scales.Multiple {
				head += " (" + t("multi") + ")"
			}
			row(head, nil, 3)
			continue
		}
		row("&nbsp;&nbsp;"+rw.Head, rw.Cells, 3)
	}

	// Table 3
	gc := r.GroupComparison
	by := in.Item(gc.By)
	g := [2]string{by.Label(gc.Groups[0], l), by.Label(gc.Groups[1], l)}
	fmt.Fprintf(bw, "\n## %s\n\n", t("t3"))
	n0, n1 := groupN(r, 0), groupN(r, 1)
	writeRow(bw, t("variable"), fmt.Sprintf("%s (n=%d) M", g[0], n0), "SD", fmt.Sprintf("%s (n=%d) M", g[1], n1), "SD",
		t("pt"), t("pw"), t("pmw"), "d")
	writeRule(bw, 9)
	for _, rw := range tab.T3 {
		row(rw.Head, rw.Cells, 9)
	}
	fmt.Fprintf(bw, "\n%s\n", t("t3note"))

	// Table 4, whole and split
	fmt.Fprintf(bw, "\n## %s\n\n", t("t4"))
	split := in.Item(r.Split.By)
	for i, m := range tab.T4 {
		if i > 0 {
			fmt.Fprintf(bw, "\n### %s – %s (n≤%d)\n\n", t("t4"), split.Label(m.Value, l), m.N)
		}
		writeMatrix(bw, m, l)
	}
	return bw.Flush()
}

func groupN(r *Report, j int) int {
	n := 0
	for _, row := range r.GroupComparison.Rows {
		n = max(n, row.Groups[j].N)
	}
	return n
}

func writeMatrix(bw *bufio.Writer, m Matrix, l scales.Lang) {
	k := len(m.Rows)
	head := []string{""}
	for i := range k {
		head = append(head, strconv.Itoa(i+1)+".")
	}
	writeRow(bw, head...)
	writeRule(bw, len(head))
	for i, rw := range m.Rows {
		cells := []string{rw.Head}
		for _, c := range rw.Cells {
			cells = append(cells, c.Text)
		}
		cells = append(cells, "—")
		for range k - i - 1 {
			cells = append(cells, "")
		}
		writeRow(bw, cells...)
	}
	fmt.Fprintf(bw, "\n%s\n", mdText.In(l, "sig"))
}

// VariableName is the name of one of the study's variables (a scale, or a question of Table 3 and
// 4) in language l, with its range.
func VariableName(in *scales.Instrument, v string, l scales.Lang) (string, int, int) {
	if s := in.Scale(v); s != nil {
		return s.Name.In(l), s.Min, s.Max
	}
	for _, ref := range scales.References() {
		if ref.Variable == v {
			return ref.Name.In(l), ref.Min, ref.Max
		}
	}
	it := in.Item(v)
	return it.Text.In(l), 1, len(it.Choices)
}

func writeRow(bw *bufio.Writer, cells ...string) {
	bw.WriteString("|")
	for _, c := range cells {
		bw.WriteString(" ")
		bw.WriteString(strings.ReplaceAll(c, "|", "\\|"))
		bw.WriteString(" |")
	}
	bw.WriteString("\n")
}

func writeRule(bw *bufio.Writer, n int) {
	bw.WriteString("|")
	for i := 0; i < n; i++ {
		if i == 0 {
			bw.WriteString("---|")
		} else {
			bw.WriteString("--:|")
		}
	}
	bw.WriteString("\n")
}
