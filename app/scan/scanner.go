package scan

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"sammebaat/scales"
)

// scanState is where a Scanner is.
type scanState string

const (
	scanStarting scanState = "starting" // asking for the camera, loading the decoder
	scanRunning  scanState = "running"  // reading frames
	scanFailed   scanState = "failed"   // no camera, no permission, …: see failure
)

// Why a scanner could not run, from the browser's error names.
const (
	failNoCamera    = "no-camera"   // NotFoundError, OverconstrainedError
	failDenied      = "denied"      // NotAllowedError, SecurityError
	failInUse       = "in-use"      // NotReadableError, AbortError
	failUnsupported = "unsupported" // no navigator.mediaDevices.getUserMedia (or no secure context)
	failDecoder     = "decoder"     // the decoder's worker did not load
	failOther       = "other"
)

// cameraFailure maps the name of getUserMedia's error to a failure.
func cameraFailure(name string) string {
	switch name {
	case "NotFoundError", "OverconstrainedError", "DevicesNotFoundError":
		return failNoCamera
	case "NotAllowedError", "SecurityError", "PermissionDeniedError":
		return failDenied
	case "NotReadableError", "AbortError", "TrackStartError":
		return failInUse
	case "TypeError":
		return failUnsupported
	}
	return failOther
}

// Scanner turns on the camera (the rear one on a phone) while it is on the
// page and reads QR codes from what it sees: the browser's BarcodeDetector
// where there is one, otherwise the app's own decoder (decoder.wasm, loaded
// into a worker now, not with the app). Each distinct code it reads goes to
// OnCode once. The camera stops the moment the scanner leaves the page:
// OnDismount stops every track, and so does the page being hidden away.
type Scanner struct {
	app.Compo

	ILang   scales.Lang
	IID     string // the id of the scanner's region; the video is IID+"-video"
	IOnCode func(ctx app.Context, text string)

	state   scanState
	failure string // one of fail*, when state is scanFailed
	detail  string // the browser's words for failOther and failDecoder
	decoder string // "native" (BarcodeDetector) or "worker"
	cam     *camera
}

func (s *Scanner) Lang(l scales.Lang) *Scanner { s.ILang = l; return s }
func (s *Scanner) ID(id string) *Scanner       { s.IID = id; return s }
func (s *Scanner) OnCode(f func(app.Context, string)) *Scanner {
	s.IOnCode = f
	return s
}

func (s *Scanner) OnMount(ctx app.Context) {
	s.state = scanStarting
	worker := ctx.ResolveStaticResource("/web/decoder-worker.js")
	s.cam = startCamera(s.IID+"-video", s.IID+"-canvas", worker, cameraEvents{
		decoder: func(kind string) {
			ctx.Dispatch(func(ctx app.Context) { s.decoder = kind })
		},
		running: func() {
			ctx.Dispatch(func(ctx app.Context) {
				if s.state == scanStarting {
					s.state = scanRunning
				}
			})
		},
		failed: func(failure, detail string) {
			ctx.Dispatch(func(ctx app.Context) {
				s.state, s.failure, s.detail = scanFailed, failure, detail
			})
		},
		code: func(text string) {
			ctx.Dispatch(func(ctx app.Context) {
				if s.IOnCode != nil {
					s.IOnCode(ctx, text)
				}
			})
		},
	})
}

func (s *Scanner) OnDismount() {
	if s.cam != nil {
		s.cam.stop()
		s.cam = nil
	}
}

// message says why the scanner is not running, in plain words.
func (s *Scanner) message() string {
	l := s.ILang
	switch s.failure {
	case failNoCamera:
		return tr(l, sNoCamera)
	case failDenied:
		return tr(l, sDenied)
	case failInUse:
		return tr(l, sInUse)
	case failUnsupported:
		return tr(l, sUnsupported)
	case failDecoder:
		return tr(l, sDecoderFailed, s.detail)
	}
	return tr(l, sCameraFailed, s.detail)
}

func (s *Scanner) Render() app.UI {
	l := s.ILang
	state := s.state
	if state == "" {
		state = scanStarting
	}
	return app.Div().ID(s.IID).Class("scanner").
		DataSet("state", string(state)).
		DataSet("failure", s.failure).
		DataSet("decoder", s.decoder).
		Body(
			app.If(state != scanFailed, func() app.UI {
				return app.Div().Class("viewfinder").Body(
					app.Video().ID(s.IID+"-video").Class("scanner-video").
						Aria("label", tr(l, sVideoLabel)).
						Attr("playsinline", true).Attr("muted", true).AutoPlay(true),
					app.Div().Class("viewfinder-frame").Aria("hidden", "true"),
				)
			}),
			app.Canvas().ID(s.IID+"-canvas").Hidden(true),
			app.P().Class("scanner-state").Role("status").Text(s.stateText()),
			app.If(state == scanFailed, func() app.UI {
				return app.Div().Role("alert").Class("error scanner-error").Body(
					app.P().Text(s.message()),
					app.P().Text(tr(l, sFilesStillWork)),
				)
			}),
		)
}

func (s *Scanner) stateText() string {
	switch s.state {
	case scanRunning:
		return tr(s.ILang, sRunning)
	case scanFailed:
		return ""
	}
	return tr(s.ILang, sStarting)
}

// cameraEvents is what a camera tells its scanner, from any goroutine.
type cameraEvents struct {
	decoder func(kind string)
	running func()
	failed  func(failure, detail string)
	code    func(text string)
}
