//go:build !wasm

package main

// The group's loop in the room (issue 10), end to end with the codes the
// pages themselves drew: six members show their response as a code on "My
// scores"; a screenshot of each is what the facilitator's camera sees
// (some turned, some blurred); the group page reads them and its report is
// analyze's on the same responses as files; the facilitator shows the
// group's code; a member's camera reads it off that screenshot and "My
// scores" shows the group's means.

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	sbapp "sammebaat/app"
	"sammebaat/scales"
	"sammebaat/scales/roomcode"
	"sammebaat/stats/statstest"
)

// The meeting in nynorsk (issue 21): the pages in nynorsk, half the
// members' answers given in nynorsk (the code's language digit 3), pooled
// with the others as the same instrument.
func TestMeetingLoopWithTheCodesThePagesDrew(t *testing.T) {
	members := statstest.StudyLike(3030, 6)
	for i := range members {
		if i%2 == 0 {
			members[i].Lang = scales.NN
		}
	}
	site := startApp(t)

	// Each member's code, as "Show as a code" draws it on a phone's screen.
	phone := newBrowser(t, site)
	phone.do(chromedp.EmulateViewport(412, 915))
	var shots []shot
	filters := []string{"", "rotate=12*PI/180:fillcolor=0x8c8c8c", "boxblur=1:1", "rotate=-18*PI/180:fillcolor=0x8c8c8c", "", "rotate=25*PI/180:fillcolor=0x8c8c8c,boxblur=1:1"}
	for i, m := range members {
		file, err := scales.Marshal(m)
		must(t, err)
		phone.navigate(site.URL + "/?lang=nn")
		phone.waitReady("start")
		storeResponse(phone, "sammebaat.response", string(file))
		phone.navigate(site.URL + sbapp.PathScores + "?lang=nn")
		phone.waitReady("scores")
		phone.do(chromedp.Click(chromedp.CSS("#code-button")))
		phone.do(chromedp.Click(chromedp.CSS("#code-show")))
		phone.waitFor("#code-svg")
		png := screenshotPNG(phone, "#code-svg")
		if got := zbarRead(t, png, "member's code"); got != encode(t, m) {
			t.Fatalf("member %d's screen holds %s, want %s", i, got, encode(t, m))
		}
		shots = append(shots, shot{png: png, filter: filters[i]})
		if i == 0 {
			phone.checkAxe("my answers as a code, nynorsk")
		}
	}

	// The facilitator scans them.
	root := t.TempDir()
	folder := filepath.Join(root, "pool")
	must(t, os.Mkdir(folder, 0o755))
	writeResponses(t, folder, members)
	laptop := newBrowser(t, site, cameraFlags(fakeCamera(t, shots, time.Second), true)...)
	watchCamera(laptop)
	laptop.do(chromedp.EmulateViewport(1100, 900))
	laptop.navigate(site.URL + sbapp.PathGroup + "?lang=nn")
	laptop.waitReady("group")
	laptop.do(chromedp.Click(chromedp.CSS("#group-scan-toggle")))
	waitScan(laptop, len(members), 90*time.Second)
	if s := summary(laptop); s.Analysed != 6 || s.Rejected != 0 {
		t.Fatalf("after scanning the six screens: %+v", s)
	}
	laptop.do(chromedp.Click(chromedp.CSS("#group-scan-toggle")))
	waitTrue(laptop, `!document.getElementById("group-scan")`, "the scanner closed")
	_, got := laptop.download(chromedp.Click(chromedp.CSS("#export-report")))
	cli, _, _ := cliRun(t, root, folder)
	checkSameReport(t, "the report of six codes read off the members' screens", got, cli)
	if got := eval[string](laptop, `document.querySelector("#t3-caption").textContent`); got != "Tabell 3. Gjennomsnitt og standardavvik etter type gruppe" {
		t.Errorf("Table 3's caption in nynorsk: %q", got)
	}
	laptop.checkAxe("the group page, nynorsk")

	// The group's code, as the facilitator's screen shows it.
	laptop.do(chromedp.Click(chromedp.CSS("#group-code-button")))
	laptop.waitFor("#group-code-svg")
	groupPNG := screenshotPNG(laptop, "#group-code-svg")
	digits := zbarRead(t, groupPNG, "the group's code")
	g, err := roomcode.ReadGroup("screen", digits)
	must(t, err)
	if want := roomcode.SummarizeGroup(members); g.N != want.N {
		t.Errorf("the group's code says n = %d, want %d", g.N, want.N)
	}
	laptop.checkNoCSPViolations()

	// A member compares: their camera sees the facilitator's screen.
	me := members[2]
	file, err := scales.Marshal(me)
	must(t, err)
	phone2 := newBrowser(t, site, cameraFlags(fakeCamera(t, []shot{{png: groupPNG, filter: "rotate=8*PI/180:fillcolor=0x8c8c8c"}}, 2*time.Second), true)...)
	watchCamera(phone2)
	phone2.navigate(site.URL + "/?lang=nn")
	phone2.waitReady("start")
	storeResponse(phone2, "sammebaat.response", string(file))
	phone2.navigate(site.URL + sbapp.PathScores + "?lang=nn")
	phone2.waitReady("scores")
	phone2.do(chromedp.Click(chromedp.CSS("#compare-toggle")))
	phone2.waitFor(`#compare-group`)
	if n := liveTracks(phone2); n != 0 {
		t.Errorf("%d camera tracks live after the group's code was read", n)
	}
	if tag := eval[string](phone2, `document.getElementById("compare-status").dataset.tag`); tag != g.Tag {
		t.Errorf("the member's page shows meeting %q, the facilitator's %q", tag, g.Tag)
	}
	for _, sc := range g.Scales {
		if math.IsNaN(sc.Mean) {
			continue
		}
		text := eval[string](phone2, fmt.Sprintf(`document.querySelector("#score-%s .group-ref").textContent`, sc.Scale))
		if want := strings.Replace(fmt.Sprintf("%.2f", sc.Mean), ".", ",", 1); !strings.Contains(text, want) {
			t.Errorf("%s: the member's chart says %q, want the group's mean %s", sc.Scale, text, want)
		}
	}
	phone2.checkAxe("my scores beside my group")
	phone2.checkNoCSPViolations()
}
