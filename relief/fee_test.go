package relief_test

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

func TestInspectionDiscount(t *testing.T) {
	r := relief.RuleInspectionDiscount
	in := func(service, fee string) rules.Inputs {
		return rules.Inputs{"service": service, "standard_fee": fee, "bureau_unit": true}
	}
	cases := []rulestest.Case{
		// 1,000 × 50% = 500
		{Name: "catering special equipment 50%", Clause: "一、9 对餐饮住宿企业特种设备检验检测费用按收费标准降低50%收取", Rule: r, Date: dayIn,
			Inputs: in("餐饮住宿企业特种设备检验检测", "1000"), Want: want("reduction", "500.00", "payable", "500.00")},
		{Name: "manufacturing supervision 25%", Clause: "一、9 对特种设备制造过程监督检验费用按收费标准降低25%收取", Rule: r, Date: dayIn,
			Inputs: in("特种设备制造过程监督检验", "1000"), Want: want("reduction", "250.00", "payable", "750.00")},
		{Name: "crane installation 15%", Clause: "一、9 对起重机械和锅炉安装监督检验、定期检验费用按收费标准降低15%收取", Rule: r, Date: dayIn,
			Inputs: in("起重机械和锅炉安装监督检验", "1000"), Want: want("reduction", "150.00", "payable", "850.00")},
		{Name: "boiler periodic 15%", Clause: "一、9 对起重机械和锅炉安装监督检验、定期检验费用按收费标准降低15%收取", Rule: r, Date: dayIn,
			Inputs: in("起重机械和锅炉定期检验", "1000"), Want: want("reduction", "150.00", "payable", "850.00")},
		{Name: "toy testing 10%", Clause: "一、9 对服装、儿童家具、教玩具等行业企业产品检测费用按收费标准降低10%收取", Rule: r, Date: dayIn,
			Inputs: in("服装、儿童家具、教玩具等行业企业产品检测", "1000"), Want: want("reduction", "100.00", "payable", "900.00")},
		{Name: "residential lift 30%", Clause: "一、9 对住宅电梯定期检验费按收费标准降低30%收取", Rule: r, Date: dayIn,
			Inputs: in("住宅电梯定期检验", "1000"), Want: want("reduction", "300.00", "payable", "700.00")},
		{Name: "listed firm's calibration 20%", Clause: "一、9 对2021年度106家温州市领军型工业企业和200家温州市高成长型企业的计量校准、测试服务费按收费标准降低20%收取", Rule: r, Date: dayIn,
			Inputs: set(in("领军型和高成长型企业计量校准、测试服务", "1000"), "listed_firm", true), Want: want("reduction", "200.00", "payable", "800.00")},
		{Name: "calibration for a firm not listed", Clause: "一、9 对2021年度106家温州市领军型工业企业和200家温州市高成长型企业的计量校准、测试服务费", Rule: r, Date: dayIn,
			Inputs: in("领军型和高成长型企业计量校准、测试服务", "1000"), Failed: []string{"listed_firm"}},
		{Name: "ten key instruments 25%", Clause: "一、9 对“5+5”产业中广泛使用且量大面广的十大计量器具按收费标准降低25%收取", Rule: r, Date: dayIn,
			Inputs: in("“5+5”产业十大计量器具", "1000"), Want: want("reduction", "250.00", "payable", "750.00")},
		{Name: "epidemic instruments are free", Clause: "一、9 市内疫情防控（红外测温枪、体温计，疫苗冷藏箱等计量企业）免收计量校准、检定费", Rule: r, Date: dayIn,
			Inputs: in("疫情防控计量器具校准、检定", "1000"), Want: want("reduction", "1000.00", "payable", "0.00")},
		// 333.33 × 15% = 49.9995 → 50.00; 333.33 − 49.9995 = 283.3305 → 283.33
		{Name: "rounded to the fen", Clause: "一、9 起重机械和锅炉……降低15%收取", Rule: r, Date: dayIn,
			Inputs: in("起重机械和锅炉定期检验", "333.33"), Want: want("reduction", "50.00", "payable", "283.33")},
		{Name: "another testing body", Clause: "一、9 市市场监管局直属检验检测单位", Rule: r, Date: dayIn,
			Inputs: set(in("住宅电梯定期检验", "1000"), "bureau_unit", false), Failed: []string{"bureau_unit"}},
		{Name: "a service the clause does not name", Clause: "一、9", Rule: r, Date: dayIn, Inputs: in("食品检测", "1000"), Err: rules.ErrInvalidInput, Field: "service"},
	}
	cases = append(cases, periodCases(r, clausePeriod, docFirst, docLast, in("住宅电梯定期检验", "1000"), want("payable", "700.00"))...)
	rulestest.Run(t, relief.Book(), cases)
}

func TestUnionRefund(t *testing.T) {
	r := relief.RuleUnionRefund
	const c = "一、10 对2022年1-6月小微企业上缴的工会经费100%返还，其他企业上缴的工会经费50%返还"
	in := func(entity, size, paid string) rules.Inputs {
		return rules.Inputs{"entity_type": entity, "size": size, "fees_paid": paid}
	}
	cases := []rulestest.Case{
		{Name: "small firm: all", Clause: c, Rule: r, Date: dayIn, Inputs: in("企业", "小型", "6000"), Want: want("refund", "6000.00", "rate", "1")},
		{Name: "micro firm: all", Clause: c, Rule: r, Date: dayIn, Inputs: in("企业", "微型", "1234.56"), Want: want("refund", "1234.56")},
		// 10,000 × 50%
		{Name: "medium firm: half", Clause: c, Rule: r, Date: dayIn, Inputs: in("企业", "中型", "10000"), Want: want("refund", "5000.00", "rate", "0.5")},
		// 1,234.57 × 50% = 617.285 → 617.29
		{Name: "large firm: half, rounded", Clause: c, Rule: r, Date: dayIn, Inputs: in("企业", "大型", "1234.57"), Want: want("refund", "617.29")},
		{Name: "individual business is not an enterprise", Clause: c, Rule: r, Date: dayIn, Inputs: in("个体工商户", "微型", "600"), Failed: []string{"enterprise"}},
		{Name: "public institution", Clause: c, Rule: r, Date: dayIn, Inputs: in("行政事业单位", "中型", "600"), Failed: []string{"enterprise"}},
		{Name: "negative fees", Clause: c, Rule: r, Date: dayIn, Inputs: in("企业", "小型", "-1"), Err: rules.ErrInvalidInput, Field: "fees_paid"},
	}
	cases = append(cases, periodCases(r, "一、10 2022年1-6月……上缴的工会经费", jan1, docLast, in("企业", "小型", "6000"), want("refund", "6000.00"))...)
	rulestest.Run(t, relief.Book(), cases)
}

func TestStateOwnedRentWaiver(t *testing.T) {
	r := relief.RuleStateOwnedRentWaiver
	const c = "一、11 服务业小微企业和个体工商户承租市属、区属国有企业……和行政事业单位国有房屋的……给予减免三个月租金"
	in := rules.Inputs{"entity_type": "企业", "size": "小型", "industry": "零售业", "landlord": "市属国有企业", "monthly_rent": "8000"}
	cases := []rulestest.Case{
		// 8,000 × 3 = 24,000
		{Name: "small retailer renting from a city SOE", Clause: c, Rule: r, Date: dayIn, Inputs: in,
			Want: want("waiver", "24000.00", "q1_application_deadline", "2022-04-30")},
		// 3,333.33 × 3 = 9,999.99
		{Name: "individual caterer renting from a district SOE", Clause: c, Rule: r, Date: dayIn,
			Inputs: set(in, "entity_type", "个体工商户", "size", "微型", "industry", "餐饮业", "landlord", "区属国有企业", "monthly_rent", "3333.33"), Want: want("waiver", "9999.99")},
		{Name: "micro travel agency renting from a district institution", Clause: c, Rule: r, Date: dayIn,
			Inputs: set(in, "size", "微型", "industry", "旅行社", "landlord", "区属行政事业单位"), Want: want("waiver", "24000.00")},
		{Name: "city institution", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "landlord", "市属行政事业单位"), Want: want("waiver", "24000.00")},
		// the Q1 application deadline (截至4月底) is given whether or not the case qualifies
		{Name: "medium firm", Clause: c + "；" + "一、11 一季度租金减免申报受理截至4月底", Rule: r, Date: dayIn, Inputs: set(in, "size", "中型"),
			Failed: []string{"small_micro_or_individual"}, Want: want("waiver", "0.00", "q1_application_deadline", "2022-04-30")},
		{Name: "small manufacturer", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "industry", "制造业"), Failed: []string{"service_sector"}},
		{Name: "individual business in construction", Clause: "一、11 服务业……个体工商户", Rule: r, Date: dayIn,
			Inputs: set(in, "entity_type", "个体工商户", "industry", "建筑业"), Failed: []string{"service_sector"}},
		{Name: "private landlord", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "landlord", "非国有单位或个人"), Failed: []string{"state_owned_premises"}},
		{Name: "county SOE landlord", Clause: "一、11 市属、区属国有企业", Rule: r, Date: dayIn, Inputs: set(in, "landlord", "其他国有单位"), Failed: []string{"state_owned_premises"}},
		{Name: "public institution as tenant", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "entity_type", "行政事业单位"), Failed: []string{"small_micro_or_individual"}},
		{Name: "risk level changed: national rules decide", Clause: "一、11 市场主体所在的县级行政区域疫情风险等级发生变化的，相关减租政策按国家规定执行", Rule: r, Date: dayIn,
			Inputs: set(in, "risk_level_changed", true), Err: rules.ErrCaseByCase},
		{Name: "unknown landlord", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "landlord", "国企"), Err: rules.ErrInvalidInput, Field: "landlord"},
	}
	cases = append(cases, periodCases(r, "一、11 从第二季度开始实施", docFirst, docLast, in, want("waiver", "24000.00"))...)
	rulestest.Run(t, relief.Book(), cases)
}

func TestEpidemicPrevention(t *testing.T) {
	r := relief.RuleEpidemicPrevention
	const c = "一、13 按照企业规模分类、分档给予不超过50%、最高不超过3万元的补助"
	in := firm("零售业", "spending", "20000", "tier_rate", "40%", "tier_cap", "10000")
	cases := []rulestest.Case{
		// min(20,000 × 40%, 10,000) = 8,000; ceiling min(20,000 × 50%, 30,000) = 10,000
		{Name: "below the tier's cap", Clause: c, Rule: r, Date: dayIn, Inputs: in, Want: want("subsidy", "8000.00", "ceiling", "10000.00")},
		// min(40,000 × 40%, 10,000) = 10,000
		{Name: "at the tier's cap", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "spending", "40000"), Want: want("subsidy", "10000.00", "ceiling", "20000.00")},
		// 60,000 × 50% = 30,000, the clause's cap exactly
		{Name: "the clause's highest tier at 60,000", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "spending", "60000", "tier_rate", "50%", "tier_cap", "30000"),
			Want: want("subsidy", "30000.00", "ceiling", "30000.00")},
		// 59,999.98 × 50% = 29,999.99
		{Name: "just below the cap", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "spending", "59999.98", "tier_rate", "50%", "tier_cap", "30000"),
			Want: want("subsidy", "29999.99")},
		{Name: "just above the cap", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "spending", "60000.02", "tier_rate", "50%", "tier_cap", "30000"),
			Want: want("subsidy", "30000.00")},
		{Name: "a tier above 50%", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "tier_rate", "50.01%"), Err: rules.ErrInvalidInput, Field: "tier_rate"},
		{Name: "a tier above 30,000", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "tier_cap", "30000.01"), Err: rules.ErrInvalidInput, Field: "tier_cap"},
		{Name: "no tier given", Clause: c, Rule: r, Date: dayIn, Inputs: without(in, "tier_rate"), Err: rules.ErrInvalidInput, Field: "tier_rate"},
		{Name: "imported goods testing: the health commission's scheme", Clause: "一、13 使用进口物品的工业企业……核酸检测费用……具体由市卫健委制定办法", Rule: r, Date: dayIn,
			Inputs: set(in, "industry", "制造业", "imported_goods_testing", true), Err: rules.ErrCaseByCase},
		{Name: "state-owned firm", Clause: clauseScope, Rule: r, Date: dayIn, Inputs: set(in, "ownership", "国有"), Failed: []string{relief.CondNotStateOwned}},
		{Name: "class C firm", Clause: clauseMuJun, Rule: r, Date: dayIn, Inputs: set(in, "mujun_class", "C类"), Failed: []string{relief.CondNotMuJunCD}},
		{Name: "county firm", Clause: clauseScope, Rule: r, Date: dayIn, Inputs: set(in, "registration", "平阳县", "fiscal_revenue", "平阳县"),
			Failed: []string{relief.CondRegisteredInUrban, relief.CondRevenueInUrban}},
	}
	cases = append(cases, periodCases(r, "一、13 企业2022年有关防疫、消杀支出", jan1, dec31, in, want("subsidy", "8000.00"))...)
	rulestest.Run(t, relief.Book(), cases)
}

func TestGuaranteeFee(t *testing.T) {
	r := relief.RuleGuaranteeFee
	const c = "一、14 市级政府性融资担保机构平均担保费率在2021年的基础上下降20%"
	cases := []rulestest.Case{
		// 1.5% × (1 − 20%) = 1.2%
		{Name: "1.5% in 2021", Clause: c, Rule: r, Date: dayIn, Inputs: rules.Inputs{"rate_2021": "1.5%"}, Want: want("rate", "0.012")},
		// 0.8% × 0.8 = 0.64%
		{Name: "0.8% in 2021", Clause: c, Rule: r, Date: dayIn, Inputs: rules.Inputs{"rate_2021": "0.008"}, Want: want("rate", "0.0064")},
		{Name: "a zero rate", Clause: c, Rule: r, Date: dayIn, Inputs: rules.Inputs{"rate_2021": "0"}, Err: rules.ErrInvalidInput, Field: "rate_2021"},
		{Name: "above 100%", Clause: c, Rule: r, Date: dayIn, Inputs: rules.Inputs{"rate_2021": "101%"}, Err: rules.ErrInvalidInput, Field: "rate_2021"},
	}
	cases = append(cases, periodCases(r, "一、14 2022年4月1日至6月30日", docFirst, docLast, rules.Inputs{"rate_2021": "1.5%"}, want("rate", "0.012"))...)
	rulestest.Run(t, relief.Book(), cases)
}

func TestBridgeLoanFee(t *testing.T) {
	r := relief.RuleBridgeLoanFee
	const c = "一、15 月转贷费用在月息4.5‰的基础上下降20%"
	cases := []rulestest.Case{
		// 4.5‰ × 0.8 = 3.6‰
		{Name: "the rate", Clause: c, Rule: r, Date: dayIn, Inputs: rules.Inputs{}, Want: want("monthly_rate", "0.0036", "fee", "0.00", "saving", "0.00")},
		// 10,000,000 × 3.6‰ × 0.5 = 18,000; 10,000,000 × 4.5‰ × 0.5 = 22,500; saving 4,500
		{Name: "10 million for half a month", Clause: c, Rule: r, Date: dayIn, Inputs: rules.Inputs{"amount": "10000000", "months": "0.5"},
			Want: want("fee", "18000.00", "saving", "4500.00")},
		// 3,000,000 × 3.6‰ = 10,800; saving 3,000,000 × 0.9‰ = 2,700
		{Name: "3 million for a month", Clause: c, Rule: r, Date: dayIn, Inputs: rules.Inputs{"amount": "3000000", "months": "1"},
			Want: want("fee", "10800.00", "saving", "2700.00")},
		// 1,234.56 × 3.6‰ = 4.444416 → 4.44; saving 1,234.56 × 0.9‰ = 1.111104 → 1.11
		{Name: "rounded to the fen", Clause: c, Rule: r, Date: dayIn, Inputs: rules.Inputs{"amount": "1234.56", "months": "1"},
			Want: want("fee", "4.44", "saving", "1.11")},
		{Name: "negative months", Clause: c, Rule: r, Date: dayIn, Inputs: rules.Inputs{"amount": "1000", "months": "-1"}, Err: rules.ErrInvalidInput, Field: "months"},
	}
	cases = append(cases, periodCases(r, clausePeriod, docFirst, docLast, rules.Inputs{}, want("monthly_rate", "0.0036"))...)
	rulestest.Run(t, relief.Book(), cases)
}

func TestUnemploymentDeferral(t *testing.T) {
	r := relief.RuleUnemploymentDeferral
	const c = "二、18 对符合条件的餐饮、零售、旅游企业，可缓缴失业保险费，期限不超过一年，缓缴期间不收滞纳金"
	in := func(industry, from string) rules.Inputs {
		return rules.Inputs{"industry": industry, "deferral_from": from}
	}
	cases := []rulestest.Case{
		// one year from 2022-05-01 ends on the corresponding day 2023-05-01 (民法典第202条)
		{Name: "caterer", Clause: c, Rule: r, Date: dayIn, Inputs: in("餐饮业", "2022-05-01"), Want: want("deferral_until", "2023-05-01", "late_fee_waived", "true")},
		{Name: "retailer", Clause: c, Rule: r, Date: dayIn, Inputs: in("零售业", "2022-04-30"), Want: want("deferral_until", "2023-04-30")},
		{Name: "travel agency", Clause: c, Rule: r, Date: dayIn, Inputs: in("旅行社", "2022-06-30"), Want: want("deferral_until", "2023-06-30")},
		{Name: "scenic area", Clause: c, Rule: r, Date: dayIn, Inputs: in("其他旅游业", "2022-04-01"), Want: want("deferral_until", "2023-04-01")},
		{Name: "hotel is not named", Clause: c, Rule: r, Date: dayIn, Inputs: in("住宿业", "2022-05-01"), Failed: []string{"catering_retail_tourism"}},
		{Name: "wholesaler is not named", Clause: c, Rule: r, Date: dayIn, Inputs: in("批发业", "2022-05-01"), Failed: []string{"catering_retail_tourism"}},
		{Name: "not a date", Clause: c, Rule: r, Date: dayIn, Inputs: in("餐饮业", "2022-02-30"), Err: rules.ErrInvalidInput, Field: "deferral_from"},
	}
	cases = append(cases, periodCases(r, clausePeriod, docFirst, docLast, in("餐饮业", "2022-05-01"), want("deferral_until", "2023-05-01"))...)
	rulestest.Run(t, relief.Book(), cases)
}
