package speed_test

import (
	"fmt"
	"testing"

	"github.com/wzpolicy/wzpolicy/internal/speed"
)

// Every variant of every trio gives the figure worked by hand from the
// text (each trio's file works it, citing the clauses), so that the harness
// compares like with like.
func TestVariantsAgree(t *testing.T) {
	for _, tr := range speed.All() {
		t.Run(tr.Rule, func(t *testing.T) {
			if tr.Cite == "" {
				t.Fatal("the trio cites no clause for its hand-written figure")
			}
			if err := speed.Agree(tr); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// The trios the issue asks for are there, once each.
func TestTrios(t *testing.T) {
	seen := map[string]bool{}
	for _, tr := range speed.All() {
		if seen[tr.Rule] {
			t.Errorf("%s: two trios", tr.Rule)
		}
		seen[tr.Rule] = true
	}
	for _, id := range []string{
		"expropriation.temporary_resettlement.fee", "productivity.reward.scale_up", "ridehail.vehicle.eligibility",
		"welfare.dibao.allowance", "relief.subsidy.bookstore_rent", "welfare.elderly.high_age_allowance",
		"roads.funding.routine_minimum", "grain.reserve.adequacy",
	} {
		if !seen[id] {
			t.Errorf("no trio for %s", id)
		}
	}
}

func ExampleAll() {
	for _, t := range speed.All() {
		fmt.Printf("%s: %s\n", t.Rule, t.Want)
	}
	// Output:
	// welfare.dibao.allowance: 2755.00 a month, counted income 6000.00, per capita 166.67
	// welfare.elderly.high_age_allowance: 200.00 a month
	// relief.subsidy.bookstore_rent: 21600.00
	// relief.reward.travel_agency: 44000.00
	// expropriation.temporary_resettlement.fee: 32400.00 applies
	// roads.funding.routine_minimum: shortfall 1910925.00, minimum 8232375.00, city 1321450.00
	// ridehail.vehicle.eligibility: eligible
	// grain.reserve.adequacy: 14.99 days, not adequate, short 0.01 t
	// productivity.reward.scale_up: 1500000.00: 2023 600000.00 应付; 2024 450000.00 应付; 2025 450000.00 待确认
}
