//go:build !wasm

package browsertest

// netWatch counts what the app asks for, told apart from what the browser
// asks for by itself.
//
// The recording proxy sees every connection of the app's browser context, but
// not who made it: Chromium 148 to 150 connects to www.google.com and others by
// itself at start, through the same proxy, with only a blank page open (issue
// 18). So the proxy only refuses and forwards, and the counting is done here:
// a second DevTools connection to the browser that attaches to every target
// as it starts — pages, service workers, shared workers, and, through each
// page and worker, its dedicated workers and frames — with the target held
// until its network events are on, and records every request each target
// sends (Network.requestWillBeSent, Network.webSocketCreated) with the
// browser context it belongs to. What the browser does by itself is no
// target's and is not seen.

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto"
	"github.com/chromedp/cdproto/cdp"
	jsonv2 "github.com/chromedp/cdproto/cdp/jsonv2"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp/remote"
)

// appRequest is one request a target of the browser sent.
type appRequest struct {
	context cdp.BrowserContextID
	kind    string // the target's type: page, iframe, service_worker, worker, shared_worker
	id      string // the request's id within its session
	session target.SessionID
	url     string
	blocked string // why the browser did not send it (csp, …), once known
}

type netWatch struct {
	conn *remote.Conn

	mu       sync.Mutex
	nextID   int64
	sessions map[target.SessionID]sessionInfo // every web target's session, attached or gone
	live     map[target.SessionID]bool        // those still attached
	requests []*appRequest
	seenReq  map[string]bool // target, request id and URL of each request recorded
	err      error
	done     chan struct{}
	pending  map[int64]chan error
	enables  map[int64]string // Network.enable commands not yet answered, by id: the target's type
	failures []string         // commands the browser refused: a target whose requests went unseen
}

// webTargets are the kinds of target a web page runs: what the app's code
// can make a request from.
var webTargets = []string{"page", "iframe", "worker", "shared_worker", "service_worker"}

type sessionInfo struct {
	context cdp.BrowserContextID
	kind    string
	target  target.ID
}

// watchNetwork connects to the browser whose profile is userDataDir (started
// with a debugging port) and starts attaching to its targets; it returns once
// the browser has taken the auto-attach, so that every target made after it
// is seen from its first request.
func watchNetwork(ctx context.Context, userDataDir string) (*netWatch, error) {
	var wsURL string
	var err error
	if !Within(30*time.Second, 20*time.Millisecond, func() bool {
		var b []byte
		b, err = os.ReadFile(filepath.Join(userDataDir, "DevToolsActivePort"))
		if lines := strings.Split(string(b), "\n"); err == nil && len(lines) >= 2 && lines[1] != "" {
			wsURL = "ws://127.0.0.1:" + strings.TrimSpace(lines[0]) + strings.TrimSpace(lines[1])
			return true
		}
		return false
	}) {
		return nil, fmt.Errorf("no DevToolsActivePort in %s: %v", userDataDir, err)
	}
	conn, err := remote.DialContext(ctx, wsURL)
	if err != nil {
		return nil, err
	}
	w := &netWatch{
		conn:     conn,
		sessions: map[target.SessionID]sessionInfo{},
		live:     map[target.SessionID]bool{},
		seenReq:  map[string]bool{},
		done:     make(chan struct{}),
		pending:  map[int64]chan error{},
		enables:  map[int64]string{},
	}
	go w.read(ctx)
	if err := w.call("", "Target.setAutoAttach", map[string]any{
		"autoAttach": true, "waitForDebuggerOnStart": true, "flatten": true,
	}); err != nil {
		conn.Close()
		return nil, err
	}
	return w, nil
}

// send writes a command without waiting for its answer; the browser runs a
// session's commands in the order they are sent.
func (w *netWatch) send(session target.SessionID, method string, params any) (int64, error) {
	p, err := json.Marshal(params)
	if err != nil {
		return 0, err
	}
	w.mu.Lock()
	w.nextID++
	id := w.nextID
	w.mu.Unlock()
	return id, w.conn.Write(context.Background(), &cdproto.Message{
		ID: id, SessionID: session, Method: cdproto.MethodType(method), Params: jsonv2.Value(p),
	})
}

// call sends a command and waits for its answer: every event the browser
// sent on the connection before that answer has been read by then.
func (w *netWatch) call(session target.SessionID, method string, params any) error {
	return w.callWithin(session, method, params, 30*time.Second)
}

func (w *netWatch) callWithin(session target.SessionID, method string, params any, d time.Duration) error {
	answered := make(chan error, 1)
	w.mu.Lock()
	w.nextID++
	id := w.nextID
	w.pending[id] = answered
	w.mu.Unlock()
	p, err := json.Marshal(params)
	if err != nil {
		return err
	}
	if err := w.conn.Write(context.Background(), &cdproto.Message{
		ID: id, SessionID: session, Method: cdproto.MethodType(method), Params: jsonv2.Value(p),
	}); err != nil {
		return err
	}
	select {
	case err := <-answered:
		return err
	case <-w.done:
		return fmt.Errorf("%s: the connection to the browser ended: %v", method, w.err)
	case <-time.After(d):
		return fmt.Errorf("%s: no answer from the browser in %v", method, d)
	}
}

func (w *netWatch) read(ctx context.Context) {
	defer close(w.done)
	for {
		var msg cdproto.Message
		if err := w.conn.Read(ctx, &msg); err != nil {
			w.mu.Lock()
			w.err = err
			w.mu.Unlock()
			return
		}
		if msg.ID != 0 {
			var err error
			if msg.Error != nil {
				err = fmt.Errorf("%s", msg.Error.Message)
			}
			w.mu.Lock()
			if ch, ok := w.pending[msg.ID]; ok {
				ch <- err
				delete(w.pending, msg.ID)
			}
			if kind, ok := w.enables[msg.ID]; ok {
				delete(w.enables, msg.ID)
				// A target that went before its Network.enable arrived (a
				// service worker stopped between its attaching and the
				// command: "Session with given id not found") sends nothing
				// more, so nothing of it goes unseen; any other refusal is.
				if err != nil && !strings.Contains(err.Error(), "Session with given id not found") {
					w.failures = append(w.failures, "Network.enable on a "+kind+": "+err.Error())
				}
			}
			w.mu.Unlock()
			continue
		}
		w.event(msg.SessionID, string(msg.Method), []byte(msg.Params))
	}
}

func (w *netWatch) event(session target.SessionID, method string, params []byte) {
	switch method {
	case "Target.attachedToTarget":
		var ev struct {
			SessionID  target.SessionID `json:"sessionId"`
			TargetInfo struct {
				TargetID         target.ID            `json:"targetId"`
				Type             string               `json:"type"`
				BrowserContextID cdp.BrowserContextID `json:"browserContextId"`
			} `json:"targetInfo"`
			WaitingForDebugger bool `json:"waitingForDebugger"`
		}
		if json.Unmarshal(params, &ev) != nil {
			return
		}
		// Only what a web page runs: the browser's own pages (Chromium
		// 156's omnibox popup, "browser_ui", in the app's context) are
		// the browser's. In this order, before the target runs: its
		// network events on, the same for the workers and frames it
		// starts, then let it run.
		if slices.Contains(webTargets, ev.TargetInfo.Type) {
			w.mu.Lock()
			w.sessions[ev.SessionID] = sessionInfo{ev.TargetInfo.BrowserContextID, ev.TargetInfo.Type, ev.TargetInfo.TargetID}
			w.live[ev.SessionID] = true
			w.mu.Unlock()
			if id, err := w.send(ev.SessionID, "Network.enable", map[string]any{}); err == nil {
				w.mu.Lock()
				w.enables[id] = ev.TargetInfo.Type
				w.mu.Unlock()
			}
			w.send(ev.SessionID, "Target.setAutoAttach", map[string]any{
				"autoAttach": true, "waitForDebuggerOnStart": true, "flatten": true,
			})
		}
		if ev.WaitingForDebugger {
			w.send(ev.SessionID, "Runtime.runIfWaitingForDebugger", map[string]any{})
		}
	case "Target.detachedFromTarget":
		var ev struct {
			SessionID target.SessionID `json:"sessionId"`
		}
		if json.Unmarshal(params, &ev) == nil {
			w.mu.Lock()
			delete(w.live, ev.SessionID)
			w.mu.Unlock()
		}
	case "Network.requestWillBeSent", "Network.webSocketCreated":
		var ev struct {
			RequestID string `json:"requestId"`
			URL       string `json:"url"`
			Request   struct {
				URL string `json:"url"`
			} `json:"request"`
		}
		if json.Unmarshal(params, &ev) != nil {
			return
		}
		u := ev.Request.URL
		if u == "" {
			u = ev.URL
		}
		w.mu.Lock()
		s, ok := w.sessions[session]
		// A service worker is attached twice (by the browser and by the
		// page it controls): each request is kept once.
		key := string(s.target) + " " + ev.RequestID + " " + u
		if !ok || w.seenReq[key] {
			w.mu.Unlock()
			return
		}
		w.seenReq[key] = true
		w.requests = append(w.requests, &appRequest{context: s.context, kind: s.kind, id: ev.RequestID, session: session, url: u})
		w.mu.Unlock()
	case "Network.loadingFailed":
		var ev struct {
			RequestID     string `json:"requestId"`
			BlockedReason string `json:"blockedReason"`
		}
		if json.Unmarshal(params, &ev) != nil || ev.BlockedReason == "" {
			return
		}
		w.mu.Lock()
		for _, r := range w.requests {
			if r.session == session && r.id == ev.RequestID {
				r.blocked = ev.BlockedReason
			}
		}
		w.mu.Unlock()
	}
}

// sync returns once every event sent before it has been read: by the
// browser, and by each target still attached (a page's or worker's events
// come from its own process, and a round trip on the browser's session
// alone does not wait for them).
func (w *netWatch) sync() error {
	w.mu.Lock()
	live := slices.Collect(maps.Keys(w.live))
	w.mu.Unlock()
	for _, s := range live {
		// A target that goes meanwhile answers with an error, or not at
		// all: either way it sends nothing more.
		// (A frozen page does not answer: a short wait.)
		w.callWithin(s, "Runtime.evaluate", map[string]any{"expression": "0"}, 5*time.Second)
	}
	return w.call("", "Target.getTargets", map[string]any{})
}

// refused returns what the browser refused of netWatch's commands: a
// target whose network events could not be turned on.
func (w *netWatch) refused() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return slices.Clone(w.failures)
}

// requestsOf returns the requests sent by the targets of one browser context.
func (w *netWatch) requestsOf(id cdp.BrowserContextID) []appRequest {
	w.mu.Lock()
	defer w.mu.Unlock()
	var out []appRequest
	for _, r := range w.requests {
		if r.context == id {
			out = append(out, *r)
		}
	}
	return out
}

func (w *netWatch) close() { w.conn.Close() }

// isNetwork says whether a URL goes to a server: data:, blob: and about:
// URLs are the page's own memory, chrome-error: a page of the browser's.
func isNetwork(u string) bool {
	p, err := url.Parse(u)
	return err != nil || slices.Contains([]string{"http", "https", "ws", "wss", "ftp"}, p.Scheme)
}

// foreignTo returns, as "kind URL (blocked: why)", the requests of rs that
// left origin (scheme://host:port), less those to a host in excused.
func foreignTo(origin string, rs []appRequest, excused []string) []string {
	var out []string
	for _, r := range rs {
		if !isNetwork(r.url) {
			continue
		}
		u, err := url.Parse(r.url)
		if err == nil && u.Scheme+"://"+u.Host == origin {
			continue
		}
		if err == nil && slices.Contains(excused, u.Hostname()) {
			continue
		}
		s := r.kind + " " + r.url
		if r.blocked != "" {
			s += " (blocked: " + r.blocked + ")"
		}
		out = append(out, s)
	}
	return out
}
