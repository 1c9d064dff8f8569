package rules_test

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/internal/typedtest"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Inputs a hostile or careless caller passes: each ends, quickly, in an
// invalid-input error naming the field — never a hang, a panic, an
// evaluation error or a figure.

func TestHostileNumbers(t *testing.T) {
	b := fixture(t)
	area := "relief.subsidy.property_management"
	for _, c := range []struct {
		name string
		x    any
	}{
		{"a decimal with a huge exponent", decimal.New(1, 999_999_999)},
		{"a decimal with a tiny exponent", decimal.New(1, -999_999_999)},
		{"exponent at the int32 limit", decimal.New(1, math.MaxInt32)},
		{"exponent at the lower int32 limit", decimal.New(5, math.MinInt32)},
		{"a pointer to a huge decimal", ptrDec(decimal.New(1, 999_999_999))},
		{"a text with a tiny exponent", "1e-999999999"},
		{"a text with a huge exponent", "1e999999999"},
		{"41 significant digits", decimal.RequireFromString("12345678901234567890123456789012345678901")},
		{"a megabyte of digits", strings.Repeat("9", 1<<20)},
		{"a percentage for square metres", "9000%"},
		{"digit separators", "1_000"},
		{"spaces inside", "1 000"},
		{"not a number", "NaN"},
		{"infinity", "Inf"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := typedtest.Quickly(t, func() error { _, err := b.Eval(area, reliefDay, rules.Inputs{"area": c.x}); return err })
			typedtest.WantInvalid(t, err, "area")
		})
	}
	// The typed path (Prepared) takes values already made: the same limits.
	p := b.MustPrepare(area, "area")
	for _, d := range []decimal.Decimal{decimal.New(1, 999_999_999), decimal.New(1, math.MaxInt32), decimal.New(5, math.MinInt32)} {
		err := typedtest.Quickly(t, func() error { _, err := p.Eval(reliefDay, rules.NumberValue(d)); return err })
		typedtest.WantInvalid(t, err, "area")
	}
	// A number written as a percentage is for percentage inputs only; an
	// ordinary number with 30 places is still a number.
	res, err := b.Eval(area, reliefDay, rules.Inputs{"area": "1000000.000000000000000000000000000000"})
	if err != nil || res.Value.Number().String() != "20000" {
		t.Errorf("1,000,000 m² written with 30 places: want the middle tier 20,000, got %v %v", res, err)
	}
}

func ptrDec(d decimal.Decimal) *decimal.Decimal { return &d }

func TestHostileOverrides(t *testing.T) {
	b := fixture(t)
	county := &rules.Document{Number: "乐清市旅游奖励办法（示例）", Title: "乐清市旅游奖励办法", Issuer: "乐清市人民政府",
		Issued: d("2022-06-01"), InForce: rules.Since(d("2022-07-01"))}
	cite := county.Cite("二", "每人25元")
	for _, c := range []struct {
		name string
		x    any
	}{
		{"a decimal with a huge exponent", decimal.New(1, 999_999_999)},
		{"a text with a tiny exponent", "1e-999999999"},
		{"a percentage for yuan per person", "2500%"},
		{"a bracket with a huge band", &rules.Bracket{Of: rules.Year, Bands: []rules.Band{{Value: decimal.New(1, 999_999_999)}}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := typedtest.Quickly(t, func() error {
				_, err := b.Derive(rules.Override{Param: "overnight_rate", From: d("2022-07-01"), Value: c.x, Cite: cite})
				return err
			})
			if !errors.Is(err, rules.ErrInvalidOverride) {
				t.Fatalf("want an invalid override, got %v", err)
			}
		})
	}
}

func TestHostileDates(t *testing.T) {
	b := fixture(t)
	id := "welfare.elderly.high_age_allowance"
	for _, c := range []struct {
		name string
		x    any
	}{
		{"the zero time.Time", time.Time{}},
		{"the zero Date", rules.Date{}},
		{"year 0", "0000-01-01"},
		{"year -5", time.Date(-5, 1, 1, 0, 0, 0, 0, time.UTC)},
		{"year 10000", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)},
		{"year 1", "0001-01-01"},
		{"year 1899", "1899-12-31"},
		{"year 2200", "2200-01-01"},
		{"a megabyte of text", strings.Repeat("2", 1<<20)},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := typedtest.Quickly(t, func() error {
				_, err := b.Eval(id, welfareFirst, rules.Inputs{"birth_date": c.x, "shiqu_hukou": true})
				return err
			})
			typedtest.WantInvalid(t, err, "birth_date")
		})
	}
	// The evaluation date itself.
	_, err := b.Eval(id, rules.MustDate(1, 1, 1), rules.Inputs{"birth_date": "1940-01-01", "shiqu_hukou": true})
	typedtest.WantInvalid(t, err, "date")
	// The earliest and latest dates a case may hold are dates.
	for _, s := range []string{"1900-01-01", "2199-12-31"} {
		if _, err := b.Eval("welfare.dibao.phase_out", welfareFirst, rules.Inputs{"exceeded_on": s}); err != nil {
			t.Errorf("%s: %v", s, err)
		}
	}
}

// A name or a text of any length is quoted short in an error.
func TestHostileTexts(t *testing.T) {
	b := fixture(t)
	long := strings.Repeat("鹿", 1<<16)
	_, err := b.Eval("welfare.elderly.high_age_allowance", welfareFirst, rules.Inputs{"birth_date": "1940-01-01", "shiqu_hukou": true, long: 1})
	var re *rules.Error
	if !errors.As(err, &re) || len(err.Error()) > 400 {
		t.Errorf("an unknown input of %d characters: %d bytes of error", len(long), len(err.Error()))
	}
}
