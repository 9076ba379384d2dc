package app

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"sammebaat/internal/text"
	"sammebaat/scales"
)

// defaultLang is the language of the study's questionnaire as administered.
const defaultLang = scales.NB

// langParam is the address parameter that selects the language: ?lang=en.
const langParam = "lang"

// PickLang chooses the language to show: the address's ?lang= value when
// valid, else the remembered one, else bokmål. fromQuery says the address
// chose it.
func PickLang(query string, st Store) (l scales.Lang, fromQuery bool) {
	if l, ok := scales.ParseLang(query); ok {
		return l, true
	}
	if l, ok := st.Lang(); ok {
		return l, false
	}
	return defaultLang, false
}

// ResolveLang is PickLang that also remembers a choice made in the address.
func ResolveLang(query string, st Store) scales.Lang {
	l, fromQuery := PickLang(query, st)
	if fromQuery {
		// The page works in l anyway; a failure only means it is not remembered.
		_ = st.SaveLang(l)
	}
	return l
}

// QueryLang is the ?lang= value of the page's address.
func QueryLang(ctx app.Context) string {
	u := ctx.Page().URL()
	if u == nil {
		return ""
	}
	return u.Query().Get(langParam)
}

// withLang returns path with ?lang=l, for the language switch's links.
func withLang(path string, l scales.Lang) string {
	return Href(path) + "?" + langParam + "=" + url.QueryEscape(string(l))
}

// LangName is a language's name in itself, as a language switch shows it.
func LangName(l scales.Lang) string {
	switch l {
	case scales.EN:
		return "English"
	case scales.NN:
		return "Nynorsk"
	}
	return "Bokmål"
}

// Langs are the languages the pages offer, in the language switch's order:
// those every text has (internal/text checks each table against them).
var Langs = text.Languages

// PageLang is the language of the page at ctx's address, as every page
// picks it: the address's ?lang= when valid (and remembered), else the
// remembered one, else bokmål.
func PageLang(ctx app.Context) scales.Lang {
	return ResolveLang(QueryLang(ctx), Store{s: ctx.LocalStorage()})
}

// PrerenderLang is PageLang without remembering it: the server's
// rendering of a page before its program runs.
func PrerenderLang(ctx app.Context) scales.Lang {
	l, _ := PickLang(QueryLang(ctx), Store{s: ctx.LocalStorage()})
	return l
}

// SetPageTitle gives the document the language l and the title
// "title · Samme båt".
func SetPageTitle(ctx app.Context, l scales.Lang, title string) {
	ctx.Page().SetLang(string(l))
	ctx.Page().SetTitle("%s · %s", title, tr(l, msgAppName))
}
