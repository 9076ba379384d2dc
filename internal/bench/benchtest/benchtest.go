// Package benchtest is what the tests that measure for make bench share:
// they measure only when make bench asks (Only) and append their figures
// to the file it names (Record). Apart from internal/bench so that the
// programs that read the figures do not link package testing.
package benchtest

import (
	"testing"

	"sammebaat/internal/bench"
)

// Only skips a measurement unless `make bench` asked for it (Env).
func Only(t testing.TB) {
	t.Helper()
	if bench.Enabled() == "" {
		t.Skipf("a measurement for make bench (%s=FILE), not a test", bench.Env)
	}
}

// Record logs figures and appends them to the file `make bench` named.
func Record(t testing.TB, figs ...bench.Figure) {
	t.Helper()
	for _, f := range figs {
		t.Logf("%s: %s %v", f.Name, bench.Format(f.Value, f.Unit), f.Runs)
	}
	if err := bench.Append(figs...); err != nil {
		t.Fatal(err)
	}
}
