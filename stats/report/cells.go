package report

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"sammebaat/scales"
)

// The study's Tables 1–4 as text, in SPSS's conventions: every statistic
// with three decimals and without a leading zero (",853" in Norwegian, ".853"
// in English), a minus sign for a negative value, p below .001 as "<,001"
// (never ",000"), percents with one decimal, counts with the language's
// thousands separator, "–" for what cannot be computed. The Markdown writer
// and the group page both take their cells from here, so that they print
// the same.

// Missing is the text of a statistic that cannot be computed.
const Missing = "–"

// Decimals is the number of decimals of every statistic in the tables, as
// SPSS prints them.
const Decimals = 3

// PercentDecimals is the number of decimals of a percent in the tables, as
// SPSS's FREQUENCIES prints them.
const PercentDecimals = 1

// Stat writes a statistic as the tables do: three decimals, no leading zero,
// the language's decimal mark and a minus sign; Missing for NaN or ±Inf.
func Stat(x Number, l scales.Lang) string {
	if isNaN(x) {
		return Missing
	}
	s := strconv.FormatFloat(float64(x), 'f', Decimals, 64)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	s = strings.TrimPrefix(s, "0")
	s = l.Decimal(s)
	if neg && strings.Trim(s, "0.,") != "" {
		s = "−" + s
	}
	return s
}

// P writes a p-value: three decimals without the leading zero, and "<,001"
// (Norwegian) or "<.001" (English) below .001, where SPSS would print ",000".
func P(p Number, l scales.Lang) string {
	if isNaN(p) {
		return Missing
	}
	if p < 0.001 {
		return "<" + Stat(0.001, l)
	}
	return Stat(p, l)
}

// Rho writes Spearman's ρ as the study's Table 4 does: Stat's form, marked **
// for p < .01 or * for p < .05.
func Rho(rho, p Number, l scales.Lang) string {
	s := Stat(rho, l)
	switch {
	case s == Missing || isNaN(p):
	case p < 0.01:
		s += "**"
	case p < 0.05:
		s += "*"
	}
	return s
}

// Count writes a whole number with the language's thousands separator: a
// no-break space in Norwegian ("10 000"), a comma in English ("10,000").
func Count(n int, l scales.Lang) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	sep := l.ThousandsSeparator()
	var b strings.Builder
	if neg {
		b.WriteString("−")
	}
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Percent writes n of of as a percent with one decimal ("45,8 %" in
// Norwegian, "45.8%" in English), Missing when of is 0.
func Percent(n, of int, l scales.Lang) string {
	if of == 0 {
		return Missing
	}
	s := strconv.FormatFloat(100*float64(n)/float64(of), 'f', PercentDecimals, 64)
	return l.Decimal(s) + l.PercentSign()
}

// Cell is one number cell of the study's tables: which statistic it is (the
// group page's data-key, e.g. "t1.share.alpha") and its text.
type Cell struct {
	Key  string
	Text string
}

// Row is one row of a table: its header and its cells. A row without cells
// heads a group of rows (Table 2's questions).
type Row struct {
	Head  string
	Cells []Cell
}

// Matrix is one Spearman matrix of Table 4: all responses (ID "all") or one
// group of the split (ID "status-1"), with the most cases any pair has.
type Matrix struct {
	ID    string
	Value int // the split's code; 0 for "all"
	N     int
	Rows  []Row
}

// Tables are a report's Tables 1–4 as text in one language.
type Tables struct {
	T1 []Row // one row per scale, in the instrument's order
	// T1Items are each scale's item-total statistics.
	T1Items map[string][]Row
	T2      []Row // per background question: a head row, its codes, and Missing if any
	T3      []Row // Table 3's variables in its order
	T4      []Matrix
	Words   Words // the words around the cells
	text    map[string]string
}

// Text returns the text of the cell with the given key, "" if there is none.
func (t *Tables) Text(key string) string { return t.text[key] }

// NewTables writes the report r of instrument in as the study's tables in
// language l.
func NewTables(r *Report, in *scales.Instrument, l scales.Lang) *Tables {
	t := &Tables{T1Items: map[string][]Row{}, Words: newWords(r, in, l), text: map[string]string{}}
	cell := func(key, text string) Cell {
		t.text[key] = text
		return Cell{key, text}
	}
	for _, s := range in.Scales {
		st := r.Scales[s.ID]
		k := "t1." + s.ID + "."
		ci := Missing
		if !isNaN(st.AlphaCI[0]) && !isNaN(st.AlphaCI[1]) {
			ci = Stat(st.AlphaCI[0], l) + "–" + Stat(st.AlphaCI[1], l)
		}
		t.T1 = append(t.T1, Row{Head: s.Name.In(l), Cells: []Cell{
			cell(k+"alpha", Stat(st.Alpha, l)),
			cell(k+"ci", ci),
			cell(k+"alpha_n", Count(st.AlphaN, l)),
			cell(k+"study_alpha", Stat(st.StudyAlpha, l)),
			cell(k+"original_alpha", Stat(st.OriginalAlpha, l)),
		}})
		var items []Row
		for _, is := range st.Items {
			ik := k + "items." + is.ID + "."
			head := is.ID
			if it := in.Item(is.ID); it != nil {
				head = is.ID + " " + it.Text.In(l)
			}
			items = append(items, Row{Head: head, Cells: []Cell{
				cell(ik+"mean", Stat(is.Mean, l)),
				cell(ik+"sd", Stat(is.SD, l)),
				cell(ik+"corrected_item_total", Stat(is.CorrectedItemTotal, l)),
				cell(ik+"alpha_if_deleted", Stat(is.AlphaIfDeleted, l)),
			}})
		}
		t.T1Items[s.ID] = items
	}

	for _, q := range in.Study.Background {
		it := in.Item(q)
		fr := r.Frequencies[q]
		t.T2 = append(t.T2, Row{Head: it.Text.In(l)})
		for _, c := range it.Choices {
			code := strconv.Itoa(c.Value)
			n := fr.Counts[code]
			t.T2 = append(t.T2, Row{Head: c.Label.In(l), Cells: []Cell{
				cell("t2."+q+"."+code, Count(n, l)),
				cell("t2."+q+"."+code+".percent", Percent(n, fr.NValid, l)),
			}})
		}
		if fr.NMissing > 0 {
			t.T2 = append(t.T2, Row{Head: t.Words.T2Missing, Cells: []Cell{
				cell("t2."+q+".missing", Count(fr.NMissing, l)),
			}})
		}
	}

	gc := r.GroupComparison
	for i, v := range in.Study.Comparison {
		row := gc.Rows[v]
		name, lo, hi := VariableName(in, v, l)
		k := "t3." + v + "."
		var cells []Cell
		for j := range 2 {
			gk := k + strconv.Itoa(j) + "."
			cells = append(cells, cell(gk+"mean", Stat(row.Groups[j].Mean, l)), cell(gk+"sd", Stat(row.Groups[j].SD, l)))
		}
		cells = append(cells,
			cell(k+"student_p", P(row.Student.P, l)),
			cell(k+"welch_p", P(row.Welch.P, l)),
			cell(k+"mann_whitney_p", P(row.MannWhitney.P, l)),
			cell(k+"cohens_d", Stat(row.CohensD, l)),
		)
		t.T3 = append(t.T3, Row{Head: fmt.Sprintf("%d. %s (%d–%d)", i+1, name, lo, hi), Cells: cells})
	}

	matrix := func(id string, value int, m CorrelationMatrix) Matrix {
		mx := Matrix{ID: id, Value: value, N: m.MaxN()}
		for i, v := range m.Variables {
			name, _, _ := VariableName(in, v, l)
			var cells []Cell
			for j := range i {
				cells = append(cells, cell(fmt.Sprintf("t4.%s.%s.%s", id, v, m.Variables[j]), Rho(m.Rho[i][j], m.P[i][j], l)))
			}
			mx.Rows = append(mx.Rows, Row{Head: fmt.Sprintf("%d. %s", i+1, name), Cells: cells})
		}
		return mx
	}
	t.T4 = append(t.T4, matrix("all", 0, r.Correlations))
	for _, g := range r.Split.Groups {
		t.T4 = append(t.T4, matrix(r.Split.By+"-"+strconv.Itoa(g.Value), g.Value, g.CorrelationMatrix))
	}
	return t
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

// MaxN is the most cases any pair of the matrix has: its n.
func (m CorrelationMatrix) MaxN() int {
	n := 0
	for _, row := range m.N {
		for _, x := range row {
			n = max(n, x)
		}
	}
	return n
}
