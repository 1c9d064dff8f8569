// Package exact is the engine's arithmetic: exact decimal numbers held in
// an int64 while they fit and in a shopspring decimal.Decimal when they do
// not, and the conversions between the two at the engine's edge.
//
// Package rules evaluates with it, and so does the code that rules
// generates for a domain's typed functions: both compute with the same
// operations, so a generated rule's figure is the interpreter's by
// construction. It is internal to the module; nothing outside it sees a
// Number.
package exact

import (
	"cmp"
	"errors"
	"math"
	"math/bits"
	"strconv"

	"github.com/shopspring/decimal"
)

// DivisionPlaces is the number of decimal places a quotient keeps when it
// is not exact (rules.DivisionPlaces).
const DivisionPlaces = 24

// ErrDivByZero is what Div panics with when the divisor is zero; the
// evaluator recovers it and reports the rule's evaluation error.
var ErrDivByZero = errors.New("exact: division by zero")

// Mode says which way a number is rounded; its values are rules.RoundMode's.
type Mode uint8

const (
	HalfAwayFromZero Mode = iota // 四舍五入
	Up                           // away from zero
	Down                         // toward zero
)

// RoundDecimal rounds d to places decimal places in the mode.
func RoundDecimal(d decimal.Decimal, places int32, mode Mode) decimal.Decimal {
	switch mode {
	case Up:
		return d.RoundUp(places)
	case Down:
		return d.RoundDown(places)
	}
	return d.Round(places)
}

// New returns c × 10^e.
func New(c int64, e int32) Number { return Number{c: c, e: e} }

// Small returns the number as c × 10^e when it is held in the int64 form.
func (a Number) Small() (c int64, e int32, ok bool) { return a.c, a.e, a.big == nil }

// Big returns the decimal.Decimal the number is held in when it does not
// fit the int64 form, nil otherwise.
func (a Number) Big() *decimal.Decimal { return a.big }

// Same reports whether a and b are the same number written alike: equal
// coefficient and exponent (1.0 and 1.00 are equal but not the same).
func (a Number) Same(b Number) bool {
	if a.big != nil || b.big != nil {
		return a.big != nil && b.big != nil && a.big.Equal(*b.big) && a.big.Exponent() == b.big.Exponent()
	}
	return a.c == b.c && a.e == b.e
}

// maxWritten is the largest exponent, either way, of a number written
// out in full.
const maxWritten = 1000

// TooLongToWrite reports whether d would be written with more than
// maxWritten digits of zeros or places.
func TooLongToWrite(d decimal.Decimal) bool {
	e := d.Exponent()
	return e > maxWritten || e < -maxWritten
}

// Scientific writes d as its coefficient and exponent, "3e999999999".
func Scientific(d decimal.Decimal) string {
	return d.Coefficient().String() + "e" + strconv.Itoa(int(d.Exponent()))
}

// Number is an exact decimal Number: c × 10^e held in an int64 while it fits,
// and in a decimal.Decimal (big) when it does not. Rule evaluation
// computes in nums: sums and products of amounts of a few digits never leave
// the int64, allocate nothing, and cost a few instructions; an operation
// that would overflow falls back to shopspring/decimal and gives the same
// exact value. Conversion to decimal.Decimal happens at the edge of the
// engine (Value.Number).
type Number struct {
	c   int64
	e   int32
	big *decimal.Decimal // the value, when it does not fit c × 10^e
}

var pow10 = [...]int64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

func Of(d decimal.Decimal) Number {
	if c, e, ok := SmallDecimal(&d); ok {
		return Number{c: c, e: e}
	}
	big := d // declared here so that only this branch allocates
	return Number{big: &big}
}

func Int(i int64) Number { return Number{c: i} }

// Dec returns the Number as a decimal.Decimal.
func (a Number) Dec() decimal.Decimal {
	if a.big != nil {
		return *a.big
	}
	return NewDecimal(a.c, a.e)
}

// norm keeps a fallback result in the int64 form when it fits.
func norm(d decimal.Decimal) Number { return Of(d) }

func (a Number) IsZero() bool {
	if a.big != nil {
		return a.big.IsZero()
	}
	return a.c == 0
}

func (a Number) Sign() int {
	switch {
	case a.big != nil:
		return a.big.Sign()
	case a.c > 0:
		return 1
	case a.c < 0:
		return -1
	}
	return 0
}

// scaleUp multiplies c by 10^k, reporting overflow.
func scaleUp(c int64, k int32) (int64, bool) {
	if k == 0 {
		return c, true
	}
	if k < 0 || k > 18 {
		return 0, false
	}
	p := pow10[k]
	if c > math.MaxInt64/p || c < math.MinInt64/p {
		return 0, false
	}
	return c * p, true
}

// align returns the coefficients of a and b at their common (smaller)
// exponent.
func align(a, b Number) (int64, int64, int32, bool) {
	switch {
	case a.e == b.e:
		return a.c, b.c, a.e, true
	case a.e > b.e:
		ac, ok := scaleUp(a.c, a.e-b.e)
		return ac, b.c, b.e, ok
	default:
		bc, ok := scaleUp(b.c, b.e-a.e)
		return a.c, bc, a.e, ok
	}
}

func (a Number) Add(b Number) Number {
	if a.big == nil && b.big == nil {
		if ac, bc, e, ok := align(a, b); ok {
			s := ac + bc
			if (s > ac) == (bc > 0) {
				return Number{c: s, e: e}
			}
		}
	}
	return norm(a.Dec().Add(b.Dec()))
}

func (a Number) Sub(b Number) Number {
	if a.big == nil && b.big == nil && b.c != math.MinInt64 {
		return a.Add(Number{c: -b.c, e: b.e})
	}
	return norm(a.Dec().Sub(b.Dec()))
}

func (a Number) Mul(b Number) Number {
	if a.big == nil && b.big == nil {
		hi, lo := bits.Mul64(absU(a.c), absU(b.c))
		e := int64(a.e) + int64(b.e)
		if hi == 0 && lo <= math.MaxInt64 && e >= math.MinInt32 && e <= math.MaxInt32 {
			p := int64(lo)
			if (a.c < 0) != (b.c < 0) {
				p = -p
			}
			return Number{c: p, e: int32(e)}
		}
	}
	return norm(a.Dec().Mul(b.Dec()))
}

func (a Number) Div(b Number) Number {
	if b.IsZero() {
		panic(ErrDivByZero)
	}
	if a.big == nil && b.big == nil {
		if q, ok := divExact(a.c, b.c, int64(a.e)-int64(b.e)); ok {
			return q
		}
		if q, ok := divWide(a, b); ok {
			return q
		}
	}
	return norm(a.Dec().DivRound(b.Dec(), DivisionPlaces))
}

// divExact returns ac/bc × 10^e when the quotient is exact within
// DivisionPlaces places and its coefficient fits an int64: the value
// DivRound would give (a quotient that needs rounding is not exact, and
// takes shopspring's path).
func divExact(ac, bc int64, e int64) (Number, bool) {
	if bc < 0 {
		if ac == math.MinInt64 || bc == math.MinInt64 {
			return Number{}, false
		}
		ac, bc = -ac, -bc
	}
	for {
		if e < -DivisionPlaces {
			return Number{}, false // more places than a quotient keeps: DivRound rounds it
		}
		if ac%bc == 0 {
			q := ac / bc
			if e < math.MinInt32 || e > math.MaxInt32 {
				return Number{}, false
			}
			return Number{c: q, e: int32(e)}, true
		}
		if e <= -DivisionPlaces || ac > math.MaxInt64/10 || ac < math.MinInt64/10 {
			return Number{}, false
		}
		ac *= 10
		e--
	}
}

func (a Number) Neg() Number {
	if a.big == nil && a.c != math.MinInt64 {
		return Number{c: -a.c, e: a.e}
	}
	return norm(a.Dec().Neg())
}

func (a Number) Abs() Number {
	if a.Sign() < 0 {
		return a.Neg()
	}
	return a
}

func (a Number) Cmp(b Number) int {
	if a.big == nil && b.big == nil {
		if ac, bc, _, ok := align(a, b); ok {
			return cmp.Compare(ac, bc)
		}
	}
	return a.Dec().Cmp(b.Dec())
}

func absU(c int64) uint64 {
	if c < 0 {
		return uint64(-c) // two's complement: also right for MinInt64
	}
	return uint64(c)
}

// Round rounds to places decimal places in the given mode, as
// decimal.Round (half away from zero), RoundUp (away from zero) and
// RoundDown (toward zero) do.
func (a Number) Round(places int32, mode Mode) Number {
	if a.big == nil {
		if -a.e <= places {
			return a // already exact at that precision
		}
		k := -a.e - places
		if k <= 18 {
			p := pow10[k]
			q, r := a.c/p, a.c%p
			if r != 0 {
				away := false
				switch mode {
				case HalfAwayFromZero:
					away = absU(r) >= uint64(p)-absU(r) // |r| ≥ p/2
				case Up:
					away = true
				}
				if away {
					if a.c < 0 {
						q--
					} else {
						q++
					}
				}
			}
			return Number{c: q, e: -places}
		}
	}
	if r, ok := a.roundWide(places, mode); ok {
		return r
	}
	return norm(RoundDecimal(a.Dec(), places, mode))
}

// floor and ceil round to a whole Number toward −∞ and +∞.
func (a Number) Floor() Number {
	if a.Sign() >= 0 {
		return a.Round(0, Down)
	}
	return a.Round(0, Up)
}

func (a Number) Ceil() Number {
	if a.Sign() >= 0 {
		return a.Round(0, Up)
	}
	return a.Round(0, Down)
}

func (a Number) IsInteger() bool {
	if a.big != nil {
		return a.big.IsInteger()
	}
	if a.e >= 0 || a.c == 0 {
		return true
	}
	if -a.e > 18 {
		return a.Dec().IsInteger()
	}
	return a.c%pow10[-a.e] == 0
}

// Int64 returns the Number as an int when it is whole and small.
func (a Number) Int64() (int64, bool) {
	if !a.IsInteger() {
		return 0, false
	}
	if a.big == nil && a.e <= 0 && -a.e <= 18 {
		return a.c / pow10[-a.e], true
	}
	d := a.Dec()
	if d.Abs().GreaterThan(decimal.NewFromInt(math.MaxInt32)) {
		return 0, false
	}
	return d.IntPart(), true
}

func (a Number) String() string {
	d := a.Dec()
	if TooLongToWrite(d) {
		return Scientific(d) // never written out in full: 1e999999999 would be a gigabyte
	}
	return d.String()
}

// Min returns the lesser of a and b, a when they are equal: min(a, b, …) of
// the rules is Min(Min(a, b), …).
func Min(a, b Number) Number {
	if b.Cmp(a) < 0 {
		return b
	}
	return a
}

// Max returns the greater of a and b, a when they are equal.
func Max(a, b Number) Number {
	if b.Cmp(a) > 0 {
		return b
	}
	return a
}

// Count returns the number as an int when it is whole and at most max
// either way: a count of days, months or years.
func (a Number) Count(max int64) (int, bool) {
	if a.big == nil && a.e == 0 && a.c <= max && a.c >= -max {
		return int(a.c), true
	}
	i, ok := a.Int64()
	if !ok || i > max || i < -max {
		return 0, false
	}
	return int(i), true
}

// Seconds returns h hours as whole seconds, when they are whole and h is
// at most max hours either way.
func Seconds(h Number, max int64) (int64, bool) {
	if h.Abs().Cmp(Int(max)) > 0 {
		return 0, false
	}
	s := h.Mul(Int(3600))
	if !s.IsInteger() {
		return 0, false
	}
	if s.big == nil && s.e >= 0 {
		if c, ok := scaleUp(s.c, s.e); ok {
			return c, true
		}
	}
	return s.Dec().IntPart(), true // within ±3600 × max
}
