package scales

// MeanSD is a mean with its standard deviation, as a table reports them.
type MeanSD struct{ Mean, SD float64 }

// Reference is one of the study's eight variables with the group means and
// standard deviations a respondent's or a group's values can be set against.
type Reference struct {
	Variable     string // share receive humour negative social recovery satisfaction duration
	Name         Text
	Min, Max     int    // the variable's possible range
	MentalHealth MeanSD // study Table 3, mental health groups, n=36
	SubstanceUse MeanSD // study Table 3, substance use groups, n=80
}

// References returns the study's reference values for its eight variables in
// the order of Table 3 (instrument.md, "Reference values"): the five scales,
// then recovery, satisfaction and duration. No US means or SDs are available,
// so none are given. Each call returns a new slice.
func References() []Reference {
	in := SESNB2018()
	scale := func(id string, mh, su MeanSD) Reference {
		s := in.Scale(id)
		return Reference{Variable: id, Name: s.Name, Min: s.Min, Max: s.Max, MentalHealth: mh, SubstanceUse: su}
	}
	single := func(id string, name Text, mh, su MeanSD) Reference {
		it := in.Item(id)
		return Reference{Variable: id, Name: name, Min: 1, Max: len(it.Choices), MentalHealth: mh, SubstanceUse: su}
	}
	return []Reference{
		scale("share", MeanSD{5.5, 1.0}, MeanSD{5.7, 0.97}),
		scale("receive", MeanSD{5.9, 0.81}, MeanSD{5.9, 0.94}),
		scale("humour", MeanSD{4.3, 1.0}, MeanSD{4.9, 1.2}),
		scale("negative", MeanSD{2.4, 0.83}, MeanSD{2.5, 1.0}),
		scale("social", MeanSD{1.3, 0.43}, MeanSD{3.2, 1.2}),
		single("recovery", Text{"Gruppens betydning for bedringsprosessen", "Importance of the group for recovery"},
			MeanSD{4.1, 0.92}, MeanSD{4.7, 0.63}),
		single("satisfaction", Text{"Tilfredshet med selvhjelpsgruppen", "Satisfaction with the self-help group"},
			MeanSD{4.3, 0.92}, MeanSD{4.5, 0.99}),
		single("duration", Text{"Hvor lenge du har deltatt", "How long you have attended"},
			MeanSD{2.6, 0.87}, MeanSD{3.5, 0.93}),
	}
}
