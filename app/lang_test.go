package app

import (
	"testing"

	"sammebaat/app/internal/apptest"
	"sammebaat/scales"
)

func TestPickLang(t *testing.T) {
	for _, tc := range []struct {
		query    string
		stored   string // "" none
		want     scales.Lang
		remember bool
	}{
		{"", "", scales.NB, false},
		{"en", "", scales.EN, true},
		{"nb", "en", scales.NB, true},
		{"", "en", scales.EN, false},
		{"de", "en", scales.EN, false},
		{"EN", "", scales.NB, false},
	} {
		m := apptest.NewMemStorage()
		if tc.stored != "" {
			m.Set(KeyLang, tc.stored)
		}
		st := Store{s: m}
		got, fromQuery := PickLang(tc.query, st)
		if got != tc.want || fromQuery != tc.remember {
			t.Errorf("PickLang(%q) with %q stored = %q, %v; want %q, %v", tc.query, tc.stored, got, fromQuery, tc.want, tc.remember)
		}
		if got := ResolveLang(tc.query, st); got != tc.want {
			t.Errorf("ResolveLang(%q) = %q, want %q", tc.query, got, tc.want)
		}
		stored, _ := st.Lang()
		switch {
		case tc.remember && stored != tc.want:
			t.Errorf("?lang=%s was not remembered: %q stored", tc.query, stored)
		case !tc.remember && string(stored) != tc.stored:
			t.Errorf("ResolveLang(%q) changed the stored language from %q to %q", tc.query, tc.stored, stored)
		}
	}
}

func TestWithLang(t *testing.T) {
	if got := withLang(PathScores, scales.EN); got != "/scores?lang=en" {
		t.Errorf("withLang = %q", got)
	}
}

// Safari and every browser of an iPhone or iPad may erase the app's storage
// after seven days; Chromium and Firefox (whose user agents also say
// AppleWebKit or Safari) do not get the notice.
func TestWebKitSafari(t *testing.T) {
	for ua, want := range map[string]bool{
		// iPhone Safari, iPhone Chrome (WebKit), iPad, desktop Safari, WebKitGTK's MiniBrowser.
		"Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1":        true,
		"Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1": true,
		"Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148":                                           true,
		"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15":                          true,
		"Mozilla/5.0 (X11; Ubuntu; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15":                                  true,
		// Chromium on Android and Linux, Edge, Firefox.
		"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/148.0.0.0 Mobile Safari/537.36":   false,
		"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36":                   false,
		"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131": false,
		"Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0":                                                  false,
	} {
		if got := webKitSafari(ua); got != want {
			t.Errorf("webKitSafari(%q) = %v, want %v", ua, got, want)
		}
	}
}
