package app

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"sammebaat/scales"
)

// defaultLang is the language of the study's questionnaire as administered.
const defaultLang = scales.NB

// langParam is the address parameter that selects the language: ?lang=en.
const langParam = "lang"

// pickLang chooses the language to show: the address's ?lang= value when
// valid, else the remembered one, else bokmål. fromQuery says the address
// chose it.
func pickLang(query string, st store) (l scales.Lang, fromQuery bool) {
	if l, ok := scales.ParseLang(query); ok {
		return l, true
	}
	if l, ok := st.lang(); ok {
		return l, false
	}
	return defaultLang, false
}

// resolveLang is pickLang that also remembers a choice made in the address.
func resolveLang(query string, st store) scales.Lang {
	l, fromQuery := pickLang(query, st)
	if fromQuery {
		// The page works in l anyway; a failure only means it is not remembered.
		_ = st.saveLang(l)
	}
	return l
}

// queryLang is the ?lang= value of the page's address.
func queryLang(ctx app.Context) string {
	u := ctx.Page().URL()
	if u == nil {
		return ""
	}
	return u.Query().Get(langParam)
}

// setPage gives the document the language l (<html lang>) and the title.
func setPage(ctx app.Context, l scales.Lang, title msg) {
	ctx.Page().SetLang(string(l))
	ctx.Page().SetTitle("%s · %s", tr(l, title), tr(l, msgAppName))
}

// withLang returns path with ?lang=l, for the language switch's links.
func withLang(path string, l scales.Lang) string {
	return Href(path) + "?" + langParam + "=" + url.QueryEscape(string(l))
}

// langName is a language's name in itself, as a language switch shows it.
func langName(l scales.Lang) string {
	switch l {
	case scales.EN:
		return "English"
	case scales.NN:
		return "Nynorsk"
	}
	return "Bokmål"
}

// allLangs is the order of the language switch.
var allLangs = []scales.Lang{scales.NB, scales.NN, scales.EN}
