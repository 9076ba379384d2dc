package main

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"
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
// BenchmarkScanDecodeFrame in ../wasm.
func BenchmarkDecode(b *testing.B) {
	d := newDecoder()
	img := frame(b, responseDigits, 640, 480, 5, 15, 3, 12)
	for b.Loop() {
		if _, ok := d.decode(img, 640, 480); !ok {
			b.Fatal("not decoded")
		}
	}
}
