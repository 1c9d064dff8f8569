// Package errtext_test checks how the errors of every package read, from
// their public API: each names its field and says what is wrong, in
// Chinese and in English, flat.
package errtext_test

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/expropriation"
	"github.com/wzpolicy/wzpolicy/grain"
	"github.com/wzpolicy/wzpolicy/productivity"
	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/ridehail"
	"github.com/wzpolicy/wzpolicy/roads"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// messager is what every error of the packages gives: its message in a
// language.
type messager interface{ Message(rules.Lang) string }

func TestErrorMessages(t *testing.T) {
	on := rules.MustDate(2022, 9, 1)
	premises := expropriation.Premises{Locality: expropriation.Lucheng, Use: expropriation.Residential, Area: decimal.RequireFromString("90")}
	// A member disabled (肢体, the first kind) with a grade the documents
	// do not have: 残疾等级 runs from 一级 to 四级.
	h := welfare.Household{Locality: welfare.Localities()[0],
		Members: []welfare.Member{{Name: "甲", Disability: welfare.DisabilityKinds()[0], DisabilityGrade: 7}}}
	second := func(_ any, err error) error { return err }

	cases := []struct {
		name     string
		err      error
		sentinel error
		rule     string // the rule the error names, "" for none
		field    string // Error.Field
		zh, en   string // Message in each language
		text     string // Error(), when it differs from the rule, ": " and en
	}{
		{
			name: "unknown rule", err: second(welfare.Book().Eval("welfare.nope", on, nil)), sentinel: rules.ErrUnknownRule,
			rule: "welfare.nope",
			zh:   "规则书中没有此编号的规则或规则组",
			en:   "no rule or group with this ID in the book",
		},
		{
			// The measure is in force from 2022-01-01, as the book declares it.
			name: "not in force", err: second(relief.Book().Eval(relief.RuleEpidemicPrevention, rules.MustDate(2021, 1, 1), nil)), sentinel: rules.ErrNotInForce,
			rule: relief.RuleEpidemicPrevention,
			zh:   "评估日期2021年1月1日不在施行期间（2022年1月1日起）内",
			en:   "evaluation date 2021-01-01 is outside the in-force period 2022-01-01 –",
		},
		{
			// A typed call names the Go field of its case, not the rule's input.
			name: "missing field, typed", err: second(expropriation.Default().MovingFee(on, premises)), sentinel: rules.ErrInvalidInput,
			rule: "expropriation.moving.fee", field: "PlanDate",
			zh: "PlanDate：未提供",
			en: "PlanDate: missing",
		},
		{
			name: "missing field, grain", err: second(grain.Default().EmergencyLevel(on, grain.Scope{})), sentinel: rules.ErrInvalidInput,
			rule: "grain.emergency.level", field: "Extent",
			zh: "Extent：未提供",
			en: "Extent: missing",
		},
		{
			// 残疾等级 is 0 (not disabled) to 4; 7 is none of them.
			name: "out of range, typed", err: second(welfare.Default().ChildBasicLiving(on, welfare.MemberCase{Household: h, Member: h.Members[0]})), sentinel: rules.ErrInvalidInput,
			rule: "welfare.child.basic_living", field: "DisabilityGrade",
			zh: "DisabilityGrade：7不在有效范围[0, 4]内",
			en: "DisabilityGrade: 7 is outside the valid range [0, 4]",
		},
		{
			// A vehicle's seats: at least 1.
			name: "out of range, zero value given", err: second(ridehail.Default().VehicleEligibility(on, ridehail.Application{})), sentinel: rules.ErrInvalidInput,
			rule: "ridehail.vehicle.eligibility", field: "Seats",
			zh: "Seats：0不在有效范围[1, ∞)内",
			en: "Seats: 0 is outside the valid range [1, ∞)",
		},
		{
			// 瑞安市 is a county-level city, none of the 市区's districts the
			// expropriation notice covers.
			name: "bad enum", err: second(expropriation.ParseLocality("瑞安市")), sentinel: rules.ErrInvalidInput,
			field: "district",
			zh:    "district：“瑞安市”不是以下之一：鹿城区、龙湾区、瓯海区、洞头区、瓯江口产业集聚区、浙南产业集聚区",
			en:    `district: "瑞安市" is not one of: 鹿城区, 龙湾区, 瓯海区, 洞头区, 瓯江口产业集聚区, 浙南产业集聚区`,
		},
		{
			name: "bad enum, roads", err: second(roads.ParseLocality("温州")), sentinel: rules.ErrInvalidInput,
			field: "locality",
			zh:    "locality：“温州”不是以下之一：鹿城区、龙湾区、瓯海区、洞头区、永嘉县、平阳县、苍南县、文成县、泰顺县、瑞安市、乐清市、龙港市",
			en:    `locality: "温州" is not one of: 鹿城区, 龙湾区, 瓯海区, 洞头区, 永嘉县, 平阳县, 苍南县, 文成县, 泰顺县, 瑞安市, 乐清市, 龙港市`,
		},
		{
			name: "bad override", err: second(relief.Book().Derive(rules.Override{Param: "nope", From: on})), sentinel: rules.ErrInvalidOverride,
			rule: "parameter nope",
			zh:   "1处问题：\n  parameter nope: 规则书中没有此名称的参数",
			en:   "1 problem(s):\n  parameter nope: no parameter with this name in the book",
			text: "1 problem(s):\n  parameter nope: no parameter with this name in the book",
		},
		{
			name: "no claim", err: second(productivity.Default().RewardChoice(on, productivity.RewardClaims{})), sentinel: rules.ErrInvalidInput,
			rule: productivity.RuleRewardChoice, field: "Headquarters, ScaleUp",
			zh: "Headquarters, ScaleUp：两项申报均未给出；应给出总部奖励申报、规上奖励申报或两者",
			en: "Headquarters, ScaleUp: neither claim is given; give the headquarters claim, the scale-up claim or both",
		},
		{
			// A member's fact, as the validation Assess runs first finds it:
			// the household's path, the member as the statement numbers it
			// (成员1 is Members[0]).
			name: "member of a household", err: h.Validate(on), sentinel: rules.ErrInvalidInput,
			field: "Members[0].DisabilityGrade",
			zh:    "家庭事实有1处问题：Members[0].DisabilityGrade（成员1）：残疾等级7不在1至4级之内",
			en:    "1 problem(s) in the household's facts: Members[0].DisabilityGrade (member 1): grade 7 is outside 1 to 4",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.err == nil {
				t.Fatal("no error")
			}
			if !errors.Is(c.err, c.sentinel) {
				t.Errorf("does not match %v: %v", c.sentinel, c.err)
			}
			var re *rules.Error
			if !errors.As(c.err, &re) {
				t.Fatalf("no *rules.Error in %v", c.err)
			}
			if re.Rule != c.rule || re.Field != c.field {
				t.Errorf("rule %q, field %q; want %q, %q", re.Rule, re.Field, c.rule, c.field)
			}
			m, ok := c.err.(messager)
			if !ok {
				t.Fatalf("%T has no Message", c.err)
			}
			if got := m.Message(rules.Chinese); got != c.zh {
				t.Errorf("Chinese:\n got %s\nwant %s", got, c.zh)
			}
			if got := m.Message(rules.English); got != c.en {
				t.Errorf("English:\n got %s\nwant %s", got, c.en)
			}
			want := c.text
			if want == "" {
				want = c.en
				if c.rule != "" {
					want = c.rule + ": " + c.en
				}
			}
			if got := c.err.Error(); got != want {
				t.Errorf("Error():\n got %s\nwant %s", got, want)
			}
		})
	}
}
