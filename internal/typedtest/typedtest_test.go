package typedtest_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/internal/typedtest"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

type inner struct {
	Name   string
	Amount *decimal.Decimal
	Flag   *bool
}

type sample struct {
	On       rules.Date
	Late     rules.Date
	Zero     rules.Date
	Count    int
	Big      int
	Negative int
	Yes      bool
	Enum     string
	Raw      string
	Empty    string
	Money    decimal.Decimal
	Small    decimal.Decimal
	Minus    decimal.Decimal
	Nothing  decimal.Decimal
	Inner    inner
	List     []inner
	Table    map[string]inner
	hidden   int
}

// Fill builds from a seed the value the seed was made from.
func TestSeedRoundTrip(t *testing.T) {
	texts := []string{"鹿城区", "龙湾区", "国际标准集装箱运输专用车辆"}
	amount, yes := decimal.RequireFromString("1465500.25"), true
	want := sample{
		On: rules.MustDate(2022, 5, 16), Late: rules.MustDate(2031, 12, 28), Count: 12, Big: 2_000_000_000, Negative: -7,
		Yes: true, Enum: "国际标准集装箱运输专用车辆", Raw: "x1", Money: decimal.RequireFromString("500000000"),
		Small: decimal.RequireFromString("0.0045"), Minus: decimal.NewFromInt(-3),
		Inner: inner{Name: "鹿城区", Amount: &amount, Flag: &yes},
		List:  []inner{{Name: "龙湾区"}, {Flag: &yes}},
		Table: map[string]inner{"鹿城区": {Name: "龙湾区"}},
	}
	var got sample
	rulestest.Fill(typedtest.Seed(want, texts), &got, texts)
	if got.hidden != 0 {
		t.Errorf("Fill set an unexported field: %d", got.hidden)
	}
	opt := cmp.Options{cmp.AllowUnexported(rules.Date{}), cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) }),
		cmp.AllowUnexported(sample{})}
	if d := cmp.Diff(want, got, opt); d != "" {
		t.Errorf("Fill(Seed(v)) differs from v (-want +got):\n%s", d)
	}
}
