//go:build !wasm

package browsertest

// A websocket client (RFC 6455), as much of it as a WebDriver BiDi session
// needs (firefox.go): the client's handshake, masked frames from the
// client, text messages in one frame or many, pings answered, a close. The
// standard library has no client, and the module takes no dependency for a
// test's sake.

import (
	"bufio"
	"context"
	"crypto/rand"
	"crypto/sha1"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

// The opcodes of RFC 6455, section 5.2.
const (
	wsContinuation = 0x0
	wsText         = 0x1
	wsBinary       = 0x2
	wsClose        = 0x8
	wsPing         = 0x9
	wsPong         = 0xA
)

// wsMaxMessage bounds one message: a BiDi reply holds at most a serialized
// page value, far less than this.
const wsMaxMessage = 256 << 20

// wsGUID is the fixed key suffix of the handshake (RFC 6455, section 1.3).
const wsGUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

// wsConn is a client's websocket connection. One goroutine reads
// (readMessage); writes may come from any.
type wsConn struct {
	conn net.Conn
	br   *bufio.Reader

	wmu    sync.Mutex // one frame at a time
	closed bool       // a close frame was sent
}

// dialWebsocket connects to a ws:// URL and completes the opening handshake.
func dialWebsocket(ctx context.Context, rawURL string) (*wsConn, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, err
	}
	if u.Scheme != "ws" {
		return nil, fmt.Errorf("websocket %s: only ws:// is supported", rawURL)
	}
	host := u.Host
	if u.Port() == "" {
		host = net.JoinHostPort(u.Hostname(), "80")
	}
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", host)
	if err != nil {
		return nil, err
	}
	if dl, ok := ctx.Deadline(); ok {
		conn.SetDeadline(dl)
	}
	nonce := make([]byte, 16)
	rand.Read(nonce)
	key := base64.StdEncoding.EncodeToString(nonce)
	path := u.RequestURI()
	req := "GET " + path + " HTTP/1.1\r\n" +
		"Host: " + u.Host + "\r\n" +
		"Upgrade: websocket\r\n" +
		"Connection: Upgrade\r\n" +
		"Sec-WebSocket-Key: " + key + "\r\n" +
		"Sec-WebSocket-Version: 13\r\n\r\n"
	if _, err := io.WriteString(conn, req); err != nil {
		conn.Close()
		return nil, err
	}
	br := bufio.NewReaderSize(conn, 64<<10)
	res, err := http.ReadResponse(br, nil)
	if err != nil {
		conn.Close()
		return nil, fmt.Errorf("websocket handshake with %s: %w", rawURL, err)
	}
	res.Body.Close() // a 101 has no body; this reads nothing of the frames
	sum := sha1.Sum([]byte(key + wsGUID))
	want := base64.StdEncoding.EncodeToString(sum[:])
	if res.StatusCode != http.StatusSwitchingProtocols ||
		!strings.EqualFold(res.Header.Get("Upgrade"), "websocket") ||
		res.Header.Get("Sec-WebSocket-Accept") != want {
		conn.Close()
		return nil, fmt.Errorf("websocket handshake with %s: %s, Upgrade %q, Sec-WebSocket-Accept %q (want %q)",
			rawURL, res.Status, res.Header.Get("Upgrade"), res.Header.Get("Sec-WebSocket-Accept"), want)
	}
	conn.SetDeadline(time.Time{})
	return &wsConn{conn: conn, br: br}, nil
}

// writeFrame sends one final frame, masked as a client's must be.
func (c *wsConn) writeFrame(op byte, payload []byte) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	if c.closed {
		return net.ErrClosed
	}
	if op == wsClose {
		c.closed = true
	}
	hdr := make([]byte, 0, 14)
	hdr = append(hdr, 0x80|op) // FIN
	n := len(payload)
	switch {
	case n < 126:
		hdr = append(hdr, 0x80|byte(n))
	case n <= 0xFFFF:
		hdr = append(hdr, 0x80|126)
		hdr = binary.BigEndian.AppendUint16(hdr, uint16(n))
	default:
		hdr = append(hdr, 0x80|127)
		hdr = binary.BigEndian.AppendUint64(hdr, uint64(n))
	}
	var mask [4]byte
	rand.Read(mask[:])
	hdr = append(hdr, mask[:]...)
	frame := make([]byte, len(hdr)+n)
	copy(frame, hdr)
	body := frame[len(hdr):]
	for i, b := range payload {
		body[i] = b ^ mask[i%4]
	}
	_, err := c.conn.Write(frame)
	return err
}

// writeText sends a text message.
func (c *wsConn) writeText(msg []byte) error { return c.writeFrame(wsText, msg) }

// readFrame reads one frame: its FIN bit, opcode and (unmasked) payload.
func (c *wsConn) readFrame() (fin bool, op byte, payload []byte, err error) {
	var h [2]byte
	if _, err = io.ReadFull(c.br, h[:]); err != nil {
		return
	}
	fin, op = h[0]&0x80 != 0, h[0]&0x0F
	if h[0]&0x70 != 0 {
		return fin, op, nil, errors.New("websocket: reserved bits set, no extension was agreed")
	}
	masked := h[1]&0x80 != 0
	n := uint64(h[1] & 0x7F)
	switch n {
	case 126:
		var b [2]byte
		if _, err = io.ReadFull(c.br, b[:]); err != nil {
			return
		}
		n = uint64(binary.BigEndian.Uint16(b[:]))
	case 127:
		var b [8]byte
		if _, err = io.ReadFull(c.br, b[:]); err != nil {
			return
		}
		n = binary.BigEndian.Uint64(b[:])
	}
	if n > wsMaxMessage {
		return fin, op, nil, fmt.Errorf("websocket: a frame of %d bytes", n)
	}
	var mask [4]byte
	if masked { // servers must not mask, but unmasking costs nothing
		if _, err = io.ReadFull(c.br, mask[:]); err != nil {
			return
		}
	}
	payload = make([]byte, n)
	if _, err = io.ReadFull(c.br, payload); err != nil {
		return
	}
	if masked {
		for i := range payload {
			payload[i] ^= mask[i%4]
		}
	}
	return fin, op, payload, nil
}

// readMessage returns the next text or binary message, put together from
// its fragments. It answers pings on the way; a close from the server is
// answered and returned as io.EOF.
func (c *wsConn) readMessage() (op byte, msg []byte, err error) {
	var fragmented bool
	for {
		fin, fop, payload, err := c.readFrame()
		if err != nil {
			return 0, nil, err
		}
		switch fop {
		case wsPing:
			if err := c.writeFrame(wsPong, payload); err != nil && !errors.Is(err, net.ErrClosed) {
				return 0, nil, err
			}
			continue
		case wsPong:
			continue
		case wsClose:
			code := ""
			if len(payload) >= 2 {
				code = fmt.Sprintf(" (%d %s)", binary.BigEndian.Uint16(payload), payload[2:])
			}
			c.writeFrame(wsClose, payload[:min(len(payload), 2)]) // echo the code, if any
			return 0, nil, fmt.Errorf("websocket closed by the server%s: %w", code, io.EOF)
		case wsText, wsBinary:
			if fragmented {
				return 0, nil, errors.New("websocket: a new message inside a fragmented one")
			}
			op, msg = fop, payload
		case wsContinuation:
			if !fragmented {
				return 0, nil, errors.New("websocket: a continuation frame with no message begun")
			}
			if len(msg)+len(payload) > wsMaxMessage {
				return 0, nil, fmt.Errorf("websocket: a message over %d bytes", wsMaxMessage)
			}
			msg = append(msg, payload...)
		default:
			return 0, nil, fmt.Errorf("websocket: unknown opcode %#x", fop)
		}
		if fin {
			return op, msg, nil
		}
		fragmented = true
	}
}

// close sends a normal close and closes the connection, without waiting for
// the server's answer: the server is going away with the browser anyway.
func (c *wsConn) close() error {
	c.writeFrame(wsClose, binary.BigEndian.AppendUint16(nil, 1000))
	return c.conn.Close()
}
