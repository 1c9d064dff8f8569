package rules

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/internal/exact"
)

// A rounding mode reaches the arithmetic as exact.Mode(mode): the two
// lists must name the same modes by the same values.
func TestRoundModesAreExacts(t *testing.T) {
	for _, c := range []struct {
		mode RoundMode
		want exact.Mode
	}{{HalfAwayFromZero, exact.HalfAwayFromZero}, {Up, exact.Up}, {Down, exact.Down}} {
		if exact.Mode(c.mode) != c.want {
			t.Errorf("RoundMode %d is exact.Mode %d, want %d", c.mode, exact.Mode(c.mode), c.want)
		}
	}
}
