package welfare_test

import (
	"errors"
	"strconv"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// An override holds what its parameter may hold, or the derived book is
// refused with ErrInvalidOverride naming the parameter: a cap cannot turn
// negative, a positive figure cannot become zero or negative (a divisor
// never becomes zero), a text is one the parameter allows, a table keeps
// its keys and size.
func TestOverridesHoldWhatTheParameterMayHold(t *testing.T) {
	notice := &rules.Document{Number: "某县实施细则（示例）", Title: "某县帮扶政策实施细则", Issuer: "某县人民政府",
		Issued: rules.MustDate(2022, 6, 1), InForce: rules.Since(rules.MustDate(2022, 7, 1))}
	from := rules.MustDate(2022, 7, 1)
	cite := notice.Cite("一", "按本细则执行")
	areas, _ := welfare.Book().Param("locality_area")
	one := areas.History[0].Value.(rules.Table)
	one.Rows = one.Rows[:1]
	huge := rules.Table{Rows: make([]rules.Row, 500_015)}
	for i := range huge.Rows {
		huge.Rows[i] = rules.Row{Keys: []string{strconv.Itoa(i)}, Value: "市区"}
	}
	for _, c := range []struct {
		name  string
		param string
		value any
	}{
		{"a negative loan ceiling", "individual_loan_max", "-500000"},
		{"a negative share", "flexible_share_numerator", "-2"},
		{"a zero divisor", "flexible_share_denominator", "0"},
		{"a rounding with a trailing space", "disabled_quota_rounding", "向上取整 "},
		{"a table with 1 of its 15 keys", "locality_area", one},
		{"a table of 500,015 rows", "locality_area", huge},
		{"a nil bracket", "high_age_allowance", (*rules.Bracket)(nil)},
		{"a number beyond the limits", "job_seeking_grant", decimal.New(1, 999_999_999)},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := welfare.Book().Derive(rules.Override{Param: c.param, From: from, Value: c.value, Cite: cite})
			var re *rules.Error
			if !errors.Is(err, rules.ErrInvalidOverride) || !errors.As(err, &re) || re.Rule != "parameter "+c.param {
				t.Fatalf("want an invalid override of %s, got %v", c.param, err)
			}
			if len(err.Error()) > 600 {
				t.Errorf("the error is %d bytes long", len(err.Error()))
			}
		})
	}
	// What the parameters allow is still allowed.
	for _, o := range []rules.Override{
		{Param: "disabled_quota_rounding", From: from, Value: "向下取整", Cite: cite},
		{Param: "individual_loan_max", From: from, Value: "300000", Cite: cite},
	} {
		if _, err := welfare.Book().Derive(o); err != nil {
			t.Errorf("%s = %v: %v", o.Param, o.Value, err)
		}
	}
}
