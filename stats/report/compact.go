package report

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"
	"strconv"

	"sammebaat/scales"
)

// The report and the pooled data set of responses held in compact form (scales.Compact, 58 bytes
// without pointers), for a pool too large for maps: a million responses. They give the bytes that
// NewReport and WriteCSV give for the same responses (TestCompactSameAsResponses).

var errNotCompactInstrument = errors.New("report: compact responses are answers to " + scales.SESNB2018().ID)

// compactInstrument checks that in is the instrument whose questions Compact.Answers holds.
func compactInstrument(in *scales.Instrument) error {
	if in != scales.SESNB2018() && (in.ID != scales.SESNB2018().ID || len(in.Items) != scales.NumItems) {
		return errNotCompactInstrument
	}
	return nil
}

// KeepsCompact reports whether c passes the filter.
func (f Filter) KeepsCompact(in *scales.Instrument, c *scales.Compact) bool {
	if f.IsZero() {
		return true
	}
	j := itemIndex(in, f.Question)
	if j < 0 {
		return false
	}
	a := c.Answers[j]
	if a == 0 {
		return false
	}
	if in.Items[j].Kind != scales.Multiple {
		return slices.Contains(f.Codes, int(a))
	}
	for _, code := range f.Codes {
		if code >= 1 && code <= 8 && a&(1<<(code-1)) != 0 {
			return true
		}
	}
	return false
}

// ApplyCompact returns a new slice of the responses of cs that the filter keeps, in their order.
func (f Filter) ApplyCompact(in *scales.Instrument, cs []scales.Compact) []scales.Compact {
	if f.IsZero() {
		return slices.Clone(cs)
	}
	var out []scales.Compact
	for i := range cs {
		if f.KeepsCompact(in, &cs[i]) {
			out = append(out, cs[i])
		}
	}
	return out
}

func itemIndex(in *scales.Instrument, id string) int {
	for j := range in.Items {
		if in.Items[j].ID == id {
			return j
		}
	}
	return -1
}

// SortCompactByID puts compact responses in the order of their ids, the order SortByID gives the
// same responses (the hex digits of an id sort as its bytes do).
func SortCompactByID(cs []scales.Compact) {
	slices.SortFunc(cs, func(a, b scales.Compact) int { return bytes.Compare(a.ID[:], b.ID[:]) })
}

// NewReportCompact is NewReport for responses in compact form: the same report of the same
// responses, to the last digit. cs itself is not changed.
func NewReportCompact(cs []scales.Compact, o Options) (*Report, error) {
	o = o.withDefaults()
	in := o.Instrument
	if err := compactInstrument(in); err != nil {
		return nil, err
	}
	for _, q := range []string{o.GroupBy, o.SplitBy} {
		if it := in.Item(q); it == nil || it.Kind != scales.Single {
			return nil, fmt.Errorf("%q is not a single-choice question of %s", q, in.ID)
		}
	}
	// The kept responses by index, in the order of their ids: no copy of the responses.
	kept := make([]int32, 0, len(cs))
	for i := range cs {
		if o.Where.KeepsCompact(in, &cs[i]) {
			kept = append(kept, int32(i))
		}
	}
	slices.SortFunc(kept, func(a, b int32) int { return bytes.Compare(cs[a].ID[:], cs[b].ID[:]) })
	return build(o, newDatasetCompact(in, cs, kept, columnsFor(o))), nil
}

// newDatasetCompact is newDataset for the compact responses cs[kept[0]], cs[kept[1]], ….
func newDatasetCompact(in *scales.Instrument, cs []scales.Compact, kept []int32, need map[string]bool) *dataset {
	d, items := newItemColumns(in, len(kept), need)
	freq := make([]freqCount, len(in.Items))
	for j, it := range in.Items {
		freq[j] = d.freq[it.ID]
	}
	for i, k := range kept {
		c := &cs[k]
		for j, a := range c.Answers {
			if a == 0 {
				continue
			}
			it := &in.Items[j]
			f := &freq[j]
			if it.Kind != scales.Single {
				f.valid++
				for b := a; b != 0; b &= b - 1 {
					if code := bits.TrailingZeros8(b) + 1; it.Valid(code) {
						f.counts[code]++
					}
				}
				continue
			}
			if !it.Valid(int(a)) {
				continue
			}
			f.valid++
			f.counts[a]++
			if items[j] != nil {
				items[j][i] = float64(a)
			}
		}
	}
	for j, it := range in.Items {
		d.freq[it.ID] = freq[j]
	}
	d.scoreScales()
	return d
}

// WriteCSVCompact is WriteCSV for compact responses: the same bytes for the same responses. cs
// itself is not changed.
func WriteCSVCompact(w io.Writer, in *scales.Instrument, cs []scales.Compact) error {
	if err := compactInstrument(in); err != nil {
		return err
	}
	sorted := slices.Clone(cs)
	SortCompactByID(sorted)

	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader(in)); err != nil {
		return err
	}
	scaleItems := make([][]int, len(in.Scales))
	for k, s := range in.Scales {
		for _, id := range s.Items {
			scaleItems[k] = append(scaleItems[k], itemIndex(in, id))
		}
	}
	row := make([]string, 0, len(in.Items)+16)
	var num []byte
	for i := range sorted {
		c := &sorted[i]
		row = append(row[:0], c.IDString(), string(c.Lang()))
		for j := range in.Items {
			it := &in.Items[j]
			a := c.Answers[j]
			if it.Kind == scales.Multiple {
				for _, ch := range it.Choices {
					switch {
					case a == 0:
						row = append(row, "")
					case ch.Value <= 8 && a&(1<<(ch.Value-1)) != 0:
						row = append(row, "1")
					default:
						row = append(row, "0")
					}
				}
				continue
			}
			if a == 0 {
				row = append(row, "")
			} else {
				row = append(row, smallInts[a])
			}
		}
		for k := range in.Scales {
			s := &in.Scales[k]
			sum, answered := 0, 0
			for _, j := range scaleItems[k] {
				if a := c.Answers[j]; a != 0 && in.Items[j].Valid(int(a)) {
					sum += int(a)
					answered++
				}
			}
			// As scales.Score: float64(sum) / float64(answered) when enough items are answered.
			v := math.NaN()
			if answered >= s.Needed() && answered > 0 {
				v = float64(sum) / float64(answered)
			}
			if math.IsNaN(v) {
				row = append(row, "")
			} else {
				num = strconv.AppendFloat(num[:0], v, 'g', -1, 64)
				row = append(row, string(num))
			}
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// smallInts are the codes as text, without an allocation a cell.
var smallInts = func() (s [256]string) {
	for i := range s {
		s[i] = strconv.Itoa(i)
	}
	return s
}()
