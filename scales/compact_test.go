package scales

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"runtime"
	"runtime/metrics"
	"slices"
	"testing"
	"unsafe"
)

func TestCompactLayout(t *testing.T) {
	if n := len(SESNB2018().Items); n != NumItems {
		t.Fatalf("NumItems = %d, the instrument has %d questions", NumItems, n)
	}
	if s := unsafe.Sizeof(Compact{}); s != 58 {
		t.Errorf("a Compact is %d bytes, want 58 (16 id + 41 answers + 1 lang)", s)
	}
	// Employment's codes must fit the bit set of one byte.
	for _, it := range SESNB2018().Items {
		if it.Kind == Multiple && len(it.Choices) > 8 {
			t.Errorf("%s has %d codes; a Compact holds at most 8 as a bit set", it.ID, len(it.Choices))
		}
	}
}

// TestCompactRoundTrip: CompactOf and Response are inverse, and Code and Codes read the answers as
// the Response holds them.
func TestCompactRoundTrip(t *testing.T) {
	in := SESNB2018()
	rng := rand.New(rand.NewPCG(58, 41))
	for i := range 500 {
		r := randomResponse(rng, []float64{0, 0.3, 0.9, 1}[i%4])
		if i%7 == 0 {
			r.Set("employment", 1+rng.IntN(6)) // one code of a multiple-choice question
		}
		c, err := CompactOf(r)
		if err != nil {
			t.Fatalf("CompactOf(%+v): %v", r, err)
		}
		if c.Lang() != r.Lang || c.IDString() != r.ID {
			t.Fatalf("lang %q id %q, want %q %q", c.Lang(), c.IDString(), r.Lang, r.ID)
		}
		back := c.Response()
		if !equalResponse(back, r) || back.Answers == nil {
			t.Fatalf("Response() = %+v, want %+v", back, r)
		}
		for k, it := range in.Items {
			code, ok := c.Code(k)
			wcode, wok := r.Code(it.ID)
			if code != wcode || ok != wok {
				t.Errorf("Code(%s) = %d, %v; Response.Code = %d, %v", it.ID, code, ok, wcode, wok)
			}
			if got := c.Codes(k, nil); !slices.Equal(got, r.Answers[it.ID]) {
				t.Errorf("Codes(%s) = %v, want %v", it.ID, got, r.Answers[it.ID])
			}
		}
		// The file of a compact response is the file of the response.
		b1, _ := Marshal(r)
		b2, err := Marshal(back)
		if err != nil || !bytes.Equal(b1, b2) {
			t.Fatalf("Marshal differs: %v\n%s\n%s", err, b1, b2)
		}
		if c2, err := ReadCompact("r.json", b1); err != nil || c2 != c {
			t.Fatalf("ReadCompact(Marshal) = %+v, %v; want %+v", c2, err, c)
		}
	}
	var zero Compact
	if zero.Lang() != "" || len(zero.Response().Answers) != 0 {
		t.Errorf("zero Compact: %+v", zero.Response())
	}
}

func TestCompactOfRejects(t *testing.T) {
	in := SESNB2018()
	for _, r := range []Response{
		{Lang: "de", ID: goodID},
		{Lang: NB, ID: "x"},
		{Lang: EN, ID: goodID, Answers: map[string][]int{"age": {9}}},
		{Lang: EN, ID: goodID, Answers: map[string][]int{"employment": {2, 2}}},
		{Lang: EN, ID: goodID, Answers: map[string][]int{"sex": {1}}},
	} {
		want := in.Validate(r)
		c, err := CompactOf(r)
		if err == nil || err.Error() != want.Error() || c != (Compact{}) {
			t.Errorf("CompactOf(%+v) = %+v, %v; want Validate's %v", r, c, err, want)
		}
	}
}

// TestReadFastTakesUsualFiles: the files the app and encoding/json write are read by the fast
// scanner, not only by the fallback (which would pass the differential tests, slowly).
func TestReadFastTakesUsualFiles(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	files := [][]byte{[]byte(formatsExample), withAnswers(`{}`), withAnswers(`{"age": null, "employment": [6, 2]}`),
		append([]byte("\xef\xbb\xbf"), formatsExample...), []byte(" \r\n" + formatsExample + "\r\n")}
	for i := range 50 {
		r := randomResponse(rng, []float64{0, 0.5, 1}[i%3])
		b, _ := Marshal(r)
		c := compactFile(r, []string{"id", "lang", "answers", "format", "instrument", "version"})
		var ind bytes.Buffer
		_ = json.Indent(&ind, c, "", "  ")
		files = append(files, b, c, ind.Bytes())
	}
	for _, f := range files {
		var c Compact
		if !readFast(f, &c) {
			t.Errorf("readFast does not take\n%s", f)
			continue
		}
		r, err := oldRead("f.json", f)
		if err != nil || !reflect.DeepEqual(c.Response(), r) {
			t.Errorf("readFast = %+v; old reader %+v, %v", c.Response(), r, err)
		}
	}
	// And it leaves to readSlow what it does not know, valid or not.
	for _, f := range [][]byte{
		fileWith(append(slices.Clone(head), `"answers": {}`, `"later": 1`)...),
		withAnswers(`{"\u0061ge": 1}`), withAnswers(`{"age": 7}`), withAnswers(`{"age": 1, "age": 1}`),
	} {
		var c Compact
		if readFast(f, &c) {
			t.Errorf("readFast takes %s", f)
		}
	}
}

// FuzzReadCompact: ReadCompact agrees with the old reader (read_old_test.go) on any input.
func FuzzReadCompact(f *testing.F) {
	for _, seed := range readSeeds() {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if d := compactSameAsOld(data); d != "" {
			t.Fatal(d)
		}
	})
}

func BenchmarkReadCompact(b *testing.B) {
	data, err := Marshal(randomResponse(rand.New(rand.NewPCG(1, 1)), 1))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ReadCompact("r.json", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadOld is the reader before issue 11, for comparison in the same run.
func BenchmarkReadOld(b *testing.B) {
	data, err := Marshal(randomResponse(rand.New(rand.NewPCG(1, 1)), 1))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := oldRead("r.json", data); err != nil {
			b.Fatal(err)
		}
	}
}

// heapBytes is the live heap after a full collection (runtime/metrics).
func heapBytes() uint64 {
	runtime.GC()
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// BenchmarkHeldResponses measures the heap that 10,000 read responses keep alive, per response:
// as Read's maps and as ReadCompact's compact form. Answers are given with probability 0.9, as in
// the study's data.
func BenchmarkHeldResponses(b *testing.B) {
	const n = 10000
	rng := rand.New(rand.NewPCG(9, 9))
	files := make([][]byte, n)
	for i := range files {
		files[i], _ = Marshal(randomResponse(rng, 0.9))
	}
	b.Run("Response", func(b *testing.B) {
		var perResponse float64
		for b.Loop() {
			before := heapBytes()
			held := make([]Response, n)
			for i, f := range files {
				held[i], _ = Read("r.json", f)
			}
			perResponse = float64(heapBytes()-before) / n
			runtime.KeepAlive(held)
		}
		b.ReportMetric(perResponse, "heapB/response")
	})
	b.Run("Compact", func(b *testing.B) {
		var perResponse float64
		for b.Loop() {
			before := heapBytes()
			held := make([]Compact, n)
			for i, f := range files {
				held[i], _ = ReadCompact("r.json", f)
			}
			perResponse = float64(heapBytes()-before) / n
			runtime.KeepAlive(held)
		}
		b.ReportMetric(perResponse, "heapB/response")
	})
}

func TestCompactSetLang(t *testing.T) {
	var c Compact
	if c.SetLang("sv") || c.Lang() != "" {
		t.Errorf("SetLang(sv) took it: %q", c.Lang())
	}
	for _, l := range []Lang{NB, EN, NN} {
		if !c.SetLang(l) || c.Lang() != l {
			t.Errorf("SetLang(%s): Lang() = %q", l, c.Lang())
		}
	}
}
