package scales

import "testing"

func TestIsResponseFileName(t *testing.T) {
	for name, want := range map[string]bool{
		"r.json": true, "a/B.JSON": true, "samme-baat-87c17e7f.txt": true, "pool/Samme-Baat-1.TXT": true,
		"notes.txt": false, "ses-problems.txt": false, "samme-baat-1.txt.bak": false, "x.csv": false,
		`dir\samme-baat-2.txt`: true,
	} {
		if got := IsResponseFileName(name); got != want {
			t.Errorf("IsResponseFileName(%q) = %v, want %v", name, got, want)
		}
	}
}
