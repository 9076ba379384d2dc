//go:build !wasm

package browsertest

// A phone, as Chromium's DevTools makes one: the network and the processor
// slowed (Lighthouse's mobile profile), for the first minute of a member's
// first visit (issue 19) and for make bench's phone rows.

import (
	"context"
	"fmt"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// Link is a network and a processor as a phone has them.
type Link struct {
	Name      string
	LatencyMS float64 // round trip
	DownKbit  float64 // kbit/s
	UpKbit    float64
	CPUSlower float64 // the processor's slowdown
}

var (
	// MobileLink is Lighthouse's mobile profile: a slow 4G at a meeting
	// room's window.
	MobileLink = Link{Name: "mobile", LatencyMS: 150, DownKbit: 1600, UpKbit: 750, CPUSlower: 4}
	// FourGLink is a good 4G link on the same phone.
	FourGLink = Link{Name: "4g", LatencyMS: 85, DownKbit: 9000, UpKbit: 9000, CPUSlower: 4}
)

// legacyEmulateNetworkConditions is the command Chromium had before
// emulateNetworkConditionsByRule (which the protocol this harness is built
// on has in its place); Debian serves both kinds of Chromium.
var legacyEmulateNetworkConditions = cdp.Command[legacyConditions, cdp.Empty]{Method: "Network.emulateNetworkConditions"}

type legacyConditions struct {
	Offline            bool    `json:"offline"`
	Latency            float64 `json:"latency"`
	DownloadThroughput float64 `json:"downloadThroughput"`
	UploadThroughput   float64 `json:"uploadThroughput"`
}

// Throttle slows the tab's network and processor to l. Only the page's own
// target is slowed: the app's service worker, registered once its program
// has started, is not.
func (b *Tab) Throttle(l Link) {
	b.T.Helper()
	b.Do(chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
			return err
		}
		down, up := l.DownKbit*1000/8, l.UpKbit*1000/8
		_, err := chromedp.Call(ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
			MatchedNetworkConditions: []*network.Conditions{{Latency: l.LatencyMS, DownloadThroughput: down, UploadThroughput: up}},
		})
		if err != nil {
			// An older Chromium: the command it had.
			if _, err2 := chromedp.Call(ctx, legacyEmulateNetworkConditions, legacyConditions{
				Latency: l.LatencyMS, DownloadThroughput: down, UploadThroughput: up,
			}); err2 != nil {
				return fmt.Errorf("throttling the network: %v; %v", err, err2)
			}
		}
		_, err = chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: l.CPUSlower})
		return err
	}))
}
