package rules

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
)

// randomDecimal draws numbers near the edges of the int64 fast path as well
// as everyday amounts.
func randomDecimal(rng *rand.Rand) decimal.Decimal {
	switch rng.IntN(6) {
	case 0:
		return decimal.New(rng.Int64N(2_000_000)-1_000_000, -int32(rng.IntN(5)))
	case 1:
		return decimal.New(rng.Int64()-math.MaxInt64/2, -int32(rng.IntN(20)))
	case 2:
		return decimal.New(math.MaxInt64-rng.Int64N(1000), int32(rng.IntN(3)))
	case 3:
		return decimal.New(math.MinInt64+rng.Int64N(1000), -int32(rng.IntN(3)))
	case 4:
		d, _ := decimal.NewFromString(fmt.Sprintf("%d%d.%d", rng.Int64(), rng.Int64(), rng.Int64()))
		return d
	}
	return decimal.New(rng.Int64N(100)-50, int32(rng.IntN(40))-20)
}

// The int64 fast path gives exactly the values shopspring/decimal gives,
// on the everyday amounts and at the edges where it must fall back.
func TestNumberMatchesDecimal(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for i := range 200000 {
		x, y := randomDecimal(rng), randomDecimal(rng)
		a, b := numOf(x), numOf(y)
		check := func(op string, got number, want decimal.Decimal) {
			if !got.dec().Equal(want) {
				t.Fatalf("case %d: %s %s %s = %s, want %s", i, x, op, y, got, want)
			}
		}
		check("+", a.add(b), x.Add(y))
		check("-", a.sub(b), x.Sub(y))
		check("*", a.mul(b), x.Mul(y))
		if !y.IsZero() {
			check("/", a.div(b), x.DivRound(y, DivisionPlaces))
		}
		if got, want := a.cmp(b), x.Cmp(y); got != want {
			t.Fatalf("case %d: cmp(%s, %s) = %d, want %d", i, x, y, got, want)
		}
		check("neg", a.neg(), x.Neg())
		check("abs", a.abs(), x.Abs())
		check("floor", a.floor(), x.Floor())
		check("ceil", a.ceil(), x.Ceil())
		places := int32(rng.IntN(12)) - 4
		check(fmt.Sprintf("round %d", places), a.round(places, HalfAwayFromZero), x.Round(places))
		check(fmt.Sprintf("roundup %d", places), a.round(places, Up), x.RoundUp(places))
		check(fmt.Sprintf("rounddown %d", places), a.round(places, Down), x.RoundDown(places))
		if a.isInteger() != x.IsInteger() {
			t.Fatalf("case %d: isInteger(%s) = %t", i, x, a.isInteger())
		}
	}
}

func TestNumberHalves(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"1000.005", "1000.01"}, {"-1000.005", "-1000.01"}, {"0.125", "0.13"}, {"0.124999", "0.12"},
		{"2.5", "2.5"}, {"99999999999999999.995", "100000000000000000"},
	} {
		got := numOf(decimal.RequireFromString(c.in)).round(2, HalfAwayFromZero)
		if !got.dec().Equal(decimal.RequireFromString(c.want)) {
			t.Errorf("round(%s, 2) = %s, want %s", c.in, got, c.want)
		}
	}
}
