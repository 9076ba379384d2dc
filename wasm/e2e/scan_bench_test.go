//go:build !wasm

package e2e

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"sammebaat/internal/bench"
	"sammebaat/internal/bench/benchtest"
	"sammebaat/stats/statstest"
	"sammebaat/wasm/internal/browsertest"
)

// TestBenchScan measures the scanner's budgets (issue 10) for make bench,
// never asserted in make test: the decoder's download (brotli), the time
// the app's own decoder takes for one 640×480 camera frame in Chromium
// (median, budget ≤ 60 ms), and 20 codes held up one after another for a
// second each (budget: all 20 read in one pass of the video, each while it
// is held, so no gap between two readings longer than two holds).
func TestBenchScan(t *testing.T) {
	benchtest.Only(t)
	web := browsertest.Web(t)
	rs := statstest.StudyLike(20, 20)
	var shots []shot
	filters := []string{"", "rotate=10*PI/180:fillcolor=0x8c8c8c", "boxblur=1:1", "rotate=-15*PI/180:fillcolor=0x8c8c8c"}
	for i, r := range rs {
		shots = append(shots, shot{text: encode(t, r), filter: filters[i%len(filters)]})
	}
	video := fakeCamera(t, shots, time.Second)
	site := browsertest.StartApp(t)
	b := browsertest.NewBrowser(t, site, cameraFlags(video, true)...)
	watchCamera(b)
	b.Navigate(site.URL + "/group?lang=en")
	b.WaitReady("group")
	b.Do(chromedp.Click(chromedp.CSS("#group-scan-toggle")))
	b.WaitFor(`#group-scan[data-state="running"]`)
	start := time.Now()
	var times []float64
	var readAt []time.Duration
	lastFrame, given := 0, 0
	// One pass of the video: a second of an empty table, then 20 s of codes.
	for time.Since(start) < 22*time.Second {
		v := browsertest.Eval[[]float64](b, `(() => { const v = document.getElementById("group-scan-video"), p = document.getElementById("group-scan-panel");
  return [+(v.dataset.frames || 0), +(v.dataset.lastMs || 0), +p.dataset.codesGiven]; })()`)
		if int(v[0]) != lastFrame {
			lastFrame = int(v[0])
			times = append(times, v[1]/1000)
		}
		for ; given < int(v[2]); given++ {
			readAt = append(readAt, time.Since(start))
		}
		time.Sleep(30 * time.Millisecond)
	}
	var gap time.Duration
	for i := 1; i < len(readAt); i++ {
		gap = max(gap, readAt[i]-readAt[i-1])
	}
	br, err := os.Stat(filepath.Join(web, "decoder.wasm.br"))
	must(t, err)
	t.Logf("frames decoded %d, codes read %d at %v", len(times), given, readAt)
	slices.Sort(times)
	if len(times) == 0 {
		t.Fatal("no frame was decoded")
	}
	benchtest.Record(t,
		bench.Figure{Name: "decoder/brotli-bytes", What: "decoder.wasm download (loaded when a scan starts), brotli", Unit: "bytes", Value: float64(br.Size())},
		bench.Figure{Name: "browser/scan-frame-decode", What: "one 640×480 camera frame decoded in Chromium (median)", Unit: "s", Value: times[len(times)/2], Runs: times},
		bench.Figure{Name: "browser/scan-20-codes-read", What: "of 20 codes held up for 1 s each, how many were read in one pass", Unit: "codes", Value: float64(given)},
		bench.Figure{Name: "browser/scan-longest-gap", What: "longest time between two codes read (each is held 1 s)", Unit: "s", Value: gap.Seconds()},
	)
}
