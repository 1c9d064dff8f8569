package population

import (
	"iter"

	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// Config chooses a population: the same Config always draws the same
// households and firms.
type Config struct {
	// Seed chooses the population; any value, zero included, is one.
	Seed uint64
	// On is the assessment date: ages, income periods and every other
	// date are drawn relative to it (a person of 85 on On was born 85
	// years before it). It must be given: the zero Date is refused.
	On rules.Date
}

// Households yields households 0 to n-1 of the population, in order, with
// their indices: the households [Household] returns. It yields none for
// n ≤ 0, and panics as Household does for a zero cfg.On.
func Households(cfg Config, n int) iter.Seq2[int, welfare.Household] {
	return func(yield func(int, welfare.Household) bool) {
		for i := range max(n, 0) {
			if !yield(i, Household(cfg, i)) {
				return
			}
		}
	}
}

// Firms yields firms 0 to n-1 of the population, in order, with their
// indices: the firms [Firm] returns. It yields none for n ≤ 0, and panics
// as Firm does for a zero cfg.On.
func Firms(cfg Config, n int) iter.Seq2[int, relief.Profile] {
	return func(yield func(int, relief.Profile) bool) {
		for i := range max(n, 0) {
			if !yield(i, Firm(cfg, i)) {
				return
			}
		}
	}
}
