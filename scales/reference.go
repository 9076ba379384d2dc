package scales

// MeanSD is a mean with its standard deviation, as a table reports them.
type MeanSD struct{ Mean, SD float64 }

// Reference is one of the study's eight variables with the group means and
// standard deviations a respondent's or a group's values can be set against.
type Reference struct {
	Variable     string // share receive humour negative social recovery satisfaction duration
	Name         Text
	Short        Text   // a short name, for a chart's rows
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
	values := map[string]struct {
		name   Text // the single questions' name; a scale has its own
		short  Text
		mh, su MeanSD
	}{
		"share":    {Text{}, Text{"Jeg deler", "I share", "Eg deler"}, MeanSD{5.5, 1.0}, MeanSD{5.7, 0.97}},
		"receive":  {Text{}, Text{"Jeg mottar", "I receive", "Eg tek imot"}, MeanSD{5.9, 0.81}, MeanSD{5.9, 0.94}},
		"humour":   {Text{}, Text{"Humor", "Humour", "Humor"}, MeanSD{4.3, 1.0}, MeanSD{4.9, 1.2}},
		"negative": {Text{}, Text{"Negative erfaringer", "Negative experiences", "Negative erfaringar"}, MeanSD{2.4, 0.83}, MeanSD{2.5, 1.0}},
		"social":   {Text{}, Text{"Sosial kontakt", "Social contact", "Sosial kontakt"}, MeanSD{1.3, 0.43}, MeanSD{3.2, 1.2}},
		"recovery": {Text{"Gruppens betydning for bedringsprosessen", "Importance of the group for recovery", "Kor viktig gruppa er for betringa"},
			Text{"Bedringsprosess", "Recovery", "Betring"}, MeanSD{4.1, 0.92}, MeanSD{4.7, 0.63}},
		"satisfaction": {Text{"Tilfredshet med selvhjelpsgruppen", "Satisfaction with the self-help group", "Tilfredsheit med sjølvhjelpsgruppa"},
			Text{"Tilfredshet", "Satisfaction", "Tilfredsheit"}, MeanSD{4.3, 0.92}, MeanSD{4.5, 0.99}},
		"duration": {Text{"Hvor lenge du har deltatt", "How long you have attended", "Kor lenge du har delteke"},
			Text{"Varighet", "Duration", "Tida i gruppa"}, MeanSD{2.6, 0.87}, MeanSD{3.5, 0.93}},
	}
	refs := make([]Reference, 0, len(in.Study.Comparison))
	for _, v := range in.Study.Comparison {
		x, ok := values[v]
		if !ok {
			panic("scales: no reference values for " + v)
		}
		r := Reference{Variable: v, Name: x.name, Short: x.short, MentalHealth: x.mh, SubstanceUse: x.su}
		if s := in.Scale(v); s != nil {
			r.Name, r.Min, r.Max = s.Name, s.Min, s.Max
		} else {
			r.Min, r.Max = 1, len(in.Item(v).Choices)
		}
		refs = append(refs, r)
	}
	return refs
}
