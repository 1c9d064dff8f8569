package speed

import (
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/grain"
	"github.com/wzpolicy/wzpolicy/rules"
)

// grain.reserve.adequacy — 温政办〔2022〕19号 (温州市粮食应急预案).
//
// The case: 市区 holds 1,499.99 t of finished grain and oil against an
// average daily market supply of 100 t, assessed on 2022-06-01.
//
// Worked from the text: 4.1 “市区成品粮油储备达到15天以上市场供应量” — 市区
// must hold at least 15 × 100 = 1,500 t (“以上” includes the figure); it holds
// 1,499.99 t: 14.9999 days, 14.99 days to two places rounded down (the
// days are not rounded up into adequacy), not adequate, 0.01 t short.
var (
	reserveOn     = rules.MustDate(2022, 6, 1)
	reserveAmount = dec("1499.99")
	reserveSupply = dec("100")
)

var reserveSink struct {
	days, shortfall decimal.Decimal
	adequate        bool
}

func reserveTrio() Trio {
	book := grain.Book()
	inputs := func() rules.Inputs {
		return rules.Inputs{"locality": "市区", "reserve": reserveAmount, "daily_supply": reserveSupply}
	}
	once := inputs()
	stock := grain.Stock{Locality: grain.UrbanDistricts, Reserve: reserveAmount, DailySupply: reserveSupply}
	fromBook := func(in rules.Inputs) error {
		res, err := book.Eval(grain.RuleReserveAdequacy, reserveOn, in)
		if err != nil {
			return err
		}
		adequate, _ := res.Figure("adequate")
		shortfall, _ := res.Figure("shortfall")
		reserveSink.days, reserveSink.adequate, reserveSink.shortfall = res.Value.Number(), adequate.Value.Bool(), shortfall.Value.Number()
		return nil
	}
	t := Trio{
		Rule: grain.RuleReserveAdequacy,
		Case: "市区, 1,499.99 t against 100 t a day",
		Cite: "温政办〔2022〕19号 4.1, 9.3",
		Want: "14.99 days, not adequate, short 0.01 t",
		figure: func() string {
			a := "adequate"
			if !reserveSink.adequate {
				a = "not adequate"
			}
			return fmt.Sprintf("%s days, %s, short %s t", reserveSink.days.StringFixed(2), a, reserveSink.shortfall.String())
		},
		reset: func() {
			reserveSink.days, reserveSink.adequate, reserveSink.shortfall = decimal.Decimal{}, false, decimal.Decimal{}
		},
	}
	t.run[Hand] = func() error {
		days, ok, short, err := handReserve(reserveOn, "市区", reserveAmount, reserveSupply)
		reserveSink.days, reserveSink.adequate, reserveSink.shortfall = days, ok, short
		return err
	}
	t.run[Typed] = func() error {
		r, err := grain.Default().ReserveAdequacy(reserveOn, stock)
		reserveSink.days, reserveSink.adequate, reserveSink.shortfall = r.DaysCovered, r.Adequate, r.Shortfall
		return err
	}
	t.run[Book] = func() error { return fromBook(once) }
	t.run[BookMap] = func() error { return fromBook(inputs()) }
	t.run[MapAlone] = func() error { mapSink = inputs(); return nil }
	return t
}

// The plan is in force from its issue (9.3 “本预案自印发之日起实施”,
// 2022-03-08).
var handPlanIssued = rules.MustDate(2022, 3, 8)

// handReserveDays are the days of market supply of 4.1: “市区成品粮油储备达到
// 15天以上市场供应量，各县（市）达到10天以上市场供应量”.
var handReserveDays = map[string]decimal.Decimal{
	"市区":  decimal.NewFromInt(15),
	"瑞安市": decimal.NewFromInt(10), "乐清市": decimal.NewFromInt(10), "龙港市": decimal.NewFromInt(10),
	"永嘉县": decimal.NewFromInt(10), "平阳县": decimal.NewFromInt(10), "苍南县": decimal.NewFromInt(10),
	"文成县": decimal.NewFromInt(10), "泰顺县": decimal.NewFromInt(10),
}

// handReserve is the reserve check written by hand: the days of supply the
// reserve covers (rounded down to two places), whether it reaches the
// locality's days (compared exactly), and the tonnes missing.
func handReserve(on rules.Date, locality string, reserve, daily decimal.Decimal) (days decimal.Decimal, adequate bool, shortfall decimal.Decimal, err error) {
	if on.Before(handPlanIssued) {
		return decimal.Decimal{}, false, decimal.Decimal{}, errNotInForce
	}
	least, ok := handReserveDays[locality]
	if !ok {
		return decimal.Decimal{}, false, decimal.Decimal{}, invalid("locality")
	}
	if reserve.Sign() < 0 {
		return decimal.Decimal{}, false, decimal.Decimal{}, invalid("reserve")
	}
	if daily.Sign() <= 0 {
		return decimal.Decimal{}, false, decimal.Decimal{}, invalid("daily_supply")
	}
	days, _ = reserve.QuoRem(daily, 2) // truncated at two places: exact, no rounding up
	required := least.Mul(daily)
	shortfall = required.Sub(reserve)
	if shortfall.Sign() < 0 {
		shortfall = decimal.Zero
	}
	return days, !reserve.LessThan(required), shortfall, nil
}
