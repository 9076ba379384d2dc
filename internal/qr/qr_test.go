package qr

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestCapacity: the numeric-mode capacities of ISO/IEC 18004:2015 Table 7,
// versions 1–10, levels L M Q H.
func TestCapacity(t *testing.T) {
	table := [MaxVersion + 1][4]int{
		{},
		{41, 34, 27, 17}, {77, 63, 48, 34}, {127, 101, 77, 58}, {187, 149, 111, 82}, {255, 202, 144, 106},
		{322, 255, 178, 139}, {370, 293, 207, 154}, {461, 365, 259, 202}, {552, 432, 312, 235}, {652, 513, 364, 288},
	}
	for v := 1; v <= MaxVersion; v++ {
		for l := L; l <= H; l++ {
			if got := Capacity(v, l); got != table[v][l] {
				t.Errorf("Capacity(%d, %v) = %d, want %d", v, l, got, table[v][l])
			}
		}
	}
}

// TestVersionChoice: the smallest version at the level asked, then the
// highest level that fits it.
func TestVersionChoice(t *testing.T) {
	for _, c := range []struct {
		n     int
		min   Level
		ver   int
		level Level
	}{
		{0, M, 1, H}, {17, M, 1, H}, {18, M, 1, Q}, {34, M, 1, M}, {35, M, 2, Q},
		{89, M, 3, M}, {71, M, 3, Q}, {101, M, 3, M}, {102, M, 4, Q}, {112, M, 4, M}, {149, M, 4, M},
		{513, M, 10, M}, {652, L, 10, L}, {288, H, 10, H},
	} {
		code, err := EncodeDigits(strings.Repeat("7", c.n), c.min)
		if err != nil {
			t.Fatalf("%d digits: %v", c.n, err)
		}
		if code.Version != c.ver || code.Level != c.level || code.Size != 4*c.ver+17 {
			t.Errorf("%d digits at %v: version %d level %v, want %d %v", c.n, c.min, code.Version, code.Level, c.ver, c.level)
		}
	}
	for _, c := range []struct {
		digits string
		min    Level
	}{
		{strings.Repeat("1", 514), M}, {strings.Repeat("1", 653), L}, {"12a", L}, {"https://x", M}, {"1", Level(4)},
	} {
		if _, err := EncodeDigits(c.digits, c.min); err == nil {
			t.Errorf("EncodeDigits(%.20q, %v) drew a code", c.digits, c.min)
		}
	}
}

// TestFormatAndVersionBits: the BCH-coded words of the standard's Annex C
// (format information, after masking with 0x5412) and Annex D (version
// information), read back from the drawn symbol.
func TestFormatAndVersionBits(t *testing.T) {
	// Annex C, Table C.1: level M mask 0 → 101010000010010; L mask 4 → 110011000101111;
	// H mask 7 → 000100000111011; Q mask 2 → 011111100110001.
	for _, c := range []struct {
		level Level
		mask  int
		want  string
	}{{M, 0, "101010000010010"}, {L, 4, "110011000101111"}, {H, 7, "000100000111011"}, {Q, 2, "011111100110001"}} {
		code, err := EncodeDigitsAs("0123", 1, c.level, c.mask)
		if err != nil {
			t.Fatal(err)
		}
		// The first copy: bits 14..9 down column 8's left neighbours... read in the
		// order the standard numbers them, most significant first:
		// (0,8) (1,8) (2,8) (3,8) (4,8) (5,8) (7,8) (8,8) (8,7) (8,5) … (8,0).
		var got strings.Builder
		for _, p := range [][2]int{{0, 8}, {1, 8}, {2, 8}, {3, 8}, {4, 8}, {5, 8}, {7, 8}, {8, 8}, {8, 7}, {8, 5}, {8, 4}, {8, 3}, {8, 2}, {8, 1}, {8, 0}} {
			if code.Dark(p[0], p[1]) {
				got.WriteByte('1')
			} else {
				got.WriteByte('0')
			}
		}
		if got.String() != c.want {
			t.Errorf("format bits of %v mask %d: %s, want %s", c.level, c.mask, got.String(), c.want)
		}
	}
	// Annex D, Table D.1: version 7 → 000111110010010100, version 10 → 001010010011010011.
	for ver, want := range map[int]string{7: "000111110010010100", 10: "001010010011010011"} {
		code, err := EncodeDigitsAs("1", ver, M, 0)
		if err != nil {
			t.Fatal(err)
		}
		// The lower-left block: bit i at column i/3, row size-11+i%3; bit 17 first.
		var got strings.Builder
		for i := 17; i >= 0; i-- {
			if code.Dark(i/3, code.Size-11+i%3) {
				got.WriteByte('1')
			} else {
				got.WriteByte('0')
			}
		}
		if got.String() != want {
			t.Errorf("version %d bits %s, want %s", ver, got.String(), want)
		}
	}
}

// png writes the code as a PNG with its quiet zone, scale pixels a module.
func writePNG(t testing.TB, path string, c *Code, scale int) {
	t.Helper()
	n := (c.Size + 8) * scale
	img := image.NewGray(image.Rect(0, 0, n, n))
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			v := color.Gray{255}
			if c.Dark(x/scale-4, y/scale-4) {
				v = color.Gray{0}
			}
			img.SetGray(x, y, v)
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// zbarDecode decodes the PNGs with ZBar's zbarimg, an independent decoder
// (apt-get install zbar-tools), one text per file in order.
func zbarDecode(t *testing.T, files []string) []string {
	t.Helper()
	zbar, err := exec.LookPath("zbarimg")
	if err != nil {
		t.Fatalf("the QR tests decode with ZBar (apt-get install zbar-tools): %v", err)
	}
	var out []string
	for len(files) > 0 {
		batch := files[:min(len(files), 100)]
		files = files[len(batch):]
		// One symbol per file, printed "QR-Code:DIGITS" in file order.
		cmd := exec.Command(zbar, append([]string{"-q", "-Sdisable", "-Sqrcode.enable"}, batch...)...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		b, err := cmd.Output()
		if err != nil {
			t.Fatalf("zbarimg: %v\n%s", err, stderr.String())
		}
		sc := bufio.NewScanner(bytes.NewReader(b))
		for sc.Scan() {
			line, ok := strings.CutPrefix(sc.Text(), "QR-Code:")
			if !ok {
				t.Fatalf("zbarimg printed %q", sc.Text())
			}
			out = append(out, line)
		}
	}
	return out
}

// TestZBarDecodes draws random digit strings at every version 1–10, every
// level and every mask, and at the versions and levels EncodeDigits
// chooses, and has ZBar read them back.
func TestZBarDecodes(t *testing.T) {
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(18004, 2015))
	var files, want []string
	add := func(c *Code, digits string) {
		f := filepath.Join(dir, fmt.Sprintf("%04d.png", len(files)))
		writePNG(t, f, c, 3)
		files = append(files, f)
		want = append(want, digits)
	}
	digits := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = '0' + byte(rng.IntN(10))
		}
		return string(b)
	}
	masks := map[int]bool{}
	for v := 1; v <= MaxVersion; v++ {
		for l := L; l <= H; l++ {
			for m := 0; m < 8; m++ {
				n := 1 + rng.IntN(Capacity(v, l))
				if m == 0 {
					n = Capacity(v, l) // full
				}
				d := digits(n)
				c, err := EncodeDigitsAs(d, v, l, m)
				if err != nil {
					t.Fatal(err)
				}
				add(c, d)
			}
		}
	}
	for range 150 {
		d := digits(1 + rng.IntN(Capacity(MaxVersion, M)))
		c, err := EncodeDigits(d, M)
		if err != nil {
			t.Fatal(err)
		}
		masks[c.Mask] = true
		add(c, d)
	}
	got := zbarDecode(t, files)
	if len(got) != len(want) {
		t.Fatalf("zbarimg read %d of %d codes", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%s: zbarimg read %q, want %q", files[i], got[i], want[i])
		}
	}
	if len(masks) < 6 {
		t.Errorf("the penalty chose only masks %v over 150 codes", masks)
	}
}

func BenchmarkEncodeResponseCode(b *testing.B) {
	d := strings.Repeat("0123456789", 9)[:89]
	for b.Loop() {
		if _, err := EncodeDigits(d, M); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSameAsSegno: module for module, the symbols Segno (an independent
// encoder; apt-get install python3-segno) draws for the same digits,
// version, level and mask — every version 1–10, every level and mask. A
// decoder would hide a wrong error-correction byte by correcting it; this
// does not. The mask chosen by penalty is not compared: Segno scores the
// masks before it draws the format and version information, Nayuki's
// generator (and this package) the finished symbol, so they may choose
// differently, both readable (TestZBarDecodes reads the chosen ones).
func TestSameAsSegno(t *testing.T) {
	py := "/usr/bin/python3"
	rng := rand.New(rand.NewPCG(7, 64))
	type tc struct {
		Digits  string `json:"digits"`
		Version int    `json:"version"`
		Level   string `json:"level"`
		Mask    *int   `json:"mask"`
	}
	var cases []tc
	var in bytes.Buffer
	for v := 1; v <= MaxVersion; v++ {
		for l := L; l <= H; l++ {
			for m := 0; m < 8; m++ {
				for range 2 {
					n := 1 + rng.IntN(Capacity(v, l))
					// Segno 1.4.1 pads a bit stream that ends on a codeword
					// boundary (after the terminator) with a whole zero
					// codeword where the standard (7.4.10) adds no bits and
					// goes on with the pad codewords 0xEC 0x11: such lengths
					// are compared with ZBar only.
					for used := numericBits(n, v) + 4; used < dataCodewords(v, l)*8 && used%8 == 0; used = numericBits(n, v) + 4 {
						n--
					}
					b := make([]byte, n)
					for i := range b {
						b[i] = '0' + byte(rng.IntN(10))
					}
					c := tc{Digits: string(b), Version: v, Level: strings.ToLower(l.String())}
					mm := m
					c.Mask = &mm
					cases = append(cases, c)
					j, _ := json.Marshal(c)
					in.Write(append(j, '\n'))
				}
			}
		}
	}
	cmd := exec.Command(py, "testdata/segno_matrices.py")
	cmd.Stdin = &in
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("the QR tests compare with Segno (apt-get install python3-segno): %v\n%s", err, stderr.String())
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != len(cases) {
		t.Fatalf("Segno drew %d of %d symbols", len(lines), len(cases))
	}
	for i, c := range cases {
		mask := -1
		if c.Mask != nil {
			mask = *c.Mask
		}
		level := Level(strings.Index("lmqh", c.Level))
		code, err := EncodeDigitsAs(c.Digits, c.Version, level, mask)
		if err != nil {
			t.Fatal(err)
		}
		var rows []string
		for y := 0; y < code.Size; y++ {
			var r strings.Builder
			for x := 0; x < code.Size; x++ {
				if code.Dark(x, y) {
					r.WriteByte('1')
				} else {
					r.WriteByte('0')
				}
			}
			rows = append(rows, r.String())
		}
		want := lines[i]
		if got := strings.Join(rows, "/") + " " + fmt.Sprint(code.Mask); got != want {
			t.Errorf("version %d level %s mask %d, %d digits: differs from Segno's\nours:  %s\nsegno: %s", c.Version, c.Level, mask, len(c.Digits), got, want)
		}
	}
}

// TestPathData: the path's rectangles cover exactly the dark modules.
func TestPathData(t *testing.T) {
	c, err := EncodeDigits("72111122014000006000000000000040000000000100005418045045839676797078662640290929616210968", M)
	if err != nil {
		t.Fatal(err)
	}
	n := c.Size + 2*QuietZone
	covered := make([]bool, n*n)
	for _, cmd := range strings.Split(strings.TrimSuffix(c.PathData(), "z"), "z") {
		var x, y, w, w2 int
		if _, err := fmt.Sscanf(cmd, "M%d %dh%dv1h-%d", &x, &y, &w, &w2); err != nil || w != w2 || w < 1 {
			t.Fatalf("path command %q: %v", cmd, err)
		}
		for i := x; i < x+w; i++ {
			if covered[y*n+i] {
				t.Fatalf("module %d,%d drawn twice", i, y)
			}
			covered[y*n+i] = true
		}
	}
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			if covered[y*n+x] != c.Dark(x-QuietZone, y-QuietZone) {
				t.Fatalf("module %d,%d: drawn %v, dark %v", x, y, covered[y*n+x], c.Dark(x-QuietZone, y-QuietZone))
			}
		}
	}
}
