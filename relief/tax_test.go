package relief_test

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

func TestVATCreditRefund(t *testing.T) {
	r := relief.RuleVATCreditRefund
	const c = "一、1 扩大至符合条件的小微企业（含个体工商户）以及制造业……交通运输仓储邮政业等行业企业"
	in := func(entity, size, industry string) rules.Inputs {
		return rules.Inputs{"entity_type": entity, "size": size, "industry": industry}
	}
	cases := []rulestest.Case{
		{Name: "small retailer", Clause: c, Rule: r, Date: dayIn, Inputs: in("企业", "小型", "零售业"), Eligible: rulestest.Yes},
		{Name: "micro caterer", Clause: c, Rule: r, Date: dayIn, Inputs: in("企业", "微型", "餐饮业"), Eligible: rulestest.Yes},
		{Name: "large manufacturer", Clause: c, Rule: r, Date: dayIn, Inputs: in("企业", "大型", "制造业"), Eligible: rulestest.Yes},
		{Name: "medium R&D firm", Clause: c, Rule: r, Date: dayIn, Inputs: in("企业", "中型", "科学研究和技术服务业"), Eligible: rulestest.Yes},
		{Name: "medium utility", Clause: c, Rule: r, Date: dayIn, Inputs: in("企业", "中型", "电力热力燃气及水生产和供应业"), Eligible: rulestest.Yes},
		{Name: "medium software firm", Clause: c, Rule: r, Date: dayIn, Inputs: in("企业", "中型", "软件和信息技术服务业"), Eligible: rulestest.Yes},
		{Name: "medium ecology firm", Clause: c, Rule: r, Date: dayIn, Inputs: in("企业", "中型", "生态保护和环境治理业"), Eligible: rulestest.Yes},
		{Name: "large transport firm", Clause: c, Rule: r, Date: dayIn, Inputs: in("企业", "大型", "交通运输仓储邮政业"), Eligible: rulestest.Yes},
		{Name: "individual business of any size", Clause: "一、1 小微企业（含个体工商户）", Rule: r, Date: dayIn, Inputs: in("个体工商户", "中型", "住宿业"), Eligible: rulestest.Yes},
		{Name: "medium hotel is outside the scope", Clause: c, Rule: r, Date: dayIn, Inputs: in("企业", "中型", "住宿业"), Failed: []string{"covered_firm"}},
		{Name: "large retailer is outside the scope", Clause: c, Rule: r, Date: dayIn, Inputs: in("企业", "大型", "零售业"), Failed: []string{"covered_firm"}},
		{Name: "medium real-estate firm is outside the scope", Clause: c, Rule: r, Date: dayIn, Inputs: in("企业", "中型", "房地产业"), Failed: []string{"covered_firm"}},
		{Name: "unknown size", Clause: c, Rule: r, Date: dayIn, Inputs: in("企业", "小微", "零售业"), Err: rules.ErrInvalidInput, Field: "size"},
		{Name: "missing industry", Clause: c, Rule: r, Date: dayIn, Inputs: rules.Inputs{"entity_type": "企业", "size": "小型"}, Err: rules.ErrInvalidInput, Field: "industry"},
	}
	cases = append(cases, eligibleCases(r, clausePeriod, docFirst, docLast, in("企业", "小型", "零售业"))...)
	rulestest.Run(t, relief.Book(), cases)
}

func TestTaxDeferral(t *testing.T) {
	r := relief.RuleTaxDeferral
	const c = "一、2 制造业中型企业延缓缴纳比例50%，制造业小微企业延缓缴纳比例100%"
	const c22 = "一、2 2022年第一季度、第二季度部分税费，延缓的期限为6个月"
	const c21 = "一、2 2021年第四季度部分税费……缓缴期限继续延长6个月"
	in := func(industry, size, amount, due string) rules.Inputs {
		return rules.Inputs{"industry": industry, "size": size, "amount": amount, "due_date": due}
	}
	q2 := in("制造业", "小型", "80000", "2022-07-15")
	rulestest.Run(t, relief.Book(), []rulestest.Case{
		// 80,000 × 100% = 80,000; 2022-07-15 + 6 months = 2023-01-15
		{Name: "small manufacturer, Q2 taxes", Clause: c22, Rule: r, Date: dayIn, Inputs: q2,
			Want: want("deferred", "80000.00", "due", "2023-01-15", "tax_period", "2022年第二季度")},
		// 80,000 × 50% = 40,000
		{Name: "medium manufacturer defers half", Clause: c, Rule: r, Date: dayIn, Inputs: set(q2, "size", "中型"),
			Want: want("deferred", "40000.00", "due", "2023-01-15")},
		// 12,345.67 × 100%
		{Name: "micro manufacturer defers all", Clause: c, Rule: r, Date: dayIn, Inputs: set(q2, "size", "微型", "amount", "12345.67"),
			Want: want("deferred", "12345.67")},
		// 12,345.67 × 50% = 6,172.835 → 6,172.84 (四舍五入)
		{Name: "half of an odd amount rounds half away from zero", Clause: c, Rule: r, Date: dayIn, Inputs: set(q2, "size", "中型", "amount", "12345.67"),
			Want: want("deferred", "6172.84")},
		// Q1: 2022-04-20 + 6 months = 2022-10-20
		{Name: "Q1 taxes: last day of the quarter", Clause: c22, Rule: r, Date: mar31, Inputs: in("制造业", "小型", "50000", "2022-04-20"),
			Want: want("deferred", "50000.00", "due", "2022-10-20", "tax_period", "2022年第一季度")},
		{Name: "Q2 taxes: first day of the quarter", Clause: c22, Rule: r, Date: docFirst, Inputs: in("制造业", "小型", "50000", "2022-07-15"),
			Want: want("tax_period", "2022年第二季度")},
		{Name: "Q1 taxes: first day of 2022", Clause: c22, Rule: r, Date: jan1, Inputs: in("制造业", "小型", "50000", "2022-04-20"),
			Want: want("tax_period", "2022年第一季度", "due", "2022-10-20")},
		// 2021 Q4, already deferred to 2022-04-20: a further 6 months → 2022-10-20
		{Name: "2021 Q4 taxes: last day of 2021", Clause: c21, Rule: r, Date: dec31y21, Inputs: in("制造业", "中型", "50000", "2022-04-20"),
			Want: want("deferred", "25000.00", "due", "2022-10-20", "tax_period", "2021年第四季度")},
		{Name: "2021 Q4 taxes: first day of the quarter", Clause: c21, Rule: r, Date: rules.MustDate(2021, 10, 1), Inputs: in("制造业", "小型", "50000", "2022-04-20"),
			Want: want("tax_period", "2021年第四季度")},
		{Name: "Q2 taxes: last day of the quarter", Clause: c22, Rule: r, Date: docLast, Inputs: q2, Want: want("tax_period", "2022年第二季度")},
		{Name: "before 2021 Q4", Clause: c21, Rule: r, Date: rules.MustDate(2021, 9, 30), Inputs: in("制造业", "小型", "50000", "2022-01-15"), Err: rules.ErrNotInForce},
		{Name: "after 2022 Q2", Clause: c22, Rule: r, Date: jul1, Inputs: in("制造业", "小型", "50000", "2022-10-15"), Err: rules.ErrNotInForce},
		// 2022-08-31 + 6 months: no 31 February → 2023-02-28 (民法典第202条)
		{Name: "due on a month's last day", Clause: c22, Rule: r, Date: dayIn, Inputs: set(q2, "due_date", "2022-08-31"), Want: want("due", "2023-02-28")},
		{Name: "large manufacturer", Clause: c, Rule: r, Date: dayIn, Inputs: set(q2, "size", "大型"), Failed: []string{"sme"},
			Want: want("deferred", "0.00", "tax_period", "2022年第二季度")},
		{Name: "small retailer", Clause: c, Rule: r, Date: dayIn, Inputs: set(q2, "industry", "零售业"), Failed: []string{"manufacturing"}},
		{Name: "large retailer", Clause: c, Rule: r, Date: dayIn, Inputs: set(q2, "industry", "零售业", "size", "大型"), Failed: []string{"manufacturing", "sme"}},
		{Name: "due date inside the tax period", Clause: c22, Rule: r, Date: dayIn, Inputs: set(q2, "due_date", "2022-05-01"), Err: rules.ErrInvalidInput, Field: "due_date"},
		{Name: "negative amount", Clause: c, Rule: r, Date: dayIn, Inputs: set(q2, "amount", "-1"), Err: rules.ErrInvalidInput, Field: "amount"},
		{Name: "misspelt field", Clause: c, Rule: r, Date: dayIn, Inputs: set(without(q2, "due_date"), "duedate", "2022-07-15"), Err: rules.ErrInvalidInput, Field: "duedate"},
	})
}

func TestSmallScaleExemption(t *testing.T) {
	r := relief.RuleSmallScaleExemption
	const c = "一、3 增值税小规模纳税人适用3%征收率的应税销售收入，免征增值税"
	const cp = "一、3 适用3%预征率的预缴增值税项目，暂停预缴增值税"
	in := rules.Inputs{"small_scale": true, "sales": "100000"}
	cases := []rulestest.Case{
		// 100,000 × 3% = 3,000
		{Name: "sales at 3%", Clause: c, Rule: r, Date: dayIn, Inputs: in, Want: want("vat_exempted", "3000.00", "prepayment_suspended", "0.00")},
		// 50,000 × 3% = 1,500
		{Name: "prepayment suspended", Clause: cp, Rule: r, Date: dayIn, Inputs: set(in, "prepay_base", "50000"), Want: want("vat_exempted", "3000.00", "prepayment_suspended", "1500.00")},
		// 100.50 × 3% = 3.015 → 3.02
		{Name: "half a fen rounds up", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "sales", "100.50"), Want: want("vat_exempted", "3.02")},
		// 333.33 × 3% = 9.9999 → 10.00
		{Name: "rounded once at the end", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "sales", "333.33"), Want: want("vat_exempted", "10.00")},
		{Name: "general taxpayer", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "small_scale", false), Failed: []string{"small_scale"}},
		{Name: "missing sales", Clause: c, Rule: r, Date: dayIn, Inputs: rules.Inputs{"small_scale": true}, Err: rules.ErrInvalidInput, Field: "sales"},
		{Name: "float sales are refused", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "sales", 100.5), Err: rules.ErrInvalidInput, Field: "sales"},
	}
	cases = append(cases, periodCases(r, "一、3 自2022年4月1日至2022年12月31日", docFirst, dec31, in, want("vat_exempted", "3000.00"))...)
	rulestest.Run(t, relief.Book(), cases)
}

func TestSixTaxesTwoFees(t *testing.T) {
	r := relief.RuleSixTaxesTwoFees
	const c = "一、4 按照50%幅度减征资源税、城市维护建设税、房产税……地方教育附加"
	const cw = "一、4 适用主体由增值税小规模纳税人扩展至小型微利企业和个体工商户"
	in := rules.Inputs{"tax_kind": "房产税", "amount": "10000", "small_scale": false, "small_low_profit": true, "entity_type": "企业"}
	cases := []rulestest.Case{
		// 10,000 × 50% = 5,000
		{Name: "small low-profit enterprise, property tax", Clause: cw, Rule: r, Date: dayIn, Inputs: in, Want: want("reduction", "5000.00", "payable", "5000.00")},
		// 301 × 50% = 150.50
		{Name: "individual business, stamp duty", Clause: cw, Rule: r, Date: dayIn,
			Inputs: set(in, "tax_kind", "印花税", "amount", "301", "small_low_profit", false, "entity_type", "个体工商户"), Want: want("reduction", "150.50", "payable", "150.50")},
		// 0.03 × 50% = 0.015 → 0.02; payable 0.015 → 0.02 (each output rounds once)
		{Name: "half a fen", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "amount", "0.03"), Want: want("reduction", "0.02", "payable", "0.02")},
		{Name: "small-scale taxpayer, education surcharge", Clause: cw, Rule: r, Date: dayIn,
			Inputs: set(in, "tax_kind", "教育费附加", "small_scale", true, "small_low_profit", false), Want: want("reduction", "5000.00")},
		{Name: "resource tax", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "tax_kind", "资源税"), Want: want("reduction", "5000.00")},
		{Name: "farmland occupation tax", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "tax_kind", "耕地占用税"), Want: want("reduction", "5000.00")},
		{Name: "securities stamp duty is not cut", Clause: "一、4 印花税（不含证券交易印花税）", Rule: r, Date: dayIn, Inputs: set(in, "tax_kind", "证券交易印花税"), Failed: []string{"covered_tax"}},
		{Name: "general enterprise", Clause: cw, Rule: r, Date: dayIn, Inputs: set(in, "small_low_profit", false), Failed: []string{"covered_taxpayer"}},
		{Name: "general enterprise, securities stamp duty", Clause: cw, Rule: r, Date: dayIn, Inputs: set(in, "small_low_profit", false, "tax_kind", "证券交易印花税"),
			Failed: []string{"covered_taxpayer", "covered_tax"}},
		{Name: "VAT is not one of the six taxes", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "tax_kind", "增值税"), Err: rules.ErrInvalidInput, Field: "tax_kind"},
	}
	cases = append(cases, periodCases(r, clausePeriod, docFirst, docLast, in, want("reduction", "5000.00"))...)
	rulestest.Run(t, relief.Book(), cases)
}

func TestSmallProfitCIT(t *testing.T) {
	r := relief.RuleSmallProfitCIT
	const c = "一、5 对小型微利企业年应纳税所得额超过100万元但不超过300万元的部分，减按25%计入应纳税所得额，按20%的税率缴纳企业所得税"
	in := func(income string) rules.Inputs {
		return rules.Inputs{"small_low_profit": true, "taxable_income": income}
	}
	cases := []rulestest.Case{
		// (2,000,000 − 1,000,000) × 25% × 20% = 50,000
		{Name: "income of 2 million", Clause: c, Rule: r, Date: dayIn, Inputs: in("2000000"), Want: want("tax", "50000.00", "slice", "1000000.00", "effective_rate", "0.05")},
		{Name: "income at 1 million: the part is empty", Clause: c, Rule: r, Date: dayIn, Inputs: in("1000000"), Failed: []string{"above_floor"}},
		// 0.01 × 5% = 0.0005 → 0.00
		{Name: "a fen above 1 million", Clause: c, Rule: r, Date: dayIn, Inputs: in("1000000.01"), Want: want("tax", "0.00", "slice", "0.01")},
		// 100 × 5% = 5
		{Name: "100 above 1 million", Clause: c, Rule: r, Date: dayIn, Inputs: in("1000100"), Want: want("tax", "5.00")},
		// 2,000,000 × 5% = 100,000
		{Name: "income at 3 million, included", Clause: c, Rule: r, Date: dayIn, Inputs: in("3000000"), Want: want("tax", "100000.00", "slice", "2000000.00")},
		{Name: "income above 3 million: the part stops there", Clause: c, Rule: r, Date: dayIn, Inputs: in("3000001"), Want: want("tax", "100000.00", "slice", "2000000.00")},
		{Name: "not a small low-profit enterprise", Clause: c, Rule: r, Date: dayIn, Inputs: set(in("2000000"), "small_low_profit", false), Failed: []string{"small_low_profit"}},
		{Name: "negative income", Clause: c, Rule: r, Date: dayIn, Inputs: in("-5"), Err: rules.ErrInvalidInput, Field: "taxable_income"},
	}
	cases = append(cases, periodCases(r, clausePeriod, docFirst, docLast, in("2000000"), want("tax", "50000.00"))...)
	rulestest.Run(t, relief.Book(), cases)
}

func TestEquipmentDeduction(t *testing.T) {
	r := relief.RuleEquipmentDeduction
	const c = "一、5 中小微企业在2022年新购置的设备、器具，单位价值在500万元以上，折旧为3年的可一次性税前扣除"
	const ch = "一、5 最低折旧年限为4年、5年、10年的，单位价值的50%可在当年一次性税前扣除"
	in := func(size, value, life string) rules.Inputs {
		return rules.Inputs{"size": size, "unit_value": value, "min_life": life}
	}
	cases := []rulestest.Case{
		{Name: "3-year life at exactly 5 million: in full", Clause: c, Rule: r, Date: dayIn, Inputs: in("小型", "5000000", "3年"), Want: want("deduction", "5000000.00", "share", "1")},
		{Name: "just below 5 million", Clause: c, Rule: r, Date: dayIn, Inputs: in("小型", "4999999.99", "3年"), Failed: []string{"unit_value_floor"}},
		// 6,000,000 × 50% = 3,000,000
		{Name: "4-year life: half", Clause: ch, Rule: r, Date: dayIn, Inputs: in("中型", "6000000", "4年"), Want: want("deduction", "3000000.00", "share", "0.5")},
		{Name: "5-year life: half", Clause: ch, Rule: r, Date: dayIn, Inputs: in("微型", "6000000", "5年"), Want: want("deduction", "3000000.00")},
		// 5,000,000.01 × 50% = 2,500,000.005 → 2,500,000.01
		{Name: "10-year life: half, rounded", Clause: ch, Rule: r, Date: dayIn, Inputs: in("小型", "5000000.01", "10年"), Want: want("deduction", "2500000.01")},
		{Name: "large firm", Clause: c, Rule: r, Date: dayIn, Inputs: in("大型", "6000000", "3年"), Failed: []string{"sme"}},
		{Name: "a life the clause does not name", Clause: ch, Rule: r, Date: dayIn, Inputs: in("小型", "6000000", "6年"), Err: rules.ErrInvalidInput, Field: "min_life"},
		{Name: "zero value", Clause: c, Rule: r, Date: dayIn, Inputs: in("小型", "0", "3年"), Err: rules.ErrInvalidInput, Field: "unit_value"},
	}
	cases = append(cases, periodCases(r, "一、5 在2022年新购置", jan1, dec31, in("小型", "6000000", "3年"), want("deduction", "6000000.00"))...)
	rulestest.Run(t, relief.Book(), cases)
}

func TestRDSuperDeduction(t *testing.T) {
	r := relief.RuleRDSuperDeduction
	const c = "一、5 将科技型中小企业研发费用企业所得税加计扣除比例从75%提高到100%"
	in := rules.Inputs{"tech_sme": true, "rd_expense": "1000000"}
	cases := []rulestest.Case{
		// 1,000,000 × 100%; increase 1,000,000 × 25% = 250,000
		{Name: "tech SME", Clause: c, Rule: r, Date: dayIn, Inputs: in, Want: want("super_deduction", "1000000.00", "increase", "250000.00", "rate", "1")},
		// 333.33 × 25% = 83.3325 → 83.33
		{Name: "odd amount", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "rd_expense", "333.33"), Want: want("super_deduction", "333.33", "increase", "83.33")},
		{Name: "no R&D", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "rd_expense", "0"), Want: want("super_deduction", "0.00")},
		{Name: "not a tech SME", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "tech_sme", false), Failed: []string{"tech_sme"}},
		{Name: "flag given as text", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "tech_sme", "yes"), Err: rules.ErrInvalidInput, Field: "tech_sme"},
	}
	cases = append(cases, periodCases(r, clausePeriod, docFirst, docLast, in, want("super_deduction", "1000000.00"))...)
	rulestest.Run(t, relief.Book(), cases)
}

func TestVATAdditionalDeduction(t *testing.T) {
	r := relief.RuleVATAdditionalDeduction
	const c = "一、6 允许生产性、生活性服务业纳税人按照当期可抵扣进项税额分别加计10%、15%，抵减增值税应纳税额"
	in := func(kind, input string) rules.Inputs {
		return rules.Inputs{"taxpayer": kind, "creditable_input": input}
	}
	cases := []rulestest.Case{
		// 100,000 × 10% = 10,000
		{Name: "productive service", Clause: c, Rule: r, Date: dayIn, Inputs: in("生产性服务业", "100000"),
			Want: want("additional_deduction", "10000.00", "vat_exempt", "false", "prepayment_suspended", "false")},
		// 100,000 × 15% = 15,000
		{Name: "lifestyle service", Clause: c, Rule: r, Date: dayIn, Inputs: in("生活性服务业", "100000"), Want: want("additional_deduction", "15000.00")},
		// 33.33 × 15% = 4.9995 → 5.00
		{Name: "lifestyle, rounded", Clause: c, Rule: r, Date: dayIn, Inputs: in("生活性服务业", "33.33"), Want: want("additional_deduction", "5.00")},
		{Name: "public transport is exempt", Clause: "一、6 免征公交和长途客运、轮客渡、出租车、城市轻轨等公共交通运输服务增值税", Rule: r, Date: dayIn, Inputs: in("公共交通运输服务", "0"),
			Want: want("additional_deduction", "0.00", "vat_exempt", "true", "prepayment_suspended", "false")},
		{Name: "airline branch suspends prepayment", Clause: "一、6 航空和铁路运输企业分支机构暂停预缴增值税", Rule: r, Date: dayIn, Inputs: in("航空和铁路运输企业分支机构", "0"),
			Want: want("vat_exempt", "false", "prepayment_suspended", "true")},
		{Name: "other taxpayers", Clause: c, Rule: r, Date: dayIn, Inputs: in("其他纳税人", "100000"), Failed: []string{"covered_taxpayer"}},
		{Name: "unknown kind", Clause: c, Rule: r, Date: dayIn, Inputs: in("服务业", "100000"), Err: rules.ErrInvalidInput, Field: "taxpayer"},
	}
	cases = append(cases, periodCases(r, "一、6 2022年1月1日至2022年12月31日", jan1, dec31, in("生产性服务业", "100000"), want("additional_deduction", "10000.00"))...)
	rulestest.Run(t, relief.Book(), cases)
}
