package rules

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// Rate is a percentage: a share, a rate of growth, a reimbursement rate.
// It holds the percentage exactly, as its fraction (15% is 0.15), and says
// in its type which of the two a figure is, so that 15 is never read as
// 1500% nor 0.15 as 0.15%. Make one with [Pct] from a percentage as written
// ("15" for 15%) or with [FractionRate] from a fraction (0.15 for 15%).
//
// In a bound case or result (see [Binding]) a Rate field is how an input or
// output in [Percent] holds its value, and only such an input or output: a
// decimal.Decimal or int field bound to a percentage is refused when the
// binding is made, as is a Rate bound to anything else.
//
// The zero Rate is not given, not 0%: a case that leaves a Rate field at
// its zero value leaves the fact out, and an output not computed (for a
// case that is not eligible) leaves its Rate zero. [Rate.Valid] tells a
// given rate, 0% included, from the zero Rate.
//
// As text a Rate reads and writes "15%"; a bare number is refused, since
// it would leave open which convention it follows.
type Rate struct {
	f  decimal.Decimal // the fraction
	ok bool            // given
}

// Pct returns the rate of the percentage written as a decimal number:
// Pct("15") is 15%, the fraction 0.15; Pct("6.5") is 6.5%. It panics when s
// is not a decimal number, as [MustDate] does: it is for figures written in
// the code; read a caller's text with [ParsePct] or [Rate.UnmarshalText].
func Pct(s string) Rate {
	d, err := decimal.NewFromString(strings.TrimSpace(s))
	if err != nil {
		panic(fmt.Sprintf("rules.Pct(%q): not a decimal number", s))
	}
	return Rate{f: d.Shift(-2), ok: true}
}

// PctOf returns the rate of the percentage p: PctOf(decimal.NewFromInt(15))
// is 15%.
func PctOf(p decimal.Decimal) Rate { return Rate{f: p.Shift(-2), ok: true} }

// FractionRate returns the rate of the fraction f: FractionRate of 0.15 is
// 15%.
func FractionRate(f decimal.Decimal) Rate { return Rate{f: f, ok: true} }

// ParsePct reads a percentage written with its sign, "15%" or "6.5 %". A
// number without "%" is refused: it would leave open whether it is a
// percentage or a fraction.
func ParsePct(s string) (Rate, error) {
	t := strings.TrimSpace(s)
	num, isPct := strings.CutSuffix(t, "%")
	if !isPct {
		return Rate{}, (&Error{Code: CodeInvalidInput}).with(msgRateNoPct.text(clip(s)))
	}
	num = strings.TrimSpace(num)
	d, err := decimal.NewFromString(num)
	if err != nil || num == "" || strings.ContainsAny(num, "_ ") {
		return Rate{}, (&Error{Code: CodeInvalidInput}).with(msgRateNotNumber.text(clip(s)))
	}
	if _, err := checkDecimal(d, s); err != nil {
		return Rate{}, err
	}
	return PctOf(d), nil
}

// Valid reports whether the rate is given: every rate made by [Pct],
// [PctOf], [FractionRate] or [ParsePct], 0% included, and not the zero Rate.
func (r Rate) Valid() bool { return r.ok }

// IsZero reports whether r is the zero Rate, which is not given; 0% is not
// the zero Rate (see [Rate.Valid]).
func (r Rate) IsZero() bool { return !r.ok }

// Fraction returns the rate as a fraction: 0.15 for 15%. It is zero for
// the zero Rate, which a caller tells from 0% with [Rate.Valid].
func (r Rate) Fraction() decimal.Decimal { return r.f }

// Percent returns the rate as a percentage: 15 for 15%. It is zero for the
// zero Rate, which a caller tells from 0% with [Rate.Valid].
func (r Rate) Percent() decimal.Decimal { return r.f.Shift(2) }

// Equal reports whether r and s are the same rate, both given, or both
// not given; 15% and 15.0% are equal.
func (r Rate) Equal(s Rate) bool { return r.ok == s.ok && r.f.Equal(s.f) }

// String returns the percentage with its sign, "15%" or "6.5%"; the zero
// Rate reads "".
func (r Rate) String() string {
	if !r.ok {
		return ""
	}
	return r.Percent().String() + "%"
}

// MarshalText writes the rate as [Rate.String] does: "15%", and nothing for
// the zero Rate.
func (r Rate) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// MarshalJSON writes the rate as "15%", and the zero Rate (not given) as
// null, as a date not given writes itself; null, like "", reads back as
// the zero Rate.
func (r Rate) MarshalJSON() ([]byte, error) { return textOrNull(!r.ok, r.String()), nil }

// UnmarshalText reads a rate as [ParsePct] does, "15%"; empty text is the
// zero Rate, not given.
func (r *Rate) UnmarshalText(b []byte) error {
	if strings.TrimSpace(string(b)) == "" {
		*r = Rate{}
		return nil
	}
	v, err := ParsePct(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}
