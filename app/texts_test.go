package app

import (
	"regexp"
	"slices"
	"testing"
)

var verb = regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`)

func TestTextsComplete(t *testing.T) {
	for m := msg(0); m < msgCount; m++ {
		tx, ok := texts[m]
		if !ok {
			t.Errorf("msg %d has no text", m)
			continue
		}
		if tx.NB == "" || tx.EN == "" {
			t.Errorf("msg %d: missing a language: %+v", m, tx)
		}
		if nb, en := verb.FindAllString(tx.NB, -1), verb.FindAllString(tx.EN, -1); !slices.Equal(nb, en) {
			t.Errorf("msg %d: verbs differ: nb %v, en %v", m, nb, en)
		}
	}
	if len(texts) != int(msgCount) {
		t.Errorf("%d texts for %d msgs", len(texts), msgCount)
	}
}
