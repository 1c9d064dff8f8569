package speed

import (
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/expropriation"
	"github.com/wzpolicy/wzpolicy/rules"
)

// expropriation.temporary_resettlement.fee — 温政发〔2022〕8号.
//
// The case: a 鹿城区 home of 90 m², its compensation plan made on
// 2022-05-20 at 20 yuan/m²·month, 18 months of temporary resettlement,
// assessed on 2022-06-01.
//
// Worked from the text: 正文 “2022年3月5日至2024年3月4日临时安置费和搬迁费
// 标准按照本通知规定执行” — the plan of 2022-05-20 is within, so the notice
// applies; 附件1 “鹿城区 12-26 12-26 12-20” — a residential rate of 20 lies
// in 12–26; 正文 “在房屋征收与补偿方案中确定具体的临时安置费” — the fee is the
// plan's rate × area × months: 20 × 90 × 18 = 32,400.00 yuan.
var (
	feeOn     = rules.MustDate(2022, 6, 1)
	feePlan   = rules.MustDate(2022, 5, 20)
	feeArea   = dec("90")
	feeRate   = dec("20")
	feeMonths = dec("18")
)

var feeSink struct {
	amount  decimal.Decimal
	applies bool
}

func resettlementFeeTrio() Trio {
	book := expropriation.Book()
	inputs := func() rules.Inputs {
		return rules.Inputs{"district": "鹿城区", "use": "住宅用房", "area": feeArea, "rate": feeRate, "months": feeMonths, "plan_date": feePlan}
	}
	once := inputs()
	premises := expropriation.Premises{Locality: expropriation.Lucheng, Use: expropriation.Residential, Area: feeArea, PlanDate: feePlan}
	fromBook := func(in rules.Inputs) error {
		res, err := book.Eval(expropriation.RuleResettlementFee, feeOn, in)
		if err != nil {
			return err
		}
		feeSink.amount, feeSink.applies = res.Value.Number(), res.Eligible
		return nil
	}
	t := Trio{
		Rule: expropriation.RuleResettlementFee,
		Case: "鹿城区 home, 90 m², 20 yuan/m²·month, 18 months",
		Cite: "温政发〔2022〕8号 正文, 附件1–6",
		Want: "32400.00 applies",
		figure: func() string {
			return fmt.Sprintf("%s %s", fen(feeSink.amount), map[bool]string{true: "applies", false: "does not apply"}[feeSink.applies])
		},
		reset: func() { feeSink.amount, feeSink.applies = decimal.Decimal{}, false },
	}
	t.run[Hand] = func() error {
		f, ok, err := handResettlementFee(feeOn, feePlan, "鹿城区", "住宅用房", feeArea, feeRate, feeMonths)
		feeSink.amount, feeSink.applies = f, ok
		return err
	}
	t.run[Typed] = func() error {
		f, err := expropriation.Default().TemporaryResettlementFee(feeOn, expropriation.Resettlement{Premises: premises, Rate: feeRate, Months: feeMonths})
		feeSink.amount, feeSink.applies = f.Amount, f.Eligible()
		return err
	}
	t.run[Book] = func() error { return fromBook(once) }
	t.run[BookMap] = func() error { return fromBook(inputs()) }
	t.run[MapAlone] = func() error { mapSink = inputs(); return nil }
	return t
}

// The notice's period (正文: 2022年3月5日至2024年3月4日), judged by the date of
// the compensation plan; the fee may be assessed later, as of any day from
// the first.
var (
	handPlanFirst = rules.MustDate(2022, 3, 5)
	handPlanLast  = rules.MustDate(2024, 3, 4)
)

// handRateRange is a published range of temporary resettlement rates, both
// ends included (“12-26”).
type handRateRange struct{ lo, hi decimal.Decimal }

// handResettlementRates are the six annexes' tables: 住宅用房, 办公用房,
// 工业用房（含仓储用房）, yuan per m² per month.
var handResettlementRates = func() map[string]map[string]handRateRange {
	r := func(lo, hi string) handRateRange { return handRateRange{dec(lo), dec(hi)} }
	row := func(res, office, indus handRateRange) map[string]handRateRange {
		return map[string]handRateRange{"住宅用房": res, "办公用房": office, "工业用房": indus}
	}
	return map[string]map[string]handRateRange{
		"鹿城区":      row(r("12", "26"), r("12", "26"), r("12", "20")), // 附件1 鹿城区 12-26 12-26 12-20
		"龙湾区":      row(r("12", "18"), r("12", "18"), r("12", "18")), // 附件2 龙湾区 12-18 12-18 12-18
		"瓯海区":      row(r("12", "18"), r("12", "18"), r("12", "18")), // 附件3 瓯海区 12-18 12-18 12-18
		"洞头区":      row(r("7", "10"), r("7", "10"), r("7", "10")),    // 附件4 洞头区 7-10 7-10 7-10
		"瓯江口产业集聚区": row(r("12", "18"), r("12", "18"), r("12", "18")), // 附件5
		"浙南产业集聚区":  row(r("12", "15"), r("12", "15"), r("12", "15")), // 附件6
	}
}()

// handResettlementFee is the temporary resettlement fee written by hand:
// the plan's rate × floor area × months, the rate within the range the
// district's annex publishes for the use (storage counted as industrial,
// business and other premises assessed case by case: “营业用房等房屋征收临时
// 安置费按实评估”), for a plan made within the notice's period, on or before
// the day assessed. It reports whether the notice applies.
func handResettlementFee(on, plan rules.Date, district, use string, area, rate, months decimal.Decimal) (decimal.Decimal, bool, error) {
	if on.Before(handPlanFirst) {
		return decimal.Decimal{}, false, errNotInForce
	}
	ranges, ok := handResettlementRates[district]
	if !ok {
		return decimal.Decimal{}, false, invalid("district")
	}
	switch use {
	case "住宅用房", "办公用房", "工业用房":
	case "仓储用房":
		use = "工业用房" // 工业用房（含仓储用房）
	case "营业用房", "其他用房":
		return decimal.Decimal{}, false, errCaseByCase
	default:
		return decimal.Decimal{}, false, invalid("use")
	}
	switch {
	case area.Sign() <= 0:
		return decimal.Decimal{}, false, invalid("area")
	case rate.Sign() <= 0:
		return decimal.Decimal{}, false, invalid("rate")
	case months.Sign() <= 0:
		return decimal.Decimal{}, false, invalid("months")
	case plan.IsZero():
		return decimal.Decimal{}, false, missing("plan_date")
	}
	r := ranges[use]
	if rate.LessThan(r.lo) || rate.GreaterThan(r.hi) {
		return decimal.Decimal{}, false, invalid("rate")
	}
	if plan.After(on) {
		return decimal.Decimal{}, false, invalid("plan_date")
	}
	if plan.Before(handPlanFirst) || plan.After(handPlanLast) {
		return decimal.Zero, false, nil // another year's standards
	}
	return rate.Mul(area).Mul(months).Round(2), true, nil
}
