package scan

import (
	"strings"
	"syscall/js"
	"time"

	"sammebaat/app/internal/browserjs"
)

// The browser's side of the Scanner: the camera's stream, the frames drawn
// to a canvas, and the decoder they go to. It talks to syscall/js directly,
// like the group page's file reading.

const (
	// frameW × frameH bounds the frames handed to the decoder: enough for a
	// response code a hand's width from the camera, small enough to decode
	// several frames a second.
	frameW, frameH = 640, 480
	// framePeriod is how often a frame is taken, at most: a code held up
	// for a second is tried about five times.
	framePeriod = 180 * time.Millisecond
)

// camera is one scan: the stream, the loop reading frames, the decoder.
type camera struct {
	videoID, canvasID string
	ev                cameraEvents
	stopped           bool
	stream            js.Value // MediaStream, once granted
	worker            js.Value // the decoder's Worker, when there is no BarcodeDetector
	replies           chan js.Value
	onReply, onHide   js.Func
	seen              map[string]bool
}

// startCamera starts a scan: it asks for the camera and, without a
// BarcodeDetector, loads the decoder into a worker at the same time, then
// reads frames until stop.
func startCamera(videoID, canvasID, workerURL string, ev cameraEvents) *camera {
	c := &camera{videoID: videoID, canvasID: canvasID, ev: ev, seen: map[string]bool{}}
	// The page being hidden away (another app, a closed tab, the back-forward
	// cache) ends the scan as leaving the view does.
	c.onHide = js.FuncOf(func(js.Value, []js.Value) any { c.stop(); return nil })
	js.Global().Call("addEventListener", "pagehide", c.onHide)
	go c.run(workerURL)
	return c
}

// stop ends the scan at once: every track of the stream stops (the
// camera's light goes out), the worker ends. Safe to call more than once.
func (c *camera) stop() {
	if c.stopped {
		return
	}
	c.stopped = true
	js.Global().Call("removeEventListener", "pagehide", c.onHide)
	c.stopTracks()
	if c.worker.Truthy() {
		c.worker.Call("terminate")
	}
	if v := js.Global().Get("document").Call("getElementById", c.videoID); v.Truthy() {
		v.Set("srcObject", js.Null())
	}
	// The loop may be waiting for the worker's reply: let it go.
	select {
	case c.replies <- js.Null():
	default:
	}
}

func (c *camera) stopTracks() {
	if !c.stream.Truthy() {
		return
	}
	tracks := c.stream.Call("getTracks")
	for i := 0; i < tracks.Length(); i++ {
		tracks.Index(i).Call("stop")
	}
}

// nativeDetector returns the browser's BarcodeDetector for QR codes, or
// undefined where there is none.
func nativeDetector() js.Value {
	bd := js.Global().Get("BarcodeDetector")
	if bd.Type() != js.TypeFunction {
		return js.Undefined()
	}
	formats, err := browserjs.AwaitValue(bd.Call("getSupportedFormats"))
	if err != nil || !formats.Call("includes", "qr_code").Bool() {
		return js.Undefined()
	}
	return bd.New(map[string]any{"formats": []any{"qr_code"}})
}

func (c *camera) run(workerURL string) {
	detector := nativeDetector()
	workerReady := make(chan string, 1) // "" when ready, else the problem
	if detector.Truthy() {
		c.ev.decoder("native")
		workerReady <- ""
	} else {
		c.ev.decoder("worker")
		c.startWorker(workerURL, workerReady)
	}

	md := js.Global().Get("navigator").Get("mediaDevices")
	if !md.Truthy() || md.Get("getUserMedia").Type() != js.TypeFunction {
		c.ev.failed(failUnsupported, "")
		c.stop()
		return
	}
	stream, reason := browserjs.Await(md.Call("getUserMedia", map[string]any{
		"audio": false,
		"video": map[string]any{
			"facingMode": "environment",
			"width":      map[string]any{"ideal": 1280},
			"height":     map[string]any{"ideal": 720},
		},
	}))
	if c.stopped { // left while the browser asked
		if stream.Truthy() {
			c.stream = stream
			c.stopTracks()
		}
		return
	}
	if !stream.Truthy() {
		name, detail := browserjs.ErrorName(reason)
		c.ev.failed(cameraFailure(name), detail)
		c.stop()
		return
	}
	c.stream = stream
	video := js.Global().Get("document").Call("getElementById", c.videoID)
	if !video.Truthy() {
		c.stop()
		return
	}
	video.Set("muted", true)
	video.Set("srcObject", stream)
	if p := video.Call("play"); p.Truthy() {
		browserjs.Await(p) // autoplay of a muted video is allowed; a failure shows no frames
	}
	if problem := <-workerReady; problem != "" {
		c.ev.failed(failDecoder, problem)
		c.stop()
		return
	}
	if c.stopped {
		return
	}
	c.ev.running()
	c.loop(video, detector)
}

// startWorker starts the decoder's worker and reports on ready when it has
// loaded its wasm (or could not).
func (c *camera) startWorker(url string, ready chan<- string) {
	defer func() {
		if r := recover(); r != nil { // new Worker throws on a bad URL or a policy
			ready <- errorText(r)
		}
	}()
	c.replies = make(chan js.Value, 1)
	loaded := false
	c.onReply = js.FuncOf(func(this js.Value, args []js.Value) any {
		d := args[0].Get("data")
		switch {
		case !loaded && d.Get("ready").Truthy():
			loaded = true
			ready <- ""
		case !loaded && d.Get("error").Truthy():
			loaded = true
			ready <- d.Get("error").String()
		case loaded:
			select {
			case c.replies <- d:
			default:
			}
		}
		return nil
	})
	c.worker = js.Global().Get("Worker").New(url)
	c.worker.Set("onmessage", c.onReply)
	c.worker.Set("onerror", js.FuncOf(func(this js.Value, args []js.Value) any {
		if !loaded {
			loaded = true
			msg := "the worker failed"
			if m := args[0].Get("message"); m.Type() == js.TypeString && m.String() != "" {
				msg = m.String()
			}
			ready <- msg
		}
		return nil
	}))
}

// loop takes a frame every framePeriod, at most, until the scan stops; one
// frame is decoded at a time.
func (c *camera) loop(video, detector js.Value) {
	canvas := js.Global().Get("document").Call("getElementById", c.canvasID)
	if !canvas.Truthy() {
		canvas = js.Global().Get("document").Call("createElement", "canvas")
	}
	g := canvas.Call("getContext", "2d", map[string]any{"willReadFrequently": true})
	id := 0
	for !c.stopped {
		start := time.Now()
		if video.Get("readyState").Int() >= 2 && video.Get("videoWidth").Int() > 0 {
			w, h := fit(video.Get("videoWidth").Int(), video.Get("videoHeight").Int())
			if canvas.Get("width").Int() != w || canvas.Get("height").Int() != h {
				canvas.Set("width", w)
				canvas.Set("height", h)
			}
			g.Call("drawImage", video, 0, 0, w, h)
			id++
			text, ms := c.decode(canvas, g, detector, id, w, h)
			video.Get("dataset").Set("frames", id)
			video.Get("dataset").Set("lastMs", ms)
			if text != "" && !c.stopped && !c.seen[text] {
				c.seen[text] = true
				c.ev.code(text)
			}
		}
		if d := framePeriod - time.Since(start); d > 0 {
			time.Sleep(d)
		}
	}
}

// decode reads the code in the frame on canvas, "" for none, and how long
// the decoder took.
func (c *camera) decode(canvas, g, detector js.Value, id, w, h int) (string, float64) {
	t0 := browserjs.NowMS()
	if detector.Truthy() {
		found, err := browserjs.AwaitValue(detector.Call("detect", canvas))
		if err != nil || found.Length() == 0 {
			return "", browserjs.NowMS() - t0
		}
		return found.Index(0).Get("rawValue").String(), browserjs.NowMS() - t0
	}
	buf := g.Call("getImageData", 0, 0, w, h).Get("data").Get("buffer")
	c.worker.Call("postMessage", map[string]any{
		"id": id, "width": w, "height": h, "channels": 4, "pixels": buf,
	}, []any{buf})
	reply := <-c.replies
	if !reply.Truthy() || reply.Get("text").Type() != js.TypeString {
		return "", browserjs.NowMS() - t0
	}
	return reply.Get("text").String(), reply.Get("ms").Float()
}

// fit scales a video's size down to fit frameW × frameH, keeping its shape.
func fit(w, h int) (int, int) {
	if w <= frameW && h <= frameH {
		return w, h
	}
	if w*frameH > h*frameW {
		return frameW, max(1, h*frameW/w)
	}
	return max(1, w*frameH/h), frameH
}

func errorText(r any) string {
	if e, ok := r.(error); ok {
		return strings.TrimPrefix(e.Error(), "JavaScript error: ")
	}
	return "unknown error"
}
