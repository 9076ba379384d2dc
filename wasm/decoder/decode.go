// Command decoder is the QR code reader the app loads only when a scan
// starts, for browsers without their own (BarcodeDetector): a WebAssembly
// module run in a Web Worker (web/decoder-worker.js), apart from app.wasm,
// so that a respondent's first download does not carry it.
//
// The worker hands it camera frames as RGBA pixels; it answers with the text
// of the QR code it finds, or nothing.
package main

import (
	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"
)

// grey turns RGBA pixels into luminance, one byte a pixel, into dst (reused
// between frames), with the integer weights of ZXing's RGB source.
func grey(dst, rgba []byte) []byte {
	n := len(rgba) / 4
	if cap(dst) < n {
		dst = make([]byte, n)
	}
	dst = dst[:n]
	for i := range n {
		p := rgba[4*i : 4*i+3 : 4*i+3]
		dst[i] = byte((int(p[0]) + 2*int(p[1]) + int(p[2])) / 4)
	}
	return dst
}

// decoder reads QR codes from grey frames.
type decoder struct {
	reader gozxing.Reader
	hints  map[gozxing.DecodeHintType]any
	turned []byte // the frame turned a quarter, reused between frames
}

func newDecoder() *decoder {
	return &decoder{
		reader: qrcode.NewQRCodeReader(),
		hints:  map[gozxing.DecodeHintType]any{gozxing.DecodeHintType_TRY_HARDER: true},
	}
}

// decode returns the text of the QR code in the w×h grey frame, if it finds
// one. A frame where it finds none is tried once more turned a quarter:
// ZXing's detector misses some codes held upright and still, whatever their
// size (it takes a wrong triple of finder patterns), and finds them turned
// (TestDecodeUprightCodeZXingMisses).
func (d *decoder) decode(lum []byte, w, h int) (string, bool) {
	if w <= 0 || h <= 0 || len(lum) < w*h {
		return "", false
	}
	if text, ok := d.decodeAs(lum, w, h); ok {
		return text, true
	}
	if cap(d.turned) < w*h {
		d.turned = make([]byte, w*h)
	}
	t := d.turned[:w*h]
	for y := range h {
		row := lum[y*w : y*w+w]
		for x, v := range row {
			t[x*h+h-1-y] = v // (x, y) → (h-1-y, x) in an h×w frame
		}
	}
	return d.decodeAs(t, h, w)
}

func (d *decoder) decodeAs(lum []byte, w, h int) (string, bool) {
	src, err := gozxing.NewPlanarYUVLuminanceSource(lum, w, h, 0, 0, w, h, false)
	if err != nil {
		return "", false
	}
	bmp, err := gozxing.NewBinaryBitmap(gozxing.NewHybridBinarizer(src))
	if err != nil {
		return "", false
	}
	res, err := d.reader.Decode(bmp, d.hints)
	if err != nil {
		return "", false
	}
	return res.GetText(), true
}
