package respondent

import "sammebaat/scales"

// answered reports whether question id has an answer in r.
func answered(r scales.Response, id string) bool {
	return len(r.Answers[id]) > 0
}

// answeredCount counts the instrument's questions answered in r. Answers to
// ids the instrument does not have are not counted (the reader rejects them
// anyway).
func answeredCount(in *scales.Instrument, r scales.Response) int {
	n := 0
	for i := range in.Items {
		if answered(r, in.Items[i].ID) {
			n++
		}
	}
	return n
}

// progress is what the questionnaire says about where the respondent is.
type progress struct {
	Section, Sections int // current section, 1-based, and how many there are
	Answered, Items   int // questions answered and questions in all
}

func progressOf(in *scales.Instrument, r scales.Response, section int) progress {
	return progress{
		Section:  section,
		Sections: len(in.Sections),
		Answered: answeredCount(in, r),
		Items:    len(in.Items),
	}
}

// String gives the progress line in language l,
// "Del 2 av 4 · 17 av 41 besvart" or "Section 2 of 4 · 17 of 41 answered".
func (p progress) text(l scales.Lang) string {
	return tr(l, msgProgress, p.Section, p.Sections, p.Answered, p.Items)
}
