package scales

import "math"

// Score is one scale's score for one response.
type Score struct {
	Scale    string
	Value    float64 // mean of the answered items; NaN when missing
	Answered int     // items of the scale answered with a valid code
	Needed   int     // ⌈k/2⌉: items that must be answered for a score
	Items    int     // k
}

// Missing reports whether the score could not be computed: too few items
// answered, or no such scale. A missing score is NaN, never 0, so it cannot
// be mistaken for a low score.
func (s Score) Missing() bool { return math.IsNaN(s.Value) }

// Score returns the score of scale for r: the mean of the scale's answered
// items when at least ⌈k/2⌉ of its k items are answered, otherwise missing
// (instrument.md; SPSS MEAN.n(items) with n = ⌈k/2⌉). No item is reversed.
// An item whose answer is not a single valid code counts as unanswered.
// An unknown scale id gives a missing score with Items 0.
func (in *Instrument) Score(r Response, scale string) Score {
	s := in.Scale(scale)
	if s == nil {
		return Score{Scale: scale, Value: math.NaN()}
	}
	sc := Score{Scale: s.ID, Needed: s.Needed(), Items: len(s.Items)}
	sum := 0
	for _, id := range s.Items {
		c, ok := r.Code(id)
		it := in.Item(id)
		if !ok || it == nil || !it.Valid(c) {
			continue
		}
		sum += c
		sc.Answered++
	}
	if sc.Answered >= sc.Needed && sc.Answered > 0 {
		sc.Value = float64(sum) / float64(sc.Answered)
	} else {
		sc.Value = math.NaN()
	}
	return sc
}

// Scores returns the scores of all the instrument's scales, in Scales order.
func (in *Instrument) Scores(r Response) []Score {
	out := make([]Score, len(in.Scales))
	for i := range in.Scales {
		out[i] = in.Score(r, in.Scales[i].ID)
	}
	return out
}

// Value returns an analysis variable for r: a scale's score when variable is
// a scale id, the code as a number when it is a single-choice question id.
// It is NaN when the value is missing, when variable is unknown, and for the
// multiple-choice employment question, which has no single value.
func (in *Instrument) Value(r Response, variable string) float64 {
	if in.Scale(variable) != nil {
		return in.Score(r, variable).Value
	}
	it := in.Item(variable)
	if it == nil || it.Kind != Single {
		return math.NaN()
	}
	c, ok := r.Code(variable)
	if !ok || !it.Valid(c) {
		return math.NaN()
	}
	return float64(c)
}
