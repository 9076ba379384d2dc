//go:build !js

package app

import "errors"

// Outside the browser (pre-rendering, native tests) there is no camera:
// the scanner stays at "starting" and reads nothing.

type camera struct{}

func startCamera(videoID, canvasID, workerURL string, ev cameraEvents) *camera { return &camera{} }

func (c *camera) stop() {}

var errShareCancelled = errors.New("the share was cancelled")

func canShareFiles() bool { return false }

func shareFile(name, mime string, data []byte) func() error {
	return func() error { return errors.New("sharing needs a browser") }
}
