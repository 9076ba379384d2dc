//go:build !wasm

package site_test

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"sammebaat/wasm/internal/browsertest"
)

// The app's icons are drawn here, from one set of shapes, so the PNGs and
// the SVG agree. `go test ./wasm/internal/site -run TestIcons -update-icons` writes them;
// without the flag the test checks that the committed files are what the
// shapes draw.
var updateIcons = flag.Bool("update-icons", false, "write web/icon-*.png and web/icon.svg")

// iconShape is a filled polygon in a unit square (x right, y down).
type iconShape struct {
	fill   color.NRGBA
	points [][2]float64
}

var (
	iconBackground = color.NRGBA{0x1f, 0x4e, 0x5f, 0xff} // themeColor
	iconSail       = color.NRGBA{0xff, 0xff, 0xff, 0xff}
	iconJib        = color.NRGBA{0xd8, 0xe8, 0xe4, 0xff}
	iconHull       = color.NRGBA{0xf2, 0xc1, 0x4e, 0xff}
	iconWater      = color.NRGBA{0x8f, 0xc3, 0xd0, 0xff}
)

// A sailing boat on a line of water: «I samme båt?».
var iconShapes = []iconShape{
	{iconSail, [][2]float64{{0.52, 0.18}, {0.52, 0.62}, {0.78, 0.62}}},
	{iconJib, [][2]float64{{0.48, 0.28}, {0.48, 0.62}, {0.28, 0.62}}},
	{iconHull, [][2]float64{{0.20, 0.66}, {0.82, 0.66}, {0.72, 0.77}, {0.30, 0.77}}},
	{iconWater, [][2]float64{{0.18, 0.80}, {0.84, 0.80}, {0.84, 0.83}, {0.18, 0.83}}},
}

// iconCorner is the corner radius of the plain icons' rounded square; a
// maskable icon fills its square, and the platform cuts its shape.
const iconCorner = 0.2

// maskableScale shrinks the drawing of a maskable icon into the safe zone,
// the centre circle of 80 % of the width.
const maskableScale = 0.8

type iconFile struct {
	name     string
	size     int
	maskable bool
}

var iconFiles = []iconFile{
	{"icon-192.png", 192, false},
	{"icon-512.png", 512, false},
	{"icon-maskable.png", 512, true},
}

func drawIcon(size int, maskable bool) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	const ss = 4 // samples per pixel per axis
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			var r, g, b, a float64
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					x := (float64(px) + (float64(sx)+0.5)/ss) / float64(size)
					y := (float64(py) + (float64(sy)+0.5)/ss) / float64(size)
					c, ok := iconColourAt(x, y, maskable)
					if !ok {
						continue
					}
					r += float64(c.R)
					g += float64(c.G)
					b += float64(c.B)
					a++
				}
			}
			if a == 0 {
				continue
			}
			img.SetNRGBA(px, py, color.NRGBA{
				R: uint8(r/a + 0.5), G: uint8(g/a + 0.5), B: uint8(b/a + 0.5),
				A: uint8(a*255/(ss*ss) + 0.5),
			})
		}
	}
	return img
}

func iconColourAt(x, y float64, maskable bool) (color.NRGBA, bool) {
	if maskable {
		x = 0.5 + (x-0.5)/maskableScale
		y = 0.5 + (y-0.5)/maskableScale
	} else if !inRoundedSquare(x, y, iconCorner) {
		return color.NRGBA{}, false
	}
	c := iconBackground
	for _, s := range iconShapes {
		if inPolygon(x, y, s.points) {
			c = s.fill
		}
	}
	return c, true
}

func inRoundedSquare(x, y, r float64) bool {
	cx := min(max(x, r), 1-r)
	cy := min(max(y, r), 1-r)
	dx, dy := x-cx, y-cy
	return x >= 0 && x <= 1 && y >= 0 && y <= 1 && dx*dx+dy*dy <= r*r
}

// inPolygon is the even-odd rule.
func inPolygon(x, y float64, pts [][2]float64) bool {
	in := false
	for i, j := 0, len(pts)-1; i < len(pts); j, i = i, i+1 {
		xi, yi, xj, yj := pts[i][0], pts[i][1], pts[j][0], pts[j][1]
		if (yi > y) != (yj > y) && x < (xj-xi)*(y-yi)/(yj-yi)+xi {
			in = !in
		}
	}
	return in
}

func iconSVGText() string {
	var b strings.Builder
	hex := func(c color.NRGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" role="img" aria-label="Samme båt">` + "\n")
	fmt.Fprintf(&b, `<rect width="100" height="100" rx="%g" fill="%s"/>`+"\n", iconCorner*100, hex(iconBackground))
	for _, s := range iconShapes {
		var d []string
		for i, p := range s.points {
			cmd := "L"
			if i == 0 {
				cmd = "M"
			}
			d = append(d, fmt.Sprintf("%s%g %g", cmd, p[0]*100, p[1]*100))
		}
		fmt.Fprintf(&b, `<path d="%sZ" fill="%s"/>`+"\n", strings.Join(d, ""), hex(s.fill))
	}
	b.WriteString("</svg>\n")
	return b.String()
}

func TestIcons(t *testing.T) {
	dir := filepath.Join(browsertest.Root(), "web")
	for _, f := range iconFiles {
		want := drawIcon(f.size, f.maskable)
		name := filepath.Join(dir, f.name)
		if *updateIcons {
			var b bytes.Buffer
			if err := png.Encode(&b, want); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(name, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		got, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got.Bounds() != want.Bounds() {
			t.Fatalf("%s: size %v, want %v", name, got.Bounds(), want.Bounds())
		}
		for y := 0; y < f.size; y++ {
			for x := 0; x < f.size; x++ {
				if color.NRGBAModel.Convert(got.At(x, y)) != want.At(x, y) {
					t.Fatalf("%s differs from the drawing at (%d,%d); run with -update-icons", name, x, y)
				}
			}
		}
	}
	svg := filepath.Join(dir, "icon.svg")
	if *updateIcons {
		if err := os.WriteFile(svg, []byte(iconSVGText()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	data, err := os.ReadFile(svg)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != iconSVGText() {
		t.Errorf("%s differs from the drawing; run with -update-icons", svg)
	}
}

// The maskable icon keeps its drawing inside the safe zone and fills its
// square; the plain icons have transparent corners.
func TestIconShapesFitMaskableSafeZone(t *testing.T) {
	for _, s := range iconShapes {
		for _, p := range s.points {
			x := 0.5 + (p[0]-0.5)*maskableScale
			y := 0.5 + (p[1]-0.5)*maskableScale
			if dx, dy := x-0.5, y-0.5; dx*dx+dy*dy > 0.4*0.4 {
				t.Errorf("point %v lies outside the maskable safe zone", p)
			}
		}
	}
	m := drawIcon(64, true)
	if m.NRGBAAt(0, 0).A != 255 {
		t.Error("maskable icon's corner is not opaque")
	}
	if drawIcon(64, false).NRGBAAt(0, 0).A != 0 {
		t.Error("plain icon's corner is not transparent")
	}
}

// What Safari's Add to Home Screen reads: an opaque square icon of at least
// 180 pixels (iOS shows transparency as black) and the app's name, on every
// page as served and on the static site.
func TestHomeScreenIconAndName(t *testing.T) {
	s := browsertest.StartApp(t)
	static := browsertest.StartStatic(t, "")
	link := regexp.MustCompile(`<link [^>]*rel="apple-touch-icon"[^>]*>`)
	href := regexp.MustCompile(`href="([^"]+)"`)
	for _, base := range []string{s.URL, static.URL} {
		for _, path := range []string{"/", "/questionnaire", "/scores", "/group"} {
			if base == static.URL && path != "/" {
				path += ".html" // the static site's file of the page
			}
			_, html := browsertest.FetchHeaders(t, base+path, nil)
			m := href.FindSubmatch(link.Find(html))
			if m == nil {
				t.Errorf("%s%s: no apple-touch-icon", base, path)
				continue
			}
			_, data := browsertest.FetchHeaders(t, base+string(m[1]), nil)
			img, err := png.Decode(bytes.NewReader(data))
			if err != nil {
				t.Errorf("%s: apple-touch-icon %s: %v", path, m[1], err)
				continue
			}
			b := img.Bounds()
			if b.Dx() != b.Dy() || b.Dx() < 180 {
				t.Errorf("apple-touch-icon %s is %v, want a square of at least 180", m[1], b)
			}
			for y := b.Min.Y; y < b.Max.Y; y++ {
				for x := b.Min.X; x < b.Max.X; x++ {
					if _, _, _, a := img.At(x, y).RGBA(); a != 0xffff {
						t.Fatalf("apple-touch-icon %s is not opaque at (%d,%d)", m[1], x, y)
					}
				}
			}
			if !bytes.Contains(html, []byte(`<meta name="apple-mobile-web-app-title" content="Samme båt">`)) {
				t.Errorf("%s%s: no apple-mobile-web-app-title naming the app", base, path)
			}
		}
	}
}
