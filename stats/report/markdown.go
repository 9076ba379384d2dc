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

// mdWord names one of the Markdown's words besides the tables' (Words).
type mdWord int

const (
	mdTitle mdWord = iota
	mdN
	mdFilter

	mdWordCount // number of words; keep last
)

var mdText = text.Enum("report: the Markdown's own words", mdWordCount, map[mdWord]scales.Text{
	mdTitle:  {NB: "Samme båt – rapport", NN: "Samme båt – rapport", EN: "Samme båt – report"},
	mdN:      {NB: "Antall svar analysert", NN: "Tal på analyserte svar", EN: "Responses analysed"},
	mdFilter: {NB: "Utvalg", NN: "Utval", EN: "Selection"},
})

// WriteMarkdown writes the report as the study's Tables 1–4 in Markdown, readable in a terminal
// and pasteable into a paper. The cells are NewTables' (SPSS's conventions: three decimals, p below
// .001 as <,001, a decimal comma in Norwegian), the group page's too; correlations are marked * for
// p < .05 and ** for p < .01 as in the study.
func (r *Report) WriteMarkdown(w io.Writer, in *scales.Instrument, l scales.Lang) error {
	bw := bufio.NewWriter(w)
	t := func(k mdWord) string { return mdText.In(l, k) }
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

	fmt.Fprintf(bw, "# %s\n\n", t(mdTitle))
	fmt.Fprintf(bw, "%s: %d (%s)\n", t(mdN), r.N, r.Instrument)
	if r.Filter != nil {
		fmt.Fprintf(bw, "%s: %s\n", t(mdFilter), *r.Filter)
	}

	wd := tab.Words
	// Table 1
	fmt.Fprintf(bw, "\n## %s\n\n", wd.Caption[0])
	writeRow(bw, wd.T1Heads[:]...)
	writeRule(bw, 6)
	for _, rw := range tab.T1 {
		row(rw.Head, rw.Cells, 6)
	}

	// Table 2
	fmt.Fprintf(bw, "\n## %s\n\n", wd.Caption[1])
	writeRow(bw, "", wd.T2Heads[0], wd.T2Heads[1])
	writeRule(bw, 3)
	qs := in.Study.Background
	q := -1
	for _, rw := range tab.T2 {
		if rw.Cells == nil {
			q++
			head := "**" + rw.Head + "**"
			if in.Item(qs[q]).Kind == scales.Multiple {
				head += " " + wd.T2Multiple
			}
			row(head, nil, 3)
			continue
		}
		row("&nbsp;&nbsp;"+rw.Head, rw.Cells, 3)
	}

	// Table 3
	fmt.Fprintf(bw, "\n## %s\n\n", wd.Caption[2])
	h := wd.T3Heads
	writeRow(bw, h[0], wd.T3Groups[0]+" "+h[1], h[2], wd.T3Groups[1]+" "+h[3], h[4], h[5], h[6], h[7], h[8])
	writeRule(bw, 9)
	for _, rw := range tab.T3 {
		row(rw.Head, rw.Cells, 9)
	}
	fmt.Fprintf(bw, "\n%s\n", wd.T3Note)

	// Table 4, whole and split
	for i, m := range tab.T4 {
		if i == 0 {
			fmt.Fprintf(bw, "\n## %s\n\n", wd.Caption[3])
		} else {
			fmt.Fprintf(bw, "\n### %s\n\n", wd.T4SplitCaption(m.Value, m.N))
		}
		writeMatrix(bw, m, wd.T4Sig)
	}
	return bw.Flush()
}

func writeMatrix(bw *bufio.Writer, m Matrix, sig string) {
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
	fmt.Fprintf(bw, "\n%s\n", sig)
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
