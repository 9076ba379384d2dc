package report

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"sammebaat/scales"
)

// mdText holds the fixed words of the tables in both languages.
var mdText = map[string]scales.Text{
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
	"missing":  {NB: "Mangler", EN: "Missing"},
	"multi":    {NB: "flere svar mulig; prosent av dem som svarte", EN: "multiple response; percent of those who answered"},
	"sig":      {NB: `\* p < 0,05  \*\* p < 0,01 (tosidig)`, EN: `\* p < .05  \*\* p < .01 (two-tailed)`},
	"pt":       {NB: "p (t-test)", EN: "p (t-test)"},
	"pw":       {NB: "p (Welch)", EN: "p (Welch)"},
	"pmw":      {NB: "p (Mann–Whitney)", EN: "p (Mann–Whitney)"},
	"t3note":   {NB: "Gjennomsnitt (M) og standardavvik (SD); p tosidig.", EN: "Mean (M) and standard deviation (SD); p two-tailed."},
}

// WriteMarkdown writes the report as the study's Tables 1–4 in Markdown, readable in a terminal
// and pasteable into a paper: numbers with the study's decimals (a decimal comma in Norwegian), and
// correlations marked * for p < .05 and ** for p < .01 as in the study.
func (r *Report) WriteMarkdown(w io.Writer, in *scales.Instrument, l scales.Lang) error {
	bw := bufio.NewWriter(w)
	t := func(k string) string { return mdText[k].In(l) }
	f := numberFormat(l)

	fmt.Fprintf(bw, "# %s\n\n", t("title"))
	fmt.Fprintf(bw, "%s: %d (%s)\n", t("n"), r.N, r.Instrument)
	if r.Filter != nil {
		fmt.Fprintf(bw, "%s: %s\n", t("filter"), *r.Filter)
	}

	// Table 1
	fmt.Fprintf(bw, "\n## %s\n\n", t("t1"))
	writeRow(bw, t("variable"), "α", t("ci"), "n", t("study"), t("orig"))
	writeRule(bw, 6)
	for _, s := range in.Scales {
		st := r.Scales[s.ID]
		ci := "–"
		if !isNaN(st.AlphaCI[0]) {
			ci = f(float64(st.AlphaCI[0]), 2) + "–" + f(float64(st.AlphaCI[1]), 2)
		}
		writeRow(bw, s.Name.In(l), f(float64(st.Alpha), 2), ci, strconv.Itoa(st.AlphaN),
			f(float64(st.StudyAlpha), 2), f(float64(st.OriginalAlpha), 2))
	}

	// Table 2
	fmt.Fprintf(bw, "\n## %s (n=%d)\n\n", t("t2"), r.N)
	writeRow(bw, "", t("count"), t("percent"))
	writeRule(bw, 3)
	for _, q := range in.Study.Background {
		it := in.Item(q)
		fr := r.Frequencies[q]
		head := "**" + it.Text.In(l) + "**"
		if it.Kind == scales.Multiple {
			head += " (" + t("multi") + ")"
		}
		writeRow(bw, head, "", "")
		for _, c := range it.Choices {
			n := fr.Counts[strconv.Itoa(c.Value)]
			writeRow(bw, "&nbsp;&nbsp;"+c.Label.In(l), strconv.Itoa(n), percent(n, fr.NValid, l))
		}
		if fr.NMissing > 0 {
			writeRow(bw, "&nbsp;&nbsp;"+t("missing"), strconv.Itoa(fr.NMissing), "")
		}
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
	for i, v := range in.Study.Comparison {
		row := gc.Rows[v]
		name, lo, hi := VariableName(in, v, l)
		writeRow(bw, fmt.Sprintf("%d. %s (%d–%d)", i+1, name, lo, hi),
			f(float64(row.Groups[0].Mean), 1), f(float64(row.Groups[0].SD), 2),
			f(float64(row.Groups[1].Mean), 1), f(float64(row.Groups[1].SD), 2),
			pValue(row.Student.P, l), pValue(row.Welch.P, l), pValue(row.MannWhitney.P, l), f(float64(row.CohensD), 2))
	}
	fmt.Fprintf(bw, "\n%s\n", t("t3note"))

	// Table 4, whole and split
	fmt.Fprintf(bw, "\n## %s\n\n", t("t4"))
	writeMatrix(bw, in, r.Correlations, l)
	split := in.Item(r.Split.By)
	for _, sg := range r.Split.Groups {
		n := 0
		if len(sg.N) > 0 {
			n = maxInt(sg.N)
		}
		fmt.Fprintf(bw, "\n### %s – %s (n≤%d)\n\n", t("t4"), split.Label(sg.Value, l), n)
		writeMatrix(bw, in, sg.CorrelationMatrix, l)
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

func maxInt(m [][]int) int {
	n := 0
	for _, row := range m {
		for _, x := range row {
			n = max(n, x)
		}
	}
	return n
}

func writeMatrix(bw *bufio.Writer, in *scales.Instrument, m CorrelationMatrix, l scales.Lang) {
	head := []string{""}
	for i := range m.Variables {
		head = append(head, strconv.Itoa(i+1)+".")
	}
	writeRow(bw, head...)
	writeRule(bw, len(head))
	for i, v := range m.Variables {
		name, _, _ := VariableName(in, v, l)
		cells := []string{fmt.Sprintf("%d. %s", i+1, name)}
		for j := range m.Variables {
			switch {
			case j == i:
				cells = append(cells, "—")
			case j > i:
				cells = append(cells, "")
			default:
				cells = append(cells, FormatRho(m.Rho[i][j], m.P[i][j], l))
			}
		}
		writeRow(bw, cells...)
	}
	fmt.Fprintf(bw, "\n%s\n", mdText["sig"].In(l))
}

// FormatRho writes Spearman's ρ as the study's Table 4 does: three decimals without the leading
// zero (",665" in Norwegian, ".665" in English), a minus sign for a negative ρ, and ** for
// p < .01 or * for p < .05. A ρ that cannot be computed is "–".
func FormatRho(rho, p Number, l scales.Lang) string {
	if isNaN(rho) {
		return "–"
	}
	s := strconv.FormatFloat(float64(rho), 'f', 3, 64)
	s = strings.Replace(s, "0.", ".", 1)
	if l == scales.NB {
		s = strings.Replace(s, ".", ",", 1)
	}
	if strings.HasPrefix(s, "-") {
		s = "−" + s[1:]
	}
	switch {
	case isNaN(p):
	case p < 0.01:
		s += "**"
	case p < 0.05:
		s += "*"
	}
	return s
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

func isNaN(x Number) bool { return math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) }

// numberFormat gives a formatter of d decimals, "–" for a statistic that cannot be computed.
func numberFormat(l scales.Lang) func(x float64, d int) string {
	return func(x float64, d int) string {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return "–"
		}
		s := strconv.FormatFloat(x, 'f', d, 64)
		if l == scales.NB {
			s = strings.Replace(s, ".", ",", 1)
		}
		return s
	}
}

func percent(n, of int, l scales.Lang) string {
	if of == 0 {
		return "–"
	}
	return numberFormat(l)(100*float64(n)/float64(of), 0) + " %"
}

// pValue writes p with three decimals, and "<0.001" below that, as SPSS shows ".000".
func pValue(p Number, l scales.Lang) string {
	if isNaN(p) {
		return "–"
	}
	if p < 0.001 {
		return "<" + numberFormat(l)(0.001, 3)
	}
	return numberFormat(l)(float64(p), 3)
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
