//go:build !wasm

package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"sammebaat/scales"
	"sammebaat/stats/statstest"
)

// BenchmarkScanBudgets measures the scanner's budgets (issue 10), printed,
// never asserted in make test: the decoder's download (brotli), the time
// the app's own decoder takes for one 640×480 camera frame in Chromium
// (median, target ≤ 60 ms), and 20 codes held up one after another for a
// second each (target: each read while it is held, so all 20 within one
// pass of the video, about a second apart).
//
//	go test -run '^$' -bench BenchmarkScanBudgets -benchtime 1x ./wasm/
func BenchmarkScanBudgets(b *testing.B) {
	web := testWeb(b)
	rs := statstest.StudyLike(20, 20)
	var shots []shot
	filters := []string{"", "rotate=10*PI/180:fillcolor=0x8c8c8c", "boxblur=1:1", "rotate=-15*PI/180:fillcolor=0x8c8c8c"}
	for i, r := range rs {
		c, err := scales.EncodeCode(r)
		if err != nil {
			b.Fatal(err)
		}
		shots = append(shots, shot{c, filters[i%len(filters)]})
	}
	video := fakeCamera(b, shots, time.Second)
	for b.Loop() {
		site := startApp(b)
		t := newBrowser(b, site, cameraFlags(video, true)...)
		watchCamera(t)
		t.navigate(site.URL + "/group?lang=en")
		t.waitReady("group")
		t.do(chromedp.Click(chromedp.CSS("#group-scan-toggle")))
		t.waitFor(`#group-scan[data-state="running"]`)
		start := time.Now()
		var times []float64
		var readAt []time.Duration
		lastFrame, given := 0, 0
		// One pass of the video: a second of an empty table, then 20 s of codes.
		for time.Since(start) < 22*time.Second {
			v := eval[[]float64](t, `(() => { const v = document.getElementById("group-scan-video"), p = document.getElementById("group-scan-panel");
  return [+(v.dataset.frames || 0), +(v.dataset.lastMs || 0), +p.dataset.codesGiven]; })()`)
			if int(v[0]) != lastFrame {
				lastFrame = int(v[0])
				times = append(times, v[1])
			}
			for ; given < int(v[2]); given++ {
				readAt = append(readAt, time.Since(start))
			}
			time.Sleep(30 * time.Millisecond)
		}
		slices.Sort(times)
		if len(times) > 0 {
			b.ReportMetric(times[len(times)/2], "ms/frame-median")
			b.ReportMetric(times[len(times)*9/10], "ms/frame-p90")
		}
		b.ReportMetric(float64(given), "codes-read-in-one-pass")
		var gap time.Duration
		for i := 1; i < len(readAt); i++ {
			gap = max(gap, readAt[i]-readAt[i-1])
		}
		b.ReportMetric(gap.Seconds(), "s/longest-gap-between-codes")
		if fi, err := os.Stat(filepath.Join(web, "decoder.wasm.br")); err == nil {
			b.ReportMetric(float64(fi.Size()), "decoder-br-bytes")
		}
		b.Logf("frames decoded %d, codes read %d at %v", len(times), given, readAt)
	}
}
