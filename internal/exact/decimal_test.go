package exact

import (
	"math"
	"reflect"
	"testing"

	"github.com/shopspring/decimal"
)

// The engine's own conversions give what shopspring's give, down to the
// representation reflect.DeepEqual compares.
func TestDecimalConversions(t *testing.T) {
	if !decimalPartsOK {
		t.Fatal("decimal.Decimal is not laid out as decimalParts says: the conversions fall back to shopspring's constructors")
	}
	cs := []int64{0, 1, -1, 7, -12345, 999999999999999999, -999999999999999999, 1e18, -1e18, math.MaxInt64, math.MinInt64, math.MinInt64 + 1}
	es := []int32{0, -2, 3, -24, 30}
	for _, c := range cs {
		for _, e := range es {
			want := decimal.New(c, e)
			if got := NewDecimal(c, e); !reflect.DeepEqual(got, want) || got.String() != want.String() {
				t.Errorf("NewDecimal(%d, %d) = %#v (%s), decimal.New gives %#v (%s)", c, e, got, got, want, want)
			}
			gc, ge, ok := SmallDecimal(&want)
			fits := c > -1e18 && c < 1e18
			if ok != fits || ok && (gc != c || ge != e) {
				t.Errorf("SmallDecimal(%s) = %d, %d, %v; want %d, %d, %v", want, gc, ge, ok, c, e, fits)
			}
		}
	}
	big := decimal.RequireFromString("123456789012345678901234567890")
	if _, _, ok := SmallDecimal(&big); ok {
		t.Errorf("SmallDecimal(%s) fits an int64", big)
	}
	var zero decimal.Decimal
	if c, e, ok := SmallDecimal(&zero); !ok || c != 0 || e != 0 {
		t.Errorf("SmallDecimal(the zero Decimal) = %d, %d, %v", c, e, ok)
	}
	// A figure made by newDecimal is shopspring's to compute with: no
	// operation changes it.
	d := NewDecimal(-250, -1)
	if s := d.Add(decimal.New(5, 0)).Mul(d).String(); s != "500" || d.String() != "-25" {
		t.Errorf("(-25 + 5) × -25 = %s, and -25 reads %s", s, d)
	}
}

// An interned decimal is the one Dec makes, to the representation; a
// number not interned, or interned written otherwise (2.0 for 2), gets its
// own.
func TestDecIn(t *testing.T) {
	list := Intern(New(200, 0), New(50, 0), New(-125, -2))
	for _, c := range []struct {
		n      Number
		shared bool
	}{
		{New(200, 0), true}, {New(-125, -2), true}, {New(2000, -1), false}, {New(7, 0), false}, {New(0, 0), false},
	} {
		got := c.n.DecIn(list)
		if want := c.n.Dec(); !reflect.DeepEqual(got, want) || got.String() != want.String() {
			t.Errorf("DecIn(%s) = %#v, Dec gives %#v", c.n, got, want)
		}
		shared := false
		for _, in := range list {
			if in.d.Coefficient().Cmp(got.Coefficient()) == 0 && in.d.Exponent() == got.Exponent() && reflect.ValueOf(in.d).Field(0).Pointer() == reflect.ValueOf(got).Field(0).Pointer() {
				shared = true
			}
		}
		if shared != c.shared {
			t.Errorf("DecIn(%s) shares an interned decimal: %v, want %v", c.n, shared, c.shared)
		}
	}
}
