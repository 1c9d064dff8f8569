package expropriation_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/expropriation"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

var (
	firstDay = rules.MustDate(2022, 3, 5) // 正文: 2022年3月5日至2024年3月4日
	lastDay  = rules.MustDate(2024, 3, 4)
	dayIn    = rules.MustDate(2022, 6, 1)
)

func TestQuotesAreInTheText(t *testing.T) {
	rulestest.Quotes(t, expropriation.Book(), map[string]string{
		expropriation.Notice.Number: "../testdata/sources/3-expropriation.txt",
	})
}

func TestResettlementRange(t *testing.T) {
	in := func(d, u string) rules.Inputs { return rules.Inputs{"district": d, "use": u} }
	want := func(lo, hi string) map[string]string { return map[string]string{"min": lo, "max": hi} }
	r := expropriation.RuleResettlementRange
	rulestest.Run(t, expropriation.Book(), []rulestest.Case{
		{Name: "鹿城 residential, first day in force", Clause: "附件1 鹿城区 12-26", Rule: r, Date: firstDay, Inputs: in("鹿城区", "住宅用房"), Want: want("12", "26")},
		{Name: "鹿城 office, last day in force", Clause: "附件1 鹿城区 12-26", Rule: r, Date: lastDay, Inputs: in("鹿城区", "办公用房"), Want: want("12", "26")},
		{Name: "鹿城 industrial", Clause: "附件1 鹿城区 12-20", Rule: r, Date: dayIn, Inputs: in("鹿城区", "工业用房"), Want: want("12", "20")},
		{Name: "鹿城 storage counts as industrial", Clause: "附件1 工业用房（含仓储用房）12-20", Rule: r, Date: dayIn, Inputs: in("鹿城区", "仓储用房"), Want: want("12", "20")},
		{Name: "龙湾", Clause: "附件2 龙湾区 12-18", Rule: r, Date: dayIn, Inputs: in("龙湾区", "工业用房"), Want: want("12", "18")},
		{Name: "瓯海", Clause: "附件3 瓯海区 12-18", Rule: r, Date: dayIn, Inputs: in("瓯海区", "住宅用房"), Want: want("12", "18")},
		{Name: "洞头", Clause: "附件4 洞头区 7-10", Rule: r, Date: dayIn, Inputs: in("洞头区", "办公用房"), Want: want("7", "10")},
		{Name: "瓯江口", Clause: "附件5 瓯江口产业集聚区 12-18", Rule: r, Date: dayIn, Inputs: in("瓯江口产业集聚区", "住宅用房"), Want: want("12", "18")},
		{Name: "浙南", Clause: "附件6 浙南产业集聚区 12-15", Rule: r, Date: dayIn, Inputs: in("浙南产业集聚区", "仓储用房"), Want: want("12", "15")},
		{Name: "business premises are assessed case by case", Clause: "附件1 注：营业用房等房屋征收临时安置费按实评估", Rule: r, Date: dayIn, Inputs: in("鹿城区", "营业用房"), Err: rules.ErrCaseByCase},
		{Name: "other uses are assessed case by case", Clause: "附件4 注：营业用房等……按实评估", Rule: r, Date: dayIn, Inputs: in("洞头区", "其他用房"), Err: rules.ErrCaseByCase},
		{Name: "the day before the standards apply", Clause: "正文 2022年3月5日至2024年3月4日", Rule: r, Date: firstDay.AddDays(-1), Inputs: in("鹿城区", "住宅用房"), Err: rules.ErrNotInForce},
		{Name: "the day after the standards end", Clause: "正文 2022年3月5日至2024年3月4日", Rule: r, Date: lastDay.AddDays(1), Inputs: in("鹿城区", "住宅用房"), Err: rules.ErrNotInForce},
		{Name: "a county outside the notice", Clause: "正文 各区和瓯江口产业集聚区、浙南产业集聚区", Rule: r, Date: dayIn, Inputs: in("瑞安市", "住宅用房"), Err: rules.ErrInvalidInput, Field: "district"},
		{Name: "a use the notice does not name", Clause: "附件1 区域 住宅用房 办公用房工业用房", Rule: r, Date: dayIn, Inputs: in("鹿城区", "商住"), Err: rules.ErrInvalidInput, Field: "use"},
	})
}

func TestTemporaryResettlementFee(t *testing.T) {
	in := func(d, u, area, rate, months string) rules.Inputs {
		return rules.Inputs{"district": d, "use": u, "area": area, "rate": rate, "months": months}
	}
	fee := func(v string) map[string]string { return map[string]string{"fee": v} }
	r := expropriation.RuleResettlementFee
	rulestest.Run(t, expropriation.Book(), []rulestest.Case{
		// 20 × 90 × 18 = 32,400
		{Name: "鹿城 residential at 20 a month for 18 months", Clause: "附件1 鹿城区 住宅用房 12-26", Rule: r, Date: dayIn, Inputs: in("鹿城区", "住宅用房", "90", "20", "18"), Want: fee("32400.00")},
		// lower end included: 12 × 90 × 18 = 19,440
		{Name: "rate at the lowest end of the range", Clause: "附件1 鹿城区 住宅用房 12-26", Rule: r, Date: dayIn, Inputs: in("鹿城区", "住宅用房", "90", "12", "18"), Want: fee("19440.00")},
		{Name: "rate just below the range", Clause: "附件1 鹿城区 住宅用房 12-26", Rule: r, Date: dayIn, Inputs: in("鹿城区", "住宅用房", "90", "11.99", "18"), Err: rules.ErrInvalidInput, Field: "rate"},
		// upper end included: 26 × 90 × 18 = 42,120
		{Name: "rate at the highest end of the range", Clause: "附件1 鹿城区 住宅用房 12-26", Rule: r, Date: dayIn, Inputs: in("鹿城区", "住宅用房", "90", "26", "18"), Want: fee("42120.00")},
		{Name: "rate just above the range", Clause: "附件1 鹿城区 住宅用房 12-26", Rule: r, Date: dayIn, Inputs: in("鹿城区", "住宅用房", "90", "26.01", "18"), Err: rules.ErrInvalidInput, Field: "rate"},
		// industrial in 鹿城 tops out at 20: 20 × 500 × 6 = 60,000
		{Name: "鹿城 industrial at its cap of 20", Clause: "附件1 鹿城区 工业用房 12-20", Rule: r, Date: dayIn, Inputs: in("鹿城区", "工业用房", "500", "20", "6"), Want: fee("60000.00")},
		{Name: "鹿城 industrial above 20", Clause: "附件1 鹿城区 工业用房 12-20", Rule: r, Date: dayIn, Inputs: in("鹿城区", "工业用房", "500", "21", "6"), Err: rules.ErrInvalidInput, Field: "rate"},
		{Name: "storage is held to the industrial range", Clause: "附件1 工业用房（含仓储用房）12-20", Rule: r, Date: dayIn, Inputs: in("鹿城区", "仓储用房", "500", "21", "6"), Err: rules.ErrInvalidInput, Field: "rate"},
		// 10 × 75.5 × 12 = 9,060
		{Name: "洞头 at its cap of 10", Clause: "附件4 洞头区 7-10", Rule: r, Date: dayIn, Inputs: in("洞头区", "住宅用房", "75.5", "10", "12"), Want: fee("9060.00")},
		{Name: "洞头 above its cap", Clause: "附件4 洞头区 7-10", Rule: r, Date: dayIn, Inputs: in("洞头区", "住宅用房", "75.5", "10.5", "12"), Err: rules.ErrInvalidInput, Field: "rate"},
		{Name: "洞头 below its floor", Clause: "附件4 洞头区 7-10", Rule: r, Date: dayIn, Inputs: in("洞头区", "住宅用房", "75.5", "6.99", "12"), Err: rules.ErrInvalidInput, Field: "rate"},
		// 12.5 × 80.0004 × 1 = 1000.005, rounded half away from zero to the fen
		{Name: "half a fen rounds up", Clause: "附件6 浙南产业集聚区 12-15", Rule: r, Date: dayIn, Inputs: in("浙南产业集聚区", "住宅用房", "80.0004", "12.5", "1"), Want: fee("1000.01")},
		// 15 × 100 × 0.5 = 750: half a month paid by the plan
		{Name: "part of a month", Clause: "附件6 浙南产业集聚区 12-15", Rule: r, Date: lastDay, Inputs: in("浙南产业集聚区", "办公用房", "100", "15", "0.5"), Want: fee("750.00")},
		{Name: "first day in force", Clause: "正文 2022年3月5日至2024年3月4日", Rule: r, Date: firstDay, Inputs: in("龙湾区", "住宅用房", "100", "18", "1"), Want: fee("1800.00")},
		{Name: "before the standards apply", Clause: "正文 2022年3月5日至2024年3月4日", Rule: r, Date: firstDay.AddDays(-1), Inputs: in("龙湾区", "住宅用房", "100", "18", "1"), Err: rules.ErrNotInForce},
		{Name: "after they end", Clause: "正文 2022年3月5日至2024年3月4日", Rule: r, Date: lastDay.AddDays(1), Inputs: in("龙湾区", "住宅用房", "100", "18", "1"), Err: rules.ErrNotInForce},
		{Name: "business premises are assessed, whatever the rate", Clause: "附件1 注：营业用房等房屋征收临时安置费按实评估", Rule: r, Date: dayIn, Inputs: rules.Inputs{"district": "鹿城区", "use": "营业用房", "area": "200"}, Err: rules.ErrCaseByCase},
		{Name: "zero area", Clause: "附件1 单位：元/平方米·月", Rule: r, Date: dayIn, Inputs: in("鹿城区", "住宅用房", "0", "20", "18"), Err: rules.ErrInvalidInput, Field: "area"},
		{Name: "no months", Clause: "附件1 单位：元/平方米·月", Rule: r, Date: dayIn, Inputs: rules.Inputs{"district": "鹿城区", "use": "住宅用房", "area": "90", "rate": "20"}, Err: rules.ErrInvalidInput, Field: "months"},
		{Name: "a float amount is refused", Clause: "附件1 单位：元/平方米·月", Rule: r, Date: dayIn, Inputs: rules.Inputs{"district": "鹿城区", "use": "住宅用房", "area": 90.5, "rate": "20", "months": "18"}, Err: rules.ErrInvalidInput, Field: "area"},
		{Name: "a misspelt input is refused", Clause: "附件1 单位：元/平方米·月", Rule: r, Date: dayIn, Inputs: rules.Inputs{"district": "鹿城区", "use": "住宅用房", "aera": "90", "rate": "20", "months": "18"}, Err: rules.ErrInvalidInput, Field: "aera"},
	})
}

func TestMovingFee(t *testing.T) {
	in := func(d, u, area string) rules.Inputs { return rules.Inputs{"district": d, "use": u, "area": area} }
	fee := func(v string) map[string]string { return map[string]string{"fee": v} }
	r := expropriation.RuleMovingFee
	rulestest.Run(t, expropriation.Book(), []rulestest.Case{
		// 15 × 90 = 1,350
		{Name: "residential above the floor", Clause: "附件1 按15元/平方米计算", Rule: r, Date: dayIn, Inputs: in("鹿城区", "住宅用房", "90"), Want: fee("1350.00")},
		// 15 × 60 = 900 < 1,000
		{Name: "small residential gets the household floor", Clause: "附件1 每户不低于1000元", Rule: r, Date: dayIn, Inputs: in("鹿城区", "住宅用房", "60"), Want: fee("1000.00")},
		// 15 × 66.66 = 999.90 < 1,000; 15 × 66.67 = 1,000.05
		{Name: "just below the floor", Clause: "附件2 每户不低于1000元", Rule: r, Date: dayIn, Inputs: in("龙湾区", "住宅用房", "66.66"), Want: fee("1000.00")},
		{Name: "just above the floor", Clause: "附件2 按15元/平方米计算", Rule: r, Date: dayIn, Inputs: in("龙湾区", "住宅用房", "66.67"), Want: fee("1000.05")},
		// 15 × 50 = 750: the floor is for residential households only
		{Name: "office has no floor", Clause: "附件3 征收住宅用房、办公用房、营业用房搬迁费标准按15元/平方米计算", Rule: r, Date: dayIn, Inputs: in("瓯海区", "办公用房", "50"), Want: fee("750.00")},
		// 15 × 200 = 3,000
		{Name: "business premises", Clause: "附件4 营业用房搬迁费标准按15元/平方米计算", Rule: r, Date: lastDay, Inputs: in("洞头区", "营业用房", "200"), Want: fee("3000.00")},
		{Name: "industrial is assessed case by case", Clause: "附件1 工业用房等房屋征收搬迁费按实评估", Rule: r, Date: dayIn, Inputs: in("鹿城区", "工业用房", "500"), Err: rules.ErrCaseByCase},
		{Name: "storage is assessed case by case", Clause: "附件5 工业用房等房屋征收搬迁费按实评估", Rule: r, Date: dayIn, Inputs: in("瓯江口产业集聚区", "仓储用房", "500"), Err: rules.ErrCaseByCase},
		{Name: "other uses are assessed case by case", Clause: "附件6 工业用房等房屋征收搬迁费按实评估", Rule: r, Date: dayIn, Inputs: in("浙南产业集聚区", "其他用房", "80"), Err: rules.ErrCaseByCase},
		{Name: "first day in force", Clause: "正文 2022年3月5日至2024年3月4日", Rule: r, Date: firstDay, Inputs: in("鹿城区", "住宅用房", "100"), Want: fee("1500.00")},
		{Name: "before the standards apply", Clause: "正文 2022年3月5日至2024年3月4日", Rule: r, Date: firstDay.AddDays(-1), Inputs: in("鹿城区", "住宅用房", "100"), Err: rules.ErrNotInForce},
		{Name: "after they end", Clause: "正文 2022年3月5日至2024年3月4日", Rule: r, Date: lastDay.AddDays(1), Inputs: in("鹿城区", "住宅用房", "100"), Err: rules.ErrNotInForce},
		{Name: "negative area", Clause: "附件1 按15元/平方米计算", Rule: r, Date: dayIn, Inputs: in("鹿城区", "住宅用房", "-5"), Err: rules.ErrInvalidInput, Field: "area"},
	})
}

// The typed functions evaluate the same rules as the book: same figures.
func TestTypedFunctionsMatchTheBook(t *testing.T) {
	d := func(s string) decimal.Decimal { return decimal.RequireFromString(s) }
	p := expropriation.Premises{District: expropriation.Lucheng, Use: expropriation.Residential, Area: d("90")}

	rr, err := expropriation.ResettlementRange(dayIn, p.District, p.Use)
	if err != nil {
		t.Fatal(err)
	}
	fee, err := expropriation.TemporaryResettlementFee(dayIn, p, d("20"), d("18"))
	if err != nil {
		t.Fatal(err)
	}
	moving, err := expropriation.MovingFee(dayIn, p)
	if err != nil {
		t.Fatal(err)
	}
	book, err := expropriation.Book().Eval(expropriation.RuleResettlementFee, dayIn,
		rules.Inputs{"district": "鹿城区", "use": "住宅用房", "area": "90", "rate": "20", "months": "18"})
	if err != nil {
		t.Fatal(err)
	}
	got := []string{rr.Min.String(), rr.Max.String(), fee.Amount.StringFixed(2), moving.Amount.StringFixed(2), book.Value.Number().StringFixed(2)}
	// 附件1: 12–26; 20 × 90 × 18 = 32,400; 15 × 90 = 1,350.
	want := []string{"12", "26", "32400.00", "1350.00", "32400.00"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("typed functions (-want +got):\n%s", d)
	}

	_, err = expropriation.MovingFee(dayIn, expropriation.Premises{District: expropriation.Lucheng, Use: expropriation.Industrial, Area: d("500")})
	if !errors.Is(err, rules.ErrCaseByCase) {
		t.Errorf("industrial moving fee: want a case-by-case error (附件1 工业用房等按实评估), got %v", err)
	}
	_, err = expropriation.TemporaryResettlementFee(dayIn, expropriation.Premises{District: "瑞安市", Use: expropriation.Residential, Area: d("90")}, d("20"), d("18"))
	var re *rules.Error
	if !errors.As(err, &re) || re.Field != "district" || !errors.Is(err, rules.ErrInvalidInput) {
		t.Errorf("unknown district: want an invalid-input error on district, got %v", err)
	}
}

func TestParse(t *testing.T) {
	if d, err := expropriation.ParseDistrict("洞头区"); err != nil || d != expropriation.Dongtou {
		t.Errorf("ParseDistrict(洞头区) = %q, %v", d, err)
	}
	if _, err := expropriation.ParseDistrict("瑞安市"); err == nil {
		t.Error("ParseDistrict(瑞安市): want an error listing the districts")
	}
	if u, err := expropriation.ParseUse("仓储用房"); err != nil || u != expropriation.Storage {
		t.Errorf("ParseUse(仓储用房) = %q, %v", u, err)
	}
	if _, err := expropriation.ParseUse("商铺"); err == nil {
		t.Error("ParseUse(商铺): want an error")
	}
}

// A district plan that raises the household floor derives a new book; the
// notice's book is unchanged, and a plan may not go below the notice's floor.
func TestDerivedBook(t *testing.T) {
	plan := &rules.Document{Number: "鹿城区征收补偿方案（示例）", Title: "某项目房屋征收补偿方案", Issuer: "鹿城区人民政府",
		Issued: rules.MustDate(2022, 5, 1), InForce: rules.Since(rules.MustDate(2022, 5, 1))}
	floor := func(v string) rules.Override {
		rows := []rules.Row{}
		for _, d := range expropriation.Districts() {
			val := "1000"
			if d == expropriation.Lucheng {
				val = v
			}
			rows = append(rows, rules.Row{Keys: []string{string(d)}, Value: decimal.RequireFromString(val)})
		}
		return rules.Override{Param: "moving_min_per_household", From: rules.MustDate(2022, 5, 1),
			Value: rules.Table{Rows: rows}, Cite: plan.Cite("三", "住宅用房搬迁费每户不低于"+v+"元")}
	}
	derived, err := expropriation.Book().Derive(floor("1200"))
	if err != nil {
		t.Fatal(err)
	}
	ev := expropriation.MustEvaluator(derived)
	small := expropriation.Premises{District: expropriation.Lucheng, Use: expropriation.Residential, Area: decimal.NewFromInt(60)}
	got, err := ev.MovingFee(dayIn, small)
	if err != nil {
		t.Fatal(err)
	}
	orig, err := expropriation.MovingFee(dayIn, small)
	if err != nil {
		t.Fatal(err)
	}
	before, err := ev.MovingFee(rules.MustDate(2022, 4, 30), small)
	if err != nil {
		t.Fatal(err)
	}
	// The plan's 1,200 from 2022-05-01; the notice's 1,000 before it and in the original book.
	if got.Amount.StringFixed(2) != "1200.00" || orig.Amount.StringFixed(2) != "1000.00" || before.Amount.StringFixed(2) != "1000.00" {
		t.Errorf("derived %s, original %s, before the plan %s; want 1200.00, 1000.00, 1000.00", got.Amount, orig.Amount, before.Amount)
	}
	if derived.Hash() == expropriation.Book().Hash() {
		t.Error("a derived book must have its own hash")
	}
	if _, err := expropriation.Book().Derive(floor("900")); !errors.Is(err, rules.ErrInvalidOverride) {
		t.Errorf("a plan below the notice's floor (每户不低于1000元): want ErrInvalidOverride, got %v", err)
	}
}

func TestEveryEntryPointHasAnExample(t *testing.T) {
	rulestest.Examples(t, ".", "Evaluator")
}
