package scales

import "testing"

// Norwegian numbers take a comma, a no-break space between thousands and
// before the percent sign, in nynorsk as in bokmål; English a point, a
// comma and none.
func TestNumbersInTheLanguage(t *testing.T) {
	for _, c := range []struct {
		l                       Lang
		decimal, thousands, pct string
	}{
		{NB, "3,25", "\u00a0", "\u00a0%"},
		{Lang("nn"), "3,25", "\u00a0", "\u00a0%"},
		{EN, "3.25", ",", "%"},
	} {
		if got := c.l.Decimal("3.25"); got != c.decimal {
			t.Errorf("%s: Decimal(3.25) = %q, want %q", c.l, got, c.decimal)
		}
		if got := c.l.ThousandsSeparator(); got != c.thousands {
			t.Errorf("%s: thousands %q, want %q", c.l, got, c.thousands)
		}
		if got := c.l.PercentSign(); got != c.pct {
			t.Errorf("%s: percent %q, want %q", c.l, got, c.pct)
		}
	}
}
