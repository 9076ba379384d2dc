package report

import (
	"encoding/csv"
	"io"
	"math"
	"slices"
	"strconv"

	"sammebaat/scales"
)

// CSVHeader is the header row of the pooled data set: id, lang, every question in questionnaire
// order (employment as one 0/1 column per code, emp1…emp6), then the nine scale scores.
func CSVHeader(in *scales.Instrument) []string {
	h := []string{"id", "lang"}
	for _, it := range in.Items {
		h = append(h, it.Columns()...)
	}
	for _, s := range in.Scales {
		h = append(h, s.ID)
	}
	return h
}

// WriteCSV writes the pooled data set, one row per response in the order of their ids (as the
// report analyses them), an empty cell for a missing answer or score. Scale scores are written in
// full precision, so the file is what the report was computed from.
func WriteCSV(w io.Writer, in *scales.Instrument, rs []scales.Response) error {
	sorted := make([]scales.Response, len(rs))
	copy(sorted, rs)
	scales.SortByID(sorted)

	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader(in)); err != nil {
		return err
	}
	row := make([]string, 0, len(in.Items)+16)
	for _, r := range sorted {
		row = append(row[:0], r.ID, string(r.Lang))
		for _, it := range in.Items {
			cs := r.Answers[it.ID]
			if it.Kind == scales.Multiple {
				for _, c := range it.Choices {
					switch {
					case len(cs) == 0:
						row = append(row, "")
					case slices.Contains(cs, c.Value):
						row = append(row, "1")
					default:
						row = append(row, "0")
					}
				}
				continue
			}
			if len(cs) == 0 {
				row = append(row, "")
			} else {
				row = append(row, strconv.Itoa(cs[0]))
			}
		}
		for _, s := range in.Scores(r) {
			if math.IsNaN(s.Value) {
				row = append(row, "")
			} else {
				row = append(row, strconv.FormatFloat(s.Value, 'g', -1, 64))
			}
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
