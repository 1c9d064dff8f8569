package rules_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// English counts of time and people read as English does: 1 year, 82
// years; a unit given its own label reads that label for every count.
func TestEnglishUnitsCount(t *testing.T) {
	perMonth := rules.Yuan.Per(rules.Month).Label("元/月", "yuan per month")
	ages := rules.Year.Label("周岁", "full years of age")
	seat := rules.NewUnit("座", "seat").Plural("seats")
	for _, c := range []struct {
		n    string
		unit rules.Unit
		en   string
		zh   string
	}{
		{"1", rules.Year, "1 year", "1 年"},
		{"82", rules.Year, "82 years", "82 年"},
		{"0", rules.Month, "0 months", "0 月"},
		{"1.5", rules.Month, "1.5 months", "1.5 月"},
		{"3", rules.Person, "3 persons", "3 人"},
		{"2", rules.Kilometre, "2 km", "2 公里"},
		{"200", perMonth, "200.00 yuan per month", "200.00 元/月"},
		{"82", ages, "82 full years of age", "82 周岁"},
		{"1", seat, "1 seat", "1 座"},
		{"5", seat, "5 seats", "5 座"},
	} {
		v := rules.NumberValue(decimal.RequireFromString(c.n))
		if en, zh := v.Format(c.unit, rules.English), v.Format(c.unit, rules.Chinese); en != c.en || zh != c.zh {
			t.Errorf("%s %s: got %q and %q, want %q and %q", c.n, c.unit, en, zh, c.en, c.zh)
		}
	}
}

// A number beyond the engine's limits is formatted as coefficient and
// exponent, not written out in full (1e999999999 would be a gigabyte).
func TestFormatBeyondLimits(t *testing.T) {
	huge := rules.NumberValue(decimal.New(3, 999999999))
	if got := huge.Format(rules.Yuan, rules.Chinese); got != "3e999999999 元" {
		t.Errorf("got %q", got)
	}
}

func TestStringBeyondLimits(t *testing.T) {
	if got := rules.NumberValue(decimal.New(3, 999999999)).String(); got != "3e999999999" {
		t.Errorf("got %q", got)
	}
}
