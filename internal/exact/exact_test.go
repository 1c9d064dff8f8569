package exact

import (
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
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

// numberPairs is how many random pairs TestNumberMatchesDecimal draws.
var numberPairs = flag.Int("number-pairs", 20000, "random pairs of numbers TestNumberMatchesDecimal compares with shopspring/decimal")

// The int64 fast path gives exactly the values shopspring/decimal gives,
// on the everyday amounts and at the edges where it must fall back:
// 20,000 random pairs by default (go test ./internal/exact -number-pairs 200000 for
// more); FuzzNumberMatchesDecimal searches further, and CI runs it.
func TestNumberMatchesDecimal(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for i := range *numberPairs {
		x, y := randomDecimal(rng), randomDecimal(rng)
		if msg := numberDisagrees(x, y, int32(rng.IntN(12))-4); msg != "" {
			t.Fatalf("case %d: %s", i, msg)
		}
	}
}

// FuzzNumberMatchesDecimal compares the fast path with shopspring/decimal
// on any two numbers and any rounding place.
func FuzzNumberMatchesDecimal(f *testing.F) {
	f.Add(int64(100000), int8(-2), int64(3), int8(0), int8(2))
	f.Add(int64(math.MaxInt64), int8(0), int64(-1), int8(-18), int8(-4))
	f.Add(int64(math.MinInt64), int8(-3), int64(7), int8(5), int8(7))
	f.Add(int64(1000005), int8(-3), int64(-1000005), int8(-3), int8(2))
	f.Fuzz(func(t *testing.T, cx int64, ex int8, cy int64, ey int8, places int8) {
		x, y := decimal.New(cx, int32(ex)), decimal.New(cy, int32(ey))
		if msg := numberDisagrees(x, y, int32(places%12)); msg != "" {
			t.Fatal(msg)
		}
	})
}

// numberDisagrees is "" when every operation of the fast path on x and y
// gives what shopspring/decimal gives, else the first that does not.
func numberDisagrees(x, y decimal.Decimal, places int32) string {
	a, b := Of(x), Of(y)
	check := func(op string, got Number, want decimal.Decimal) string {
		if !got.Dec().Equal(want) {
			return fmt.Sprintf("%s %s %s = %s, want %s", x, op, y, got, want)
		}
		return ""
	}
	checks := []func() string{
		func() string { return check("+", a.Add(b), x.Add(y)) },
		func() string { return check("-", a.Sub(b), x.Sub(y)) },
		func() string { return check("*", a.Mul(b), x.Mul(y)) },
		func() string {
			if y.IsZero() {
				return ""
			}
			q, want := a.Div(b), x.DivRound(y, DivisionPlaces)
			if msg := check("/", q, want); msg != "" {
				return msg
			}
			// Written as shopspring writes it: 24 places, the same
			// big.Int, unless exact in fewer (divExact's shorter form).
			if got := q.Dec(); got.Exponent() > -DivisionPlaces {
				return ""
			} else if got.Exponent() != want.Exponent() || (!want.IsZero() && !reflect.DeepEqual(got, want)) {
				return fmt.Sprintf("%s / %s written %s (%#v), want %s (%#v)", x, y, got, got, want, want)
			}
			// Rounded to places, as a per-capita figure is.
			for _, m := range []struct {
				mode  Mode
				round func(decimal.Decimal, int32) decimal.Decimal
			}{{HalfAwayFromZero, decimal.Decimal.Round}, {Up, decimal.Decimal.RoundUp}, {Down, decimal.Decimal.RoundDown}} {
				if msg := check(fmt.Sprintf("/ then round %d (mode %d)", places, m.mode), q.Round(places, m.mode), m.round(want, places)); msg != "" {
					return msg
				}
			}
			return ""
		},
		func() string {
			if got, want := a.Cmp(b), x.Cmp(y); got != want {
				return fmt.Sprintf("cmp(%s, %s) = %d, want %d", x, y, got, want)
			}
			return ""
		},
		func() string { return check("neg", a.Neg(), x.Neg()) },
		func() string { return check("abs", a.Abs(), x.Abs()) },
		func() string { return check("floor", a.Floor(), x.Floor()) },
		func() string { return check("ceil", a.Ceil(), x.Ceil()) },
		func() string {
			return check(fmt.Sprintf("round %d", places), a.Round(places, HalfAwayFromZero), x.Round(places))
		},
		func() string { return check(fmt.Sprintf("roundup %d", places), a.Round(places, Up), x.RoundUp(places)) },
		func() string {
			return check(fmt.Sprintf("rounddown %d", places), a.Round(places, Down), x.RoundDown(places))
		},
		func() string {
			if a.IsInteger() != x.IsInteger() {
				return fmt.Sprintf("isInteger(%s) = %t", x, a.IsInteger())
			}
			return ""
		},
	}
	for _, c := range checks {
		if msg := c(); msg != "" {
			return msg
		}
	}
	return ""
}

func TestNumberHalves(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"1000.005", "1000.01"}, {"-1000.005", "-1000.01"}, {"0.125", "0.13"}, {"0.124999", "0.12"},
		{"2.5", "2.5"}, {"99999999999999999.995", "100000000000000000"},
	} {
		got := Of(decimal.RequireFromString(c.in)).Round(2, HalfAwayFromZero)
		if !got.Dec().Equal(decimal.RequireFromString(c.want)) {
			t.Errorf("round(%s, 2) = %s, want %s", c.in, got, c.want)
		}
	}
}

// Quotients kept to 24 places and rounded, worked by hand; the 24-place
// numbers' coefficients do not fit an int64 and take the 128-bit path.
func TestWideQuotients(t *testing.T) {
	for _, c := range []struct{ x, y, quotient, fen string }{
		{"6000", "36", "166.666666666666666666666667", "166.67"}, // a per-capita income: 6,000 ÷ 12 ÷ 3
		{"-500", "3", "-166.666666666666666666666667", "-166.67"},
		{"2", "3", "0.666666666666666666666667", "0.67"},
		{"1", "7", "0.142857142857142857142857", "0.14"},
		{"9999999999", "7", "1428571428.428571428571428571428571", "1428571428.43"},
	} {
		q := Of(decimal.RequireFromString(c.x)).Div(Of(decimal.RequireFromString(c.y)))
		if got := q.Dec().String(); got != c.quotient {
			t.Errorf("%s / %s = %s, want %s", c.x, c.y, got, c.quotient)
		}
		if got := q.Round(2, HalfAwayFromZero).Dec().String(); got != c.fen {
			t.Errorf("%s / %s to the fen = %s, want %s", c.x, c.y, got, c.fen)
		}
	}
	// Rounding by more than 19 places, in two steps: the dropped part is
	// half or more exactly when the digit after the kept places is 5 or more.
	for _, c := range []struct {
		in   string
		mode Mode
		want string
	}{
		{"0.125000000000000000000001", HalfAwayFromZero, "0.13"},
		{"0.125000000000000000000000", HalfAwayFromZero, "0.13"},
		{"0.124999999999999999999999", HalfAwayFromZero, "0.12"},
		{"-0.125000000000000000000000", HalfAwayFromZero, "-0.13"},
		{"0.120000000000000000000001", Up, "0.13"},
		{"0.120000000000000000000000", Up, "0.12"},
		{"-0.129999999999999999999999", Down, "-0.12"},
	} {
		d := decimal.RequireFromString(c.in)
		n := Of(d)
		if n.big == nil {
			t.Fatalf("%s is held in the int64 form; the case does not test the 128-bit path", c.in)
		}
		if got := n.Round(2, c.mode).Dec().String(); got != c.want {
			t.Errorf("round(%s, 2, mode %d) = %s, want %s", c.in, c.mode, got, c.want)
		}
	}
}

// Hours as seconds: whole seconds only, up to the limit either way, however
// the number is written.
func TestSeconds(t *testing.T) {
	for _, c := range []struct {
		h    Number
		want int64
		ok   bool
	}{
		{New(15, -1), 5400, true},        // 1.5 h
		{New(1, 6), 3_600_000_000, true}, // 1E+6 h, the limit
		{New(-1000000, 0), -3_600_000_000, true},
		{New(1000001, 0), 0, false},
		{New(1, -4), 0, false}, // 0.36 s
		{New(25, -2), 900, true},
	} {
		got, ok := Seconds(c.h, 1000000)
		if got != c.want || ok != c.ok {
			t.Errorf("Seconds(%s) = %d, %v; want %d, %v", c.h, got, ok, c.want, c.ok)
		}
	}
}
