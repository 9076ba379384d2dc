// Package apptest is what the pages' tests share: rendering a component as
// the browser's first drawing does, natively.
package apptest

import (
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Render mounts c in go-app's test engine and returns its HTML.
func Render(t testing.TB, c app.Composer) string {
	t.Helper()
	e := app.NewTestEngine()
	if err := e.Load(c); err != nil {
		t.Fatalf("loading %T: %v", c, err)
	}
	e.ConsumeAll()
	return app.HTMLString(c)
}
