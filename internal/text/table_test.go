package text

import (
	"strings"
	"testing"

	"sammebaat/scales"
)

// newEnum is Enum without registering the table: the tests' own tables
// stay out of the check of the programs' (and a second run of the tests
// does not register a name twice).
func newEnum[K ~int](name string, count K, texts map[K]scales.Text) *Table[K] {
	keys := make([]K, count)
	for k := range keys {
		keys[k] = K(k)
	}
	return &Table[K]{name: name, texts: texts, keys: keys}
}

type key int

const (
	kOne key = iota
	kTwo
	kMissing
	kCount
)

// The check finds what it is for: a key with no text, a language missing,
// verbs that differ; and Count reads one as one.
func TestProblemsFound(t *testing.T) {
	tb := newEnum("test: broken", kCount, map[key]scales.Text{
		kOne: {NB: "%d svar", EN: "%d answer"},
		kTwo: {NB: "%d svar av %d", EN: "%d answers"},
	})
	noEN := &Table[string]{name: "test: no English", texts: map[string]scales.Text{"x": {NB: "bare bokmål"}}}
	got := strings.Join(append(tb.problems(), noEN.problems()...), "\n")
	for _, want := range []string{
		"test: broken: key 2 has no text",
		"test: broken: 2 texts for 3 keys",
		"test: broken: 1: format verbs [%d] in en, [%d %d] in nb",
		"test: no English: x has no en text",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the problems lack %q:\n%s", want, got)
		}
	}
	if s := tb.Count(scales.EN, 1, kOne, kTwo, 1); s != "1 answer" {
		t.Errorf("Count of 1: %q", s)
	}
	if s := tb.Count(scales.NB, 2, kOne, kTwo, 2, 3); s != "2 svar av 3" {
		t.Errorf("Count of 2: %q", s)
	}
}
