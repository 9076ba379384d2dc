package report

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"sammebaat/scales"
	"sammebaat/stats/statstest"
)

// rOracle is what stats/report/testdata/oracle/report.R prints.
type rOracle struct {
	Scales map[string]struct {
		N                  int      `json:"n"`
		Mean               Number   `json:"mean"`
		SD                 Number   `json:"sd"`
		Alpha              Number   `json:"alpha"`
		AlphaN             int      `json:"alpha_n"`
		StdAlpha           Number   `json:"std_alpha"`
		AlphaCI            []Number `json:"alpha_ci"`
		ItemMean           []Number `json:"item_mean"`
		ItemSD             []Number `json:"item_sd"`
		CorrectedItemTotal []Number `json:"corrected_item_total"`
		AlphaIfDeleted     []Number `json:"alpha_if_deleted"`
	} `json:"scales"`
	Compare map[string]struct {
		N           []int            `json:"n"`
		Mean        []Number         `json:"mean"`
		SD          []Number         `json:"sd"`
		Student     TestStats        `json:"student"`
		Welch       TestStats        `json:"welch"`
		Levene      LeveneStats      `json:"levene"`
		MannWhitney MannWhitneyStats `json:"mann_whitney"`
		CohensD     Number           `json:"cohens_d"`
	} `json:"compare"`
	Frequencies  map[string]Frequency  `json:"frequencies"`
	Descriptives map[string]GroupStats `json:"descriptives"`
	Correlations struct {
		Rho [][]Number `json:"rho"`
		P   [][]Number `json:"p"`
		N   [][]int    `json:"n"`
	} `json:"correlations"`
	Split []struct {
		Value int        `json:"value"`
		Rho   [][]Number `json:"rho"`
		P     [][]Number `json:"p"`
		N     [][]int    `json:"n"`
	} `json:"split"`
}

// runROracle writes rs as the pooled CSV and runs the R oracle on it. R is part of the test
// setup (.ci/run installs it): a missing R fails the test rather than skipping it.
func runROracle(t *testing.T, rs []scales.Response, args ...string) rOracle {
	t.Helper()
	if _, err := exec.LookPath("Rscript"); err != nil {
		t.Fatalf("the R oracle needs Rscript (apt-get install r-base-core r-cran-psych r-cran-jsonlite): %v", err)
	}
	csvPath := filepath.Join(t.TempDir(), "data.csv")
	var buf bytes.Buffer
	if err := WriteCSV(&buf, scales.SESNB2018(), rs); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(csvPath, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("Rscript", append([]string{"testdata/oracle/report.R", csvPath}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("Rscript: %v\n%s", err, stderr.String())
	}
	var o rOracle
	if err := json.Unmarshal(out, &o); err != nil {
		t.Fatalf("oracle output: %v\n%s", err, out)
	}
	return o
}

// close reports whether got agrees with want to tol relative (absolute near zero); two NaNs agree.
func close(got, want Number, tol float64) bool {
	g, w := float64(got), float64(want)
	if math.IsNaN(g) || math.IsNaN(w) {
		return math.IsNaN(g) && math.IsNaN(w)
	}
	return math.Abs(g-w) <= tol*math.Max(1, math.Abs(w))
}

// TestReportAgainstR compares every number of the report with R on the same data: a sample that
// imitates the study (n=120) and a larger one with more ties and missing answers. Expected values:
// Rscript stats/report/testdata/oracle/report.R data.csv (R 4.2.2, psych 2.2.9; stats::t.test,
// stats::wilcox.test(exact=FALSE, correct=FALSE), stats::cor.test(method="spearman", exact=FALSE),
// Levene as anova of absolute deviations from the group means).
func TestReportAgainstR(t *testing.T) {
	for _, tc := range []struct {
		name string
		seed uint64
		n    int
	}{
		{"study-like n=120", 2018, 120},
		{"n=400", 7, 400},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rs := statstest.StudyLike(tc.seed, tc.n)
			rep, err := NewReport(rs, Options{})
			if err != nil {
				t.Fatal(err)
			}
			o := runROracle(t, rs)
			if len(o.Scales) != 9 || len(o.Correlations.Rho) != len(scales.SESNB2018().Study.Matrix) {
				t.Fatalf("oracle gave %d scales and a %d-row matrix", len(o.Scales), len(o.Correlations.Rho))
			}
			const tol = 1e-9
			check := func(what string, got, want Number) {
				t.Helper()
				if !close(got, want, tol) {
					t.Errorf("%s = %v, R gives %v", what, float64(got), float64(want))
				}
			}
			for id, w := range o.Scales {
				g, ok := rep.Scales[id]
				if !ok {
					t.Errorf("scale %s missing from the report", id)
					continue
				}
				if g.N != w.N || g.AlphaN != w.AlphaN {
					t.Errorf("%s: n=%d alpha_n=%d, R gives %d and %d", id, g.N, g.AlphaN, w.N, w.AlphaN)
				}
				check(id+" mean", g.Mean, w.Mean)
				check(id+" sd", g.SD, w.SD)
				check(id+" alpha", g.Alpha, w.Alpha)
				check(id+" std_alpha", g.StdAlpha, w.StdAlpha)
				check(id+" alpha_ci lo", g.AlphaCI[0], w.AlphaCI[0])
				check(id+" alpha_ci hi", g.AlphaCI[1], w.AlphaCI[1])
				for j, it := range g.Items {
					check(id+" "+it.ID+" mean", it.Mean, w.ItemMean[j])
					check(id+" "+it.ID+" sd", it.SD, w.ItemSD[j])
					check(id+" "+it.ID+" corrected item-total", it.CorrectedItemTotal, w.CorrectedItemTotal[j])
					check(id+" "+it.ID+" alpha if deleted", it.AlphaIfDeleted, w.AlphaIfDeleted[j])
				}
			}
			if len(o.Compare) != len(scales.SESNB2018().Study.Comparison) {
				t.Fatalf("oracle compared %d variables", len(o.Compare))
			}
			for v, w := range o.Compare {
				g := rep.GroupComparison.Rows[v]
				for j := range 2 {
					if g.Groups[j].N != w.N[j] {
						t.Errorf("%s group %d: n=%d, R gives %d", v, j, g.Groups[j].N, w.N[j])
					}
					check(v+" mean", g.Groups[j].Mean, w.Mean[j])
					check(v+" sd", g.Groups[j].SD, w.SD[j])
				}
				check(v+" student t", g.Student.T, w.Student.T)
				check(v+" student df", g.Student.DF, w.Student.DF)
				check(v+" student p", g.Student.P, w.Student.P)
				check(v+" welch t", g.Welch.T, w.Welch.T)
				check(v+" welch df", g.Welch.DF, w.Welch.DF)
				check(v+" welch p", g.Welch.P, w.Welch.P)
				check(v+" levene F", g.Levene.F, w.Levene.F)
				check(v+" levene p", g.Levene.P, w.Levene.P)
				check(v+" mann-whitney U", g.MannWhitney.U, w.MannWhitney.U)
				check(v+" mann-whitney p", g.MannWhitney.P, w.MannWhitney.P)
				// R gives no z; the oracle's z is qnorm of its p, good to about 1e-12 relative.
				if !close(g.MannWhitney.Z, w.MannWhitney.Z, 1e-8) {
					t.Errorf("%s mann-whitney z = %v, R gives %v", v, g.MannWhitney.Z, w.MannWhitney.Z)
				}
				check(v+" cohen's d", g.CohensD, w.CohensD)
			}
			checkMatrix := func(what string, m CorrelationMatrix, rho, p [][]Number, n [][]int) {
				t.Helper()
				for i := range m.Rho {
					for j := range m.Rho[i] {
						if m.N[i][j] != n[i][j] {
							t.Errorf("%s n[%d][%d] = %d, R gives %d", what, i, j, m.N[i][j], n[i][j])
						}
						check(what+" rho "+m.Variables[i]+"~"+m.Variables[j], m.Rho[i][j], rho[i][j])
						check(what+" p "+m.Variables[i]+"~"+m.Variables[j], m.P[i][j], p[i][j])
					}
				}
			}
			if len(o.Frequencies) != len(rep.Frequencies) {
				t.Errorf("R counted %d questions, the report %d", len(o.Frequencies), len(rep.Frequencies))
			}
			for q, w := range o.Frequencies {
				g := rep.Frequencies[q]
				if g.NValid != w.NValid || g.NMissing != w.NMissing {
					t.Errorf("%s: valid %d missing %d, R %d and %d", q, g.NValid, g.NMissing, w.NValid, w.NMissing)
				}
				for code, n := range g.Counts {
					if w.Counts[code] != n {
						t.Errorf("%s code %s: %d, R %d", q, code, n, w.Counts[code])
					}
				}
			}
			if len(o.Descriptives) != len(scales.SESNB2018().Study.Matrix) || len(rep.Descriptives) != len(scales.SESNB2018().Study.Matrix) {
				t.Errorf("descriptives: R %d, report %d variables", len(o.Descriptives), len(rep.Descriptives))
			}
			for v, w := range o.Descriptives {
				g := rep.Descriptives[v]
				if g.N != w.N {
					t.Errorf("%s: n=%d, R %d", v, g.N, w.N)
				}
				check(v+" mean", g.Mean, w.Mean)
				check(v+" sd", g.SD, w.SD)
			}
			checkMatrix("all", rep.Correlations, o.Correlations.Rho, o.Correlations.P, o.Correlations.N)
			if len(rep.Split.Groups) != len(o.Split) {
				t.Fatalf("split has %d groups, R has %d", len(rep.Split.Groups), len(o.Split))
			}
			for k, w := range o.Split {
				g := rep.Split.Groups[k]
				if g.Value != w.Value {
					t.Errorf("split group %d value %d, R %d", k, g.Value, w.Value)
				}
				checkMatrix("status="+strconv.Itoa(g.Value), g.CorrelationMatrix, w.Rho, w.P, w.N)
			}
		})
	}
}

// TestReportOrderIndependent checks that the same pool gives the same report to the byte, whatever
// order the files come in (the browser and the command line read files in different orders).
func TestReportOrderIndependent(t *testing.T) {
	rs := statstest.StudyLike(3, 300)
	a, err := NewReport(rs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	shuffled := append([]scales.Response(nil), rs...)
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	b, _ := NewReport(shuffled, Options{})
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	if !bytes.Equal(ja, jb) {
		t.Fatal("report depends on the order of the responses")
	}
}

// TestDatasetScoresAgreeWithScales holds the report's column-wise scoring to scales.Score, the
// scoring a respondent sees on the phone.
func TestDatasetScoresAgreeWithScales(t *testing.T) {
	in := scales.SESNB2018()
	rs := statstest.StudyLike(11, 500)
	// Make sure the edge of the rule is exercised: drop answers so some scales have exactly
	// ⌈k/2⌉ answers and some one fewer.
	for i := range rs {
		s := &in.Scales[i%len(in.Scales)]
		drop := len(s.Items) - s.Needed() + i%2
		for _, id := range s.Items[:drop] {
			rs[i].Set(id)
		}
	}
	d := newDataset(in, rs)
	missing := 0
	for _, s := range in.Scales {
		col := d.column(s.ID)
		for i, r := range rs {
			want := in.Score(r, s.ID).Value
			if got := col[i]; got != want && !(math.IsNaN(got) && math.IsNaN(want)) {
				t.Fatalf("%s of response %d: report %v, scales %v", s.ID, i, got, want)
			}
			if math.IsNaN(col[i]) {
				missing++
			}
		}
	}
	if missing == 0 {
		t.Fatal("no missing score was exercised")
	}
}
