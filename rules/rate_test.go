package rules_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// A rate says which convention it follows: made from a percentage or from a
// fraction, it is the same rate, and reads as a percentage.
func TestRateConventions(t *testing.T) {
	for _, c := range []struct {
		r                 rules.Rate
		fraction, percent string
		text              string
	}{
		{rules.Pct("15"), "0.15", "15", "15%"},
		{rules.Pct("6.5"), "0.065", "6.5", "6.5%"},
		{rules.Pct("100"), "1", "100", "100%"},
		{rules.Pct("0"), "0", "0", "0%"},
		{rules.Pct("-10"), "-0.1", "-10", "-10%"},
		{rules.PctOf(decimal.NewFromInt(85)), "0.85", "85", "85%"},
		{rules.FractionRate(decimal.RequireFromString("0.0036")), "0.0036", "0.36", "0.36%"},
		{rules.FractionRate(decimal.RequireFromString("1.2")), "1.2", "120", "120%"},
	} {
		if !c.r.Valid() || c.r.IsZero() {
			t.Errorf("%s: a rate made by a constructor is given", c.text)
		}
		if got := c.r.Fraction().String(); got != c.fraction {
			t.Errorf("%s: fraction %s, want %s", c.text, got, c.fraction)
		}
		if got := c.r.Percent().String(); got != c.percent {
			t.Errorf("%s: percent %s, want %s", c.text, got, c.percent)
		}
		if got := c.r.String(); got != c.text {
			t.Errorf("%s: String %q", c.text, got)
		}
		b, _ := c.r.MarshalText()
		var back rules.Rate
		if err := back.UnmarshalText(b); err != nil || !back.Equal(c.r) {
			t.Errorf("%s: text %q reads back as %v (%v)", c.text, b, back, err)
		}
	}
	if !rules.Pct("15").Equal(rules.FractionRate(decimal.RequireFromString("0.150"))) {
		t.Error("15% and the fraction 0.150 are the same rate")
	}
	if rules.Pct("0").Equal(rules.Rate{}) {
		t.Error("0% is not the zero Rate")
	}
}

// The zero Rate is not given: it is not 0%, reads as nothing, and empty
// text reads back as it.
func TestZeroRateIsNotGiven(t *testing.T) {
	var r rules.Rate
	if r.Valid() || !r.IsZero() || r.String() != "" {
		t.Errorf("zero Rate: Valid %t IsZero %t String %q", r.Valid(), r.IsZero(), r.String())
	}
	r = rules.Pct("5")
	if err := r.UnmarshalText([]byte(" ")); err != nil || r.Valid() {
		t.Errorf("empty text: %v, %v", r, err)
	}
}

// A bare number is refused: it would leave open which convention it
// follows. So is anything that is not a number with its sign.
func TestParsePctRefusesWhatIsNotAPercentage(t *testing.T) {
	for _, s := range []string{"0.15", "15", "%", "abc%", "1_000%", "1 5%", "15%%", "NaN%", "1e400000%"} {
		if r, err := rules.ParsePct(s); err == nil {
			t.Errorf("ParsePct(%q) = %v, want an error", s, r)
		}
	}
	_, err := rules.ParsePct("0.15")
	if err == nil || !strings.Contains(err.Error(), "15%") {
		t.Errorf("a bare number's error names the convention: %v", err)
	}
	for s, want := range map[string]string{"15%": "0.15", " 6.5 % ": "0.065", "-1%": "-0.01", "0%": "0"} {
		r, err := rules.ParsePct(s)
		if err != nil || r.Fraction().String() != want {
			t.Errorf("ParsePct(%q) = %v (%v), want the fraction %s", s, r.Fraction(), err, want)
		}
	}
}

// In JSON a rate is its text.
func TestRateJSON(t *testing.T) {
	var v struct{ Growth rules.Rate }
	if err := json.Unmarshal([]byte(`{"Growth":"15%"}`), &v); err != nil || v.Growth.Fraction().String() != "0.15" {
		t.Fatalf("%v %v", v.Growth, err)
	}
	if err := json.Unmarshal([]byte(`{"Growth":"0.15"}`), &v); err == nil {
		t.Error("a bare number in JSON text is refused")
	}
	b, _ := json.Marshal(v)
	if string(b) != `{"Growth":"15%"}` {
		t.Errorf("marshalled %s", b)
	}
}

func TestPctPanicsOnWhatIsNotANumber(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Pct(\"15%\") does not panic")
		}
	}()
	rules.Pct("15%")
}

func ExamplePct() {
	r := rules.Pct("15") // 15%
	fmt.Println(r, r.Fraction(), r.Percent())
	// Output: 15% 0.15 15
}

func ExamplePctOf() {
	r := rules.PctOf(decimal.RequireFromString("6.5"))
	fmt.Println(r, r.Fraction())
	// Output: 6.5% 0.065
}

func ExampleFractionRate() {
	r := rules.FractionRate(decimal.RequireFromString("0.85"))
	fmt.Println(r, r.Fraction())
	// Output: 85% 0.85
}

func ExampleParsePct() {
	r, err := rules.ParsePct("6%")
	fmt.Println(r.Fraction(), err)
	_, err = rules.ParsePct("0.06")
	fmt.Println(err != nil)
	// Output:
	// 0.06 <nil>
	// true
}
