package rules

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/internal/exact"
)

// Bound is one end of a [Range]. The zero Bound is no bound at all
// (unbounded, ±∞). Build bounds with [Incl] and [Excl]; every bound says
// whether it includes its number, because the documents do ("以上" includes
// the number, "超过" does not).
type Bound struct {
	Value decimal.Decimal
	Open  bool // excludes Value (超过, 不满, 低于)
	Set   bool // false: no bound
}

// Incl returns the bound that includes v (含本数: 以上, 以下, 不低于, 不超过).
// v is written as in source code, "80" or "0.5"; Incl panics on a malformed
// number, so use it for the package's own figures.
func Incl(v string) Bound { return Bound{Value: decimal.RequireFromString(v), Set: true} }

// Excl returns the bound that excludes v (超过, 不满, 未满, 不足, 低于).
func Excl(v string) Bound { return Bound{Value: decimal.RequireFromString(v), Open: true, Set: true} }

// Range is an interval of numbers with explicit ends. The zero Range holds
// every number.
type Range struct {
	Lo Bound
	Hi Bound
}

// Contains reports whether x is inside the range.
func (r Range) Contains(x decimal.Decimal) bool {
	if r.Lo.Set {
		c := x.Cmp(r.Lo.Value)
		if c < 0 || c == 0 && r.Lo.Open {
			return false
		}
	}
	if r.Hi.Set {
		c := x.Cmp(r.Hi.Value)
		if c > 0 || c == 0 && r.Hi.Open {
			return false
		}
	}
	return true
}

// IsZero reports whether r is the unbounded range.
func (r Range) IsZero() bool { return !r.Lo.Set && !r.Hi.Set }

// String writes the range in interval notation: [12, 26], (0, ∞), [80, 90).
func (r Range) String() string {
	var b strings.Builder
	if r.Lo.Set && !r.Lo.Open {
		b.WriteString("[")
	} else {
		b.WriteString("(")
	}
	if r.Lo.Set {
		b.WriteString(r.Lo.Value.String())
	} else {
		b.WriteString("-∞")
	}
	b.WriteString(", ")
	if r.Hi.Set {
		b.WriteString(r.Hi.Value.String())
	} else {
		b.WriteString("∞")
	}
	if r.Hi.Set && !r.Hi.Open {
		b.WriteString("]")
	} else {
		b.WriteString(")")
	}
	return b.String()
}

// Chinese writes the range as the documents do: 12（含）至26（含）,
// 超过0, 80（含）以上.
func (r Range) Chinese() string {
	lo := func() string {
		if r.Lo.Open {
			return "超过" + r.Lo.Value.String()
		}
		return r.Lo.Value.String() + "（含）"
	}
	hi := func() string {
		if r.Hi.Open {
			return "低于" + r.Hi.Value.String()
		}
		return r.Hi.Value.String() + "（含）"
	}
	switch {
	case r.Lo.Set && r.Hi.Set:
		return lo() + "至" + hi()
	case r.Lo.Set && r.Lo.Open:
		return lo()
	case r.Lo.Set:
		return lo() + "以上"
	case r.Hi.Set && r.Hi.Open:
		return hi()
	case r.Hi.Set:
		return hi() + "以下"
	}
	return "不限"
}

func (r Range) check() string {
	if r.Lo.Set && r.Hi.Set {
		c := r.Lo.Value.Cmp(r.Hi.Value)
		if c > 0 || c == 0 && (r.Lo.Open || r.Hi.Open) {
			return fmt.Sprintf("range %s holds no number", r)
		}
	}
	return ""
}

// Band is one tier of a [Bracket]: the numbers in its range map to Value.
type Band struct {
	Range
	Value decimal.Decimal
}

// Bracket maps a quantity to a figure by tiers, such as an age to a monthly
// allowance or an output to a reward. Its bands must be listed from low to
// high and meet exactly — no gap, no overlap, each shared end closed on
// exactly one side; compiling a book checks this. A number outside every
// band is an evaluation error, so a rule guards its lookups with its
// eligibility conditions.
type Bracket struct {
	Of    Unit // unit of the quantity looked up, e.g. Year for ages
	Bands []Band
}

// Lookup returns the value of the band holding x.
func (b *Bracket) Lookup(x decimal.Decimal) (decimal.Decimal, bool) {
	for i := range b.Bands {
		if b.Bands[i].Contains(x) {
			return b.Bands[i].Value, true
		}
	}
	return decimal.Decimal{}, false
}

// check reports gaps, overlaps, empty bands and misplaced infinite ends.
func (b *Bracket) check() []string {
	var problems []string
	if len(b.Bands) == 0 {
		return []string{"bracket has no bands"}
	}
	for i, band := range b.Bands {
		if p := band.check(); p != "" {
			problems = append(problems, fmt.Sprintf("band %d: %s", i+1, p))
		}
		if i > 0 && !band.Lo.Set {
			problems = append(problems, fmt.Sprintf("band %d %s has no lower end but is not the first band", i+1, band.Range))
		}
		if i < len(b.Bands)-1 && !band.Hi.Set {
			problems = append(problems, fmt.Sprintf("band %d %s has no upper end but is not the last band", i+1, band.Range))
		}
		if i == 0 || !band.Lo.Set || !b.Bands[i-1].Hi.Set {
			continue
		}
		prev := b.Bands[i-1]
		switch c := prev.Hi.Value.Cmp(band.Lo.Value); {
		case c < 0:
			problems = append(problems, fmt.Sprintf("gap between band %d %s and band %d %s", i, prev.Range, i+1, band.Range))
		case c > 0:
			problems = append(problems, fmt.Sprintf("band %d %s overlaps band %d %s", i, prev.Range, i+1, band.Range))
		case !prev.Hi.Open && !band.Lo.Open:
			problems = append(problems, fmt.Sprintf("band %d %s and band %d %s both include %s", i, prev.Range, i+1, band.Range, band.Lo.Value))
		case prev.Hi.Open && band.Lo.Open:
			problems = append(problems, fmt.Sprintf("gap at %s: neither band %d %s nor band %d %s includes it", band.Lo.Value, i, prev.Range, i+1, band.Range))
		}
	}
	return problems
}

// numRange is a Range compiled for evaluation.
type numRange struct {
	lo, hi         number
	loSet, hiSet   bool
	loOpen, hiOpen bool
}

func (r Range) compile() numRange {
	return numRange{lo: exact.Of(r.Lo.Value), hi: exact.Of(r.Hi.Value), loSet: r.Lo.Set, hiSet: r.Hi.Set, loOpen: r.Lo.Open, hiOpen: r.Hi.Open}
}

func (r *numRange) contains(x number) bool {
	if r.loSet {
		c := x.Cmp(r.lo)
		if c < 0 || c == 0 && r.loOpen {
			return false
		}
	}
	if r.hiSet {
		c := x.Cmp(r.hi)
		if c > 0 || c == 0 && r.hiOpen {
			return false
		}
	}
	return true
}

// cbracket is a Bracket compiled for evaluation.
type cbracket struct {
	ranges []numRange
	values []number
}

func (b *Bracket) compile() *cbracket {
	cb := &cbracket{}
	for _, band := range b.Bands {
		cb.ranges = append(cb.ranges, band.Range.compile())
		cb.values = append(cb.values, exact.Of(band.Value))
	}
	return cb
}

// band returns the index of the band holding x, or -1.
func (b *cbracket) band(x number) int {
	for i := range b.ranges {
		if b.ranges[i].contains(x) {
			return i
		}
	}
	return -1
}
