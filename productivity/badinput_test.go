package productivity_test

import (
	"math"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/internal/typedtest"
	"github.com/wzpolicy/wzpolicy/productivity"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

// Every class of bad input, for every input of the measures' rules: each
// ends in an invalid-input error naming the input, never a figure, a panic
// or an evaluation failure.
func TestBadInput(t *testing.T) {
	on := rules.MustDate(2023, 6, 1)
	d := decimal.RequireFromString
	ok := productivity.Firm{Locality: productivity.Lucheng, AboveScale: true, Mujun: productivity.MujunB, Credit: productivity.CreditNormal}
	firmWith := func(change func(*productivity.Firm)) productivity.Firm {
		f := ok
		change(&f)
		return f
	}
	zero := decimal.Zero
	upgrade := productivity.TechUpgrade{InProductionOn: rules.MustDate(2023, 3, 1), OutputGrowth: rules.Pct("15"), ProductivityGrowth: rules.Pct("20"),
		Base: new(d("10000000")), AlreadyGranted: &zero}
	tech := func(f productivity.Firm, change func(*productivity.TechUpgrade)) func() error {
		p := upgrade
		change(&p)
		return func() error {
			_, err := productivity.Default().TechUpgradeBonus(on, productivity.TechUpgradeClaim{Firm: f, TechUpgrade: p})
			return err
		}
	}
	hqCase := productivity.Headquarters{HQInWenzhou: new(true), Manufacturing: new(true), WenzhouOutput: d("1200000000"),
		Honour: productivity.FortuneGlobal500, Recognition: productivity.FirstListing, ListedOn: rules.MustDate(2023, 3, 15)}
	hq := func(f productivity.Firm, change func(*productivity.Headquarters)) func() error {
		h := hqCase
		change(&h)
		return func() error {
			_, err := productivity.Default().HeadquartersReward(on, productivity.HeadquartersClaim{Firm: f, Headquarters: h})
			return err
		}
	}
	scaleCase := productivity.ScaleUp{Productivity: d("30"), CityAverage: d("25"), Output: d("2500000000"), OutputYear: 2022,
		PreviousHighest: new(d("800000000")), FirstYear: 2023}
	scale := func(f productivity.Firm, change func(*productivity.ScaleUp)) func() error {
		s := scaleCase
		change(&s)
		return func() error {
			_, err := productivity.Default().ScaleUpReward(on, productivity.ScaleUpClaim{Firm: f, ScaleUp: s})
			return err
		}
	}
	ratio := func(va, emp decimal.Decimal) func() error {
		return func() error {
			_, err := productivity.Default().LabourProductivity(on, productivity.Labour{ValueAdded: va, AverageEmployees: emp})
			return err
		}
	}
	low := func(p, avg decimal.Decimal) func() error {
		return func() error {
			_, err := productivity.Default().LowEfficiencyFlag(on, productivity.FirmProductivity{Firm: productivity.Firm{AboveScale: true}, Productivity: p, CityAverage: avg})
			return err
		}
	}
	entry := func(avg, p decimal.Decimal) func() error {
		return func() error {
			_, err := productivity.Default().ProjectEntryThreshold(on, productivity.Project{ProvincialAverage: avg, Productivity: p})
			return err
		}
	}
	land := func(avg, p decimal.Decimal) func() error {
		return func() error {
			_, err := productivity.Default().LandSupplyThreshold(on, productivity.Expansion{CityAverage: avg, Productivity: p})
			return err
		}
	}
	base := map[string]rules.Inputs{
		productivity.RuleLabourRatio: {"value_added": "2300", "average_employees": "100"},
		productivity.RuleTechUpgradeBonus: {"locality": "鹿城区", "above_scale": true, "mujun_class": "B类", "credit": "未列入严重失信名单",
			"in_production_on": "2023-03-01", "output_growth": "0.15", "productivity_growth": "0.2", "base": "10000000", "already_granted": "0"},
		productivity.RuleHeadquartersReward:    hqBase,
		productivity.RuleScaleUpReward:         scaleBase,
		productivity.RuleEnterpriseEligibility: {"mujun_class": "A类", "credit": "未列入严重失信名单"},
	}
	eval := func(id string, kv ...any) func() error {
		return typedtest.Eval(productivity.Book(), id, on, typedtest.With(base[id], kv...))
	}
	minus := decimal.NewFromInt(-1)
	bad := typedtest.Bad

	typedtest.RunRows(t, []typedtest.Row{
		// Negative amounts, counts and years.
		bad("negative value added", "value_added", ratio(minus, d("100"))),
		bad("negative employees", "average_employees", ratio(d("2300"), minus)),
		bad("negative productivity", "productivity", low(minus, d("10"))),
		bad("negative city average", "city_industry_average", low(d("7"), minus)),
		bad("negative provincial average", "provincial_industry_average", entry(minus, d("30"))),
		bad("negative project productivity", "project_productivity", entry(d("20"), minus)),
		bad("negative firm productivity", "firm_productivity", land(d("20"), minus)),
		bad("growth below -100%", "output_growth", tech(ok, func(p *productivity.TechUpgrade) { p.OutputGrowth = rules.Pct("-101") })),
		bad("negative base", "base", tech(ok, func(p *productivity.TechUpgrade) { p.Base = &minus })),
		bad("negative bonus granted", "already_granted", tech(ok, func(p *productivity.TechUpgrade) { p.AlreadyGranted = &minus })),
		bad("negative Wenzhou output", "wenzhou_output", hq(ok, func(h *productivity.Headquarters) { h.WenzhouOutput = minus })),
		bad("negative output", "output", scale(ok, func(s *productivity.ScaleUp) { s.Output = minus })),
		bad("negative earlier output", "previous_highest_output", scale(ok, func(s *productivity.ScaleUp) { s.PreviousHighest = &minus })),
		bad("negative output year", "output_year", scale(ok, func(s *productivity.ScaleUp) { s.OutputYear = -2022 })),
		bad("negative year 1", "first_year", scale(ok, func(s *productivity.ScaleUp) { s.FirstYear = -1 })),
		// Zero where it has no meaning: a firm of no employees, an average
		// of nothing, a bonus rate applied to nothing.
		bad("zero employees", "average_employees", ratio(d("2300"), decimal.Zero)),
		bad("zero city average", "city_industry_average", land(decimal.Decimal{}, d("30"))),
		bad("zero provincial average", "provincial_industry_average", entry(decimal.Zero, d("30"))),
		bad("zero city average, scale-up", "city_industry_average", scale(ok, func(s *productivity.ScaleUp) { s.CityAverage = decimal.Zero })),
		bad("zero base", "base", tech(ok, func(p *productivity.TechUpgrade) { p.Base = &zero })),
		// Absurdly large.
		bad("typedtest.Huge value added", "value_added", ratio(typedtest.Huge, d("100"))),
		bad("typedtest.Huge employees", "average_employees", ratio(d("2300"), typedtest.Huge)),
		bad("typedtest.Huge growth", "productivity_growth", tech(ok, func(p *productivity.TechUpgrade) { p.ProductivityGrowth = rules.FractionRate(typedtest.Huge) })),
		bad("typedtest.Huge base", "base", tech(ok, func(p *productivity.TechUpgrade) { p.Base = &typedtest.Huge })),
		bad("typedtest.Huge output", "output", scale(ok, func(s *productivity.ScaleUp) { s.Output = typedtest.Huge })),
		bad("typedtest.Huge Wenzhou output", "wenzhou_output", hq(ok, func(h *productivity.Headquarters) { h.WenzhouOutput = typedtest.Huge })),
		bad("the largest int as output year", "output_year", scale(ok, func(s *productivity.ScaleUp) { s.OutputYear = math.MaxInt64 })),
		bad("a year 1 of five digits", "first_year", scale(ok, func(s *productivity.ScaleUp) { s.FirstYear = 20230 })),
		// Over-precise.
		bad("over-precise employees", "average_employees", ratio(d("2300"), typedtest.OverPrecise)),
		bad("over-precise growth", "output_growth", tech(ok, func(p *productivity.TechUpgrade) {
			p.OutputGrowth = rules.FractionRate(d("0.15").Add(typedtest.OverPrecise))
		})),
		bad("over-precise city average", "city_industry_average", low(d("7"), typedtest.OverPrecise)),
		bad("over-precise output", "output", scale(ok, func(s *productivity.ScaleUp) { s.Output = d("500000000").Add(typedtest.OverPrecise) })),
		bad("a year with decimals", "output_year", eval(productivity.RuleScaleUpReward, "output_year", "2022.5")),
		// NaN-like texts through the book.
		bad("NaN value added", "value_added", eval(productivity.RuleLabourRatio, "value_added", "NaN")),
		bad("Inf base", "base", eval(productivity.RuleTechUpgradeBonus, "base", "Inf")),
		bad("1e999 output", "output", eval(productivity.RuleScaleUpReward, "output", "1e999")),
		bad("-Inf Wenzhou output", "wenzhou_output", eval(productivity.RuleHeadquartersReward, "wenzhou_output", "-Inf")),
		// Impossible dates and years.
		bad("zero production date", "in_production_on", tech(ok, func(p *productivity.TechUpgrade) { p.InProductionOn = rules.Date{} })),
		bad("production after the evaluation date", "in_production_on", tech(ok, func(p *productivity.TechUpgrade) { p.InProductionOn = on.AddDays(1) })),
		bad("zero listing date", "listed_on", hq(ok, func(h *productivity.Headquarters) { h.ListedOn = rules.Date{} })),
		bad("listing after the evaluation date", "listed_on", hq(ok, func(h *productivity.Headquarters) { h.ListedOn = on.AddDays(1) })),
		bad("year 1 before the output's year", "first_year", scale(ok, func(s *productivity.ScaleUp) { s.OutputYear, s.FirstYear = 2023, 2022 })),
		bad("year 1 not begun", "first_year", scale(ok, func(s *productivity.ScaleUp) { s.FirstYear = 2024 })),
		bad("year 2 stated before it begins", "kept_tier_year2", scale(ok, func(s *productivity.ScaleUp) { s.KeptYear2 = productivity.TierKept })),
		bad("no output year", "output_year", scale(ok, func(s *productivity.ScaleUp) { s.OutputYear = 0 })),
		bad("no year 1", "first_year", scale(ok, func(s *productivity.ScaleUp) { s.FirstYear = 0 })),
		bad("zero time.Time production date", "in_production_on", eval(productivity.RuleTechUpgradeBonus, "in_production_on", time.Time{})),
		bad("29 February 2023", "listed_on", eval(productivity.RuleHeadquartersReward, "listed_on", "2023-02-29")),
		bad("zero evaluation date", "date", func() error {
			_, err := productivity.Default().EnterpriseEligibility(rules.Date{}, productivity.Firm{Mujun: productivity.MujunA, Credit: productivity.CreditNormal})
			return err
		}),
		// Unknown localities and enum values, "" where required.
		bad("unknown locality", "locality", tech(firmWith(func(f *productivity.Firm) { f.Locality = "温州市" }), func(*productivity.TechUpgrade) {})),
		bad("no locality", "locality", scale(firmWith(func(f *productivity.Firm) { f.Locality = "" }), func(*productivity.ScaleUp) {})),
		bad("unknown class", "mujun_class", hq(firmWith(func(f *productivity.Firm) { f.Mujun = "E类" }), func(*productivity.Headquarters) {})),
		bad("no class", "mujun_class", tech(firmWith(func(f *productivity.Firm) { f.Mujun = "" }), func(*productivity.TechUpgrade) {})),
		bad("no credit status", "credit", scale(firmWith(func(f *productivity.Firm) { f.Credit = "" }), func(*productivity.ScaleUp) {})),
		bad("unknown credit status", "credit", func() error {
			_, err := productivity.Default().EnterpriseEligibility(on, productivity.Firm{Mujun: productivity.MujunA, Credit: "良好"})
			return err
		}),
		bad("unknown honour", "honour", hq(ok, func(h *productivity.Headquarters) { h.Honour = "全球1000强" })),
		bad("no honour", "honour", hq(ok, func(h *productivity.Headquarters) { h.Honour = "" })),
		bad("no recognition", "recognition", hq(ok, func(h *productivity.Headquarters) { h.Recognition = "" })),
		bad("unknown trend", "wenzhou_tax_trend", hq(ok, func(h *productivity.Headquarters) { h.TaxTrend = "持平" })),
		bad("re-certified without the trends", "wenzhou_output_trend", hq(ok, func(h *productivity.Headquarters) { h.Recognition = productivity.Recertified })),
		bad("unknown tier status", "kept_tier_year3", scale(ok, func(s *productivity.ScaleUp) { s.KeptYear3 = "部分保持" })),
		// Missing fields.
		bad("missing base", "base", tech(ok, func(p *productivity.TechUpgrade) { p.Base = nil })),
		bad("missing bonus granted", "already_granted", tech(ok, func(p *productivity.TechUpgrade) { p.AlreadyGranted = nil })),
		bad("missing headquarters in Wenzhou", "hq_in_wenzhou", hq(ok, func(h *productivity.Headquarters) { h.HQInWenzhou = nil })),
		bad("missing manufacturing", "manufacturing", hq(ok, func(h *productivity.Headquarters) { h.Manufacturing = nil })),
		bad("missing earlier output", "previous_highest_output", scale(ok, func(s *productivity.ScaleUp) { s.PreviousHighest = nil })),
		bad("missing average", "city_industry_average", eval(productivity.RuleScaleUpReward, "city_industry_average", nil)),
		bad("missing growth", "productivity_growth", eval(productivity.RuleTechUpgradeBonus, "productivity_growth", nil)),
		bad("no claim to choose from", productivity.RuleRewardChoice, func() error {
			_, err := productivity.Default().RewardChoice(on, productivity.RewardClaims{Firm: ok})
			return err
		}),
		bad("misspelt input", "mujun", eval(productivity.RuleEnterpriseEligibility, "mujun", "A类")),
		// Wrong types through the book.
		bad("bool for an amount", "value_added", eval(productivity.RuleLabourRatio, "value_added", true)),
		bad("text for a flag", "hq_in_wenzhou", eval(productivity.RuleHeadquartersReward, "hq_in_wenzhou", "是")),
		bad("float for an output", "output", eval(productivity.RuleScaleUpReward, "output", 2.5e9)),
		bad("number for a date", "in_production_on", eval(productivity.RuleTechUpgradeBonus, "in_production_on", 20230301)),
		bad("date for a year", "first_year", eval(productivity.RuleScaleUpReward, "first_year", rules.MustDate(2023, 1, 1))),
		bad("percentage for an output", "output", eval(productivity.RuleScaleUpReward, "output", "250%")),
	})
}

// texts are the values of the measures' enums, for Fill.
func texts() []string {
	var tx []string
	tx = append(tx, rules.Texts(productivity.Localities())...)
	tx = append(tx, rules.Texts(productivity.MujunClasses())...)
	tx = append(tx, rules.Texts(productivity.CreditStatuses())...)
	tx = append(tx, rules.Texts(productivity.Honours())...)
	tx = append(tx, rules.Texts(productivity.Recognitions())...)
	tx = append(tx, rules.Texts(productivity.Trends())...)
	return append(tx, rules.Texts(productivity.TierStatuses())...)
}

// typedCase is what FuzzTyped builds from its bytes.
type typedCase struct {
	Fn         int
	On         rules.Date
	Firm       productivity.Firm
	A, B       decimal.Decimal // the two figures of the ratio and threshold functions
	Tech       productivity.TechUpgrade
	HQ         *productivity.Headquarters
	ScaleUp    *productivity.ScaleUp
	AboveScale bool
}

// FuzzTyped calls the measures' typed functions with arbitrary values,
// seeded with the worked cases: never a panic; a result that explains
// itself, or an error the engine knows, naming its field when the input is
// invalid — never a rule failing in evaluation.
func FuzzTyped(f *testing.F) {
	tx := texts()
	d := decimal.RequireFromString
	on := rules.MustDate(2024, 6, 1)
	b := productivity.Firm{Locality: productivity.Ouhai, AboveScale: true, Mujun: productivity.MujunB, Credit: productivity.CreditNormal}
	zero := decimal.Zero
	hqCase := &productivity.Headquarters{HQInWenzhou: new(true), Manufacturing: new(true), WenzhouOutput: d("1200000000"),
		Honour: productivity.ChinaTop500, Recognition: productivity.FirstListing, ListedOn: rules.MustDate(2023, 8, 15)}
	su := &productivity.ScaleUp{Productivity: d("30"), CityAverage: d("25"), Output: d("2500000000"), OutputYear: 2022,
		PreviousHighest: new(d("800000000")), FirstYear: 2023, KeptYear2: productivity.TierKept}
	for _, c := range []typedCase{
		// 序言 2,300 ÷ 100 = 23: the standard line
		{Fn: 0, On: on, A: d("2300"), B: d("100")},
		// 一 7 ≤ 70% × 10: listed
		{Fn: 1, On: on, A: d("7"), B: d("10"), AboveScale: true},
		// 二 growth 15%, productivity 20%: 5% of 10,000,000
		{Fn: 2, On: on, Firm: b, Tech: productivity.TechUpgrade{InProductionOn: rules.MustDate(2023, 3, 1), OutputGrowth: rules.Pct("15"),
			ProductivityGrowth: rules.Pct("20"), Base: new(d("10000000")), AlreadyGranted: &zero}},
		// 三 110% of 20 = 22
		{Fn: 3, On: on, A: d("20"), B: d("22")},
		// 四 115% of 20 = 23
		{Fn: 4, On: on, A: d("20"), B: d("23")},
		// 五 中国企业500强, first listing: 5,000,000
		{Fn: 5, On: on, Firm: b, HQ: hqCase},
		// 六 8亿 → 25亿: 2,000,000 − 500,000 = 1,500,000
		{Fn: 6, On: on, Firm: b, ScaleUp: su},
		// 末段 the higher of the two
		{Fn: 7, On: on, Firm: b, HQ: hqCase, ScaleUp: su},
		// 末段 class D: excluded
		{Fn: 8, On: on, Firm: productivity.Firm{Mujun: productivity.MujunD, Credit: productivity.CreditNormal}},
	} {
		f.Add(typedtest.Seed(c, tx))
	}
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		var c typedCase
		rulestest.Fill(data, &c, tx)
		var res *rules.Result
		var members []*rules.Result // of RewardChoice
		var err error
		skip := false
		typedtest.Timed(t, func() {
			switch (c.Fn%9 + 9) % 9 {
			case 0:
				var r productivity.Productivity
				r, err = productivity.Default().LabourProductivity(c.On, productivity.Labour{ValueAdded: c.A, AverageEmployees: c.B})
				res = r.Result()
			case 1:
				var r productivity.LowEfficiency
				r, err = productivity.Default().LowEfficiencyFlag(c.On, productivity.FirmProductivity{Firm: productivity.Firm{AboveScale: c.AboveScale}, Productivity: c.A, CityAverage: c.B})
				res = r.Result()
			case 2:
				var r productivity.TechBonus
				r, err = productivity.Default().TechUpgradeBonus(c.On, productivity.TechUpgradeClaim{Firm: c.Firm, TechUpgrade: c.Tech})
				res = r.Result()
			case 3:
				var r productivity.Threshold
				r, err = productivity.Default().ProjectEntryThreshold(c.On, productivity.Project{ProvincialAverage: c.A, Productivity: c.B})
				res = r.Result()
			case 4:
				var r productivity.LandThreshold
				r, err = productivity.Default().LandSupplyThreshold(c.On, productivity.Expansion{CityAverage: c.A, Productivity: c.B})
				res = r.Result()
			case 5:
				if skip = c.HQ == nil; skip {
					return
				}
				var r productivity.Reward
				r, err = productivity.Default().HeadquartersReward(c.On, productivity.HeadquartersClaim{Firm: c.Firm, Headquarters: *c.HQ})
				res = r.Result()
			case 6:
				if skip = c.ScaleUp == nil; skip {
					return
				}
				var r productivity.ScaleUpAward
				r, err = productivity.Default().ScaleUpReward(c.On, productivity.ScaleUpClaim{Firm: c.Firm, ScaleUp: *c.ScaleUp})
				res = r.Result()
			case 7:
				var r productivity.Choice
				r, err = productivity.Default().RewardChoice(c.On, productivity.RewardClaims{Firm: c.Firm, Headquarters: c.HQ, ScaleUp: c.ScaleUp})
				if err == nil && r.Group != nil {
					members = r.Group.Members
				}
			case 8:
				var r productivity.EnterpriseEligibility
				r, err = productivity.Default().EnterpriseEligibility(c.On, productivity.Firm{Mujun: c.Firm.Mujun, Credit: c.Firm.Credit})
				res = r.Result()
			}
		})
		if skip || !typedtest.CheckErr(t, err) {
			return
		}
		if (c.Fn%9+9)%9 == 7 {
			if len(members) == 0 {
				t.Fatal("a choice without its members")
			}
			for _, m := range members {
				typedtest.Explains(t, m)
			}
			return
		}
		typedtest.Explains(t, res)
	})
}
