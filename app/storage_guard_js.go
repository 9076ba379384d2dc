//go:build js

package app

import (
	"sort"
	"syscall/js"
)

// The browser's own setting can block site data ("block cookies and site
// data"): then merely reading window.localStorage throws a SecurityError.
// Go's js.Value.Get does not catch a throwing getter, so go-app, which
// reads local storage as it starts (to clean up expired states), would
// stop the whole app before a page renders. guardStorage runs first (an
// init runs before main) and puts a storage in memory in the place of a
// blocked one, so the app runs as usual and the pages say that nothing
// will be kept (storageBlocked).
func init() { guardStorage() }

func guardStorage() {
	if !storageUsable("localStorage") {
		storageBlocked = true
		installMemoryStorage("localStorage")
	}
	if !storageUsable("sessionStorage") {
		installMemoryStorage("sessionStorage")
	}
}

// storageUsable reads window[name] through its getter with Reflect.apply,
// which, unlike a plain property read, turns a throw into a Go panic that
// can be recovered.
func storageUsable(name string) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	w := js.Global()
	object := js.Global().Get("Object")
	reflect := js.Global().Get("Reflect")
	for o := w; o.Truthy(); o = object.Call("getPrototypeOf", o) {
		d := object.Call("getOwnPropertyDescriptor", o, name)
		if d.IsUndefined() {
			continue
		}
		var s js.Value
		if get := d.Get("get"); get.Truthy() {
			s = reflect.Call("apply", get, w, js.Global().Get("Array").New())
		} else {
			s = d.Get("value")
		}
		if !s.Truthy() {
			return false
		}
		s.Call("getItem", "sammebaat.probe")
		return true
	}
	return false
}

// installMemoryStorage defines window[name] as an object with the methods of
// the Web Storage API that go-app uses, kept in this page's memory.
func installMemoryStorage(name string) {
	data := map[string]string{}
	s := js.Global().Get("Object").New()
	keys := func() []string {
		ks := make([]string, 0, len(data))
		for k := range data {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		return ks
	}
	setLength := func() { s.Set("length", len(data)) }
	s.Set("getItem", js.FuncOf(func(_ js.Value, a []js.Value) any {
		if len(a) == 0 {
			return nil
		}
		if v, ok := data[a[0].String()]; ok {
			return v
		}
		return nil
	}))
	s.Set("setItem", js.FuncOf(func(_ js.Value, a []js.Value) any {
		if len(a) > 1 {
			data[a[0].String()] = a[1].String()
			setLength()
		}
		return nil
	}))
	s.Set("removeItem", js.FuncOf(func(_ js.Value, a []js.Value) any {
		if len(a) > 0 {
			delete(data, a[0].String())
			setLength()
		}
		return nil
	}))
	s.Set("clear", js.FuncOf(func(js.Value, []js.Value) any {
		clear(data)
		setLength()
		return nil
	}))
	s.Set("key", js.FuncOf(func(_ js.Value, a []js.Value) any {
		ks := keys()
		if len(a) > 0 {
			if i := a[0].Int(); i >= 0 && i < len(ks) {
				return ks[i]
			}
		}
		return nil
	}))
	setLength()
	desc := js.Global().Get("Object").New()
	desc.Set("value", s)
	desc.Set("configurable", true)
	desc.Set("enumerable", true)
	js.Global().Get("Object").Call("defineProperty", js.Global(), name, desc)
}
