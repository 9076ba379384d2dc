package scan

import (
	"testing"
)

func TestCameraFailure(t *testing.T) {
	for name, want := range map[string]string{
		"NotFoundError": failNoCamera, "NotAllowedError": failDenied, "NotReadableError": failInUse,
		"TypeError": failUnsupported, "SomethingElse": failOther,
	} {
		if got := cameraFailure(name); got != want {
			t.Errorf("cameraFailure(%q) = %q, want %q", name, got, want)
		}
	}
}
