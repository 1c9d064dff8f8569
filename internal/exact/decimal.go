package exact

import (
	"math/big"
	"math/bits"
	"reflect"
	"unsafe"

	"github.com/shopspring/decimal"
)

// Converting between number and decimal.Decimal at the engine's edge —
// reading a case's figures, writing a result's — without the cost of
// shopspring's general constructors: a decimal.Decimal of a small
// coefficient is made in one allocation rather than two (the big.Int and
// its digits together), and a decimal.Decimal read is tested for fitting
// an int64 without formatting its digits. Both read or write the two
// fields of decimal.Decimal (its coefficient and exponent) in place;
// decimalPartsOK checks, once, that the type is laid out as
// decimalParts says, and when it is not, the ordinary constructors and
// accessors are used (the check compares the fields' names, types and
// offsets by reflection before it reads anything through a pointer).
// Either way the values are the same, and so is their
// representation (the coefficient's sign and words): reflect.DeepEqual
// and go-cmp see no difference.

// decimalParts is the layout of decimal.Decimal (shopspring/decimal v1).
type decimalParts struct {
	value *big.Int
	exp   int32
}

var decimalPartsOK = func() bool {
	if unsafe.Sizeof(decimal.Decimal{}) != unsafe.Sizeof(decimalParts{}) || bits.UintSize != 64 {
		return false
	}
	// The fields by name, type and offset, as reflection reports them,
	// before anything is read through the pointer: a version of the
	// package that reorders, renames or retypes them is never read as
	// this layout.
	dt, pt := reflect.TypeFor[decimal.Decimal](), reflect.TypeFor[decimalParts]()
	if dt.NumField() != pt.NumField() {
		return false
	}
	for i := range dt.NumField() {
		df, pf := dt.Field(i), pt.Field(i)
		if df.Name != pf.Name || df.Type != pf.Type || df.Offset != pf.Offset {
			return false
		}
	}
	d := decimal.New(-12345, -2)
	p := (*decimalParts)(unsafe.Pointer(&d))
	if p.value == nil || !p.value.IsInt64() || p.value.Int64() != -12345 || p.exp != -2 {
		return false
	}
	var w decimal.Decimal
	q := (*decimalParts)(unsafe.Pointer(&w))
	q.value, q.exp = big.NewInt(-12345), -2
	return w.Equal(d) && w.Exponent() == -2 && w.String() == "-123.45"
}()

// SmallDecimal returns d as c × 10^e when its coefficient has at most 18
// digits (as Of keeps it); ok is false otherwise.
func SmallDecimal(d *decimal.Decimal) (c int64, e int32, ok bool) {
	if !decimalPartsOK {
		if d.NumDigits() > 18 {
			return 0, 0, false
		}
		return d.CoefficientInt64(), d.Exponent(), true
	}
	p := (*decimalParts)(unsafe.Pointer(d))
	if p.value == nil {
		return 0, p.exp, true
	}
	if !p.value.IsInt64() {
		return 0, 0, false
	}
	c = p.value.Int64()
	if c <= -1e18 || c >= 1e18 {
		return 0, 0, false
	}
	return c, p.exp, true
}

// smallInt is a big.Int of one word together with its word: one
// allocation.
type smallInt struct {
	i big.Int
	w [1]big.Word
}

// zeros are decimal.New(0, -i): zero written with i places, made once. A
// zero is the figure of most results — a case not eligible — and a
// decimal.Decimal is never changed by its methods, so one can serve all.
var zeros = func() (z [9]decimal.Decimal) {
	for i := range z {
		z[i] = decimal.New(0, -int32(i))
	}
	return z
}()

// NewDecimal returns c × 10^e, the value and representation
// decimal.New(c, e) gives.
func NewDecimal(c int64, e int32) decimal.Decimal {
	if c == 0 && e <= 0 && e > -int32(len(zeros)) {
		return zeros[-e]
	}
	if !decimalPartsOK || c == 0 {
		return decimal.New(c, e) // zero's coefficient has no words
	}
	x := new(smallInt)
	x.w[0] = big.Word(absU(c))
	x.i.SetBits(x.w[:])
	if c < 0 {
		x.i.Neg(&x.i)
	}
	var d decimal.Decimal
	p := (*decimalParts)(unsafe.Pointer(&d))
	p.value, p.exp = &x.i, e
	return d
}

// Interned is a number together with its decimal.Decimal, made once: a
// figure of a rule that is one of its constants (an allowance of 200 yuan
// read from a bracket) is written out without an allocation.
type Interned struct {
	n Number
	d decimal.Decimal
}

// Intern makes the decimals of the numbers. A decimal.Decimal is never
// changed by its methods, so one made here can be handed to any number of
// callers.
func Intern(ns ...Number) []Interned {
	out := make([]Interned, len(ns))
	for i, n := range ns {
		out[i] = Interned{n, n.Dec()}
	}
	return out
}

// DecIn returns a as a decimal.Decimal: the interned one when a is the
// same number, written alike, as one of list, otherwise a new one. Either
// has the value and representation a.Dec() gives.
func (a Number) DecIn(list []Interned) decimal.Decimal {
	if a.big == nil {
		for i := range list {
			if n := &list[i].n; n.big == nil && n.c == a.c && n.e == a.e {
				return list[i].d
			}
		}
	}
	return a.Dec()
}
