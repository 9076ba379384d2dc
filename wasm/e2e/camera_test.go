//go:build !wasm

package e2e

// The fake camera the scanner tests film codes with (Chromium's capture
// device playing a video made with ffmpeg), reading a code off the
// screen with ZBar, and the scan panel's state: shared by the scanner's,
// the meeting's and the scan bench's tests.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"

	"sammebaat/scales"
	"sammebaat/scales/roomcode"
	"sammebaat/wasm/internal/browsertest"
)

// shot is one code of a fake camera's video: its text, and how the camera
// sees it (ffmpeg filters after the code is drawn upright, "" for none).
type shot struct {
	text   string
	filter string
	// png, when set, is a picture of the code (a screenshot of what a
	// page drew) to show instead of drawing text.
	png string
}

// codePNG draws text as a QR code (level M) on a 640×480 frame of a grey
// table, module pixels a module, with the quiet zone in white.
func codePNG(t testing.TB, path, text string, module int) {
	t.Helper()
	img := image.NewGray(image.Rect(0, 0, 640, 480))
	for i := range img.Pix {
		img.Pix[i] = 140
	}
	m, _ := gozxing.NewSquareBitMatrix(1)
	if text != "" {
		var err error
		m, err = qrcode.NewQRCodeWriter().Encode(text, gozxing.BarcodeFormat_QR_CODE, 0, 0,
			map[gozxing.EncodeHintType]any{gozxing.EncodeHintType_ERROR_CORRECTION: "M"})
		if err != nil {
			t.Fatal(err)
		}
	}
	size := m.GetWidth() * module
	x0, y0 := (640-size)/2, (480-size)/2
	for y := range size {
		for x := range size {
			c := uint8(235)
			if m.Get(x/module, y/module) {
				c = 30
			}
			img.SetGray(x0+x, y0+y, color.Gray{c})
		}
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

// fakeCamera makes a 640×480 .y4m video at 10 frames a second in which each
// shot is held for hold, after a second of an empty table, and returns its
// path. Chromium's fake camera plays it in a loop.
func fakeCamera(t testing.TB, shots []shot, hold time.Duration) string {
	t.Helper()
	if _, err := exec.LookPath("ffmpeg"); err != nil {
		t.Fatalf("the scanner tests need ffmpeg: %v", err)
	}
	dir := t.TempDir()
	var frames bytes.Buffer
	header := ""
	segment := func(png, filter string, seconds float64) {
		out := filepath.Join(dir, fmt.Sprintf("seg-%d.y4m", frames.Len()))
		vf := "format=gray"
		if filter != "" {
			vf += "," + filter
		}
		vf += ",scale=640:480,format=yuv420p"
		cmd := exec.Command("ffmpeg", "-hide_banner", "-loglevel", "error", "-y",
			"-loop", "1", "-framerate", "10", "-t", fmt.Sprint(seconds), "-i", png,
			"-vf", vf, "-r", "10", "-f", "yuv4mpegpipe", out)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("ffmpeg: %v\n%s", err, b)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		h, body, ok := bytes.Cut(data, []byte("\n"))
		if !ok {
			t.Fatalf("%s: no y4m header", out)
		}
		if header == "" {
			header = string(h)
		} else if header != string(h) {
			t.Fatalf("y4m headers differ: %q, %q", header, h)
		}
		frames.Write(body)
	}
	blank := filepath.Join(dir, "blank.png")
	codePNG(t, blank, "", 0)
	segment(blank, "", 1)
	for i, s := range shots {
		if s.png != "" {
			// The picture at 400×400 on the grey table, then as the camera sees it.
			f := "scale=400:400,pad=640:480:120:40:color=0x8c8c8c"
			if s.filter != "" {
				f += "," + s.filter
			}
			segment(s.png, f, hold.Seconds())
			continue
		}
		p := filepath.Join(dir, fmt.Sprintf("code-%d.png", i))
		codePNG(t, p, s.text, 6)
		segment(p, s.filter, hold.Seconds())
	}
	path := filepath.Join(dir, "camera.y4m")
	if err := os.WriteFile(path, append([]byte(header+"\n"), frames.Bytes()...), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// cameraFlags are Chromium's flags for a fake camera playing video, with the
// permission granted (grant) or left to the browser's answer.
func cameraFlags(video string, grant bool) []chromedp.ExecAllocatorOption {
	f := []chromedp.ExecAllocatorOption{
		chromedp.Flag("use-fake-device-for-media-stream", true),
		chromedp.Flag("use-file-for-fake-video-capture", video),
	}
	if grant {
		f = append(f, chromedp.Flag("use-fake-ui-for-media-stream", true))
	}
	return f
}

// watchCamera makes every page of the tab hide BarcodeDetector (so the
// app's own decoder reads the codes) and keep the streams getUserMedia
// gives in window.__streams, for the test to see whether the camera is off.
func watchCamera(b *browsertest.Tab) {
	b.T.Helper()
	browsertest.OnNewDocument(b, `(() => {
  Object.defineProperty(window, "BarcodeDetector", {value: undefined, configurable: true});
  window.__streams = [];
  const md = navigator.mediaDevices;
  if (!md || !md.getUserMedia) return;
  const gum = md.getUserMedia.bind(md);
  md.getUserMedia = (c) => gum(c).then((s) => { window.__streams.push(s); return s; });
})();`)
}

// liveTracks counts the camera's tracks still live on the page.
func liveTracks(b *browsertest.Tab) int {
	return browsertest.Eval[int](b, `(window.__streams || []).flatMap(s => s.getTracks()).filter(t => t.readyState === "live").length`)
}

// waitScan waits until the group page's scanner has been given n codes.
func waitScan(b *browsertest.Tab, n int, timeout time.Duration) {
	b.T.Helper()
	var s groupScanState
	browsertest.Poll(b.T, timeout, 100*time.Millisecond, func() bool { s = scanState(b); return s.Given >= n },
		func() string {
			return fmt.Sprintf("the scanner was given %d codes of %d (%+v)\nconsole:\n%s", s.Given, n, s, b.ConsoleText())
		})
}

// encode is a response's code, failing the test if it has none.
func encode(t testing.TB, r scales.Response) string {
	t.Helper()
	c, err := roomcode.EncodeResponse(r)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// screenshotPNG saves a screenshot of the element sel as a PNG file and
// returns its path.
func screenshotPNG(b *browsertest.Tab, sel string) string {
	b.T.Helper()
	ctx, cancel := context.WithTimeout(b.Ctx, 30*time.Second)
	defer cancel()
	img, err := chromedp.Run(ctx, chromedp.Screenshot(chromedp.CSS(sel)))
	if err != nil {
		b.T.Fatalf("screenshot of %s: %v", sel, err)
	}
	f, err := os.CreateTemp(b.T.TempDir(), "code-*.png")
	if err != nil {
		b.T.Fatal(err)
	}
	if _, err := f.Write(img); err != nil {
		b.T.Fatal(err)
	}
	f.Close()
	return f.Name()
}

// zbarRead is the one QR code ZBar reads in the picture f (of sel).
func zbarRead(t testing.TB, f, sel string) string {
	t.Helper()
	zbar, err := exec.LookPath("zbarimg")
	if err != nil {
		t.Fatalf("the code tests decode with ZBar (apt-get install zbar-tools): %v", err)
	}
	out, err := exec.Command(zbar, "-q", "--raw", "-Sdisable", "-Sqrcode.enable", f).Output()
	if err != nil {
		t.Fatalf("zbarimg read no code in the screenshot of %s (%s): %v", sel, f, err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != 1 {
		t.Fatalf("zbarimg read %d codes: %q", len(lines), out)
	}
	return lines[0]
}

// storeResponse puts r in the page's local storage as the questionnaire
// does: the text of its response file, JSON-encoded by go-app.
func storeResponse(b *browsertest.Tab, key string, text string) {
	b.T.Helper()
	js, _ := json.Marshal(text)
	browsertest.Eval[chromedp.Void](b, fmt.Sprintf(`localStorage.setItem(%q, JSON.stringify(%s))`, key, js))
}
