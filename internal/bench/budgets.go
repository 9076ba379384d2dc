package bench

// Budget is a limit on a figure, or on the ratio of a figure to another one
// measured in the same run (machines differ; a ratio measured side by side
// holds on any of them).
type Budget struct {
	Figure  string  // the figure's Name
	Against string  // "": the limit is on the figure; else on Figure's value / Against's value
	Max     float64 // the figure (or ratio) must be at most this; 0 for no upper limit
	Min     float64 // at least this; 0 for no lower limit
	Unit    string  // the figure's unit ("s", "bytes"), for showing the budget of a figure not measured; none for a ratio
	Source  string  // who set it: "issue 5"
}

// Budgets are the project's performance targets. Each is checked by `make
// bench-check` on the figures of the last `make bench`; a budget whose
// figures were not measured counts as missed.
var Budgets = []Budget{
	{Figure: "analyze/r-100000-wall", Against: "analyze/files-100000-wall", Min: 10, Source: "issue 11"},
	{Figure: "analyze/files-100000-peak-rss", Max: 150e6, Unit: "bytes", Source: "issue 11"},
	{Figure: "analyze/csv-1000000-peak-rss", Max: 1e9, Unit: "bytes", Source: "issue 11"},
	{Figure: "BenchmarkReport/n=100000", Max: 1, Unit: "s", Source: "issue 3"},
	{Figure: "BenchmarkAnalyzeFiles/files=100000", Max: 10, Unit: "s", Source: "issue 3"},
	{Figure: "BenchmarkRead allocs/op", Max: 10, Unit: "allocs/op", Source: "issue 11"},
	// The reader before issue 11 (a frozen copy, scales/read_old_test.go)
	// against today's, in the same run: at least 5 times the time.
	{Figure: "BenchmarkReadOld", Against: "BenchmarkRead", Min: 5, Source: "issue 11"},
	{Figure: "wasm/brotli-bytes", Max: 1_600_000, Unit: "bytes", Source: "issue 11"},
	{Figure: "browser/first-question-cold", Max: 1.2, Unit: "s"},
	{Figure: "browser/first-question-warm", Max: 0.6, Unit: "s"},
	{Figure: "browser/first-question-cold", Against: "browser/minimal-heading-cold", Max: 1.3, Source: "issue 11"},
	{Figure: "browser/first-question-warm", Against: "browser/minimal-heading-warm", Max: 1.3, Source: "issue 11"},
	// A member's first visit on a phone (wasm/e2e/phone_bench_test.go): the
	// first question answerable at most 1.5 times as late as on a plain
	// HTML form of the same section, served by the same server, on
	// Lighthouse's mobile profile and on 4G; the bytes before the program
	// runs within the program's own budget and a little more; offline, from
	// the service worker, answerable within a second and a half.
	{Figure: "phone/mobile/answerable-cold", Against: "phone/mobile/plain-form-answerable-cold", Max: 1.5, Source: "issue 19"},
	{Figure: "phone/4g/answerable-cold", Against: "phone/4g/plain-form-answerable-cold", Max: 1.5, Source: "issue 19"},
	{Figure: "phone/mobile/answerable-warm-offline", Max: 1.5, Unit: "s", Source: "issue 19"},
	{Figure: "phone/mobile/bytes-cold", Max: 1_700_000, Unit: "bytes", Source: "issue 19"},
	{Figure: "browser/group-import-10000-folder", Against: "native/analyze-10000", Max: 3, Source: "issue 11"},
	{Figure: "browser/group-report-1000", Max: 1, Unit: "s", Source: "issue 5"},
	{Figure: "browser/group-import-10000-folder", Max: 10, Unit: "s", Source: "issue 5"},
	{Figure: "browser/group-import-10000-drop", Max: 10, Unit: "s", Source: "issue 5"},
	{Figure: "browser/group-longest-busy", Max: 1, Unit: "s", Source: "issue 5"},
	{Figure: "BenchmarkResponseCodeDraw", Max: 0.020, Unit: "s", Source: "issue 10"},
	{Figure: "browser/scan-frame-decode", Max: 0.060, Unit: "s", Source: "issue 10"},
	{Figure: "browser/scan-20-codes-read", Min: 20, Unit: "codes", Source: "issue 10"},
	{Figure: "browser/scan-longest-gap", Max: 2, Unit: "s", Source: "issue 10"},
}
