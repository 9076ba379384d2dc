package report

import (
	"bytes"
	"testing"

	"sammebaat/scales"
	"sammebaat/stats/statstest"
)

// TestCompactSameAsResponses: the report and the pooled CSV of compact responses are byte for byte
// those of the same responses as maps, with and without a filter (on a single- and on the
// multiple-choice question), for other groups and splits, and for pools too small for statistics.
func TestCompactSameAsResponses(t *testing.T) {
	in := scales.SESNB2018()
	for _, n := range []int{0, 1, 3, 40, 600} {
		rs := statstest.StudyLike(uint64(1000+n), n)
		cs := make([]scales.Compact, len(rs))
		for i, r := range rs {
			c, err := scales.CompactOf(r)
			if err != nil {
				t.Fatal(err)
			}
			cs[i] = c
		}
		before := append([]scales.Compact(nil), cs...)
		for _, o := range []Options{
			{},
			{Where: Filter{Question: "satisfaction", Codes: []int{1, 2}}},
			{Where: Filter{Question: "employment", Codes: []int{2, 5}}, GroupBy: "gender", GroupCodes: [2]int{1, 2}, SplitBy: "area"},
		} {
			want, err := NewReport(rs, o)
			if err != nil {
				t.Fatal(err)
			}
			got, err := NewReportCompact(cs, o)
			if err != nil {
				t.Fatal(err)
			}
			var wb, gb bytes.Buffer
			want.WriteJSON(&wb)
			got.WriteJSON(&gb)
			if wb.String() != gb.String() {
				t.Errorf("n=%d, %+v: the compact report differs:\n%s", n, o, firstDiff(wb.String(), gb.String()))
			}
			if n == 600 && (want.N == 0 || (!o.Where.IsZero() && want.N == n)) {
				t.Errorf("n=%d, %+v: the filter kept %d; the data do not exercise it", n, o, want.N)
			}
		}
		var wb, gb bytes.Buffer
		if err := WriteCSV(&wb, in, rs); err != nil {
			t.Fatal(err)
		}
		if err := WriteCSVCompact(&gb, in, cs); err != nil {
			t.Fatal(err)
		}
		if wb.String() != gb.String() {
			t.Errorf("n=%d: the compact CSV differs:\n%s", n, firstDiff(wb.String(), gb.String()))
		}
		for i := range cs {
			if cs[i] != before[i] {
				t.Fatalf("n=%d: NewReportCompact or WriteCSVCompact changed its argument", n)
			}
		}
	}
}

func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(0, i-200)
	return "want …" + a[lo:min(len(a), i+100)] + "\ngot  …" + b[lo:min(len(b), i+100)]
}
