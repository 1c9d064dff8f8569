package productivity_test

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/productivity"
	"github.com/wzpolicy/wzpolicy/rules"
)

// The scale-up reward — a bracket lookup twice, a tier difference, three
// instalments with conditions, five eligibility conditions — three ways:
// through the book by ID, through the typed function, and written by hand
// in Go with shopspring/decimal.

var (
	benchOn  = rules.MustDate(2024, 6, 1) // year 2 of su's schedule
	sinkAmt  decimal.Decimal
	sinkBool bool
)

func BenchmarkScaleUpReward(b *testing.B) {
	b.Run("book", func(b *testing.B) {
		book := productivity.Book()
		in := rules.Inputs{
			"locality": "瓯海区", "above_scale": true, "mujun_class": "B类", "credit": "未列入严重失信名单",
			"productivity": su.Productivity, "city_industry_average": su.CityAverage, "output": su.Output, "output_year": 2022,
			"previous_highest_output": *su.PreviousHighest, "first_year": 2023, "kept_tier_year2": "保持",
		}
		b.ReportAllocs()
		for b.Loop() {
			res, err := book.Eval(productivity.RuleScaleUpReward, benchOn, in)
			if err != nil {
				b.Fatal(err)
			}
			sinkAmt = res.Value.Number()
		}
	})
	b.Run("typed", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			a, err := productivity.Default().ScaleUpReward(benchOn, productivity.ScaleUpClaim{Firm: firm, ScaleUp: su})
			if err != nil {
				b.Fatal(err)
			}
			sinkAmt = a.Amount
		}
	})
	b.Run("hand", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			a, err := handScaleUp(benchOn, su)
			if err != nil {
				b.Fatal(err)
			}
			sinkAmt = a[0]
		}
	})
}

var (
	handTiers   = []string{"500000000", "1000000000", "2000000000", "3000000000", "4000000000", "5000000000", "10000000000"}
	handRewards = []string{"500000", "1000000", "2000000", "3000000", "4000000", "5000000", "10000000"}
	handBounds  = make([]decimal.Decimal, len(handTiers))
	handValues  = make([]decimal.Decimal, len(handRewards))
	handShares  = []decimal.Decimal{decimal.RequireFromString("0.4"), decimal.RequireFromString("0.3"), decimal.RequireFromString("0.3")}
)

func init() {
	for i := range handTiers {
		handBounds[i] = decimal.RequireFromString(handTiers[i])
		handValues[i] = decimal.RequireFromString(handRewards[i])
	}
}

func handTier(output decimal.Decimal) decimal.Decimal {
	v := decimal.Zero
	for i, bound := range handBounds {
		if output.GreaterThan(bound) {
			v = handValues[i]
		}
	}
	return v
}

// handScaleUp is the rule as a Go programmer would write it without the
// library: the same checks and figures, no explanation, no citations.
func handScaleUp(on rules.Date, s productivity.ScaleUp) ([4]decimal.Decimal, error) {
	var out [4]decimal.Decimal
	if on.Before(rules.MustDate(2022, 4, 30)) {
		return out, errors.New("not in force")
	}
	if s.PreviousHighest == nil || s.Output.Sign() < 0 || s.PreviousHighest.Sign() < 0 || s.CityAverage.Sign() <= 0 ||
		s.FirstYear < s.OutputYear || s.FirstYear > on.Year() {
		return out, errors.New("invalid input")
	}
	tier, prior := handTier(s.Output), handTier(*s.PreviousHighest)
	if s.Productivity.LessThan(s.CityAverage) || !tier.GreaterThan(prior) || s.OutputYear < 2022 || s.OutputYear > 2024 {
		return out, nil
	}
	reward := tier.Sub(prior)
	out[0] = reward
	out[1] = reward.Mul(handShares[0]).Round(2)
	if s.KeptYear2 != productivity.TierLost {
		out[2] = reward.Mul(handShares[1]).Round(2)
		if s.KeptYear3 != productivity.TierLost {
			out[3] = reward.Mul(handShares[2]).Round(2)
		}
	}
	return out, nil
}

func BenchmarkLabourProductivity(b *testing.B) {
	va, emp := decimal.RequireFromString("4600"), decimal.RequireFromString("200")
	b.ReportAllocs()
	for b.Loop() {
		p, err := productivity.Default().LabourProductivity(benchOn, productivity.Labour{ValueAdded: va, AverageEmployees: emp})
		if err != nil {
			b.Fatal(err)
		}
		sinkBool = p.ReachesStandardLine
	}
}

func BenchmarkTechUpgradeBonus(b *testing.B) {
	p := productivity.TechUpgrade{InProductionOn: rules.MustDate(2023, 3, 1), OutputGrowth: rules.Pct("18"),
		ProductivityGrowth: rules.Pct("32"), Base: new(decimal.RequireFromString("10000000")), AlreadyGranted: new(decimal.Zero)}
	b.ReportAllocs()
	for b.Loop() {
		t, err := productivity.Default().TechUpgradeBonus(benchOn, productivity.TechUpgradeClaim{Firm: firm, TechUpgrade: p})
		if err != nil {
			b.Fatal(err)
		}
		sinkAmt = t.Amount
	}
}

func BenchmarkRewardChoice(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		c, err := productivity.Default().RewardChoice(benchOn, productivity.RewardClaims{Firm: firm, Headquarters: &hq, ScaleUp: &su})
		if err != nil {
			b.Fatal(err)
		}
		sinkAmt = c.Amount
	}
}

// The hand-written rule gives the book's figures (六: 2,000,000 − 500,000 =
// 1,500,000; 600,000, 450,000, 450,000), so the benchmark compares like
// with like.
func TestHandScaleUpAgrees(t *testing.T) {
	h, err := handScaleUp(benchOn, su)
	if err != nil {
		t.Fatal(err)
	}
	a, err := productivity.Default().ScaleUpReward(benchOn, productivity.ScaleUpClaim{Firm: firm, ScaleUp: su})
	if err != nil {
		t.Fatal(err)
	}
	got := []string{h[0].String(), h[1].StringFixed(2), h[2].StringFixed(2), h[3].StringFixed(2)}
	want := []string{a.Amount.String(), a.Instalments[0].Amount.StringFixed(2), a.Instalments[1].Amount.StringFixed(2), a.Instalments[2].Amount.StringFixed(2)}
	hand := []string{"1500000", "600000.00", "450000.00", "450000.00"}
	for i := range hand {
		if got[i] != hand[i] || want[i] != hand[i] {
			t.Errorf("figure %d: hand %s, book %s, worked by hand %s", i, got[i], want[i], hand[i])
		}
	}
}
