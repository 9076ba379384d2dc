package group

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"sammebaat/app/internal/browserjs"
	"sammebaat/app/scan"
	"sammebaat/scales"
	"sammebaat/scales/roomcode"
)

// groupScanID is the group page's scanner region.
const groupScanID = "group-scan"

// groupScan is the group page's "Scan codes": members' response codes read
// off their screens into the same pool as files.
type groupScan struct {
	on       bool
	given    int    // codes given to the pool, numbering their names
	read     int    // of those, analysed (not rejected, not duplicates)
	last     string // what happened to the last code
	lastKind string // "read", "rejected" or "duplicate"
}

func (p *GroupPage) onScanToggle(ctx app.Context, e app.Event) {
	p.scan.on = !p.scan.on
	if p.scan.on {
		p.scan.last, p.scan.lastKind = "", ""
	}
}

// onScannedCode reads a code the scanner saw into the pool, by the same
// rules as a file: roomcode.ReadResponse gives a file's rejection reasons, the
// batch drops a second response with the same id as a duplicate, and the
// problem goes in the same list. The code is named by its place among the
// codes given ("code 3"), since it has no file name.
func (p *GroupPage) onScannedCode(ctx app.Context, text string) {
	l := p.lang
	p.scan.given++
	name := tr(l, gScanName, p.scan.given)
	r, err := roomcode.ReadResponse(name, text)
	var c scales.Compact
	if err == nil {
		if c, err = scales.CompactOf(r); err != nil { // ReadResponse validates: not reached
			err = &scales.FileError{File: name, Problem: err.Error()}
		}
	}
	b := &p.pool.batch
	rejected, dups := len(b.Rejected), len(b.Duplicates)
	p.pool.add([]readFile{{name: name, c: c, err: err}})
	switch {
	case len(b.Rejected) > rejected:
		p.scan.last, p.scan.lastKind = tr(l, gScanRejected, b.Rejected[rejected].Error()), "rejected"
	case len(b.Duplicates) > dups:
		p.scan.last, p.scan.lastKind = tr(l, gScanDuplicate, name, b.Duplicates[dups].Of), "duplicate"
	default:
		p.scan.read++
		p.scan.last, p.scan.lastKind = tr(l, gScanRead, name), "read"
		browserjs.Vibrate()
	}
	if !p.busy() { // a running import analyses the pool when it ends
		p.analyse()
	}
}

// renderScan is the scan button and, while scanning, the camera with what
// the last code gave and the running count.
func (p *GroupPage) renderScan() app.UI {
	l := p.lang
	label := tr(l, gScan)
	if p.scan.on {
		label = tr(l, gScanStop)
	}
	return app.Div().Class("group-scan").Body(
		app.P().Body(
			app.Button().Type("button").Class("button secondary").ID("group-scan-toggle").
				Aria("expanded", p.scan.on).Aria("controls", groupScanID+"-panel").
				Text(label).OnClick(p.onScanToggle),
		),
		app.If(p.scan.on, func() app.UI {
			return app.Section().ID(groupScanID+"-panel").Class("scan-panel").
				Aria("labelledby", groupScanID+"-title").
				DataSet("codes-given", p.scan.given).
				DataSet("codes-read", p.scan.read).
				DataSet("last", p.scan.lastKind).
				Body(
					app.H3().ID(groupScanID+"-title").Text(tr(l, gScanTitle)),
					app.P().Text(tr(l, gScanIntro)),
					(&scan.Scanner{}).Lang(l).ID(groupScanID).OnCode(p.onScannedCode),
					app.Div().Class("scan-feedback").Aria("live", "polite").Body(
						app.P().ID(groupScanID+"-last").Class("scan-last "+p.scan.lastKind).Text(p.scan.last),
						app.P().ID(groupScanID+"-count").Class("scan-count").Text(tr(l, gScanCount, p.scan.read)),
					),
				)
		}),
	)
}
