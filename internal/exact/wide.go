package exact

import (
	"math/big"
	"math/bits"
	"unsafe"

	"github.com/shopspring/decimal"
)

// A quotient that is not exact keeps DivisionPlaces (24) places, so its
// coefficient rarely fits the int64 form: 500 ÷ 3 is
// 166666666666666666666666667 × 10^-24. It is usually rounded to a few
// places at once (a per-capita income to the fen), which brings it back.
// divWide and roundWide compute both steps with 128-bit integers, giving
// the values and representations shopspring's DivRound and Round give,
// with one allocation for the quotient instead of about a dozen, and none
// for the rounding. Whatever does not fit 128 bits takes shopspring's
// path as before.

// u128 is an unsigned 128-bit integer.
type u128 struct{ hi, lo uint64 }

// mulAdd returns x × m + a, and false when it overflows 128 bits.
func (x u128) mulAdd(m, a uint64) (u128, bool) {
	h1, lo := bits.Mul64(x.lo, m)
	h2, l2 := bits.Mul64(x.hi, m)
	if h2 != 0 {
		return u128{}, false
	}
	hi, c := bits.Add64(l2, h1, 0)
	if c != 0 {
		return u128{}, false
	}
	lo, c = bits.Add64(lo, a, 0)
	hi, c = bits.Add64(hi, 0, c)
	if c != 0 {
		return u128{}, false
	}
	return u128{hi, lo}, true
}

// divRem returns x ÷ d and the remainder.
func (x u128) divRem(d uint64) (u128, uint64) {
	qhi, r := x.hi/d, x.hi%d
	qlo, r := bits.Div64(r, x.lo, d)
	return u128{qhi, qlo}, r
}

// small returns ±x × 10^e in the int64 form, and false when x is too large
// for it (as Of would keep it).
func (x u128) small(neg bool, e int32) (Number, bool) {
	if x.hi != 0 || x.lo >= 1e18 {
		return Number{}, false
	}
	c := int64(x.lo)
	if neg {
		c = -c
	}
	return Number{c: c, e: e}, true
}

// pow10u is 10^k for k ≤ 19.
var pow10u = func() (p [20]uint64) {
	p[0] = 1
	for k := 1; k < len(p); k++ {
		p[k] = p[k-1] * 10
	}
	return p
}()

// divWide returns a ÷ b as DivRound(b, DivisionPlaces) gives it — the
// quotient to 24 places, half away from zero — for a and b in the int64
// form and a quotient whose coefficient fits 128 bits; ok is false
// otherwise.
func divWide(a, b Number) (Number, bool) {
	if a.big != nil || b.big != nil || b.c == 0 || !decimalPartsOK {
		return Number{}, false
	}
	s := int64(DivisionPlaces) + int64(a.e) - int64(b.e) // the places of a ÷ b to compute
	if s < 0 || s > 60 {
		return Number{}, false
	}
	num, den := absU(a.c), absU(b.c)
	q, rem := u128{lo: num / den}, num%den
	for s > 0 {
		k := min(s, 19)
		// rem < den, so rem × 10^k ÷ den fits 64 bits.
		hi, lo := bits.Mul64(rem, pow10u[k])
		var digits uint64
		digits, rem = bits.Div64(hi, lo, den)
		var ok bool
		if q, ok = q.mulAdd(pow10u[k], digits); !ok {
			return Number{}, false
		}
		s -= k
	}
	if rem >= den-rem { // the remainder is at least half the divisor: away from zero
		var ok bool
		if q, ok = q.mulAdd(1, 1); !ok {
			return Number{}, false
		}
	}
	neg := (a.c < 0) != (b.c < 0)
	if n, ok := q.small(neg, -DivisionPlaces); ok {
		return n, true
	}
	return wideNumber(q, neg, -DivisionPlaces), true
}

// wideInt is a decimal.Decimal with its big.Int and the big.Int's two
// words, made in one allocation.
type wideInt struct {
	d decimal.Decimal
	i big.Int
	w [2]big.Word
}

// wideNumber returns ±x × 10^e held as a decimal.Decimal: the value and
// representation (a big.Int of the magnitude's words and its sign)
// shopspring gives.
func wideNumber(x u128, neg bool, e int32) Number {
	w := new(wideInt)
	w.w = [2]big.Word{big.Word(x.lo), big.Word(x.hi)}
	w.i.SetBits(w.w[:]) // normalised: a zero high word is dropped
	if neg {
		w.i.Neg(&w.i)
	}
	p := (*decimalParts)(unsafe.Pointer(&w.d))
	p.value, p.exp = &w.i, e
	return Number{big: &w.d}
}

// roundWide rounds a number held as a decimal.Decimal whose coefficient
// fits 128 bits to places in the mode, when the result fits the int64
// form; ok is false otherwise.
func (a Number) roundWide(places int32, mode Mode) (Number, bool) {
	if a.big == nil || !decimalPartsOK {
		return Number{}, false
	}
	p := (*decimalParts)(unsafe.Pointer(a.big))
	k := -int64(p.exp) - int64(places) // the places to drop
	if p.value == nil || k < 1 || k > 38 {
		return Number{}, false
	}
	words := p.value.Bits()
	var x u128
	switch len(words) {
	case 2:
		x.hi = uint64(words[1])
		fallthrough
	case 1:
		x.lo = uint64(words[0])
	default:
		return Number{}, false
	}
	var away bool
	if k <= 19 {
		var r uint64
		x, r = x.divRem(pow10u[k])
		switch mode {
		case HalfAwayFromZero:
			away = r >= pow10u[k]-r
		case Up:
			away = r != 0
		}
	} else {
		// Two steps: by 10^19 (remainder r1), then by 10^(k-19)
		// (remainder r2). The dropped part is r2 × 10^19 + r1 of
		// 10^k, and it is at least half of it when r2 is at least half of
		// 10^(k-19), which is even.
		var r1, r2 uint64
		x, r1 = x.divRem(pow10u[19])
		x, r2 = x.divRem(pow10u[k-19])
		switch mode {
		case HalfAwayFromZero:
			away = r2 >= pow10u[k-19]/2
		case Up:
			away = r1 != 0 || r2 != 0
		}
	}
	if away {
		x.lo++ // x < 2^128 / 10: no carry out of hi
		if x.lo == 0 {
			x.hi++
		}
	}
	return x.small(p.value.Sign() < 0, -places)
}
