package app

import (
	"slices"
	"testing"
)

func TestCodeTextsComplete(t *testing.T) {
	for m := cmsg(0); m < cmsgCount; m++ {
		tx, ok := codeTexts[m]
		if !ok {
			t.Errorf("cmsg %d has no text", m)
			continue
		}
		if tx.NB == "" || tx.EN == "" {
			t.Errorf("cmsg %d: missing a language: %+v", m, tx)
		}
		if nb, en := verb.FindAllString(tx.NB, -1), verb.FindAllString(tx.EN, -1); !slices.Equal(nb, en) {
			t.Errorf("cmsg %d: verbs differ: nb %v, en %v", m, nb, en)
		}
	}
	if len(codeTexts) != int(cmsgCount) {
		t.Errorf("%d texts for %d cmsgs", len(codeTexts), cmsgCount)
	}
}
