package speed

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"
)

// What the hand-written rules return when they cannot give a figure. A
// careful engineer reports the same cases the library does — not in force,
// invalid or missing input naming the field, assessed case by case — but
// with errors of their own: the harness compares figures, not messages.
var (
	errNotInForce = errors.New("hand: not in force on the date")
	errCaseByCase = errors.New("hand: assessed case by case")
)

func invalid(field string) error { return fmt.Errorf("hand: invalid input %s", field) }

func missing(field string) error { return fmt.Errorf("hand: missing input %s", field) }

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func decPtr(s string) *decimal.Decimal {
	d := dec(s)
	return &d
}

func fen(d decimal.Decimal) string { return d.StringFixed(2) }
