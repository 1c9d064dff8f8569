package productivity_test

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/productivity"
	"github.com/wzpolicy/wzpolicy/rules"
)

// A manufacturer headquartered in Wenzhou with 1.2 billion yuan of output
// there (超10亿元), first listed among the Zhejiang top 100 manufacturers
// on 2022-12-20, within the policy: 五 gives 2,000,000 yuan (入选“浙江制造业
// 企业100强”……首次给予200万元奖励). A firm of class C or D, or on the list
// of seriously dishonest entities, would get nothing (末段).
func Example() {
	on := rules.MustDate(2023, 6, 1) // the date the reward is decided
	firm := productivity.Firm{
		Locality:   productivity.Longwan,
		AboveScale: true,
		Mujun:      productivity.MujunA,
		Credit:     productivity.CreditNormal,
	}
	r, err := productivity.Default().HeadquartersReward(on, productivity.HeadquartersClaim{
		Firm: firm,
		Headquarters: productivity.Headquarters{
			HQInWenzhou:   new(true),
			Manufacturing: new(true),
			WenzhouOutput: decimal.NewFromInt(1_200_000_000), // yuan
			Honour:        productivity.ZhejiangManufacturingTop100,
			Recognition:   productivity.FirstListing,
			ListedOn:      rules.MustDate(2022, 12, 20),
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Eligible(), r.Amount.StringFixed(2))
	// Output: true 2000000.00
}

func ExampleEvaluator_LabourProductivity() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// 4,600 万元 of value added, 200 employees on average.
	p, err := productivity.Default().LabourProductivity(on, productivity.Labour{ValueAdded: decimal.RequireFromString("4600"), AverageEmployees: decimal.RequireFromString("200")})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Value, "万元/人年; standard line:", p.ReachesStandardLine, "high line:", p.ReachesHighLine)
	// The explanation, evaluated again when asked, without its receipt
	// line (the book's hash).
	lines := strings.Split(strings.TrimSpace(p.Result().Explain(rules.Chinese)), "\n")
	fmt.Println(strings.Join(lines[:len(lines)-1], "\n"))

	// 5,200 ÷ 200 = 26 reaches the high line too.
	p, _ = productivity.Default().LabourProductivity(on, productivity.Labour{ValueAdded: decimal.RequireFromString("5200"), AverageEmployees: decimal.RequireFromString("200")})
	fmt.Println(p.Value, p.ReachesHighLine)
	// Output:
	// 23 万元/人年; standard line: true high line: false
	// 全员劳动生产率 (productivity.labour.ratio)
	// 评估日期：2023年6月1日（适用期间 2022年4月30日至2024年12月31日）
	// 依据：温政办〔2022〕22号 序言：“2024年全市规上工业全员劳动生产率达到23万元/人年（标线），争取达到25万元/人年（高线）”
	// 解读：全员劳动生产率＝工业增加值÷全部从业人员年平均人数（统计口径，本文件只给出单位“万元/人年”）；不作舍入。“达到”含本数。
	// 输入
	//   工业增加值 value_added = 4600 万元/年
	//   全部从业人员年平均人数 average_employees = 200 人
	// 参数
	//   2024年全员劳动生产率目标（标线） target_standard_line = 23 万元/人年　〔温政办〔2022〕22号 序言〕
	//   2024年全员劳动生产率目标（高线） target_high_line = 25 万元/人年　〔温政办〔2022〕22号 序言〕
	// 计算
	//   全员劳动生产率 ratio = 23 万元/人年  ← value_added / average_employees
	// 结果
	//   全员劳动生产率 productivity = 23 万元/人年  ← ratio
	//   达到标线 reaches_standard_line = 是  ← ratio >= target_standard_line
	//   达到高线 reaches_high_line = 否  ← ratio >= target_high_line
	// 26 true
}

func ExampleEvaluator_LowEfficiencyFlag() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// A firm in a city district, above designated size, class B, not on the
	// list of seriously dishonest entities.
	firm := productivity.Firm{Locality: productivity.Lucheng, AboveScale: true, Mujun: productivity.MujunB,
		Credit: productivity.CreditNormal}
	// Last year's city average of the industry is 30 万元/人年; 70% of it is 21.
	for _, p := range []string{"21", "21.01"} {
		f, err := productivity.Default().LowEfficiencyFlag(on, productivity.FirmProductivity{Firm: firm, Productivity: decimal.RequireFromString(p), CityAverage: decimal.RequireFromString("30")})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s: listed %t (at most %s)\n", p, f.Listed, f.Threshold)
	}
	// A firm below designated size is not on the list, however low.
	small := firm
	small.AboveScale = false
	f, _ := productivity.Default().LowEfficiencyFlag(on, productivity.FirmProductivity{Firm: small, Productivity: decimal.RequireFromString("10"), CityAverage: decimal.RequireFromString("30")})
	fmt.Println(f.Listed, f.Eligible(), f.FailedNames())
	// Output:
	// 21: listed true (at most 21)
	// 21.01: listed false (at most 21)
	// false false [above_scale]
}

func ExampleEvaluator_TechUpgradeBonus() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// A firm in a city district, above designated size, class B, not on the
	// list of seriously dishonest entities.
	firm := productivity.Firm{Locality: productivity.Lucheng, AboveScale: true, Mujun: productivity.MujunB,
		Credit: productivity.CreditNormal}
	inProduction := rules.MustDate(2023, 3, 1) // the project went into production, within the policy
	// Output up 18%, productivity up 32%: 7% of the base the implementing
	// rules name, here 10,000,000, capped by what is left of 3,000,000.
	b, err := productivity.Default().TechUpgradeBonus(on, productivity.TechUpgradeClaim{Firm: firm, TechUpgrade: productivity.TechUpgrade{
		InProductionOn: inProduction, OutputGrowth: rules.Pct("18"), ProductivityGrowth: rules.Pct("32"),
		Base: new(decimal.RequireFromString("10000000")), AlreadyGranted: new(decimal.RequireFromString("2600000")),
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Rate, b.Amount.StringFixed(2))

	// Output up only 10%: no bonus, however much productivity rose.
	b, _ = productivity.Default().TechUpgradeBonus(on, productivity.TechUpgradeClaim{Firm: firm, TechUpgrade: productivity.TechUpgrade{
		InProductionOn: inProduction, OutputGrowth: rules.Pct("10"), ProductivityGrowth: rules.Pct("50"), Base: new(decimal.RequireFromString("1000000")),
		AlreadyGranted: new(decimal.Zero)}})
	fmt.Println(b.Eligible(), b.Failed()[0].In(rules.English))
	// Output:
	// 7% 400000.00
	// false not met: output up 15% or more year on year (output_growth = 10%, tech_output_growth_min = 15%)
}

func ExampleEvaluator_ProjectEntryThreshold() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// 18.5 × 110% = 20.35: a project contracted at 20 falls short.
	th, err := productivity.Default().ProjectEntryThreshold(on, productivity.Project{ProvincialAverage: decimal.RequireFromString("18.5"), Productivity: decimal.RequireFromString("20")})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(th.Min, th.Meets)
	// 20 × 110% = 22, met by 22 ("以上" includes it).
	th, _ = productivity.Default().ProjectEntryThreshold(on, productivity.Project{ProvincialAverage: decimal.RequireFromString("20"), Productivity: decimal.RequireFromString("22")})
	fmt.Println(th.Min, th.Meets)
	// Output:
	// 20.35 false
	// 22 true
}

func ExampleEvaluator_LandSupplyThreshold() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// 20 × 115% = 23: met by 23, not by 22.
	for _, p := range []string{"23", "22"} {
		th, err := productivity.Default().LandSupplyThreshold(on, productivity.Expansion{CityAverage: decimal.RequireFromString("20"), Productivity: decimal.RequireFromString(p)})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(th.Min, th.Meets, th.Weight)
	}
	// Output:
	// 23 true 20%
	// 23 false 20%
}

func ExampleEvaluator_HeadquartersReward() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// A firm in a city district, above designated size, class B, not on the
	// list of seriously dishonest entities.
	firm := productivity.Firm{Locality: productivity.Lucheng, AboveScale: true, Mujun: productivity.MujunB,
		Credit: productivity.CreditNormal}
	// Listed in the China top 500 published on 2022-09-06, within the
	// policy; the reward is decided on 2023-06-01.
	r, err := productivity.Default().HeadquartersReward(on, productivity.HeadquartersClaim{Firm: firm, Headquarters: productivity.Headquarters{
		HQInWenzhou: new(true), Manufacturing: new(true), WenzhouOutput: decimal.RequireFromString("1500000000"),
		Honour: productivity.ChinaTop500, Recognition: productivity.FirstListing, ListedOn: rules.MustDate(2022, 9, 6),
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Amount.StringFixed(2), r.Eligible())
	for _, c := range r.Result().Citations() {
		fmt.Println(c)
	}

	// Re-certified in the Fortune Global 500 with Wenzhou output and tax
	// both grown: 500,000, whatever the honour.
	r, _ = productivity.Default().HeadquartersReward(on, productivity.HeadquartersClaim{Firm: firm, Headquarters: productivity.Headquarters{
		HQInWenzhou: new(true), Manufacturing: new(true), WenzhouOutput: decimal.RequireFromString("1500000000"),
		Honour: productivity.FortuneGlobal500, Recognition: productivity.Recertified, ListedOn: rules.MustDate(2022, 8, 3),
		OutputTrend: productivity.Grew, TaxTrend: productivity.Grew}})
	fmt.Println(r.Amount.StringFixed(2))
	// Output:
	// 5000000.00 true
	// 温政办〔2022〕22号 五：“对总部设在温州，且在温产值超10亿元的制造业企业”
	// 温政办〔2022〕22号 五：“以上荣誉重新通过认定，且在温产值和税收均增长的，给予50万元奖励”
	// 温政办〔2022〕22号 五：“入选“中国企业500强”的，首次给予500万元奖励”
	// 温政办〔2022〕22号 末段：““亩均论英雄”综合评价C、D类企业，列入严重失信名单企业均不享受资金奖补政策”
	// 温政办〔2022〕22号 末段：“本政策自4月30日起施行，有效期至2024年12月31日（措施已经明确时间的，从其规定）”
	// 500000.00
}

func ExampleEvaluator_ScaleUpReward() {
	// A firm in a city district, above designated size, class B, not on the
	// list of seriously dishonest entities.
	firm := productivity.Firm{Locality: productivity.Lucheng, AboveScale: true, Mujun: productivity.MujunB,
		Credit: productivity.CreditNormal}
	// Output of 2.5 billion in 2022; the best year before was 0.8 billion
	// (the 0.5 billion tier): 2,000,000 − 500,000, paid 40/30/30 from 2023.
	// Evaluated in 2024: the firm kept the tier in year 2, year 3 is not
	// known yet. The schedule runs past the policy's 2024-12-31 (六 分3年,
	// 措施已经明确时间的，从其规定): year 3 is confirmed by evaluating in 2025.
	a, err := productivity.Default().ScaleUpReward(rules.MustDate(2024, 6, 1), productivity.ScaleUpClaim{Firm: firm, ScaleUp: productivity.ScaleUp{
		Productivity: decimal.RequireFromString("30"), CityAverage: decimal.RequireFromString("25"),
		Output: decimal.RequireFromString("2500000000"), OutputYear: 2022, PreviousHighest: new(decimal.RequireFromString("800000000")),
		FirstYear: 2023, KeptYear2: productivity.TierKept,
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Amount.StringFixed(2))
	for _, i := range a.Instalments {
		fmt.Println(i.Year, i.Amount.StringFixed(2), i.Status)
	}

	// A first output of 0.6 billion (500,000), the tier lost in year 2:
	// the later instalments are forfeited (期间未能保持该规模梯队的，后续不予奖励).
	a, _ = productivity.Default().ScaleUpReward(rules.MustDate(2024, 6, 1), productivity.ScaleUpClaim{Firm: firm, ScaleUp: productivity.ScaleUp{
		Productivity: decimal.RequireFromString("30"), CityAverage: decimal.RequireFromString("25"), Output: decimal.RequireFromString("600000000"), OutputYear: 2022, PreviousHighest: new(decimal.Zero),
		FirstYear: 2023, KeptYear2: productivity.TierLost}})
	for _, i := range a.Instalments {
		fmt.Println(i.Year, i.Amount.StringFixed(2), i.Status)
	}
	// Output:
	// 1500000.00
	// 2023 600000.00 应付
	// 2024 450000.00 应付
	// 2025 450000.00 待确认
	// 2023 200000.00 应付
	// 2024 0.00 不予奖励
	// 2025 0.00 不予奖励
}

func ExampleEvaluator_RewardChoice() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// A firm in a city district, above designated size, class B, not on the
	// list of seriously dishonest entities.
	firm := productivity.Firm{Locality: productivity.Lucheng, AboveScale: true, Mujun: productivity.MujunB,
		Credit: productivity.CreditNormal}
	hq := productivity.Headquarters{HQInWenzhou: new(true), Manufacturing: new(true), WenzhouOutput: decimal.RequireFromString("2500000000"),
		Honour: productivity.ZhejiangTop100, Recognition: productivity.FirstListing, ListedOn: rules.MustDate(2022, 12, 20)}
	su := productivity.ScaleUp{Productivity: decimal.RequireFromString("30"), CityAverage: decimal.RequireFromString("25"),
		Output: decimal.RequireFromString("2500000000"), OutputYear: 2022, PreviousHighest: new(decimal.RequireFromString("800000000")), FirstYear: 2023}
	c, err := productivity.Default().RewardChoice(on, productivity.RewardClaims{Firm: firm, Headquarters: &hq, ScaleUp: &su})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Rule, c.Amount.StringFixed(2))
	for _, m := range c.Group.Members {
		fmt.Println(m.Rule, m.Value.Number().StringFixed(2))
	}

	// A firm that claims only the scale-up reward (0 to 0.6 billion: 500,000).
	small := productivity.ScaleUp{Productivity: decimal.RequireFromString("30"), CityAverage: decimal.RequireFromString("25"),
		Output: decimal.RequireFromString("600000000"), OutputYear: 2022, PreviousHighest: new(decimal.Zero), FirstYear: 2023}
	c, _ = productivity.Default().RewardChoice(on, productivity.RewardClaims{Firm: firm, ScaleUp: &small})
	fmt.Println(c.Rule, c.Amount.StringFixed(2))
	// Output:
	// productivity.reward.headquarters 2000000.00
	// productivity.reward.headquarters 2000000.00
	// productivity.reward.scale_up 1500000.00
	// productivity.reward.scale_up 500000.00
}

func ExampleEvaluator_EnterpriseEligibility() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// Only the firm's class and credit status are read.
	e, err := productivity.Default().EnterpriseEligibility(on, productivity.Firm{Mujun: productivity.MujunD, Credit: productivity.SeriouslyDishonest})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(e.Eligible())
	for _, f := range e.Failed() {
		fmt.Println(f.In(rules.Chinese))
	}
	// A firm not yet evaluated is not excluded.
	e, _ = productivity.Default().EnterpriseEligibility(on, productivity.Firm{Mujun: productivity.MujunUnrated, Credit: productivity.CreditNormal})
	fmt.Println(e.Eligible())
	// Output:
	// false
	// 未满足：非“亩均论英雄”综合评价C、D类企业（mujun_class = D类）
	// 未满足：未列入严重失信名单（credit = 列入严重失信名单）
	// true
}

func ExampleBook() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	res, err := productivity.Book().Eval(productivity.RuleScaleUpReward, on, rules.Inputs{
		"locality": "龙湾区", "above_scale": true, "mujun_class": "A类", "credit": "未列入严重失信名单",
		"productivity": "30", "city_industry_average": "25",
		"output": "12000000000", "output_year": 2022, "previous_highest_output": "6000000000", "first_year": 2023,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Value.Number().StringFixed(2))
	// Output:
	// 5000000.00
}

func ExampleNewEvaluator() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// A firm in a city district, above designated size, class B, not on the
	// list of seriously dishonest entities.
	firm := productivity.Firm{Locality: productivity.Lucheng, AboveScale: true, Mujun: productivity.MujunB,
		Credit: productivity.CreditNormal}
	inProduction := rules.MustDate(2023, 3, 1) // the project went into production, within the policy
	// A district's implementing rules lower the tech-upgrade cap (不超过: it
	// may be lowered, never raised) from 2023.
	local := &rules.Document{Number: "某区实施细则（示例）", Title: "智能化技改追加补助实施细则", Issuer: "某区经信局",
		Issued: rules.MustDate(2023, 1, 1), InForce: rules.Since(rules.MustDate(2023, 1, 1))}
	derived, err := productivity.Book().Derive(rules.Override{Param: "tech_upgrade_bonus_cap", From: rules.MustDate(2023, 1, 1),
		Value: "2000000", Cite: local.Cite("三", "追加补助总额不超过200万元")})
	if err != nil {
		fmt.Println(err)
		return
	}
	ev, err := productivity.NewEvaluator(derived)
	if err != nil {
		fmt.Println(err)
		return
	}
	b, err := ev.TechUpgradeBonus(on, productivity.TechUpgradeClaim{Firm: firm, TechUpgrade: productivity.TechUpgrade{InProductionOn: inProduction,
		OutputGrowth: rules.Pct("20"), ProductivityGrowth: rules.Pct("45"), Base: new(decimal.RequireFromString("50000000")), AlreadyGranted: new(decimal.Zero)}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Amount.StringFixed(2))
	// Output:
	// 2000000.00
}

func ExampleMustEvaluator() {
	ev := productivity.MustEvaluator(productivity.Book())
	fmt.Println(ev.Book() == productivity.Book())
	// Output:
	// true
}

func ExampleEvaluator_Book() {
	ev := productivity.MustEvaluator(productivity.Book())
	fmt.Println(ev.Book().RuleIDs()[0])
	// Output:
	// productivity.labour.ratio
}

func ExampleDefault() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// A firm in a city district, above designated size, class B, not on the
	// list of seriously dishonest entities.
	firm := productivity.Firm{Locality: productivity.Lucheng, AboveScale: true, Mujun: productivity.MujunB,
		Credit: productivity.CreditNormal}
	// The measures' own book: 7 is at most 70% of 10, so a firm above
	// designated size goes on the low-efficiency list.
	f, _ := productivity.Default().LowEfficiencyFlag(on, productivity.FirmProductivity{Firm: firm, Productivity: decimal.RequireFromString("7"), CityAverage: decimal.RequireFromString("10")})
	fmt.Println(f.Listed)
	// Output: true
}

func ExampleLocalities() {
	fmt.Println(productivity.Localities()[:5])
	// Output:
	// [鹿城区 龙湾区 瓯海区 洞头区 市级功能区]
}

func ExampleParseLocality() {
	l, err := productivity.ParseLocality("洞头区")
	fmt.Println(l, err)
	_, err = productivity.ParseLocality("温州市")
	fmt.Println(err != nil)
	// Output:
	// 洞头区 <nil>
	// true
}

func ExampleMujunClasses() {
	fmt.Println(productivity.MujunClasses())
	// Output:
	// [A类 B类 C类 D类 未参评]
}

func ExampleParseMujunClass() {
	_, err := productivity.ParseMujunClass("C")
	fmt.Println(err)
	// Output:
	// 亩均 class: "C" is not one of: A类, B类, C类, D类, 未参评
}

func ExampleHonours() {
	fmt.Println(len(productivity.Honours()), productivity.Honours()[0])
	// Output:
	// 8 世界500强
}

func ExampleParseHonour() {
	h, err := productivity.ParseHonour("浙江制造业企业100强")
	fmt.Println(h == productivity.ZhejiangManufacturingTop100, err)
	// Output:
	// true <nil>
}

func ExampleRecognitions() {
	fmt.Println(productivity.Recognitions())
	// Output:
	// [首次入选 重新通过认定]
}

func ExampleParseRecognition() {
	r, err := productivity.ParseRecognition("重新通过认定")
	fmt.Println(r == productivity.Recertified, err)
	// Output:
	// true <nil>
}

func ExampleTrends() {
	fmt.Println(productivity.Trends())
	// Output:
	// [增长 未增长 未提供]
}

func ExampleParseTrend() {
	t, err := productivity.ParseTrend("增长")
	fmt.Println(t == productivity.Grew, err)
	// Output:
	// true <nil>
}

func ExampleTierStatuses() {
	fmt.Println(productivity.TierStatuses())
	// Output:
	// [保持 未保持 未知]
}

func ExampleCreditStatuses() {
	fmt.Println(productivity.CreditStatuses())
	// Output:
	// [未列入严重失信名单 列入严重失信名单]
}

func ExampleParseCreditStatus() {
	c, err := productivity.ParseCreditStatus("列入严重失信名单")
	fmt.Println(c == productivity.SeriouslyDishonest, err)
	_, err = productivity.ParseCreditStatus("否")
	fmt.Println(err)
	// Output:
	// true <nil>
	// credit status: "否" is not one of: 未列入严重失信名单, 列入严重失信名单
}

func ExampleParseTierStatus() {
	s, err := productivity.ParseTierStatus("未保持")
	fmt.Println(s == productivity.TierLost, err)
	// Output:
	// true <nil>
}

func ExampleMeasures() {
	doc := productivity.Measures() // a copy: the package's own stays as issued
	fmt.Println(doc.Number, doc.InForce)
	// Output: 温政办〔2022〕22号 2022-04-30 – 2024-12-31
}
