//go:build !js

package scan

// Outside the browser (pre-rendering, native tests) there is no camera:
// the scanner stays at "starting" and reads nothing.

type camera struct{}

func startCamera(videoID, canvasID, workerURL string, ev cameraEvents) *camera { return &camera{} }

func (c *camera) stop() {}
