package grain_test

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/grain"
	"github.com/wzpolicy/wzpolicy/rules"
)

// 市区 holds 1,800 t of finished grain and oil against a daily market supply
// of 100 t: 1,800 ÷ 100 = 18 days, at least the 15 days 4.1(1) asks of
// 市区 (市区成品粮油储备达到15天以上市场供应量).
func Example() {
	on := rules.MustDate(2022, 6, 1) // the date of the check
	r, err := grain.Default().ReserveAdequacy(on, grain.Stock{
		Locality:    grain.UrbanDistricts,
		Reserve:     decimal.NewFromInt(1800), // tonnes
		DailySupply: decimal.NewFromInt(100),  // tonnes a day
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s days of %s, adequate %v\n", r.DaysCovered, r.MinDays, r.Adequate)
	// Output: 18 days of 15, adequate true
}

// Two county-level units of Wenzhou are in an emergency state: a relatively
// serious emergency (1.5.3). A single township in one county meets no
// level: the result says which condition failed and why.
func ExampleEvaluator_EmergencyLevel() {
	on := rules.MustDate(2022, 6, 1) // the date of the case
	c, err := grain.Default().EmergencyLevel(on, grain.Scope{Extent: grain.WithinWenzhou, Counties: 2})
	if err != nil {
		panic(err)
	}
	fmt.Println(c.Level)
	for _, cite := range c.Result().Citations() {
		fmt.Println(cite)
	}

	c, err = grain.Default().EmergencyLevel(on, grain.Scope{Extent: grain.WithinWenzhou, Counties: 1, Townships: 1})
	if err != nil {
		panic(err)
	}
	fmt.Printf("level %q, eligible %v\n", c.Level, c.Eligible())
	fmt.Println(c.Failed()[0].In(rules.Chinese))
	// Output:
	// 较大
	// 温政办〔2022〕19号 1.5：“粮食应急状态分为特别重大、重大、较大、一般四个等级”
	// 温政办〔2022〕19号 1.5.3：“温州主城区或两个以上县（市、区）出现粮食应急状态，以及市政府认为需要按照市级粮食应急状态来对待的情况”
	// level "", eligible false
	// 未满足：出现粮食应急状态的范围达到特别重大、重大、较大或一般四个等级之一（particularly_serious = 否, serious = 否, relatively_serious = 否, general = 否）
}

func ExampleEvaluator_EmergencyResponse() {
	on := rules.MustDate(2022, 6, 1) // the date of the case
	for _, l := range grain.Levels() {
		r, err := grain.Default().EmergencyResponse(on, grain.Emergency{Level: l})
		if err != nil {
			panic(err)
		}
		fmt.Printf("%s: %s, %s, city plan %v\n", l, r.Grade, r.Command, r.CityPlan)
	}
	// Output:
	// 特别重大: Ⅰ级, 国家层面指挥部, city plan true
	// 重大: Ⅱ级, 省级指挥部, city plan true
	// 较大: Ⅲ级, 市指挥部, city plan true
	// 一般: Ⅳ级, 县级指挥部, city plan false
}

// The city command office received the report at 21:30: it reports to the
// city government by 01:30 the next day. A general emergency is the
// county's: the deadline does not apply.
func ExampleEvaluator_ReportDeadline() {
	on := rules.MustDate(2022, 6, 1) // the date of the case
	received, _ := rules.ParseDateTime("2022-06-01 21:30")
	d, err := grain.Default().ReportDeadline(on, grain.Report{Emergency: grain.Emergency{Level: grain.RelativelySerious}, ReceivedAt: received})
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Eligible(), d.At, d.At.Chinese())
	d, _ = grain.Default().ReportDeadline(on, grain.Report{Emergency: grain.Emergency{Level: grain.General}, ReceivedAt: received})
	fmt.Println(d.Eligible(), d.At.IsZero(), d.FailedNames())
	// Output:
	// true 2022-06-02 01:30:00 2022年6月2日1时30分
	// false true [city_plan_level]
}

// 市区 holds 1,200 t of finished grain and oil against a daily market supply
// of 100 t: 12 days, short of its 15.
func ExampleEvaluator_ReserveAdequacy() {
	on := rules.MustDate(2022, 6, 1) // the date of the case
	r, err := grain.Default().ReserveAdequacy(on, grain.Stock{Locality: grain.UrbanDistricts, Reserve: decimal.NewFromInt(1200), DailySupply: decimal.NewFromInt(100)})
	if err != nil {
		panic(err)
	}
	fmt.Printf("%s days of %s, adequate %v, short by %s t\n", r.DaysCovered, r.MinDays, r.Adequate, r.Shortfall)
	// Output:
	// 12 days of 15, adequate false, short by 300 t
}

// Wenzhou's 2021 figures (2.1): production 68.45万吨, consumption about 215万吨.
func ExampleEvaluator_SelfSufficiency() {
	on := rules.MustDate(2022, 6, 1) // the date of the case
	s, err := grain.Default().SelfSufficiency(on, grain.Supply{Production: decimal.NewFromInt(684500), Consumption: decimal.NewFromInt(2150000)})
	if err != nil {
		panic(err)
	}
	fmt.Printf("%s, gap %s t\n", s.Ratio, s.Gap)
	// The explanation, without its receipt (the book's hash).
	text, _, _ := strings.Cut(s.Result().Explain(rules.Chinese), "凭据：")
	fmt.Print(text)
	// Output:
	// 31.84%, gap 1465500 t
	// 粮食自给率与产需缺口 (grain.supply.self_sufficiency)
	// 评估日期：2022年6月1日（适用期间 2022年3月8日起）
	// 依据：温政办〔2022〕19号 2.1：“粮食产需缺口近150万吨，粮食自给率30%”
	// 解读：自给率＝总产量÷总消费量，四舍五入到0.01%（比率保留4位小数）；产需缺口＝总消费量－总产量，为负数时表示产大于需。预案所列“自给率30%”“缺口近150万吨”是约数，按其2021年数字计算得31.84%和146.55万吨。
	// 输入
	//   粮食总产量 production = 684500 吨
	//   粮食总消费量 consumption = 2150000 吨
	// 结果
	//   粮食自给率 ratio = 31.84%  ← production / consumption
	//   粮食产需缺口 gap = 1465500 吨  ← consumption - production
}

// The price stands 0.05 yuan below a warning line of 3.00, and the
// monitoring system counts 0.10 below the line as approaching it.
func ExampleEvaluator_PriceAlert() {
	on := rules.MustDate(2022, 6, 1) // the date of the case
	a, err := grain.Default().PriceAlert(on, grain.Market{
		Price:          decimal.RequireFromString("2.95"),
		WarningLine:    decimal.RequireFromString("3.00"),
		ApproachMargin: decimal.RequireFromString("0.10"),
	})
	if err != nil {
		panic(err)
	}
	fmt.Println("report:", a.ReportRequired, "price ground (3):", a.ByPrice, "other swing (4):", a.ByOtherSwing)
	// Output:
	// report: true price ground (3): true other swing (4): false
}

// The last drill was on 2022-06-15; the plan was issued on 2022-03-08 and
// not revised since (the zero LastRevision).
func ExampleEvaluator_PlanSchedule() {
	s, err := grain.Default().PlanSchedule(rules.MustDate(2024, 6, 16), grain.Upkeep{LastDrill: rules.MustDate(2022, 6, 15)})
	if err != nil {
		panic(err)
	}
	fmt.Println("drill by", s.NextDrill, "overdue", s.DrillOverdue)
	fmt.Println("revision by", s.NextRevision, "overdue", s.RevisionOverdue)
	// Output:
	// drill by 2024-06-15 overdue true
	// revision by 2025-03-08 overdue false
}

// The plan's own book: 瑞安市 keeps 10 days of supply.
func ExampleDefault() {
	on := rules.MustDate(2022, 6, 1) // the date of the case
	r, _ := grain.Default().ReserveAdequacy(on, grain.Stock{Locality: grain.Ruian, Reserve: decimal.NewFromInt(1000), DailySupply: decimal.NewFromInt(100)})
	fmt.Println(r.DaysCovered, r.MinDays, r.Adequate)
	// Output: 10 10 true
}

func ExampleBook() {
	for _, id := range grain.Book().RuleIDs() {
		p, _ := grain.Book().InForce(id)
		fmt.Println(id, p)
	}
	// Output:
	// grain.emergency.level 2022-03-08 –
	// grain.emergency.response 2022-03-08 –
	// grain.emergency.report_deadline 2022-03-08 –
	// grain.reserve.adequacy 2022-03-08 –
	// grain.supply.self_sufficiency 2022-03-08 –
	// grain.warning.price_alert 2022-03-08 –
	// grain.plan.schedule 2022-03-08 –
}

// 乐清市 decides to keep 15 days of reserve from 2022-07-01: a derived book,
// evaluated with its own evaluator. The plan's book is unchanged.
func ExampleNewEvaluator() {
	county := &rules.Document{Number: "乐清市粮食应急预案（示例）", Title: "乐清市粮食应急预案", Issuer: "乐清市人民政府",
		Issued: rules.MustDate(2022, 7, 1), InForce: rules.Since(rules.MustDate(2022, 7, 1))}
	var rows []rules.Row
	for _, l := range grain.Localities() {
		days := "10"
		if l == grain.UrbanDistricts || l == grain.Yueqing {
			days = "15"
		}
		rows = append(rows, rules.Row{Keys: []string{string(l)}, Value: decimal.RequireFromString(days)})
	}
	derived, err := grain.Book().Derive(rules.Override{Param: "reserve_min_days", From: rules.MustDate(2022, 7, 1),
		Value: rules.Table{Rows: rows}, Cite: county.Cite("4.1", "成品粮油储备达到15天以上市场供应量")})
	if err != nil {
		panic(err)
	}
	ev, err := grain.NewEvaluator(derived)
	if err != nil {
		panic(err)
	}
	day := rules.MustDate(2022, 8, 1)
	stock := grain.Stock{Locality: grain.Yueqing, Reserve: decimal.NewFromInt(1200), DailySupply: decimal.NewFromInt(100)}
	mine, _ := ev.ReserveAdequacy(day, stock)
	plan, _ := grain.Default().ReserveAdequacy(day, stock)
	fmt.Println("county's own:", mine.MinDays, mine.Adequate)
	fmt.Println("the plan's:", plan.MinDays, plan.Adequate)
	// Output:
	// county's own: 15 false
	// the plan's: 10 true
}

func ExampleMustEvaluator() {
	on := rules.MustDate(2022, 6, 1) // the date of the case
	ev := grain.MustEvaluator(grain.Book())
	s, err := ev.SelfSufficiency(on, grain.Supply{Production: decimal.NewFromInt(1200), Consumption: decimal.NewFromInt(1000)})
	if err != nil {
		panic(err)
	}
	fmt.Println(s.Ratio, s.Gap)
	// Output:
	// 120% -200
}

func ExampleEvaluator_Book() {
	ev := grain.MustEvaluator(grain.Book())
	fmt.Println(ev.Book() == grain.Book())
	// Output:
	// true
}

func ExampleParseLevel() {
	l, err := grain.ParseLevel("重大")
	fmt.Println(l, err)
	_, err = grain.ParseLevel("严重")
	fmt.Println(err)
	// Output:
	// 重大 <nil>
	// level: "严重" is not one of: 特别重大, 重大, 较大, 一般
}

func ExampleParseExtent() {
	_, err := grain.ParseExtent("全国")
	fmt.Println(err)
	// Output:
	// extent: "全国" is not one of: 全省范围, 全省较大范围, 省会等大中城市, 温州市内
}

func ExampleParseJudgement() {
	j, err := grain.ParseJudgement("市级")
	fmt.Println(j == grain.JudgedCity, err)
	// Output:
	// true <nil>
}

func ExampleParseLocality() {
	_, err := grain.ParseLocality("瓯海区")
	fmt.Println(err)
	// Output:
	// locality: "瓯海区" is not one of: 市区, 瑞安市, 乐清市, 龙港市, 永嘉县, 平阳县, 苍南县, 文成县, 泰顺县
}

func ExampleParseCause() {
	c, err := grain.ParseCause("严重自然灾害")
	fmt.Println(c == grain.NaturalDisaster, err)
	// Output:
	// true <nil>
}

func ExampleLevels() {
	fmt.Println(grain.Levels())
	// Output:
	// [特别重大 重大 较大 一般]
}

func ExampleExtents() {
	fmt.Println(grain.Extents())
	// Output:
	// [全省范围 全省较大范围 省会等大中城市 温州市内]
}

func ExampleJudgements() {
	fmt.Println(grain.Judgements())
	// Output:
	// [未认定 国家级 省级 市级 县级]
}

func ExampleLocalities() {
	fmt.Println(grain.Localities())
	// Output:
	// [市区 瑞安市 乐清市 龙港市 永嘉县 平阳县 苍南县 文成县 泰顺县]
}

func ExampleCauses() {
	fmt.Println(grain.Causes())
	// Output:
	// [严重自然灾害 突发公共卫生事件 其他原因]
}

func ExamplePlan() {
	doc := grain.Plan() // a copy: the package's own stays as issued
	fmt.Println(doc.Number, doc.InForce)
	// Output: 温政办〔2022〕19号 2022-03-08 –
}
