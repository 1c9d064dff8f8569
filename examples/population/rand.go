package population

import (
	"math/bits"
	"math/rand/v2"

	"github.com/wzpolicy/wzpolicy/rules"
)

// This file is the randomness: one PCG generator per household or firm,
// seeded from the configuration's seed and the index, held by value so that
// drawing allocates nothing.

// Streams keep the households and the firms of one seed apart.
const (
	streamHousehold uint64 = 0x686f757365686f6c // "househol"
	streamFirm      uint64 = 0x6669726d73000000 // "firms"
)

// source draws the numbers of one household or firm.
type source struct{ pcg rand.PCG }

// newSource returns the source of item i of a stream: the same (seed,
// stream, i) always gives the same numbers. The seeds are hashed so that
// neighbouring indices and seeds start far apart in the generator's state.
func newSource(seed, stream uint64, i int) source {
	var s source
	s.pcg.Seed(mix(seed^stream), mix(uint64(i)^mix(seed+stream)))
	return s
}

// mix is the finaliser of splitmix64, a bijection of uint64 that spreads
// every input bit over the output.
func mix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

// intn returns a number in [0, n), n > 0, by the multiply-shift method (the
// bias is below n/2⁶⁴, far below anything the tests can see).
func (s *source) intn(n int) int {
	hi, _ := bits.Mul64(s.pcg.Uint64(), uint64(n))
	return int(hi)
}

// between returns a number in [lo, hi].
func (s *source) between(lo, hi int) int { return lo + s.intn(hi-lo+1) }

// float returns a number in [0, 1).
func (s *source) float() float64 { return float64(s.pcg.Uint64()>>11) / (1 << 53) }

// chance reports true with probability p.
func (s *source) chance(p float64) bool { return s.float() < p }

// weighted is one value of a discrete distribution and its weight.
type weighted[T any] struct {
	w float64
	v T
}

// pick draws a value of the table with probability proportional to its
// weight.
func pick[T any](s *source, table []weighted[T]) T {
	total := 0.0
	for _, e := range table {
		total += e.w
	}
	u := s.float() * total
	for _, e := range table {
		if u < e.w {
			return e.v
		}
		u -= e.w
	}
	return table[len(table)-1].v
}

// dayBetween returns a day in [from, to]; from when to is before it.
func (s *source) dayBetween(from, to rules.Date) rules.Date {
	n := from.DaysUntil(to)
	if n <= 0 {
		return from
	}
	return from.AddDays(s.intn(n + 1))
}
