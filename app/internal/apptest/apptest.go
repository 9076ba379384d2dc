// Package apptest is what the pages' tests share: rendering a component as
// the browser's first drawing does, natively; reading the rendered HTML's
// tags; local storage in memory; a response with answers.
package apptest

import (
	"encoding/json"
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"sammebaat/scales"
)

// Render mounts c in go-app's test engine and returns its HTML.
func Render(t testing.TB, c app.Composer) string {
	t.Helper()
	e := app.NewTestEngine()
	if err := e.Load(c); err != nil {
		t.Fatalf("loading %T: %v", c, err)
	}
	e.ConsumeAll()
	return app.HTMLString(c)
}

// MemStorage is local storage in memory, storing JSON as go-app's does.
type MemStorage struct {
	Data map[string][]byte
	// FailSet makes Set fail, as a full or disabled local storage does.
	FailSet error
}

// NewMemStorage returns an empty MemStorage.
func NewMemStorage() *MemStorage { return &MemStorage{Data: map[string][]byte{}} }

func (m *MemStorage) Get(k string, v any) error {
	b, ok := m.Data[k]
	if !ok {
		return nil
	}
	return json.Unmarshal(b, v)
}

func (m *MemStorage) Set(k string, v any) error {
	if m.FailSet != nil {
		return m.FailSet
	}
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	m.Data[k] = b
	return nil
}

func (m *MemStorage) Del(k string) { delete(m.Data, k) }
func (m *MemStorage) Clear()       { clear(m.Data) }

// ErrQuota is what a full local storage's Set returns.
var ErrQuota = errors.New("quota exceeded")

// Kept returns the texts stored under keys beginning with prefix.
func Kept(m *MemStorage, prefix string) []string {
	var kept []string
	for k := range m.Data {
		if strings.HasPrefix(k, prefix) {
			var s string
			m.Get(k, &s)
			kept = append(kept, s)
		}
	}
	return kept
}

// Elem is a start tag of rendered HTML.
type Elem struct {
	Tag   string
	Attrs map[string]string // a bare attribute has the value "true"
}

var (
	startTag = regexp.MustCompile(`<([a-zA-Z0-9]+)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*/?>`)
	attrRe   = regexp.MustCompile(`([^\s=>]+)(?:="([^"]*)")?`)
)

// Elements returns the start tags of html, in order.
func Elements(html string) []Elem {
	var out []Elem
	for _, m := range startTag.FindAllStringSubmatch(html, -1) {
		e := Elem{Tag: m[1], Attrs: map[string]string{}}
		for _, a := range attrRe.FindAllStringSubmatch(m[2], -1) {
			v := a[2]
			if !strings.Contains(a[0], "=") {
				v = "true"
			}
			e.Attrs[a[1]] = v
		}
		out = append(out, e)
	}
	return out
}

// On reports whether a boolean attribute is in effect as go-app means it.
func (e Elem) On(name string) bool {
	v, ok := e.Attrs[name]
	return ok && v != "false"
}

// Find returns the elements with tag whose attributes include want.
func Find(html, tag string, want map[string]string) []Elem {
	var out []Elem
	for _, e := range Elements(html) {
		if e.Tag != tag {
			continue
		}
		ok := true
		for k, v := range want {
			if e.Attrs[k] != v {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, e)
		}
	}
	return out
}

// Escape is s as the HTML encoder writes text.
func Escape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(s)
}

// AnsweredResponse is a response in language l with some answers: every
// study scale but receive has enough of them for a score.
func AnsweredResponse(t testing.TB, l scales.Lang) scales.Response {
	t.Helper()
	r, err := scales.NewResponse(l)
	if err != nil {
		t.Fatal(err)
	}
	for id, c := range map[string]int{
		"gender": 1, "ekp1": 6, "ekp2": 5, "ekp3": 7, "esp1": 6,
		"ekr1": 4, "ekr2": 5, // receive: 2 of 6 answered, missing
		"hum1": 3, "hum2": 4, "hum3": 2,
		"unw1": 2, "unw2": 1, "unw3": 1, "unw4": 3,
		"out1": 1, "out2": 2, "out3": 5,
		"recovery": 5, "satisfaction": 4,
	} {
		r.Set(id, c)
	}
	return r
}

// Context returns a go-app context of the test engine, for calling a
// page's event handlers natively as the browser would.
func Context(t testing.TB) app.Context {
	t.Helper()
	g := &ctxOf{}
	e := app.NewTestEngine()
	if err := e.Load(g); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	if !g.mounted {
		t.Fatal("the test engine mounted no component")
	}
	return g.ctx
}

type ctxOf struct {
	app.Compo
	ctx     app.Context
	mounted bool
}

// OnPreRender is the hook the test engine calls natively (OnMount only in
// the browser).
func (c *ctxOf) OnPreRender(ctx app.Context) { c.ctx, c.mounted = ctx, true }
func (c *ctxOf) Render() app.UI              { return app.Div() }
