package app

import (
	"encoding/json"
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"sammebaat/app/internal/apptest"
)

// memStorage is local storage in memory, storing JSON as go-app's does.
type memStorage struct {
	data map[string][]byte
	// failSet makes Set fail, as a full or disabled local storage does.
	failSet error
}

func newMemStorage() *memStorage { return &memStorage{data: map[string][]byte{}} }

func (m *memStorage) Get(k string, v any) error {
	b, ok := m.data[k]
	if !ok {
		return nil
	}
	return json.Unmarshal(b, v)
}

func (m *memStorage) Set(k string, v any) error {
	if m.failSet != nil {
		return m.failSet
	}
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	m.data[k] = b
	return nil
}

func (m *memStorage) Del(k string) { delete(m.data, k) }
func (m *memStorage) Clear()       { clear(m.data) }

// render mounts c in a test engine and returns its HTML.
func render(t *testing.T, c app.Composer) string {
	t.Helper()
	return apptest.Render(t, c)
}

// withClientMarks renders as the browser does, with its test markers.
func withClientMarks(t *testing.T) {
	t.Helper()
	old := clientMarks
	clientMarks = true
	t.Cleanup(func() { clientMarks = old })
}

// elem is a start tag of rendered HTML.
type elem struct {
	tag   string
	attrs map[string]string // a bare attribute has the value "true"
}

var (
	startTag = regexp.MustCompile(`<([a-zA-Z0-9]+)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*/?>`)
	attrRe   = regexp.MustCompile(`([^\s=>]+)(?:="([^"]*)")?`)
)

// elements returns the start tags of html, in order.
func elements(html string) []elem {
	var out []elem
	for _, m := range startTag.FindAllStringSubmatch(html, -1) {
		e := elem{tag: m[1], attrs: map[string]string{}}
		for _, a := range attrRe.FindAllStringSubmatch(m[2], -1) {
			v := a[2]
			if !strings.Contains(a[0], "=") {
				v = "true"
			}
			e.attrs[a[1]] = v
		}
		out = append(out, e)
	}
	return out
}

// on reports whether a boolean attribute is in effect as go-app means it.
func (e elem) on(name string) bool {
	v, ok := e.attrs[name]
	return ok && v != "false"
}

// find returns the elements with tag whose attributes include want.
func find(html, tag string, want map[string]string) []elem {
	var out []elem
	for _, e := range elements(html) {
		if e.tag != tag {
			continue
		}
		ok := true
		for k, v := range want {
			if e.attrs[k] != v {
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

var errQuota = errors.New("quota exceeded")

// msgEscape is s as the HTML encoder writes text.
func msgEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(s)
}
