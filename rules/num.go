package rules

import (
	"cmp"
	"math"
	"math/bits"

	"github.com/shopspring/decimal"
)

// number is an exact decimal number: c × 10^e held in an int64 while it fits,
// and in a decimal.Decimal (big) when it does not. Rule evaluation
// computes in nums: sums and products of amounts of a few digits never leave
// the int64, allocate nothing, and cost a few instructions; an operation
// that would overflow falls back to shopspring/decimal and gives the same
// exact value. Conversion to decimal.Decimal happens at the edge of the
// engine (Value.Number).
type number struct {
	c   int64
	e   int32
	big *decimal.Decimal // the value, when it does not fit c × 10^e
}

var pow10 = [...]int64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

func numOf(d decimal.Decimal) number {
	if c, e, ok := smallDecimal(&d); ok {
		return number{c: c, e: e}
	}
	big := d // declared here so that only this branch allocates
	return number{big: &big}
}

func numInt(i int64) number { return number{c: i} }

// dec returns the number as a decimal.Decimal.
func (a number) dec() decimal.Decimal {
	if a.big != nil {
		return *a.big
	}
	return newDecimal(a.c, a.e)
}

// norm keeps a fallback result in the int64 form when it fits.
func norm(d decimal.Decimal) number { return numOf(d) }

func (a number) isZero() bool {
	if a.big != nil {
		return a.big.IsZero()
	}
	return a.c == 0
}

func (a number) sign() int {
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
func align(a, b number) (int64, int64, int32, bool) {
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

func (a number) add(b number) number {
	if a.big == nil && b.big == nil {
		if ac, bc, e, ok := align(a, b); ok {
			s := ac + bc
			if (s > ac) == (bc > 0) {
				return number{c: s, e: e}
			}
		}
	}
	return norm(a.dec().Add(b.dec()))
}

func (a number) sub(b number) number {
	if a.big == nil && b.big == nil && b.c != math.MinInt64 {
		return a.add(number{c: -b.c, e: b.e})
	}
	return norm(a.dec().Sub(b.dec()))
}

func (a number) mul(b number) number {
	if a.big == nil && b.big == nil {
		hi, lo := bits.Mul64(absU(a.c), absU(b.c))
		e := int64(a.e) + int64(b.e)
		if hi == 0 && lo <= math.MaxInt64 && e >= math.MinInt32 && e <= math.MaxInt32 {
			p := int64(lo)
			if (a.c < 0) != (b.c < 0) {
				p = -p
			}
			return number{c: p, e: int32(e)}
		}
	}
	return norm(a.dec().Mul(b.dec()))
}

func (a number) div(b number) number {
	if b.isZero() {
		panic(evalFailure(msgDivByZero.text()))
	}
	if a.big == nil && b.big == nil {
		if q, ok := divExact(a.c, b.c, int64(a.e)-int64(b.e)); ok {
			return q
		}
	}
	return norm(a.dec().DivRound(b.dec(), DivisionPlaces))
}

// divExact returns ac/bc × 10^e when the quotient is exact within
// DivisionPlaces places and its coefficient fits an int64: the value
// DivRound would give (a quotient that needs rounding is not exact, and
// takes shopspring's path).
func divExact(ac, bc int64, e int64) (number, bool) {
	if bc < 0 {
		if ac == math.MinInt64 || bc == math.MinInt64 {
			return number{}, false
		}
		ac, bc = -ac, -bc
	}
	for {
		if e < -DivisionPlaces {
			return number{}, false // more places than a quotient keeps: DivRound rounds it
		}
		if ac%bc == 0 {
			q := ac / bc
			if e < math.MinInt32 || e > math.MaxInt32 {
				return number{}, false
			}
			return number{c: q, e: int32(e)}, true
		}
		if e <= -DivisionPlaces || ac > math.MaxInt64/10 || ac < math.MinInt64/10 {
			return number{}, false
		}
		ac *= 10
		e--
	}
}

func (a number) neg() number {
	if a.big == nil && a.c != math.MinInt64 {
		return number{c: -a.c, e: a.e}
	}
	return norm(a.dec().Neg())
}

func (a number) abs() number {
	if a.sign() < 0 {
		return a.neg()
	}
	return a
}

func (a number) cmp(b number) int {
	if a.big == nil && b.big == nil {
		if ac, bc, _, ok := align(a, b); ok {
			return cmp.Compare(ac, bc)
		}
	}
	return a.dec().Cmp(b.dec())
}

func absU(c int64) uint64 {
	if c < 0 {
		return uint64(-c) // two's complement: also right for MinInt64
	}
	return uint64(c)
}

// round rounds to places decimal places in the given mode, as
// decimal.Round (half away from zero), RoundUp (away from zero) and
// RoundDown (toward zero) do.
func (a number) round(places int32, mode RoundMode) number {
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
			return number{c: q, e: -places}
		}
	}
	return norm(roundMode(a.dec(), places, mode))
}

// floor and ceil round to a whole number toward −∞ and +∞.
func (a number) floor() number {
	if a.sign() >= 0 {
		return a.round(0, Down)
	}
	return a.round(0, Up)
}

func (a number) ceil() number {
	if a.sign() >= 0 {
		return a.round(0, Up)
	}
	return a.round(0, Down)
}

func (a number) isInteger() bool {
	if a.big != nil {
		return a.big.IsInteger()
	}
	if a.e >= 0 || a.c == 0 {
		return true
	}
	if -a.e > 18 {
		return a.dec().IsInteger()
	}
	return a.c%pow10[-a.e] == 0
}

// int returns the number as an int when it is whole and small.
func (a number) int() (int64, bool) {
	if !a.isInteger() {
		return 0, false
	}
	if a.big == nil && a.e <= 0 && -a.e <= 18 {
		return a.c / pow10[-a.e], true
	}
	d := a.dec()
	if d.Abs().GreaterThan(decimal.NewFromInt(math.MaxInt32)) {
		return 0, false
	}
	return d.IntPart(), true
}

func (a number) String() string {
	d := a.dec()
	if tooLongToWrite(d) {
		return scientific(d) // never written out in full: 1e999999999 would be a gigabyte
	}
	return d.String()
}
