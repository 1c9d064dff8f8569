package speed

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// shaped is a result of a typed method's shape: a figure and its unit, and
// what rules.Outcome keeps — the eligibility, the conditions failed, the
// book, the date and a copy of the case.
type shaped[In any] struct {
	amount   decimal.Decimal
	unit     rules.Unit
	eligible bool
	failed   uint64
	book     *rules.Book
	on       rules.Date
	in       In
}

// shapeAlone is a typed method that evaluates nothing: it takes the case by
// value and returns a result keeping a copy of it (ShapeAlone).
//
//go:noinline
func shapeAlone[In any](on rules.Date, in In) (shaped[In], error) {
	return shaped[In]{amount: decimal.Decimal{}, unit: rules.Unit{}, eligible: true, failed: 0, book: nil, on: on, in: in}, nil
}

// shapeSink keeps what ShapeAlone returns.
var shapeSink bool
