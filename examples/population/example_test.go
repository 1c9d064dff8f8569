package population_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/wzpolicy/wzpolicy/examples/population"
	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// Screening one household for the benefits paid without application
// (免申直享, 九、30): the household is drawn, assessed with its locality's
// standards, and its granted benefits listed. (Its member's high-age
// allowance is not among them: a county registration's is assessed case by
// case, 二、5.)
func ExampleHousehold() {
	cfg := population.Config{Seed: 1, On: rules.MustDate(2023, 6, 1)}
	h := population.Household(cfg, 27)
	fmt.Println(h.Locality, h.Status, len(h.Members), "member(s), aged", h.Members[0].BirthDate.FullYears(cfg.On))
	st, err := welfare.Default().Assess(cfg.On, h, population.Standards(h.Locality))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, sec := range append([]welfare.Section{st.Household}, st.Members...) {
		for _, en := range sec.Granted() {
			fmt.Println(en.Clause, en.Title.Zh)
		}
	}
	// Output:
	// 龙港市 低保 1 member(s), aged 99
	// 二、1 最低生活保障金
	// 六、20 水电气定额免费和有线电视费用减免
	// 二、5 低保老年人养老服务补贴
	// 四、14 困难群众医疗救助
	// 四、16 残疾人意外伤害保险
	// 六、19 城乡居民基本养老保险个人缴费代缴
	// 六、19 城乡居民基本医保个人缴费补助
}

// Counting the 低保 households of a sample.
func ExampleHouseholds() {
	cfg := population.Config{Seed: 1, On: rules.MustDate(2023, 6, 1)}
	dibao, members := 0, 0
	for _, h := range population.Households(cfg, 1000) {
		members += len(h.Members)
		if h.Status == welfare.Dibao {
			dibao++
		}
	}
	fmt.Printf("%d 低保 households of 1000, %.2f members a household\n", dibao, float64(members)/1000)
	// Output: 36 低保 households of 1000, 2.60 members a household
}

// The made-up standards of a county.
func ExampleStandards() {
	s := population.Standards(welfare.Taishun)
	fmt.Println("低保", s.Dibao.StringFixed(2), "低边", s.Dibian.StringFixed(2), "minimum wage", s.MinimumWage)
	// Output: 低保 1000.00 低边 1500.00 minimum wage 1840
}

// Assessing a firm's claims on the last day of the notice's period.
func ExampleFirm() {
	cfg := population.Config{Seed: 1, On: rules.MustDate(2022, 6, 30)}
	p := population.Firm(cfg, 51)
	a, err := relief.Default().Assess(cfg.On, p, population.Tiers())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Entity, p.Size, p.Industry, p.Registration)
	for _, it := range a.Items {
		if it.Status == rules.Granted {
			fmt.Println(strings.TrimSpace(it.Rule + " " + it.Claim))
		}
	}
	fmt.Println("total", a.Total.StringFixed(2))
	// Output:
	// 企业 微型 旅行社 鹿城区
	// relief.eligibility.enterprise
	// relief.vat.credit_refund
	// relief.vat.small_scale_exemption 销售1
	// relief.vat.small_scale_exemption 销售2
	// relief.vat.small_scale_exemption 销售3
	// relief.tax.six_taxes_two_fees 城市维护建设税
	// relief.tax.six_taxes_two_fees 印花税
	// relief.tax.six_taxes_two_fees 教育费附加
	// relief.insurance.unemployment_deferral
	// relief.reward.travel_agency
	// total 180669.00
}

// Counting the firms of a sample by the measures they claim.
func ExampleFirms() {
	cfg := population.Config{Seed: 1, On: rules.MustDate(2022, 6, 30)}
	deferrals, travel := 0, 0
	for _, p := range population.Firms(cfg, 1000) {
		deferrals += len(p.TaxDeferrals)
		if p.Visitors != nil {
			travel++
		}
	}
	fmt.Println(deferrals, "tax deferrals claimed,", travel, "travel agencies counting visitors")
	// Output: 378 tax deferrals claimed, 9 travel agencies counting visitors
}

// Writing households as JSON Lines, and reading them back.
func ExampleWriteJSONL() {
	cfg := population.Config{Seed: 1, On: rules.MustDate(2023, 6, 1)}
	var buf bytes.Buffer
	if err := population.WriteJSONL(&buf, cfg, 3); err != nil {
		fmt.Println(err)
		return
	}
	for rec, err := range population.ReadJSONL(&buf) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(rec.ID, rec.Household.Locality, len(rec.Household.Members))
	}
	// Output:
	// 0 瑞安市 4
	// 1 瑞安市 1
	// 2 市外 3
}

// A line that is not a record stops the reading with an error naming it.
func ExampleReadJSONL() {
	lines := `{"id":0,"household":{"Locality":"鹿城区","Status":"无"}}
{"id":1,"household":{"Locality":"鹿城区","Status":"低保户"}}
`
	for rec, err := range population.ReadJSONL(bytes.NewBufferString(lines)) {
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(rec.ID, rec.Household.Locality, rec.Household.Status)
	}
	// Output:
	// 0 鹿城区 无
	// population: line 2: household: assistance status: "低保户" is not one of: 低保, 低边, 无
}

// The made-up tiers of the epidemic-prevention subsidy (一、13) by size.
func ExampleTiers() {
	for _, size := range relief.Sizes() {
		t := population.Tiers()[size]
		fmt.Println(size, t.Rate, t.Cap)
	}
	// Output:
	// 大型 20% 30000
	// 中型 30% 30000
	// 小型 40% 20000
	// 微型 50% 10000
}
