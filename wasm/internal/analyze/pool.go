//go:build !wasm

package analyze

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"

	"sammebaat/scales"
	"sammebaat/stats/report"
)

// pool is the responses analyze has accepted, in compact form (58 bytes each, no pointers), with
// the counts of its count line. Every source — a response file, a row of a pooled CSV — is added
// in the order given; a response whose id was already given is a duplicate of the first.
type pool struct {
	in  *scales.Instrument
	cs  []scales.Compact
	ids map[[16]byte]int32 // id → index in cs
	// from[i] names where cs[i] came from: srcs[from[i].src], and the line of a CSV row.
	from []origin
	srcs []string

	files, csvFiles, rows int // response files, pooled CSV files and their rows read
	rejected, duplicates  int
	problems              *bufio.Writer // standard error
	limitMemory           bool          // set the runtime's memory limit as the pool grows
}

type origin struct{ src, line int32 }

// newPool starts an empty pool. Unless GOMEMLIMIT is set, it sets the runtime's memory limit as
// the pool grows (setMemoryLimit); the returned function puts the limit back as it was (analyze
// runs inside the tests' process too).
func newPool(in *scales.Instrument, stderr io.Writer) (*pool, func()) {
	p := &pool{in: in, ids: map[[16]byte]int32{}, problems: bufio.NewWriter(stderr)}
	if os.Getenv("GOMEMLIMIT") != "" {
		return p, func() {}
	}
	p.limitMemory = true
	before := debug.SetMemoryLimit(-1)
	setMemoryLimit(0)
	return p, func() { debug.SetMemoryLimit(before) }
}

func (p *pool) name(o origin) string {
	if o.line == 0 {
		return p.srcs[o.src]
	}
	return p.srcs[o.src] + ":" + strconv.Itoa(int(o.line))
}

// reject writes a rejected source's problem line.
func (p *pool) reject(fe *scales.FileError) {
	p.rejected++
	fmt.Fprintln(p.problems, scales.ProblemLine(fe))
}

// add adds one response read from o, or its problem.
func (p *pool) add(o origin, c *scales.Compact, err error) {
	if err != nil {
		fe, ok := err.(*scales.FileError)
		if !ok {
			fe = &scales.FileError{File: p.name(o), Problem: err.Error()}
		}
		p.reject(fe)
		return
	}
	if first, ok := p.ids[c.ID]; ok {
		p.duplicates++
		fmt.Fprintln(p.problems, scales.DuplicateLine(scales.Duplicate{File: p.name(o), Of: p.name(p.from[first])}))
		return
	}
	p.ids[c.ID] = int32(len(p.cs))
	grows := len(p.cs) == cap(p.cs)
	p.cs = append(p.cs, *c)
	p.from = append(p.from, o)
	if grows && p.limitMemory {
		setMemoryLimit(cap(p.cs))
	}
}

// setMemoryLimit sets the Go runtime's soft memory limit for a pool of n responses. The report's
// live memory peaks at about 470 bytes a response (measured: a million responses in 480 MB, the
// responses themselves 58 bytes each); without a limit the garbage collector lets the heap grow to
// twice what is live, and a million responses took 870 MB. The limit makes it collect sooner. It
// is soft: a pool that needs more gets more, the collector working harder. GOMEMLIMIT, when set,
// is left as it is.
func setMemoryLimit(n int) {
	debug.SetMemoryLimit(64<<20 + int64(n)*480)
}

// read is how many sources were read: files, and rows of pooled CSV files.
func (p *pool) read() int { return p.files + p.rows }

// countLine is the last line on standard error. Without a pooled CSV it is the group page's line.
func (p *pool) countLine(missing int) string {
	if p.csvFiles == 0 {
		return scales.CountLine(p.read()+missing, len(p.cs), p.rejected+missing, p.duplicates)
	}
	return fmt.Sprintf("%s and %s of %s read: %d analysed, %d rejected, %d duplicate",
		plural(p.files+missing, "response file", "response files"), plural(p.rows, "row", "rows"),
		plural(p.csvFiles, "pooled CSV file", "pooled CSV files"), len(p.cs), p.rejected+missing, p.duplicates)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// isPooledCSV says whether a path given by name is read as a pooled data set: a .csv file.
func isPooledCSV(path string) bool { return strings.HasSuffix(strings.ToLower(path), ".csv") }

// readAll reads the response files and pooled CSVs that args name into the pool and returns the
// problems of paths that could not be listed. The response files are read on all cores while the
// folders are still being listed, each into a compact response straight from its worker's buffer
// (keeping none of its bytes), then added in the given order, so that which of two duplicates is
// kept does not depend on timing; a pooled CSV file is read row by row in its place.
func (p *pool) readAll(args []string) (problems []string) {
	var wg sync.WaitGroup
	next := make(chan *source, 256)
	for range max(1, runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			buf := make([]byte, scales.MaxFileSize+1)
			for s := range next {
				var data []byte
				var err error
				switch k := s.kind; {
				case k&fs.ModeSymlink != 0:
					data, err = readFile(s.path, buf, false)
				case k != 0:
					err = errors.New(notRegular(k)) // the folder's listing says so: not even opened
				default:
					data, err = readFile(s.path, buf, true)
				}
				if err != nil {
					s.err = &scales.FileError{File: s.path, Problem: err.Error()}
					continue
				}
				s.c, s.err = scales.ReadCompact(s.path, data)
			}
		})
	}
	srcs, problems := responseSources(args, func(s *source) {
		if !isPooledCSV(s.path) {
			next <- s
		}
	})
	close(next)
	wg.Wait()
	for _, s := range srcs {
		p.srcs = append(p.srcs, s.path)
		src := int32(len(p.srcs) - 1)
		if isPooledCSV(s.path) {
			p.readCSV(s.path, src)
			continue
		}
		p.files++
		p.add(origin{src: src}, &s.c, s.err)
	}
	p.problems.Flush()
	return problems
}

// readCSV reads a pooled data set, the CSV that analyze --format csv writes (formats.md): its
// header must be that CSV's, and each row is a response, checked as a response file is and named
// PATH:LINE in its problems. The score columns are not read: the scores are computed again from the
// answers.
func (p *pool) readCSV(path string, src int32) {
	fail := func(problem string) {
		p.files++
		p.reject(&scales.FileError{File: path, Problem: problem})
	}
	fi, err := os.Stat(path)
	if err != nil {
		fail(pathProblem(err))
		return
	}
	if !fi.Mode().IsRegular() {
		fail(notRegular(fi.Mode()))
		return
	}
	f, err := os.Open(path)
	if err != nil {
		fail(pathProblem(err))
		return
	}
	defer f.Close()
	header := report.CSVHeader(p.in)
	cr := csv.NewReader(bufio.NewReaderSize(&lineLimit{r: f, max: maxCSVLine}, 1<<16))
	cr.ReuseRecord = true
	cr.FieldsPerRecord = -1
	rec, err := cr.Read()
	if err != nil {
		if err == io.EOF {
			fail("the file is empty; a pooled data set starts with the header of analyze --format csv")
		} else {
			fail(csvProblem(err))
		}
		return
	}
	if len(rec) > 0 {
		rec[0] = strings.TrimPrefix(rec[0], "\ufeff")
	}
	if !slices.Equal(rec, header) {
		fail("not a pooled data set: the header is not the one analyze --format csv writes (" + strings.Join(header[:4], ",") + ",…)")
		return
	}
	p.csvFiles++
	rr := newRowReader(p.in)
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		p.rows++
		o := origin{src: src}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				o.line = int32(pe.StartLine)
			}
			p.add(o, nil, &scales.FileError{File: p.name(o), Problem: csvProblem(err) + "; the rest of the file is not read"})
			return
		}
		line, _ := cr.FieldPos(0)
		o.line = int32(line)
		if len(rec) != len(header) {
			p.add(o, nil, &scales.FileError{File: p.name(o), Problem: fmt.Sprintf("%d cells; a row of the pooled data set has %d", len(rec), len(header))})
			continue
		}
		c, problem := rr.row(rec)
		if problem != "" {
			p.add(o, nil, &scales.FileError{File: p.name(o), Problem: problem})
			continue
		}
		p.add(o, &c, nil)
	}
}

// canonicalCode reports whether s is a whole number as analyze writes one: digits only, without a
// leading zero.
func canonicalCode(s string) bool {
	if s == "" || s[0] == '0' && len(s) > 1 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// maxCSVLine is the longest line a pooled CSV may have. A row of analyze's is under a kilobyte;
// without a limit one line of gigabytes was read whole into memory.
const maxCSVLine = 1 << 16

var errLongLine = fmt.Errorf("a line is longer than %d bytes, which no row of the pooled data set is", maxCSVLine)

// lineLimit fails a read with errLongLine once a line passes max bytes.
type lineLimit struct {
	r        io.Reader
	max, run int // the limit, and the bytes since the last newline
}

func (l *lineLimit) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	b := p[:n]
	for len(b) > 0 {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			l.run += len(b)
			break
		}
		if l.run+i > l.max {
			l.run += i
			break
		}
		l.run = 0
		b = b[i+1:]
	}
	if l.run > l.max {
		return n, errLongLine
	}
	return n, err
}

func csvProblem(err error) string {
	if errors.Is(err, errLongLine) {
		return "not CSV: " + err.Error()
	}
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return "not CSV: " + pe.Err.Error()
	}
	return pathProblem(err)
}

// rowReader turns a row of the pooled data set into a compact response, with the messages Read
// gives for the same answers in a response file.
type rowReader struct {
	in    *scales.Instrument
	first []int // first[j]: the row's cell of in.Items[j] (the first of employment's cells)
	width []int // width[j]: its number of cells
}

func newRowReader(in *scales.Instrument) *rowReader {
	rr := &rowReader{in: in, first: make([]int, len(in.Items)), width: make([]int, len(in.Items))}
	col := 2 // id, lang
	for j := range in.Items {
		rr.first[j] = col
		rr.width[j] = len(in.Items[j].Columns())
		col += rr.width[j]
	}
	return rr
}

// fast reads the usual row — a well-formed id, nb, nn or en, every cell empty or a code in range of
// one digit, a multiple-choice question's cells all empty or 0/1 with 1 to MaxChoices ticked —
// straight into c. It reports false for anything else, valid or not, which row then reads with the
// messages of a response file: fast accepts only rows that row accepts, and gives what row gives.
func (rr *rowReader) fast(rec []string, c *scales.Compact) bool {
	id := rec[0]
	if !scales.ValidIDString(id) || !c.SetLang(scales.Lang(rec[1])) {
		return false
	}
	if _, err := hex.Decode(c.ID[:], []byte(id)); err != nil {
		return false
	}
	for j := range rr.in.Items {
		it := &rr.in.Items[j]
		cells := rec[rr.first[j] : rr.first[j]+rr.width[j]]
		if it.Kind != scales.Multiple {
			switch cell := cells[0]; {
			case cell == "":
				c.Answers[j] = 0
			case len(cell) == 1 && cell[0] >= '1' && int(cell[0]-'0') <= len(it.Choices):
				c.Answers[j] = cell[0] - '0'
			default:
				return false
			}
			continue
		}
		var set uint8
		empty, ticked := 0, 0
		for k, cell := range cells {
			switch cell {
			case "":
				empty++
			case "0":
			case "1":
				v := it.Choices[k].Value
				if v < 1 || v > 8 {
					return false
				}
				set |= 1 << (v - 1)
				ticked++
			default:
				return false
			}
		}
		switch {
		case empty == len(cells):
			c.Answers[j] = 0
		case empty == 0 && ticked >= 1 && ticked <= it.MaxChoices:
			c.Answers[j] = set
		default:
			return false
		}
	}
	return true
}

// row reads one row. The usual row — every cell empty or a code in range — is read straight into
// the compact form; anything else goes through a Response and Validate, for the message a response
// file with the same answers gets.
func (rr *rowReader) row(rec []string) (scales.Compact, string) {
	var c scales.Compact
	if rr.fast(rec, &c) {
		return c, ""
	}
	return rr.slow(rec)
}

// slow reads any row through a Response and Validate.
func (rr *rowReader) slow(rec []string) (scales.Compact, string) {
	r := scales.Response{Lang: scales.Lang(rec[1]), ID: rec[0], Answers: map[string][]int{}}
	for j := range rr.in.Items {
		it := &rr.in.Items[j]
		cells := rec[rr.first[j] : rr.first[j]+rr.width[j]]
		if it.Kind != scales.Multiple {
			if cells[0] == "" {
				continue
			}
			// A code as analyze writes it: digits, no sign, no leading zero (Atoi took "+6", "06"
			// and "-0", which no writer writes and a response file would not hold).
			v, err := strconv.Atoi(cells[0])
			if err != nil || !canonicalCode(cells[0]) {
				return scales.Compact{}, fmt.Sprintf("answers.%s: %q is not a code; allowed 1–%d", it.ID, cells[0], len(it.Choices))
			}
			r.Answers[it.ID] = []int{v}
			continue
		}
		// A multiple-choice question: one 0/1 cell per code, all empty when unanswered.
		empty := 0
		var codes []int
		for k, cell := range cells {
			switch cell {
			case "":
				empty++
			case "0":
			case "1":
				codes = append(codes, it.Choices[k].Value)
			default:
				return scales.Compact{}, fmt.Sprintf("%s: %q; each of %s is 1 (ticked), 0 or, for an unanswered question, empty", it.Columns()[k], cell, strings.Join(it.Columns(), ","))
			}
		}
		switch {
		case empty == len(cells):
		case empty > 0:
			return scales.Compact{}, fmt.Sprintf("%s: some empty and some not; all are empty when %s is unanswered", strings.Join(it.Columns(), ","), it.ID)
		default:
			r.Answers[it.ID] = codes // none ticked: Validate names it
		}
	}
	c, err := scales.CompactOf(r)
	if err != nil {
		return scales.Compact{}, err.Error()
	}
	return c, ""
}
