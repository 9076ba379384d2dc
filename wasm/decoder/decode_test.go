package main

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"

	"sammebaat/internal/qr"
	"sammebaat/scales/roomcode"
	"sammebaat/stats/statstest"
)

// frame draws the QR code of text into a w×h grey frame as a camera would
// see it: the code (scale pixels a module, with its quiet zone) turned by
// angle degrees about the frame's centre, low contrast, blurred by a box of
// blur pixels and with noise of ± noise grey levels.
func frame(t testing.TB, text string, w, h, scale int, angle float64, blur, noise int) []byte {
	t.Helper()
	m, err := qrcode.NewQRCodeWriter().Encode(text, gozxing.BarcodeFormat_QR_CODE, 0, 0,
		map[gozxing.EncodeHintType]any{gozxing.EncodeHintType_ERROR_CORRECTION: "M"})
	if err != nil {
		t.Fatal(err)
	}
	size := m.GetWidth() // modules, with the quiet zone
	img := make([]byte, w*h)
	sin, cos := math.Sincos(angle * math.Pi / 180)
	half := float64(size*scale) / 2
	for y := range h {
		for x := range w {
			dx, dy := float64(x)-float64(w)/2, float64(y)-float64(h)/2
			u, v := cos*dx+sin*dy+half, -sin*dx+cos*dy+half
			grey := byte(150) // the surroundings: a table
			if u >= 0 && v >= 0 && u < float64(size*scale) && v < float64(size*scale) {
				grey = 210 // the screen's white
				if m.Get(int(u)/scale, int(v)/scale) {
					grey = 60 // its black
				}
			}
			img[y*w+x] = grey
		}
	}
	if blur > 1 {
		out := make([]byte, len(img))
		for y := range h {
			for x := range w {
				sum, n := 0, 0
				for j := max(0, y-blur/2); j <= min(h-1, y+blur/2); j++ {
					for i := max(0, x-blur/2); i <= min(w-1, x+blur/2); i++ {
						sum += int(img[j*w+i])
						n++
					}
				}
				out[y*w+x] = byte(sum / n)
			}
		}
		img = out
	}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range img {
		img[i] = byte(min(255, max(0, int(img[i])+r.IntN(2*noise+1)-noise)))
	}
	return img
}

const responseDigits = "10012345678901234567890123456789012345678901234567890123456789012345678901234567890123"

func TestDecodeTiltedBlurredNoisy(t *testing.T) {
	d := newDecoder()
	for _, c := range []struct {
		angle       float64
		scale, blur int
	}{{0, 6, 0}, {12, 6, 3}, {-25, 5, 3}, {30, 7, 5}, {40, 7, 3}, {90, 4, 0}} {
		img := frame(t, responseDigits, 640, 480, c.scale, c.angle, c.blur, 12)
		got, ok := d.decode(img, 640, 480)
		if !ok || got != responseDigits {
			t.Errorf("angle %v°, %d px a module, blur %d: got %q, %v", c.angle, c.scale, c.blur, got, ok)
		}
	}
}

func TestDecodeNothing(t *testing.T) {
	d := newDecoder()
	img := make([]byte, 640*480)
	for i := range img {
		img[i] = byte(i * 7 % 251)
	}
	if got, ok := d.decode(img, 640, 480); ok {
		t.Errorf("a frame with no code decoded as %q", got)
	}
	if _, ok := d.decode(img[:100], 640, 480); ok {
		t.Error("a short frame decoded")
	}
}

func TestGrey(t *testing.T) {
	got := grey(nil, []byte{255, 255, 255, 255, 0, 0, 0, 255, 100, 200, 40, 0})
	want := []byte{255, 0, 135}
	if string(got) != string(want) {
		t.Errorf("grey = %v, want %v", got, want)
	}
}

// BenchmarkDecode is one 640×480 frame natively; the browser's figure is
// BenchmarkScanDecodeFrame in .. (package wasm).
func BenchmarkDecode(b *testing.B) {
	d := newDecoder()
	img := frame(b, responseDigits, 640, 480, 5, 15, 3, 12)
	for b.Loop() {
		if _, ok := d.decode(img, 640, 480); !ok {
			b.Fatal("not decoded")
		}
	}
}

// upright draws the app's own code of digits (qr.EncodeDigits, as the pages
// draw it) upright and still, scale pixels a module, on a grey table: the
// frame a laptop's camera sees of a phone held straight in front of it.
func upright(digits string, w, h, scale int) []byte {
	c, err := qr.EncodeDigits(digits, qr.M)
	if err != nil {
		panic(err)
	}
	n := c.Size + 2*qr.QuietZone
	img := make([]byte, w*h)
	ox, oy := (w-scale*n)/2, (h-scale*n)/2
	for y := range h {
		for x := range w {
			g := byte(140)
			u, v := x-ox, y-oy
			if u >= 0 && v >= 0 && u < scale*n && v < scale*n {
				g = 255
				mx, my := u/scale-qr.QuietZone, v/scale-qr.QuietZone
				if mx >= 0 && my >= 0 && mx < c.Size && my < c.Size && c.Dark(mx, my) {
					g = 0
				}
			}
			img[y*w+x] = g
		}
	}
	return img
}

// A member's code that ZXing's detector does not find held upright, at any
// size (it takes a wrong triple of finder patterns and looks outside the
// frame), though ZBar reads it: found by the WebKit and Firefox tests, whose
// stand-in camera shows the code still. The decoder tries the frame turned
// a quarter when it finds nothing.
func TestDecodeUprightCodeZXingMisses(t *testing.T) {
	members := statstest.StudyLike(3030, 5)
	d := newDecoder()
	for i, m := range members {
		digits, err := roomcode.EncodeResponse(m)
		if err != nil {
			t.Fatal(err)
		}
		for _, scale := range []int{6, 8, 10, 12} {
			if got, ok := d.decode(upright(digits, 640, 480, scale), 640, 480); !ok || got != digits {
				t.Errorf("member %d's code, %d px a module, upright: read %v", i, scale, ok)
			}
		}
	}
}

// BenchmarkDecodeNothing is a frame with no code, the common case while a
// scan waits: it is tried twice (upright and turned).
func BenchmarkDecodeNothing(b *testing.B) {
	d := newDecoder()
	img := make([]byte, 640*480)
	for i := range img {
		img[i] = byte(140 + i*7%23)
	}
	for b.Loop() {
		if _, ok := d.decode(img, 640, 480); ok {
			b.Fatal("decoded")
		}
	}
}
