package batch

import (
	"cmp"
	"slices"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/internal/exact"
)

// Key is what a total is kept by: a rule (and its part, for a rule
// evaluated in parts, such as a scheme of a grant), a locality, and the
// unit of the amounts ("元/人·月", "元"). Amounts are summed only under one
// unit: a monthly allowance and a one-off grant are never added together.
// A key with Locality "" is a rule's total over every locality
// ([Totals.ByRule]); one with Rule "" a locality's over every rule, unit
// by unit ([Totals.ByLocality]).
type Key struct {
	Rule     string
	Part     string
	Locality string
	Unit     string
}

// Row is the total of one key: how many grants, and the sum of their
// amounts, exact.
type Row struct {
	Key
	Count  int
	Amount decimal.Decimal
}

type sum struct {
	count  int
	amount exact.Number
	k      Key // its key, which TallyHint checks
}

// Totals are counts and exact sums of granted amounts by rule, part and
// locality. The zero Totals is empty and ready to use. A Totals is not
// safe for concurrent use: keep one per worker and [Totals.Merge] them, or
// add from Run's emit, which is called from one goroutine.
type Totals struct {
	m     map[Key]*sum
	hints map[uint64]*sum // [Totals.TallyHint]'s index: the sum of the key each hint was last given with
}

// Add counts one grant of the key with its amount. Amounts are summed
// exactly, without rounding.
func (t *Totals) Add(k Key, amount decimal.Decimal) {
	t.add(k, 1, exact.Of(amount))
}

// AddScaled is [Totals.Add] for an amount of coef × 10^exp (the amount
// decimal.New(coef, exp) is), for a caller that holds its figures so and
// need not make a decimal.Decimal of each to add it.
func (t *Totals) AddScaled(k Key, coef int64, exp int32) {
	t.add(k, 1, exact.New(coef, exp))
}

// Merge adds o's counts and sums to t.
func (t *Totals) Merge(o *Totals) {
	for k, x := range o.m {
		t.add(k, x.count, x.amount)
	}
}

// add counts n grants of the key with their sum.
func (t *Totals) add(k Key, n int, amount exact.Number) {
	s := t.sum(k)
	s.count += n
	s.amount = s.amount.Add(amount)
}

// sum returns the key's sum, made empty when the key is new.
func (t *Totals) sum(k Key) *sum {
	if t.m == nil {
		t.m = make(map[Key]*sum)
	}
	s := t.m[k]
	if s == nil {
		s = &sum{k: k}
		t.m[k] = s
	}
	return s
}

// Tally is one key's total in a [Totals], found once ([Totals.Tally],
// [Totals.TallyHint]) and added to as often as wanted without the key
// looked up again. It stays its key's total in the Totals it came from
// however that grows or is merged into; a Totals set to another, or to
// the zero Totals, holds its tallies no longer. The zero Tally is no
// total: adding to it panics.
type Tally struct{ s *sum }

// Tally returns the total of the key in t, made empty (with no grant
// counted) when t has none.
func (t *Totals) Tally(k Key) Tally { return Tally{t.sum(k)} }

// TallyHint is [Totals.Tally] for a caller that adds the same few keys
// record after record: hint is a number the caller derives cheaply from
// the key, the same for the same key, by which t finds the key's total
// without hashing its strings. t checks that the key is the one the hint
// was last given with, so a hint that stands for another key costs a
// lookup and never a wrong total. A hint stands for a key, not a record:
// t keeps one entry for each hint it is given.
func (t *Totals) TallyHint(hint uint64, k Key) Tally {
	if s := t.hints[hint]; s != nil && s.k == k {
		return Tally{s}
	}
	s := t.sum(k)
	if t.hints == nil {
		t.hints = make(map[uint64]*sum)
	}
	t.hints[hint] = s
	return Tally{s}
}

// Add counts one grant with its amount, as [Totals.Add] does under c's key.
func (c Tally) Add(amount decimal.Decimal) {
	c.s.count++
	c.s.amount = c.s.amount.Add(exact.Of(amount))
}

// AddScaled counts one grant of coef × 10^exp, as [Totals.AddScaled]
// does under c's key. It and Add write out what Totals.add does, so that
// the compiler inlines AddScaled, called on every grant a screening adds:
// through a shared method it exceeds the inlining budget.
func (c Tally) AddScaled(coef int64, exp int32) {
	c.s.count++
	c.s.amount = c.s.amount.Add(exact.New(coef, exp))
}

// Rows returns every total, by rule, part and locality, in that order. A
// key of no grant (a Tally not added to) has no row.
func (t *Totals) Rows() []Row {
	out := make([]Row, 0, len(t.m))
	for k, s := range t.m {
		if s.count == 0 {
			continue
		}
		out = append(out, Row{Key: k, Count: s.count, Amount: s.amount.Dec()})
	}
	slices.SortFunc(out, func(a, b Row) int {
		return compareKeys(a.Key, b.Key)
	})
	return out
}

// compareKeys orders keys by rule, part, locality and unit.
func compareKeys(a, b Key) int {
	return cmp.Or(cmp.Compare(a.Rule, b.Rule), cmp.Compare(a.Part, b.Part), cmp.Compare(a.Locality, b.Locality), cmp.Compare(a.Unit, b.Unit))
}

// ByRule returns the totals of each rule and part over every locality
// (Locality ""), in the order of Rows.
func (t *Totals) ByRule() []Row {
	return t.collapse(func(k Key) Key { return Key{Rule: k.Rule, Part: k.Part, Unit: k.Unit} })
}

// ByLocality returns the totals of each locality over every rule (Rule and
// Part ""), one row for each unit of the amounts, in locality order.
func (t *Totals) ByLocality() []Row {
	return t.collapse(func(k Key) Key { return Key{Locality: k.Locality, Unit: k.Unit} })
}

func (t *Totals) collapse(key func(Key) Key) []Row {
	var c Totals
	for k, s := range t.m {
		c.add(key(k), s.count, s.amount)
	}
	return c.Rows()
}

// Equal reports whether t and o hold the same counts and the same sums.
func (t *Totals) Equal(o *Totals) bool {
	a, b := t.Rows(), o.Rows()
	return slices.EqualFunc(a, b, func(x, y Row) bool { return x.Key == y.Key && x.Count == y.Count && x.Amount.Equal(y.Amount) })
}

// Change is a key's totals under a baseline and under a reform: how many
// grants and how much each, and the difference.
type Change struct {
	Key
	BaseCount, ReformCount   int
	BaseAmount, ReformAmount decimal.Decimal
	Delta                    decimal.Decimal // ReformAmount − BaseAmount
}

// Diff compares the totals of the same population screened under a
// baseline and under a reform, key by key: every key either has, in the
// order of Rows. Keys whose counts and amounts are the same both ways are
// left out.
func Diff(base, reform *Totals) []Change {
	keys := map[Key]bool{}
	for k := range base.m {
		keys[k] = true
	}
	for k := range reform.m {
		keys[k] = true
	}
	var out []Change
	for k := range keys {
		var b, r sum
		if s := base.m[k]; s != nil {
			b = *s
		}
		if s := reform.m[k]; s != nil {
			r = *s
		}
		if b.count == r.count && b.amount.Cmp(r.amount) == 0 {
			continue
		}
		out = append(out, Change{Key: k, BaseCount: b.count, ReformCount: r.count,
			BaseAmount: b.amount.Dec(), ReformAmount: r.amount.Dec(), Delta: r.amount.Sub(b.amount).Dec()})
	}
	slices.SortFunc(out, func(a, b Change) int { return compareKeys(a.Key, b.Key) })
	return out
}
