package rules

import "github.com/wzpolicy/wzpolicy/internal/exact"

// number is an exact decimal number: c × 10^e held in an int64 while it
// fits, and in a decimal.Decimal when it does not (internal/exact). Rule
// evaluation computes in numbers; conversion to decimal.Decimal happens at
// the edge of the engine (Value.Number).
type number = exact.Number
