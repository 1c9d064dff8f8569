package rules

import (
	"fmt"

	"github.com/wzpolicy/wzpolicy/internal/exact"
)

// RoundMode says which way a number is rounded.
type RoundMode uint8

const (
	HalfAwayFromZero RoundMode = iota // 四舍五入: 0.125 → 0.13, −0.125 → −0.13
	Up                                // away from zero: any remainder rounds up (进位)
	Down                              // toward zero: the remainder is dropped (舍去)
)

// Rounding says how an output is rounded: to how many decimal places, which
// way. The zero Rounding is the default: money to the fen, half away from
// zero; other numbers exact.
type Rounding struct {
	Places int32
	Mode   RoundMode
	set    bool
	exact  bool
}

// RoundTo rounds to places decimal places (negative places round to tens,
// hundreds…) in the given mode.
func RoundTo(places int32, mode RoundMode) Rounding {
	return Rounding{Places: places, Mode: mode, set: true}
}

// Exact keeps a number unrounded, money included.
var Exact = Rounding{set: true, exact: true}

// Fen rounds money to the fen (0.01 yuan), half away from zero: the default
// for money outputs.
var Fen = RoundTo(2, HalfAwayFromZero)

// apply rounds n as the rounding says for an output of unit u.
func (r Rounding) apply(n number, u Unit) number {
	if !r.set {
		if !u.IsMoney() {
			return n
		}
		r = Fen
	}
	if r.exact {
		return n
	}
	return n.Round(r.Places, exact.Mode(r.Mode))
}

func (r Rounding) String() string {
	switch {
	case !r.set:
		return "money to the fen, half away from zero; other numbers exact"
	case r.exact:
		return "exact"
	}
	mode := [...]string{"half away from zero", "up", "down"}[r.Mode]
	return fmt.Sprintf("%d places, %s", r.Places, mode)
}
