package welfare_test

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// The standards of a locality: its monthly 低保 standard, 低边 standard and
// minimum wage, and last year's urban per-capita consumption figures. The
// document states none of them; the caller does.
var local = welfare.LocalStandards{
	Dibao:                  decimal.RequireFromString("1085"),
	Dibian:                 decimal.RequireFromString("1627.50"),
	MinimumWage:            decimal.RequireFromString("2280"),
	UrbanConsumption:       decimal.RequireFromString("36000"),
	UrbanLivingConsumption: decimal.RequireFromString("30000"),
}

var on = rules.MustDate(2023, 6, 1)

func ExampleBook() {
	b := welfare.Book()
	period, _ := b.InForce(welfare.RuleHighAgeAllowance)
	fmt.Println(welfare.Opinions().Number, period)
	fmt.Println(len(b.RuleIDs()), "rules")
	// Output:
	// 温政发〔2022〕6号 2022-05-01 – 2025-12-31
	// 37 rules
}

// A county that pays more than the city's floors derives its own book; a
// figure below a floor is refused.
func ExampleCountyHighAgeAllowance() {
	county := &rules.Document{Number: "某县高龄津贴办法（示例）", Title: "某县高龄津贴发放办法", Issuer: "某县人民政府",
		Issued: rules.MustDate(2022, 6, 1), InForce: rules.Since(rules.MustDate(2022, 7, 1))}
	elder := welfare.Member{BirthDate: rules.MustDate(1938, 1, 1)} // 85 on 2023-06-01
	home := welfare.Household{Locality: welfare.Pingyang}

	// The document's own book: the county sets its figure; 市区's is the reference.
	_, err := welfare.HighAgeAllowance(on, home, elder)
	var re *rules.Error
	if errors.As(err, &re) && re.Reference != nil {
		fmt.Println("参照", re.Reference.Value.Number().StringFixed(2))
	}

	// The county's own book pays its own figure.
	b, err := welfare.Book().Derive(welfare.CountyHighAgeAllowance(welfare.Pingyang, rules.MustDate(2022, 7, 1),
		&rules.Bracket{Of: rules.Year, Bands: []rules.Band{
			{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.RequireFromString("70")},
			{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.RequireFromString("200")},
			{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.RequireFromString("500")},
		}}, county.Cite("第三条", "80周岁至89周岁的老年人每人每月70元"))...)
	if err != nil {
		fmt.Println(err)
		return
	}
	a, err := welfare.MustEvaluator(b).HighAgeAllowance(on, home, elder)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Amount.StringFixed(2))
	// Output:
	// 参照 50.00
	// 70.00
}

func ExampleNewEvaluator() {
	county := &rules.Document{Number: "某县高龄津贴办法（示例）", Title: "某县高龄津贴发放办法", Issuer: "某县人民政府",
		Issued: rules.MustDate(2022, 6, 1), InForce: rules.Since(rules.MustDate(2022, 7, 1))}
	bands := func(a, b, c string) *rules.Bracket {
		return &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
			{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.RequireFromString(a)},
			{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.RequireFromString(b)},
			{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.RequireFromString(c)},
		}}
	}
	derived, err := welfare.Book().Derive(welfare.CountyHighAgeAllowance(welfare.Yongjia, rules.MustDate(2022, 7, 1),
		bands("80", "300", "800"), county.Cite("第三条", "每人每月80元、300元、800元"))...)
	if err != nil {
		fmt.Println(err)
		return
	}
	ev, err := welfare.NewEvaluator(derived)
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ := ev.HighAgeAllowance(on, welfare.Household{Locality: welfare.Yongjia}, welfare.Member{BirthDate: rules.MustDate(1930, 1, 1)})
	fmt.Println(b.Amount.StringFixed(2))

	_, err = welfare.Book().Derive(rules.Override{Param: "high_age_allowance", From: rules.MustDate(2022, 7, 1),
		Value: bands("40", "200", "500"), Cite: county.Cite("第三条", "每人每月40元")})
	fmt.Println(err != nil)
	// Output:
	// 300.00
	// true
}

// An evaluator serves every rule of the book it was made over; one member
// of a 低保 household, every benefit of part 1 at once.
func ExampleEvaluator() {
	ev := welfare.MustEvaluator(welfare.Book())
	h := welfare.Household{Locality: welfare.Lucheng, Status: welfare.Dibao}
	m := welfare.Member{BirthDate: rules.MustDate(1932, 9, 1), SelfCare: welfare.MildlyDependent, Veteran: true}
	for _, f := range []func() (welfare.Benefit, error){
		func() (welfare.Benefit, error) { return ev.HighAgeAllowance(on, h, m) },
		func() (welfare.Benefit, error) { return ev.ElderlyCareSubsidy(on, h, m, local) },
		func() (welfare.Benefit, error) { return ev.VeteranSupplement(on, h, m, local) },
		func() (welfare.Benefit, error) { return ev.TekunCareFee(on, m, local) },
	} {
		b, err := f()
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(b.Rule, b.Eligible, b.Amount.StringFixed(2))
	}
	// Output:
	// welfare.elderly.high_age_allowance true 200.00
	// welfare.elderly.care_subsidy true 125.00
	// welfare.veteran.dibao_supplement true 108.50
	// welfare.tekun.care_fee false 0.00
}

func ExampleMustEvaluator() {
	ev := welfare.MustEvaluator(welfare.Book())
	b, _ := ev.WorkerLivingAid(on, welfare.Household{Locality: welfare.Lucheng, HardshipWorker: true}, local)
	fmt.Println(ev.Book() == welfare.Book(), b.Amount.StringFixed(2))
	// Output: true 13020.00
}

func ExampleEvaluator_Book() {
	ev := welfare.MustEvaluator(welfare.Book())
	fmt.Println(ev.Book().Hash() == welfare.Book().Hash())
	// Output: true
}

func ExampleTargets2025() {
	rural := decimal.RequireFromString("13000") // 1.3万元以下 includes 13,000
	c, _ := welfare.Targets2025(rules.MustDate(2025, 12, 31), welfare.TargetFigures{
		LowestDibaoStandard: decimal.RequireFromString("1085"), // × 12 = 13,020
		LowestRuralIncome:   &rural,
		ResidentIncome:      decimal.RequireFromString("78000"),
		MiddleIncomeShare:   decimal.RequireFromString("0.81"),
	})
	fmt.Println(c.AllMet, c.DibaoStandard, c.RuralIncome, c.ResidentIncome, c.MiddleIncomeShare)
	// A figure not given is unknown, not a target missed.
	_, err := welfare.Targets2025(rules.MustDate(2025, 12, 31), welfare.TargetFigures{
		LowestDibaoStandard: decimal.RequireFromString("1085"), LowestRuralIncome: &rural,
		MiddleIncomeShare: decimal.RequireFromString("0.81"),
	})
	fmt.Println(err)
	// Output:
	// false true false true true
	// rules: welfare.indicators.targets_2025: resident_income: missing
}

// A 低保 household of three, assessed on the income of June 2022 to May
// 2023. The father's first job began on 2022-03-01: what he earned to
// 2023-03-01 is not counted (1年内不计家庭收入), from the cost of the 2 years
// after the 低边 standard is deducted. Of his 36,000, spread over the 12
// months, June to February (9 months, 27,000) is not counted; March to May
// (3 months, 9,000) less 1,627.50 × 3 = 4,882.50 counts 4,117.50. Of the
// mother's public-welfare post subsidy, the part up to the 低边 standard
// (1,627.50 × 12 = 19,530) is not counted.
func ExampleCountedIncome() {
	h := welfare.Household{Locality: welfare.Ouhai, Status: welfare.Dibao, Members: make([]welfare.Member, 3),
		Income: welfare.Income{PeriodMonths: 12, From: rules.MustDate(2022, 6, 1), To: rules.MustDate(2023, 5, 31), Items: []welfare.IncomeItem{
			{Kind: welfare.WageIncome, Amount: decimal.RequireFromString("36000"), Member: 0, FirstEmployment: true, StartedOn: rules.MustDate(2022, 3, 1)},
			{Kind: welfare.PublicPostSubsidy, Amount: decimal.RequireFromString("20400"), Member: 1},
			{Kind: welfare.OtherIncome, Amount: decimal.RequireFromString("3000"), Member: 2},
		}}}
	inc, err := welfare.CountedIncome(on, h, local)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, it := range inc.Items {
		line := fmt.Sprint(it.Item.Kind, " ", it.Counted.StringFixed(2), " ", it.Excluded.StringFixed(2), " ", it.Treatment)
		if !it.ExemptUntil.IsZero() {
			line += " " + it.ExemptUntil.String()
		}
		fmt.Println(line)
	}
	fmt.Println("counted", inc.Counted.StringFixed(2))
	// Output:
	// 就业收入 4117.50 31882.50 按月分摊：免计期内不计入，扣除期内按低边标准扣除，其余计入 2023-03-01
	// 公益性岗位补贴 870.00 19530.00 岗位补贴低于低边标准部分不计入
	// 其他收入 3000.00 0.00 全额计入
	// counted 7987.50
}

func ExampleDibaoAllowance() {
	h := welfare.Household{Locality: welfare.Ouhai, Status: welfare.Dibao, Members: make([]welfare.Member, 3),
		Income: welfare.Income{PeriodMonths: 12, Items: []welfare.IncomeItem{
			{Kind: welfare.OtherIncome, Amount: decimal.RequireFromString("3870")},
		}}}
	a, err := welfare.DibaoAllowance(on, h, local)
	if err != nil {
		fmt.Println(err)
		return
	}
	// (1085 − 3870 / 12 / 3) × 3 = 3255 − 322.50 = 2932.50
	fmt.Println(a.Eligible, a.Amount.StringFixed(2), a.Unit, a.PerCapitaIncome.StringFixed(2))
	// Output: true 2932.50 元/月 107.50
}

func ExampleDibaoPhaseOut() {
	// The income of April 2022 to March 2023, found over the standard on
	// 2023-04-20.
	h := welfare.Household{Locality: welfare.Ruian, Status: welfare.Dibian, Members: make([]welfare.Member, 2),
		Income: welfare.Income{PeriodMonths: 12, From: rules.MustDate(2022, 4, 1), To: rules.MustDate(2023, 3, 31), Items: []welfare.IncomeItem{
			{Kind: welfare.OtherIncome, Amount: decimal.RequireFromString("40000")}, // 1,666.67 a person a month > 1,627.50
		}}}
	p, err := welfare.DibaoPhaseOut(on, h, local, rules.MustDate(2023, 4, 20), false)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Eligible, p.Until, p.InPhaseOut, p.PerCapitaIncome.StringFixed(2))
	// Output: true 2024-04-20 true 1666.67
}

func ExampleDibianStandard() {
	for _, f := range []string{"1.5", "2", "2.5"} {
		d, err := welfare.DibianStandard(on, local, decimal.RequireFromString(f))
		if err != nil {
			fmt.Println(f, "refused")
			continue
		}
		fmt.Println(f, d.Threshold.StringFixed(2), d.CappedByWage)
	}
	// Output:
	// 1.5 1627.50 false
	// 2 2170.00 false
	// 2.5 refused
}

func ExampleTekunBasicStandard() {
	s, _ := welfare.TekunBasicStandard(on, local)
	fmt.Println(s.Monthly.StringFixed(2), s.Yearly.StringFixed(2), s.Binding)
	// Output: 1500.00 18000.00 按上年度城镇居民人均消费支出
}

func ExampleTekunCareFee() {
	for _, m := range []welfare.Member{
		{Tekun: welfare.TekunSocialInstitution, SelfCare: welfare.FullyDependent},
		{Tekun: welfare.TekunDispersed, SelfCare: welfare.FullyDependent},
		{Tekun: welfare.TekunGovernmentInstitution, SelfCare: welfare.FullyDependent},
	} {
		b, err := welfare.TekunCareFee(on, m, local)
		if err != nil {
			fmt.Println(m.Tekun, "assessed locally")
			continue
		}
		fmt.Println(m.Tekun, b.Amount.StringFixed(2))
	}
	// Output:
	// 社会机构集中供养 1824.00
	// 分散供养 912.00
	// 政府供养机构集中供养 assessed locally
}

func ExampleVeteranSupplement() {
	vet := welfare.Member{Veteran: true}
	b, _ := welfare.VeteranSupplement(on, welfare.Household{Locality: welfare.Lucheng, Status: welfare.Dibao}, vet, local)
	fmt.Println(b.Amount.StringFixed(2), b.Unit)
	b, _ = welfare.VeteranSupplement(on, welfare.Household{Locality: welfare.Lucheng, Status: welfare.Dibian}, vet, local)
	fmt.Println(b.Eligible, b.Failed[0].In(rules.Chinese))
	// 附则1: the policy is for Wenzhou registrations, and 二、4 says nothing
	// otherwise.
	b, _ = welfare.VeteranSupplement(on, welfare.Household{Locality: welfare.OutsideWenzhou, Status: welfare.Dibao}, vet, local)
	fmt.Println(b.Eligible, b.Failed[0].In(rules.Chinese))
	// Output:
	// 108.50 元/人·月
	// false 未满足：低保中的（household_status = 低边）
	// false 未满足：温州户籍（area = 市外）
}

func ExampleElderlyCareSubsidy() {
	h := welfare.Household{Locality: welfare.Pingyang, Status: welfare.Dibao}
	no := false
	for _, m := range []welfare.Member{
		{BirthDate: rules.MustDate(1950, 1, 1), SelfCare: welfare.FullyDependent},
		{BirthDate: rules.MustDate(1943, 6, 1), SelfCare: welfare.SelfCaring},                // 80 on 2023-06-01, assessed able
		{BirthDate: rules.MustDate(1943, 6, 2), SelfCare: welfare.SelfCaring, Dementia: &no}, // 79, able, not demented
	} {
		b, _ := welfare.ElderlyCareSubsidy(on, h, m, local)
		fmt.Println(b.Eligible, b.Amount.StringFixed(2))
	}
	// A class not assessed is missing, not "able": at 80 the figure is
	// anywhere from 125 to 500.
	_, err := welfare.ElderlyCareSubsidy(on, h, welfare.Member{BirthDate: rules.MustDate(1943, 6, 1)}, local)
	fmt.Println(err)
	// Output:
	// true 500.00
	// true 125.00
	// false 0.00
	// rules: welfare.elderly.care_subsidy: self_care: missing
}

// The allowance with the clauses it rests on.
func ExampleHighAgeAllowance() {
	h := welfare.Household{Locality: welfare.Lucheng}
	for _, born := range []rules.Date{rules.MustDate(1943, 6, 2), rules.MustDate(1943, 6, 1), rules.MustDate(1933, 6, 1), rules.MustDate(1923, 6, 1)} {
		b, _ := welfare.HighAgeAllowance(on, h, welfare.Member{BirthDate: born})
		if !b.Eligible {
			fmt.Println(b.Failed[0].In(rules.Chinese))
			continue
		}
		fmt.Println(b.Amount.StringFixed(2), b.Unit)
	}
	b, _ := welfare.HighAgeAllowance(on, h, welfare.Member{BirthDate: rules.MustDate(1923, 6, 1)})
	for _, c := range b.Result.Citations() {
		fmt.Println(c.Ref())
	}
	// Output:
	// 未满足：80周岁以上（age = 79 年, high_age_allowance_min = 80 年）
	// 50.00 元/人·月
	// 200.00 元/人·月
	// 500.00 元/人·月
	// 温政发〔2022〕6号 二、5
	// 温政发〔2022〕6号 二、5
	// 温政发〔2022〕6号 附则1
}

func ExampleChildBasicLiving() {
	orphan := welfare.Member{BirthDate: rules.MustDate(2013, 3, 1), ChildCategory: welfare.ScatteredOrphan}
	b, _ := welfare.ChildBasicLiving(on, welfare.Household{Locality: welfare.Lucheng}, orphan, local)
	monthly, _ := b.Result.Figure("monthly")
	fmt.Println(b.Amount.StringFixed(2), monthly.Value.Number().StringFixed(2))
	// Output: 21000.00 1750.00
}

func ExampleFamilyPlanningGrant() {
	for _, h := range []welfare.Household{
		{Locality: welfare.Lucheng, FamilyPlanning: welfare.FPSeriousIllness},
		{Locality: welfare.Longwan, FamilyPlanning: welfare.FPLeftBehind},
		{Locality: welfare.Yueqing, FamilyPlanning: welfare.FPSeriousIllness},
	} {
		b, _ := welfare.FamilyPlanningGrant(on, h)
		fmt.Println(h.Locality, b.Eligible, b.Amount.StringFixed(2))
	}
	// Output:
	// 鹿城区 true 3500.00
	// 龙湾区 true 1500.00
	// 乐清市 false 0.00
}

func ExampleWorkerLivingAid() {
	b, _ := welfare.WorkerLivingAid(on, welfare.Household{Locality: welfare.Lucheng, HardshipWorker: true}, local)
	fmt.Println(b.Amount.StringFixed(2), b.Unit)
	// Output: 13020.00 元/户·年
}

var patient = welfare.Member{Mental: &welfare.MentalHealth{RiskClass: welfare.RiskClassI, GuardianFulfils: true, CommunityManaged: true}}

func ExampleMentalGuardianSubsidy() {
	b, _ := welfare.MentalGuardianSubsidy(on, welfare.Household{Locality: welfare.Lucheng}, patient)
	fmt.Println(b.Amount.StringFixed(2), b.Unit)
	// Output: 150.00 元/人·月
}

func ExampleMentalCareSubsidy() {
	b, _ := welfare.MentalCareSubsidy(on, welfare.Household{Locality: welfare.Lucheng, Status: welfare.Dibao}, patient)
	fmt.Println(b.Amount.StringFixed(2))
	b, _ = welfare.MentalCareSubsidy(on, welfare.Household{Locality: welfare.Lucheng}, patient)
	fmt.Println(b.Eligible, b.Failed[0].Name)
	// Output:
	// 200.00
	// false hardship
}

func ExampleMentalInjectionSubsidy() {
	b, _ := welfare.MentalInjectionSubsidy(on, welfare.Household{Locality: welfare.Lucheng}, patient)
	for _, f := range b.Failed {
		fmt.Println(f.Name)
	}
	// Output:
	// schizophrenia
	// poor_compliance
	// weak_guardianship
	// incident_risk
	// injection_approved
}

func ExampleLocalities() {
	fmt.Println(len(welfare.Localities()), welfare.Localities()[0], welfare.Localities()[14])
	// Output: 15 市本级 市外
}

func ExampleParseLocality() {
	l, err := welfare.ParseLocality("洞头区")
	fmt.Println(l, l.Urban(), err)
	_, err = welfare.ParseLocality("杭州市")
	fmt.Println(err)
	// Output:
	// 洞头区 true <nil>
	// rules: locality: "杭州市" is not one of: 市本级, 鹿城区, 龙湾区, 瓯海区, 洞头区, 市级功能区, 瑞安市, 乐清市, 龙港市, 永嘉县, 平阳县, 苍南县, 文成县, 泰顺县, 市外
}

func ExampleLocality_Urban() {
	fmt.Println(welfare.Lucheng.Urban(), welfare.CityFunctionalZone.Urban(), welfare.Longgang.Urban())
	// Output: true true false
}

func ExampleLocality_Wenzhou() {
	fmt.Println(welfare.Taishun.Wenzhou(), welfare.OutsideWenzhou.Wenzhou())
	// Output: true false
}

func ExampleStatuses() {
	fmt.Println(welfare.Statuses())
	// Output: [低保 低边 无]
}

func ExampleParseStatus() {
	s, err := welfare.ParseStatus("低边")
	fmt.Println(s, err)
	// Output: 低边 <nil>
}

func ExampleTekunSupports() {
	fmt.Println(welfare.TekunSupports())
	// Output: [政府供养机构集中供养 社会机构集中供养 分散供养 非特困人员]
}

func ExampleParseTekunSupport() {
	s, err := welfare.ParseTekunSupport("分散供养")
	fmt.Println(s == welfare.TekunDispersed, err)
	// Output: true <nil>
}

func ExampleSelfCares() {
	fmt.Println(welfare.SelfCares())
	// Output: [完全丧失生活自理能力 中度丧失生活自理能力 轻度丧失生活自理能力 具备生活自理能力]
}

func ExampleParseSelfCare() {
	_, err := welfare.ParseSelfCare("基本不能自理")
	fmt.Println(err)
	// Output: rules: self-care class: "基本不能自理" is not one of: 完全丧失生活自理能力, 中度丧失生活自理能力, 轻度丧失生活自理能力, 具备生活自理能力
}

func ExampleDisabilityKinds() {
	fmt.Println(welfare.DisabilityKinds())
	// Output: [视力 听力 言语 肢体 智力 精神 多重 无]
}

func ExampleParseDisabilityKind() {
	k, err := welfare.ParseDisabilityKind("精神")
	fmt.Println(k == welfare.Mental, err)
	// Output: true <nil>
}

func ExampleCareModes() {
	fmt.Println(welfare.CareModes())
	// Output: [居家养老 机构养老]
}

func ExampleParseCareMode() {
	m, err := welfare.ParseCareMode("机构养老")
	fmt.Println(m == welfare.InstitutionalCare, err)
	// Output: true <nil>
}

func ExampleChildCategories() {
	fmt.Println(welfare.ChildCategories())
	// Output: [机构养育孤儿 社会散居孤儿 艾滋病病毒感染儿童 事实无人抚养儿童 困境儿童 无]
}

func ExampleParseChildCategory() {
	c, err := welfare.ParseChildCategory("困境儿童")
	fmt.Println(c == welfare.ChildInDifficulty, err)
	// Output: true <nil>
}

func ExampleFamilyPlanningCategories() {
	fmt.Println(welfare.FamilyPlanningCategories())
	// Output: [患重病的计生困难家庭 独生子女死亡或伤残家庭 生活有特殊困难的计生家庭 计生困难家庭留守人员 无]
}

func ExampleParseFamilyPlanningCategory() {
	c, err := welfare.ParseFamilyPlanningCategory("独生子女死亡或伤残家庭")
	fmt.Println(c == welfare.FPOnlyChildLost, err)
	// Output: true <nil>
}

func ExampleRiskClasses() {
	fmt.Println(welfare.RiskClasses())
	// Output: [Ⅰ类 Ⅱ类 无]
}

func ExampleParseRiskClass() {
	c, err := welfare.ParseRiskClass("I类") // the Latin letter, as the document prints it
	fmt.Println(c, err)
	// Output: Ⅰ类 <nil>
}

func ExampleMentalHealthParts() {
	fmt.Println(welfare.MentalHealthParts())
	// Output: [监护补助 护理照料补贴 长效针剂补助]
}

func ExampleParseMentalHealthPart() {
	p, err := welfare.ParseMentalHealthPart("护理照料补贴")
	fmt.Println(p == welfare.PartCare, err)
	// Output: true <nil>
}

func ExampleIncomeKinds() {
	fmt.Println(welfare.IncomeKinds())
	// Output: [就业收入 经营收入 公益性岗位补贴 青苗补偿费 来料加工收入 退役军人生活补助 折股量化收益 其他收入]
}

func ExampleParseIncomeKind() {
	k, err := welfare.ParseIncomeKind("来料加工收入")
	fmt.Println(k == welfare.OutsourcedWork, err)
	// Output: true <nil>
}

func ExampleIncomeTreatments() {
	fmt.Println(len(welfare.IncomeTreatments()), welfare.IncomeTreatments()[0])
	// Output: 14 首次就业创业免计期内不计入
}

func ExampleOpinions() {
	doc := welfare.Opinions() // a copy: the package's own stays as issued
	fmt.Println(doc.Number, doc.InForce)
	// Output: 温政发〔2022〕6号 2022-05-01 – 2025-12-31
}

func ExampleMinorsLaw() {
	// The opinions speak of children (儿童) without an age; the library reads
	// them as minors, under 18 full years, citing this law's article 2.
	c := welfare.MinorsLaw().Cite("第二条", "本法所称未成年人是指未满十八周岁的公民")
	fmt.Println(c.Ref())
	// Output: 中华人民共和国主席令第五十七号 第二条
}
