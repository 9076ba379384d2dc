// Package statstest makes response pools for tests and benchmarks of the analyses: deterministic
// samples that imitate the study. It is imported only by tests, never by the app.
package statstest

import (
	"fmt"
	"math"
	"math/rand/v2"

	"sammebaat/scales"
)

// StudyLike makes n responses that imitate the study's sample (Table 2 of the seed): about 46 %
// women, 30 % mental-health and 67 % substance-use groups, 80 % current members, Likert answers
// driven by a few latent traits so the scales hang together, substance-use groups with more
// contact outside meetings (as Table 3), and about 3 % of answers missing at random. The same
// seed always gives the same responses.
func StudyLike(seed uint64, n int) []scales.Response {
	in := scales.SESNB2018()
	rng := rand.New(rand.NewPCG(seed, 0x5a3eba47))
	pick := func(weights ...float64) int {
		u := rng.Float64()
		for i, w := range weights {
			if u < w {
				return i + 1
			}
			u -= w
		}
		return len(weights)
	}
	clamp := func(x float64, lo, hi int) int {
		v := int(math.Round(x))
		return min(max(v, lo), hi)
	}
	rs := make([]scales.Response, n)
	for i := range rs {
		r := scales.Response{Lang: scales.NB, ID: fmt.Sprintf("%032x", rng.Uint64()<<32|uint64(i)), Answers: map[string][]int{}}
		if i%3 == 0 {
			r.Lang = scales.EN
		}
		set := func(id string, codes ...int) {
			if rng.Float64() < 0.03 {
				return // left unanswered
			}
			r.Answers[id] = codes
		}
		area := pick(0.30, 0.667, 0.02, 0.013)
		set("gender", pick(0.46, 0.54))
		set("age", pick(0.25, 0.33, 0.38, 0.04))
		set("education", pick(0.15, 0.40, 0.42, 0.03))
		if e1 := pick(0.4, 0.15, 0.1, 0.25, 0.05, 0.05); rng.Float64() < 0.2 {
			e2 := e1%6 + 1
			set("employment", min(e1, e2), max(e1, e2))
		} else {
			set("employment", e1)
		}
		set("status", pick(0.8, 0.2))
		set("area", area)
		set("peerled", pick(0.93, 0.04, 0.03))
		set("frequency", pick(0.6, 0.25, 0.1, 0.05))
		set("openness", pick(0.5, 0.3, 0.2))

		give, get, fun, bad := rng.NormFloat64(), rng.NormFloat64(), rng.NormFloat64(), rng.NormFloat64()
		social := rng.NormFloat64()
		socialMean := 1.4
		if area == 2 {
			socialMean = 3.2
		}
		for _, it := range in.Items {
			var x float64
			switch it.Subscale {
			case "ekp", "esp":
				x = 5.6 + 0.9*give + 0.5*rng.NormFloat64()
			case "ekr", "esr":
				x = 5.9 + 0.8*(0.6*give+0.8*get) + 0.5*rng.NormFloat64()
			case "hum":
				x = 4.6 + 1.1*fun + 0.6*rng.NormFloat64()
			case "unw":
				x = 2.5 + 0.9*bad + 0.7*rng.NormFloat64()
			case "out":
				x = socialMean + 1.0*social + 0.4*rng.NormFloat64()
			default:
				continue
			}
			set(it.ID, clamp(x, 1, len(it.Choices)))
		}
		set("duration", clamp(3.2+0.9*rng.NormFloat64()+0.3*social, 1, 4))
		set("recovery", clamp(4.5+0.6*rng.NormFloat64()+0.3*give+0.3*fun, 1, 5))
		set("satisfaction", clamp(4.4+0.8*rng.NormFloat64()+0.4*give, 1, 5))
		rs[i] = r
	}
	return rs
}
