package app

import (
	"encoding/json"
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// windowStorage is the browser's local storage as go-app's Context gives it
// (the same JSON values under the same keys), for a page that reads its
// state before go-app has given it a Context: in OnInit, so that its first
// render in the browser is already the page with its data, not a "loading"
// one replaced a moment later (issue 11: the first question sooner).
type windowStorage struct{}

func (windowStorage) js() app.Value { return app.Window().Get("localStorage") }

func (s windowStorage) Set(k string, v any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				e = fmt.Errorf("%v", r)
			}
			err = fmt.Errorf("setting storage value failed: %w", e)
		}
	}()
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	s.js().Call("setItem", k, string(b))
	return nil
}

func (s windowStorage) Get(k string, v any) error {
	item := s.js().Call("getItem", k)
	if item.IsNull() {
		return nil
	}
	return json.Unmarshal([]byte(item.String()), v)
}

func (s windowStorage) Del(k string) { s.js().Call("removeItem", k) }
func (s windowStorage) Clear()       { s.js().Call("clear") }
func (s windowStorage) Len() int     { return s.js().Get("length").Int() }

func (s windowStorage) ForEach(f func(k string)) {
	n := s.Len()
	keys := make(map[string]struct{}, n)
	for i := 0; i < n; i++ {
		if key := s.js().Call("key", i); key.Truthy() {
			keys[key.String()] = struct{}{}
		}
	}
	for k := range keys {
		f(k)
	}
}

func (s windowStorage) Contains(k string) bool {
	return !s.js().Call("getItem", k).IsNull()
}

var _ app.BrowserStorage = windowStorage{}

// windowQueryLang is the ?lang= value of the page's address, read from the
// window (queryLang reads it from a Context).
func windowQueryLang() string {
	u := app.Window().URL()
	if u == nil {
		return ""
	}
	return u.Query().Get(langParam)
}
