package welfare_test

import (
	"math/big"
	"sync"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// allowanceByRat is 二、1 computed independently of the engine, in exact
// rationals: (standard − income ÷ months ÷ members) × members, paid when the
// per-capita income is below the standard, rounded half away from zero to
// the fen. Amounts are in fen.
func allowanceByRat(incomeFen, months, members, standardFen int64) (fen int64, eligible bool) {
	perCapita := big.NewRat(incomeFen, months*members)
	std := big.NewRat(standardFen, 1)
	if perCapita.Cmp(std) >= 0 {
		return 0, false
	}
	diff := new(big.Rat).Sub(std, perCapita)
	diff.Mul(diff, big.NewRat(members, 1))
	// round half away from zero (diff > 0): floor(diff + 1/2)
	diff.Add(diff, big.NewRat(1, 2))
	q := new(big.Int).Quo(diff.Num(), diff.Denom())
	return q.Int64(), true
}

func FuzzDibaoAllowance(f *testing.F) {
	f.Add(int64(1000000), int64(12), int64(3), int64(108500))
	f.Add(int64(3905988), int64(12), int64(3), int64(108500))
	f.Add(int64(3906000), int64(12), int64(3), int64(108500))
	f.Add(int64(1), int64(7), int64(3), int64(100001))
	f.Fuzz(func(t *testing.T, incomeFen, months, members, standardFen int64) {
		if incomeFen < 0 || incomeFen > 1e11 || months < 1 || months > 36 || members < 1 || members > 12 || standardFen < 1 || standardFen > 1e7 {
			t.Skip()
		}
		res, err := welfare.Book().Eval(welfare.RuleDibaoAllowance, dayIn, rules.Inputs{
			"household_status": "低保", "counted_income": decimal.New(incomeFen, -2), "period_months": months,
			"members": members, "dibao_standard": decimal.New(standardFen, -2)})
		if err != nil {
			t.Fatal(err)
		}
		want, eligible := allowanceByRat(incomeFen, months, members, standardFen)
		if res.Eligible != eligible || !res.Value.Number().Equal(decimal.New(want, -2)) {
			t.Errorf("income %d fen, %d months, %d members, standard %d fen: got %s (eligible %t), want %s (eligible %t)",
				incomeFen, months, members, standardFen, res.Value.Number(), res.Eligible, decimal.New(want, -2), eligible)
		}
	})
}

// One book serves any number of goroutines: the same household gives the
// same figures from each (go test -race).
func TestConcurrentUse(t *testing.T) {
	h := household()
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				a, err := welfare.Default().DibaoAllowance(dayIn, welfare.HouseholdCase{Household: h, LocalStandards: standards})
				if err != nil {
					errs <- err.Error()
					return
				}
				// TestDibaoAllowanceOfAHousehold: 1,921.67
				if a.Amount.StringFixed(2) != "1921.67" {
					errs <- "goroutine " + string(rune('0'+g)) + ": " + a.Amount.String()
					return
				}
				b, err := welfare.Default().HighAgeAllowance(dayIn, welfare.MemberCase{Household: h, Member: h.Members[0]})
				if err != nil || b.Amount.StringFixed(2) != "50.00" {
					errs <- "high-age allowance: " + b.Amount.String()
					return
				}
				_ = a.Result().Explain(rules.Chinese) // replays, concurrently
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
