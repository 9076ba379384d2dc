package scales

import (
	"math"
	"os"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// specPath is the repository's own copy of instrument.md, the contract the
// package's data is held to.
const specPath = "../spec/instrument.md"

// spec is what instrument.md says, parsed from its tables and paragraphs
// independently of the package's data.
type spec struct {
	sections map[int]*specSection
	items    []specItem
	scales   []specScale
	refs     []specRef
	origα    map[string]float64 // scale id → Brown et al. (2014) α
}

type specSection struct {
	heading          string // after "## Section N — "
	instrNB, instrEN string
	stemNB, stemEN   string
	sharedCodes      []specChoice // sections 2 and 3: the "Codes:" paragraph
	items            []string
}

type specItem struct {
	id, nb, en, subscaleName string
	section                  int
	codes                    []specChoice // nil: the section's shared codes
	multiple                 bool
}

type specChoice struct {
	code   int
	nb, en string
	hasEN  bool
}

type specScale struct {
	id       string
	items    []string
	min, max int
	nb, en   string
}

type specRef struct {
	variable string
	mh, su   MeanSD
	alpha    float64 // NaN if the table gives none
}

func cells(line string) []string {
	parts := strings.Split(strings.Trim(strings.TrimSpace(line), "|"), "|")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

// parseCodes parses "1 Kvinne / Female · 2 Mann / Male".
func parseCodes(t *testing.T, s string) []specChoice {
	t.Helper()
	var out []specChoice
	for _, part := range strings.Split(s, " · ") {
		part = strings.TrimSpace(part)
		num, label, ok := strings.Cut(part, " ")
		if !ok {
			t.Fatalf("instrument.md: cannot read code %q", part)
		}
		code, err := strconv.Atoi(num)
		if err != nil {
			t.Fatalf("instrument.md: code %q: %v", part, err)
		}
		c := specChoice{code: code, nb: label}
		if nb, en, ok := strings.Cut(label, " / "); ok {
			c.nb, c.en, c.hasEN = nb, en, true
		}
		out = append(out, c)
	}
	return out
}

// expand turns "ekp1–3, esp1–3" into ekp1 ekp2 ekp3 esp1 esp2 esp3.
func expand(t *testing.T, s string) []string {
	t.Helper()
	var out []string
	re := regexp.MustCompile(`^([a-z]+)(\d+)–(\d+)$`)
	for _, part := range strings.Split(s, ", ") {
		m := re.FindStringSubmatch(strings.TrimSpace(part))
		if m == nil {
			t.Fatalf("instrument.md: cannot read item range %q", part)
		}
		lo, _ := strconv.Atoi(m[2])
		hi, _ := strconv.Atoi(m[3])
		for i := lo; i <= hi; i++ {
			out = append(out, m[1]+strconv.Itoa(i))
		}
	}
	return out
}

func parseMeanSD(t *testing.T, s string) MeanSD {
	t.Helper()
	var m MeanSD
	mean, sd, ok := strings.Cut(s, " (")
	if !ok || !strings.HasSuffix(sd, ")") {
		t.Fatalf("instrument.md: cannot read mean (SD) %q", s)
	}
	var err1, err2 error
	m.Mean, err1 = strconv.ParseFloat(mean, 64)
	m.SD, err2 = strconv.ParseFloat(strings.TrimSuffix(sd, ")"), 64)
	if err1 != nil || err2 != nil {
		t.Fatalf("instrument.md: cannot read mean (SD) %q", s)
	}
	return m
}

// readSpec parses instrument.md. A missing file fails the test: the
// instrument must be checked against the contract, never silently not.
func readSpec(t *testing.T) *spec {
	t.Helper()
	b, err := os.ReadFile(specPath)
	if err != nil {
		t.Fatalf("the contract must be readable to check the instrument against it: %v", err)
	}
	sp := &spec{sections: map[int]*specSection{}, origα: map[string]float64{}}
	lines := strings.Split(string(b), "\n")

	// Paragraphs (consecutive non-blank lines joined by a space) with the section they are in.
	type para struct {
		section int
		part    string // "sections", "scales", "refs"
		text    string
	}
	var paras []para
	section, part := 0, ""
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, para{section, part, strings.Join(cur, " ")})
			cur = nil
		}
	}
	headRE := regexp.MustCompile(`^## Section (\d) — (.*)$`)
	for _, line := range lines {
		switch {
		case strings.HasPrefix(line, "## "):
			flush()
			if m := headRE.FindStringSubmatch(line); m != nil {
				section, _ = strconv.Atoi(m[1])
				part = "sections"
				sp.sections[section] = &specSection{heading: m[2]}
			} else if strings.HasPrefix(line, "## Scales") {
				section, part = 0, "scales"
			} else if strings.HasPrefix(line, "## Reference") {
				section, part = 0, "refs"
			} else {
				section, part = 0, ""
			}
		case strings.TrimSpace(line) == "":
			flush()
		case strings.HasPrefix(line, "|"):
			flush()
			if strings.HasPrefix(line, "|---") || strings.HasPrefix(line, "| id") || strings.HasPrefix(line, "| variable") {
				continue
			}
			c := cells(line)
			switch {
			case part == "sections" && (section == 1 || section == 4):
				it := specItem{id: c[0], nb: c[1], en: c[2], section: section}
				codes := c[3]
				if rest, ok := strings.CutPrefix(codes, "multiple choice, 1 or 2 distinct codes: "); ok {
					it.multiple, codes = true, rest
				}
				it.codes = parseCodes(t, codes)
				sp.items = append(sp.items, it)
				sp.sections[section].items = append(sp.sections[section].items, c[0])
			case part == "sections" && section == 2:
				sp.items = append(sp.items, specItem{id: c[0], subscaleName: c[1], nb: c[2], en: c[3], section: 2})
				sp.sections[2].items = append(sp.sections[2].items, c[0])
			case part == "sections" && section == 3:
				sp.items = append(sp.items, specItem{id: c[0], nb: c[1], en: c[2], section: 3})
				sp.sections[3].items = append(sp.sections[3].items, c[0])
			case part == "scales":
				lo, hi, _ := strings.Cut(c[2], "–")
				min, _ := strconv.Atoi(lo)
				max, _ := strconv.Atoi(hi)
				nb, en, _ := strings.Cut(c[3], " / ")
				sp.scales = append(sp.scales, specScale{id: c[0], items: expand(t, c[1]), min: min, max: max, nb: nb, en: en})
			case part == "refs":
				r := specRef{variable: c[0], mh: parseMeanSD(t, c[1]), su: parseMeanSD(t, c[2]), alpha: math.NaN()}
				if c[3] != "" {
					a, err := strconv.ParseFloat(c[3], 64)
					if err != nil {
						t.Fatalf("instrument.md: α %q: %v", c[3], err)
					}
					r.alpha = a
				}
				sp.refs = append(sp.refs, r)
			}
		default:
			cur = append(cur, strings.TrimSpace(line))
		}
	}
	flush()

	instrNB := regexp.MustCompile(`Instruction \(nb[^)]*\): «([^»]*)»`)
	instrEN := regexp.MustCompile(`Instruction \(en[^)]*\): "([^"]*)"`)
	stemNB := regexp.MustCompile(`Stem: «([^»]*)»`)
	stemEN := regexp.MustCompile(`Stem: "([^"]*)"`)
	origRE := regexp.MustCompile(`([a-z][a-z ]*[a-z]) \.(\d\d)`)
	origName := map[string]string{
		"emotional support provided":        "esp",
		"experiential information provided": "ekp",
		"emotional support received":        "esr",
		"experiential information received": "ekr",
		"unwanted behaviours received":      "negative",
		"humour exchanged":                  "humour",
		"exchanges outside meetings":        "social",
	}
	for _, p := range paras {
		if p.part == "sections" {
			s := sp.sections[p.section]
			if m := instrNB.FindStringSubmatch(p.text); m != nil {
				s.instrNB = m[1]
			}
			if m := instrEN.FindStringSubmatch(p.text); m != nil {
				s.instrEN = m[1]
			}
			if m := stemNB.FindStringSubmatch(p.text); m != nil {
				s.stemNB = m[1]
			}
			if m := stemEN.FindStringSubmatch(p.text); m != nil {
				s.stemEN = m[1]
			}
			if rest, ok := strings.CutPrefix(p.text, "Codes: "); ok {
				s.sharedCodes = parseCodes(t, rest)
			}
		}
		if p.part == "refs" && strings.HasPrefix(p.text, "From the original US study") {
			_, list, _ := strings.Cut(p.text, "α:")
			for _, m := range origRE.FindAllStringSubmatch(list, -1) {
				id, ok := origName[strings.TrimSpace(m[1])]
				if !ok {
					t.Fatalf("instrument.md: unknown original subscale %q", m[1])
				}
				v, _ := strconv.ParseFloat("."+m[2], 64)
				sp.origα[id] = v
			}
		}
	}

	// The parse itself must have found the whole contract, or the comparisons below prove nothing.
	if len(sp.items) != 41 || len(sp.sections) != 4 || len(sp.scales) != 9 || len(sp.refs) != 8 || len(sp.origα) != 7 {
		t.Fatalf("parsed %d items, %d sections, %d scales, %d reference rows, %d original α from %s; want 41, 4, 9, 8, 7",
			len(sp.items), len(sp.sections), len(sp.scales), len(sp.refs), len(sp.origα), specPath)
	}
	for _, n := range []int{2, 3} {
		if s := sp.sections[n]; s.instrNB == "" || s.instrEN == "" || len(s.sharedCodes) == 0 {
			t.Fatalf("instrument.md section %d: instruction or codes not found", n)
		}
	}
	return sp
}

func TestInstrumentMatchesSpec(t *testing.T) {
	sp := readSpec(t)
	in := SESNB2018()
	if in.ID != "ses-nb-2018" {
		t.Errorf("ID = %q, want ses-nb-2018", in.ID)
	}
	if len(in.Items) != len(sp.items) {
		t.Fatalf("%d items, instrument.md has %d", len(in.Items), len(sp.items))
	}
	for i, want := range sp.items {
		got := &in.Items[i]
		t.Run(want.id, func(t *testing.T) {
			if got.ID != want.id {
				t.Fatalf("item %d is %q, instrument.md has %q", i+1, got.ID, want.id)
			}
			if got.Section != want.section {
				t.Errorf("Section = %d, want %d", got.Section, want.section)
			}
			if got.Text.NB != want.nb {
				t.Errorf("Text.NB = %q, want %q", got.Text.NB, want.nb)
			}
			if got.Text.EN != want.en {
				t.Errorf("Text.EN = %q, want %q", got.Text.EN, want.en)
			}
			wantKind, wantMax := Single, 1
			if want.multiple {
				wantKind, wantMax = Multiple, 2
			}
			if got.Kind != wantKind || got.MaxChoices != wantMax {
				t.Errorf("Kind, MaxChoices = %v, %d; want %v, %d", got.Kind, got.MaxChoices, wantKind, wantMax)
			}
			wantSub := ""
			switch want.section {
			case 2:
				wantSub = want.id[:3]
			case 3:
				wantSub = "out"
			}
			if got.Subscale != wantSub {
				t.Errorf("Subscale = %q, want %q", got.Subscale, wantSub)
			}
			codes := want.codes
			if codes == nil {
				codes = sp.sections[want.section].sharedCodes
			}
			if len(got.Choices) != len(codes) {
				t.Fatalf("%d choices, want %d", len(got.Choices), len(codes))
			}
			for j, c := range codes {
				g := got.Choices[j]
				if g.Value != c.code || c.code != j+1 {
					t.Errorf("choice %d: code %d, instrument.md %d", j+1, g.Value, c.code)
				}
				if g.Label.NB != c.nb {
					t.Errorf("code %d: NB %q, want %q", c.code, g.Label.NB, c.nb)
				}
				wantEN := c.en
				if !c.hasEN {
					// instrument.md gives the age bands once ("18–35 år"); the
					// English label says "years" for «år».
					wantEN = strings.TrimSuffix(c.nb, " år") + " years"
				}
				if g.Label.EN != wantEN {
					t.Errorf("code %d: EN %q, want %q", c.code, g.Label.EN, wantEN)
				}
				if got.Label(c.code, NB) != c.nb || got.Label(c.code, EN) != wantEN {
					t.Errorf("Label(%d) = %q / %q", c.code, got.Label(c.code, NB), got.Label(c.code, EN))
				}
			}
		})
	}
}

func TestSectionsMatchSpec(t *testing.T) {
	sp := readSpec(t)
	in := SESNB2018()
	if len(in.Sections) != 4 {
		t.Fatalf("%d sections, want 4", len(in.Sections))
	}
	// Titles: the English title is the heading of instrument.md without its
	// parenthesis; section 1's Norwegian title is the parenthesis; the other
	// Norwegian titles are those agreed in the plan (instrument.md gives none).
	wantNB := map[int]string{2: "Under gruppemøtene", 3: "Utveksling utenfor møtene", 4: "Deltakelse, bedring og tilfredshet"}
	for _, s := range in.Sections {
		want := sp.sections[s.Number]
		if want == nil {
			t.Fatalf("section %d is not in instrument.md", s.Number)
		}
		en, paren, _ := strings.Cut(want.heading, " (")
		if s.Title.EN != en {
			t.Errorf("section %d: Title.EN = %q, want %q", s.Number, s.Title.EN, en)
		}
		nb := wantNB[s.Number]
		if s.Number == 1 {
			nb = strings.TrimSuffix(paren, ")")
		}
		if s.Title.NB != nb {
			t.Errorf("section %d: Title.NB = %q, want %q", s.Number, s.Title.NB, nb)
		}
		if s.Instruction.NB != want.instrNB || s.Instruction.EN != want.instrEN {
			t.Errorf("section %d: Instruction = %q / %q, want %q / %q", s.Number, s.Instruction.NB, s.Instruction.EN, want.instrNB, want.instrEN)
		}
		if s.Stem.NB != want.stemNB || s.Stem.EN != want.stemEN {
			t.Errorf("section %d: Stem = %q / %q, want %q / %q", s.Number, s.Stem.NB, s.Stem.EN, want.stemNB, want.stemEN)
		}
		if !reflect.DeepEqual(s.Items, want.items) {
			t.Errorf("section %d: Items = %v, want %v", s.Number, s.Items, want.items)
		}
	}
}

func TestScalesMatchSpec(t *testing.T) {
	sp := readSpec(t)
	in := SESNB2018()
	if len(in.Scales) != len(sp.scales) {
		t.Fatalf("%d scales, want %d", len(in.Scales), len(sp.scales))
	}
	studyα := map[string]float64{}
	for _, r := range sp.refs {
		if !math.IsNaN(r.alpha) {
			studyα[r.variable] = r.alpha
		}
	}
	inStudy := map[string]bool{"share": true, "receive": true, "humour": true, "negative": true, "social": true}
	for i, want := range sp.scales {
		got := &in.Scales[i]
		t.Run(want.id, func(t *testing.T) {
			if got.ID != want.id {
				t.Fatalf("scale %d is %q, want %q", i+1, got.ID, want.id)
			}
			if !reflect.DeepEqual(got.Items, want.items) {
				t.Errorf("Items = %v, want %v", got.Items, want.items)
			}
			if got.Min != want.min || got.Max != want.max {
				t.Errorf("range %d–%d, want %d–%d", got.Min, got.Max, want.min, want.max)
			}
			if got.Name.NB != want.nb || got.Name.EN != want.en {
				t.Errorf("Name = %q / %q, want %q / %q", got.Name.NB, got.Name.EN, want.nb, want.en)
			}
			if got.InStudy != inStudy[want.id] {
				t.Errorf("InStudy = %v", got.InStudy)
			}
			checkα := func(what string, got float64, want float64, ok bool) {
				if !ok {
					if !math.IsNaN(got) {
						t.Errorf("%s = %v, want NaN (none reported)", what, got)
					}
					return
				}
				if got != want {
					t.Errorf("%s = %v, want %v", what, got, want)
				}
			}
			a, ok := studyα[want.id]
			checkα("StudyAlpha", got.StudyAlpha, a, ok)
			o, ok := sp.origα[want.id]
			checkα("OriginalAlpha", got.OriginalAlpha, o, ok)
			if want := (len(want.items) + 1) / 2; got.Needed() != want {
				t.Errorf("Needed() = %d, want %d", got.Needed(), want)
			}
		})
	}
	// The About texts are for respondents: negative must say lower is better,
	// social that it counts contacts outside meetings in the last 3 months.
	neg := in.Scale("negative")
	if !strings.Contains(neg.About.NB, "lavere bedre") || !strings.Contains(neg.About.EN, "lower is better") {
		t.Errorf("negative.About does not say lower is better: %q / %q", neg.About.NB, neg.About.EN)
	}
	soc := in.Scale("social")
	if !strings.Contains(soc.About.NB, "utenom møtene de siste 3 månedene") || !strings.Contains(soc.About.EN, "outside meetings in the last 3 months") {
		t.Errorf("social.About does not say what it counts: %q / %q", soc.About.NB, soc.About.EN)
	}
}

func TestReferencesMatchSpec(t *testing.T) {
	sp := readSpec(t)
	in := SESNB2018()
	refs := References()
	if len(refs) != len(sp.refs) {
		t.Fatalf("%d references, want %d", len(refs), len(sp.refs))
	}
	for i, want := range sp.refs {
		got := refs[i]
		if got.Variable != want.variable {
			t.Errorf("reference %d is %q, want %q", i+1, got.Variable, want.variable)
			continue
		}
		if got.MentalHealth != want.mh || got.SubstanceUse != want.su {
			t.Errorf("%s: %v %v, want %v %v", want.variable, got.MentalHealth, got.SubstanceUse, want.mh, want.su)
		}
		min, max := 1, 0
		if s := in.Scale(want.variable); s != nil {
			min, max = s.Min, s.Max
			if got.Name != s.Name {
				t.Errorf("%s: Name %v, want the scale's %v", want.variable, got.Name, s.Name)
			}
		} else if it := in.Item(want.variable); it != nil {
			max = len(it.Choices)
		} else {
			t.Errorf("%s is neither a scale nor a question", want.variable)
		}
		if got.Min != min || got.Max != max {
			t.Errorf("%s: range %d–%d, want %d–%d", want.variable, got.Min, got.Max, min, max)
		}
		if got.Name.NB == "" || got.Name.EN == "" {
			t.Errorf("%s: empty name %v", want.variable, got.Name)
		}
		if got.MentalHealth.Mean < float64(min) || got.MentalHealth.Mean > float64(max) {
			t.Errorf("%s: mean %v outside %d–%d", want.variable, got.MentalHealth.Mean, min, max)
		}
	}
	// References returns a fresh slice: a caller's change does not leak.
	refs[0].Variable = "changed"
	if References()[0].Variable != "share" {
		t.Error("References shares its slice between calls")
	}
}
