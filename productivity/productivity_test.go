package productivity_test

import (
	"errors"
	"maps"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/productivity"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

var (
	firstDay  = rules.MustDate(2022, 4, 30) // 末段: 本政策自4月30日起施行，有效期至2024年12月31日
	lastDay   = rules.MustDate(2024, 12, 31)
	dayBefore = firstDay.AddDays(-1)
	dayAfter  = lastDay.AddDays(1)
	dayIn     = rules.MustDate(2023, 6, 1)
)

const period = "末段 本政策自4月30日起施行，有效期至2024年12月31日"

func TestQuotesAreInTheText(t *testing.T) {
	rulestest.Quotes(t, productivity.Book(), map[string]string{
		productivity.Measures.Number: "../testdata/sources/7-productivity.txt",
	})
}

// with returns a copy of base with the given fields changed; a nil value
// removes the field.
func with(base rules.Inputs, kv ...any) rules.Inputs {
	in := maps.Clone(base)
	for i := 0; i < len(kv); i += 2 {
		k := kv[i].(string)
		if kv[i+1] == nil {
			delete(in, k)
			continue
		}
		in[k] = kv[i+1]
	}
	return in
}

func TestLabourProductivity(t *testing.T) {
	r := productivity.RuleLabourRatio
	in := func(va, emp string) rules.Inputs { return rules.Inputs{"value_added": va, "average_employees": emp} }
	want := func(p string, std, high bool) map[string]string {
		b := map[bool]string{true: "true", false: "false"}
		return map[string]string{"productivity": p, "reaches_standard_line": b[std], "reaches_high_line": b[high]}
	}
	const c = "序言 2024年全市规上工业全员劳动生产率达到23万元/人年（标线），争取达到25万元/人年（高线）"
	rulestest.Run(t, productivity.Book(), []rulestest.Case{
		// 4,600 万元 ÷ 200 人 = 23 万元/人年: exactly the standard line, which “达到” includes.
		{Name: "exactly the standard line", Clause: c, Rule: r, Date: dayIn, Inputs: in("4600", "200"), Want: want("23", true, false)},
		// 4,599.98 ÷ 200 = 22.9999: just below 23.
		{Name: "just below the standard line", Clause: c, Rule: r, Date: dayIn, Inputs: in("4599.98", "200"), Want: want("22.9999", false, false)},
		// 5,000 ÷ 200 = 25: the high line, included.
		{Name: "exactly the high line", Clause: c, Rule: r, Date: dayIn, Inputs: in("5000", "200"), Want: want("25", true, true)},
		// 4,999.8 ÷ 200 = 24.999: above the standard line, below the high line.
		{Name: "just below the high line", Clause: c, Rule: r, Date: dayIn, Inputs: in("4999.8", "200"), Want: want("24.999", true, false)},
		// 1,000 ÷ 3 = 333.33…: not rounded (24 places, the engine's quotient).
		{Name: "an unrounded quotient", Clause: c, Rule: r, Date: dayIn, Inputs: in("1000", "3"), Want: want("333.333333333333333333333333", true, true)},
		// 3,000 ÷ 137.5 average persons = 21.8181…
		{Name: "a fractional average headcount", Clause: c, Rule: r, Date: dayIn, Inputs: in("3000", "137.5"), Want: want("21.818181818181818181818182", false, false)},
		{Name: "first day in force", Clause: period, Rule: r, Date: firstDay, Inputs: in("4600", "200"), Want: want("23", true, false)},
		{Name: "last day in force", Clause: period, Rule: r, Date: lastDay, Inputs: in("4600", "200"), Want: want("23", true, false)},
		{Name: "the day before it applies", Clause: period, Rule: r, Date: dayBefore, Inputs: in("4600", "200"), Err: rules.ErrNotInForce},
		{Name: "the day after it ends", Clause: period, Rule: r, Date: dayAfter, Inputs: in("4600", "200"), Err: rules.ErrNotInForce},
		{Name: "no employees", Clause: "十 根据用工实际精准填报用工人数", Rule: r, Date: dayIn, Inputs: in("4600", "0"), Err: rules.ErrInvalidInput, Field: "average_employees"},
		{Name: "negative value added", Clause: "序言 万元/人年", Rule: r, Date: dayIn, Inputs: in("-1", "200"), Err: rules.ErrInvalidInput, Field: "value_added"},
		{Name: "value added missing", Clause: "序言 万元/人年", Rule: r, Date: dayIn, Inputs: rules.Inputs{"average_employees": "200"}, Err: rules.ErrInvalidInput, Field: "value_added"},
		{Name: "misspelt field", Clause: "序言 万元/人年", Rule: r, Date: dayIn, Inputs: rules.Inputs{"value_added": "4600", "employees": "200"}, Err: rules.ErrInvalidInput, Field: "employees"},
		{Name: "not a number", Clause: "序言 万元/人年", Rule: r, Date: dayIn, Inputs: in("4600万", "200"), Err: rules.ErrInvalidInput, Field: "value_added"},
	})
}

func TestLowEfficiencyFlag(t *testing.T) {
	r := productivity.RuleLowEfficiency
	in := func(p, avg string) rules.Inputs {
		return rules.Inputs{"above_scale": true, "productivity": p, "city_industry_average": avg}
	}
	want := func(listed bool, threshold string) map[string]string {
		return map[string]string{"listed": map[bool]string{true: "true", false: "false"}[listed], "threshold": threshold}
	}
	const c = "一 规上工业企业全员劳动生产率低于上年度全市同行业平均30%的，列出企业清单"
	rulestest.Run(t, productivity.Book(), []rulestest.Case{
		// average 30: 30 × (1 − 30%) = 21; exactly 30% below is listed.
		{Name: "exactly 30% below the average", Clause: c, Rule: r, Date: dayIn, Inputs: in("21", "30"), Want: want(true, "21")},
		{Name: "just less than 30% below", Clause: c, Rule: r, Date: dayIn, Inputs: in("21.01", "30"), Want: want(false, "21")},
		{Name: "more than 30% below", Clause: c, Rule: r, Date: dayIn, Inputs: in("20.99", "30"), Want: want(true, "21")},
		// average 18.5: 18.5 × 0.7 = 12.95.
		{Name: "average 18.5, at the threshold", Clause: c, Rule: r, Date: dayIn, Inputs: in("12.95", "18.5"), Want: want(true, "12.95")},
		{Name: "at the average", Clause: c, Rule: r, Date: dayIn, Inputs: in("18.5", "18.5"), Want: want(false, "12.95")},
		{Name: "no value added at all", Clause: c, Rule: r, Date: dayIn, Inputs: in("0", "18.5"), Want: want(true, "12.95")},
		{Name: "not above designated size", Clause: c, Rule: r, Date: dayIn, Inputs: with(in("10", "30"), "above_scale", false), Failed: []string{"above_scale"}},
		{Name: "first day in force", Clause: period, Rule: r, Date: firstDay, Inputs: in("21", "30"), Want: want(true, "21")},
		{Name: "last day in force", Clause: period, Rule: r, Date: lastDay, Inputs: in("21", "30"), Want: want(true, "21")},
		{Name: "before", Clause: period, Rule: r, Date: dayBefore, Inputs: in("21", "30"), Err: rules.ErrNotInForce},
		{Name: "after", Clause: period, Rule: r, Date: dayAfter, Inputs: in("21", "30"), Err: rules.ErrNotInForce},
		{Name: "an average of zero", Clause: c, Rule: r, Date: dayIn, Inputs: in("21", "0"), Err: rules.ErrInvalidInput, Field: "city_industry_average"},
		{Name: "negative productivity", Clause: c, Rule: r, Date: dayIn, Inputs: in("-1", "30"), Err: rules.ErrInvalidInput, Field: "productivity"},
		{Name: "above_scale missing", Clause: c, Rule: r, Date: dayIn, Inputs: with(in("21", "30"), "above_scale", nil), Err: rules.ErrInvalidInput, Field: "above_scale"},
		{Name: "above_scale as text", Clause: c, Rule: r, Date: dayIn, Inputs: with(in("21", "30"), "above_scale", "是"), Err: rules.ErrInvalidInput, Field: "above_scale"},
	})
}

var techBase = rules.Inputs{
	"locality": "鹿城区", "above_scale": true, "mujun_class": "A类", "seriously_dishonest": false,
	"in_production": true, "output_growth": "15%", "productivity_growth": "20%", "base": "10000000",
}

func TestTechUpgradeBonus(t *testing.T) {
	r := productivity.RuleTechUpgradeBonus
	in := func(kv ...any) rules.Inputs { return with(techBase, kv...) }
	want := func(bonus, rate string) map[string]string { return map[string]string{"bonus": bonus, "rate": rate} }
	const (
		rates = "二 企业全员劳动生产率提高20%、30%、40%以上的，分别追加补助5%、7%、10%"
		base  = "二 在企业年度产值同比增长15%以上的基础上"
		cap_  = "二 追加补助总额不超过300万元"
		excl  = "末段 “亩均论英雄”综合评价C、D类企业，列入严重失信名单企业均不享受资金奖补政策"
	)
	rulestest.Run(t, productivity.Book(), []rulestest.Case{
		// 10,000,000 × 5% = 500,000: productivity up exactly 20%, output up exactly 15%.
		{Name: "productivity up exactly 20%", Clause: rates, Rule: r, Date: dayIn, Inputs: in(), Want: want("500000.00", "0.05")},
		{Name: "productivity up 19.99%", Clause: rates, Rule: r, Date: dayIn, Inputs: in("productivity_growth", "19.99%"), Failed: []string{"productivity_growth_20"}},
		{Name: "up 29.99%: still 5%", Clause: rates, Rule: r, Date: dayIn, Inputs: in("productivity_growth", "29.99%"), Want: want("500000.00", "0.05")},
		// 10,000,000 × 7% = 700,000.
		{Name: "up exactly 30%", Clause: rates, Rule: r, Date: dayIn, Inputs: in("productivity_growth", "30%"), Want: want("700000.00", "0.07")},
		{Name: "up 39.99%: still 7%", Clause: rates, Rule: r, Date: dayIn, Inputs: in("productivity_growth", "39.99%"), Want: want("700000.00", "0.07")},
		// 10,000,000 × 10% = 1,000,000.
		{Name: "up exactly 40%", Clause: rates, Rule: r, Date: dayIn, Inputs: in("productivity_growth", "40%"), Want: want("1000000.00", "0.10")},
		{Name: "up 150%", Clause: rates, Rule: r, Date: dayIn, Inputs: in("productivity_growth", "1.5"), Want: want("1000000.00", "0.10")},
		{Name: "output up 14.99%", Clause: base, Rule: r, Date: dayIn, Inputs: in("output_growth", "14.99%"), Failed: []string{"output_growth_15"}},
		{Name: "output up 16%", Clause: base, Rule: r, Date: dayIn, Inputs: in("output_growth", "0.16"), Want: want("500000.00", "0.05")},
		{Name: "not yet in production", Clause: "二 智能化技改项目竣工投产后", Rule: r, Date: dayIn, Inputs: in("in_production", false), Failed: []string{"in_production"}},
		// 30,000,000 × 10% = 3,000,000: exactly the cap.
		{Name: "exactly the cap", Clause: cap_, Rule: r, Date: dayIn, Inputs: in("productivity_growth", "40%", "base", "30000000"), Want: want("3000000.00", "0.10")},
		// 30,000,010 × 10% = 3,000,001 > 3,000,000.
		{Name: "one yuan past the cap", Clause: cap_, Rule: r, Date: dayIn, Inputs: in("productivity_growth", "40%", "base", "30000010"), Want: want("3000000.00", "0.10")},
		// 10,000,000 × 7% = 700,000, but 3,000,000 − 2,500,000 = 500,000 remains.
		{Name: "the rest of the cap", Clause: cap_, Rule: r, Date: dayIn, Inputs: in("productivity_growth", "30%", "already_granted", "2500000"), Want: want("500000.00", "0.07")},
		// 3,000,000 − 2,999,999.99 = 0.01.
		{Name: "one fen of the cap left", Clause: cap_, Rule: r, Date: dayIn, Inputs: in("already_granted", "2999999.99"), Want: want("0.01", "0.05")},
		{Name: "cap used up", Clause: cap_, Rule: r, Date: dayIn, Inputs: in("already_granted", "3000000"), Failed: []string{"cap_not_used_up"}},
		// 12,345.67 × 5% = 617.2835 → 617.28; 12,345.70 × 5% = 617.285 → 617.29 (四舍五入).
		{Name: "rounding down to the fen", Clause: rates, Rule: r, Date: dayIn, Inputs: in("base", "12345.67"), Want: want("617.28", "0.05")},
		{Name: "a half fen rounds away from zero", Clause: rates, Rule: r, Date: dayIn, Inputs: in("base", "12345.70"), Want: want("617.29", "0.05")},
		{Name: "a zero base", Clause: rates, Rule: r, Date: dayIn, Inputs: in("base", "0"), Want: want("0.00", "0.05")},
		{Name: "class C", Clause: excl, Rule: r, Date: dayIn, Inputs: in("mujun_class", "C类"), Failed: []string{"mujun_not_c_or_d"}},
		{Name: "class D and dishonest", Clause: excl, Rule: r, Date: dayIn, Inputs: in("mujun_class", "D类", "seriously_dishonest", true), Failed: []string{"mujun_not_c_or_d", "not_seriously_dishonest"}},
		{Name: "class B is not excluded", Clause: excl, Rule: r, Date: dayIn, Inputs: in("mujun_class", "B类"), Want: want("500000.00", "0.05")},
		{Name: "not evaluated is not excluded", Clause: excl, Rule: r, Date: dayIn, Inputs: in("mujun_class", "未评价"), Want: want("500000.00", "0.05")},
		{Name: "not above designated size, and everything else wrong", Clause: rates, Rule: r, Date: dayIn,
			Inputs: in("above_scale", false, "in_production", false, "output_growth", "0", "productivity_growth", "0", "already_granted", "3000000", "mujun_class", "D类", "seriously_dishonest", true),
			Failed: []string{"above_scale", "in_production", "output_growth_15", "productivity_growth_20", "cap_not_used_up", "mujun_not_c_or_d", "not_seriously_dishonest"}},
		{Name: "a county firm: the county's own document", Clause: "末段 各县（市）应参照本政策制定相应的政策文件", Rule: r, Date: dayIn, Inputs: in("locality", "瑞安市"), Err: rules.ErrCaseByCase},
		{Name: "a mountain county", Clause: "末段 各县（市）应参照本政策制定相应的政策文件", Rule: r, Date: dayIn, Inputs: in("locality", "泰顺县"), Err: rules.ErrCaseByCase},
		{Name: "a city functional zone", Clause: rates, Rule: r, Date: dayIn, Inputs: in("locality", "市级功能区"), Want: want("500000.00", "0.05")},
		{Name: "first day in force", Clause: period, Rule: r, Date: firstDay, Inputs: in(), Want: want("500000.00", "0.05")},
		{Name: "last day in force", Clause: period, Rule: r, Date: lastDay, Inputs: in(), Want: want("500000.00", "0.05")},
		{Name: "before", Clause: period, Rule: r, Date: dayBefore, Inputs: in(), Err: rules.ErrNotInForce},
		{Name: "after", Clause: period, Rule: r, Date: dayAfter, Inputs: in(), Err: rules.ErrNotInForce},
		{Name: "unknown locality", Clause: "末段 各县（市）", Rule: r, Date: dayIn, Inputs: in("locality", "温州市"), Err: rules.ErrInvalidInput, Field: "locality"},
		{Name: "unknown 亩均 class", Clause: excl, Rule: r, Date: dayIn, Inputs: in("mujun_class", "E类"), Err: rules.ErrInvalidInput, Field: "mujun_class"},
		{Name: "productivity fell by more than all of it", Clause: rates, Rule: r, Date: dayIn, Inputs: in("productivity_growth", "-150%"), Err: rules.ErrInvalidInput, Field: "productivity_growth"},
		{Name: "base missing", Clause: "二 分别追加补助5%、7%、10%", Rule: r, Date: dayIn, Inputs: in("base", nil), Err: rules.ErrInvalidInput, Field: "base"},
		{Name: "a float base is refused", Clause: "二 分别追加补助5%、7%、10%", Rule: r, Date: dayIn, Inputs: in("base", 1e7), Err: rules.ErrInvalidInput, Field: "base"},
	})
}

func TestProjectEntryThreshold(t *testing.T) {
	r := productivity.RuleProjectEntry
	in := func(avg, p string) rules.Inputs {
		return rules.Inputs{"provincial_industry_average": avg, "project_productivity": p}
	}
	want := func(th string, meets bool) map[string]string {
		return map[string]string{"threshold": th, "meets": map[bool]string{true: "true", false: "false"}[meets]}
	}
	const c = "三 原则上应高于上年度全省同行业平均水平10%以上"
	rulestest.Run(t, productivity.Book(), []rulestest.Case{
		// 20 × (1 + 10%) = 22.
		{Name: "exactly 10% above", Clause: c, Rule: r, Date: dayIn, Inputs: in("20", "22"), Want: want("22", true)},
		{Name: "just short of 10% above", Clause: c, Rule: r, Date: dayIn, Inputs: in("20", "21.99"), Want: want("22", false)},
		{Name: "well above", Clause: c, Rule: r, Date: dayIn, Inputs: in("20", "30"), Want: want("22", true)},
		// 18.5 × 1.1 = 20.35.
		{Name: "average 18.5", Clause: c, Rule: r, Date: dayIn, Inputs: in("18.5", "20.35"), Want: want("20.35", true)},
		{Name: "at the average is not enough", Clause: c, Rule: r, Date: dayIn, Inputs: in("18.5", "18.5"), Want: want("20.35", false)},
		{Name: "first day in force", Clause: period, Rule: r, Date: firstDay, Inputs: in("20", "22"), Want: want("22", true)},
		{Name: "last day in force", Clause: period, Rule: r, Date: lastDay, Inputs: in("20", "22"), Want: want("22", true)},
		{Name: "before", Clause: period, Rule: r, Date: dayBefore, Inputs: in("20", "22"), Err: rules.ErrNotInForce},
		{Name: "after", Clause: period, Rule: r, Date: dayAfter, Inputs: in("20", "22"), Err: rules.ErrNotInForce},
		{Name: "an average of zero", Clause: c, Rule: r, Date: dayIn, Inputs: in("0", "22"), Err: rules.ErrInvalidInput, Field: "provincial_industry_average"},
		{Name: "project figure missing", Clause: c, Rule: r, Date: dayIn, Inputs: rules.Inputs{"provincial_industry_average": "20"}, Err: rules.ErrInvalidInput, Field: "project_productivity"},
		{Name: "the city average is not this rule's input", Clause: c, Rule: r, Date: dayIn, Inputs: rules.Inputs{"city_industry_average": "20", "project_productivity": "22"}, Err: rules.ErrInvalidInput, Field: "city_industry_average"},
	})
}

func TestLandSupplyThreshold(t *testing.T) {
	r := productivity.RuleLandSupply
	in := func(avg, p string) rules.Inputs {
		return rules.Inputs{"city_industry_average": avg, "firm_productivity": p}
	}
	want := func(th string, meets bool) map[string]string {
		return map[string]string{"threshold": th, "meets": map[bool]string{true: "true", false: "false"}[meets], "mujun_weight": "0.2"}
	}
	const c = "四 原则上增资扩产新增供地企业的全员劳动生产率应高于上年度全市同行业平均水平15%以上"
	rulestest.Run(t, productivity.Book(), []rulestest.Case{
		// 20 × (1 + 15%) = 23; weight 20% (四 一般权重提高至20%左右).
		{Name: "exactly 15% above", Clause: c, Rule: r, Date: dayIn, Inputs: in("20", "23"), Want: want("23", true)},
		{Name: "just short of 15% above", Clause: c, Rule: r, Date: dayIn, Inputs: in("20", "22.99"), Want: want("23", false)},
		// 18.5 × 1.15 = 21.275.
		{Name: "average 18.5", Clause: c, Rule: r, Date: dayIn, Inputs: in("18.5", "21.275"), Want: want("21.275", true)},
		{Name: "10% above is not enough for land", Clause: c, Rule: r, Date: dayIn, Inputs: in("20", "22"), Want: want("23", false)},
		{Name: "first day in force", Clause: period, Rule: r, Date: firstDay, Inputs: in("20", "23"), Want: want("23", true)},
		{Name: "last day in force", Clause: period, Rule: r, Date: lastDay, Inputs: in("20", "23"), Want: want("23", true)},
		{Name: "before", Clause: period, Rule: r, Date: dayBefore, Inputs: in("20", "23"), Err: rules.ErrNotInForce},
		{Name: "after", Clause: period, Rule: r, Date: dayAfter, Inputs: in("20", "23"), Err: rules.ErrNotInForce},
		{Name: "negative productivity", Clause: c, Rule: r, Date: dayIn, Inputs: in("20", "-3"), Err: rules.ErrInvalidInput, Field: "firm_productivity"},
		{Name: "average missing", Clause: c, Rule: r, Date: dayIn, Inputs: rules.Inputs{"firm_productivity": "23"}, Err: rules.ErrInvalidInput, Field: "city_industry_average"},
	})
}

var hqBase = rules.Inputs{
	"locality": "龙湾区", "mujun_class": "A类", "seriously_dishonest": false,
	"hq_in_wenzhou": true, "manufacturing": true, "wenzhou_output": "1200000000",
	"honour": "世界500强", "recognition": "首次入选",
}

func TestHeadquartersReward(t *testing.T) {
	r := productivity.RuleHeadquartersReward
	in := func(kv ...any) rules.Inputs { return with(hqBase, kv...) }
	reward := func(v string) map[string]string { return map[string]string{"reward": v} }
	const (
		scope  = "五 对总部设在温州，且在温产值超10亿元的制造业企业"
		recert = "五 以上荣誉重新通过认定，且在温产值和税收均增长的，给予50万元奖励"
		excl   = "末段 “亩均论英雄”综合评价C、D类企业，列入严重失信名单企业均不享受资金奖补政策"
	)
	rulestest.Run(t, productivity.Book(), []rulestest.Case{
		{Name: "Fortune Global 500", Clause: "五 入选“世界500强”的，首次给予1000万元奖励", Rule: r, Date: dayIn, Inputs: in(), Want: reward("10000000.00")},
		{Name: "China top 500", Clause: "五 入选“中国企业500强”的，首次给予500万元奖励", Rule: r, Date: dayIn, Inputs: in("honour", "中国企业500强"), Want: reward("5000000.00")},
		{Name: "China manufacturing top 500", Clause: "五 入选“中国制造业企业500强”…首次给予300万元奖励", Rule: r, Date: dayIn, Inputs: in("honour", "中国制造业企业500强"), Want: reward("3000000.00")},
		{Name: "China private top 500", Clause: "五 或“中国民营企业500 强”的，首次给予300万元奖励", Rule: r, Date: dayIn, Inputs: in("honour", "中国民营企业500强"), Want: reward("3000000.00")},
		{Name: "Zhejiang top 100", Clause: "五 入选“浙江企业100强”…首次给予200万元奖励", Rule: r, Date: dayIn, Inputs: in("honour", "浙江企业100强"), Want: reward("2000000.00")},
		{Name: "Zhejiang manufacturing top 100", Clause: "五 “浙江制造业企业100强”…首次给予200万元奖励", Rule: r, Date: dayIn, Inputs: in("honour", "浙江制造业企业100强"), Want: reward("2000000.00")},
		{Name: "Zhejiang private top 100", Clause: "五 或“浙江民营企业100 强”的，首次给予200万元奖励", Rule: r, Date: dayIn, Inputs: in("honour", "浙江民营企业100强"), Want: reward("2000000.00")},
		{Name: "city leading enterprise", Clause: "五 入选市级领军企业的，首次给予100万奖励", Rule: r, Date: dayIn, Inputs: in("honour", "市级领军企业"), Want: reward("1000000.00")},
		{Name: "Wenzhou output exactly 1 billion", Clause: scope, Rule: r, Date: dayIn, Inputs: in("wenzhou_output", "1000000000"), Failed: []string{"wenzhou_output_above_1bn"}},
		{Name: "Wenzhou output one fen above 1 billion", Clause: scope, Rule: r, Date: dayIn, Inputs: in("wenzhou_output", "1000000000.01"), Want: reward("10000000.00")},
		{Name: "headquarters elsewhere", Clause: scope, Rule: r, Date: dayIn, Inputs: in("hq_in_wenzhou", false), Failed: []string{"hq_in_wenzhou"}},
		{Name: "not manufacturing", Clause: scope, Rule: r, Date: dayIn, Inputs: in("manufacturing", false), Failed: []string{"manufacturing"}},
		{Name: "re-certified, output and tax grew", Clause: recert, Rule: r, Date: dayIn,
			Inputs: in("recognition", "重新通过认定", "wenzhou_output_trend", "增长", "wenzhou_tax_trend", "增长"), Want: reward("500000.00")},
		{Name: "re-certified as a city leading enterprise: the same 500,000", Clause: recert, Rule: r, Date: dayIn,
			Inputs: in("honour", "市级领军企业", "recognition", "重新通过认定", "wenzhou_output_trend", "增长", "wenzhou_tax_trend", "增长"), Want: reward("500000.00")},
		{Name: "re-certified, tax did not grow", Clause: recert, Rule: r, Date: dayIn,
			Inputs: in("recognition", "重新通过认定", "wenzhou_output_trend", "增长", "wenzhou_tax_trend", "未增长"), Failed: []string{"output_and_tax_grew"}},
		{Name: "re-certified, output did not grow", Clause: recert, Rule: r, Date: dayIn,
			Inputs: in("recognition", "重新通过认定", "wenzhou_output_trend", "未增长", "wenzhou_tax_trend", "增长"), Failed: []string{"output_and_tax_grew"}},
		{Name: "re-certified at exactly 1 billion", Clause: scope, Rule: r, Date: dayIn,
			Inputs: in("wenzhou_output", "1000000000", "recognition", "重新通过认定", "wenzhou_output_trend", "增长", "wenzhou_tax_trend", "增长"), Failed: []string{"wenzhou_output_above_1bn"}},
		{Name: "re-certified without saying whether output grew", Clause: recert, Rule: r, Date: dayIn,
			Inputs: in("recognition", "重新通过认定", "wenzhou_tax_trend", "增长"), Err: rules.ErrInvalidInput, Field: "wenzhou_output_trend"},
		{Name: "re-certified without saying whether tax grew", Clause: recert, Rule: r, Date: dayIn,
			Inputs: in("recognition", "重新通过认定", "wenzhou_output_trend", "增长"), Err: rules.ErrInvalidInput, Field: "wenzhou_tax_trend"},
		{Name: "first listing: growth is not asked", Clause: "五 入选“世界500强”的，首次给予1000万元奖励", Rule: r, Date: dayIn,
			Inputs: in("wenzhou_output_trend", "未增长", "wenzhou_tax_trend", "未增长"), Want: reward("10000000.00")},
		{Name: "class D", Clause: excl, Rule: r, Date: dayIn, Inputs: in("mujun_class", "D类"), Failed: []string{"mujun_not_c_or_d"}},
		{Name: "seriously dishonest", Clause: excl, Rule: r, Date: dayIn, Inputs: in("seriously_dishonest", true), Failed: []string{"not_seriously_dishonest"}},
		{Name: "a county firm", Clause: "末段 各县（市）应参照本政策制定相应的政策文件", Rule: r, Date: dayIn, Inputs: in("locality", "乐清市"), Err: rules.ErrCaseByCase},
		{Name: "first day in force", Clause: period, Rule: r, Date: firstDay, Inputs: in(), Want: reward("10000000.00")},
		{Name: "last day in force", Clause: period, Rule: r, Date: lastDay, Inputs: in(), Want: reward("10000000.00")},
		{Name: "before", Clause: period, Rule: r, Date: dayBefore, Inputs: in(), Err: rules.ErrNotInForce},
		{Name: "after", Clause: period, Rule: r, Date: dayAfter, Inputs: in(), Err: rules.ErrNotInForce},
		{Name: "an honour the measure does not name", Clause: "五 入选“中国企业500强”的", Rule: r, Date: dayIn, Inputs: in("honour", "中国500强"), Err: rules.ErrInvalidInput, Field: "honour"},
		{Name: "an unknown recognition", Clause: "五 首次给予", Rule: r, Date: dayIn, Inputs: in("recognition", "第二次入选"), Err: rules.ErrInvalidInput, Field: "recognition"},
		{Name: "an unknown trend", Clause: recert, Rule: r, Date: dayIn, Inputs: in("wenzhou_tax_trend", "持平"), Err: rules.ErrInvalidInput, Field: "wenzhou_tax_trend"},
		{Name: "honour missing", Clause: scope, Rule: r, Date: dayIn, Inputs: in("honour", nil), Err: rules.ErrInvalidInput, Field: "honour"},
	})
}

var scaleBase = rules.Inputs{
	"locality": "瓯海区", "above_scale": true, "mujun_class": "B类", "seriously_dishonest": false,
	"productivity": "30", "city_industry_average": "25",
	"output": "2500000000", "previous_highest_output": "800000000", "first_year": 2023,
}

func TestScaleUpReward(t *testing.T) {
	r := productivity.RuleScaleUpReward
	in := func(kv ...any) rules.Inputs { return with(scaleBase, kv...) }
	tier := func(output, prev, reward string) rulestest.Case {
		return rulestest.Case{Rule: r, Date: dayIn, Inputs: in("output", output, "previous_highest_output", prev), Want: map[string]string{"reward": reward}}
	}
	named := func(c rulestest.Case, name, clause string) rulestest.Case {
		c.Name, c.Clause = name, clause
		return c
	}
	schedule := func(reward, i1, i2, s2, i3, s3 string) map[string]string {
		return map[string]string{"reward": reward,
			"year_1": "2023", "instalment_1": i1, "status_1": "应付",
			"year_2": "2024", "instalment_2": i2, "status_2": s2,
			"year_3": "2025", "instalment_3": i3, "status_3": s3}
	}
	const (
		tiers  = "六 其产值首次超过5亿元、10亿元、20亿元、30亿元、40亿元、50亿元、100亿元，分别奖励50万元、100万元、200万元、300万元、400万元、500万元、1000万元"
		diff   = "六 （进档的奖励差额）"
		shares = "六 奖励资金按“第1年40%、第2年30%、第3年30%”分3年给予奖励"
		keep   = "六 期间未能保持该规模梯队的，后续不予奖励"
		scope  = "六 对全员劳动生产率不低于全市同行业平均的规上工业企业"
		excl   = "末段 “亩均论英雄”综合评价C、D类企业，列入严重失信名单企业均不享受资金奖补政策"
	)
	rulestest.Run(t, productivity.Book(), []rulestest.Case{
		// Each tier, both sides of its bound, from no tier before (“超过” excludes the number).
		{Name: "exactly 0.5 billion enters no tier", Clause: tiers, Rule: r, Date: dayIn, Inputs: in("output", "500000000", "previous_highest_output", "0"), Failed: []string{"first_time_in_tier"}},
		named(tier("500000000.01", "0", "500000"), "one fen above 0.5 billion", tiers),
		named(tier("1000000000", "0", "500000"), "exactly 1 billion is still the 0.5 billion tier", tiers),
		named(tier("1000000000.01", "0", "1000000"), "above 1 billion", tiers),
		named(tier("2000000000", "0", "1000000"), "exactly 2 billion", tiers),
		named(tier("2000000000.01", "0", "2000000"), "above 2 billion", tiers),
		named(tier("3000000000", "0", "2000000"), "exactly 3 billion", tiers),
		named(tier("3000000000.01", "0", "3000000"), "above 3 billion", tiers),
		named(tier("4000000000", "0", "3000000"), "exactly 4 billion", tiers),
		named(tier("4000000000.01", "0", "4000000"), "above 4 billion", tiers),
		named(tier("5000000000", "0", "4000000"), "exactly 5 billion", tiers),
		named(tier("5000000000.01", "0", "5000000"), "above 5 billion", tiers),
		named(tier("10000000000", "0", "5000000"), "exactly 10 billion", tiers),
		named(tier("10000000000.01", "0", "10000000"), "above 10 billion", tiers),
		// Jumping tiers: the difference from the tier already had.
		// 0.8 billion had (500,000) → 2.5 billion (2,000,000): 1,500,000; 40% 600,000, 30% 450,000, 30% 450,000.
		{Name: "from the 0.5 to the 2 billion tier", Clause: diff, Rule: r, Date: dayIn, Inputs: in(),
			Want: schedule("1500000", "600000", "450000", "待确认", "450000", "待确认")},
		// 6 billion had (5,000,000) → 12 billion (10,000,000): 5,000,000.
		named(tier("12000000000", "6000000000", "5000000"), "from the 5 to the 10 billion tier", diff),
		// 1.5 billion had (1,000,000) → 2.000…01 billion (2,000,000): 1,000,000.
		named(tier("2000000000.01", "1500000000", "1000000"), "one step up", diff),
		{Name: "the same tier again", Clause: tiers + "（首次）", Rule: r, Date: dayIn, Inputs: in("output", "1900000000", "previous_highest_output", "1200000000"), Failed: []string{"first_time_in_tier"}},
		{Name: "back up to a tier already had", Clause: tiers + "（首次）", Rule: r, Date: dayIn, Inputs: in("output", "2100000000", "previous_highest_output", "2500000000"), Failed: []string{"first_time_in_tier"}},
		// The schedule: 1,500,000 × 40% / 30% / 30%.
		{Name: "kept the tier in years 2 and 3", Clause: shares, Rule: r, Date: dayIn, Inputs: in("kept_tier_year2", "保持", "kept_tier_year3", "保持"),
			Want: schedule("1500000", "600000", "450000", "应付", "450000", "应付")},
		{Name: "kept it in year 2, not yet known for year 3", Clause: shares, Rule: r, Date: dayIn, Inputs: in("kept_tier_year2", "保持"),
			Want: schedule("1500000", "600000", "450000", "应付", "450000", "待确认")},
		{Name: "lost it in year 2: nothing after", Clause: keep, Rule: r, Date: dayIn, Inputs: in("kept_tier_year2", "未保持"),
			Want: schedule("1500000", "600000", "0", "不予奖励", "0", "不予奖励")},
		{Name: "lost it in year 2, regained in year 3: still nothing", Clause: keep, Rule: r, Date: dayIn, Inputs: in("kept_tier_year2", "未保持", "kept_tier_year3", "保持"),
			Want: schedule("1500000", "600000", "0", "不予奖励", "0", "不予奖励")},
		{Name: "lost it in year 3", Clause: keep, Rule: r, Date: dayIn, Inputs: in("kept_tier_year2", "保持", "kept_tier_year3", "未保持"),
			Want: schedule("1500000", "600000", "450000", "应付", "0", "不予奖励")},
		{Name: "year 3 known before year 2", Clause: keep, Rule: r, Date: dayIn, Inputs: in("kept_tier_year3", "保持"), Err: rules.ErrInvalidInput, Field: "kept_tier_year3"},
		// 500,000 × 40% = 200,000; × 30% = 150,000.
		{Name: "first tier schedule", Clause: shares, Rule: r, Date: dayIn, Inputs: in("output", "600000000", "previous_highest_output", "0", "first_year", 2024),
			Want: map[string]string{"reward": "500000", "year_1": "2024", "instalment_1": "200000", "year_2": "2025", "instalment_2": "150000", "year_3": "2026", "instalment_3": "150000"}},
		{Name: "productivity exactly the city average", Clause: scope, Rule: r, Date: dayIn, Inputs: in("productivity", "25"), Want: map[string]string{"reward": "1500000"}},
		{Name: "productivity just below the city average", Clause: scope, Rule: r, Date: dayIn, Inputs: in("productivity", "24.99"), Failed: []string{"not_below_city_average"}},
		{Name: "not above designated size", Clause: scope, Rule: r, Date: dayIn, Inputs: in("above_scale", false), Failed: []string{"above_scale"}},
		{Name: "class C", Clause: excl, Rule: r, Date: dayIn, Inputs: in("mujun_class", "C类"), Failed: []string{"mujun_not_c_or_d"}},
		{Name: "seriously dishonest, below average, no new tier", Clause: excl, Rule: r, Date: dayIn,
			Inputs: in("seriously_dishonest", true, "productivity", "20", "output", "700000000"), Failed: []string{"not_below_city_average", "first_time_in_tier", "not_seriously_dishonest"}},
		{Name: "a county firm", Clause: "末段 各县（市）应参照本政策制定相应的政策文件", Rule: r, Date: dayIn, Inputs: in("locality", "龙港市"), Err: rules.ErrCaseByCase},
		{Name: "first day in force", Clause: period, Rule: r, Date: firstDay, Inputs: in(), Want: map[string]string{"reward": "1500000"}},
		{Name: "last day in force", Clause: period, Rule: r, Date: lastDay, Inputs: in(), Want: map[string]string{"reward": "1500000"}},
		{Name: "before", Clause: period, Rule: r, Date: dayBefore, Inputs: in(), Err: rules.ErrNotInForce},
		{Name: "after", Clause: period, Rule: r, Date: dayAfter, Inputs: in(), Err: rules.ErrNotInForce},
		{Name: "first year before the measures", Clause: period, Rule: r, Date: dayIn, Inputs: in("first_year", 2021), Err: rules.ErrInvalidInput, Field: "first_year"},
		{Name: "first year not whole", Clause: shares, Rule: r, Date: dayIn, Inputs: in("first_year", "2023.5"), Err: rules.ErrInvalidInput, Field: "first_year"},
		{Name: "previous output missing", Clause: diff, Rule: r, Date: dayIn, Inputs: in("previous_highest_output", nil), Err: rules.ErrInvalidInput, Field: "previous_highest_output"},
		{Name: "an unknown tier status", Clause: keep, Rule: r, Date: dayIn, Inputs: in("kept_tier_year2", "是"), Err: rules.ErrInvalidInput, Field: "kept_tier_year2"},
		{Name: "negative output", Clause: tiers, Rule: r, Date: dayIn, Inputs: in("output", "-1"), Err: rules.ErrInvalidInput, Field: "output"},
	})
}

func TestEnterpriseEligibility(t *testing.T) {
	r := productivity.RuleEnterpriseEligibility
	in := func(class string, dishonest bool) rules.Inputs {
		return rules.Inputs{"mujun_class": class, "seriously_dishonest": dishonest}
	}
	const c = "末段 “亩均论英雄”综合评价C、D类企业，列入严重失信名单企业均不享受资金奖补政策"
	rulestest.Run(t, productivity.Book(), []rulestest.Case{
		{Name: "class A", Clause: c, Rule: r, Date: dayIn, Inputs: in("A类", false), Eligible: rulestest.Yes, Want: map[string]string{}},
		{Name: "class B", Clause: c, Rule: r, Date: dayIn, Inputs: in("B类", false), Eligible: rulestest.Yes},
		{Name: "not evaluated", Clause: c, Rule: r, Date: dayIn, Inputs: in("未评价", false), Eligible: rulestest.Yes},
		{Name: "class C", Clause: c, Rule: r, Date: dayIn, Inputs: in("C类", false), Failed: []string{"mujun_not_c_or_d"}},
		{Name: "class D", Clause: c, Rule: r, Date: dayIn, Inputs: in("D类", false), Failed: []string{"mujun_not_c_or_d"}},
		{Name: "seriously dishonest", Clause: c, Rule: r, Date: dayIn, Inputs: in("A类", true), Failed: []string{"not_seriously_dishonest"}},
		{Name: "class C and dishonest", Clause: c, Rule: r, Date: dayIn, Inputs: in("C类", true), Failed: []string{"mujun_not_c_or_d", "not_seriously_dishonest"}},
		{Name: "first day in force", Clause: period, Rule: r, Date: firstDay, Inputs: in("A类", false), Eligible: rulestest.Yes},
		{Name: "last day in force", Clause: period, Rule: r, Date: lastDay, Inputs: in("D类", false), Failed: []string{"mujun_not_c_or_d"}},
		{Name: "before", Clause: period, Rule: r, Date: dayBefore, Inputs: in("A类", false), Err: rules.ErrNotInForce},
		{Name: "after", Clause: period, Rule: r, Date: dayAfter, Inputs: in("A类", false), Err: rules.ErrNotInForce},
		{Name: "a class the evaluation does not have", Clause: c, Rule: r, Date: dayIn, Inputs: in("C", false), Err: rules.ErrInvalidInput, Field: "mujun_class"},
		{Name: "dishonesty missing", Clause: c, Rule: r, Date: dayIn, Inputs: rules.Inputs{"mujun_class": "A类"}, Err: rules.ErrInvalidInput, Field: "seriously_dishonest"},
	})
}

// The take-the-higher group of measures 五 and 六 (末段 就高不重复): evaluated
// through the book's group, with hand-worked figures.
func TestRewardChoiceGroup(t *testing.T) {
	hq := func(kv ...any) rules.Inputs { return with(hqBase, kv...) }
	su := func(kv ...any) rules.Inputs { return with(scaleBase, kv...) }
	cases := []struct {
		name, clause string
		in           map[string]rules.Inputs
		chosen       string
		amount       string
	}{
		// 浙江企业100强 2,000,000 > scale-up 1,500,000 (2,000,000 − 500,000).
		{"Zhejiang top 100 beats the scale-up difference", "五 首次给予200万元奖励; 六 进档的奖励差额", map[string]rules.Inputs{
			productivity.RuleHeadquartersReward: hq("honour", "浙江企业100强"), productivity.RuleScaleUpReward: su()},
			productivity.RuleHeadquartersReward, "2000000"},
		// 市级领军企业 1,000,000 < 1,500,000.
		{"the scale-up difference beats a city leading enterprise", "五 首次给予100万奖励; 六 进档的奖励差额", map[string]rules.Inputs{
			productivity.RuleHeadquartersReward: hq("honour", "市级领军企业"), productivity.RuleScaleUpReward: su()},
			productivity.RuleScaleUpReward, "1500000"},
		// 中国制造业企业500强 3,000,000 = scale-up 0 → 3.5 billion, 3,000,000: a tie pays 五, the first listed, once.
		{"a tie pays once", "末段 就高不重复", map[string]rules.Inputs{
			productivity.RuleHeadquartersReward: hq("honour", "中国制造业企业500强"),
			productivity.RuleScaleUpReward:      su("output", "3500000000", "previous_highest_output", "0")},
			productivity.RuleHeadquartersReward, "3000000"},
		// 五 fails (output exactly 1 billion is not above it); 六 pays 1,500,000.
		{"only 六 qualifies", "五 在温产值超10亿元", map[string]rules.Inputs{
			productivity.RuleHeadquartersReward: hq("wenzhou_output", "1000000000"), productivity.RuleScaleUpReward: su()},
			productivity.RuleScaleUpReward, "1500000"},
		{"class C firm: neither", "末段 C、D类企业…均不享受资金奖补政策", map[string]rules.Inputs{
			productivity.RuleHeadquartersReward: hq("mujun_class", "C类"), productivity.RuleScaleUpReward: su("mujun_class", "C类")},
			"", "0"},
		{"only one measure claimed", "五 首次给予1000万元奖励", map[string]rules.Inputs{
			productivity.RuleHeadquartersReward: hq()},
			productivity.RuleHeadquartersReward, "10000000"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g, err := productivity.Book().EvalGroup(productivity.RuleRewardChoice, dayIn, c.in)
			if err != nil {
				t.Fatalf("%s: %v", c.clause, err)
			}
			want, got := []string{c.chosen, c.amount}, []string{g.Chosen, g.Value.Number().String()}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("%s (-want +got):\n%s", c.clause, d)
			}
		})
	}
	_, err := productivity.Book().EvalGroup(productivity.RuleRewardChoice, dayIn, map[string]rules.Inputs{
		productivity.RuleHeadquartersReward: hq("locality", "苍南县"), productivity.RuleScaleUpReward: su("locality", "苍南县")})
	if !errors.Is(err, rules.ErrCaseByCase) {
		t.Errorf("a county firm (末段 各县（市）应参照本政策制定相应的政策文件): want ErrCaseByCase, got %v", err)
	}
	_, err = productivity.Book().EvalGroup(productivity.RuleRewardChoice, dayIn, map[string]rules.Inputs{
		productivity.RuleTechUpgradeBonus: techBase})
	if !errors.Is(err, rules.ErrInvalidInput) {
		t.Errorf("measure 二 is not in the group (末段 names 五 and 六 only): want ErrInvalidInput, got %v", err)
	}
}

// The 40/30/30 shares of measure 六 pay the whole reward.
func TestScaleUpSharesAddUp(t *testing.T) {
	p, ok := productivity.Book().Param("scale_up_share")
	if !ok {
		t.Fatal("no parameter scale_up_share")
	}
	sum := decimal.Zero
	for _, r := range p.History[0].Value.(rules.Table).Rows {
		sum = sum.Add(r.Value.(decimal.Decimal))
	}
	if !sum.Equal(decimal.NewFromInt(1)) {
		t.Errorf("六 第1年40%%、第2年30%%、第3年30%%: shares add up to %s, want 1", sum)
	}
}

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

var (
	firm = productivity.Firm{Locality: productivity.Ouhai, AboveScale: true, Mujun: productivity.MujunB}
	su   = productivity.ScaleUp{Productivity: d("30"), CityAverage: d("25"), Output: d("2500000000"),
		PreviousHighest: d("800000000"), FirstYear: 2023, KeptYear2: productivity.TierKept}
	hq = productivity.Headquarters{HQInWenzhou: true, Manufacturing: true, WenzhouOutput: d("1200000000"),
		Honour: productivity.ZhejiangTop100, Recognition: productivity.FirstListing}
)

// The typed functions evaluate the same rules as the book: same figures.
func TestTypedFunctionsMatchTheBook(t *testing.T) {
	b := productivity.Book()
	eval := func(id string, in rules.Inputs) string {
		t.Helper()
		res, err := b.Eval(id, dayIn, in)
		if err != nil {
			t.Fatal(err)
		}
		return res.Value.String()
	}
	var got, want []string
	add := func(typed string, err error, book string) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		got, want = append(got, typed), append(want, book)
	}

	p, err := productivity.LabourProductivity(dayIn, d("4600"), d("200"))
	add(p.Value.String(), err, eval(productivity.RuleLabourRatio, rules.Inputs{"value_added": "4600", "average_employees": "200"}))

	low, err := productivity.LowEfficiencyFlag(dayIn, true, d("21"), d("30"))
	add(boolText(low.Listed), err, eval(productivity.RuleLowEfficiency, rules.Inputs{"above_scale": true, "productivity": "21", "city_industry_average": "30"}))

	tech, err := productivity.TechUpgradeBonus(dayIn, firm, productivity.TechUpgrade{InProduction: true, OutputGrowth: d("0.15"),
		ProductivityGrowth: d("0.3"), Base: d("10000000"), AlreadyGranted: d("2500000")})
	add(tech.Amount.String(), err, eval(productivity.RuleTechUpgradeBonus, rules.Inputs{"locality": "瓯海区", "above_scale": true,
		"mujun_class": "B类", "seriously_dishonest": false, "in_production": true, "output_growth": "15%", "productivity_growth": "30%",
		"base": "10000000", "already_granted": "2500000"}))

	entry, err := productivity.ProjectEntryThreshold(dayIn, d("18.5"), d("20"))
	add(entry.Min.String(), err, eval(productivity.RuleProjectEntry, rules.Inputs{"provincial_industry_average": "18.5", "project_productivity": "20"}))

	land, err := productivity.LandSupplyThreshold(dayIn, d("18.5"), d("20"))
	add(land.Min.String(), err, eval(productivity.RuleLandSupply, rules.Inputs{"city_industry_average": "18.5", "firm_productivity": "20"}))

	reward, err := productivity.HeadquartersReward(dayIn, firm, hq)
	add(reward.Amount.String(), err, eval(productivity.RuleHeadquartersReward, rules.Inputs{"locality": "瓯海区", "mujun_class": "B类",
		"seriously_dishonest": false, "hq_in_wenzhou": true, "manufacturing": true, "wenzhou_output": "1200000000",
		"honour": "浙江企业100强", "recognition": "首次入选"}))

	award, err := productivity.ScaleUpReward(dayIn, firm, su)
	add(award.Amount.String(), err, eval(productivity.RuleScaleUpReward, with(scaleBase, "kept_tier_year2", "保持")))

	elig, err := productivity.EnterpriseEligibility(dayIn, productivity.MujunC, false)
	add(boolText(elig.Eligible), err, eval(productivity.RuleEnterpriseEligibility, rules.Inputs{"mujun_class": "C类", "seriously_dishonest": false}))

	choice, err := productivity.RewardChoice(dayIn, firm, &hq, &su)
	g, gerr := b.EvalGroup(productivity.RuleRewardChoice, dayIn, map[string]rules.Inputs{
		productivity.RuleHeadquartersReward: with(hqBase, "locality", "瓯海区", "mujun_class", "B类", "honour", "浙江企业100强"),
		productivity.RuleScaleUpReward:      with(scaleBase, "kept_tier_year2", "保持")})
	if gerr != nil {
		t.Fatal(gerr)
	}
	add(choice.Rule+" "+choice.Amount.String(), err, g.Chosen+" "+g.Value.String())

	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("typed functions differ from the book (-book +typed):\n%s", d)
	}

	// The hand-worked figures behind them: 4,600 ÷ 200 = 23; 30 × 70% = 21 is listed;
	// 10,000,000 × 7% = 700,000 capped to 3,000,000 − 2,500,000 = 500,000; 18.5 × 1.1 = 20.35;
	// 18.5 × 1.15 = 21.275; 浙江企业100强 2,000,000; 2,000,000 − 500,000 = 1,500,000 and
	// 2,000,000 > 1,500,000; class C is excluded.
	hand := []string{"23", "true", "500000", "20.35", "21.275", "2000000", "1500000", "false",
		productivity.RuleHeadquartersReward + " 2000000"}
	if d := cmp.Diff(hand, want); d != "" {
		t.Errorf("the book differs from the hand-worked figures (-hand +book):\n%s", d)
	}
}

func boolText(b bool) string { return map[bool]string{true: "true", false: "false"}[b] }

func TestScaleUpSchedule(t *testing.T) {
	// 六: 1,500,000 paid 40% in 2023, 30% in 2024 (tier kept), 30% in 2025 (not yet known).
	award, err := productivity.ScaleUpReward(dayIn, firm, su)
	if err != nil {
		t.Fatal(err)
	}
	type inst struct {
		Year   int
		Amount string
		Status productivity.InstalmentStatus
	}
	var got []inst
	for _, i := range award.Instalments {
		got = append(got, inst{i.Year, i.Amount.StringFixed(2), i.Status})
	}
	want := []inst{
		{2023, "600000.00", productivity.InstalmentDue},
		{2024, "450000.00", productivity.InstalmentDue},
		{2025, "450000.00", productivity.InstalmentPending},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("schedule (-want +got):\n%s", d)
	}
	if award.TierReward.String() != "2000000" || award.PriorReward.String() != "500000" || !award.Eligible {
		t.Errorf("tier %s, prior %s, eligible %t; want 2000000, 500000, true", award.TierReward, award.PriorReward, award.Eligible)
	}

	lost := su
	lost.KeptYear2 = productivity.TierLost
	award, err = productivity.ScaleUpReward(dayIn, firm, lost)
	if err != nil {
		t.Fatal(err)
	}
	if a := award.Instalments[2]; !a.Amount.IsZero() || a.Status != productivity.InstalmentForfeited {
		t.Errorf("六 期间未能保持该规模梯队的，后续不予奖励: year 3 = %s %s, want 0 不予奖励", a.Amount, a.Status)
	}

	excluded := firm
	excluded.SeriouslyDishonest = true
	award, err = productivity.ScaleUpReward(dayIn, excluded, su)
	if err != nil {
		t.Fatal(err)
	}
	if award.Eligible || award.Instalments != nil || len(award.Result.Failed) != 1 || award.Result.Failed[0].Name != "not_seriously_dishonest" {
		t.Errorf("末段 列入严重失信名单企业不享受: eligible %t, instalments %v, failed %v", award.Eligible, award.Instalments, award.Result.Failed)
	}
}

func TestTypedErrors(t *testing.T) {
	county := firm
	county.Locality = productivity.Wencheng
	if _, err := productivity.ScaleUpReward(dayIn, county, su); !errors.Is(err, rules.ErrCaseByCase) {
		t.Errorf("末段 各县（市）参照制定: want ErrCaseByCase, got %v", err)
	}
	noLocality := firm
	noLocality.Locality = ""
	var re *rules.Error
	_, err := productivity.TechUpgradeBonus(dayIn, noLocality, productivity.TechUpgrade{InProduction: true})
	if !errors.As(err, &re) || re.Field != "locality" || !errors.Is(err, rules.ErrInvalidInput) {
		t.Errorf("no locality: want an invalid-input error on locality, got %v", err)
	}
	recert := hq
	recert.Recognition = productivity.Recertified
	recert.TaxTrend = productivity.Grew
	_, err = productivity.HeadquartersReward(dayIn, firm, recert)
	if !errors.As(err, &re) || re.Field != "wenzhou_output_trend" {
		t.Errorf("五 重新通过认定 without the output trend: want an error on wenzhou_output_trend, got %v", err)
	}
	if _, err := productivity.LabourProductivity(dayBefore, d("4600"), d("200")); !errors.Is(err, rules.ErrNotInForce) {
		t.Errorf("末段 本政策自4月30日起施行: want ErrNotInForce on 2022-04-29, got %v", err)
	}
	if _, err := productivity.RewardChoice(dayIn, firm, nil, nil); !errors.Is(err, rules.ErrInvalidInput) {
		t.Errorf("a choice with neither measure: want ErrInvalidInput, got %v", err)
	}
}

func TestParse(t *testing.T) {
	type parsed struct {
		in  string
		got string
		err bool
	}
	var got []parsed
	add := func(in string, v string, err error) { got = append(got, parsed{in, v, err != nil}) }
	for _, s := range []string{"瓯海区", "温州市"} {
		v, err := productivity.ParseLocality(s)
		add(s, string(v), err)
	}
	for _, s := range []string{"D类", "E类"} {
		v, err := productivity.ParseMujunClass(s)
		add(s, string(v), err)
	}
	for _, s := range []string{"中国民营企业500强", "中国民营企业500 强"} {
		v, err := productivity.ParseHonour(s)
		add(s, string(v), err)
	}
	for _, s := range []string{"重新通过认定", "复评"} {
		v, err := productivity.ParseRecognition(s)
		add(s, string(v), err)
	}
	for _, s := range []string{"未增长", "下降"} {
		v, err := productivity.ParseTrend(s)
		add(s, string(v), err)
	}
	for _, s := range []string{"未保持", "否"} {
		v, err := productivity.ParseTierStatus(s)
		add(s, string(v), err)
	}
	want := []parsed{
		{"瓯海区", "瓯海区", false}, {"温州市", "", true},
		{"D类", "D类", false}, {"E类", "", true},
		{"中国民营企业500强", "中国民营企业500强", false}, {"中国民营企业500 强", "", true},
		{"重新通过认定", "重新通过认定", false}, {"复评", "", true},
		{"未增长", "未增长", false}, {"下降", "", true},
		{"未保持", "未保持", false}, {"否", "", true},
	}
	if d := cmp.Diff(want, got, cmp.AllowUnexported(parsed{})); d != "" {
		t.Errorf("parse (-want +got):\n%s", d)
	}
	if _, err := productivity.ParseLocality("温州市"); err == nil || !strings.Contains(err.Error(), "鹿城区") || !strings.Contains(err.Error(), "泰顺县") {
		t.Errorf("ParseLocality error should list the valid localities, got %v", err)
	}
}

// A cap (不超过300万元) may be lowered by a district's rules, never raised;
// the document's book is unchanged.
func TestDerivedBook(t *testing.T) {
	local := &rules.Document{Number: "瓯海区技改实施细则（示例）", Title: "智能化技改追加补助实施细则", Issuer: "瓯海区经信局",
		Issued: rules.MustDate(2023, 1, 1), InForce: rules.Since(rules.MustDate(2023, 1, 1))}
	override := func(v string) rules.Override {
		return rules.Override{Param: "tech_upgrade_bonus_cap", From: rules.MustDate(2023, 1, 1), Value: v,
			Cite: local.Cite("三", "追加补助总额不超过"+v+"元")}
	}
	derived, err := productivity.Book().Derive(override("2000000"))
	if err != nil {
		t.Fatal(err)
	}
	big := productivity.TechUpgrade{InProduction: true, OutputGrowth: d("0.2"), ProductivityGrowth: d("0.4"), Base: d("50000000")}
	got, err := productivity.MustEvaluator(derived).TechUpgradeBonus(dayIn, firm, big)
	if err != nil {
		t.Fatal(err)
	}
	orig, err := productivity.TechUpgradeBonus(dayIn, firm, big)
	if err != nil {
		t.Fatal(err)
	}
	// 50,000,000 × 10% = 5,000,000: capped at the district's 2,000,000, the document's 3,000,000.
	if got.Amount.StringFixed(2) != "2000000.00" || orig.Amount.StringFixed(2) != "3000000.00" {
		t.Errorf("derived %s, original %s; want 2000000.00, 3000000.00", got.Amount, orig.Amount)
	}
	if _, err := productivity.Book().Derive(override("4000000")); !errors.Is(err, rules.ErrInvalidOverride) {
		t.Errorf("raising the cap (不超过300万元): want ErrInvalidOverride, got %v", err)
	}
	if _, err := productivity.NewEvaluator(derived); err != nil {
		t.Errorf("NewEvaluator over a derived book: %v", err)
	}
}

func TestEveryEntryPointHasAnExample(t *testing.T) {
	rulestest.Examples(t, ".", "Evaluator")
}
