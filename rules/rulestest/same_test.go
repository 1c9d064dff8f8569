package rulestest

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// A figure compares by value; a percentage is a figure's only when the
// output is in %.
func TestSame(t *testing.T) {
	six := rules.NumberValue(decimal.RequireFromString("0.06"))
	for _, c := range []struct {
		v    rules.Value
		u    rules.Unit
		want string
		same bool
	}{
		{six, rules.Percent, "6%", true},
		{six, rules.Percent, "0.06", true},
		{six, rules.Percent, "6", false},
		{six, rules.Yuan, "6%", false}, // 0.06 yuan is not "6%"
		{six, rules.Yuan, "0.060", true},
		{rules.TextValue("市区"), rules.Unit{}, "市区", true},
	} {
		if got := same(c.v, c.u, c.want, decimal.Zero); got != c.same {
			t.Errorf("same(%v %v, %q) = %t, want %t", c.v, c.u, c.want, got, c.same)
		}
	}
}
