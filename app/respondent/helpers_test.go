package respondent

import (
	"testing"

	sb "sammebaat/app"
)

// withClientMarks renders as the browser does, with its test markers.
func withClientMarks(t *testing.T) {
	t.Helper()
	old := sb.ClientMarks
	sb.ClientMarks = true
	t.Cleanup(func() { sb.ClientMarks = old })
}
