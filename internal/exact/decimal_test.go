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
