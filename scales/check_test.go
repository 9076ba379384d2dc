package scales

import (
	"strings"
	"testing"
)

func TestCheckPasses(t *testing.T) {
	if err := SESNB2018().Check(); err != nil {
		t.Fatalf("Check() = %v", err)
	}
}

// fresh returns a private copy of the instrument that a test may break.
func fresh() *Instrument {
	return &Instrument{ID: InstrumentID, Sections: sesSections(), Items: sesItems(), Scales: sesScales(), Study: sesStudy()}
}

func TestCheckFinds(t *testing.T) {
	tests := []struct {
		name   string
		break_ func(in *Instrument)
		want   string
	}{
		{"duplicate item id", func(in *Instrument) { in.Items[1].ID = "gender" }, `item 2 ("gender"): id used twice`},
		{"empty item id", func(in *Instrument) { in.Items[0].ID = "" }, `item 1 (""): empty id`},
		{"scale names a missing item", func(in *Instrument) { in.Scales[2].Items[0] = "hum9" }, `scale 3 ("humour"): item "hum9" does not exist`},
		{"scale item listed twice", func(in *Instrument) { in.Scales[5].Items[1] = "ekp1" }, `scale 6 ("ekp"): item "ekp1" listed twice`},
		{"scale range wrong", func(in *Instrument) { in.Scales[4].Max = 7 }, `scale 5 ("social"): range 1–7 but item "out1" has codes 1–5`},
		{"duplicate scale id", func(in *Instrument) { in.Scales[1].ID = "share" }, `scale 2 ("share"): id used twice`},
		{"scale id is a question id", func(in *Instrument) { in.Scales[0].ID = "age" }, `scale 1 ("age"): id is also a question id`},
		{"codes not contiguous", func(in *Instrument) {
			in.Items[0].Choices = []Choice{{1, Text{"a", "a", "a"}}, {3, Text{"b", "b", "b"}}}
		}, `item 1 ("gender"): choice 2 has code 3; codes must run 1..2`},
		{"empty English question text", func(in *Instrument) { in.Items[4].Text.EN = " " }, `item 5 ("status") text: English text is empty`},
		{"empty bokmål label", func(in *Instrument) {
			in.Items[0].Choices = []Choice{{1, Text{"", "Female", "Kvinne"}}, {2, Text{"Mann", "Male", "Mann"}}}
		}, `item 1 ("gender") choice 1 label: bokmål text is empty`},
		{"empty nynorsk label", func(in *Instrument) { in.Items[6].Choices[2].Label.NN = "" }, `item 7 ("peerled") choice 3 label: nynorsk text is empty`},
		{"empty nynorsk question text", func(in *Instrument) { in.Items[20].Text.NN = " " }, `item 21 ("esr3") text: nynorsk text is empty`},
		{"empty nynorsk title", func(in *Instrument) { in.Sections[3].Title.NN = "" }, `section 4 title: nynorsk text is empty`},
		{"empty nynorsk stem", func(in *Instrument) { in.Sections[2].Stem.NN = "" }, `section 3 stem: nynorsk text is empty`},
		{"nynorsk instruction only", func(in *Instrument) { in.Sections[0].Instruction.NN = "Les dette" }, `section 1 instruction: bokmål text is empty`},
		{"empty nynorsk scale name", func(in *Instrument) { in.Scales[8].Name.NN = "" }, `scale 9 ("esr") name: nynorsk text is empty`},
		{"empty scale about", func(in *Instrument) { in.Scales[3].About.EN = "" }, `scale 4 ("negative") about: English text is empty`},
		{"instruction in one language only", func(in *Instrument) { in.Sections[1].Instruction.EN = "" }, `section 2 instruction: English text is empty`},
		{"item in two sections", func(in *Instrument) { in.Sections[3].Items = append(in.Sections[3].Items, "gender") }, `item "gender" is listed in 2 sections`},
		{"item in no section", func(in *Instrument) { in.Sections[3].Items = in.Sections[3].Items[:2] }, `item "satisfaction" is listed in 0 sections`},
		{"section lists a non-item", func(in *Instrument) { in.Sections[0].Items[0] = "sex" }, `section 1 lists "sex", which is not an item`},
		{"item's section disagrees", func(in *Instrument) { in.Items[0].Section = 2 }, `section 1 lists "gender", whose Section is 2`},
		{"sections out of order", func(in *Instrument) {
			s := in.Sections[0].Items
			s[0], s[1] = s[1], s[0]
		}, `sections list "age" at position 1 where the questionnaire has "gender"`},
		{"section misnumbered", func(in *Instrument) { in.Sections[2].Number = 5 }, `section 3: numbered 5`},
		{"single with MaxChoices 2", func(in *Instrument) { in.Items[0].MaxChoices = 2 }, `single-choice question with MaxChoices 2`},
		{"multiple with MaxChoices 1", func(in *Instrument) { in.Items[3].MaxChoices = 1 }, `multiple-choice question with MaxChoices 1 of 6 choices`},
		{"scale on a multiple-choice item", func(in *Instrument) { in.Scales[0].Items[0] = "employment" }, `item "employment" is not single-choice`},
		{"alpha out of range", func(in *Instrument) { in.Scales[0].StudyAlpha = 1.5 }, `study α 1.5 outside (0, 1]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := fresh()
			if err := in.Check(); err != nil {
				t.Fatalf("unbroken copy fails: %v", err)
			}
			tt.break_(in)
			err := in.Check()
			if err == nil {
				t.Fatalf("Check() = nil, want an error containing %q", tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Check() = %v\nwant it to contain %q", err, tt.want)
			}
		})
	}
}

func TestLookups(t *testing.T) {
	in := SESNB2018()
	if in != SESNB2018() {
		t.Error("SESNB2018 builds a new instrument on each call")
	}
	for _, it := range in.Items {
		if got := in.Item(it.ID); got == nil || got.ID != it.ID {
			t.Errorf("Item(%q) = %v", it.ID, got)
		}
	}
	for _, s := range in.Scales {
		if got := in.Scale(s.ID); got == nil || got.ID != s.ID {
			t.Errorf("Scale(%q) = %v", s.ID, got)
		}
	}
	for _, id := range []string{"", "Gender", "share", "hum6", " age"} {
		if in.Item(id) != nil {
			t.Errorf("Item(%q) != nil", id)
		}
	}
	for _, id := range []string{"", "Share", "gender", "unw"} {
		if in.Scale(id) != nil {
			t.Errorf("Scale(%q) != nil", id)
		}
	}
	// The unindexed path (a hand-built instrument) finds the same.
	f := fresh()
	if f.Item("out3") == nil || f.Item("out3").Section != 3 || f.Item("nope") != nil || f.Scale("esr") == nil || f.Scale("nope") != nil {
		t.Error("look-ups on an unindexed instrument fail")
	}

	age := in.Item("age")
	for code, want := range map[int]bool{0: false, 1: true, 4: true, 5: false, -1: false} {
		if age.Valid(code) != want {
			t.Errorf("age.Valid(%d) = %v", code, !want)
		}
	}
	if got := age.Label(5, NB); got != "" {
		t.Errorf("age.Label(5) = %q, want empty", got)
	}
	if got := in.Item("gender").Label(2, EN); got != "Male" {
		t.Errorf("gender.Label(2, EN) = %q", got)
	}
}

func TestLangAndText(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Lang
		ok   bool
	}{{"nb", NB, true}, {"en", EN, true}, {"nn", NN, true}, {"NB", "", false}, {"NN", "", false}, {"no", "", false}, {"nno", "", false}, {"", "", false}, {"en-GB", "", false}} {
		got, ok := ParseLang(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseLang(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
	tx := Text{"Jeg snakker", "I talk", "Eg snakkar"}
	if tx.In(NB) != "Jeg snakker" || tx.In(EN) != "I talk" || tx.In(NN) != "Eg snakkar" || tx.In("de") != "Jeg snakker" {
		t.Errorf("Text.In: %q %q %q %q", tx.In(NB), tx.In(EN), tx.In(NN), tx.In("de"))
	}
	if (Text{NB: "bare norsk"}).In(EN) != "bare norsk" {
		t.Error("an empty English text does not fall back to bokmål")
	}
	// The app's own texts have no nynorsk until they are translated: bokmål stands in.
	if (Text{NB: "Lukk", EN: "Close"}).In(NN) != "Lukk" {
		t.Error("an empty nynorsk text does not fall back to bokmål")
	}
	for l, want := range map[Lang]bool{NB: true, NN: true, EN: false, "de": false, "": false} {
		if l.Norwegian() != want {
			t.Errorf("Lang(%q).Norwegian() = %v", l, !want)
		}
	}
	if Single.String() != "single" || Multiple.String() != "multiple" || Kind(7).String() != "Kind(7)" {
		t.Error("Kind.String")
	}
}

func TestCheckFindsStudyLists(t *testing.T) {
	tests := []struct {
		name   string
		break_ func(in *Instrument)
		want   string
	}{
		{"table 2 names a non-question", func(in *Instrument) { in.Study.Background[0] = "sex" }, `study Background: "sex" is not a question`},
		{"table 3 names a multiple-choice item", func(in *Instrument) { in.Study.Comparison[7] = "employment" }, `study Comparison: "employment" is neither`},
		{"table 4 lists a variable twice", func(in *Instrument) { in.Study.Matrix[1] = "recovery" }, `study Matrix: "recovery" listed twice`},
		{"figure 1 empty", func(in *Instrument) { in.Study.Figure1 = nil }, `study Figure1: empty`},
		{"groups on one code", func(in *Instrument) { in.Study.CompareCodes = [2]int{1, 1} }, `study CompareBy "area"=[1 1]`},
		{"split by a scale", func(in *Instrument) { in.Study.SplitBy = "share" }, `study SplitBy "share"`},
		{"employment without a column stem", func(in *Instrument) { in.Items[3].Column = "" }, `item "employment": multiple-choice without a column stem`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := fresh()
			if err := in.Check(); err != nil {
				t.Fatalf("unbroken copy fails: %v", err)
			}
			tt.break_(in)
			if err := in.Check(); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Check() = %v\nwant it to contain %q", err, tt.want)
			}
		})
	}
}

// The pooled data set's columns of employment are emp1…emp6 (formats.md).
func TestItemColumns(t *testing.T) {
	in := SESNB2018()
	if got := strings.Join(in.Item("employment").Columns(), ","); got != "emp1,emp2,emp3,emp4,emp5,emp6" {
		t.Errorf("employment's columns %s", got)
	}
	if got := in.Item("age").Columns(); len(got) != 1 || got[0] != "age" {
		t.Errorf("age's columns %v", got)
	}
}

// References follow Table 3's order and each has a name and a short name in every language.
func TestReferencesFollowTheStudy(t *testing.T) {
	in := SESNB2018()
	refs := References()
	if len(refs) != len(in.Study.Comparison) {
		t.Fatalf("%d references for %d variables of Table 3", len(refs), len(in.Study.Comparison))
	}
	for i, r := range refs {
		if r.Variable != in.Study.Comparison[i] || r.Short.NB == "" || r.Short.EN == "" || r.Short.NN == "" || r.Name.NB == "" || r.Name.EN == "" || r.Name.NN == "" {
			t.Errorf("reference %d: %+v", i, r)
		}
	}
}
