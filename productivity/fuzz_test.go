package productivity_test

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/productivity"
	"github.com/wzpolicy/wzpolicy/rules"
)

// FuzzScaleUpReward compares the scale-up rule with the hand-written one in
// bench_test.go over arbitrary outputs (in fen), productivity figures and
// tier statuses: same eligibility, same figures, and never an evaluation
// failure.
func FuzzScaleUpReward(f *testing.F) {
	fuzzOn := rules.MustDate(2025, 6, 1)
	// Seeds at the tier bounds (in fen: 5亿 = 50,000,000,000 fen).
	f.Add(int64(50_000_000_000), int64(0), int64(3000), int64(2500), uint8(0))
	f.Add(int64(50_000_000_001), int64(0), int64(2500), int64(2500), uint8(1))
	f.Add(int64(250_000_000_000), int64(80_000_000_000), int64(3000), int64(2500), uint8(4))
	f.Add(int64(1_000_000_000_001), int64(600_000_000_000), int64(2499), int64(2500), uint8(8))
	f.Add(int64(190_000_000_000), int64(120_000_000_000), int64(3000), int64(2500), uint8(5))
	statuses := []productivity.TierStatus{productivity.TierUnknown, productivity.TierKept, productivity.TierLost}
	f.Fuzz(func(t *testing.T, outputFen, prevFen, prodCents, avgCents int64, kept uint8) {
		if outputFen < 0 || prevFen < 0 || prodCents < 0 || avgCents <= 0 {
			return
		}
		s := productivity.ScaleUp{
			Output:          decimal.New(outputFen, -2),
			OutputYear:      2022,
			PreviousHighest: new(decimal.New(prevFen, -2)),
			Productivity:    decimal.New(prodCents, -2),
			CityAverage:     decimal.New(avgCents, -2),
			FirstYear:       2023,
			KeptYear2:       statuses[int(kept)%3],
			KeptYear3:       statuses[int(kept)/3%3],
		}
		// Year 3 of a schedule from 2023 is 2025: its status is known then.
		a, err := productivity.Default().ScaleUpReward(fuzzOn, productivity.ScaleUpClaim{Firm: firm, ScaleUp: s})
		if s.KeptYear2 == productivity.TierUnknown && s.KeptYear3 != productivity.TierUnknown {
			if !errors.Is(err, rules.ErrInvalidInput) {
				t.Fatalf("year 3 known before year 2: want ErrInvalidInput, got %v", err)
			}
			return
		}
		if err != nil {
			t.Fatalf("%+v: %v", s, err)
		}
		h, err := handScaleUp(fuzzOn, s)
		if err != nil {
			t.Fatal(err)
		}
		if a.Eligible() != !h[0].IsZero() {
			t.Fatalf("%+v: rule eligible %t, hand reward %s", s, a.Eligible(), h[0])
		}
		if !a.Eligible() {
			return
		}
		got := []decimal.Decimal{a.Amount, a.Instalments[0].Amount, a.Instalments[1].Amount, a.Instalments[2].Amount}
		for i := range got {
			if !got[i].Equal(h[i]) {
				t.Fatalf("%+v: figure %d: rule %s, hand %s", s, i, got[i], h[i])
			}
		}
	})
}
