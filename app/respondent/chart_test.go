package respondent

import (
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"regexp"
	"strings"
	"testing"

	"sammebaat/scales"
)

func TestChartX(t *testing.T) {
	c := chart{Min: 1, Max: 7}
	for _, tc := range []struct{ v, want float64 }{
		{1, chartLeft}, {7, chartRight}, {4, (chartLeft + chartRight) / 2},
		{0, chartLeft}, {9, chartRight}, // clamped to the range
	} {
		if got := c.x(tc.v); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("x(%v) = %v, want %v", tc.v, got, tc.want)
		}
	}
}

// The chart must be well-formed SVG without style attributes, which the
// Content-Security-Policy blocks.
func TestChartSVG(t *testing.T) {
	ref := reference("social")
	for _, tc := range []struct {
		c       chart
		rects   int
		circles int
		ticks   int
	}{
		{chart{Min: 1, Max: 5, Value: 2.5, Ref: ref, Lang: scales.NB}, 1, 2, 5},
		{chart{Min: 1, Max: 7, Value: math.NaN(), Lang: scales.EN}, 0, 0, 7},
		{chart{Min: 1, Max: 7, Value: 1, Lang: scales.EN}, 1, 0, 7},
	} {
		s := tc.c.svg()
		if strings.Contains(s, "style") {
			t.Errorf("style in chart: %s", s)
		}
		counts := map[string]int{}
		d := xml.NewDecoder(strings.NewReader(s))
		for {
			tok, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("not well-formed: %v\n%s", err, s)
			}
			if se, ok := tok.(xml.StartElement); ok {
				counts[se.Name.Local]++
				if se.Name.Local == "rect" {
					for _, a := range se.Attr {
						if a.Name.Local == "width" && a.Value == "0.0" {
							t.Error("a bar of zero width")
						}
					}
				}
			}
		}
		if counts["rect"] != tc.rects || counts["circle"] != tc.circles {
			t.Errorf("%+v: %d bars %d marks, want %d %d", tc.c, counts["rect"], counts["circle"], tc.rects, tc.circles)
		}
		if got := strings.Count(s, `class="chart-tick"`); got != tc.ticks {
			t.Errorf("%d ticks, want %d", got, tc.ticks)
		}
	}
}

func TestChartBarLength(t *testing.T) {
	s := chart{Min: 1, Max: 5, Value: 3, Lang: scales.EN}.svg()
	want := `width="95.0"` // half of chartRight-chartLeft = 190
	if !strings.Contains(s, want) {
		t.Errorf("bar of 3 on 1–5 lacks %s: %s", want, s)
	}
}

// Each group's mark stands at its own mean, with its ±1 SD whisker, on the
// row its label names (the two groups swapped, or a mark off its mean,
// would mislead the respondent).
func TestChartMarksTheReferences(t *testing.T) {
	ref := reference("social") // the two groups' means differ: 2.6 and 3.5 on 1–5
	c := chart{Min: 1, Max: 5, Value: 2.5, Ref: ref, Lang: scales.EN}
	s := c.svg()
	for _, g := range []struct {
		class string
		m     scales.MeanSD
		label msg
	}{{"chart-mh", ref.MentalHealth, msgChartMH}, {"chart-su", ref.SubstanceUse, msgChartSU}} {
		mark := regexp.MustCompile(`<circle class="` + g.class + `" cx="([0-9.]+)" cy="([0-9.]+)"`).FindStringSubmatch(s)
		if mark == nil {
			t.Errorf("no %s mark: %s", g.class, s)
			continue
		}
		if want := fmt.Sprintf("%.1f", c.x(g.m.Mean)); mark[1] != want {
			t.Errorf("%s mark at x=%s, want %s (mean %g)", g.class, mark[1], want, g.m.Mean)
		}
		whisker := fmt.Sprintf(`<line class="chart-sd" x1="%.1f" y1="%s" x2="%.1f" y2="%s"/>`, c.x(g.m.Mean-g.m.SD), mark[2], c.x(g.m.Mean+g.m.SD), mark[2])
		if !strings.Contains(s, whisker) {
			t.Errorf("%s: no whisker %s", g.class, whisker)
		}
		label := fmt.Sprintf(`y="%s" text-anchor="end" dominant-baseline="middle">%s</text>`, mark[2], tr(scales.EN, g.label))
		if !strings.Contains(s, label) {
			t.Errorf("%s: the mark's row is not labelled %q", g.class, tr(scales.EN, g.label))
		}
	}
}
