package report

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"sammebaat/scales"
	"sammebaat/stats"
)

// Number is a statistic in a report: a full-precision JSON number, or null when it cannot be
// computed (NaN or ±Inf: too few cases, zero variance).
type Number float64

// MarshalJSON writes the shortest representation that reads back to the same float64, or null.
func (x Number) MarshalJSON() ([]byte, error) {
	f := float64(x)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return []byte("null"), nil
	}
	return strconv.AppendFloat(nil, f, 'g', -1, 64), nil
}

// UnmarshalJSON reads a number, or null as NaN.
func (x *Number) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*x = Number(math.NaN())
		return nil
	}
	f, err := strconv.ParseFloat(string(b), 64)
	if err != nil {
		return err
	}
	*x = Number(f)
	return nil
}

// Filter keeps the responses whose answer to Question is one of Codes (for employment: any of its
// codes). The zero Filter keeps everything.
type Filter struct {
	Question string
	Codes    []int
}

// IsZero reports whether the filter keeps every response.
func (f Filter) IsZero() bool { return f.Question == "" }

// String gives the filter in the command line's form, QUESTION=CODE[,CODE...].
func (f Filter) String() string {
	cs := make([]string, len(f.Codes))
	for i, c := range f.Codes {
		cs[i] = strconv.Itoa(c)
	}
	return f.Question + "=" + strings.Join(cs, ",")
}

// Keeps reports whether r passes the filter.
func (f Filter) Keeps(r scales.Response) bool {
	if f.IsZero() {
		return true
	}
	for _, c := range r.Answers[f.Question] {
		if slices.Contains(f.Codes, c) {
			return true
		}
	}
	return false
}

// Apply returns the responses of rs that the filter keeps, in their order: rs itself for the zero
// Filter. The report, the CSV of analyze --where and the group page's exports all select with it.
func (f Filter) Apply(rs []scales.Response) []scales.Response {
	if f.IsZero() {
		return rs
	}
	var out []scales.Response
	for _, r := range rs {
		if f.Keeps(r) {
			out = append(out, r)
		}
	}
	return out
}

// ParseCodes reads QUESTION=CODE[,CODE...] for a question of in, checking the question and codes.
func ParseCodes(in *scales.Instrument, expr string) (question string, codes []int, err error) {
	q, list, ok := strings.Cut(expr, "=")
	if !ok || q == "" || list == "" {
		return "", nil, fmt.Errorf("%q: want QUESTION=CODE[,CODE...]", expr)
	}
	it := in.Item(q)
	if it == nil {
		return "", nil, fmt.Errorf("%q: no question %q in %s", expr, q, in.ID)
	}
	for _, s := range strings.Split(list, ",") {
		c, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || !it.Valid(c) {
			return "", nil, fmt.Errorf("%q: %q is not a code of %s; allowed %d–%d", expr, s, q, it.Choices[0].Value, it.Choices[len(it.Choices)-1].Value)
		}
		codes = append(codes, c)
	}
	return q, codes, nil
}

// ParseFilter reads a --where expression, QUESTION=CODE[,CODE...].
func ParseFilter(in *scales.Instrument, expr string) (Filter, error) {
	q, codes, err := ParseCodes(in, expr)
	if err != nil {
		return Filter{}, err
	}
	return Filter{Question: q, Codes: codes}, nil
}

// Options choose the report's analyses. The zero Options give the study's choices (the
// instrument's Study: area 1 against 2, split by status).
type Options struct {
	GroupBy    string // question whose two codes form the groups of the comparison (Table 3)
	GroupCodes [2]int
	SplitBy    string // question whose codes split the correlations (the study's split file)
	Where      Filter
	Instrument *scales.Instrument
}

func (o Options) withDefaults() Options {
	if o.Instrument == nil {
		o.Instrument = scales.SESNB2018()
	}
	st := o.Instrument.Study
	if o.GroupBy == "" {
		o.GroupBy, o.GroupCodes = st.CompareBy, st.CompareCodes
	}
	if o.SplitBy == "" {
		o.SplitBy = st.SplitBy
	}
	return o
}

// Report is the study's analyses of a pool of responses, the `ses-report` version 1 of formats.md.
type Report struct {
	Format          string                `json:"format"`
	Version         int                   `json:"version"`
	Instrument      string                `json:"instrument"`
	N               int                   `json:"n"`
	Filter          *string               `json:"filter"`
	Scales          map[string]ScaleStats `json:"scales"`
	Frequencies     map[string]Frequency  `json:"frequencies"`
	Descriptives    map[string]GroupStats `json:"descriptives"`
	GroupComparison GroupComparison       `json:"group_comparison"`
	Correlations    CorrelationMatrix     `json:"correlations"`
	Split           Split                 `json:"split"`
}

// ScaleStats is one scale's line of Table 1 and its item detail.
type ScaleStats struct {
	N             int         `json:"n"`
	Mean          Number      `json:"mean"`
	SD            Number      `json:"sd"`
	Alpha         Number      `json:"alpha"`
	AlphaN        int         `json:"alpha_n"`
	StdAlpha      Number      `json:"std_alpha"`
	AlphaCI       [2]Number   `json:"alpha_ci"`
	Items         []ItemStats `json:"items"`
	StudyAlpha    Number      `json:"study_alpha"`
	OriginalAlpha Number      `json:"original_alpha"`
}

// ItemStats is one item's line of SPSS's item-total statistics.
type ItemStats struct {
	ID                 string `json:"id"`
	Mean               Number `json:"mean"`
	SD                 Number `json:"sd"`
	CorrectedItemTotal Number `json:"corrected_item_total"`
	AlphaIfDeleted     Number `json:"alpha_if_deleted"`
}

// Frequency is one question's frequency table. For employment, a multiple-response question,
// n_valid counts the respondents who gave any code and counts count mentions, so they may add up to
// more than n_valid.
type Frequency struct {
	NValid   int            `json:"n_valid"`
	NMissing int            `json:"n_missing"`
	Counts   map[string]int `json:"counts"`
}

// GroupComparison is Table 3: each variable's groups compared.
type GroupComparison struct {
	By     string                   `json:"by"`
	Groups [2]int                   `json:"groups"`
	Rows   map[string]ComparisonRow `json:"rows"`
}

// GroupStats is the descriptive statistics of a variable over a group of responses (or all of
// them, in Report.Descriptives: the study's eight variables over every analysed response).
type GroupStats struct {
	N    int    `json:"n"`
	Mean Number `json:"mean"`
	SD   Number `json:"sd"`
}

// TestStats is a t-test's row.
type TestStats struct {
	T  Number `json:"t"`
	DF Number `json:"df"`
	P  Number `json:"p"`
}

// LeveneStats is Levene's test of equal variances.
type LeveneStats struct {
	F Number `json:"f"`
	P Number `json:"p"`
}

// MannWhitneyStats is the Mann–Whitney test.
type MannWhitneyStats struct {
	U Number `json:"u"`
	Z Number `json:"z"`
	P Number `json:"p"`
}

// ComparisonRow is one variable of Table 3.
type ComparisonRow struct {
	Groups      [2]GroupStats    `json:"groups"`
	Student     TestStats        `json:"student"`
	Welch       TestStats        `json:"welch"`
	Levene      LeveneStats      `json:"levene"`
	MannWhitney MannWhitneyStats `json:"mann_whitney"`
	CohensD     Number           `json:"cohens_d"`
}

// CorrelationMatrix is Table 4: Spearman's ρ with pairwise deletion.
type CorrelationMatrix struct {
	Method    string     `json:"method"`
	Variables []string   `json:"variables"`
	Rho       [][]Number `json:"rho"`
	P         [][]Number `json:"p"`
	N         [][]int    `json:"n"`
}

// SplitGroup is the correlation matrix of the responses with one code of the split question.
type SplitGroup struct {
	Value int `json:"value"`
	CorrelationMatrix
}

// Split is the study's split-file analysis: Table 4 for each code of a question.
type Split struct {
	By     string       `json:"by"`
	Groups []SplitGroup `json:"groups"`
}

// NewReport computes the study's analyses of rs. The responses are analysed in the order of their
// ids, whatever order they come in, so the same pool always gives the same report to the last digit.
// rs itself is not changed.
func NewReport(rs []scales.Response, o Options) (*Report, error) {
	o = o.withDefaults()
	in := o.Instrument
	for _, q := range []string{o.GroupBy, o.SplitBy} {
		if it := in.Item(q); it == nil || it.Kind != scales.Single {
			return nil, fmt.Errorf("%q is not a single-choice question of %s", q, in.ID)
		}
	}
	// A copy even without a filter: sorting must not change rs.
	kept := append([]scales.Response(nil), o.Where.Apply(rs)...)
	scales.SortByID(kept)
	return build(o, newDatasetFor(in, kept, columnsFor(o))), nil
}

// build computes the report's analyses of a dataset: NewReport and NewReportCompact give the same
// report of the same responses because both come here.
func build(o Options, d *dataset) *Report {
	in := o.Instrument
	rep := &Report{
		Format:     "ses-report",
		Version:    1,
		Instrument: in.ID,
		N:          d.n,
	}
	if !o.Where.IsZero() {
		s := o.Where.String()
		rep.Filter = &s
	}
	// The analyses read the dataset and write their own fields only: they run side by side, and
	// each gives the same numbers as alone (a 100,000-response pool's report in half the time on
	// two cores); no more at once than there are cores, as each holds its own copies of columns.
	// With one processor (WebAssembly, the group page) they run one after the other, as before.
	var wg sync.WaitGroup
	procs := runtime.GOMAXPROCS(0)
	slots := make(chan struct{}, max(1, procs))
	wgGo := func(f func()) {
		if procs <= 1 {
			f()
			return
		}
		wg.Go(func() {
			slots <- struct{}{}
			defer func() { <-slots }()
			f()
		})
	}
	wgGo(func() { rep.Scales = scaleStats(in, d) })
	wgGo(func() { rep.Frequencies = frequencies(in, d) })
	wgGo(func() {
		rep.Descriptives = make(map[string]GroupStats, len(in.Study.Matrix))
		for _, v := range in.Study.Matrix {
			ds := stats.Describe(d.column(v))
			rep.Descriptives[v] = GroupStats{N: ds.N, Mean: Number(ds.Mean), SD: Number(ds.SD)}
		}
	})
	wgGo(func() { rep.GroupComparison = compareGroups(d, o.GroupBy, o.GroupCodes) })
	wgGo(func() { rep.Correlations = correlations(d, nil) })
	rep.Split = Split{By: o.SplitBy}
	split := d.column(o.SplitBy)
	choices := in.Item(o.SplitBy).Choices
	rep.Split.Groups = make([]SplitGroup, len(choices))
	for k, c := range choices {
		wgGo(func() {
			rep.Split.Groups[k] = SplitGroup{
				Value:             c.Value,
				CorrelationMatrix: correlations(d, func(i int) bool { return split[i] == float64(c.Value) }),
			}
		})
	}
	wg.Wait()
	return rep
}

// dataset holds each variable's values over the responses, NaN where missing. The responses'
// answer maps are read once, into one dense column per question; scale scores are computed from
// those columns. (Looking answers up response by response, map by map, made the report for 100,000
// responses ten times slower.)
type dataset struct {
	in   *scales.Instrument
	n    int
	cols map[string][]float64
	// freq holds each question's frequencies, keyed by question id, counted while the columns
	// are filled: the respondents who gave a valid code (a multiple-choice question: any code),
	// and the mentions of each valid code (index = code).
	freq map[string]freqCount
}

type freqCount struct {
	valid  int
	counts []int
}

// columnsFor are the questions whose columns the report of o reads: the scales' items, the study's
// variables, the groups' and the split's questions. The others are only counted (frequencies).
func columnsFor(o Options) map[string]bool {
	in := o.Instrument
	need := map[string]bool{o.GroupBy: true, o.SplitBy: true}
	for _, s := range in.Scales {
		for _, id := range s.Items {
			need[id] = true
		}
	}
	for _, v := range slices.Concat(in.Study.Matrix, in.Study.Comparison) {
		need[v] = true
	}
	return need
}

// newItemColumns starts a dataset of n responses: a column of NaN for each single-choice question
// that need names (all when need is nil), items[j] for in.Items[j] and in d.cols, nil for the
// others, and empty counts for every question.
func newItemColumns(in *scales.Instrument, n int, need map[string]bool) (*dataset, [][]float64) {
	d := &dataset{in: in, n: n, cols: make(map[string][]float64, len(in.Items)+len(in.Scales)), freq: make(map[string]freqCount, len(in.Items))}
	items := make([][]float64, len(in.Items))
	for j, it := range in.Items {
		d.freq[it.ID] = freqCount{counts: make([]int, len(it.Choices)+1)}
		if it.Kind != scales.Single || need != nil && !need[it.ID] {
			continue
		}
		c := make([]float64, n)
		for i := range c {
			c[i] = math.NaN()
		}
		items[j] = c
		d.cols[it.ID] = c
	}
	return d, items
}

func newDataset(in *scales.Instrument, rs []scales.Response) *dataset {
	return newDatasetFor(in, rs, nil)
}

func newDatasetFor(in *scales.Instrument, rs []scales.Response, need map[string]bool) *dataset {
	d, items := newItemColumns(in, len(rs), need)
	index := make(map[string]int, len(in.Items))
	freq := make([]freqCount, len(in.Items))
	for j, it := range in.Items {
		index[it.ID] = j
		freq[j] = d.freq[it.ID]
	}
	for i, r := range rs {
		for id, cs := range r.Answers {
			j, ok := index[id]
			if !ok {
				continue
			}
			it := &in.Items[j]
			f := &freq[j]
			if it.Kind != scales.Single {
				if len(cs) == 0 {
					continue
				}
				f.valid++
				for _, c := range cs {
					if it.Valid(c) {
						f.counts[c]++
					}
				}
				continue
			}
			if len(cs) != 1 || !it.Valid(cs[0]) {
				continue
			}
			f.valid++
			f.counts[cs[0]]++
			if items[j] != nil {
				items[j][i] = float64(cs[0])
			}
		}
	}
	for j, it := range in.Items {
		d.freq[it.ID] = freq[j]
	}
	d.scoreScales()
	return d
}

// scoreScales adds the scale scores' columns, computed from the item columns.
func (d *dataset) scoreScales() {
	for k := range d.in.Scales {
		s := &d.in.Scales[k]
		cols := make([][]float64, len(s.Items))
		for j, id := range s.Items {
			cols[j] = d.cols[id]
		}
		d.cols[s.ID] = scaleScores(s, cols, d.n)
	}
}

// scaleScores applies the instrument's scoring rule to whole columns: the mean of the answered
// items when at least s.Needed() of them are answered, NaN otherwise (as scales.Score does for one
// response; TestDatasetScoresAgreeWithScales holds the two together).
func scaleScores(s *scales.Scale, items [][]float64, n int) []float64 {
	out := make([]float64, n)
	needed := s.Needed()
	for i := range out {
		sum, answered := 0.0, 0
		for _, c := range items {
			if x := c[i]; !math.IsNaN(x) {
				sum += x
				answered++
			}
		}
		if answered >= needed && answered > 0 {
			out[i] = sum / float64(answered)
		} else {
			out[i] = math.NaN()
		}
	}
	return out
}

// column is a variable's values: a scale score or a single question's code.
func (d *dataset) column(v string) []float64 {
	c, ok := d.cols[v]
	if !ok {
		panic("report: no variable " + v)
	}
	return c
}

func scaleStats(in *scales.Instrument, d *dataset) map[string]ScaleStats {
	out := make(map[string]ScaleStats, len(in.Scales))
	for _, s := range in.Scales {
		desc := stats.Describe(d.column(s.ID))
		items := make([][]float64, len(s.Items))
		for j, id := range s.Items {
			items[j] = d.column(id)
		}
		rel := stats.CronbachAlpha(items)
		st := ScaleStats{
			N:             desc.N,
			Mean:          Number(desc.Mean),
			SD:            Number(desc.SD),
			Alpha:         Number(rel.Alpha),
			AlphaN:        rel.N,
			StdAlpha:      Number(rel.StdAlpha),
			AlphaCI:       [2]Number{Number(rel.CILow), Number(rel.CIHigh)},
			StudyAlpha:    Number(s.StudyAlpha),
			OriginalAlpha: Number(s.OriginalAlpha),
			Items:         make([]ItemStats, len(s.Items)),
		}
		for j, id := range s.Items {
			is := ItemStats{ID: id, Mean: null, SD: null, CorrectedItemTotal: null, AlphaIfDeleted: null}
			if j < len(rel.Items) {
				it := rel.Items[j]
				is.Mean, is.SD = Number(it.Mean), Number(it.SD)
				is.CorrectedItemTotal, is.AlphaIfDeleted = Number(it.CorrectedItemTotal), Number(it.AlphaIfDeleted)
			}
			st.Items[j] = is
		}
		out[s.ID] = st
	}
	return out
}

var null = Number(math.NaN())

func frequencies(in *scales.Instrument, d *dataset) map[string]Frequency {
	out := make(map[string]Frequency, len(in.Items))
	for i := range in.Items {
		it := &in.Items[i]
		fc := d.freq[it.ID]
		counts, valid := fc.counts, fc.valid
		f := Frequency{NValid: valid, NMissing: d.n - valid, Counts: make(map[string]int, len(it.Choices))}
		for _, c := range it.Choices {
			f.Counts[strconv.Itoa(c.Value)] = counts[c.Value]
		}
		out[it.ID] = f
	}
	return out
}

func compareGroups(d *dataset, by string, codes [2]int) GroupComparison {
	vars := d.in.Study.Comparison
	gc := GroupComparison{By: by, Groups: codes, Rows: make(map[string]ComparisonRow, len(vars))}
	key := d.column(by)
	for _, v := range vars {
		x := d.column(v)
		var g [2][]float64
		for i, k := range key {
			for j := range codes {
				if k == float64(codes[j]) && !math.IsNaN(x[i]) {
					g[j] = append(g[j], x[i])
				}
			}
		}
		var row ComparisonRow
		for j := range g {
			ds := stats.Describe(g[j])
			row.Groups[j] = GroupStats{N: ds.N, Mean: Number(ds.Mean), SD: Number(ds.SD)}
		}
		t := stats.IndependentT(g[0], g[1])
		row.Student = TestStats{Number(t.Student.T), Number(t.Student.DF), Number(t.Student.P)}
		row.Welch = TestStats{Number(t.Welch.T), Number(t.Welch.DF), Number(t.Welch.P)}
		l := stats.Levene(g[0], g[1])
		row.Levene = LeveneStats{Number(l.F), Number(l.P)}
		mw := stats.MannWhitney(g[0], g[1])
		row.MannWhitney = MannWhitneyStats{Number(mw.U), Number(mw.Z), Number(mw.P)}
		row.CohensD = Number(stats.CohensD(g[0], g[1]))
		gc.Rows[v] = row
	}
	return gc
}

// correlations is the Spearman matrix of the study variables over the responses that keep passes
// (all when keep is nil).
func correlations(d *dataset, keep func(i int) bool) CorrelationMatrix {
	vars := d.in.Study.Matrix
	k := len(vars)
	cols := make([][]float64, k)
	for j, v := range vars {
		c := d.column(v)
		if keep != nil {
			sub := make([]float64, 0, len(c))
			for i, x := range c {
				if keep(i) {
					sub = append(sub, x)
				}
			}
			c = sub
		}
		cols[j] = c
	}
	m := CorrelationMatrix{
		Method:    "spearman",
		Variables: slices.Clone(vars),
		Rho:       make([][]Number, k),
		P:         make([][]Number, k),
		N:         make([][]int, k),
	}
	cells := stats.SpearmanMatrix(cols)
	for a := range k {
		m.Rho[a] = make([]Number, k)
		m.P[a] = make([]Number, k)
		m.N[a] = make([]int, k)
		for b := range k {
			c := cells[a][b]
			m.Rho[a][b], m.P[a][b], m.N[a][b] = Number(c.Rho), Number(c.P), c.N
		}
		// The diagonal as SPSS prints it: ρ = 1 for any variable with valid cases.
		m.P[a][a] = null
		m.Rho[a][a] = 1
		if m.N[a][a] == 0 {
			m.Rho[a][a] = null
		}
	}
	return m
}

// WriteJSON writes the report as the command line prints it and the group page saves it: indented
// JSON with full-precision numbers and null for what cannot be computed, ending in a newline. Both
// call this, so the same files give the same bytes.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}
