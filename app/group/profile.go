package group

import (
	"fmt"
	"html"
	"math"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	sb "sammebaat/app"
	"sammebaat/scales"
	"sammebaat/stats/report"
)

// The group's profile: its means of the study's eight variables (Table 3's)
// beside the study's mental health and substance use groups, for a group's
// reflection on itself. The means and SDs are the report's descriptives.

// profileRow is one variable of the profile.
type profileRow struct {
	ref      scales.Reference
	n        int
	mean, sd float64
}

// profile is the group's eight values in Table 3's order.
func (p *GroupPage) profile() []profileRow {
	var rows []profileRow
	for _, ref := range scales.References() {
		d := p.rep.Descriptives[ref.Variable]
		rows = append(rows, profileRow{ref: ref, n: d.N, mean: float64(d.Mean), sd: float64(d.SD)})
	}
	return rows
}

func (p *GroupPage) renderProfile() app.UI {
	l := p.lang
	rows := p.profile()
	var trs []app.UI
	for _, r := range rows {
		k := "profile." + r.ref.Variable + "."
		trs = append(trs, app.Tr().Body(
			app.Th().Scope("row").Body(
				app.Text(r.ref.Name.In(l)+" "),
				app.Span().Class("nowrap").Text(fmt.Sprintf("(%d–%d)", r.ref.Min, r.ref.Max)),
			),
			statCell(k+"mean", report.Number(r.mean), report.Stat(report.Number(r.mean), l)),
			statCell(k+"sd", report.Number(r.sd), report.Stat(report.Number(r.sd), l)),
			countCell(k+"n", r.n, l),
			app.Td().Class("num").Text(refText(r.ref.MentalHealth, l)),
			app.Td().Class("num").Text(refText(r.ref.SubstanceUse, l)),
		))
	}
	return app.Section().Class("group-profile").Aria("labelledby", "group-profile-title").Body(
		app.H2().ID("group-profile-title").Text(tr(l, gProfileTitle)),
		app.P().Text(tr(l, gProfileIntro)),
		app.Figure().Class("group-figure").ID("profile-figure").Body(
			app.FigCaption().ID("profile-figure-caption").Text(tr(l, gProfileCaption)),
			chartBox("profile-figure-caption", profileSVG(rows, l)),
			app.Ul().Class("legend").Body(
				app.Li().Body(app.Span().Class("swatch pf-group").Aria("hidden", "true"), app.Text(tr(l, gProfileGroup)+" (M ± SD)")),
				app.Li().Body(app.Span().Class("swatch pf-mh").Aria("hidden", "true"), app.Text(tr(l, gProfileMH)+" (M ± SD)")),
				app.Li().Body(app.Span().Class("swatch pf-su").Aria("hidden", "true"), app.Text(tr(l, gProfileSU)+" (M ± SD)")),
			),
		),
		tableBox("profile-caption", app.Table().ID("profile-data").Body(
			app.Caption().ID("profile-caption").Text(tr(l, gProfileCaption)),
			app.THead().Body(
				app.Tr().Body(
					app.Td(),
					app.Th().Scope("colgroup").ColSpan(3).Text(tr(l, gProfileGroup)),
					app.Td().ColSpan(2),
				),
				app.Tr().Body(
					app.Th().Scope("col").Text(tr(l, gVariable)),
					app.Th().Scope("col").Text(tr(l, gMean)),
					app.Th().Scope("col").Text(tr(l, gSD)),
					app.Th().Scope("col").Text("n"),
					app.Th().Scope("col").Text(tr(l, gProfileMH)+" M (SD)"),
					app.Th().Scope("col").Text(tr(l, gProfileSU)+" M (SD)"),
				),
			),
			app.TBody().Body(trs...),
		)),
	)
}

// refText writes a reference value as the study's Table 3: "5,5 (1,0)".
func refText(m scales.MeanSD, l scales.Lang) string {
	return sb.FormatNumber(m.Mean, -1, l) + " (" + sb.FormatNumber(m.SD, -1, l) + ")"
}

// Geometry of the profile chart.
const (
	pfW     = 640.0
	pfLabel = 8.0   // where the row labels start
	pfLeft  = 200.0 // each row's minimum
	pfRight = 620.0 // each row's maximum
	pfRow   = 56.0
	pfTop   = 8.0
)

// profileSVG draws each variable on its own range: the group's mean with a
// ±1 SD band, and the study's two groups' means with ±1 SD whiskers. The numbers are in the
// table that follows; the chart names itself and points there.
func profileSVG(rows []profileRow, l scales.Lang) string {
	h := pfTop + float64(len(rows))*pfRow
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="group-chart profile-chart" viewBox="0 0 %g %g" role="img" aria-labelledby="profile-svg-title" aria-describedby="profile-data">`, pfW, h)
	fmt.Fprintf(&b, `<title id="profile-svg-title">%s</title>`, html.EscapeString(tr(l, gProfileCaption)))
	for i, r := range rows {
		y := pfTop + float64(i)*pfRow + 18
		lo, hi := float64(r.ref.Min), float64(r.ref.Max)
		x := func(v float64) float64 {
			v = math.Max(lo, math.Min(hi, v))
			return pfLeft + (v-lo)/(hi-lo)*(pfRight-pfLeft)
		}
		fmt.Fprintf(&b, `<text class="pf-label" x="%g" y="%.1f" dominant-baseline="middle">%s</text>`, pfLabel, y, html.EscapeString(r.ref.Short.In(l)))
		fmt.Fprintf(&b, `<line class="gc-axis" x1="%g" y1="%.1f" x2="%g" y2="%.1f"/>`, pfLeft, y, pfRight, y)
		for v := r.ref.Min; v <= r.ref.Max; v++ {
			fmt.Fprintf(&b, `<line class="gc-grid" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f"/>`, x(float64(v)), y-5, x(float64(v)), y+5)
			fmt.Fprintf(&b, `<text class="gc-tick" x="%.1f" y="%.1f" text-anchor="middle">%d</text>`, x(float64(v)), y+30, v)
		}
		if !math.IsNaN(r.mean) {
			if !math.IsNaN(r.sd) {
				fmt.Fprintf(&b, `<rect class="pf-band" x="%.1f" y="%.1f" width="%.1f" height="12"/>`, x(r.mean-r.sd), y-6, x(r.mean+r.sd)-x(r.mean-r.sd))
			}
			fmt.Fprintf(&b, `<rect class="pf-group" x="%.1f" y="%.1f" width="10" height="10" transform="rotate(45 %.1f %.1f)"/>`, x(r.mean)-5, y-5, x(r.mean), y)
		}
		for _, ref := range []struct {
			m     scales.MeanSD
			class string
			y     float64
		}{{r.ref.MentalHealth, "pf-mh", y - 13}, {r.ref.SubstanceUse, "pf-su", y + 13}} {
			// The study's group: its mean, and ±1 SD as a whisker.
			fmt.Fprintf(&b, `<line class="%s-sd" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f"/>`, ref.class, x(ref.m.Mean-ref.m.SD), ref.y, x(ref.m.Mean+ref.m.SD), ref.y)
			fmt.Fprintf(&b, `<circle class="%s" cx="%.1f" cy="%.1f" r="5"/>`, ref.class, x(ref.m.Mean), ref.y)
		}
	}
	b.WriteString(`</svg>`)
	return b.String()
}
