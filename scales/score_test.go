package scales

import (
	"math"
	"math/rand/v2"
	"testing"
)

// answer builds a response from id → code pairs.
func answer(pairs map[string]int) Response {
	r := Response{Lang: NB, ID: goodID}
	for id, c := range pairs {
		r.Set(id, c)
	}
	return r
}

func TestScore(t *testing.T) {
	// Expected values are hand-computed means of the listed codes (exact in
	// binary where compared with ==; otherwise within 1e-12).
	tests := []struct {
		name     string
		scale    string
		answers  map[string]int
		want     float64 // NaN: missing
		answered int
		needed   int
		items    int
	}{
		{"share all six", "share", map[string]int{"ekp1": 7, "ekp2": 6, "ekp3": 5, "esp1": 4, "esp2": 3, "esp3": 2}, 27.0 / 6, 6, 3, 6},
		{"share exactly ⌈6/2⌉=3", "share", map[string]int{"ekp1": 1, "esp2": 2, "esp3": 6}, 3, 3, 3, 6},
		{"share one fewer than needed", "share", map[string]int{"ekp1": 1, "esp2": 2}, math.NaN(), 2, 3, 6},
		{"share all missing", "share", nil, math.NaN(), 0, 3, 6},
		{"humour exactly ⌈5/2⌉=3", "humour", map[string]int{"hum1": 7, "hum3": 7, "hum5": 6}, 20.0 / 3, 3, 3, 5},
		{"humour 2 of 5", "humour", map[string]int{"hum1": 7, "hum3": 7}, math.NaN(), 2, 3, 5},
		{"negative exactly ⌈7/2⌉=4", "negative", map[string]int{"unw1": 1, "unw2": 1, "unw3": 2, "unw7": 1}, 1.25, 4, 4, 7},
		{"negative 3 of 7", "negative", map[string]int{"unw1": 1, "unw2": 1, "unw3": 2}, math.NaN(), 3, 4, 7},
		{"social all never", "social", map[string]int{"out1": 1, "out2": 1, "out3": 1, "out4": 1, "out5": 1}, 1, 5, 3, 5},
		{"social all 10+", "social", map[string]int{"out1": 5, "out2": 5, "out3": 5, "out4": 5, "out5": 5}, 5, 5, 3, 5},
		{"ekp exactly ⌈3/2⌉=2", "ekp", map[string]int{"ekp1": 2, "ekp3": 5}, 3.5, 2, 2, 3},
		{"ekp 1 of 3", "ekp", map[string]int{"ekp2": 7}, math.NaN(), 1, 2, 3},
		{"esr from receive's items only", "esr", map[string]int{"esr1": 4, "esr2": 5, "ekr1": 1, "ekr2": 1}, 4.5, 2, 2, 3},
		{"other scales' items do not count", "receive", map[string]int{"ekp1": 7, "ekp2": 7, "ekp3": 7, "esr1": 1}, math.NaN(), 1, 3, 6},
		// 0-like: code 0 (or any invalid code) set in memory is no answer; it
		// neither counts towards ⌈k/2⌉ nor pulls the mean to 0.
		{"code 0 is not an answer", "ekp", map[string]int{"ekp1": 0, "ekp2": 0, "ekp3": 6}, math.NaN(), 1, 2, 3},
		{"code 0 beside enough answers", "ekp", map[string]int{"ekp1": 0, "ekp2": 4, "ekp3": 6}, 5, 2, 2, 3},
		{"code 8 on a 7-point item", "esp", map[string]int{"esp1": 8, "esp2": 2, "esp3": 3}, 2.5, 2, 2, 3},
		{"code 6 on a 5-point item", "social", map[string]int{"out1": 6, "out2": 6, "out3": 6, "out4": 1}, math.NaN(), 1, 3, 5},
		{"unknown scale", "sharing", map[string]int{"ekp1": 7}, math.NaN(), 0, 0, 0},
	}
	in := SESNB2018()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := in.Score(answer(tt.answers), tt.scale)
			if got.Scale != tt.scale || got.Answered != tt.answered || got.Needed != tt.needed || got.Items != tt.items {
				t.Errorf("Score = %+v; want scale %s, answered %d, needed %d, items %d", got, tt.scale, tt.answered, tt.needed, tt.items)
			}
			if math.IsNaN(tt.want) {
				if !got.Missing() || !math.IsNaN(got.Value) {
					t.Errorf("Value = %v, want missing (NaN)", got.Value)
				}
				return
			}
			if got.Missing() || math.Abs(got.Value-tt.want) > 1e-12 {
				t.Errorf("Value = %v, want %v", got.Value, tt.want)
			}
		})
	}
}

func TestScoresAndValue(t *testing.T) {
	in := SESNB2018()
	r := answer(map[string]int{
		"ekp1": 6, "ekp2": 6, "ekp3": 6, "esp1": 3, // share: 21/4; ekp 6; esp missing (1 of 3)
		"hum1": 2, "hum2": 3, "hum3": 4, // humour 3
		"duration": 3, "recovery": 5, "gender": 1,
	})
	r.Set("employment", 1, 4)
	scores := in.Scores(r)
	if len(scores) != len(in.Scales) {
		t.Fatalf("%d scores, want %d", len(scores), len(in.Scales))
	}
	want := map[string]float64{"share": 21.0 / 4, "receive": math.NaN(), "humour": 3, "negative": math.NaN(), "social": math.NaN(),
		"ekp": 6, "esp": math.NaN(), "ekr": math.NaN(), "esr": math.NaN()}
	for i, s := range scores {
		if s.Scale != in.Scales[i].ID {
			t.Errorf("score %d is %q, want %q (Scales order)", i, s.Scale, in.Scales[i].ID)
		}
		w := want[s.Scale]
		if math.IsNaN(w) != s.Missing() || (!s.Missing() && math.Abs(s.Value-w) > 1e-12) {
			t.Errorf("%s = %v, want %v", s.Scale, s.Value, w)
		}
		if v := in.Value(r, s.Scale); !(v == s.Value || math.IsNaN(v) && math.IsNaN(s.Value)) {
			t.Errorf("Value(%s) = %v, Score %v", s.Scale, v, s.Value)
		}
	}
	for variable, w := range map[string]float64{
		"duration": 3, "recovery": 5, "gender": 1,
		"satisfaction": math.NaN(), // unanswered
		"employment":   math.NaN(), // multiple choice has no single value
		"nope":         math.NaN(), // unknown
		"":             math.NaN(),
	} {
		v := in.Value(r, variable)
		if math.IsNaN(w) != math.IsNaN(v) || (!math.IsNaN(w) && v != w) {
			t.Errorf("Value(%q) = %v, want %v", variable, v, w)
		}
	}
	bad := answer(map[string]int{"recovery": 9})
	if v := in.Value(bad, "recovery"); !math.IsNaN(v) {
		t.Errorf("Value of an invalid code = %v, want NaN", v)
	}
}

// TestScoreRandom sets Score against SPSS's MEAN.n written out directly:
// the mean of the valid values when at least n = ⌈k/2⌉ are valid.
func TestScoreRandom(t *testing.T) {
	in := SESNB2018()
	rng := rand.New(rand.NewPCG(3, 14))
	for range 2000 {
		r := randomResponse(rng, rng.Float64())
		for _, s := range in.Scales {
			var vals []float64
			for _, id := range s.Items {
				if c := r.Answers[id]; len(c) == 1 {
					vals = append(vals, float64(c[0]))
				}
			}
			n := int(math.Ceil(float64(len(s.Items)) / 2))
			want := math.NaN()
			if len(vals) >= n {
				sum := 0.0
				for _, v := range vals {
					sum += v
				}
				want = sum / float64(len(vals))
			}
			got := in.Score(r, s.ID)
			if got.Answered != len(vals) || got.Needed != n || math.IsNaN(want) != got.Missing() ||
				(!got.Missing() && math.Abs(got.Value-want) > 1e-12) {
				t.Fatalf("%s of %v: %+v, want %v (n=%d, %d valid)", s.ID, r.Answers, got, want, n, len(vals))
			}
			if !got.Missing() && (got.Value < float64(s.Min) || got.Value > float64(s.Max)) {
				t.Fatalf("%s = %v outside %d–%d", s.ID, got.Value, s.Min, s.Max)
			}
		}
	}
}
