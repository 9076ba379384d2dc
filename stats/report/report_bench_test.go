package report

import (
	"fmt"
	"io"
	"testing"

	"sammebaat/scales"
	"sammebaat/stats/statstest"
)

// BenchmarkReport measures the whole report (every table of the study) for pools of the sizes a
// group, a study and a large pooled study have. Budget (issue 3): under 1 s for 100,000 responses
// on the project's 2-core machine.
func BenchmarkReport(b *testing.B) {
	for _, n := range []int{120, 10_000, 100_000} {
		rs := statstest.StudyLike(uint64(n), n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := NewReport(rs, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkWriteCSV measures the pooled data set export for 100,000 responses.
func BenchmarkWriteCSV(b *testing.B) {
	rs := statstest.StudyLike(1, 100_000)
	in := scales.SESNB2018()
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteCSV(io.Discard, in, rs); err != nil {
			b.Fatal(err)
		}
	}
}
