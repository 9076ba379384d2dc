package scales_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"testing"

	"sammebaat/scales"
	"sammebaat/stats/report"
)

// TestNynorskPooledAsBokmål: nynorsk answers the same instrument, so a response's scores, and a
// pool's whole report (ses-report), are the same whatever language each response was given in.
func TestNynorskPooledAsBokmål(t *testing.T) {
	in := scales.SESNB2018()
	rng := rand.New(rand.NewPCG(21, 3))
	langs := []scales.Lang{scales.NB, scales.EN, scales.NN}
	var asNB, mixed []scales.Response
	for i := range 60 {
		r := scales.Response{Lang: scales.NB, ID: fmt.Sprintf("%016x%016x", rng.Uint64(), rng.Uint64()), Answers: map[string][]int{}}
		for _, it := range in.Items {
			if it.Kind == scales.Single && rng.Float64() < 0.9 {
				r.Set(it.ID, 1+rng.IntN(len(it.Choices)))
			}
		}
		asNB = append(asNB, r)
		m := r
		m.Lang = langs[i%3]
		mixed = append(mixed, m)
		if got, want := fmt.Sprint(in.Scores(m)), fmt.Sprint(in.Scores(r)); got != want {
			t.Fatalf("scores in %s %s, in nb %s", m.Lang, got, want)
		}
	}
	reportJSON := func(rs []scales.Response) []byte {
		rep, err := report.NewReport(rs, report.Options{})
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(rep)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	if a, b := reportJSON(mixed), reportJSON(asNB); !bytes.Equal(a, b) {
		t.Errorf("a pool with nynorsk and English responses reports otherwise than the same answers in bokmål:\n%s\n%s", a, b)
	}
}
