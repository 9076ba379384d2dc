// Package text is the one way the project's programs find their words:
// each part (the respondent's pages, the group page, the room codes, the
// scanner, the Markdown report, the .sav labels) keeps its texts in a
// Table, every key in every language the app offers, and looks them up
// with In. Every table registers itself, and one test (text_test.go)
// checks them all: no key without a text, no language missing, the same
// format verbs in every language.
package text

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"sync"

	"sammebaat/scales"
)

// Table is one part's texts, by key.
type Table[K comparable] struct {
	name  string
	texts map[K]scales.Text
	keys  []K // every key the part uses, when known (an enumeration)
}

// Enum makes the table of an enumeration's texts, whose keys are 0 up to
// count (not included), and registers it under name.
func Enum[K ~int](name string, count K, texts map[K]scales.Text) *Table[K] {
	keys := make([]K, count)
	for k := range keys {
		keys[k] = K(k)
	}
	return register(&Table[K]{name: name, texts: texts, keys: keys})
}

// In returns text k in language l, formatted with args when given.
func (t *Table[K]) In(l scales.Lang, k K, args ...any) string {
	s := t.texts[k].In(l)
	if len(args) == 0 {
		return s
	}
	return fmt.Sprintf(s, args...)
}

// Count returns text one when n is 1 and text other otherwise, formatted
// with args: a count of one reads as words do ("1 answer", not "1
// answers").
func (t *Table[K]) Count(l scales.Lang, n int, one, other K, args ...any) string {
	if n == 1 {
		return t.In(l, one, args...)
	}
	return t.In(l, other, args...)
}

// Languages are the languages every text must have.
var Languages = []scales.Lang{scales.NB, scales.NN, scales.EN}

// only is tx in language l, with no falling back to another.
func only(tx scales.Text, l scales.Lang) string {
	switch l {
	case scales.NB:
		return tx.NB
	case scales.NN:
		return tx.NN
	case scales.EN:
		return tx.EN
	}
	return ""
}

// Verb is a format verb of package fmt ("95 % KI" holds none).
var Verb = regexp.MustCompile(`%%|%[-+# 0-9.\[\]*]*[vTtbcdoOqxXUeEfFgGsp]`)

// problems lists what is wrong with the table.
func (t *Table[K]) problems() []string {
	var out []string
	for _, k := range t.keys {
		if _, ok := t.texts[k]; !ok {
			out = append(out, fmt.Sprintf("%s: key %v has no text", t.name, k))
		}
	}
	if t.keys != nil && len(t.texts) != len(t.keys) {
		out = append(out, fmt.Sprintf("%s: %d texts for %d keys", t.name, len(t.texts), len(t.keys)))
	}
	for k, tx := range t.texts {
		var first []string
		for i, l := range Languages {
			s := only(tx, l)
			if s == "" {
				out = append(out, fmt.Sprintf("%s: %v has no %s text", t.name, k, l))
				continue
			}
			verbs := Verb.FindAllString(s, -1)
			if i == 0 {
				first = verbs
			} else if !slices.Equal(verbs, first) {
				out = append(out, fmt.Sprintf("%s: %v: format verbs %v in %s, %v in %s", t.name, k, verbs, l, first, Languages[0]))
			}
		}
	}
	sort.Strings(out)
	return out
}

// entries lists the table's texts in language l, where each is.
func (t *Table[K]) entries(l scales.Lang) []Entry {
	var out []Entry
	for k, tx := range t.texts {
		out = append(out, Entry{Where: fmt.Sprintf("%s: %v", t.name, k), Text: only(tx, l)})
	}
	return out
}

// Entry is one text of a table in one language, and where it is.
type Entry struct{ Where, Text string }

type registered struct {
	problems func() []string
	entries  func(scales.Lang) []Entry
}

var (
	mu     sync.Mutex
	tables = map[string]registered{}
)

func register[K comparable](t *Table[K]) *Table[K] {
	mu.Lock()
	defer mu.Unlock()
	if _, dup := tables[t.name]; dup {
		panic("text: two tables named " + t.name)
	}
	tables[t.name] = registered{t.problems, t.entries}
	return t
}

// Texts lists every text of every table registered so far in language l,
// in the tables' order and each table's by where it is.
func Texts(l scales.Lang) []Entry {
	mu.Lock()
	defer mu.Unlock()
	var out []Entry
	for _, name := range Names() {
		e := tables[name].entries(l)
		sort.Slice(e, func(i, j int) bool { return e[i].Where < e[j].Where })
		out = append(out, e...)
	}
	return out
}

// Problems lists what is wrong with every table registered so far, by
// table name; Names lists their names.
func Problems() []string {
	mu.Lock()
	defer mu.Unlock()
	var out []string
	for _, name := range Names() {
		out = append(out, tables[name].problems()...)
	}
	return out
}

// Names lists the tables registered so far.
func Names() []string {
	var names []string
	for n := range tables {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
