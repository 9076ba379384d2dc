// Package report is the study's document: the analyses of a pool of
// ses-response files (the ses-report of spec/formats.md), built from package
// stats' procedures, and its spellings — the report JSON, the pooled data set
// as CSV, the study's Tables 1–4 as table cells in bokmål, nynorsk or English, and
// those cells as Markdown.
//
// The command line (analyze) and the group page (app) both print through
// this package, so that the same files give the same bytes and the same
// cells.
package report
