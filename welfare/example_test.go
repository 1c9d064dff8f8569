package welfare_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// A woman of 鹿城区 born on 1938-03-01 is 85 on 2023-06-01: 二、5 pays
// 80周岁至89周岁的老年人每人每月50元.
func Example() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	household := welfare.Household{Locality: welfare.Lucheng}
	elder := welfare.Member{Name: "王阿婆", BirthDate: rules.MustDate(1938, 3, 1)}
	a, err := welfare.Default().HighAgeAllowance(on, welfare.MemberCase{Household: household, Member: elder})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Eligible(), a.Amount.StringFixed(2))
	// Output: true 50.00
}

func ExampleBook() {
	b := welfare.Book()
	period, _ := b.InForce(welfare.RuleHighAgeAllowance)
	fmt.Println(welfare.Opinions().Number, period)
	fmt.Println(len(b.RuleIDs()), "rules")
	// Output:
	// 温政发〔2022〕6号 2022-05-01 – 2025-12-31
	// 45 rules
}

// A county that pays more than the city's floors derives its own book; a
// figure below a floor is refused.
func ExampleCountyHighAgeAllowance() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	county := &rules.Document{Number: "某县高龄津贴办法（示例）", Title: "某县高龄津贴发放办法", Issuer: "某县人民政府",
		Issued: rules.MustDate(2022, 6, 1), InForce: rules.Since(rules.MustDate(2022, 7, 1))}
	elder := welfare.Member{BirthDate: rules.MustDate(1938, 1, 1)} // 85 on 2023-06-01
	home := welfare.Household{Locality: welfare.Pingyang}

	// The document's own book: the county sets its figure; 市区's is the reference.
	_, err := welfare.Default().HighAgeAllowance(on, welfare.MemberCase{Household: home, Member: elder})
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
	a, err := welfare.MustEvaluator(b).HighAgeAllowance(on, welfare.MemberCase{Household: home, Member: elder})
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
	on := rules.MustDate(2023, 6, 1) // the date of the case
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
	b, _ := ev.HighAgeAllowance(on, welfare.MemberCase{Household: welfare.Household{Locality: welfare.Yongjia}, Member: welfare.Member{BirthDate: rules.MustDate(1930, 1, 1)}})
	fmt.Println(b.Amount.StringFixed(2))

	_, err = welfare.Book().Derive(rules.Override{Param: "high_age_allowance", From: rules.MustDate(2022, 7, 1),
		Value: bands("40", "200", "500"), Cite: county.Cite("第三条", "每人每月40元")})
	fmt.Println(err != nil)
	// Output:
	// 300.00
	// true
}

// An evaluator serves every rule of the book it was made over; one member
// of a 低保 household, every benefit of sections 一 and 二 at once.
func ExampleEvaluator() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// The locality's standards, which the document leaves to the caller: its
	// monthly 低保 and 低边 standards and minimum wage, and last year's urban
	// per-capita consumption.
	local := welfare.LocalStandards{
		Dibao:                  decimal.RequireFromString("1085"),
		Dibian:                 decimal.RequireFromString("1627.50"),
		MinimumWage:            decimal.RequireFromString("2280"),
		UrbanConsumption:       decimal.RequireFromString("36000"),
		UrbanLivingConsumption: decimal.RequireFromString("30000"),
	}
	ev := welfare.MustEvaluator(welfare.Book())
	h := welfare.Household{Locality: welfare.Lucheng, Status: welfare.Dibao}
	m := welfare.Member{BirthDate: rules.MustDate(1932, 9, 1), SelfCare: welfare.MildlyDependent, Veteran: true}
	c := welfare.MemberCase{Household: h, Member: m, LocalStandards: local}
	show := func(rule string, eligible bool, amount decimal.Decimal, err error) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(rule, eligible, amount.StringFixed(2))
	}
	a, err := ev.HighAgeAllowance(on, c)
	show(welfare.RuleHighAgeAllowance, a.Eligible(), a.Amount, err)
	s, err := ev.ElderlyCareSubsidy(on, c)
	show(welfare.RuleElderlyCareSubsidy, s.Eligible(), s.Amount, err)
	v, err := ev.VeteranSupplement(on, c)
	show(welfare.RuleVeteranSupplement, v.Eligible(), v.Amount, err)
	f, err := ev.TekunCareFee(on, c)
	show(welfare.RuleTekunCareFee, f.Eligible(), f.Amount, err)
	// Output:
	// welfare.elderly.high_age_allowance true 200.00
	// welfare.elderly.care_subsidy true 125.00
	// welfare.veteran.dibao_supplement true 108.50
	// welfare.tekun.care_fee false 0.00
}

// Default is the evaluator over the document's own book.
func ExampleDefault() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	ev := welfare.Default()
	b, err := ev.HighAgeAllowance(on, welfare.MemberCase{Household: welfare.Household{Locality: welfare.Lucheng},
		Member: welfare.Member{BirthDate: rules.MustDate(1933, 6, 1)}}) // 90 on 2023-06-01
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(ev.Book() == welfare.Book(), b.Amount.StringFixed(2), b.Unit)
	// Output: true 200.00 元/人·月
}

func ExampleMustEvaluator() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// The locality's standards, which the document leaves to the caller: its
	// monthly 低保 and 低边 standards and minimum wage, and last year's urban
	// per-capita consumption.
	local := welfare.LocalStandards{
		Dibao:                  decimal.RequireFromString("1085"),
		Dibian:                 decimal.RequireFromString("1627.50"),
		MinimumWage:            decimal.RequireFromString("2280"),
		UrbanConsumption:       decimal.RequireFromString("36000"),
		UrbanLivingConsumption: decimal.RequireFromString("30000"),
	}
	ev := welfare.MustEvaluator(welfare.Book())
	b, _ := ev.WorkerLivingAid(on, welfare.HouseholdCase{Household: welfare.Household{Locality: welfare.Lucheng, HardshipWorker: true}, LocalStandards: local})
	fmt.Println(ev.Book() == welfare.Book(), b.Amount.StringFixed(2))
	// Output: true 13020.00
}

func ExampleEvaluator_Book() {
	ev := welfare.MustEvaluator(welfare.Book())
	fmt.Println(ev.Book().Hash() == welfare.Book().Hash())
	// Output: true
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
	// locality: "杭州市" is not one of: 市本级, 鹿城区, 龙湾区, 瓯海区, 洞头区, 市级功能区, 瑞安市, 乐清市, 龙港市, 永嘉县, 平阳县, 苍南县, 文成县, 泰顺县, 市外
}

func ExampleLocality_Urban() {
	fmt.Println(welfare.Lucheng.Urban(), welfare.CityZone.Urban(), welfare.Longgang.Urban())
	// Output: true true false
}

func ExampleLocality_Wenzhou() {
	fmt.Println(welfare.Taishun.Wenzhou(), welfare.OutsideWenzhou.Wenzhou())
	// Output: true false
}

func ExampleAssistanceStatuses() {
	fmt.Println(welfare.AssistanceStatuses())
	// Output: [低保 低边 无]
}

func ExampleParseAssistanceStatus() {
	s, err := welfare.ParseAssistanceStatus("低边")
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
	// Output: self-care class: "基本不能自理" is not one of: 完全丧失生活自理能力, 中度丧失生活自理能力, 轻度丧失生活自理能力, 具备生活自理能力
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

// A locality read from JSON is checked against the opinions' list.
func ExampleLocality_UnmarshalText() {
	var l welfare.Locality
	fmt.Println(json.Unmarshal([]byte(`"鹿城区"`), &l), l)
	fmt.Println(json.Unmarshal([]byte(`"杭州市"`), &l))
	// Output:
	// <nil> 鹿城区
	// locality: "杭州市" is not one of: 市本级, 鹿城区, 龙湾区, 瓯海区, 洞头区, 市级功能区, 瑞安市, 乐清市, 龙港市, 永嘉县, 平阳县, 苍南县, 文成县, 泰顺县, 市外
}

// A household's locality not given writes null, which reads back as not
// given, so that a case round-trips through JSON; "" is refused when read.
func ExampleLocality_MarshalJSON() {
	for _, l := range []welfare.Locality{welfare.Lucheng, ""} {
		b, _ := json.Marshal(l)
		var back welfare.Locality
		fmt.Println(string(b), json.Unmarshal(b, &back), back == l)
	}
	// Output:
	// "鹿城区" <nil> true
	// null <nil> true
}
