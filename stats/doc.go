// Package stats holds the statistical procedures of the study's report:
// ranks, descriptives, Spearman's and Pearson's correlations, Cronbach's α,
// independent-samples t-tests, Levene's test, the Mann–Whitney test and
// Cohen's d, in the manner of gonum's stat: data first, each function's
// doc comment gives its formula and reference. The study's report built from
// them is package report. The numbers follow SPSS's conventions (IBM SPSS Statistics
// Algorithms), so that a researcher repeating the study gets what SPSS gave.
//
// NaN means a missing value in every input slice. Missing data are handled
// as SPSS does by default: per analysis for descriptives and group
// comparisons, pairwise for correlations, listwise for Cronbach's α.
//
// A statistic that cannot be computed (too few cases, zero variance) is
// returned as NaN, never as a made-up number; the procedures panic only on
// programmer errors such as slices of different lengths.
//
// Upper-tail probabilities are taken from the regularized incomplete beta
// function or the complementary error function directly rather than as
// 1−CDF, so that small p-values keep their relative precision. Those
// functions, and the inverse incomplete beta function behind Feldt's
// interval, come from stats/internal/pmath: copies of gonum's mathext
// (Cephes) and of Go's pure-Go math, so that the group page (WebAssembly)
// and the command line (native, where math.Exp and math.Log are assembly)
// compute the same report to the last bit.
package stats
