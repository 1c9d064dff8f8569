package speed

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// welfare.elderly.high_age_allowance — 温政发〔2022〕6号.
//
// The case: a woman registered in 鹿城区, born 1932-03-10, assessed on
// 2023-06-01.
//
// Worked from the text, 二、5: “市区户口且符合以下条件之一的老年人，可以按以下
// 标准发放高龄津贴：80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人
// 每月200元、100周岁以上的老年人每人每月不低于500元” — 鹿城区 is 市区 (附则1); on
// 2023-06-01 she is 91 full years old (her 91st birthday was 2023-03-10):
// 200 yuan a month.
var (
	highAgeOn    = rules.MustDate(2023, 6, 1)
	highAgeBirth = rules.MustDate(1932, 3, 10)
)

var highAgeSink struct {
	amount   decimal.Decimal
	eligible bool
}

func highAgeTrio() Trio {
	book := welfare.Book()
	inputs := func() rules.Inputs { return rules.Inputs{"birth_date": highAgeBirth, "hukou": "鹿城区"} }
	once := inputs()
	household := welfare.Household{Locality: welfare.Lucheng, Members: []welfare.Member{{BirthDate: highAgeBirth}}}
	fromBook := func(in rules.Inputs) error {
		res, err := book.Eval(welfare.RuleHighAgeAllowance, highAgeOn, in)
		if err != nil {
			return err
		}
		highAgeSink.amount, highAgeSink.eligible = res.Value.Number(), res.Eligible
		return nil
	}
	t := Trio{
		Rule: welfare.RuleHighAgeAllowance,
		Case: "鹿城区, aged 91",
		Cite: "温政发〔2022〕6号 二、5, 附则1, 附则3",
		Want: "200.00 a month",
		figure: func() string {
			if !highAgeSink.eligible {
				return "not eligible"
			}
			return fen(highAgeSink.amount) + " a month"
		},
		reset: func() { highAgeSink.amount, highAgeSink.eligible = decimal.Decimal{}, false },
	}
	t.run[Hand] = func() error {
		a, ok, err := handHighAge(highAgeOn, highAgeBirth, "鹿城区")
		highAgeSink.amount, highAgeSink.eligible = a, ok
		return err
	}
	t.run[Typed] = func() error {
		b, err := welfare.Default().HighAgeAllowance(highAgeOn, welfare.MemberCase{Household: household, Member: household.Members[0]})
		highAgeSink.amount, highAgeSink.eligible = b.Amount, b.Eligible()
		return err
	}
	t.run[Book] = func() error { return fromBook(once) }
	t.run[BookMap] = func() error { return fromBook(inputs()) }
	t.run[MapAlone] = func() error { mapSink = inputs(); return nil }
	t.run[ShapeAlone] = func() error {
		r, err := shapeAlone(highAgeOn, welfare.MemberCase{Household: household, Member: household.Members[0]})
		shapeSink = r.eligible
		return err
	}
	return t
}

// The document is in force from 2022-05-01 to 2025-12-31 (附则3 “本政策自
// 2022年5月1日起施行，有效期至2025年12月31日”).
var (
	handWelfareFirst = rules.MustDate(2022, 5, 1)
	handWelfareLast  = rules.MustDate(2025, 12, 31)
)

// handArea sorts registrations (附则1): 市区 is 市本级, 鹿城区, 龙湾区, 瓯海区,
// 洞头区 and 市级功能区; the counties (市) follow 二、5 by reference
// (“各县（市）参照执行”), with figures of their own.
var handArea = map[string]int{
	"市本级": 1, "鹿城区": 1, "龙湾区": 1, "瓯海区": 1, "洞头区": 1, "市级功能区": 1,
	"瑞安市": 2, "乐清市": 2, "龙港市": 2, "永嘉县": 2, "平阳县": 2, "苍南县": 2, "文成县": 2, "泰顺县": 2,
	"市外": 0,
}

var handHighAgeFigures = [3]decimal.Decimal{decimal.NewFromInt(50), decimal.NewFromInt(200), decimal.NewFromInt(500)}

// handHighAge is the high-age allowance written by hand: by full years of
// age on the day assessed, 50 yuan a month from 80 to 89, 200 from 90 to
// 99, 500 from 100, for a 市区 registration; a county's is its own.
func handHighAge(on, birth rules.Date, hukou string) (decimal.Decimal, bool, error) {
	if on.Before(handWelfareFirst) || on.After(handWelfareLast) {
		return decimal.Decimal{}, false, errNotInForce
	}
	area, ok := handArea[hukou]
	switch {
	case birth.IsZero():
		return decimal.Decimal{}, false, missing("birth_date")
	case !ok:
		return decimal.Decimal{}, false, invalid("hukou")
	case birth.After(on):
		return decimal.Decimal{}, false, invalid("birth_date")
	}
	age := birth.FullYears(on)
	if area == 0 || age < 80 {
		return decimal.Zero, false, nil
	}
	if area == 2 {
		return decimal.Decimal{}, false, errCaseByCase // 各县（市）参照执行: the county's figures
	}
	switch {
	case age < 90:
		return handHighAgeFigures[0], true, nil
	case age < 100:
		return handHighAgeFigures[1], true, nil
	}
	return handHighAgeFigures[2], true, nil
}
