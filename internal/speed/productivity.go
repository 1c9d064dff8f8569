package speed

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/productivity"
	"github.com/wzpolicy/wzpolicy/rules"
)

// productivity.reward.scale_up — 温政办〔2022〕22号.
//
// The case: an industrial firm of 瓯海区 above designated size, class B in
// the 亩均 evaluation, not on the serious-dishonesty list, with a
// productivity of 30 against a city industry average of 25 (万元/人年); its
// 2022 output of 2,500,000,000 yuan first exceeds its earlier highest of
// 800,000,000; the first instalment paid in 2023, the tier kept in year 2,
// year 3 not yet known; assessed on 2024-06-01.
//
// Worked from the text, 六: “对全员劳动生产率不低于全市同行业平均的规上工业企业，其
// 产值首次超过5亿元、10亿元、20亿元、30亿元、40亿元、50亿元、100亿元，分别奖励50万
// 元、100万元、200万元、300万元、400万元、500万元、1000万元（进档的奖励差额）” — 30 ≥
// 25; 2.5 billion exceeds 2 billion (2,000,000), 0.8 billion exceeded 0.5
// billion (500,000): the difference is 1,500,000; “奖励资金按“第1年40%、第2年
// 30%、第3年30%”分3年给予奖励，期间未能保持该规模梯队的，后续不予奖励” — 2023:
// 600,000.00 due; 2024: 450,000.00 due (tier kept); 2025: 450,000.00 to be
// confirmed. 末段: not class C or D, not on the list; a 2022 output is within
// the policy (施行…有效期至2024年12月31日, 措施已经明确时间的，从其规定).
var (
	scaleOn   = rules.MustDate(2024, 6, 1)
	scaleFirm = productivity.Firm{Locality: productivity.Ouhai, AboveScale: true, Mujun: productivity.MujunB, Credit: productivity.CreditNormal}
	scaleCase = productivity.ScaleUp{Productivity: dec("30"), CityAverage: dec("25"), Output: dec("2500000000"), OutputYear: 2022,
		PreviousHighest: decPtr("800000000"), FirstYear: 2023, KeptYear2: productivity.TierKept}
)

type scaleInstalment struct {
	year   int
	amount decimal.Decimal
	status string
}

var scaleSink struct {
	amount      decimal.Decimal
	eligible    bool
	instalments [3]scaleInstalment
}

var scaleOutputs = [3][3]string{
	{"year_1", "instalment_1", "status_1"},
	{"year_2", "instalment_2", "status_2"},
	{"year_3", "instalment_3", "status_3"},
}

func scaleUpTrio() Trio {
	book := productivity.Book()
	f, s := scaleFirm, scaleCase
	inputs := func() rules.Inputs {
		return rules.Inputs{
			"locality": string(f.Locality), "above_scale": f.AboveScale, "mujun_class": string(f.Mujun), "credit": string(f.Credit),
			"productivity": s.Productivity, "city_industry_average": s.CityAverage, "output": s.Output, "output_year": s.OutputYear,
			"previous_highest_output": *s.PreviousHighest, "first_year": s.FirstYear, "kept_tier_year2": string(s.KeptYear2),
		}
	}
	once := inputs()
	fromBook := func(in rules.Inputs) error {
		res, err := book.Eval(productivity.RuleScaleUpReward, scaleOn, in)
		if err != nil {
			return err
		}
		scaleSink.amount, scaleSink.eligible = res.Value.Number(), res.Eligible
		if res.Eligible {
			for i, o := range scaleOutputs {
				y, _ := res.Figure(o[0])
				a, _ := res.Figure(o[1])
				st, _ := res.Figure(o[2])
				scaleSink.instalments[i] = scaleInstalment{int(y.Value.Number().IntPart()), a.Value.Number(), st.Value.Text()}
			}
		}
		return nil
	}
	t := Trio{
		Rule: productivity.RuleScaleUpReward,
		Case: "瓯海区 firm from 0.8 to 2.5 billion, year 2 of 3",
		Cite: "温政办〔2022〕22号 六, 末段",
		Want: "1500000.00: 2023 600000.00 应付; 2024 450000.00 应付; 2025 450000.00 待确认",
		figure: func() string {
			if !scaleSink.eligible {
				return "not eligible"
			}
			parts := make([]string, 3)
			for i, in := range scaleSink.instalments {
				parts[i] = fmt.Sprintf("%d %s %s", in.year, fen(in.amount), in.status)
			}
			return fen(scaleSink.amount) + ": " + strings.Join(parts, "; ")
		},
		reset: func() {
			scaleSink.amount, scaleSink.eligible, scaleSink.instalments = decimal.Decimal{}, false, [3]scaleInstalment{}
		},
	}
	t.run[Hand] = func() error {
		a, err := handScaleUp(scaleOn, &f, &s)
		scaleSink.amount, scaleSink.eligible, scaleSink.instalments = a.amount, a.eligible, a.instalments
		return err
	}
	t.run[Typed] = func() error {
		a, err := productivity.Default().ScaleUpReward(scaleOn, productivity.ScaleUpClaim{Firm: f, ScaleUp: s})
		if err != nil {
			return err
		}
		scaleSink.amount, scaleSink.eligible = a.Amount, a.Eligible()
		for i, in := range a.Instalments {
			scaleSink.instalments[i] = scaleInstalment{in.Year, in.Amount, string(in.Status)}
		}
		return nil
	}
	t.run[Book] = func() error { return fromBook(once) }
	t.run[BookMap] = func() error { return fromBook(inputs()) }
	t.run[MapAlone] = func() error { mapSink = inputs(); return nil }
	return t
}

var (
	handPolicyFrom = rules.MustDate(2022, 4, 30) // 末段 本政策自4月30日起施行
	// 六: tiers the output must exceed (“超过”, the bound excluded) and their
	// rewards.
	handTierBounds  = []decimal.Decimal{dec("500000000"), dec("1000000000"), dec("2000000000"), dec("3000000000"), dec("4000000000"), dec("5000000000"), dec("10000000000")}
	handTierRewards = []decimal.Decimal{dec("500000"), dec("1000000"), dec("2000000"), dec("3000000"), dec("4000000"), dec("5000000"), dec("10000000")}
	// 六: 第1年40%、第2年30%、第3年30%.
	handShares = [3]decimal.Decimal{dec("0.4"), dec("0.3"), dec("0.3")}
)

var handProductivityLocalities = map[productivity.Locality]bool{ // true: a county, which pays under its own document (末段)
	"鹿城区": false, "龙湾区": false, "瓯海区": false, "洞头区": false, "市级功能区": false,
	"瑞安市": true, "乐清市": true, "龙港市": true, "永嘉县": true, "平阳县": true, "苍南县": true, "文成县": true, "泰顺县": true,
}

func handTier(output decimal.Decimal) decimal.Decimal {
	for i := len(handTierBounds) - 1; i >= 0; i-- {
		if output.GreaterThan(handTierBounds[i]) {
			return handTierRewards[i]
		}
	}
	return decimal.Zero
}

type handScaleUpAward struct {
	amount      decimal.Decimal
	eligible    bool
	instalments [3]scaleInstalment
}

// handScaleUp is the scale-up reward written by hand: the same checks of
// the case (the year of the output, year 1, what is known of each year's
// tier), the same conditions, the tier difference and its three
// instalments.
func handScaleUp(on rules.Date, f *productivity.Firm, s *productivity.ScaleUp) (handScaleUpAward, error) {
	var out handScaleUpAward
	if on.Before(handPolicyFrom) {
		return out, errNotInForce
	}
	county, ok := handProductivityLocalities[f.Locality]
	switch {
	case !ok:
		return out, invalid("locality")
	case f.Mujun != productivity.MujunA && f.Mujun != productivity.MujunB && f.Mujun != productivity.MujunC &&
		f.Mujun != productivity.MujunD && f.Mujun != productivity.MujunUnrated:
		return out, invalid("mujun_class")
	case f.Credit != productivity.CreditNormal && f.Credit != productivity.SeriouslyDishonest:
		return out, invalid("credit")
	case s.Productivity.Sign() < 0:
		return out, invalid("productivity")
	case s.CityAverage.Sign() <= 0:
		return out, invalid("city_industry_average")
	case s.Output.Sign() < 0:
		return out, invalid("output")
	case s.OutputYear != 0 && (s.OutputYear < 1900 || s.OutputYear > 2199):
		return out, invalid("output_year")
	case s.PreviousHighest != nil && s.PreviousHighest.Sign() < 0:
		return out, invalid("previous_highest_output")
	case s.FirstYear != 0 && (s.FirstYear < 2022 || s.FirstYear > 2199):
		return out, invalid("first_year")
	case !validTierStatus(s.KeptYear2):
		return out, invalid("kept_tier_year2")
	case !validTierStatus(s.KeptYear3):
		return out, invalid("kept_tier_year3")
	}
	if county {
		return out, errCaseByCase // 各县（市）应参照本政策制定相应政策文件
	}
	switch {
	case s.OutputYear == 0:
		return out, missing("output_year")
	case s.PreviousHighest == nil:
		return out, missing("previous_highest_output")
	case s.FirstYear == 0:
		return out, missing("first_year")
	}
	known2, known3 := s.KeptYear2 != "" && s.KeptYear2 != productivity.TierUnknown, s.KeptYear3 != "" && s.KeptYear3 != productivity.TierUnknown
	switch {
	case s.FirstYear < s.OutputYear:
		return out, invalid("first_year")
	case s.FirstYear > on.Year(): // year 1 has begun
		return out, invalid("first_year")
	case known2 && s.FirstYear+1 > on.Year(): // known once year 2 has begun
		return out, invalid("kept_tier_year2")
	case known3 && s.FirstYear+2 > on.Year():
		return out, invalid("kept_tier_year3")
	case known3 && !known2:
		return out, invalid("kept_tier_year3")
	}
	tier, prior := handTier(s.Output), handTier(*s.PreviousHighest)
	if !f.AboveScale || s.Productivity.LessThan(s.CityAverage) || !tier.GreaterThan(prior) ||
		s.OutputYear < 2022 || s.OutputYear > 2024 || // a year of the policy
		f.Mujun == productivity.MujunC || f.Mujun == productivity.MujunD || f.Credit != productivity.CreditNormal {
		return out, nil
	}
	reward := tier.Sub(prior)
	lost2 := s.KeptYear2 == productivity.TierLost
	lost3 := lost2 || s.KeptYear3 == productivity.TierLost
	out.amount, out.eligible = reward, true
	out.instalments[0] = scaleInstalment{s.FirstYear, reward.Mul(handShares[0]).Round(2), string(productivity.InstalmentDue)}
	out.instalments[1] = scaleInstalment{s.FirstYear + 1, decimal.Zero, string(productivity.InstalmentForfeited)}
	if !lost2 {
		out.instalments[1].amount, out.instalments[1].status = reward.Mul(handShares[1]).Round(2), handStatus(s.KeptYear2)
	}
	out.instalments[2] = scaleInstalment{s.FirstYear + 2, decimal.Zero, string(productivity.InstalmentForfeited)}
	if !lost3 {
		out.instalments[2].amount, out.instalments[2].status = reward.Mul(handShares[2]).Round(2), handStatus(s.KeptYear3)
	}
	return out, nil
}

func validTierStatus(t productivity.TierStatus) bool {
	return t == "" || t == productivity.TierKept || t == productivity.TierLost || t == productivity.TierUnknown
}

func handStatus(kept productivity.TierStatus) string {
	if kept == productivity.TierKept {
		return string(productivity.InstalmentDue)
	}
	return string(productivity.InstalmentPending)
}
