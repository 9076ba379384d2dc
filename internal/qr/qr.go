// Package qr draws QR codes (ISO/IEC 18004) of decimal digits: numeric mode
// only, versions 1 to 10, all four error-correction levels, the mask chosen
// by the standard's penalty score. It is what Samme båt needs to show a
// response or a group summary as a code, and nothing more, so that it costs
// the respondent's download only a few kilobytes.
//
// The construction follows Project Nayuki's QR Code generator (MIT licence,
// https://www.nayuki.io/page/qr-code-generator-library), the reference most
// encoders are checked against: the same tables, placement order, penalty
// rules and error-correction level boost, so that for the same digits it
// draws the same symbol.
package qr

import (
	"errors"
	"fmt"
	"strings"
)

// Level is an error-correction level.
type Level int

// The four error-correction levels, by how much of a symbol they can restore:
// about 7 %, 15 %, 25 % and 30 %.
const (
	L Level = iota
	M
	Q
	H
)

func (l Level) String() string {
	if l < L || l > H {
		return fmt.Sprintf("Level(%d)", int(l))
	}
	return "LMQH"[l : l+1]
}

// formatBits are the two bits of a level in the format information.
func (l Level) formatBits() int { return [...]int{1, 0, 3, 2}[l] }

// MaxVersion is the largest version this package draws: 41×41 modules,
// up to 652 digits at level L.
const MaxVersion = 10

// eccPerBlock and numBlocks are the standard's Table 9 for versions 1–10
// (index 0 unused), per level L, M, Q, H.
var eccPerBlock = [4][MaxVersion + 1]int{
	{0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18},
	{0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26},
	{0, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24},
	{0, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28},
}

var numBlocks = [4][MaxVersion + 1]int{
	{0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4},
	{0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5},
	{0, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8},
	{0, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8},
}

// Code is a drawn QR code: Size×Size modules, dark or light, without the
// quiet zone around it.
type Code struct {
	Version int
	Level   Level
	Mask    int
	Size    int
	dark    []bool // row by row
}

// Dark reports whether the module at column x, row y is dark. Outside the
// symbol (in the quiet zone) every module is light.
func (c *Code) Dark(x, y int) bool {
	if x < 0 || y < 0 || x >= c.Size || y >= c.Size {
		return false
	}
	return c.dark[y*c.Size+x]
}

// ErrTooLong is returned for digits that fit no version up to MaxVersion at
// the level asked for.
var ErrTooLong = errors.New("qr: too many digits for a version-10 code")

// rawModules is the number of modules of a version that hold data and
// error correction: all but the function patterns and format and version
// information.
func rawModules(ver int) int {
	n := (16*ver+128)*ver + 64
	if ver >= 2 {
		align := ver/7 + 2
		n -= (25*align-10)*align - 55
		if ver >= 7 {
			n -= 36
		}
	}
	return n
}

// dataCodewords is the number of 8-bit data codewords of a version and level.
func dataCodewords(ver int, l Level) int {
	return rawModules(ver)/8 - eccPerBlock[l][ver]*numBlocks[l][ver]
}

// numericBits is the length of the data in numeric mode: mode indicator,
// character count and 10 bits per three digits.
func numericBits(n, ver int) int {
	count := 10
	if ver >= 10 {
		count = 12
	}
	return 4 + count + n/3*10 + [3]int{0, 4, 7}[n%3]
}

// Capacity returns how many digits a code of version ver at level l holds.
func Capacity(ver int, l Level) int {
	bits := dataCodewords(ver, l) * 8
	n := 0
	for numericBits(n+1, ver) <= bits {
		n++
	}
	return n
}

// EncodeDigits draws digits (0–9 only; an empty string is allowed) as a QR
// code in numeric mode: the smallest version that holds them at level min,
// then the highest level that still fits that version (more error
// correction at no cost in size), and the mask with the lowest penalty.
func EncodeDigits(digits string, min Level) (*Code, error) {
	if min < L || min > H {
		return nil, fmt.Errorf("qr: no level %d", int(min))
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return nil, fmt.Errorf("qr: numeric mode holds digits only, not %q", digits[i])
		}
	}
	ver := 1
	for ; ver <= MaxVersion; ver++ {
		if numericBits(len(digits), ver) <= dataCodewords(ver, min)*8 {
			break
		}
	}
	if ver > MaxVersion {
		return nil, ErrTooLong
	}
	level := min
	for l := min + 1; l <= H; l++ {
		if numericBits(len(digits), ver) <= dataCodewords(ver, l)*8 {
			level = l
		}
	}
	return encode(digits, ver, level, -1), nil
}

// EncodeDigitsAs draws digits with the version, level and mask given (mask
// -1 chooses by penalty), for tests that need every version.
func EncodeDigitsAs(digits string, ver int, level Level, mask int) (*Code, error) {
	if ver < 1 || ver > MaxVersion || level < L || level > H || mask < -1 || mask > 7 {
		return nil, fmt.Errorf("qr: no version %d, level %d, mask %d", ver, int(level), mask)
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return nil, fmt.Errorf("qr: numeric mode holds digits only, not %q", digits[i])
		}
	}
	if numericBits(len(digits), ver) > dataCodewords(ver, level)*8 {
		return nil, ErrTooLong
	}
	return encode(digits, ver, level, mask), nil
}

// bitBuffer is a sequence of bits, most significant first.
type bitBuffer []bool

func (b *bitBuffer) put(v, n int) {
	for i := n - 1; i >= 0; i-- {
		*b = append(*b, v>>i&1 == 1)
	}
}

func encode(digits string, ver int, level Level, mask int) *Code {
	// The data: mode 0001, the count, three digits to 10 bits (two to 7, one to 4).
	var bb bitBuffer
	bb.put(1, 4)
	if ver >= 10 {
		bb.put(len(digits), 12)
	} else {
		bb.put(len(digits), 10)
	}
	for i := 0; i < len(digits); i += 3 {
		n := min(3, len(digits)-i)
		v := 0
		for _, d := range digits[i : i+n] {
			v = v*10 + int(d-'0')
		}
		bb.put(v, [4]int{0, 4, 7, 10}[n])
	}
	capBits := dataCodewords(ver, level) * 8
	bb.put(0, min(4, capBits-len(bb))) // terminator
	bb.put(0, (8-len(bb)%8)%8)
	for pad := 0xEC; len(bb) < capBits; pad ^= 0xEC ^ 0x11 {
		bb.put(pad, 8)
	}
	data := make([]byte, len(bb)/8)
	for i, bit := range bb {
		if bit {
			data[i/8] |= 1 << (7 - i%8)
		}
	}

	c := &Code{Version: ver, Level: level, Size: ver*4 + 17}
	c.dark = make([]bool, c.Size*c.Size)
	fn := make([]bool, c.Size*c.Size)
	c.drawFunctionPatterns(fn)
	c.drawCodewords(fn, addECCAndInterleave(data, ver, level))

	if mask < 0 {
		best := 0
		minPenalty := int(^uint(0) >> 1)
		for m := 0; m < 8; m++ {
			c.applyMask(fn, m)
			c.drawFormatBits(fn, m)
			if p := c.penalty(); p < minPenalty {
				best, minPenalty = m, p
			}
			c.applyMask(fn, m) // XOR undoes it
		}
		mask = best
	}
	c.Mask = mask
	c.applyMask(fn, mask)
	c.drawFormatBits(fn, mask)
	return c
}

// set sets a module and marks it as part of a function pattern.
func (c *Code) set(fn []bool, x, y int, dark bool) {
	c.dark[y*c.Size+x] = dark
	fn[y*c.Size+x] = true
}

// alignmentPositions are the centres' coordinates of the alignment patterns.
func alignmentPositions(ver int) []int {
	if ver == 1 {
		return nil
	}
	n := ver/7 + 2
	step := (ver*4 + n*2 + 1) / (n*2 - 2) * 2
	size := ver*4 + 17
	pos := make([]int, n)
	pos[0] = 6
	for i, p := n-1, size-7; i >= 1; i, p = i-1, p-step {
		pos[i] = p
	}
	return pos
}

func (c *Code) drawFunctionPatterns(fn []bool) {
	s := c.Size
	for i := 0; i < s; i++ { // timing patterns
		c.set(fn, 6, i, i%2 == 0)
		c.set(fn, i, 6, i%2 == 0)
	}
	finder := func(cx, cy int) { // with its separator
		for dy := -4; dy <= 4; dy++ {
			for dx := -4; dx <= 4; dx++ {
				x, y := cx+dx, cy+dy
				if x < 0 || y < 0 || x >= s || y >= s {
					continue
				}
				d := max(abs(dx), abs(dy))
				c.set(fn, x, y, d != 2 && d != 4)
			}
		}
	}
	finder(3, 3)
	finder(s-4, 3)
	finder(3, s-4)
	pos := alignmentPositions(c.Version)
	n := len(pos)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if i == 0 && j == 0 || i == 0 && j == n-1 || i == n-1 && j == 0 {
				continue // under a finder pattern
			}
			for dy := -2; dy <= 2; dy++ {
				for dx := -2; dx <= 2; dx++ {
					c.set(fn, pos[i]+dx, pos[j]+dy, max(abs(dx), abs(dy)) != 1)
				}
			}
		}
	}
	c.drawFormatBits(fn, 0) // reserves the modules; drawn again with the mask
	if c.Version >= 7 {
		rem := c.Version
		for i := 0; i < 12; i++ {
			rem = rem<<1 ^ (rem>>11)*0x1F25
		}
		bits := c.Version<<12 | rem
		for i := 0; i < 18; i++ {
			dark := bits>>i&1 == 1
			a, b := s-11+i%3, i/3
			c.set(fn, a, b, dark)
			c.set(fn, b, a, dark)
		}
	}
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// drawFormatBits draws both copies of the format information (level and
// mask, BCH-protected and masked with 0x5412) and the dark module.
func (c *Code) drawFormatBits(fn []bool, mask int) {
	data := c.Level.formatBits()<<3 | mask
	rem := data
	for i := 0; i < 10; i++ {
		rem = rem<<1 ^ (rem>>9)*0x537
	}
	bits := (data<<10 | rem) ^ 0x5412
	bit := func(i int) bool { return bits>>i&1 == 1 }
	s := c.Size
	for i := 0; i <= 5; i++ {
		c.set(fn, 8, i, bit(i))
	}
	c.set(fn, 8, 7, bit(6))
	c.set(fn, 8, 8, bit(7))
	c.set(fn, 7, 8, bit(8))
	for i := 9; i < 15; i++ {
		c.set(fn, 14-i, 8, bit(i))
	}
	for i := 0; i < 8; i++ {
		c.set(fn, s-1-i, 8, bit(i))
	}
	for i := 8; i < 15; i++ {
		c.set(fn, 8, s-15+i, bit(i))
	}
	c.set(fn, 8, s-8, true)
}

// addECCAndInterleave splits the data into the version's blocks, appends
// each block's Reed–Solomon error correction, and interleaves them.
func addECCAndInterleave(data []byte, ver int, level Level) []byte {
	nb, eccLen := numBlocks[level][ver], eccPerBlock[level][ver]
	raw := rawModules(ver) / 8
	short := nb - raw%nb
	shortLen := raw / nb
	gen := rsGenerator(eccLen)
	blocks := make([][]byte, nb)
	k := 0
	for i := range blocks {
		n := shortLen - eccLen
		if i >= short {
			n++
		}
		dat := data[k : k+n]
		k += n
		b := make([]byte, 0, shortLen+1)
		b = append(b, dat...)
		if i < short {
			b = append(b, 0) // placeholder, skipped below
		}
		blocks[i] = append(b, rsRemainder(dat, gen)...)
	}
	out := make([]byte, 0, raw)
	for i := 0; i < shortLen+1; i++ {
		for j, b := range blocks {
			if i != shortLen-eccLen || j >= short {
				out = append(out, b[i])
			}
		}
	}
	return out
}

// gfMul multiplies in GF(2⁸) modulo x⁸+x⁴+x³+x²+1.
func gfMul(x, y byte) byte {
	z := 0
	for i := 7; i >= 0; i-- {
		z = z<<1 ^ (z>>7)*0x11D
		z ^= int(y>>i&1) * int(x)
	}
	return byte(z)
}

// rsGenerator returns the coefficients of the generator polynomial of
// degree n, ∏(x − αⁱ) for i < n, highest first without the leading 1.
func rsGenerator(n int) []byte {
	g := make([]byte, n)
	g[n-1] = 1
	root := byte(1)
	for i := 0; i < n; i++ {
		for j := range g {
			g[j] = gfMul(g[j], root)
			if j+1 < n {
				g[j] ^= g[j+1]
			}
		}
		root = gfMul(root, 0x02)
	}
	return g
}

// rsRemainder is the error correction of data: its remainder by the generator.
func rsRemainder(data, gen []byte) []byte {
	r := make([]byte, len(gen))
	for _, b := range data {
		f := b ^ r[0]
		copy(r, r[1:])
		r[len(r)-1] = 0
		for i, g := range gen {
			r[i] ^= gfMul(g, f)
		}
	}
	return r
}

// drawCodewords places the bits in the standard's zigzag, two columns at a
// time from the bottom right, skipping function modules and the vertical
// timing pattern's column.
func (c *Code) drawCodewords(fn []bool, data []byte) {
	s := c.Size
	i := 0
	for right := s - 1; right >= 1; right -= 2 {
		if right == 6 {
			right = 5
		}
		for vert := 0; vert < s; vert++ {
			for j := 0; j < 2; j++ {
				x := right - j
				y := vert
				if (right+1)&2 == 0 {
					y = s - 1 - vert // upward
				}
				if !fn[y*s+x] && i < len(data)*8 {
					c.dark[y*s+x] = data[i>>3]>>(7-i&7)&1 == 1
					i++
				}
			}
		}
	}
}

// applyMask inverts the data modules where mask m's condition holds.
func (c *Code) applyMask(fn []bool, m int) {
	s := c.Size
	for y := 0; y < s; y++ {
		for x := 0; x < s; x++ {
			var inv bool
			switch m {
			case 0:
				inv = (x+y)%2 == 0
			case 1:
				inv = y%2 == 0
			case 2:
				inv = x%3 == 0
			case 3:
				inv = (x+y)%3 == 0
			case 4:
				inv = (x/3+y/2)%2 == 0
			case 5:
				inv = x*y%2+x*y%3 == 0
			case 6:
				inv = (x*y%2+x*y%3)%2 == 0
			case 7:
				inv = ((x+y)%2+x*y%3)%2 == 0
			}
			if inv && !fn[y*s+x] {
				c.dark[y*s+x] = !c.dark[y*s+x]
			}
		}
	}
}

// The penalty weights of the standard (N1–N4).
const (
	penaltyN1 = 3
	penaltyN2 = 3
	penaltyN3 = 40
	penaltyN4 = 10
)

// penalty is the standard's score of a masked symbol: runs of five or more,
// 2×2 blocks, finder-like patterns and the balance of dark and light.
func (c *Code) penalty() int {
	s := c.Size
	result := 0
	for _, rows := range []bool{true, false} {
		for a := 0; a < s; a++ {
			runColor := false
			run := 0
			var hist [7]int
			for b := 0; b < s; b++ {
				x, y := b, a
				if !rows {
					x, y = a, b
				}
				d := c.dark[y*s+x]
				if d == runColor {
					run++
					if run == 5 {
						result += penaltyN1
					} else if run > 5 {
						result++
					}
				} else {
					c.addHistory(run, &hist)
					if !runColor {
						result += countFinderLike(&hist) * penaltyN3
					}
					runColor = d
					run = 1
				}
			}
			// The run at the end, with the light border after it.
			if runColor {
				c.addHistory(run, &hist)
				run = 0
			}
			run += s
			c.addHistory(run, &hist)
			result += countFinderLike(&hist) * penaltyN3
		}
	}
	for y := 0; y < s-1; y++ {
		for x := 0; x < s-1; x++ {
			d := c.dark[y*s+x]
			if d == c.dark[y*s+x+1] && d == c.dark[(y+1)*s+x] && d == c.dark[(y+1)*s+x+1] {
				result += penaltyN2
			}
		}
	}
	dark := 0
	for _, d := range c.dark {
		if d {
			dark++
		}
	}
	total := s * s
	k := (abs(dark*20-total*10)+total-1)/total - 1
	result += k * penaltyN4
	return result
}

// addHistory pushes a run length onto the history of the last seven runs;
// the first run of a line gets the light border before it.
func (c *Code) addHistory(run int, hist *[7]int) {
	if hist[0] == 0 {
		run += c.Size
	}
	copy(hist[1:], hist[:6])
	hist[0] = run
}

// countFinderLike counts 1:1:3:1:1 patterns with four light modules on
// either side at the end of the history.
func countFinderLike(h *[7]int) int {
	n := h[1]
	core := n > 0 && h[2] == n && h[3] == n*3 && h[4] == n && h[5] == n
	r := 0
	if core && h[0] >= n*4 && h[6] >= n {
		r++
	}
	if core && h[6] >= n*4 && h[0] >= n {
		r++
	}
	return r
}

// String draws the code as text, '#' dark and ' ' light, with the quiet
// zone, for tests and debugging.
func (c *Code) String() string {
	var b strings.Builder
	for y := -4; y < c.Size+4; y++ {
		for x := -4; x < c.Size+4; x++ {
			if c.Dark(x, y) {
				b.WriteString("##")
			} else {
				b.WriteString("  ")
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// QuietZone is the light margin around a symbol the standard asks for, in modules.
const QuietZone = 4

// PathData returns an SVG path drawing the dark modules, in a coordinate
// system of one unit per module with the quiet zone around the symbol: the
// symbol spans QuietZone to QuietZone+Size, the whole picture 0 to
// Size+2·QuietZone. Each run of dark modules in a row is one rectangle.
func (c *Code) PathData() string {
	var b strings.Builder
	b.Grow(c.Size * c.Size * 2)
	for y := 0; y < c.Size; y++ {
		for x := 0; x < c.Size; {
			if !c.Dark(x, y) {
				x++
				continue
			}
			w := 1
			for c.Dark(x+w, y) {
				w++
			}
			fmt.Fprintf(&b, "M%d %dh%dv1h-%dz", x+QuietZone, y+QuietZone, w, w)
			x += w
		}
	}
	return b.String()
}
