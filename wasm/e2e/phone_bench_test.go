//go:build !wasm

package e2e

// make bench's phone rows (issue 19): a member's first visit on a phone, on
// Lighthouse's mobile profile and on 4G, cold, alternating in one run with a
// plain HTML form of the same first section served by the same server; then
// the app again with the network off, from its service worker.

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	sbapp "sammebaat/app"
	"sammebaat/internal/bench"
	"sammebaat/internal/bench/benchtest"
	"sammebaat/scales"
	"sammebaat/wasm/internal/browsertest"
	"sammebaat/wasm/internal/site"
)

// plainFormPath is where the phone bench serves its plain HTML form.
const plainFormPath = "/plain-form"

// plainForm is the questionnaire's first section as a plain HTML form, what
// a page with no program at all would send: the yardstick of the first
// question answerable.
func plainForm() string {
	in := scales.SESNB2018()
	l := scales.NB
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="nb"><head><meta charset="utf-8">` +
		`<meta name="viewport" content="width=device-width, initial-scale=1"><title>Spørreskjema</title></head>` +
		`<body><main><h1>Spørreskjema</h1><form><h2>` + html.EscapeString(in.Sections[0].Title.In(l)) + `</h2>`)
	for _, id := range in.Sections[0].Items {
		it := in.Item(id)
		kind := "radio"
		if it.Kind == scales.Multiple {
			kind = "checkbox"
		}
		b.WriteString(`<fieldset><legend>` + html.EscapeString(it.Text.In(l)) + `</legend>`)
		for _, c := range it.Choices {
			b.WriteString(fmt.Sprintf(`<label><input type="%s" name="%s" value="%d"> %s</label><br>`,
				kind, id, c.Value, html.EscapeString(c.Label.In(l))))
		}
		b.WriteString(`</fieldset>`)
	}
	b.WriteString(`<button type="button">Neste</button></form></main></body></html>`)
	return b.String()
}

// startPhoneBench serves the app and, beside it on the same server, the
// plain form; offline, once set, answers nothing (the network is down).
func startPhoneBench(t *testing.T) (s *browsertest.Site, offline *atomic.Bool) {
	t.Helper()
	app, err := site.NewServer(browsertest.Web(t))
	must(t, err)
	offline = new(atomic.Bool)
	form := plainForm()
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if offline.Load() {
			if hj, ok := w.(http.Hijacker); ok {
				if c, _, err := hj.Hijack(); err == nil {
					c.Close()
					return
				}
			}
			http.Error(w, "offline", http.StatusServiceUnavailable)
			return
		}
		if r.URL.Path == plainFormPath {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(form))
			return
		}
		app.ServeHTTP(w, r)
	})
	srv, u := browsertest.ServeOn(t, h)
	return &browsertest.Site{URL: u, Server: srv}, offline
}

// phoneVisit is one visit to u: it starts the navigation and taps the first
// question's first choice until a tap holds (the box still checked 2 s
// later), and waits for readySel ("" for none). It returns, by the page's
// clock from the navigation's start, when the tap that held was made and
// when readySel appeared, and the bytes the page received until then.
func phoneVisit(b *browsertest.Tab, u, readySel string) (answerable, ready, bytes float64) {
	b.T.Helper()
	if readySel != "" {
		defer browsertest.OnNewDocument(b, browsertest.ReadyAtScript(readySel))()
	}
	if _, err := chromedp.Call(b.Ctx, page.Navigate, page.NavigateParams{URL: u}); err != nil {
		b.T.Fatal(err)
	}
	type target struct {
		X, Y, T float64
		Sel     string
	}
	const find = `(() => {
  if (location.href === "about:blank") return null;
  const el = document.querySelector('input[name="gender"]');
  if (!el) return null;
  const r = (el.closest("label") || el).getBoundingClientRect();
  if (r.width === 0 || r.bottom > innerHeight) return null;
  return {X: r.left + Math.min(r.width / 2, 40), Y: r.top + r.height / 2, T: performance.now(),
    Sel: 'input[name="gender"][value="' + el.value + '"]'};
})()`
	deadline := time.Now().Add(2 * browsertest.Patience)
	try := func(expr string) (json.RawMessage, bool) {
		ctx, cancel := context.WithTimeout(b.Ctx, 30*time.Second)
		defer cancel()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[json.RawMessage](expr))
		if err != nil && !navigatedAway(err) {
			b.T.Fatalf("evaluating %.60q: %v", expr, err)
		}
		return v, err == nil
	}
	for answerable == 0 {
		if time.Now().After(deadline) {
			b.T.Fatalf("%s: no tap on the first question held", u)
		}
		raw, ok := try(find)
		var tg *target
		if !ok || json.Unmarshal(raw, &tg) != nil || tg == nil {
			time.Sleep(20 * time.Millisecond)
			continue
		}
		b.Do(chromedp.MouseClickXY(tg.X, tg.Y))
		checked := "(() => { const b = document.querySelector('" + strings.ReplaceAll(tg.Sel, "'", `\'`) + "'); return !!b && b.checked; })()"
		if raw, ok := try(checked); !ok || string(raw) != "true" {
			continue
		}
		time.Sleep(2 * time.Second)
		if raw, ok := try(checked); ok && string(raw) == "true" {
			answerable = tg.T / 1000
		}
	}
	if readySel != "" {
		browsertest.Poll(b.T, time.Until(deadline), 50*time.Millisecond, func() bool {
			raw, ok := try("window.__readyAt === undefined ? -1 : window.__readyAt")
			var ms float64
			if ok && json.Unmarshal(raw, &ms) == nil && ms >= 0 {
				ready = ms / 1000
				return true
			}
			return false
		}, func() string { return fmt.Sprintf("%s: %s never appeared", u, readySel) })
	}
	raw, _ := try(`performance.getEntriesByType("navigation").concat(performance.getEntriesByType("resource"))
  .reduce((n, e) => n + (e.transferSize || 0), 0)`)
	json.Unmarshal(raw, &bytes)
	return answerable, ready, bytes
}

// The phone rows: on each link, cold visits of the questionnaire and of the
// plain form alternate, each in a browser of its own; then the app's warm
// visits with the network off (its service worker answering).
func TestBenchPhone(t *testing.T) {
	benchtest.Only(t)
	// Nine by default: a cold visit on a throttled link varies by a third
	// from one visit to the next (the plain form's from 0.25 to 0.53 s), and
	// medians of five put the ratio anywhere from 1.24 to 1.74 in
	// successive runs.
	runs := bench.Runs(9)
	const ready = `main[data-ready="questionnaire"] fieldset`
	for _, l := range []browsertest.Link{browsertest.MobileLink, browsertest.FourGLink} {
		s, offline := startPhoneBench(t)
		app := s.URL + sbapp.PathQuestionnaire
		plain := s.URL + plainFormPath
		var ans, rdy, byt, pAns, pByt, wAns, wRdy []float64
		for i := range runs {
			b := browsertest.NewBrowser(t, s)
			b.Throttle(l)
			a, r, n := phoneVisit(b, app, ready)
			ans, rdy, byt = append(ans, a), append(rdy, r), append(byt, n)
			b.WaitCached()
			if i == runs-1 {
				// The same phone again, the network off: the service
				// worker has the app.
				offline.Store(true)
				for range runs {
					b.Navigate("about:blank")
					a, r, _ := phoneVisit(b, app, ready)
					wAns, wRdy = append(wAns, a), append(wRdy, r)
				}
				offline.Store(false)
			}
			b.Close()

			p := browsertest.NewBrowser(t, s)
			p.Throttle(l)
			a, _, n = phoneVisit(p, plain, "")
			pAns, pByt = append(pAns, a), append(pByt, n)
			p.Close()
		}
		name := "phone/" + l.Name + "/"
		how := fmt.Sprintf(" (%s: %.0f ms, %.1f Mbit/s, CPU %.0f×)", l.Name, l.LatencyMS, l.DownKbit/1000, l.CPUSlower)
		benchtest.Record(t,
			bench.MedianFigure(name+"answerable-cold", "first question answerable, cold"+how, "s", ans),
			bench.MedianFigure(name+"plain-form-answerable-cold", "plain HTML form: first question answerable, cold"+how, "s", pAns),
			bench.MedianFigure(name+"program-ready-cold", "program ready (its first question drawn), cold"+how, "s", rdy),
			bench.MedianFigure(name+"bytes-cold", "bytes received until the program is ready, cold"+how, "bytes", byt),
			bench.MedianFigure(name+"plain-form-bytes", "plain HTML form: bytes received"+how, "bytes", pByt),
			bench.MedianFigure(name+"answerable-warm-offline", "first question answerable, warm, network off"+how, "s", wAns),
			bench.MedianFigure(name+"program-ready-warm-offline", "program ready, warm, network off"+how, "s", wRdy))
	}
}
