package app

import (
	"slices"
	"testing"
)

func TestScanTextsComplete(t *testing.T) {
	for m := smsg(0); m < sCount; m++ {
		tx, ok := scanTexts[m]
		if !ok {
			t.Errorf("smsg %d has no text", m)
			continue
		}
		if tx.NB == "" || tx.EN == "" {
			t.Errorf("smsg %d: missing a language: %+v", m, tx)
		}
		if nb, en := verb.FindAllString(tx.NB, -1), verb.FindAllString(tx.EN, -1); !slices.Equal(nb, en) {
			t.Errorf("smsg %d: verbs differ: nb %v, en %v", m, nb, en)
		}
	}
	if len(scanTexts) != int(sCount) {
		t.Errorf("%d texts for %d smsgs", len(scanTexts), sCount)
	}
}

func TestCameraFailure(t *testing.T) {
	for name, want := range map[string]string{
		"NotFoundError": failNoCamera, "NotAllowedError": failDenied, "NotReadableError": failInUse,
		"TypeError": failUnsupported, "SomethingElse": failOther,
	} {
		if got := cameraFailure(name); got != want {
			t.Errorf("cameraFailure(%q) = %q, want %q", name, got, want)
		}
	}
}
