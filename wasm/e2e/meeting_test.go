//go:build !wasm

package e2e

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
	"sammebaat/wasm/internal/analyze/analyzetest"
	"sammebaat/wasm/internal/browsertest"
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
	site := browsertest.StartApp(t)

	// Each member's code, as "Show as a code" draws it on a phone's screen.
	phone := browsertest.NewBrowser(t, site)
	phone.Do(chromedp.EmulateViewport(412, 915))
	var shots []shot
	filters := []string{"", "rotate=12*PI/180:fillcolor=0x8c8c8c", "boxblur=1:1", "rotate=-18*PI/180:fillcolor=0x8c8c8c", "", "rotate=25*PI/180:fillcolor=0x8c8c8c,boxblur=1:1"}
	for i, m := range members {
		file, err := scales.Marshal(m)
		must(t, err)
		phone.Navigate(site.URL + "/?lang=nn")
		phone.WaitReady("start")
		storeResponse(phone, "sammebaat.response", string(file))
		phone.Navigate(site.URL + sbapp.PathScores + "?lang=nn")
		phone.WaitReady("scores")
		phone.Do(chromedp.Click(chromedp.CSS("#code-button")))
		phone.Do(chromedp.Click(chromedp.CSS("#code-show")))
		phone.WaitFor("#code-svg")
		png := screenshotPNG(phone, "#code-svg")
		if got := zbarRead(t, png, "member's code"); got != encode(t, m) {
			t.Fatalf("member %d's screen holds %s, want %s", i, got, encode(t, m))
		}
		shots = append(shots, shot{png: png, filter: filters[i]})
		if i == 0 {
			phone.CheckAxe("my answers as a code, nynorsk")
		}
	}

	// The facilitator scans them.
	root := t.TempDir()
	folder := filepath.Join(root, "pool")
	must(t, os.Mkdir(folder, 0o755))
	analyzetest.WriteResponses(t, folder, members)
	laptop := browsertest.NewBrowser(t, site, cameraFlags(fakeCamera(t, shots, time.Second), true)...)
	watchCamera(laptop)
	laptop.Do(chromedp.EmulateViewport(1100, 900))
	laptop.Navigate(site.URL + sbapp.PathGroup + "?lang=nn")
	laptop.WaitReady("group")
	laptop.Do(chromedp.Click(chromedp.CSS("#group-scan-toggle")))
	waitScan(laptop, len(members), 90*time.Second)
	if s := summary(laptop); s.Analysed != 6 || s.Rejected != 0 {
		t.Fatalf("after scanning the six screens: %+v", s)
	}
	laptop.Do(chromedp.Click(chromedp.CSS("#group-scan-toggle")))
	browsertest.WaitTrue(laptop, `!document.getElementById("group-scan")`, "the scanner closed")
	_, got := laptop.Download(chromedp.Click(chromedp.CSS("#export-report")))
	cli, _, _ := cliRun(t, root, folder)
	checkSameReport(t, "the report of six codes read off the members' screens", got, cli)
	if got := browsertest.Eval[string](laptop, `document.querySelector("#t3-caption").textContent`); got != "Tabell 3. Gjennomsnitt og standardavvik etter type gruppe" {
		t.Errorf("Table 3's caption in nynorsk: %q", got)
	}
	laptop.CheckAxe("the group page, nynorsk")

	// The group's code, as the facilitator's screen shows it.
	laptop.Do(chromedp.Click(chromedp.CSS("#group-code-button")))
	laptop.WaitFor("#group-code-svg")
	groupPNG := screenshotPNG(laptop, "#group-code-svg")
	digits := zbarRead(t, groupPNG, "the group's code")
	g, err := roomcode.ReadGroup("screen", digits)
	must(t, err)
	if want := roomcode.SummarizeGroup(members); g.N != want.N {
		t.Errorf("the group's code says n = %d, want %d", g.N, want.N)
	}
	laptop.CheckNoCSPViolations()

	// A member compares: their camera sees the facilitator's screen.
	me := members[2]
	file, err := scales.Marshal(me)
	must(t, err)
	phone2 := browsertest.NewBrowser(t, site, cameraFlags(fakeCamera(t, []shot{{png: groupPNG, filter: "rotate=8*PI/180:fillcolor=0x8c8c8c"}}, 2*time.Second), true)...)
	watchCamera(phone2)
	phone2.Navigate(site.URL + "/?lang=nn")
	phone2.WaitReady("start")
	storeResponse(phone2, "sammebaat.response", string(file))
	phone2.Navigate(site.URL + sbapp.PathScores + "?lang=nn")
	phone2.WaitReady("scores")
	phone2.Do(chromedp.Click(chromedp.CSS("#compare-toggle")))
	phone2.WaitFor(`#compare-group`)
	if n := liveTracks(phone2); n != 0 {
		t.Errorf("%d camera tracks live after the group's code was read", n)
	}
	if tag := browsertest.Eval[string](phone2, `document.getElementById("compare-status").dataset.tag`); tag != g.Tag {
		t.Errorf("the member's page shows meeting %q, the facilitator's %q", tag, g.Tag)
	}
	for _, sc := range g.Scales {
		if math.IsNaN(sc.Mean) {
			continue
		}
		text := browsertest.Eval[string](phone2, fmt.Sprintf(`document.querySelector("#score-%s .group-ref").textContent`, sc.Scale))
		if want := strings.Replace(fmt.Sprintf("%.2f", sc.Mean), ".", ",", 1); !strings.Contains(text, want) {
			t.Errorf("%s: the member's chart says %q, want the group's mean %s", sc.Scale, text, want)
		}
	}
	phone2.CheckAxe("my scores beside my group")
	phone2.CheckNoCSPViolations()
}
