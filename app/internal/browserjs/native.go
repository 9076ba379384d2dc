//go:build !js

package browserjs

// NowMS is 0 natively: there is no page.
func NowMS() float64 { return 0 }

// Print does nothing natively.
func Print() {}

// Vibrate does nothing natively.
func Vibrate() {}
