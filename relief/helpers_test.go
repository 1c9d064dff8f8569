package relief_test

import (
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

// Dates of the notice (附则3: 自2022年4月1日起生效……有效期至2022年6月30日).
var (
	docFirst = rules.MustDate(2022, 4, 1)
	docLast  = rules.MustDate(2022, 6, 30)
	dayIn    = rules.MustDate(2022, 5, 16)

	jan1     = rules.MustDate(2022, 1, 1)
	dec31    = rules.MustDate(2022, 12, 31)
	dec31y21 = rules.MustDate(2021, 12, 31)
	mar31    = rules.MustDate(2022, 3, 31)
	jul1     = rules.MustDate(2022, 7, 1)
)

const (
	clauseScope  = "附则1 注册地和财政收入在市区范围内具有独立法人资格的企业，不含房地产企业、国有及国有控股企业、行政事业单位"
	clauseMuJun  = "附则2 “亩均论英雄”综合评价C、D类企业、列入严重失信名单企业均不享受资金奖补政策"
	clausePeriod = "附则3 本政策自2022年4月1日起生效，除已明确限定期限外，有效期至2022年6月30日"
)

// set returns a copy of in with the given name/value pairs set.
func set(in rules.Inputs, kv ...any) rules.Inputs {
	out := rules.Inputs{}
	for k, v := range in {
		out[k] = v
	}
	for i := 0; i+1 < len(kv); i += 2 {
		out[kv[i].(string)] = kv[i+1]
	}
	return out
}

// without returns a copy of in without the named inputs.
func without(in rules.Inputs, names ...string) rules.Inputs {
	out := set(in)
	for _, n := range names {
		delete(out, n)
	}
	return out
}

// firm returns the appendix's inputs of a firm that meets every condition:
// a private enterprise with legal personality registered and paying its
// revenue in 鹿城区, not evaluated for 亩均, not dishonest; then kv.
func firm(industry string, kv ...any) rules.Inputs {
	in := rules.Inputs{"registration": "鹿城区", "fiscal_revenue": "鹿城区", "entity_type": "企业",
		"independent_legal_person": true, "industry": industry, "ownership": "非国有",
		"mujun_class": "未参评", "credit": "未列入严重失信名单"}
	return set(in, kv...)
}

func want(kv ...string) map[string]string {
	m := map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return m
}

// periodCases returns the cases at both ends of a rule's period: the first
// and last day give want, the day before and the day after are not in
// force.
func periodCases(rule, clause string, first, last rules.Date, in rules.Inputs, w map[string]string) []rulestest.Case {
	return []rulestest.Case{
		{Name: "first day in force", Clause: clause, Rule: rule, Date: first, Inputs: in, Want: w},
		{Name: "last day in force", Clause: clause, Rule: rule, Date: last, Inputs: in, Want: w},
		{Name: "the day before", Clause: clause, Rule: rule, Date: first.AddDays(-1), Inputs: in, Err: rules.ErrNotInForce},
		{Name: "the day after", Clause: clause, Rule: rule, Date: last.AddDays(1), Inputs: in, Err: rules.ErrNotInForce},
	}
}

// eligibleCases are like periodCases for rules without outputs.
func eligibleCases(rule, clause string, first, last rules.Date, in rules.Inputs) []rulestest.Case {
	cs := periodCases(rule, clause, first, last, in, nil)
	for i := range cs[:2] {
		cs[i].Eligible = rulestest.Yes
	}
	return cs
}
