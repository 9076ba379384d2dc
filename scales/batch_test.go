package scales

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestBatch(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	a, b := randomResponse(rng, 0.8), randomResponse(rng, 0.8)
	fa, _ := Marshal(a)
	fb, _ := Marshal(b)
	var batch Batch
	steps := []struct {
		name     string
		data     []byte
		rejected bool
	}{
		{"a.json", fa, false},
		{"bad.json", withAnswers(`{"age": 7}`), true},
		{"b.json", fb, false},
		{"a-again.json", fa, false}, // duplicate: not an error of the file
		{"empty.json", nil, true},
	}
	for _, s := range steps {
		fe := batch.Add(s.name, s.data)
		if (fe != nil) != s.rejected {
			t.Errorf("Add(%s) = %v, rejected want %v", s.name, fe, s.rejected)
		}
		if fe != nil && fe.File != s.name {
			t.Errorf("Add(%s) names %q", s.name, fe.File)
		}
	}
	if batch.Read() != 5 || len(batch.Responses) != 2 || len(batch.Rejected) != 2 || len(batch.Duplicates) != 1 {
		t.Fatalf("read %d, responses %d, rejected %d, duplicates %d; want 5, 2, 2, 1",
			batch.Read(), len(batch.Responses), len(batch.Rejected), len(batch.Duplicates))
	}
	if !slices.Equal(batch.Files, []string{"a.json", "b.json"}) || !equalResponse(batch.Responses[0], a) || !equalResponse(batch.Responses[1], b) {
		t.Errorf("responses from %v", batch.Files)
	}
	if d := batch.Duplicates[0]; d.File != "a-again.json" || d.Of != "a.json" {
		t.Errorf("duplicate %+v", d)
	}
	if got := batch.Rejected[0].Error(); got != "bad.json: answers.age: code 7 is out of range; allowed 1–4" {
		t.Errorf("rejected[0] = %q", got)
	}

	rs := []Response{b, a}
	SortByID(rs)
	if rs[0].ID > rs[1].ID {
		t.Errorf("SortByID: %s before %s", rs[0].ID, rs[1].ID)
	}
}

func BenchmarkRead(b *testing.B) {
	data, err := Marshal(randomResponse(rand.New(rand.NewPCG(1, 1)), 1))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Read("r.json", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMarshal(b *testing.B) {
	r := randomResponse(rand.New(rand.NewPCG(1, 1)), 1)
	for b.Loop() {
		if _, err := Marshal(r); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkScores(b *testing.B) {
	in := SESNB2018()
	r := randomResponse(rand.New(rand.NewPCG(1, 1)), 0.9)
	for b.Loop() {
		if s := in.Scores(r); len(s) != 9 {
			b.Fatal(fmt.Sprint(s))
		}
	}
}

func TestIsResponseFileName(t *testing.T) {
	for name, want := range map[string]bool{
		"r.json": true, "a/B.JSON": true, "samme-baat-87c17e7f.txt": true, "pool/Samme-Baat-1.TXT": true,
		"notes.txt": false, "ses-problems.txt": false, "samme-baat-1.txt.bak": false, "x.csv": false,
		`dir\samme-baat-2.txt`: true,
	} {
		if got := IsResponseFileName(name); got != want {
			t.Errorf("IsResponseFileName(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestCountLine (issue 9 item 10): one file is "1 file read", not "1 files read".
func TestCountLine(t *testing.T) {
	for _, tt := range []struct {
		read, analysed, rejected, duplicate int
		want                                string
	}{
		{1, 1, 0, 0, "1 file read: 1 analysed, 0 rejected, 0 duplicate"},
		{0, 0, 0, 0, "0 files read: 0 analysed, 0 rejected, 0 duplicate"},
		{27, 23, 3, 1, "27 files read: 23 analysed, 3 rejected, 1 duplicate"},
	} {
		if got := CountLine(tt.read, tt.analysed, tt.rejected, tt.duplicate); got != tt.want {
			t.Errorf("CountLine(%d, …) = %q, want %q", tt.read, got, tt.want)
		}
	}
}
