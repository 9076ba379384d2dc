package scales

// The nynorsk texts (issue 21): each is a translation of the bokmål as administered, checked two
// ways by the tools Norway itself uses for the pair, from Debian: back-translation by
// apertium-nno-nob, and spelling by hunspell with the nynorsk dictionary of myspell-nn. A missing
// tool fails the tests, naming the package to install: the texts are never silently unchecked.

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"

	"sammebaat/internal/spell"
)

// nnText is one nynorsk text with the bokmål text it translates.
type nnText struct {
	// where names the text in instrument.md's nynorsk tables: an item id ("gender"), an
	// item's choice ("gender 1"), a section's title, instruction or stem ("section 2 title"), a
	// code shared by every item of a section ("section 2 code 3"), a scale's name or about
	// ("scale share", "scale share about"), or a reference's name or short name
	// ("reference recovery", "reference recovery short").
	where  string
	nb, nn string
	// inSpec is true for the texts instrument.md's "Nynorsk texts" table lists, as it lists
	// the bokmål and English ones: the questionnaire as the study administered it (questions,
	// choices, section titles, instructions, the stem) and the scales' names. The scales'
	// about texts and the references' names are Samme båt's own words for a respondent, kept
	// in the code only. Every text, in the table or not, is checked by back-translation and
	// for spelling.
	inSpec bool
}

// nynorskTexts lists every nynorsk text of the instrument and of References, in questionnaire
// order: each section's title, instruction, stem and shared codes, then its questions, each
// followed by its own choices; then the scales and the references.
func nynorskTexts(in *Instrument) []nnText {
	var out []nnText
	add := func(where string, t Text, inSpec bool) {
		if t != (Text{}) {
			out = append(out, nnText{where, t.NB, t.NN, inSpec})
		}
	}
	for _, s := range in.Sections {
		sec := fmt.Sprintf("section %d", s.Number)
		add(sec+" title", s.Title, true)
		add(sec+" instruction", s.Instruction, true)
		add(sec+" stem", s.Stem, true)
		shared := len(s.Items) > 1
		for _, id := range s.Items[1:] {
			shared = shared && reflect.DeepEqual(in.Item(id).Choices, in.Item(s.Items[0]).Choices)
		}
		if shared {
			for _, c := range in.Item(s.Items[0]).Choices {
				add(fmt.Sprintf("%s code %d", sec, c.Value), c.Label, true)
			}
		}
		for _, id := range s.Items {
			it := in.Item(id)
			add(it.ID, it.Text, true)
			if !shared {
				for _, c := range it.Choices {
					add(fmt.Sprintf("%s %d", it.ID, c.Value), c.Label, true)
				}
			}
		}
	}
	for _, s := range in.Scales {
		add("scale "+s.ID, s.Name, true)
		add("scale "+s.ID+" about", s.About, false)
	}
	for _, r := range References() {
		if in.Scale(r.Variable) == nil { // a scale's name is the scale's, listed above
			add("reference "+r.Variable, r.Name, false)
		}
		add("reference "+r.Variable+" short", r.Short, false)
	}
	return out
}

// nnSection returns the table rows (cells) under the heading "## "+title of instrument.md, up
// to the next "## " heading, without the header and the separator.
func nnSection(t *testing.T, title string) [][]string {
	t.Helper()
	b, err := os.ReadFile(specPath)
	if err != nil {
		t.Fatalf("instrument.md must be readable to check the nynorsk texts: %v", err)
	}
	var rows [][]string
	in, header := false, false
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "## ") {
			if in {
				break
			}
			in = strings.TrimPrefix(line, "## ") == title
			continue
		}
		if !in || !strings.HasPrefix(line, "|") {
			continue
		}
		if !header { // the first row is the header
			header = true
			continue
		}
		if strings.HasPrefix(line, "|---") {
			continue
		}
		rows = append(rows, cells(line))
	}
	if !in && rows == nil {
		t.Fatalf("instrument.md has no section %q", title)
	}
	return rows
}

// TestNynorskTextsMatchSpec: every nynorsk text is the one instrument.md's "Nynorsk texts"
// table gives, in its order, and none is missing there.
func TestNynorskTextsMatchSpec(t *testing.T) {
	var want []string
	for _, c := range nnSection(t, "Nynorsk texts") {
		if len(c) != 2 {
			t.Fatalf("instrument.md, Nynorsk texts: row %q has %d cells, want 2 (where | nynorsk)", c, len(c))
		}
		want = append(want, c[0]+" | "+c[1])
	}
	var got []string
	for _, x := range nynorskTexts(SESNB2018()) {
		if x.inSpec {
			got = append(got, x.where+" | "+x.nn)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("the nynorsk texts differ from instrument.md's table:\n%s", listDiff(want, got))
	}
}

// listDiff shows the lines of want missing from got (-) and those of got missing from want (+).
func listDiff(want, got []string) string {
	var b strings.Builder
	for _, w := range want {
		if !slices.Contains(got, w) {
			fmt.Fprintf(&b, "- %s\n", w)
		}
	}
	for _, g := range got {
		if !slices.Contains(want, g) {
			fmt.Fprintf(&b, "+ %s\n", g)
		}
	}
	if b.Len() == 0 {
		return "(the same rows in another order)"
	}
	return b.String()
}

// normalize is the back-translation's comparison: case, runs of white space and the final
// punctuation are ignored, nothing else.
func normalize(s string) string {
	s = strings.Join(strings.Fields(strings.ToLower(s)), " ")
	return strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
}

// apertium runs `apertium nno-nob` on each text and returns its output, white space trimmed. Each
// text is translated by a run of its own: translating them all in one run, one a line or a
// paragraph, changes some (a text's first word is no longer the start of a sentence, or the
// translator joins the end of one text to the start of the next). Runs go on in parallel, one per
// processor; a text given twice is translated once.
func apertium(t *testing.T, texts []string) []string {
	t.Helper()
	if _, err := exec.LookPath("apertium"); err != nil {
		t.Fatal("apertium is not installed; the nynorsk texts are checked by back-translation with it: install the Debian packages apertium and apertium-nno-nob")
	}
	type result struct {
		out, problem string
	}
	unique := map[string]*result{}
	var order []string
	for _, s := range texts {
		if unique[s] == nil {
			unique[s] = &result{}
			order = append(order, s)
		}
	}
	work := make(chan string)
	var wg sync.WaitGroup
	for range max(1, runtime.NumCPU()) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range work {
				cmd := exec.Command("apertium", "nno-nob")
				cmd.Stdin = strings.NewReader(s)
				cmd.Env = append(os.Environ(), "LC_ALL=C.UTF-8") // as for hunspell: UTF-8 text whatever the locale
				var stdout, stderr bytes.Buffer
				cmd.Stdout, cmd.Stderr = &stdout, &stderr
				r := unique[s] // written by this goroutine only; read after Wait
				if err := cmd.Run(); err != nil || stderr.Len() > 0 {
					r.problem = fmt.Sprintf("apertium nno-nob on %q: %v: %s", s, err, bytes.TrimSpace(stderr.Bytes()))
					if strings.Contains(stderr.String(), "nno-nob") {
						r.problem += "\nthe nno-nob direction is missing: install the Debian package apertium-nno-nob"
					}
					continue
				}
				r.out = strings.TrimSpace(stdout.String())
			}
		}()
	}
	for _, s := range order {
		work <- s
	}
	close(work)
	wg.Wait()
	out := make([]string, len(texts))
	for i, s := range texts {
		if p := unique[s].problem; p != "" {
			t.Fatal(p)
		}
		out[i] = unique[s].out
	}
	return out
}

// TestNynorskBackTranslation: apertium's bokmål of each nynorsk text is the administered
// bokmål, but for the differences instrument.md's "Nynorsk: back-translation" table lists, each
// with its reason. An unexplained difference fails, and so does a listed one that no longer
// occurs or whose texts have changed.
func TestNynorskBackTranslation(t *testing.T) {
	checked := nynorskTexts(SESNB2018())
	var texts []string
	for _, x := range checked {
		texts = append(texts, x.nn)
	}
	back := apertium(t, texts)

	// The table: where | nynorsk | apertium nno-nob | bokmål | reason.
	type row struct{ nn, back, nb string }
	listed := map[string]row{}
	for _, c := range nnSection(t, "Nynorsk: back-translation") {
		if len(c) != 5 {
			t.Fatalf("instrument.md, Nynorsk: back-translation: row %q has %d cells, want 5 (where | nynorsk | apertium nno-nob | bokmål | reason)", c, len(c))
		}
		if _, dup := listed[c[0]]; dup {
			t.Errorf("instrument.md, Nynorsk: back-translation: %q is listed twice", c[0])
		}
		if c[4] == "" {
			t.Errorf("instrument.md, Nynorsk: back-translation: %q gives no reason", c[0])
		}
		listed[c[0]] = row{c[1], unescapeCell(c[2]), c[3]}
	}

	var missing []string
	for i, x := range checked {
		l, isListed := listed[x.where]
		delete(listed, x.where)
		if normalize(back[i]) == normalize(x.nb) {
			if isListed {
				t.Errorf("%s: listed as a difference, but apertium now gives the administered bokmål %q; take the row out of instrument.md", x.where, back[i])
			}
			continue
		}
		switch {
		case !isListed:
			missing = append(missing, fmt.Sprintf("| %s | %s | %s | %s | REASON |", x.where, x.nn, escapeCell(back[i]), x.nb))
		case l != row{x.nn, back[i], x.nb}:
			t.Errorf("%s: instrument.md lists\n%q → %q for %q; now it is\n%q → %q for %q", x.where, l.nn, l.back, l.nb, x.nn, back[i], x.nb)
		}
	}
	if len(missing) > 0 {
		t.Errorf("%d differences are not explained in instrument.md's \"Nynorsk: back-translation\" table; add these rows, each with its reason, or change the nynorsk:\n%s",
			len(missing), strings.Join(missing, "\n"))
	}
	for where := range listed {
		t.Errorf("instrument.md, Nynorsk: back-translation lists %q, which is not a checked nynorsk text", where)
	}
}

// escapeCell writes apertium's output for a Markdown table cell: its marks for a word it does
// not know (*), cannot generate (#) or did not translate (@) stay visible as themselves.
func escapeCell(s string) string {
	return strings.NewReplacer(`*`, `\*`, `#`, `\#`, `@`, `\@`, `|`, `\|`).Replace(s)
}

func unescapeCell(s string) string {
	return strings.NewReplacer(`\*`, `*`, `\#`, `#`, `\@`, `@`, `\|`, `|`).Replace(s)
}

// acceptedPath lists the words hunspell's nynorsk dictionary does not know but the texts use
// rightly, one a line with its reason after " # ".
const acceptedPath = "testdata/nn-accepted.txt"

// TestNynorskSpelling: every nynorsk text passes hunspell's nynorsk dictionary but for the
// accepted words, and every accepted word is one the texts use and the dictionary does not know.
func TestNynorskSpelling(t *testing.T) {
	var texts []spell.Text
	for _, x := range nynorskTexts(SESNB2018()) {
		texts = append(texts, spell.Text{Where: x.where, Text: x.nn})
	}
	problems, err := spell.Check(texts, acceptedPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error(p)
	}
}
