package roomcode

import (
	"errors"
	"strings"
	"testing"

	"sammebaat/scales"
)

// FuzzReadCode checks that ReadResponse never panics, that every rejection
// is a *scales.FileError naming the code, and that whatever ReadResponse
// accepts is valid, has exactly this code (one code per response) and reads
// the same from the response file scales.Marshal writes. ReadGroup gets the
// same text: it must not panic, must name the code, and what it accepts
// writes back to the same code.
func FuzzReadCode(f *testing.F) {
	r, err := scales.Read("example.json", []byte(formatsExample))
	if err != nil {
		f.Fatal(err)
	}
	code, err := EncodeResponse(r)
	if err != nil {
		f.Fatal(err)
	}
	group, err := EncodeGroup(exampleGroup())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(code)
	f.Add(group)
	f.Add(withCheck(setDigits(9, "41")))
	f.Add(withCheck(setDigits(5, "3"))) // nynorsk
	f.Add(withCheck(setDigits(5, "4")))
	f.Add(withCheck(setDigits(48, strings.Repeat("9", 39))))
	for _, s := range []string{"", "72", "7211", "https://example.org/", code[:88], code + "0", "72111" + strings.Repeat("0", 84)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, digits string) {
		r, err := ReadResponse("code.txt", digits)
		var fe *scales.FileError
		if err != nil {
			if !errors.As(err, &fe) || fe.File != "code.txt" || fe.Problem == "" {
				t.Fatalf("rejection %T %q is not a *scales.FileError naming the code", err, err)
			}
		} else {
			if err := scales.SESNB2018().Validate(r); err != nil {
				t.Fatalf("ReadResponse accepted a response Validate rejects: %v", err)
			}
			again, err := EncodeResponse(r)
			if err != nil || again != digits {
				t.Fatalf("the accepted code %s writes back as %s (%v)", digits, again, err)
			}
			b, err := scales.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			fromFile, err := scales.Read("again.json", b)
			if err != nil || !equalResponse(r, fromFile) {
				t.Fatalf("file of an accepted code: %v\n%+v\n%+v", err, r, fromFile)
			}
		}
		g, err := ReadGroup("group.txt", digits)
		if err != nil {
			if !errors.As(err, &fe) || fe.File != "group.txt" || fe.Problem == "" {
				t.Fatalf("rejection %T %q is not a *scales.FileError naming the code", err, err)
			}
			return
		}
		again, err := EncodeGroup(g)
		if err != nil || again != digits {
			t.Fatalf("the accepted group code %s writes back as %s (%v)", digits, again, err)
		}
	})
}
