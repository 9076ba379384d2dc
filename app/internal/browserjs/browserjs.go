//go:build js

package browserjs

import (
	"errors"
	"syscall/js"
)

// Await blocks the calling goroutine until p (a promise, or any value)
// settles, and returns its value or its rejection's reason (undefined when
// it was fulfilled). Blocking hands the thread back to the browser, which
// paints and handles input meanwhile.
func Await(p js.Value) (v, reason js.Value) {
	type settled struct{ v, reason js.Value }
	ch := make(chan settled, 1)
	ok := js.FuncOf(func(this js.Value, args []js.Value) any {
		ch <- settled{v: Arg0(args), reason: js.Undefined()}
		return nil
	})
	fail := js.FuncOf(func(this js.Value, args []js.Value) any {
		ch <- settled{v: js.Undefined(), reason: Arg0(args)}
		return nil
	})
	js.Global().Get("Promise").Call("resolve", p).Call("then", ok, fail)
	s := <-ch
	ok.Release()
	fail.Release()
	return s.v, s.reason
}

// AwaitValue is Await with the rejection as an error (Error's).
func AwaitValue(p js.Value) (js.Value, error) {
	v, reason := Await(p)
	if !reason.IsUndefined() {
		return v, Error(reason)
	}
	return v, nil
}

// CallbackPromise turns a browser API that reports through two callbacks
// (success, failure) into a promise.
func CallbackPromise(start func(ok, fail js.Value)) js.Value {
	var exec js.Func
	exec = js.FuncOf(func(this js.Value, args []js.Value) any {
		start(args[0], args[1])
		return nil
	})
	p := js.Global().Get("Promise").New(exec)
	// The executor runs inside the constructor, so it can go at once.
	exec.Release()
	return p
}

// Arg0 is a callback's first argument, undefined when it has none.
func Arg0(args []js.Value) js.Value {
	if len(args) == 0 {
		return js.Undefined()
	}
	return args[0]
}

// Error turns a rejection's reason into an error with the browser's
// message.
func Error(v js.Value) error {
	if v.Type() == js.TypeObject {
		if m := v.Get("message"); m.Type() == js.TypeString && m.String() != "" {
			return errors.New(m.String())
		}
	}
	if v.Type() == js.TypeString {
		return errors.New(v.String())
	}
	return errors.New("unknown error")
}

// ErrorName is an error's name (a DOMException's "NotAllowedError") and
// message.
func ErrorName(e js.Value) (name, message string) {
	if e.Type() != js.TypeObject {
		return "", Error(e).Error()
	}
	if n := e.Get("name"); n.Type() == js.TypeString {
		name = n.String()
	}
	return name, Error(e).Error()
}

// NowMS is the page's clock, performance.now(), in milliseconds.
func NowMS() float64 { return js.Global().Get("performance").Call("now").Float() }

// Print opens the browser's print dialog for the page.
func Print() { js.Global().Call("print") }

// Vibrate gives a short buzz where the device can (a code was read).
func Vibrate() {
	nav := js.Global().Get("navigator")
	if nav.Get("vibrate").Type() == js.TypeFunction {
		nav.Call("vibrate", 60)
	}
}
