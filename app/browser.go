package app

import (
	"errors"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The few things the pages ask of the browser directly. Each is a no-op
// outside the browser, where native tests render the pages.

// FocusID moves keyboard and screen-reader focus to the element with id and
// brings it into view.
func FocusID(id string) {
	if !app.IsClient {
		return
	}
	if e := app.Window().GetElementByID(id); e.Truthy() {
		e.Call("focus")
		e.Call("scrollIntoView", map[string]any{"block": "start"})
	}
}

// FocusOnly moves focus to the element with id without scrolling.
func FocusOnly(id string) {
	if !app.IsClient {
		return
	}
	if e := app.Window().GetElementByID(id); e.Truthy() {
		e.Call("focus")
	}
}

// FocusedID is the id of the element that has the focus ("" when it has
// none, or none has the focus).
func FocusedID() string {
	if !app.IsClient {
		return ""
	}
	if e := app.Window().Get("document").Get("activeElement"); e.Truthy() {
		return e.Get("id").String()
	}
	return ""
}

// WatchStorage calls f when another tab of this origin changes local
// storage's key (or clears it). It returns the function that stops it.
func WatchStorage(key string, f func()) func() {
	if !app.IsClient {
		return func() {}
	}
	h := app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 {
			return nil
		}
		k := args[0].Get("key")
		if k.IsNull() || k.String() == key {
			f()
		}
		return nil
	})
	app.Window().Call("addEventListener", "storage", h)
	return func() {
		app.Window().Call("removeEventListener", "storage", h)
		h.Release()
	}
}

// ShowDialog opens the <dialog> with id as a modal: the browser keeps focus
// inside it, makes the rest inert and closes it on Escape.
func ShowDialog(id string) {
	if !app.IsClient {
		return
	}
	if e := app.Window().GetElementByID(id); e.Truthy() && !e.Get("open").Bool() {
		e.Call("showModal")
	}
}

// CloseDialog closes the <dialog> with id; focus returns to what opened it.
func CloseDialog(id string) {
	if !app.IsClient {
		return
	}
	if e := app.Window().GetElementByID(id); e.Truthy() && e.Get("open").Bool() {
		e.Call("close")
	}
}

// SaveFile hands data to the browser as a download named name: a Blob, an
// object URL and a click on an <a download>. Nothing leaves the device.
func SaveFile(name, mime string, data []byte) (err error) {
	if !app.IsClient {
		return errors.New("saving files needs a browser")
	}
	defer func() {
		if r := recover(); r != nil {
			err = errors.New("the browser refused to save the file")
		}
	}()
	w := app.Window()
	bytes := w.Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(bytes, data)
	blob := w.Get("Blob").New([]any{bytes}, map[string]any{"type": mime})
	url := w.Get("URL").Call("createObjectURL", blob)
	doc := w.Get("document")
	a := doc.Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	a.Set("hidden", true)
	doc.Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	// Revoke later: revoking at once can cancel the download in some browsers.
	var revoke app.Func
	revoke = app.FuncOf(func(app.Value, []app.Value) any {
		w.Get("URL").Call("revokeObjectURL", url)
		revoke.Release()
		return nil
	})
	w.Call("setTimeout", revoke, 60000)
	return nil
}

// StorageMayExpire says whether this browser may erase the app's storage on
// its own after days without a visit: Safari, and every browser on an
// iPhone or iPad (all are WebKit), deletes a site's script-written storage
// after seven days of Safari use without a visit, unless the app was added
// to the Home Screen, which runs it standalone. WebKit has no feature to
// test for this, so the user agent tells: WebKit's "AppleWebKit … Safari/"
// without Chromium's or Android's marks. Outside the browser, false.
func StorageMayExpire() bool {
	if !app.IsClient {
		return false
	}
	w := app.Window()
	if mm := w.Get("matchMedia"); mm.Truthy() && w.Call("matchMedia", "(display-mode: standalone)").Get("matches").Bool() {
		return false
	}
	nav := w.Get("navigator")
	if st := nav.Get("standalone"); st.Truthy() {
		return false // iOS's own flag for an app started from the Home Screen
	}
	return webKitSafari(nav.Get("userAgent").String())
}

// webKitSafari says whether a user agent is Safari's or another WebKit
// browser of Apple's devices, not Chromium (whose user agent also says
// AppleWebKit and Safari) nor Firefox on Android or a desktop.
func webKitSafari(ua string) bool {
	if !strings.Contains(ua, "AppleWebKit/") {
		return false
	}
	for _, not := range []string{"Chrome/", "Chromium/", "Android", "Edg/", "OPR/"} {
		if strings.Contains(ua, not) {
			return false
		}
	}
	return strings.Contains(ua, "Safari/") || strings.Contains(ua, "iPhone") || strings.Contains(ua, "iPad")
}
