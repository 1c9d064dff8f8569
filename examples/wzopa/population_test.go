package wzopa_test

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"testing"

	"github.com/wzpolicy/wzpolicy/examples/population"
	"github.com/wzpolicy/wzpolicy/examples/wzopa"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// populationConfig is the population the comparisons screen: seed 1 on
// 2023-06-01.
var populationConfig = population.Config{Seed: 1, On: on}

// populationHouseholds returns households 0 to n-1 of the population with
// their locality's standards.
func populationHouseholds(n int) ([]welfare.Household, []welfare.LocalStandards) {
	hs := make([]welfare.Household, 0, n)
	ss := make([]welfare.LocalStandards, 0, n)
	for _, h := range population.Households(populationConfig, n) {
		hs = append(hs, h)
		ss = append(ss, population.Standards(h.Locality))
	}
	return hs, ss
}

// TestAgreePopulation compares the grants of the covered claims, household
// by household, over the synthetic population: rule, member, amount, unit,
// outcome and quantities. The households are shared among as many
// goroutines as there are processors, all screening with one prepared
// query and one evaluator.
func TestAgreePopulation(t *testing.T) {
	n := 10000
	if testing.Short() {
		n = 1000
	}
	s := newScreener(t)
	e := welfare.Default()
	type outcome struct {
		refused bool
		lib     []wzopa.Grant
		diff    string
		err     error
	}
	results := make([]outcome, n)
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < n; i += workers {
				h := population.Household(populationConfig, i)
				std := population.Standards(h.Locality)
				st, err := e.Assess(on, h, std)
				if err != nil {
					results[i].err = fmt.Errorf("library: %w", err)
					continue
				}
				got, err := s.Screen(context.Background(), h, std, on)
				switch {
				case len(st.Problems) > 0 && err == nil:
					results[i].err = fmt.Errorf("the library finds problems the policy does not: %v", st.Problems)
				case len(st.Problems) > 0:
					// The library assesses what the problems leave; the
					// policy refuses the household.
					results[i].refused = true
				case err != nil:
					results[i].err = fmt.Errorf("OPA: %w", err)
				default:
					results[i].lib = libraryGrants(st)
					results[i].diff = diff(results[i].lib, got)
				}
			}
		})
	}
	wg.Wait()
	compared, grants, refused, differ := 0, 0, 0, 0
	byRule := map[string]int{}
	for i, r := range results {
		switch {
		case r.err != nil:
			t.Fatalf("household %d: %v", i, r.err)
		case r.refused:
			refused++
			continue
		case r.diff != "":
			differ++
			if differ <= 10 {
				t.Errorf("household %d: the grants differ:\n%s", i, r.diff)
			}
		}
		compared++
		grants += len(r.lib)
		for _, g := range r.lib {
			byRule[g.Rule]++
		}
	}
	if differ > 0 {
		t.Errorf("%d of %d households differ", differ, compared)
	}
	t.Logf("%d households compared, %d grants of the covered claims, %d refused for problems", compared, grants, refused)
	for _, r := range wzopa.Covered() {
		t.Logf("  %6d %s", byRule[r], r)
	}
}
