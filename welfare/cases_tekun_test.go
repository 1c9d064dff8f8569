package welfare_test

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
	"github.com/wzpolicy/wzpolicy/welfare"
)

func TestTekunBasicStandard(t *testing.T) {
	r := welfare.RuleTekunBasicStandard
	c := "二、3 不低于上年度当地城镇居民人均消费支出的50%且不低于低保标准的1.3倍"
	base := rules.Inputs{"urban_consumption": "36000", "dibao_standard": "1085"}
	byConsumption, byDibao := "按上年度城镇居民人均消费支出", "按低保标准倍数"
	rulestest.Run(t, welfare.Book(), []rulestest.Case{
		// 36,000 × 50% = 18,000 > 1,085 × 1.3 × 12 = 16,926; 18,000 / 12 = 1,500
		{Name: "consumption binds", Clause: c, Rule: r, Date: dayIn, Inputs: base,
			Want: want("monthly", "1500.00", "yearly", "18000.00", "binding", byConsumption)},
		// 30,000 × 50% = 15,000 < 16,926; 1,085 × 1.3 = 1,410.50
		{Name: "the 低保 multiple binds", Clause: c, Rule: r, Date: dayIn, Inputs: merge(base, "urban_consumption", "30000"),
			Want: want("monthly", "1410.50", "yearly", "16926.00", "binding", byDibao)},
		// 33,852 × 50% = 16,926: both floors equal
		{Name: "both floors equal", Clause: c, Rule: r, Date: dayIn, Inputs: merge(base, "urban_consumption", "33852"),
			Want: want("monthly", "1410.50", "yearly", "16926.00", "binding", byConsumption)},
		// 33,851.98 × 50% = 16,925.99 < 16,926
		{Name: "consumption a fen short of the multiple", Clause: c, Rule: r, Date: dayIn, Inputs: merge(base, "urban_consumption", "33851.98"),
			Want: want("yearly", "16926.00", "binding", byDibao)},
		// 36,001 × 50% = 18,000.50; / 12 = 1,500.041666… → up to 1,500.05
		{Name: "a monthly floor rounds up to the fen", Clause: c, Rule: r, Date: dayIn, Inputs: merge(base, "urban_consumption", "36001"),
			Want: want("monthly", "1500.05", "yearly", "18000.50")},
		// 1,085.51 × 1.3 = 1,411.163 → 1,411.17; × 12 = 16,933.956 → 16,933.96
		{Name: "the multiple of a standard with fen rounds up", Clause: c, Rule: r, Date: dayIn,
			Inputs: merge(base, "urban_consumption", "30000", "dibao_standard", "1085.51"), Want: want("monthly", "1411.17", "yearly", "16933.96")},
		{Name: "first day in force", Clause: inForce, Rule: r, Date: firstDay, Inputs: base, Want: want("monthly", "1500.00")},
		{Name: "last day in force", Clause: inForce, Rule: r, Date: lastDay, Inputs: base, Want: want("monthly", "1500.00")},
		{Name: "the day before the policy", Clause: inForce, Rule: r, Date: dayBefore, Inputs: base, Err: rules.ErrNotInForce},
		{Name: "the day after it expires", Clause: inForce, Rule: r, Date: dayAfter, Inputs: base, Err: rules.ErrNotInForce},
		{Name: "no consumption statistic", Clause: c, Rule: r, Date: dayIn, Inputs: merge(base, "urban_consumption", nil), Err: rules.ErrInvalidInput, Field: "urban_consumption"},
		{Name: "a zero 低保 standard", Clause: c, Rule: r, Date: dayIn, Inputs: merge(base, "dibao_standard", "0"), Err: rules.ErrInvalidInput, Field: "dibao_standard"},
	})
}

func TestTekunCareFee(t *testing.T) {
	r := welfare.RuleTekunCareFee
	c := "二、3 原则上分别按当地月最低工资标准的80%、40%、20%、10%确定"
	dispersed := "二、3 分散供养特困人员照料护理费用，按…标准的50%执行"
	in := func(support, selfCare string) rules.Inputs {
		return rules.Inputs{"tekun_support": support, "self_care": selfCare, "minimum_wage": "2280"}
	}
	rulestest.Run(t, welfare.Book(), []rulestest.Case{
		// 2,280 × 80% = 1,824
		{Name: "social institution, fully dependent", Clause: c, Rule: r, Date: dayIn, Inputs: in("社会机构集中供养", "完全丧失生活自理能力"),
			Want: want("care_fee", "1824.00", "institutional_fee", "1824.00")},
		{Name: "social institution, moderately dependent", Clause: c, Rule: r, Date: dayIn, Inputs: in("社会机构集中供养", "中度丧失生活自理能力"), Want: want("care_fee", "912.00")},
		{Name: "social institution, mildly dependent", Clause: c, Rule: r, Date: dayIn, Inputs: in("社会机构集中供养", "轻度丧失生活自理能力"), Want: want("care_fee", "456.00")},
		{Name: "social institution, able", Clause: c, Rule: r, Date: dayIn, Inputs: in("社会机构集中供养", "具备生活自理能力"), Want: want("care_fee", "228.00")},
		// 1,824 × 50% = 912
		{Name: "dispersed, fully dependent", Clause: dispersed, Rule: r, Date: dayIn, Inputs: in("分散供养", "完全丧失生活自理能力"),
			Want: want("care_fee", "912.00", "institutional_fee", "1824.00")},
		// 228 × 50% = 114
		{Name: "dispersed, self-care not assessed counts as able", Clause: dispersed, Rule: r, Date: dayIn,
			Inputs: rules.Inputs{"tekun_support": "分散供养", "minimum_wage": "2280"}, Want: want("care_fee", "114.00")},
		// 2,281.01 × 10% × 50% = 114.0505 → 114.05
		{Name: "dispersed fee rounded to the fen", Clause: dispersed, Rule: r, Date: dayIn, Inputs: merge(in("分散供养", "具备生活自理能力"), "minimum_wage", "2281.01"),
			Want: want("care_fee", "114.05")},
		{Name: "a government-run institution fixes its own fee", Clause: "二、3 在政府设立的供养服务机构集中供养的…由当地财政、民政部门核定", Rule: r, Date: dayIn,
			Inputs: in("政府供养机构集中供养", "完全丧失生活自理能力"), Err: rules.ErrCaseByCase},
		{Name: "not a 特困 person", Clause: "二、3 特困人员照料护理费用", Rule: r, Date: dayIn, Inputs: in("非特困人员", "完全丧失生活自理能力"), Failed: []string{"tekun"}},
		{Name: "first day in force", Clause: inForce, Rule: r, Date: firstDay, Inputs: in("社会机构集中供养", "完全丧失生活自理能力"), Want: want("care_fee", "1824.00")},
		{Name: "last day in force", Clause: inForce, Rule: r, Date: lastDay, Inputs: in("社会机构集中供养", "完全丧失生活自理能力"), Want: want("care_fee", "1824.00")},
		{Name: "the day before the policy", Clause: inForce, Rule: r, Date: dayBefore, Inputs: in("分散供养", "具备生活自理能力"), Err: rules.ErrNotInForce},
		{Name: "the day after it expires", Clause: inForce, Rule: r, Date: dayAfter, Inputs: in("分散供养", "具备生活自理能力"), Err: rules.ErrNotInForce},
		{Name: "a self-care class of another scale", Clause: c, Rule: r, Date: dayIn, Inputs: in("分散供养", "生活完全不能自理"), Err: rules.ErrInvalidInput, Field: "self_care"},
		{Name: "no minimum wage", Clause: c, Rule: r, Date: dayIn, Inputs: rules.Inputs{"tekun_support": "分散供养"}, Err: rules.ErrInvalidInput, Field: "minimum_wage"},
	})
}

func TestVeteranSupplement(t *testing.T) {
	r := welfare.RuleVeteranSupplement
	c := "二、4 对低保中的退役军人，给予每人每月增发不低于当地最低生活保障标准10%的生活补助"
	base := rules.Inputs{"veteran": true, "household_status": "低保", "dibao_standard": "1085"}
	rulestest.Run(t, welfare.Book(), []rulestest.Case{
		// 1,085 × 10% = 108.50
		{Name: "veteran in a 低保 household", Clause: c, Rule: r, Date: dayIn, Inputs: base, Want: want("supplement", "108.50")},
		// 1,085.51 × 10% = 108.551 → up to 108.56 (not below the floor)
		{Name: "a floor of 108.551 rounds up", Clause: c, Rule: r, Date: dayIn, Inputs: merge(base, "dibao_standard", "1085.51"), Want: want("supplement", "108.56")},
		{Name: "veteran in a 低边 household", Clause: c, Rule: r, Date: dayIn, Inputs: merge(base, "household_status", "低边"), Failed: []string{"dibao"}},
		{Name: "a 低保 member who is not a veteran", Clause: c, Rule: r, Date: dayIn, Inputs: merge(base, "veteran", nil), Failed: []string{"veteran"}},
		{Name: "neither", Clause: c, Rule: r, Date: dayIn, Inputs: rules.Inputs{"dibao_standard": "1085"}, Failed: []string{"veteran", "dibao"}},
		{Name: "first day in force", Clause: inForce, Rule: r, Date: firstDay, Inputs: base, Want: want("supplement", "108.50")},
		{Name: "last day in force", Clause: inForce, Rule: r, Date: lastDay, Inputs: base, Want: want("supplement", "108.50")},
		{Name: "the day before the policy", Clause: inForce, Rule: r, Date: dayBefore, Inputs: base, Err: rules.ErrNotInForce},
		{Name: "the day after it expires", Clause: inForce, Rule: r, Date: dayAfter, Inputs: base, Err: rules.ErrNotInForce},
		{Name: "veteran given as text", Clause: c, Rule: r, Date: dayIn, Inputs: merge(base, "veteran", "是"), Err: rules.ErrInvalidInput, Field: "veteran"},
		{Name: "no 低保 standard", Clause: c, Rule: r, Date: dayIn, Inputs: merge(base, "dibao_standard", nil), Err: rules.ErrInvalidInput, Field: "dibao_standard"},
	})
}

func TestElderlyCareSubsidy(t *testing.T) {
	r := welfare.RuleElderlyCareSubsidy
	c := "二、5 以服务形式对城乡低保60周岁以上居家养老的失能、失智及高龄老年人给予养老服务补贴"
	tiers := "二、5 按照生活完全不能自理、基本不能自理、部分不能自理分为三档…每人每月500元、250元、125元"
	highAge := "二、5 80周岁以上的高龄老年人按每人每月125元执行"
	// On 2023-06-01: born 1963-06-01 is 60, 1963-06-02 is 59; born
	// 1943-06-01 is 80, 1943-06-02 is 79.
	in := func(born, selfCare string) rules.Inputs {
		return rules.Inputs{"birth_date": born, "household_status": "低保", "self_care": selfCare}
	}
	rulestest.Run(t, welfare.Book(), []rulestest.Case{
		{Name: "aged 60, fully dependent", Clause: tiers, Rule: r, Date: dayIn, Inputs: in("1963-06-01", "完全丧失生活自理能力"), Want: want("subsidy", "500.00")},
		{Name: "aged 59, fully dependent", Clause: c, Rule: r, Date: dayIn, Inputs: in("1963-06-02", "完全丧失生活自理能力"), Failed: []string{"aged_60"}},
		{Name: "moderately dependent: 基本不能自理", Clause: tiers, Rule: r, Date: dayIn, Inputs: in("1955-01-01", "中度丧失生活自理能力"), Want: want("subsidy", "250.00")},
		{Name: "mildly dependent: 部分不能自理", Clause: tiers, Rule: r, Date: dayIn, Inputs: in("1955-01-01", "轻度丧失生活自理能力"), Want: want("subsidy", "125.00")},
		{Name: "aged 80, able: high age", Clause: highAge, Rule: r, Date: dayIn, Inputs: in("1943-06-01", "具备生活自理能力"), Want: want("subsidy", "125.00")},
		{Name: "aged 79, able, not demented", Clause: c, Rule: r, Date: dayIn, Inputs: in("1943-06-02", "具备生活自理能力"), Failed: []string{"in_need"}},
		// max(500, 125) = 500
		{Name: "aged 85 and fully dependent: the higher tier", Clause: tiers, Rule: r, Date: dayIn, Inputs: in("1938-01-01", "完全丧失生活自理能力"), Want: want("subsidy", "500.00")},
		{Name: "demented, mildly dependent", Clause: tiers, Rule: r, Date: dayIn, Inputs: merge(in("1950-01-01", "轻度丧失生活自理能力"), "dementia", true), Want: want("subsidy", "125.00")},
		{Name: "demented, assessed able, under 80: no tier", Clause: tiers, Rule: r, Date: dayIn, Inputs: merge(in("1950-01-01", "具备生活自理能力"), "dementia", true), Err: rules.ErrCaseByCase},
		{Name: "demented, able, aged 80: high age", Clause: highAge, Rule: r, Date: dayIn, Inputs: merge(in("1943-06-01", "具备生活自理能力"), "dementia", true), Want: want("subsidy", "125.00")},
		{Name: "低边 elder at home: set locally", Clause: "二、5 居家养老的低保低边60周岁以上…由各地结合实际确定", Rule: r, Date: dayIn,
			Inputs: merge(in("1950-01-01", "完全丧失生活自理能力"), "household_status", "低边"), Err: rules.ErrCaseByCase},
		{Name: "低边 elder not in need", Clause: c, Rule: r, Date: dayIn, Inputs: merge(in("1950-01-01", "具备生活自理能力"), "household_status", "低边"),
			Failed: []string{"dibao", "in_need"}},
		{Name: "低边 elder in an institution", Clause: "二、5 经县级民政部门批准纳入机构养老的城乡低保…", Rule: r, Date: dayIn,
			Inputs: merge(in("1950-01-01", "完全丧失生活自理能力"), "household_status", "低边", "care_mode", "机构养老", "county_approved", true, "institution_care_standard", "912"),
			Failed: []string{"dibao"}},
		{Name: "not assisted", Clause: c, Rule: r, Date: dayIn, Inputs: merge(in("1950-01-01", "完全丧失生活自理能力"), "household_status", nil), Failed: []string{"dibao"}},
		{Name: "approved institutional care: the local 特困 standard", Clause: "二、5 可参照当地特困供养人员护理费用标准执行", Rule: r, Date: dayIn,
			Inputs: merge(in("1950-01-01", "中度丧失生活自理能力"), "care_mode", "机构养老", "county_approved", true, "institution_care_standard", "912"),
			Want:   want("subsidy", "912.00")},
		{Name: "institutional care not approved", Clause: "二、5 经县级民政部门批准纳入机构养老", Rule: r, Date: dayIn,
			Inputs: merge(in("1950-01-01", "中度丧失生活自理能力"), "care_mode", "机构养老"), Failed: []string{"care_setting"}},
		{Name: "approved institutional care without the standard", Clause: "二、5 可参照当地特困供养人员护理费用标准执行", Rule: r, Date: dayIn,
			Inputs: merge(in("1950-01-01", "中度丧失生活自理能力"), "care_mode", "机构养老", "county_approved", true),
			Err:    rules.ErrInvalidInput, Field: "institution_care_standard"},
		// 1944-02-29 turns 80 on 2024-02-29.
		{Name: "born on 29 February, the day before turning 80", Clause: highAge, Rule: r, Date: rules.MustDate(2024, 2, 28),
			Inputs: in("1944-02-29", "具备生活自理能力"), Failed: []string{"in_need"}},
		{Name: "born on 29 February, turning 80", Clause: highAge, Rule: r, Date: rules.MustDate(2024, 2, 29),
			Inputs: in("1944-02-29", "具备生活自理能力"), Want: want("subsidy", "125.00")},
		{Name: "first day in force", Clause: inForce, Rule: r, Date: firstDay, Inputs: in("1950-01-01", "完全丧失生活自理能力"), Want: want("subsidy", "500.00")},
		{Name: "last day in force", Clause: inForce, Rule: r, Date: lastDay, Inputs: in("1950-01-01", "完全丧失生活自理能力"), Want: want("subsidy", "500.00")},
		{Name: "the day before the policy", Clause: inForce, Rule: r, Date: dayBefore, Inputs: in("1950-01-01", "完全丧失生活自理能力"), Err: rules.ErrNotInForce},
		{Name: "the day after it expires", Clause: inForce, Rule: r, Date: dayAfter, Inputs: in("1950-01-01", "完全丧失生活自理能力"), Err: rules.ErrNotInForce},
		{Name: "born after the evaluation date", Clause: c, Rule: r, Date: dayIn, Inputs: in("2023-06-02", "具备生活自理能力"), Err: rules.ErrInvalidInput, Field: "birth_date"},
		{Name: "no date of birth", Clause: c, Rule: r, Date: dayIn, Inputs: rules.Inputs{"household_status": "低保"}, Err: rules.ErrInvalidInput, Field: "birth_date"},
		{Name: "a date of birth that does not exist", Clause: c, Rule: r, Date: dayIn, Inputs: in("1950-02-30", "具备生活自理能力"), Err: rules.ErrInvalidInput, Field: "birth_date"},
		{Name: "an unknown care mode", Clause: c, Rule: r, Date: dayIn, Inputs: merge(in("1950-01-01", "完全丧失生活自理能力"), "care_mode", "社区养老"),
			Err: rules.ErrInvalidInput, Field: "care_mode"},
	})
}

func TestHighAgeAllowance(t *testing.T) {
	r := welfare.RuleHighAgeAllowance
	c := "二、5 80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元"
	in := func(born, hukou string) rules.Inputs { return rules.Inputs{"birth_date": born, "hukou": hukou} }
	// Ages on 2023-06-01.
	rulestest.Run(t, welfare.Book(), []rulestest.Case{
		{Name: "aged 79", Clause: c, Rule: r, Date: dayIn, Inputs: in("1943-06-02", "鹿城区"), Failed: []string{"aged_80"}},
		{Name: "aged 80", Clause: c, Rule: r, Date: dayIn, Inputs: in("1943-06-01", "鹿城区"), Want: want("allowance", "50.00", "urban", "true")},
		{Name: "aged 89", Clause: c, Rule: r, Date: dayIn, Inputs: in("1933-06-02", "龙湾区"), Want: want("allowance", "50.00")},
		{Name: "aged 90", Clause: c, Rule: r, Date: dayIn, Inputs: in("1933-06-01", "瓯海区"), Want: want("allowance", "200.00")},
		{Name: "aged 99", Clause: c, Rule: r, Date: dayIn, Inputs: in("1923-06-02", "洞头区"), Want: want("allowance", "200.00")},
		{Name: "aged 100: 以上 includes 100", Clause: c + "；附则1 “以上”均包含本数", Rule: r, Date: dayIn, Inputs: in("1923-06-01", "市本级"), Want: want("allowance", "500.00")},
		{Name: "aged 105", Clause: c, Rule: r, Date: dayIn, Inputs: in("1918-01-01", "市级功能区"), Want: want("allowance", "500.00", "urban", "true")},
		{Name: "a county follows the standard", Clause: "二、5 各县（市）参照执行", Rule: r, Date: dayIn, Inputs: in("1943-06-01", "瑞安市"), Want: want("allowance", "50.00", "urban", "false")},
		{Name: "a mountain county, aged 100", Clause: "二、5 各县（市）参照执行", Rule: r, Date: dayIn, Inputs: in("1923-06-01", "泰顺县"), Want: want("allowance", "500.00", "urban", "false")},
		{Name: "registered outside Wenzhou", Clause: "附则1 本政策适用对象原则上为温州户籍的个人或家庭", Rule: r, Date: dayIn, Inputs: in("1930-01-01", "市外"), Failed: []string{"wenzhou_hukou"}},
		{Name: "outside Wenzhou and aged 79", Clause: "附则1 本政策适用对象原则上为温州户籍的个人或家庭", Rule: r, Date: dayIn, Inputs: in("1943-06-02", "市外"), Failed: []string{"wenzhou_hukou", "aged_80"}},
		{Name: "born on 29 February 1944, 28 February 2024", Clause: c, Rule: r, Date: rules.MustDate(2024, 2, 28), Inputs: in("1944-02-29", "鹿城区"), Failed: []string{"aged_80"}},
		{Name: "born on 29 February 1944, 29 February 2024", Clause: c, Rule: r, Date: rules.MustDate(2024, 2, 29), Inputs: in("1944-02-29", "鹿城区"), Want: want("allowance", "50.00")},
		{Name: "turning 80 on the first day in force", Clause: inForce, Rule: r, Date: firstDay, Inputs: in("1942-05-01", "鹿城区"), Want: want("allowance", "50.00")},
		{Name: "turning 100 on the last day in force", Clause: inForce, Rule: r, Date: lastDay, Inputs: in("1925-12-31", "鹿城区"), Want: want("allowance", "500.00")},
		{Name: "the day before the policy", Clause: inForce, Rule: r, Date: dayBefore, Inputs: in("1942-04-30", "鹿城区"), Err: rules.ErrNotInForce},
		{Name: "the day after it expires", Clause: inForce, Rule: r, Date: dayAfter, Inputs: in("1925-12-31", "鹿城区"), Err: rules.ErrNotInForce},
		{Name: "a locality outside the document", Clause: "附则1 市区是指…", Rule: r, Date: dayIn, Inputs: in("1930-01-01", "杭州市"), Err: rules.ErrInvalidInput, Field: "hukou"},
		{Name: "no registration", Clause: c, Rule: r, Date: dayIn, Inputs: rules.Inputs{"birth_date": "1930-01-01"}, Err: rules.ErrInvalidInput, Field: "hukou"},
	})
}
