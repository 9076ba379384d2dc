package bench

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
)

// Results is what `make bench` writes to bin/bench.json: the figures of one
// run and where they were measured.
type Results struct {
	Date    string   `json:"date"`
	Machine string   `json:"machine,omitempty"`
	Go      string   `json:"go,omitempty"`
	Browser string   `json:"browser,omitempty"` // the Chromium the browser's figures were measured in, if known
	Figures []Figure `json:"figures"`
}

// Figure returns the figure named name, or nil.
func (r *Results) Figure(name string) *Figure {
	if r == nil {
		return nil
	}
	for i := range r.Figures {
		if r.Figures[i].Name == name {
			return &r.Figures[i]
		}
	}
	return nil
}

// Row is one line of the table: a figure beside its budget, if it has one.
type Row struct {
	What     string
	Figure   *Figure  // nil: not measured
	Budget   *Budget  // nil: no budget, shown for information
	Ratio    float64  // Figure / Budget.Against; NaN without one
	Previous *float64 // the figure (or ratio) of the previous run
	Missed   bool     // over budget, or a budgeted figure not measured
}

// Verdict says in a word how the row stands.
func (r Row) Verdict() string {
	switch {
	case r.Budget == nil:
		return ""
	case r.Figure == nil || (r.Budget.Against != "" && math.IsNaN(r.Ratio)):
		return "NOT MEASURED"
	case r.Missed:
		return "MISSED"
	}
	return "ok"
}

// Rows sets each budget's figure beside it, then lists the other timings
// and sizes measured; prev (may be nil) gives the previous figures.
func Rows(budgets []Budget, res, prev *Results) []Row {
	var rows []Row
	budgeted := map[string]bool{}
	for i := range budgets {
		b := &budgets[i]
		budgeted[b.Figure] = true
		row := Row{What: b.Figure, Figure: res.Figure(b.Figure), Budget: b, Ratio: math.NaN()}
		value := math.NaN()
		if row.Figure != nil {
			row.What = describe(row.Figure)
			value = row.Figure.Value
		}
		if b.Against != "" {
			row.Ratio = ratio(res, b)
			value = row.Ratio
			if p := ratio(prev, b); !math.IsNaN(p) {
				row.Previous = &p
			}
		} else if p := prev.Figure(b.Figure); p != nil {
			row.Previous = &p.Value
		}
		row.Missed = math.IsNaN(value) || (b.Max != 0 && value > b.Max) || (b.Min != 0 && value < b.Min)
		rows = append(rows, row)
	}
	for i := range res.Figures {
		f := &res.Figures[i]
		if budgeted[f.Name] || (f.Unit != "s" && f.Unit != "bytes") {
			continue
		}
		row := Row{What: describe(f), Figure: f, Ratio: math.NaN()}
		if p := prev.Figure(f.Name); p != nil {
			row.Previous = &p.Value
		}
		rows = append(rows, row)
	}
	return rows
}

func ratio(res *Results, b *Budget) float64 {
	f, against := res.Figure(b.Figure), res.Figure(b.Against)
	if f == nil || against == nil || against.Value == 0 {
		return math.NaN()
	}
	return f.Value / against.Value
}

func describe(f *Figure) string {
	if f.What == "" {
		return f.Name
	}
	return f.What + " (" + f.Name + ")"
}

// Missed reports whether any row missed its budget.
func Missed(rows []Row) bool {
	for _, r := range rows {
		if r.Missed {
			return true
		}
	}
	return false
}

// WriteTable writes rows as a Markdown table: what, the figure (median of
// its runs), the budget, the ratio where the budget is one, the previous
// run's figure (a column only when some row has one), and the verdict.
func WriteTable(w io.Writer, rows []Row) error {
	withPrevious := false
	for _, r := range rows {
		withPrevious = withPrevious || r.Previous != nil
	}
	cells := [][]string{{"what", "measured", "budget", "ratio", "previous", ""}}
	for _, r := range rows {
		unit := ""
		measured := "—"
		if r.Figure != nil {
			unit = r.Figure.Unit
			measured = Format(r.Figure.Value, unit)
			if n := len(r.Figure.Runs); n > 1 {
				measured += fmt.Sprintf(" (median of %d)", n)
			}
		}
		budget, rat, prev := "—", "", ""
		if r.Budget != nil {
			budget = limits(r.Budget, unit)
			if r.Budget.Against != "" && !math.IsNaN(r.Ratio) {
				rat = fmt.Sprintf("%.2f×", r.Ratio)
			}
		}
		if r.Previous != nil {
			if r.Budget != nil && r.Budget.Against != "" {
				prev = fmt.Sprintf("%.2f×", *r.Previous)
			} else {
				prev = Format(*r.Previous, unit)
			}
		}
		cells = append(cells, []string{r.What, measured, budget, rat, prev, r.Verdict()})
	}
	if !withPrevious {
		for i, row := range cells {
			cells[i] = slices.Delete(row, 4, 5)
		}
	}
	widths := make([]int, len(cells[0]))
	for _, row := range cells {
		for i, c := range row {
			widths[i] = max(widths[i], len([]rune(c)))
		}
	}
	var b strings.Builder
	line := func(row []string) {
		b.WriteString("|")
		for i, c := range row {
			b.WriteString(" " + c + strings.Repeat(" ", widths[i]-len([]rune(c))) + " |")
		}
		b.WriteString("\n")
	}
	line(cells[0])
	b.WriteString("|")
	for _, w := range widths {
		b.WriteString(strings.Repeat("-", w+2) + "|")
	}
	b.WriteString("\n")
	for _, row := range cells[1:] {
		line(row)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func limits(b *Budget, unit string) string {
	if b.Unit != "" {
		unit = b.Unit
	}
	var parts []string
	show := func(v float64) string {
		if b.Against != "" {
			return fmt.Sprintf("%g× %s", v, b.Against)
		}
		return Format(v, unit)
	}
	if b.Min != 0 {
		parts = append(parts, "≥ "+show(b.Min))
	}
	if b.Max != 0 {
		parts = append(parts, "≤ "+show(b.Max))
	}
	s := strings.Join(parts, ", ")
	if b.Source != "" {
		s += " (" + b.Source + ")"
	}
	return s
}

// Format writes a value in its unit for people: seconds in s, ms or µs,
// bytes with thousands separated.
func Format(v float64, unit string) string {
	switch unit {
	case "s":
		switch a := math.Abs(v); {
		case a >= 1:
			return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", v), "0"), ".") + " s"
		case a >= 1e-3:
			return fmt.Sprintf("%.3g ms", v*1e3)
		default:
			return fmt.Sprintf("%.3g µs", v*1e6)
		}
	case "bytes":
		s := fmt.Sprintf("%.0f", v)
		var b strings.Builder
		for i, c := range s {
			if i > 0 && (len(s)-i)%3 == 0 && s[i-1] != '-' {
				b.WriteByte(',')
			}
			b.WriteRune(c)
		}
		return b.String() + " bytes"
	case "":
		return fmt.Sprintf("%.4g", v)
	}
	return fmt.Sprintf("%.4g %s", v, unit)
}
