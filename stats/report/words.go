package report

import (
	"fmt"

	"sammebaat/internal/text"
	"sammebaat/scales"
)

// Words are the words around the tables' cells in one language: captions,
// column heads, notes. The group page and the Markdown both take them from
// here, as they take the cells from Tables, so that they say the same.
type Words struct {
	// Caption is each table's caption, Table 4's for all responses, with
	// the number of responses (Table 3 gives each group's in T3Groups).
	Caption [4]string
	T1Heads [6]string // scale, α, its interval, n, the study's α, the original's
	T2Heads [2]string // count, percent
	// T2Missing heads Table 2's row of those who did not answer;
	// T2Multiple follows a question that takes more than one answer.
	T2Missing, T2Multiple string
	T3Groups              [2]string // each type of group with its n
	T3Heads               [9]string // variable, then M and SD of each group, the three p, d
	T3Note                string
	// T4Split names each group of Table 4's split (its Matrix.Value);
	// T4SplitCaption is the caption of a group's matrix.
	T4Split map[int]string
	T4Sig   string // the * and ** of the correlations
	l       scales.Lang
}

// T4SplitCaption is the caption of the split's group value, of n responses.
func (w Words) T4SplitCaption(value, n int) string {
	return words.In(w.l, wT4Split, w.T4Split[value], n)
}

type word int

const (
	wT1 word = iota
	wT2
	wT3
	wT4
	wScale
	wAlpha
	wCI
	wStudyAlpha
	wOriginalAlpha
	wCount
	wPercent
	wMissing
	wMultiple
	wVariable
	wMean
	wSD
	wPStudent
	wPWelch
	wPMannWhitney
	wCohensD
	wT3Note
	wT4Split
	wT4Sig
	wSplitCurrent
	wSplitFormer

	wordCount // number of words; keep last
)

var words = text.Enum("report: the tables' words", wordCount, map[word]scales.Text{
	wT1:            {NB: "Tabell 1. Cronbachs alfa (n = %d)", NN: "Tabell 1. Cronbachs alfa (n = %d)", EN: "Table 1. Cronbach's alpha (n = %d)"},
	wT2:            {NB: "Tabell 2. Bakgrunnsvariabler (n = %d)", NN: "Tabell 2. Bakgrunnsvariablar (n = %d)", EN: "Table 2. Background variables (n = %d)"},
	wT3:            {NB: "Tabell 3. Gjennomsnitt og standardavvik etter type gruppe", NN: "Tabell 3. Gjennomsnitt og standardavvik etter type gruppe", EN: "Table 3. Means and standard deviations by type of group"},
	wT4:            {NB: "Tabell 4. Hvordan påvirker sentrale faktorer i selvhjelpsgrupper hverandre? (Spearmans rho, n = %d)", NN: "Tabell 4. Korleis påverkar sentrale faktorar i sjølvhjelpsgrupper kvarandre? (Spearmans rho, n = %d)", EN: "Table 4. How do central factors in self-help groups affect each other? (Spearman's rho, n = %d)"},
	wScale:         {NB: "Skala", NN: "Skala", EN: "Scale"},
	wAlpha:         {NB: "α", NN: "α", EN: "α"},
	wCI:            {NB: "95 % KI (Feldt)", NN: "95 % KI (Feldt)", EN: "95% CI (Feldt)"},
	wStudyAlpha:    {NB: "α i studien (2018)", NN: "α i studien (2018)", EN: "α in the study (2018)"},
	wOriginalAlpha: {NB: "α i originalen (2014)", NN: "α i originalen (2014)", EN: "α in the original (2014)"},
	wCount:         {NB: "Antall", NN: "Tal", EN: "Count"},
	wPercent:       {NB: "Prosent", NN: "Prosent", EN: "Percent"},
	wMissing:       {NB: "Ikke svart", NN: "Ikkje svart", EN: "Not answered"},
	wMultiple:      {NB: "(inntil %d svar; prosent av dem som svarte)", NN: "(inntil %d svar; prosent av dei som svarte)", EN: "(up to %d answers; percent of those who answered)"},
	wVariable:      {NB: "Variabel", NN: "Variabel", EN: "Variable"},
	wMean:          {NB: "M", NN: "M", EN: "M"},
	wSD:            {NB: "SD", NN: "SD", EN: "SD"},
	wPStudent:      {NB: "p (t-test)", NN: "p (t-test)", EN: "p (t-test)"},
	wPWelch:        {NB: "p (Welch)", NN: "p (Welch)", EN: "p (Welch)"},
	wPMannWhitney:  {NB: "p (Mann–Whitney)", NN: "p (Mann–Whitney)", EN: "p (Mann–Whitney)"},
	wCohensD:       {NB: "Cohens d", NN: "Cohens d", EN: "Cohen's d"},
	wT3Note: {
		NB: "Gjennomsnitt (M) og standardavvik (SD). p tosidig: t-test med lik varians (Student), uten (Welch) og Mann–Whitney.",
		NN: "Gjennomsnitt (M) og standardavvik (SD). p tosidig: t-test med lik varians (Student), utan (Welch) og Mann–Whitney.",
		EN: "Mean (M) and standard deviation (SD). p two-tailed: t-test with equal variances (Student), without (Welch), and Mann–Whitney.",
	},
	wT4Split: {NB: "Tabell 4 for %s (n = %d)", NN: "Tabell 4 for %s (n = %d)", EN: "Table 4 for %s (n = %d)"},
	wT4Sig: {
		NB: "** Korrelasjonen er signifikant på 0,01-nivå (tosidig). * Korrelasjonen er signifikant på 0,05-nivå (tosidig). Spearmans rho.",
		NN: "** Korrelasjonen er signifikant på 0,01-nivå (tosidig). * Korrelasjonen er signifikant på 0,05-nivå (tosidig). Spearmans rho.",
		EN: "** Correlation is significant at the 0.01 level (2-tailed). * Correlation is significant at the 0.05 level (2-tailed). Spearman's rho.",
	},
	wSplitCurrent: {NB: "nåværende medlemmer", NN: "noverande medlemmer", EN: "current members"},
	wSplitFormer:  {NB: "tidligere medlemmer", NN: "tidlegare medlemmer", EN: "former members"},
})

// newWords is the words of report r's tables in language l.
func newWords(r *Report, in *scales.Instrument, l scales.Lang) Words {
	w := func(k word, args ...any) string { return words.In(l, k, args...) }
	out := Words{
		Caption: [4]string{w(wT1, r.N), w(wT2, r.N), w(wT3), w(wT4, r.Correlations.MaxN())},
		T1Heads: [6]string{w(wScale), w(wAlpha), w(wCI), "n", w(wStudyAlpha), w(wOriginalAlpha)},
		T2Heads: [2]string{w(wCount), w(wPercent)},
		T3Heads: [9]string{w(wVariable), w(wMean), w(wSD), w(wMean), w(wSD), w(wPStudent), w(wPWelch), w(wPMannWhitney), w(wCohensD)},
		T3Note:  w(wT3Note), T4Sig: w(wT4Sig), T2Missing: w(wMissing),
		T4Split: map[int]string{}, l: l,
	}
	for _, it := range in.Items {
		if it.Kind == scales.Multiple {
			out.T2Multiple = w(wMultiple, it.MaxChoices)
		}
	}
	gc := r.GroupComparison
	if by := in.Item(gc.By); by != nil {
		for j := range 2 {
			out.T3Groups[j] = fmt.Sprintf("%s (n = %d)", by.Label(gc.Groups[j], l), gc.N(j))
		}
	}
	for _, g := range r.Split.Groups {
		name := in.Item(r.Split.By).Label(g.Value, l)
		if r.Split.By == "status" && g.Value == 1 {
			name = w(wSplitCurrent)
		} else if r.Split.By == "status" && g.Value == 2 {
			name = w(wSplitFormer)
		}
		out.T4Split[g.Value] = name
	}
	return out
}

// N is comparison group j's size: the most cases any variable has in it
// (each variable uses its own valid cases).
func (gc GroupComparison) N(j int) int {
	n := 0
	for _, row := range gc.Rows {
		n = max(n, row.Groups[j].N)
	}
	return n
}
