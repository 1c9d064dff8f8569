package wzopa_test

import (
	"context"
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/examples/wzopa"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// A 低保 household of 鹿城区 with an 85-year-old who cannot fully care for
// herself, screened by the Rego policy. The standards are the caller's: the
// document states none of them.
func ExampleScreener_Screen() {
	ctx := context.Background()
	s, err := wzopa.New(ctx)
	if err != nil {
		panic(err)
	}
	h := welfare.Household{Locality: welfare.Lucheng, Status: welfare.Dibao,
		Members: []welfare.Member{
			{Name: "甲", BirthDate: rules.MustDate(1938, 3, 1), SelfCare: welfare.ModeratelyDependent, ResidentMedical: true},
			{Name: "乙", BirthDate: rules.MustDate(1965, 7, 1), SelfCare: welfare.SelfCaring},
		}}
	std := welfare.LocalStandards{Dibao: decimal.RequireFromString("1085"), Dibian: decimal.RequireFromString("1627.5"),
		MedicalContribution: decimal.RequireFromString("380")}
	grants, err := s.Screen(ctx, h, std, rules.MustDate(2023, 6, 1))
	if err != nil {
		panic(err)
	}
	for _, g := range grants {
		if g.Outcome != "" {
			fmt.Printf("%2d %s: %s\n", g.Member, g.Rule, g.Outcome)
			continue
		}
		fmt.Printf("%2d %s: %s %s\n", g.Member, g.Rule, g.Amount.StringFixed(2), g.Unit)
	}
	// Output:
	// -1 welfare.dibao.allowance: 2170.00 元/月
	// -1 welfare.utilities.free_quota.utilities: 水、天然气、用电基数及有线电视费用减免
	//  0 welfare.elderly.care_subsidy: 250.00 元/人·月
	//  0 welfare.elderly.high_age_allowance: 50.00 元/人·月
	//  0 welfare.insurance.premium_subsidy.medical: 380.00 元/人·年
	//  0 welfare.utilities.free_quota.transport: 免费乘坐公共交通
	//  1 welfare.utilities.free_quota.transport: 免费乘坐公共交通
}

// A household's JSON, as json.Marshal writes a welfare.Household, screens
// the same; a fact the policy cannot read refuses the household.
func ExampleScreener_Screen_json() {
	ctx := context.Background()
	s, err := wzopa.New(ctx)
	if err != nil {
		panic(err)
	}
	on := rules.MustDate(2023, 6, 1)
	std := welfare.LocalStandards{Dibao: decimal.RequireFromString("1085")}
	grants, err := s.Screen(ctx, []byte(`{"Locality": "瑞安市", "HardshipWorker": true, "Members": [{"BirthDate": "1990-01-01"}]}`), std, on)
	fmt.Println(grants[0].Rule, grants[0].Amount, grants[0].Unit, err)
	_, err = s.Screen(ctx, []byte(`{"Locality": "瑞安市", "Members": [{"BirthDate": "2024-01-01"}]}`), std, on)
	fmt.Println(err)
	// Output:
	// welfare.worker.living_aid 13020 元/户·年 <nil>
	// wzopa: 1 problem(s) in the household's facts: Members[0].BirthDate: after the assessment date
}
