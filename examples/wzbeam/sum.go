package main

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Sum is a count of grants and the exact sum of their amounts, with their
// unit: the accumulator, input and output of the pipeline's aggregation.
// The amount travels as a decimal string, never a float, so that every
// runner's coder carries it unchanged and every merge is exact (decimal
// addition does not round). The zero Sum is no grant; an empty Amount
// reads 0.
type Sum struct {
	Count  int
	Amount string
	// Unit is the amounts' unit, by its Chinese label ("元/人·月"), the same
	// for every grant of a rule and part, and part of every key (a sum
	// over rules is kept unit by unit); "" for benefits given in kind or
	// decided rather than paid.
	Unit string
}

// sumOf is the Sum of one grant.
func sumOf(amount decimal.Decimal, unit rules.Unit) Sum {
	return Sum{Count: 1, Amount: amount.String(), Unit: unit.String()}
}

// sumFn adds Sums up: a CombineFn whose accumulator, input and output are
// all Sum. Runners may merge partial sums in any grouping and order;
// exact addition gives the same total whichever they choose.
type sumFn struct{}

// MergeAccumulators adds two partial sums.
func (sumFn) MergeAccumulators(a, b Sum) (Sum, error) {
	x, err := amountOf(a)
	if err != nil {
		return Sum{}, err
	}
	y, err := amountOf(b)
	if err != nil {
		return Sum{}, err
	}
	unit := a.Unit
	switch {
	case a.Count == 0:
		unit = b.Unit
	case b.Count > 0 && a.Unit != b.Unit:
		return Sum{}, fmt.Errorf("wzbeam: grants of one key in two units, %q and %q", a.Unit, b.Unit)
	}
	return Sum{Count: a.Count + b.Count, Amount: x.Add(y).String(), Unit: unit}, nil
}

func amountOf(s Sum) (decimal.Decimal, error) {
	if s.Amount == "" {
		return decimal.Zero, nil
	}
	d, err := decimal.NewFromString(s.Amount)
	if err != nil {
		return decimal.Decimal{}, fmt.Errorf("wzbeam: amount %q of a partial sum: %w", s.Amount, err)
	}
	return d, nil
}

// fen formats an exact amount with at least two decimals, to the fen, and
// more only where the amount has them: it never rounds.
func fen(d decimal.Decimal) string {
	s := d.String() // trailing zeros trimmed
	if i := strings.IndexByte(s, '.'); i >= 0 && len(s)-i-1 > 2 {
		return s
	}
	return d.StringFixed(2)
}
