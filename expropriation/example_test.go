package expropriation_test

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/expropriation"
	"github.com/wzpolicy/wzpolicy/rules"
)

// A family's 90 m² home in 鹿城区, under a compensation plan of 2022-05-20:
// the moving fee is 15 yuan a square metre (附件1), 15 × 90 = 1,350, above
// the floor of 1,000 a household; the temporary resettlement fee is the
// plan's monthly rate, which must lie in 附件1's 12–26 for a home, times the
// months: 20 × 90 × 18 = 32,400.
func Example() {
	june := rules.MustDate(2022, 6, 1) // the date the fees are worked out
	home := expropriation.Premises{
		Locality: expropriation.Lucheng,
		Use:      expropriation.Residential,
		Area:     decimal.NewFromInt(90),
		PlanDate: rules.MustDate(2022, 5, 20),
	}
	moving, err := expropriation.Default().MovingFee(june, home)
	if err != nil {
		fmt.Println(err)
		return
	}
	fee, err := expropriation.Default().TemporaryResettlementFee(june, expropriation.Resettlement{
		Premises: home, Rate: decimal.NewFromInt(20), Months: decimal.NewFromInt(18)})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("moving fee:", moving.Amount.StringFixed(2))
	fmt.Println("temporary resettlement fee:", fee.Amount.StringFixed(2))
	// Output:
	// moving fee: 1350.00
	// temporary resettlement fee: 32400.00
}

func ExampleEvaluator_TemporaryResettlementFee() {
	june := rules.MustDate(2022, 6, 1)
	home := expropriation.Premises{Locality: expropriation.Lucheng, Use: expropriation.Residential, Area: decimal.NewFromInt(90), PlanDate: rules.MustDate(2022, 5, 20)}
	// The project's plan of 2022-05-20 chose 20 yuan/m²·month, within
	// 附件1's 12–26: 20 × 90 m² × 18 months = 32,400. 27 is outside the range.
	fee, err := expropriation.Default().TemporaryResettlementFee(june, expropriation.Resettlement{Premises: home, Rate: decimal.NewFromInt(20), Months: decimal.NewFromInt(18)})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fee.Amount.StringFixed(2), fee.Eligible())

	_, err = expropriation.Default().TemporaryResettlementFee(june, expropriation.Resettlement{Premises: home, Rate: decimal.NewFromInt(27), Months: decimal.NewFromInt(18)})
	fmt.Println(errors.Is(err, rules.ErrInvalidInput))

	// A plan made before 2022-03-05 is not under this notice's standards.
	older := home
	older.PlanDate = rules.MustDate(2021, 11, 1)
	fee, err = expropriation.Default().TemporaryResettlementFee(june, expropriation.Resettlement{Premises: older, Rate: decimal.NewFromInt(20), Months: decimal.NewFromInt(18)})
	fmt.Println(fee.Eligible(), fee.FailedNames()[0], err)
	// Output:
	// 32400.00 true
	// true
	// false plan_in_period <nil>
}

func ExampleEvaluator_MovingFee() {
	june := rules.MustDate(2022, 6, 1)
	small := expropriation.Premises{Locality: expropriation.Longwan, Use: expropriation.Residential, Area: decimal.NewFromInt(60), PlanDate: rules.MustDate(2022, 5, 20)}
	fee, _ := expropriation.Default().MovingFee(june, small)
	fmt.Println(fee.Amount.StringFixed(2)) // 15 × 60 = 900, below the 1,000 floor per household
	for _, c := range fee.Result().Citations() {
		fmt.Println(c)
	}

	_, err := expropriation.Default().MovingFee(june, expropriation.Premises{Locality: expropriation.Lucheng, Use: expropriation.Industrial, Area: decimal.NewFromInt(500), PlanDate: rules.MustDate(2022, 5, 20)})
	fmt.Println(errors.Is(err, rules.ErrCaseByCase))
	// Output:
	// 1000.00
	// 温政发〔2022〕8号 附件1–6：“征收住宅用房、办公用房、营业用房搬迁费标准按15元/平方米计算”
	// 温政发〔2022〕8号 正文：“2022年3月5日至2024年3月4日临时安置费和搬迁费标准按照本通知规定执行”
	// 温政发〔2022〕8号 附件2：“征收住宅用房、办公用房、营业用房搬迁费标准按15元/平方米计算”
	// 温政发〔2022〕8号 附件2：“征收住宅用房的搬迁费每户不低于1000元”
	// true
}

// 附件4 (洞头区): storage premises, which count as industrial, 7–10 yuan a
// square metre a month.
func ExampleEvaluator_ResettlementRange() {
	r, _ := expropriation.Default().ResettlementRange(rules.MustDate(2022, 6, 1), expropriation.Premises{Locality: expropriation.Dongtou, Use: expropriation.Storage})
	fmt.Println(r.Min, r.Max)
	// Output: 7 10
}

func ExampleLocalities() {
	fmt.Println(expropriation.Localities())
	// Output: [鹿城区 龙湾区 瓯海区 洞头区 瓯江口产业集聚区 浙南产业集聚区]
}

func ExampleParseLocality() {
	_, err := expropriation.ParseLocality("瑞安市")
	fmt.Println(err)
	// Output: district: "瑞安市" is not one of: 鹿城区, 龙湾区, 瓯海区, 洞头区, 瓯江口产业集聚区, 浙南产业集聚区
}

func ExampleUses() {
	fmt.Println(expropriation.Uses())
	// Output: [住宅用房 办公用房 工业用房 仓储用房 营业用房 其他用房]
}

func ExampleParseUse() {
	u, err := expropriation.ParseUse("营业用房")
	fmt.Println(u == expropriation.Business, err)
	// Output: true <nil>
}

func ExampleBook() {
	res, err := expropriation.Book().Eval(expropriation.RuleMovingFee, rules.MustDate(2022, 6, 1),
		rules.Inputs{"district": "瓯海区", "use": "办公用房", "area": "120.5", "plan_date": "2022-05-20"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Value.Format(res.Unit, rules.Chinese)) // 15 × 120.5
	// Output: 1807.50 元
}

// A compensation plan that pays 1,200 per residential household from
// 2022-07-01 derives its own book; the notice's floor is 1,000.
func ExampleNewEvaluator() {
	plan := &rules.Document{Number: "鹿城区某项目征收补偿方案（示例）", Title: "房屋征收补偿方案", Issuer: "鹿城区人民政府",
		Issued: rules.MustDate(2022, 6, 15), InForce: rules.Since(rules.MustDate(2022, 7, 1))}
	var rows []rules.Row
	for _, d := range expropriation.Localities() {
		rows = append(rows, rules.Row{Keys: []string{string(d)}, Value: decimal.NewFromInt(1200)})
	}
	book, err := expropriation.Book().Derive(rules.Override{Param: "moving_min_per_household", From: rules.MustDate(2022, 7, 1),
		Value: rules.Table{Rows: rows}, Cite: plan.Cite("四", "住宅用房搬迁费每户不低于1200元")})
	if err != nil {
		fmt.Println(err)
		return
	}
	ev, err := expropriation.NewEvaluator(book)
	if err != nil {
		fmt.Println(err)
		return
	}
	small := expropriation.Premises{Locality: expropriation.Lucheng, Use: expropriation.Residential, Area: decimal.NewFromInt(60), PlanDate: rules.MustDate(2022, 7, 1)}
	fee, _ := ev.MovingFee(rules.MustDate(2022, 7, 1), small)
	fmt.Println(fee.Amount.StringFixed(2))
	// Output: 1200.00
}

func ExampleDefault() {
	// The notice's own book; business premises pay by area, with no
	// household floor.
	shop := expropriation.Premises{Locality: expropriation.Ouhai, Use: expropriation.Business, Area: decimal.NewFromInt(45), PlanDate: rules.MustDate(2022, 5, 20)}
	fee, _ := expropriation.Default().MovingFee(rules.MustDate(2022, 6, 1), shop)
	fmt.Println(fee.Amount.StringFixed(2)) // 15 × 45
	// Output: 675.00
}

func ExampleMustEvaluator() {
	ev := expropriation.MustEvaluator(expropriation.Book())
	home := expropriation.Premises{Locality: expropriation.Lucheng, Use: expropriation.Residential, Area: decimal.NewFromInt(90), PlanDate: rules.MustDate(2022, 5, 20)}
	fee, _ := ev.MovingFee(rules.MustDate(2022, 6, 1), home)
	fmt.Println(fee.Amount.StringFixed(2)) // 15 × 90
	// Output: 1350.00
}

func ExampleEvaluator_Book() {
	fmt.Println(expropriation.Default().Book() == expropriation.Book())
	// Output: true
}

func ExampleNotice() {
	doc := expropriation.Notice() // a copy: the package's own stays as issued
	fmt.Println(doc.Number, doc.InForce)
	// Output: 温政发〔2022〕8号 2022-03-05 – 2024-03-04
}
