//go:build !wasm

package site

import (
	"testing"
)

// The pages' styles lose comments, blank lines and indentation, and nothing
// else: not a string that looks like a comment, not a rule after one.
func TestMinifyCSS(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"/* a */\n\n  a { color: red; }\n\t/* b\n c */ b { x: 1 }\n", "a { color: red; }\nb { x: 1 }"},
		{`a::before { content: "/* not a comment */"; }`, `a::before { content: "/* not a comment */"; }`},
		{`a { content: '\'/*'; } /* gone */ b {}`, `a { content: '\'/*'; }  b {}`},
		{"a { x: 1 }\n/* unterminated", "a { x: 1 }"},
		{"a {\r\n  x: 1;\r\n}", "a {\r\nx: 1;\r\n}"},
	} {
		if got := string(minifyCSS([]byte(c.in))); got != c.want {
			t.Errorf("minifyCSS(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
