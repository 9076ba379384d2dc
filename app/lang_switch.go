package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"sammebaat/scales"
)

// LangSwitch lets the respondent choose bokmål, nynorsk or English. Each choice is a
// plain link to the same page with ?lang=, so it works with any input and
// before the wasm has loaded; the page remembers the choice when it mounts.
type LangSwitch struct {
	app.Compo

	ILang scales.Lang
	IPath string
}

func (s *LangSwitch) Lang(l scales.Lang) *LangSwitch { s.ILang = l; return s }
func (s *LangSwitch) Path(p string) *LangSwitch      { s.IPath = p; return s }

func (s *LangSwitch) Render() app.UI {
	return app.Nav().Class("lang-switch").Aria("label", tr(s.ILang, msgLangNav)).Body(
		app.Ul().Body(app.Range(Langs).Slice(func(i int) app.UI {
			l := Langs[i]
			a := app.A().
				Href(withLang(s.IPath, l)).
				Lang(string(l)).
				Attr("hreflang", string(l)).
				Text(LangName(l))
			if l == s.ILang {
				a = a.Aria("current", "page")
			}
			return app.Li().Body(a)
		})),
	)
}
