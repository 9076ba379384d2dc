package scales

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Lang is the language a respondent answers in: Norwegian bokmål, English or
// Norwegian nynorsk.
type Lang string

// The languages of ses-nb-2018; the codes are those of the response file's
// "lang". Bokmål is the language the study administered; the nynorsk texts are
// a translation of its bokmål texts, checked by back-translation
// (instrument.md, "Nynorsk texts"), and are scored as the bokmål ones are.
const (
	NB Lang = "nb"
	EN Lang = "en"
	NN Lang = "nn"
)

// ParseLang returns the Lang named by s, which must be exactly "nb", "en" or
// "nn" (the values a response file may hold).
func ParseLang(s string) (Lang, bool) {
	switch Lang(s) {
	case NB:
		return NB, true
	case EN:
		return EN, true
	case NN:
		return NN, true
	}
	return "", false
}

// Norwegian reports whether l is a written form of Norwegian, bokmål or
// nynorsk: both write numbers with a decimal comma.
func (l Lang) Norwegian() bool { return l == NB || l == NN }

// Text is a text in the languages of the instrument.
type Text struct{ NB, EN, NN string }

// In returns the text in language l. Any language other than EN and NN gets
// the bokmål text, the language the study administered; an empty English or
// nynorsk text also falls back to the bokmål (a text outside the instrument
// may not have been translated into nynorsk yet; every text of the
// instrument has all three, as Check requires).
func (t Text) In(l Lang) string {
	switch {
	case l == EN && t.EN != "":
		return t.EN
	case l == NN && t.NN != "":
		return t.NN
	}
	return t.NB
}

// Choice is one answer option of a question: the code stored in response
// files and its label.
type Choice struct {
	Value int
	Label Text
}

// Kind tells how many choices a question takes.
type Kind int

const (
	// Single: exactly one code (every question but employment).
	Single Kind = iota
	// Multiple: one to MaxChoices distinct codes (employment only).
	Multiple
)

func (k Kind) String() string {
	switch k {
	case Single:
		return "single"
	case Multiple:
		return "multiple"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Item is one question of the instrument.
type Item struct {
	ID         string // "gender", "ekp1", ... (instrument.md); never changes within an instrument id
	Section    int    // 1..4
	Text       Text   // question text; in section 3 the part after the section's stem, starting with "…"
	Kind       Kind
	MaxChoices int      // 1 for Single; 2 for employment
	Choices    []Choice // codes 1..k in order
	// Subscale is the original subscale of a section-2 item ("ekp", "esp",
	// "ekr", "esr", "hum", "unw"), "out" for section 3, and "" otherwise.
	Subscale string
	// Column is the stem of a multiple-choice item's columns in the pooled
	// data set, one 0/1 column per code ("emp" for employment: emp1…emp6);
	// "" for a single-choice item, whose column is its id.
	Column string
}

// Columns returns the item's variable names in the pooled data set (CSV and
// .sav): its id for a single-choice item, Column followed by each code for a
// multiple-choice item.
func (it *Item) Columns() []string {
	if it.Kind != Multiple {
		return []string{it.ID}
	}
	cols := make([]string, len(it.Choices))
	for i, c := range it.Choices {
		cols[i] = it.Column + strconv.Itoa(c.Value)
	}
	return cols
}

// Valid reports whether code is one of the item's codes (1..k).
func (it *Item) Valid(code int) bool {
	return code >= 1 && code <= len(it.Choices)
}

// Label returns the label of code in language l, or "" if the item has no such code.
func (it *Item) Label(code int, l Lang) string {
	if !it.Valid(code) {
		return ""
	}
	return it.Choices[code-1].Label.In(l)
}

// Section is one part of the questionnaire, shown as one page or group.
type Section struct {
	Number      int
	Title       Text
	Instruction Text // may be empty (sections 1 and 4 have none)
	// Stem is the start that every question of section 3 completes:
	// «Hvor ofte i løpet av de siste 3 månedene har …». Empty elsewhere.
	Stem  Text
	Items []string // ids in questionnaire order
}

// Scale is a score computed from several items: one of the study's five
// composite scales or one of the original subscales it merged.
type Scale struct {
	ID    string // share receive humour negative social ekp esp ekr esr
	Name  Text
	About Text     // what the score means, in plain words for a respondent
	Items []string // item ids
	// Min and Max are the range of the items' codes and so of the score:
	// 1–7 for section 2, 1–5 for section 3.
	Min, Max int
	InStudy  bool // one of the study's five scales (share receive humour negative social)
	// StudyAlpha is Cronbach's α in the Norwegian study (Table 1, n=120); NaN if not reported.
	StudyAlpha float64
	// OriginalAlpha is Cronbach's α in Brown, Tang & Hollman (2014), Table 5; NaN if not reported.
	OriginalAlpha float64
}

// Needed returns how many of the scale's k items must be answered for a
// score: ⌈k/2⌉ (instrument.md; SPSS MEAN.n with n = ⌈k/2⌉).
func (s *Scale) Needed() int {
	return (len(s.Items) + 1) / 2
}

// Instrument is a whole questionnaire: its sections, questions and scales.
type Instrument struct {
	ID       string    // "ses-nb-2018"
	Sections []Section // in order, numbered from 1
	Items    []Item    // all questions in questionnaire order
	Scales   []Scale   // in instrument.md order
	Study    Study     // the variables of the study's tables and figures

	itemIndex  map[string]int
	scaleIndex map[string]int
}

// Study names the variables of the study's tables and figures, each list in
// the order the study prints it. The command line, the report and the group
// page all read them here.
type Study struct {
	Background []string // Table 2: the background questions' frequencies
	Comparison []string // Table 3: the five scales, then the closing questions set against the groups
	Matrix     []string // Table 4: the Spearman matrix (and its split)
	Figure1    []string // Figure 1: the humour items
	Figure2    []string // Figure 2: contact outside the meetings
	// CompareBy and CompareCodes are Table 3's groups: area 1 (mental
	// health) against 2 (substance use). SplitBy splits Table 4 (status:
	// current and former members).
	CompareBy    string
	CompareCodes [2]int
	SplitBy      string
}

// Variable reports whether v is one of the study's variables: a scale or a
// single-choice question.
func (in *Instrument) Variable(v string) bool {
	if in.Scale(v) != nil {
		return true
	}
	it := in.Item(v)
	return it != nil && it.Kind == Single
}

// Item returns the question with the given id, or nil if there is none.
func (in *Instrument) Item(id string) *Item {
	if in.itemIndex != nil {
		if i, ok := in.itemIndex[id]; ok {
			return &in.Items[i]
		}
		return nil
	}
	for i := range in.Items {
		if in.Items[i].ID == id {
			return &in.Items[i]
		}
	}
	return nil
}

// Scale returns the scale with the given id, or nil if there is none.
func (in *Instrument) Scale(id string) *Scale {
	if in.scaleIndex != nil {
		if i, ok := in.scaleIndex[id]; ok {
			return &in.Scales[i]
		}
		return nil
	}
	for i := range in.Scales {
		if in.Scales[i].ID == id {
			return &in.Scales[i]
		}
	}
	return nil
}

// index builds the id look-up maps. Called once when the instrument is built.
func (in *Instrument) index() {
	in.itemIndex = make(map[string]int, len(in.Items))
	for i, it := range in.Items {
		if _, dup := in.itemIndex[it.ID]; !dup {
			in.itemIndex[it.ID] = i
		}
	}
	in.scaleIndex = make(map[string]int, len(in.Scales))
	for i, s := range in.Scales {
		if _, dup := in.scaleIndex[s.ID]; !dup {
			in.scaleIndex[s.ID] = i
		}
	}
}

// Check verifies that the instrument is consistent: ids are unique and
// non-empty, item and scale ids do not collide, every text is non-empty in all
// three languages, codes run 1..k, kinds and MaxChoices agree, the sections are
// numbered 1..n and list every item exactly once (matching Item.Section),
// every scale names existing single-choice items whose codes span the scale's
// Min..Max, and Needed is at least 1. It returns every problem found, joined.
func (in *Instrument) Check() error {
	var errs []error
	bad := func(format string, a ...any) { errs = append(errs, fmt.Errorf(format, a...)) }
	every := func(what string, t Text) {
		if strings.TrimSpace(t.NB) == "" {
			bad("%s: bokmål text is empty", what)
		}
		if strings.TrimSpace(t.EN) == "" {
			bad("%s: English text is empty", what)
		}
		if strings.TrimSpace(t.NN) == "" {
			bad("%s: nynorsk text is empty", what)
		}
	}
	if in.ID == "" {
		bad("instrument id is empty")
	}

	items := map[string]*Item{}
	for i := range in.Items {
		it := &in.Items[i]
		what := fmt.Sprintf("item %d (%q)", i+1, it.ID)
		if it.ID == "" {
			bad("%s: empty id", what)
		} else if items[it.ID] != nil {
			bad("%s: id used twice", what)
		} else {
			items[it.ID] = it
		}
		every(what+" text", it.Text)
		if it.Section < 1 || it.Section > len(in.Sections) {
			bad("%s: section %d does not exist", what, it.Section)
		}
		if len(it.Choices) < 2 {
			bad("%s: %d choices; a question needs at least 2", what, len(it.Choices))
		}
		for j, c := range it.Choices {
			if c.Value != j+1 {
				bad("%s: choice %d has code %d; codes must run 1..%d", what, j+1, c.Value, len(it.Choices))
			}
			every(fmt.Sprintf("%s choice %d label", what, c.Value), c.Label)
		}
		switch it.Kind {
		case Single:
			if it.MaxChoices != 1 {
				bad("%s: single-choice question with MaxChoices %d", what, it.MaxChoices)
			}
		case Multiple:
			if it.MaxChoices < 2 || it.MaxChoices > len(it.Choices) {
				bad("%s: multiple-choice question with MaxChoices %d of %d choices", what, it.MaxChoices, len(it.Choices))
			}
		default:
			bad("%s: unknown kind %d", what, int(it.Kind))
		}
	}

	seen := map[string]int{}
	for i, s := range in.Sections {
		what := fmt.Sprintf("section %d", i+1)
		if s.Number != i+1 {
			bad("%s: numbered %d", what, s.Number)
		}
		every(what+" title", s.Title)
		if s.Instruction != (Text{}) {
			every(what+" instruction", s.Instruction)
		}
		if s.Stem != (Text{}) {
			every(what+" stem", s.Stem)
		}
		if len(s.Items) == 0 {
			bad("%s: no items", what)
		}
		for _, id := range s.Items {
			seen[id]++
			it := items[id]
			switch {
			case it == nil:
				bad("%s lists %q, which is not an item", what, id)
			case it.Section != s.Number:
				bad("%s lists %q, whose Section is %d", what, id, it.Section)
			}
		}
	}
	for _, it := range in.Items {
		if n := seen[it.ID]; n != 1 {
			bad("item %q is listed in %d sections; it must be in exactly one", it.ID, n)
		}
	}
	// Sections must list items in questionnaire order, so that pages and files agree.
	var order []string
	for _, s := range in.Sections {
		order = append(order, s.Items...)
	}
	if len(order) == len(in.Items) {
		for i := range order {
			if order[i] != in.Items[i].ID {
				bad("sections list %q at position %d where the questionnaire has %q", order[i], i+1, in.Items[i].ID)
				break
			}
		}
	}

	scales := map[string]bool{}
	for i, s := range in.Scales {
		what := fmt.Sprintf("scale %d (%q)", i+1, s.ID)
		if s.ID == "" {
			bad("%s: empty id", what)
		} else if scales[s.ID] {
			bad("%s: id used twice", what)
		} else if items[s.ID] != nil {
			bad("%s: id is also a question id", what)
		}
		scales[s.ID] = true
		every(what+" name", s.Name)
		every(what+" about", s.About)
		if len(s.Items) == 0 {
			bad("%s: no items", what)
		}
		if s.Needed() < 1 {
			bad("%s: needs %d answers", what, s.Needed())
		}
		inScale := map[string]bool{}
		for _, id := range s.Items {
			if inScale[id] {
				bad("%s: item %q listed twice", what, id)
			}
			inScale[id] = true
			it := items[id]
			switch {
			case it == nil:
				bad("%s: item %q does not exist", what, id)
			case it.Kind != Single:
				bad("%s: item %q is not single-choice", what, id)
			case s.Min != 1 || s.Max != len(it.Choices):
				bad("%s: range %d–%d but item %q has codes 1–%d", what, s.Min, s.Max, id, len(it.Choices))
			}
		}
		if !math.IsNaN(s.StudyAlpha) && (s.StudyAlpha <= 0 || s.StudyAlpha > 1) {
			bad("%s: study α %v outside (0, 1]", what, s.StudyAlpha)
		}
		if !math.IsNaN(s.OriginalAlpha) && (s.OriginalAlpha <= 0 || s.OriginalAlpha > 1) {
			bad("%s: original α %v outside (0, 1]", what, s.OriginalAlpha)
		}
	}
	in.checkStudy(bad)
	return errors.Join(errs...)
}

// checkStudy checks the study's lists: every variable exists (a question
// of Table 2, a scale or single-choice question elsewhere), none twice, the
// groups and the split are single-choice questions with those codes, and a
// multiple-choice item has a column stem.
func (in *Instrument) checkStudy(bad func(string, ...any)) {
	st := in.Study
	for _, l := range []struct {
		name string
		vars []string
		item bool // questions only (any kind)
	}{
		{"Background", st.Background, true},
		{"Comparison", st.Comparison, false},
		{"Matrix", st.Matrix, false},
		{"Figure1", st.Figure1, true},
		{"Figure2", st.Figure2, true},
	} {
		if len(l.vars) == 0 {
			bad("study %s: empty", l.name)
		}
		seen := map[string]bool{}
		for _, v := range l.vars {
			switch {
			case seen[v]:
				bad("study %s: %q listed twice", l.name, v)
			case l.item && in.Item(v) == nil:
				bad("study %s: %q is not a question", l.name, v)
			case !l.item && !in.Variable(v):
				bad("study %s: %q is neither a scale nor a single-choice question", l.name, v)
			}
			seen[v] = true
		}
	}
	if it := in.Item(st.CompareBy); it == nil || it.Kind != Single || !it.Valid(st.CompareCodes[0]) || !it.Valid(st.CompareCodes[1]) || st.CompareCodes[0] == st.CompareCodes[1] {
		bad("study CompareBy %q=%v: not two codes of a single-choice question", st.CompareBy, st.CompareCodes)
	}
	if it := in.Item(st.SplitBy); it == nil || it.Kind != Single {
		bad("study SplitBy %q: not a single-choice question", st.SplitBy)
	}
	for _, it := range in.Items {
		if it.Kind == Multiple && it.Column == "" {
			bad("item %q: multiple-choice without a column stem", it.ID)
		}
	}
}
