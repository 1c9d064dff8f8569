package welfare_test

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
	"github.com/wzpolicy/wzpolicy/welfare"
)

func TestChildBasicLiving(t *testing.T) {
	r := welfare.RuleChildBasicLiving
	c := "二、6 …年基本生活最低养育标准均按不低于当地上年度城镇常住居民人均生活消费支出的 70%确定"
	severe := "二、6 低保低边中的重度残疾和三级四级精神、智力残疾儿童"
	// On 2023-06-01: born 2005-06-01 is 18, 2005-06-02 is 17.
	in := func(born, category string) rules.Inputs {
		return rules.Inputs{"birth_date": born, "category": category, "living_consumption": "30000"}
	}
	disabled := func(status, kind string, grade int) rules.Inputs {
		return rules.Inputs{"birth_date": "2015-01-01", "household_status": status, "disability": kind, "disability_grade": grade, "living_consumption": "30000"}
	}
	// 30,000 × 70% = 21,000 a year, 1,750 a month.
	full := want("yearly", "21000.00", "monthly", "1750.00")
	rulestest.Run(t, welfare.Book(), []rulestest.Case{
		{Name: "scattered orphan", Clause: c, Rule: r, Date: dayIn, Inputs: in("2013-03-01", "社会散居孤儿"), Want: full},
		{Name: "orphan in an institution, aged 17", Clause: c, Rule: r, Date: dayIn, Inputs: in("2005-06-02", "机构养育孤儿"), Want: full},
		{Name: "orphan in an institution, aged 18", Clause: "二、6 孤困儿童（未满18周岁）", Rule: r, Date: dayIn, Inputs: in("2005-06-01", "机构养育孤儿"), Failed: []string{"child"}},
		{Name: "HIV-infected child", Clause: c, Rule: r, Date: dayIn, Inputs: in("2018-01-01", "艾滋病病毒感染儿童"), Want: full},
		{Name: "de facto unsupported child", Clause: c, Rule: r, Date: dayIn, Inputs: in("2011-01-01", "事实无人抚养儿童"), Want: full},
		{Name: "低保 child, physical disability grade 2", Clause: severe, Rule: r, Date: dayIn, Inputs: disabled("低保", "肢体", 2), Want: full},
		{Name: "低保 child, physical disability grade 3", Clause: severe, Rule: r, Date: dayIn, Inputs: disabled("低保", "肢体", 3), Failed: []string{"category"}},
		{Name: "低边 child, visual disability grade 1", Clause: severe, Rule: r, Date: dayIn, Inputs: disabled("低边", "视力", 1), Want: full},
		{Name: "低保 child, intellectual disability grade 3", Clause: severe, Rule: r, Date: dayIn, Inputs: disabled("低保", "智力", 3), Want: full},
		{Name: "低边 child, mental disability grade 4", Clause: severe, Rule: r, Date: dayIn, Inputs: disabled("低边", "精神", 4), Want: full},
		{Name: "低保 child, multiple disability grade 3", Clause: severe, Rule: r, Date: dayIn, Inputs: disabled("低保", "多重", 3), Failed: []string{"category"}},
		{Name: "severely disabled child not in 低保 or 低边", Clause: severe, Rule: r, Date: dayIn, Inputs: disabled("无", "肢体", 1), Failed: []string{"category"}},
		{Name: "低边 child in difficulty", Clause: "二、6 低保低边中的其他困境儿童", Rule: r, Date: dayIn, Inputs: merge(in("2012-01-01", "困境儿童"), "household_status", "低边"), Want: full},
		{Name: "child in difficulty outside 低保 and 低边", Clause: "二、6 低保低边中的其他困境儿童", Rule: r, Date: dayIn, Inputs: in("2012-01-01", "困境儿童"), Failed: []string{"category"}},
		{Name: "an adult without a category", Clause: c, Rule: r, Date: dayIn, Inputs: in("1990-01-01", "无"), Failed: []string{"child", "category"}},
		// 30,000.01 × 70% = 21,000.007 → up to 21,000.01; / 12 = 1,750.000583… → 1,750.01
		{Name: "the floor rounds up to the fen", Clause: c, Rule: r, Date: dayIn, Inputs: merge(in("2013-03-01", "社会散居孤儿"), "living_consumption", "30000.01"),
			Want: want("yearly", "21000.01", "monthly", "1750.01")},
		{Name: "first day in force", Clause: inForce, Rule: r, Date: firstDay, Inputs: in("2013-03-01", "社会散居孤儿"), Want: full},
		{Name: "last day in force", Clause: inForce, Rule: r, Date: lastDay, Inputs: in("2013-03-01", "社会散居孤儿"), Want: full},
		{Name: "the day before the policy", Clause: inForce, Rule: r, Date: dayBefore, Inputs: in("2013-03-01", "社会散居孤儿"), Err: rules.ErrNotInForce},
		{Name: "the day after it expires", Clause: inForce, Rule: r, Date: dayAfter, Inputs: in("2013-03-01", "社会散居孤儿"), Err: rules.ErrNotInForce},
		{Name: "a grade without a disability", Clause: severe, Rule: r, Date: dayIn, Inputs: disabled("低保", "无", 2), Err: rules.ErrInvalidInput, Field: "disability_grade"},
		{Name: "a disability without a grade", Clause: severe, Rule: r, Date: dayIn, Inputs: disabled("低保", "肢体", 0), Err: rules.ErrInvalidInput, Field: "disability_grade"},
		{Name: "grade 5", Clause: severe, Rule: r, Date: dayIn, Inputs: disabled("低保", "肢体", 5), Err: rules.ErrInvalidInput, Field: "disability_grade"},
		{Name: "an unknown category", Clause: c, Rule: r, Date: dayIn, Inputs: in("2013-03-01", "孤儿"), Err: rules.ErrInvalidInput, Field: "category"},
		{Name: "no living consumption statistic", Clause: c, Rule: r, Date: dayIn, Inputs: merge(in("2013-03-01", "社会散居孤儿"), "living_consumption", nil),
			Err: rules.ErrInvalidInput, Field: "living_consumption"},
	})
}

func TestFamilyPlanningGrant(t *testing.T) {
	r := welfare.RuleFamilyPlanningGrant
	c := "二、7 对市区患重病的计生困难家庭…分别给予3500元/户、3000元/户、1500元/户补助"
	in := func(hukou, category string) rules.Inputs { return rules.Inputs{"hukou": hukou, "category": category} }
	rulestest.Run(t, welfare.Book(), []rulestest.Case{
		{Name: "serious illness", Clause: c, Rule: r, Date: dayIn, Inputs: in("鹿城区", "患重病的计生困难家庭"), Want: want("grant", "3500.00")},
		{Name: "only child died or disabled", Clause: c, Rule: r, Date: dayIn, Inputs: in("洞头区", "独生子女死亡或伤残家庭"), Want: want("grant", "3000.00")},
		{Name: "special living difficulty", Clause: c, Rule: r, Date: dayIn, Inputs: in("市本级", "生活有特殊困难的计生家庭"), Want: want("grant", "3000.00")},
		{Name: "left-behind members", Clause: c, Rule: r, Date: dayIn, Inputs: in("市级功能区", "计生困难家庭留守人员"), Want: want("grant", "1500.00")},
		{Name: "a county is not 市区", Clause: "二、7 对市区…；附则1 市区是指…", Rule: r, Date: dayIn, Inputs: in("瑞安市", "患重病的计生困难家庭"), Failed: []string{"urban"}},
		{Name: "not recognised", Clause: "二、7 经认定后", Rule: r, Date: dayIn, Inputs: rules.Inputs{"hukou": "鹿城区"}, Failed: []string{"recognised"}},
		{Name: "outside Wenzhou and not recognised", Clause: c, Rule: r, Date: dayIn, Inputs: in("市外", "无"), Failed: []string{"urban", "recognised"}},
		{Name: "first day in force", Clause: inForce, Rule: r, Date: firstDay, Inputs: in("龙湾区", "患重病的计生困难家庭"), Want: want("grant", "3500.00")},
		{Name: "last day in force", Clause: inForce, Rule: r, Date: lastDay, Inputs: in("瓯海区", "计生困难家庭留守人员"), Want: want("grant", "1500.00")},
		{Name: "the day before the policy", Clause: inForce, Rule: r, Date: dayBefore, Inputs: in("龙湾区", "患重病的计生困难家庭"), Err: rules.ErrNotInForce},
		{Name: "the day after it expires", Clause: inForce, Rule: r, Date: dayAfter, Inputs: in("龙湾区", "患重病的计生困难家庭"), Err: rules.ErrNotInForce},
		{Name: "an unknown category", Clause: c, Rule: r, Date: dayIn, Inputs: in("鹿城区", "留守儿童"), Err: rules.ErrInvalidInput, Field: "category"},
	})
}

func TestWorkerLivingAid(t *testing.T) {
	r := welfare.RuleWorkerLivingAid
	c := "二、8 给予每户每年不超过当地最低生活保障标准年度总和的生活帮扶"
	base := rules.Inputs{"registered": true, "dibao_standard": "1085"}
	rulestest.Run(t, welfare.Book(), []rulestest.Case{
		// 1,085 × 12 = 13,020
		{Name: "registered household", Clause: c, Rule: r, Date: dayIn, Inputs: base, Want: want("max_aid", "13020.00")},
		// 1,085.55 × 12 = 13,026.60
		{Name: "a standard with fen", Clause: c, Rule: r, Date: dayIn, Inputs: merge(base, "dibao_standard", "1085.55"), Want: want("max_aid", "13026.60")},
		{Name: "not registered", Clause: "二、8 对建档困难职工家庭，经认定后", Rule: r, Date: dayIn, Inputs: merge(base, "registered", false), Failed: []string{"registered"}},
		{Name: "first day in force", Clause: inForce, Rule: r, Date: firstDay, Inputs: base, Want: want("max_aid", "13020.00")},
		{Name: "last day in force", Clause: inForce, Rule: r, Date: lastDay, Inputs: base, Want: want("max_aid", "13020.00")},
		{Name: "the day before the policy", Clause: inForce, Rule: r, Date: dayBefore, Inputs: base, Err: rules.ErrNotInForce},
		{Name: "the day after it expires", Clause: inForce, Rule: r, Date: dayAfter, Inputs: base, Err: rules.ErrNotInForce},
		{Name: "no 低保 standard", Clause: c, Rule: r, Date: dayIn, Inputs: rules.Inputs{"registered": true}, Err: rules.ErrInvalidInput, Field: "dibao_standard"},
	})
}

func TestMentalHealthSubsidy(t *testing.T) {
	r := welfare.RuleMentalHealthSubsidy
	guardian := "二、9 给予I类患者每人每月150元，Ⅱ类患者每人每月400元的补助"
	care := "二、9 对纳入当地村（社）管理的特困供养、低保低边中的患者…给予每人每月200元的补贴"
	injection := "二、9 …精神分裂症患者…经评估认定后给予患者每年每人1万元补助"
	g := rules.Inputs{"part": "监护补助", "patient": true, "risk_class": "Ⅰ类", "guardian_fulfils": true}
	cr := rules.Inputs{"part": "护理照料补贴", "patient": true, "community_managed": true, "household_status": "低边"}
	inj := rules.Inputs{"part": "长效针剂补助", "patient": true, "schizophrenia": true, "poor_compliance": true, "weak_guardianship": true,
		"incident_risk": true, "injection_approved": true}
	rulestest.Run(t, welfare.Book(), []rulestest.Case{
		{Name: "guardian of a class Ⅰ patient", Clause: guardian, Rule: r, Date: dayIn, Inputs: g, Want: want("monthly", "150.00", "yearly", "0.00")},
		{Name: "guardian of a class Ⅱ patient", Clause: guardian, Rule: r, Date: dayIn, Inputs: merge(g, "risk_class", "Ⅱ类"), Want: want("monthly", "400.00")},
		{Name: "patient without a risk class", Clause: guardian, Rule: r, Date: dayIn, Inputs: merge(g, "risk_class", nil), Failed: []string{"risk_class"}},
		{Name: "guardian not fulfilling the duty", Clause: guardian, Rule: r, Date: dayIn, Inputs: merge(g, "guardian_fulfils", false), Failed: []string{"guardian_fulfils"}},
		{Name: "not a patient under management", Clause: guardian, Rule: r, Date: dayIn, Inputs: merge(g, "patient", false), Failed: []string{"patient"}},
		{Name: "the risk class spelt with a Latin I", Clause: guardian, Rule: r, Date: dayIn, Inputs: merge(g, "risk_class", "I类"), Err: rules.ErrInvalidInput, Field: "risk_class"},
		{Name: "低边 patient under community management", Clause: care, Rule: r, Date: dayIn, Inputs: cr, Want: want("monthly", "200.00")},
		{Name: "特困 patient under community management", Clause: care, Rule: r, Date: dayIn, Inputs: merge(cr, "household_status", nil, "tekun_support", "分散供养"), Want: want("monthly", "200.00")},
		{Name: "patient not in hardship", Clause: care, Rule: r, Date: dayIn, Inputs: merge(cr, "household_status", "无"), Failed: []string{"hardship"}},
		{Name: "低保 patient not under community management", Clause: care, Rule: r, Date: dayIn, Inputs: merge(cr, "household_status", "低保", "community_managed", false),
			Failed: []string{"community_managed"}},
		{Name: "long-acting injection, every condition met", Clause: injection, Rule: r, Date: dayIn, Inputs: inj, Want: want("yearly", "10000.00", "monthly", "0.00")},
		{Name: "long-acting injection without an incident risk", Clause: injection, Rule: r, Date: dayIn, Inputs: merge(inj, "incident_risk", nil), Failed: []string{"incident_risk"}},
		{Name: "long-acting injection not yet assessed, compliant", Clause: injection, Rule: r, Date: dayIn, Inputs: merge(inj, "poor_compliance", false, "injection_approved", false),
			Failed: []string{"poor_compliance", "injection_approved"}},
		{Name: "first day in force", Clause: inForce, Rule: r, Date: firstDay, Inputs: g, Want: want("monthly", "150.00")},
		{Name: "last day in force", Clause: inForce, Rule: r, Date: lastDay, Inputs: inj, Want: want("yearly", "10000.00")},
		{Name: "the day before the policy", Clause: inForce, Rule: r, Date: dayBefore, Inputs: g, Err: rules.ErrNotInForce},
		{Name: "the day after it expires", Clause: inForce, Rule: r, Date: dayAfter, Inputs: inj, Err: rules.ErrNotInForce},
		{Name: "which subsidy is not said", Clause: guardian, Rule: r, Date: dayIn, Inputs: merge(g, "part", nil), Err: rules.ErrInvalidInput, Field: "part"},
		{Name: "a subsidy the clause does not have", Clause: guardian, Rule: r, Date: dayIn, Inputs: merge(g, "part", "住院补助"), Err: rules.ErrInvalidInput, Field: "part"},
	})
}
