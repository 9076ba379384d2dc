//go:build js

package main

import "syscall/js"

// main offers one function to the worker's script and waits for calls:
//
//	sammeDecode(pixels Uint8ClampedArray|Uint8Array, width, height, channels) → string | null
//
// channels is 4 for RGBA (ImageData's data) or 1 for grey.
func main() {
	d := newDecoder()
	var buf, lum []byte
	js.Global().Set("sammeDecode", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) < 4 {
			return js.Null()
		}
		px, w, h, ch := args[0], args[1].Int(), args[2].Int(), args[3].Int()
		n := px.Get("length").Int()
		if ch != 1 && ch != 4 || w <= 0 || h <= 0 || n != w*h*ch {
			return js.Null()
		}
		if cap(buf) < n {
			buf = make([]byte, n)
		}
		buf = buf[:n]
		if px.Get("constructor").Get("name").String() != "Uint8Array" {
			px = js.Global().Get("Uint8Array").New(px.Get("buffer"), px.Get("byteOffset"), n)
		}
		js.CopyBytesToGo(buf, px)
		if ch == 4 {
			lum = grey(lum, buf)
		} else {
			lum = buf
		}
		text, ok := d.decode(lum, w, h)
		if !ok {
			return js.Null()
		}
		return text
	}))
	js.Global().Call("postMessage", map[string]any{"ready": true})
	select {}
}
