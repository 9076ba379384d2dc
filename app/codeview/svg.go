package codeview

import (
	"fmt"
	"html"

	"sammebaat/internal/qr"
)

// CodeSVG draws digits as a QR code (numeric mode, error correction at
// least M) in an inline SVG: black modules on a white square that includes
// the 4-module quiet zone, drawn with presentation attributes only (a strict
// Content-Security-Policy allows no style attribute, and the picture needs
// no data: URL). Its size comes from the class qr-code in the stylesheet;
// label is its accessible name.
func CodeSVG(digits, label, id string) (string, error) {
	c, err := qr.EncodeDigits(digits, qr.M)
	if err != nil {
		return "", err
	}
	n := c.Size + 2*qr.QuietZone
	return fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" id="%s" class="qr-code" viewBox="0 0 %d %d" role="img" aria-label="%s" shape-rendering="crispEdges">`+
		`<rect width="%d" height="%d" fill="#fff"/><path fill="#000" d="%s"/></svg>`,
		html.EscapeString(id), n, n, html.EscapeString(label), n, n, c.PathData()), nil
}
