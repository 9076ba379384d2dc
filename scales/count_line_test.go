package scales

import "testing"

// TestCountLine (issue 9 item 10): one file is "1 file read", not "1 files read".
func TestCountLine(t *testing.T) {
	for _, tt := range []struct {
		read, analysed, rejected, duplicate int
		want                                string
	}{
		{1, 1, 0, 0, "1 file read: 1 analysed, 0 rejected, 0 duplicate"},
		{0, 0, 0, 0, "0 files read: 0 analysed, 0 rejected, 0 duplicate"},
		{27, 23, 3, 1, "27 files read: 23 analysed, 3 rejected, 1 duplicate"},
	} {
		if got := CountLine(tt.read, tt.analysed, tt.rejected, tt.duplicate); got != tt.want {
			t.Errorf("CountLine(%d, …) = %q, want %q", tt.read, got, tt.want)
		}
	}
}
