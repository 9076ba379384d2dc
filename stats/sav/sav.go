package sav

import (
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"sammebaat/internal/text"
	"sammebaat/scales"
)

// NotAnswered is the code stored for an unanswered question, declared user-missing (see the
// package doc for why -9).
const NotAnswered = -9

// Limits SPSS reads (PSPP accepts longer, SPSS may not).
const (
	maxVarLabel   = 255 // bytes of a variable label
	maxValueLabel = 120 // bytes of a value label
	docLine       = 80  // bytes of a document line
)

// Format types of the system file (PSPP "System File Format", print and write formats).
const (
	fmtA = 1
	fmtF = 5
)

// Measurement levels and alignments of the display parameter record.
const (
	nominal = 1
	ordinal = 2
	scale   = 3

	alignLeft  = 0
	alignRight = 1
)

// sysmis is SPSS's system-missing value, −DBL_MAX.
var sysmis = -math.MaxFloat64

// orderedBackground lists the background questions (section 1) whose codes are ordered; the other
// background questions are nominal. Every question of sections 2–4 is an ordered frequency, count
// or rating.
var orderedBackground = map[string]bool{"age": true, "frequency": true}

type valueLabel struct {
	num   float64 // the value of a numeric variable
	str   string  // the value of a string variable
	label string
}

// variable is one variable of the data set: its dictionary entry and how to get its value
// from a response (num for a numeric variable, str for a string).
type variable struct {
	name, short string
	width       int // 0 numeric, else the string's width in bytes
	format      int32
	label       string
	missing     bool // -9 is declared user-missing
	labels      []valueLabel
	measure     int32
	num         func(r *scales.Response, scores []scales.Score) float64
	str         func(r *scales.Response) string
}

// segments is the number of 8-byte units the variable takes in a case.
func (v *variable) segments() int {
	if v.width == 0 {
		return 1
	}
	return (v.width + 7) / 8
}

func format(typ, w, d int) int32 { return int32(typ<<16 | w<<8 | d) }

// word names one of the data set's own words (internal/text).
type word int

const (
	wNotAnswered word = iota
	wChosen
	wNotChosen
	wID
	wLang
	wNB
	wNN
	wEN
	// The file's document record, line by line.
	wDoc1
	wDoc2
	wDoc3
	wDoc4

	wordCount // number of words; keep last
)

var words = text.Enum("sav: the data set's labels", wordCount, map[word]scales.Text{
	wNotAnswered: {NB: "Ikke besvart", NN: "Ikkje svart", EN: "Not answered"},
	wChosen:      {NB: "Valgt", NN: "Valt", EN: "Chosen"},
	wNotChosen:   {NB: "Ikke valgt", NN: "Ikkje valt", EN: "Not chosen"},
	wID:          {NB: "Svar-id", NN: "Svar-id", EN: "Response id"},
	wLang:        {NB: "Språket det ble svart på", NN: "Språket det vart svart på", EN: "Language answered in"},
	wNB:          {NB: "Norsk (bokmål)", NN: "Norsk (bokmål)", EN: "Norwegian (bokmål)"},
	wNN:          {NB: "Norsk (nynorsk)", NN: "Norsk (nynorsk)", EN: "Norwegian (nynorsk)"},
	wEN:          {NB: "Engelsk", NN: "Engelsk", EN: "English"},
	wDoc1:        {NB: "Samme båt: svar på Social Exchange Scales, skjema ses-nb-2018.", NN: "Samme båt: svar på Social Exchange Scales, skjema ses-nb-2018.", EN: "Samme båt: responses to the Social Exchange Scales, form ses-nb-2018."},
	wDoc2:        {NB: "-9 = ikke besvart (brukerdefinert manglende verdi).", NN: "-9 = ikkje svart (manglande verdi definert av brukaren).", EN: "-9 = not answered (user-missing value)."},
	wDoc3:        {NB: "Skalaskår = gjennomsnittet av besvarte ledd når minst halvparten", NN: "Skåre på skalaen = gjennomsnittet av ledda med svar når minst halvparten", EN: "Scale score = mean of the answered items when at least half of them"},
	wDoc4:        {NB: "(avrundet opp) er besvart, ellers systemmanglende (MEAN.n).", NN: "(runda opp) har svar, elles systemmanglande (MEAN.n).", EN: "(rounded up) are answered, else system-missing (MEAN.n)."},
})

// Created is the creation date and time every file from Write carries in its header: 1 January
// 2018, the year of the instrument's Norwegian form, at midnight. A response file carries no
// time, so the file made from it carries none either, and the same responses always give the
// same bytes.
var Created = time.Date(2018, time.January, 1, 0, 0, 0, 0, time.UTC)

// Write writes the responses as an SPSS system file with labels in language l (the package doc
// has the variables and the layout). The responses are written in the order of their ids; rs
// itself is not reordered. The file's creation time is Created, never the time of the export.
func Write(w io.Writer, in *scales.Instrument, rs []scales.Response, l scales.Lang) error {
	return WriteCreated(w, in, rs, l, Created)
}

// WriteCreated is Write with the creation time stamped in the file header given, so that the same
// responses give the same bytes.
func WriteCreated(w io.Writer, in *scales.Instrument, rs []scales.Response, l scales.Lang, created time.Time) error {
	if !slices.Contains(text.Languages, l) {
		return fmt.Errorf("sav: unknown language %q", l)
	}
	vars := dictionary(in, l)
	sorted := make([]scales.Response, len(rs))
	copy(sorted, rs)
	scales.SortByID(sorted)

	e := &encoder{w: w}
	e.header(in, vars, len(sorted), created)
	e.variables(vars)
	e.valueLabels(vars)
	e.documents([]string{words.In(l, wDoc1), words.In(l, wDoc2), words.In(l, wDoc3), words.In(l, wDoc4)})
	e.machineInfo()
	e.mrsets(in, vars, l)
	e.display(vars)
	e.longNames(vars)
	e.record7(20, 1, []byte("UTF-8"))
	e.int32(999)
	e.int32(0)
	for i := range sorted {
		r := &sorted[i]
		scores := in.Scores(*r)
		for _, v := range vars {
			if v.width == 0 {
				x := v.num(r, scores)
				if math.IsNaN(x) {
					x = sysmis
				}
				e.float64(x)
				continue
			}
			e.padded(v.str(r), 8*v.segments(), ' ')
		}
		e.flush(false)
	}
	e.flush(true)
	return e.err
}

// dictionary lists the variables of the data set in report.CSVHeader's order, labelled in l.
func dictionary(in *scales.Instrument, l scales.Lang) []variable {
	t := func(w word) string { return words.In(l, w) }
	missing := valueLabel{num: NotAnswered, label: t(wNotAnswered)}
	vars := []variable{
		{name: "id", width: 32, format: format(fmtA, 32, 0), label: t(wID), measure: nominal,
			str: func(r *scales.Response) string { return r.ID }},
		{name: "lang", width: 2, format: format(fmtA, 2, 0), label: t(wLang), measure: nominal,
			labels: []valueLabel{{str: string(scales.EN), label: t(wEN)}, {str: string(scales.NB), label: t(wNB)}, {str: string(scales.NN), label: t(wNN)}},
			str:    func(r *scales.Response) string { return string(r.Lang) }},
	}
	for i := range in.Items {
		it := &in.Items[i]
		id := it.ID
		if it.Kind == scales.Multiple {
			cols := it.Columns()
			for ci, c := range it.Choices {
				code := c.Value
				vars = append(vars, variable{
					name: cols[ci], format: format(fmtF, 2, 0),
					label:   it.Text.In(l) + ": " + c.Label.In(l),
					missing: true,
					labels:  []valueLabel{missing, {num: 0, label: t(wNotChosen)}, {num: 1, label: t(wChosen)}},
					measure: nominal,
					num: func(r *scales.Response, _ []scales.Score) float64 {
						cs := r.Answers[id]
						if len(cs) == 0 {
							return NotAnswered
						}
						for _, x := range cs {
							if x == code {
								return 1
							}
						}
						return 0
					},
				})
			}
			continue
		}
		labels := []valueLabel{missing}
		for _, c := range it.Choices {
			labels = append(labels, valueLabel{num: float64(c.Value), label: c.Label.In(l)})
		}
		measure := int32(ordinal)
		if it.Section == 1 && !orderedBackground[id] {
			measure = nominal
		}
		vars = append(vars, variable{
			name: id, format: format(fmtF, 2, 0), label: question(in, it, l), missing: true,
			labels: labels, measure: measure,
			num: func(r *scales.Response, _ []scales.Score) float64 {
				cs := r.Answers[id]
				if len(cs) == 0 {
					return NotAnswered
				}
				return float64(cs[0])
			},
		})
	}
	for i, s := range in.Scales {
		i := i
		vars = append(vars, variable{
			name: s.ID, format: format(fmtF, 8, 2), label: s.Name.In(l), measure: scale,
			num: func(_ *scales.Response, scores []scales.Score) float64 { return scores[i].Value },
		})
	}
	shortNames(vars)
	return vars
}

// question is the full text of an item: for section 3 the section's stem and the item's
// continuation joined ("Hvor ofte … har" + "… du besøkt …").
func question(in *scales.Instrument, it *scales.Item, l scales.Lang) string {
	text := it.Text.In(l)
	for _, s := range in.Sections {
		if s.Number == it.Section && s.Stem.In(l) != "" {
			stem := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s.Stem.In(l)), "…"))
			rest := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(text), "…"))
			return stem + " " + rest
		}
	}
	return text
}

// shortNames gives every variable a unique short name: its name uppercased and cut to 8 bytes,
// the end replaced by a number if that clashes with an earlier one.
func shortNames(vars []variable) {
	used := map[string]bool{}
	for i := range vars {
		base := strings.ToUpper(vars[i].name)
		if len(base) > 8 {
			base = base[:8]
		}
		name := base
		for n := 1; used[name]; n++ {
			suffix := strconv.Itoa(n)
			name = base[:min(len(base), 8-len(suffix))] + suffix
		}
		used[name] = true
		vars[i].short = name
	}
}

// cut returns s cut to at most n bytes on a UTF-8 character boundary.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// encoder writes little-endian records into a buffer that goes to w in pieces; the first write
// error stops everything and is kept.
type encoder struct {
	w   io.Writer
	buf []byte
	err error
}

func (e *encoder) int32(x int32) { e.buf = binary.LittleEndian.AppendUint32(e.buf, uint32(x)) }
func (e *encoder) float64(x float64) {
	e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(x))
}

// padded writes s cut or padded with pad to exactly n bytes.
func (e *encoder) padded(s string, n int, pad byte) {
	s = cut(s, n)
	e.buf = append(e.buf, s...)
	for i := len(s); i < n; i++ {
		e.buf = append(e.buf, pad)
	}
}

func (e *encoder) flush(force bool) {
	if e.err != nil {
		e.buf = e.buf[:0]
		return
	}
	if force || len(e.buf) >= 64<<10 {
		_, e.err = e.w.Write(e.buf)
		e.buf = e.buf[:0]
	}
}

func (e *encoder) header(in *scales.Instrument, vars []variable, n int, created time.Time) {
	units := 0
	for i := range vars {
		units += vars[i].segments()
	}
	cases := int32(-1) // unknown, if it does not fit
	if n <= math.MaxInt32 {
		cases = int32(n)
	}
	e.padded("$FL2", 4, ' ')
	e.padded("@(#) SPSS DATA FILE sammebaat "+in.ID, 60, ' ')
	e.int32(2) // layout code
	e.int32(int32(units))
	e.int32(0) // no compression
	e.int32(0) // no weight variable
	e.int32(cases)
	e.float64(100) // compression bias
	e.padded(created.Format("02 Jan 06"), 9, ' ')
	e.padded(created.Format("15:04:05"), 8, ' ')
	e.padded("Samme båt "+in.ID, 64, ' ')
	e.padded("", 3, 0)
}

func (e *encoder) variables(vars []variable) {
	for i := range vars {
		v := &vars[i]
		e.int32(2)
		e.int32(int32(v.width))
		label := cut(v.label, maxVarLabel)
		e.int32(b2i(label != ""))
		e.int32(b2i(v.missing))
		e.int32(v.format) // print format
		e.int32(v.format) // write format
		e.padded(v.short, 8, ' ')
		if label != "" {
			e.int32(int32(len(label)))
			e.padded(label, (len(label)+3)/4*4, ' ')
		}
		if v.missing {
			e.float64(NotAnswered)
		}
		for j := 1; j < v.segments(); j++ { // continuation records of a string
			e.int32(2)
			e.int32(-1)
			e.int32(0)
			e.int32(0)
			e.int32(0)
			e.int32(0)
			e.padded("", 8, 0)
		}
	}
}

// valueLabels writes one type 3 record per distinct label set, followed by the type 4 record
// naming the variables it applies to.
func (e *encoder) valueLabels(vars []variable) {
	type set struct {
		v       *variable
		indexes []int32
	}
	var sets []*set
	byKey := map[string]*set{}
	index := int32(1) // 1-based, in 8-byte units
	for i := range vars {
		v := &vars[i]
		if len(v.labels) > 0 {
			var key strings.Builder
			key.WriteString(strconv.Itoa(v.width))
			for _, vl := range v.labels {
				fmt.Fprintf(&key, "\x00%v\x00%s\x00%s", vl.num, vl.str, vl.label)
			}
			s := byKey[key.String()]
			if s == nil {
				s = &set{v: v}
				byKey[key.String()] = s
				sets = append(sets, s)
			}
			s.indexes = append(s.indexes, index)
		}
		index += int32(v.segments())
	}
	for _, s := range sets {
		e.int32(3)
		e.int32(int32(len(s.v.labels)))
		for _, vl := range s.v.labels {
			if s.v.width == 0 {
				e.float64(vl.num)
			} else {
				e.padded(vl.str, 8, ' ')
			}
			label := cut(vl.label, maxValueLabel)
			e.buf = append(e.buf, byte(len(label)))
			e.padded(label, (len(label)+1+7)/8*8-1, ' ')
		}
		e.int32(4)
		e.int32(int32(len(s.indexes)))
		for _, x := range s.indexes {
			e.int32(x)
		}
	}
}

func (e *encoder) documents(lines []string) {
	e.int32(6)
	e.int32(int32(len(lines)))
	for _, line := range lines {
		e.padded(line, docLine, ' ')
	}
}

func (e *encoder) record7(subtype, size int32, data []byte) {
	e.int32(7)
	e.int32(subtype)
	e.int32(size)
	e.int32(int32(len(data)) / size)
	e.buf = append(e.buf, data...)
}

func (e *encoder) machineInfo() {
	var b []byte
	for _, x := range []int32{
		1, 0, 0, // product version
		-1,    // machine code
		1,     // floating point: IEEE 754
		1,     // compression code
		2,     // little-endian
		65001, // character code: UTF-8
	} {
		b = binary.LittleEndian.AppendUint32(b, uint32(x))
	}
	e.record7(3, 4, b)
	b = b[:0]
	for _, x := range []float64{sysmis, math.MaxFloat64, math.Nextafter(-math.MaxFloat64, 0)} {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(x))
	}
	e.record7(4, 8, b)
}

// mrsets declares employment's dichotomies as the multiple response set $employment with counted
// value 1: "$employment=D1 1 <label length> <label> emp1 … emp6\n".
func (e *encoder) mrsets(in *scales.Instrument, vars []variable, l scales.Lang) {
	var b strings.Builder
	for _, it := range in.Items {
		if it.Kind != scales.Multiple {
			continue
		}
		label := it.Text.In(l)
		fmt.Fprintf(&b, "$%s=D1 1 %d %s", it.ID, len(label), label)
		for _, name := range it.Columns() {
			for _, v := range vars {
				if v.name == name {
					b.WriteString(" " + strings.ToLower(v.short))
				}
			}
		}
		b.WriteString("\n")
	}
	if b.Len() > 0 {
		e.record7(7, 1, []byte(b.String()))
	}
}

func (e *encoder) display(vars []variable) {
	var b []byte
	for _, v := range vars {
		width, align := int32(8), int32(alignRight)
		if v.width > 0 {
			width, align = int32(v.width), alignLeft
		}
		for _, x := range []int32{v.measure, width, align} {
			b = binary.LittleEndian.AppendUint32(b, uint32(x))
		}
	}
	e.record7(11, 4, b)
}

func (e *encoder) longNames(vars []variable) {
	pairs := make([]string, len(vars))
	for i, v := range vars {
		pairs[i] = v.short + "=" + v.name
	}
	e.record7(13, 1, []byte(strings.Join(pairs, "\t")))
}

func b2i(b bool) int32 {
	if b {
		return 1
	}
	return 0
}
