package rules_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// A clause as a rule, compiled into a book and evaluated: the moving fee of
// 温政发〔2022〕8号 附件1, 15 yuan a square metre and at least 1,000 a
// household. A 60 m² home is paid 1,000 (15 × 60 = 900, below the floor);
// a 90 m² home 15 × 90 = 1,350.
func Example() {
	notice := &rules.Document{Number: "温政发〔2022〕8号", Title: "温州市人民政府关于公布2022-2024年温州市区国有土地上房屋征收临时安置费和搬迁费标准的通知",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 3, 31), InForce: rules.Between(rules.MustDate(2022, 3, 5), rules.MustDate(2024, 3, 4))}
	perSquareMetre := rules.Yuan.Per(rules.SquareMetre)
	book, err := rules.Compile(rules.Spec{
		Params: []rules.Param{
			rules.Fixed("rate", rules.T("搬迁费标准", "moving fee rate"), perSquareMetre, "15",
				notice.Cite("附件1", "征收住宅用房、办公用房、营业用房搬迁费标准按15元/平方米计算")),
			rules.Fixed("floor", rules.T("每户最低", "floor per household"), rules.Yuan, "1000",
				notice.Cite("附件1", "征收住宅用房的搬迁费每户不低于1000元")),
		},
		Rules: []rules.Rule{{
			ID: "expropriation.moving.fee", Title: rules.T("搬迁费", "moving fee"),
			Cite:    notice.Cite("附件1", "征收住宅用房、办公用房、营业用房搬迁费标准按15元/平方米计算"),
			Inputs:  []rules.Input{rules.NumberInput("area", rules.T("建筑面积", "floor area"), rules.SquareMetre, rules.Range{Lo: rules.Excl("0")})},
			Outputs: []rules.Output{{Name: "fee", Title: rules.T("搬迁费", "moving fee"), Unit: rules.Yuan, Expr: "max(rate * area, floor)"}},
		}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	on := rules.MustDate(2022, 6, 1) // the date of the case
	for _, area := range []string{"60", "90"} {
		res, err := book.Eval("expropriation.moving.fee", on, rules.Inputs{"area": area})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(area, "m²:", res.Value.Format(res.Unit, rules.English))
	}
	// Output:
	// 60 m²: 1000.00 yuan
	// 90 m²: 1350.00 yuan
}

func ExampleCompile() {
	june := rules.MustDate(2022, 6, 1) // the date of the case
	// A book of one rule: the high-age allowance of 温政发〔2022〕6号 二、5.
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	clause := opinions.Cite("二、5", "80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元")
	perMonth := rules.Yuan.Per(rules.Month).Label("元/月", "yuan per month")
	spec := rules.Spec{
		Params: []rules.Param{
			{Name: "allowance", Title: rules.T("高龄津贴标准", "high-age allowance"), Unit: perMonth, Floor: true,
				History: []rules.Dated{{Cite: clause, Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
					{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.NewFromInt(50)},
					{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.NewFromInt(200)},
					{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.NewFromInt(500)},
				}}}}},
			rules.Fixed("first_age", rules.T("起始年龄", "first age"), rules.Year, "80", clause),
		},
		Rules: []rules.Rule{{
			ID: "welfare.elderly.high_age_allowance", Title: rules.T("高龄津贴", "high-age allowance"), Cite: clause,
			Inputs: []rules.Input{
				rules.DateInput("birth_date", rules.T("出生日期", "date of birth")),
				rules.FlagInput("shiqu_hukou", rules.T("市区户口", "hukou in the city districts")),
			},
			Defs: []rules.Def{{Name: "age", Title: rules.T("周岁", "age"), Expr: "full_years(birth_date, eval_date)"}},
			Require: []rules.Condition{
				{Name: "shiqu_hukou", Text: rules.T("市区户口", "hukou in the city districts"), Expr: "shiqu_hukou"},
				{Name: "aged_80", Text: rules.T("年满80周岁", "aged 80 or over"), Expr: "age >= first_age"},
			},
			Outputs: []rules.Output{{Name: "allowance", Title: rules.T("高龄津贴", "allowance"), Unit: perMonth,
				Expr: "bracket(allowance, age)"}},
		}},
	}
	book, err := rules.Compile(spec)
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := book.Eval("welfare.elderly.high_age_allowance", june, rules.Inputs{"birth_date": "1930-06-02", "shiqu_hukou": true})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Value.Format(res.Unit, rules.Chinese))

	// A rule that adds an amount to an age does not compile.
	spec.Rules[0].Outputs[0].Expr = "bracket(allowance, age) + age"
	_, err = rules.Compile(spec)
	fmt.Println(err)
	// Output:
	// 200.00 元/月
	// 1 problem(s):
	//   welfare.elderly.high_age_allowance: output allowance (line 1, column 25): operator + mixes units: 元/月 (yuan per month) and 年 (year)
}

func ExampleMustCompile() {
	// A book of one rule: the high-age allowance of 温政发〔2022〕6号 二、5.
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	clause := opinions.Cite("二、5", "80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元")
	perMonth := rules.Yuan.Per(rules.Month).Label("元/月", "yuan per month")
	spec := rules.Spec{
		Params: []rules.Param{
			{Name: "allowance", Title: rules.T("高龄津贴标准", "high-age allowance"), Unit: perMonth, Floor: true,
				History: []rules.Dated{{Cite: clause, Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
					{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.NewFromInt(50)},
					{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.NewFromInt(200)},
					{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.NewFromInt(500)},
				}}}}},
			rules.Fixed("first_age", rules.T("起始年龄", "first age"), rules.Year, "80", clause),
		},
		Rules: []rules.Rule{{
			ID: "welfare.elderly.high_age_allowance", Title: rules.T("高龄津贴", "high-age allowance"), Cite: clause,
			Inputs: []rules.Input{
				rules.DateInput("birth_date", rules.T("出生日期", "date of birth")),
				rules.FlagInput("shiqu_hukou", rules.T("市区户口", "hukou in the city districts")),
			},
			Defs: []rules.Def{{Name: "age", Title: rules.T("周岁", "age"), Expr: "full_years(birth_date, eval_date)"}},
			Require: []rules.Condition{
				{Name: "shiqu_hukou", Text: rules.T("市区户口", "hukou in the city districts"), Expr: "shiqu_hukou"},
				{Name: "aged_80", Text: rules.T("年满80周岁", "aged 80 or over"), Expr: "age >= first_age"},
			},
			Outputs: []rules.Output{{Name: "allowance", Title: rules.T("高龄津贴", "allowance"), Unit: perMonth,
				Expr: "bracket(allowance, age)"}},
		}},
	}
	book := rules.MustCompile(spec)
	fmt.Println(book.RuleIDs())
	// Output: [welfare.elderly.high_age_allowance]
}

func ExampleBook_Eval() {
	june := rules.MustDate(2022, 6, 1) // the date of the case
	// A book of one rule: the high-age allowance of 温政发〔2022〕6号 二、5.
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	clause := opinions.Cite("二、5", "80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元")
	perMonth := rules.Yuan.Per(rules.Month).Label("元/月", "yuan per month")
	spec := rules.Spec{
		Params: []rules.Param{
			{Name: "allowance", Title: rules.T("高龄津贴标准", "high-age allowance"), Unit: perMonth, Floor: true,
				History: []rules.Dated{{Cite: clause, Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
					{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.NewFromInt(50)},
					{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.NewFromInt(200)},
					{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.NewFromInt(500)},
				}}}}},
			rules.Fixed("first_age", rules.T("起始年龄", "first age"), rules.Year, "80", clause),
		},
		Rules: []rules.Rule{{
			ID: "welfare.elderly.high_age_allowance", Title: rules.T("高龄津贴", "high-age allowance"), Cite: clause,
			Inputs: []rules.Input{
				rules.DateInput("birth_date", rules.T("出生日期", "date of birth")),
				rules.FlagInput("shiqu_hukou", rules.T("市区户口", "hukou in the city districts")),
			},
			Defs: []rules.Def{{Name: "age", Title: rules.T("周岁", "age"), Expr: "full_years(birth_date, eval_date)"}},
			Require: []rules.Condition{
				{Name: "shiqu_hukou", Text: rules.T("市区户口", "hukou in the city districts"), Expr: "shiqu_hukou"},
				{Name: "aged_80", Text: rules.T("年满80周岁", "aged 80 or over"), Expr: "age >= first_age"},
			},
			Outputs: []rules.Output{{Name: "allowance", Title: rules.T("高龄津贴", "allowance"), Unit: perMonth,
				Expr: "bracket(allowance, age)"}},
		}},
	}
	book := rules.MustCompile(spec)
	res, err := book.Eval("welfare.elderly.high_age_allowance", june, rules.Inputs{"birth_date": "1942-06-01", "shiqu_hukou": true})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Eligible, res.Value.Format(res.Unit, rules.English))

	res, _ = book.Eval("welfare.elderly.high_age_allowance", june, rules.Inputs{"birth_date": "1942-06-02", "shiqu_hukou": true})
	fmt.Println(res.Eligible, res.Failed[0].In(rules.English))

	_, err = book.Eval("welfare.elderly.high_age_allowance", rules.MustDate(2026, 1, 1), rules.Inputs{"birth_date": "1942-06-01", "shiqu_hukou": true})
	fmt.Println(errors.Is(err, rules.ErrNotInForce))

	_, err = book.Eval("welfare.elderly.high_age_allowance", june, rules.Inputs{"birthday": "1942-06-01", "shiqu_hukou": true})
	fmt.Println(err)
	// Output:
	// true 50.00 yuan per month
	// false not met: aged 80 or over (age = 79 years, first_age = 80 years)
	// true
	// welfare.elderly.high_age_allowance: birthday: unknown input; the rule's inputs are: birth_date, shiqu_hukou
}

func ExampleBook_Prepare() {
	june := rules.MustDate(2022, 6, 1) // the date of the case
	// A book of one rule: the high-age allowance of 温政发〔2022〕6号 二、5.
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	clause := opinions.Cite("二、5", "80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元")
	perMonth := rules.Yuan.Per(rules.Month).Label("元/月", "yuan per month")
	spec := rules.Spec{
		Params: []rules.Param{
			{Name: "allowance", Title: rules.T("高龄津贴标准", "high-age allowance"), Unit: perMonth, Floor: true,
				History: []rules.Dated{{Cite: clause, Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
					{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.NewFromInt(50)},
					{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.NewFromInt(200)},
					{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.NewFromInt(500)},
				}}}}},
			rules.Fixed("first_age", rules.T("起始年龄", "first age"), rules.Year, "80", clause),
		},
		Rules: []rules.Rule{{
			ID: "welfare.elderly.high_age_allowance", Title: rules.T("高龄津贴", "high-age allowance"), Cite: clause,
			Inputs: []rules.Input{
				rules.DateInput("birth_date", rules.T("出生日期", "date of birth")),
				rules.FlagInput("shiqu_hukou", rules.T("市区户口", "hukou in the city districts")),
			},
			Defs: []rules.Def{{Name: "age", Title: rules.T("周岁", "age"), Expr: "full_years(birth_date, eval_date)"}},
			Require: []rules.Condition{
				{Name: "shiqu_hukou", Text: rules.T("市区户口", "hukou in the city districts"), Expr: "shiqu_hukou"},
				{Name: "aged_80", Text: rules.T("年满80周岁", "aged 80 or over"), Expr: "age >= first_age"},
			},
			Outputs: []rules.Output{{Name: "allowance", Title: rules.T("高龄津贴", "allowance"), Unit: perMonth,
				Expr: "bracket(allowance, age)"}},
		}},
	}
	book := rules.MustCompile(spec)
	p, err := book.Prepare("welfare.elderly.high_age_allowance", "birth_date", "shiqu_hukou")
	if err != nil {
		fmt.Println(err)
		return
	}
	res, _ := p.Eval(june, rules.DateValue(rules.MustDate(1922, 6, 1)), rules.BoolValue(true))
	fmt.Println(res.Value.Number())
	// Output: 500
}

func ExampleBook_MustPrepare() {
	june := rules.MustDate(2022, 6, 1) // the date of the case
	// A book of one rule: the high-age allowance of 温政发〔2022〕6号 二、5.
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	clause := opinions.Cite("二、5", "80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元")
	perMonth := rules.Yuan.Per(rules.Month).Label("元/月", "yuan per month")
	spec := rules.Spec{
		Params: []rules.Param{
			{Name: "allowance", Title: rules.T("高龄津贴标准", "high-age allowance"), Unit: perMonth, Floor: true,
				History: []rules.Dated{{Cite: clause, Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
					{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.NewFromInt(50)},
					{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.NewFromInt(200)},
					{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.NewFromInt(500)},
				}}}}},
			rules.Fixed("first_age", rules.T("起始年龄", "first age"), rules.Year, "80", clause),
		},
		Rules: []rules.Rule{{
			ID: "welfare.elderly.high_age_allowance", Title: rules.T("高龄津贴", "high-age allowance"), Cite: clause,
			Inputs: []rules.Input{
				rules.DateInput("birth_date", rules.T("出生日期", "date of birth")),
				rules.FlagInput("shiqu_hukou", rules.T("市区户口", "hukou in the city districts")),
			},
			Defs: []rules.Def{{Name: "age", Title: rules.T("周岁", "age"), Expr: "full_years(birth_date, eval_date)"}},
			Require: []rules.Condition{
				{Name: "shiqu_hukou", Text: rules.T("市区户口", "hukou in the city districts"), Expr: "shiqu_hukou"},
				{Name: "aged_80", Text: rules.T("年满80周岁", "aged 80 or over"), Expr: "age >= first_age"},
			},
			Outputs: []rules.Output{{Name: "allowance", Title: rules.T("高龄津贴", "allowance"), Unit: perMonth,
				Expr: "bracket(allowance, age)"}},
		}},
	}
	book := rules.MustCompile(spec)
	p := book.MustPrepare("welfare.elderly.high_age_allowance", "birth_date", "shiqu_hukou")
	res, _ := p.Eval(june, rules.DateValue(rules.MustDate(1940, 1, 1)), rules.BoolValue(true))
	fmt.Println(res.Value.Number())
	// Output: 50
}

func ExamplePrepared_Eval() {
	june := rules.MustDate(2022, 6, 1) // the date of the case
	// A book of one rule: the high-age allowance of 温政发〔2022〕6号 二、5.
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	clause := opinions.Cite("二、5", "80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元")
	perMonth := rules.Yuan.Per(rules.Month).Label("元/月", "yuan per month")
	spec := rules.Spec{
		Params: []rules.Param{
			{Name: "allowance", Title: rules.T("高龄津贴标准", "high-age allowance"), Unit: perMonth, Floor: true,
				History: []rules.Dated{{Cite: clause, Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
					{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.NewFromInt(50)},
					{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.NewFromInt(200)},
					{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.NewFromInt(500)},
				}}}}},
			rules.Fixed("first_age", rules.T("起始年龄", "first age"), rules.Year, "80", clause),
		},
		Rules: []rules.Rule{{
			ID: "welfare.elderly.high_age_allowance", Title: rules.T("高龄津贴", "high-age allowance"), Cite: clause,
			Inputs: []rules.Input{
				rules.DateInput("birth_date", rules.T("出生日期", "date of birth")),
				rules.FlagInput("shiqu_hukou", rules.T("市区户口", "hukou in the city districts")),
			},
			Defs: []rules.Def{{Name: "age", Title: rules.T("周岁", "age"), Expr: "full_years(birth_date, eval_date)"}},
			Require: []rules.Condition{
				{Name: "shiqu_hukou", Text: rules.T("市区户口", "hukou in the city districts"), Expr: "shiqu_hukou"},
				{Name: "aged_80", Text: rules.T("年满80周岁", "aged 80 or over"), Expr: "age >= first_age"},
			},
			Outputs: []rules.Output{{Name: "allowance", Title: rules.T("高龄津贴", "allowance"), Unit: perMonth,
				Expr: "bracket(allowance, age)"}},
		}},
	}
	book := rules.MustCompile(spec)
	p := book.MustPrepare("welfare.elderly.high_age_allowance", "shiqu_hukou", "birth_date")
	for _, born := range []rules.Date{rules.MustDate(1942, 6, 2), rules.MustDate(1932, 6, 1)} {
		res, err := p.Eval(june, rules.BoolValue(true), rules.DateValue(born))
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(born, res.Eligible, res.Value.Number())
	}
	// Output:
	// 1942-06-02 false 0
	// 1932-06-01 true 200
}

func ExampleBook_EvalGroup() {
	june := rules.MustDate(2022, 6, 1) // the date of the case
	// A book of the take-the-higher travel-agency rewards of 温政发〔2022〕7号 22.
	doc := &rules.Document{Number: "温政发〔2022〕7号", Title: "温州市人民政府关于应对新冠肺炎疫情进一步帮助市场主体纾困解难30条措施",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 4, 1), rules.MustDate(2022, 6, 30))}
	perPerson := rules.Yuan.Per(rules.Person)
	over := doc.Cite("22", "超过3000人次的，给予超出部分20元/人的奖励")
	study := doc.Cite("22", "给予1000人次以内20元/人、1000人次以上部分30元/人的奖励")
	visitors := rules.CountInput("visitors", rules.T("人次", "visitors"), rules.Person, rules.Range{Lo: rules.Incl("0")})
	book := rules.MustCompile(rules.Spec{
		Params: []rules.Param{
			rules.Fixed("over_from", rules.T("起点", "threshold"), rules.Person, "3000", over),
			rules.Fixed("over_rate", rules.T("标准", "rate"), perPerson, "20", over),
			rules.Fixed("split", rules.T("分段", "split"), rules.Person, "1000", study),
			rules.Fixed("low_rate", rules.T("以内标准", "rate up to the split"), perPerson, "20", study),
			rules.Fixed("high_rate", rules.T("以上标准", "rate above the split"), perPerson, "30", study),
		},
		Rules: []rules.Rule{
			{ID: "relief.reward.overnight", Title: rules.T("过夜游客奖励", "overnight visitors"), Cite: over, Inputs: []rules.Input{visitors},
				Require: []rules.Condition{{Name: "above", Text: rules.T("超过3000人次", "above 3,000"), Expr: "visitors > over_from"}},
				Outputs: []rules.Output{{Name: "reward", Title: rules.T("奖励", "reward"), Unit: rules.Yuan, Expr: "(visitors - over_from) * over_rate"}}},
			{ID: "relief.reward.study", Title: rules.T("研学团队奖励", "study groups"), Cite: study, Inputs: []rules.Input{visitors},
				Require: []rules.Condition{{Name: "above", Text: rules.T("超过1000人次", "above 1,000"), Expr: "visitors > split"}},
				Outputs: []rules.Output{{Name: "reward", Title: rules.T("奖励", "reward"), Unit: rules.Yuan,
					Expr: "min(visitors, split) * low_rate + max(visitors - split, 0) * high_rate"}}},
		},
		Groups: []rules.Group{{ID: "relief.reward.travel_agency", Title: rules.T("旅行社奖励", "travel agency"),
			Cite: doc.Cite("22", "就高奖励、不重复享受"), Rules: []string{"relief.reward.overnight", "relief.reward.study"}}},
	})
	gr, err := book.EvalGroup("relief.reward.travel_agency", june, map[string]rules.Inputs{
		"relief.reward.overnight": {"visitors": 4000}, // (4,000 − 3,000) × 20 = 20,000
		"relief.reward.study":     {"visitors": 1500}, // 1,000 × 20 + 500 × 30 = 35,000
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(gr.Chosen, gr.Value.Format(gr.Unit, rules.English))
	// Output: relief.reward.study 35000.00 yuan
}

func ExampleBook_Derive() {
	june := rules.MustDate(2022, 6, 1) // the date of the case
	// A book of one rule: the high-age allowance of 温政发〔2022〕6号 二、5.
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	clause := opinions.Cite("二、5", "80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元")
	perMonth := rules.Yuan.Per(rules.Month).Label("元/月", "yuan per month")
	spec := rules.Spec{
		Params: []rules.Param{
			{Name: "allowance", Title: rules.T("高龄津贴标准", "high-age allowance"), Unit: perMonth, Floor: true,
				History: []rules.Dated{{Cite: clause, Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
					{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.NewFromInt(50)},
					{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.NewFromInt(200)},
					{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.NewFromInt(500)},
				}}}}},
			rules.Fixed("first_age", rules.T("起始年龄", "first age"), rules.Year, "80", clause),
		},
		Rules: []rules.Rule{{
			ID: "welfare.elderly.high_age_allowance", Title: rules.T("高龄津贴", "high-age allowance"), Cite: clause,
			Inputs: []rules.Input{
				rules.DateInput("birth_date", rules.T("出生日期", "date of birth")),
				rules.FlagInput("shiqu_hukou", rules.T("市区户口", "hukou in the city districts")),
			},
			Defs: []rules.Def{{Name: "age", Title: rules.T("周岁", "age"), Expr: "full_years(birth_date, eval_date)"}},
			Require: []rules.Condition{
				{Name: "shiqu_hukou", Text: rules.T("市区户口", "hukou in the city districts"), Expr: "shiqu_hukou"},
				{Name: "aged_80", Text: rules.T("年满80周岁", "aged 80 or over"), Expr: "age >= first_age"},
			},
			Outputs: []rules.Output{{Name: "allowance", Title: rules.T("高龄津贴", "allowance"), Unit: perMonth,
				Expr: "bracket(allowance, age)"}},
		}},
	}
	book := rules.MustCompile(spec)
	county := &rules.Document{Number: "某县高龄津贴办法（示例）", Title: "某县高龄津贴发放办法", Issuer: "某县人民政府",
		Issued: rules.MustDate(2022, 6, 1), InForce: rules.Since(rules.MustDate(2022, 7, 1))}
	bands := func(top int64) *rules.Bracket {
		return &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
			{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.NewFromInt(50)},
			{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.NewFromInt(200)},
			{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.NewFromInt(top)},
		}}
	}
	// A county pays its centenarians 600 from 2022-07-01: above the floor.
	richer, err := book.Derive(rules.Override{Param: "allowance", From: rules.MustDate(2022, 7, 1), Value: bands(600),
		Cite: county.Cite("三", "100周岁以上的老年人每人每月600元")})
	if err != nil {
		fmt.Println(err)
		return
	}
	in := rules.Inputs{"birth_date": "1920-01-01", "shiqu_hukou": true}
	before, _ := richer.Eval("welfare.elderly.high_age_allowance", june, in)
	after, _ := richer.Eval("welfare.elderly.high_age_allowance", rules.MustDate(2022, 7, 1), in)
	fmt.Println(before.Value.Number(), after.Value.Number())

	// 400 would be below 不低于500元: refused.
	_, err = book.Derive(rules.Override{Param: "allowance", From: rules.MustDate(2022, 7, 1), Value: bands(400),
		Cite: county.Cite("三", "100周岁以上的老年人每人每月400元")})
	fmt.Println(errors.Is(err, rules.ErrInvalidOverride))
	// Output:
	// 500 600
	// true
}

func ExampleBook_Hash() {
	// A book of one rule: the high-age allowance of 温政发〔2022〕6号 二、5.
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	clause := opinions.Cite("二、5", "80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元")
	perMonth := rules.Yuan.Per(rules.Month).Label("元/月", "yuan per month")
	spec := rules.Spec{
		Params: []rules.Param{
			{Name: "allowance", Title: rules.T("高龄津贴标准", "high-age allowance"), Unit: perMonth, Floor: true,
				History: []rules.Dated{{Cite: clause, Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
					{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.NewFromInt(50)},
					{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.NewFromInt(200)},
					{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.NewFromInt(500)},
				}}}}},
			rules.Fixed("first_age", rules.T("起始年龄", "first age"), rules.Year, "80", clause),
		},
		Rules: []rules.Rule{{
			ID: "welfare.elderly.high_age_allowance", Title: rules.T("高龄津贴", "high-age allowance"), Cite: clause,
			Inputs: []rules.Input{
				rules.DateInput("birth_date", rules.T("出生日期", "date of birth")),
				rules.FlagInput("shiqu_hukou", rules.T("市区户口", "hukou in the city districts")),
			},
			Defs: []rules.Def{{Name: "age", Title: rules.T("周岁", "age"), Expr: "full_years(birth_date, eval_date)"}},
			Require: []rules.Condition{
				{Name: "shiqu_hukou", Text: rules.T("市区户口", "hukou in the city districts"), Expr: "shiqu_hukou"},
				{Name: "aged_80", Text: rules.T("年满80周岁", "aged 80 or over"), Expr: "age >= first_age"},
			},
			Outputs: []rules.Output{{Name: "allowance", Title: rules.T("高龄津贴", "allowance"), Unit: perMonth,
				Expr: "bracket(allowance, age)"}},
		}},
	}
	a, b := rules.MustCompile(spec), rules.MustCompile(spec) // two compilations of one spec
	fmt.Println(a.Hash() == b.Hash(), len(a.Hash()))
	// Output: true 71
}

func ExampleBook_RuleIDs() {
	// A book of the take-the-higher travel-agency rewards of 温政发〔2022〕7号 22.
	doc := &rules.Document{Number: "温政发〔2022〕7号", Title: "温州市人民政府关于应对新冠肺炎疫情进一步帮助市场主体纾困解难30条措施",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 4, 1), rules.MustDate(2022, 6, 30))}
	perPerson := rules.Yuan.Per(rules.Person)
	over := doc.Cite("22", "超过3000人次的，给予超出部分20元/人的奖励")
	study := doc.Cite("22", "给予1000人次以内20元/人、1000人次以上部分30元/人的奖励")
	visitors := rules.CountInput("visitors", rules.T("人次", "visitors"), rules.Person, rules.Range{Lo: rules.Incl("0")})
	book := rules.MustCompile(rules.Spec{
		Params: []rules.Param{
			rules.Fixed("over_from", rules.T("起点", "threshold"), rules.Person, "3000", over),
			rules.Fixed("over_rate", rules.T("标准", "rate"), perPerson, "20", over),
			rules.Fixed("split", rules.T("分段", "split"), rules.Person, "1000", study),
			rules.Fixed("low_rate", rules.T("以内标准", "rate up to the split"), perPerson, "20", study),
			rules.Fixed("high_rate", rules.T("以上标准", "rate above the split"), perPerson, "30", study),
		},
		Rules: []rules.Rule{
			{ID: "relief.reward.overnight", Title: rules.T("过夜游客奖励", "overnight visitors"), Cite: over, Inputs: []rules.Input{visitors},
				Require: []rules.Condition{{Name: "above", Text: rules.T("超过3000人次", "above 3,000"), Expr: "visitors > over_from"}},
				Outputs: []rules.Output{{Name: "reward", Title: rules.T("奖励", "reward"), Unit: rules.Yuan, Expr: "(visitors - over_from) * over_rate"}}},
			{ID: "relief.reward.study", Title: rules.T("研学团队奖励", "study groups"), Cite: study, Inputs: []rules.Input{visitors},
				Require: []rules.Condition{{Name: "above", Text: rules.T("超过1000人次", "above 1,000"), Expr: "visitors > split"}},
				Outputs: []rules.Output{{Name: "reward", Title: rules.T("奖励", "reward"), Unit: rules.Yuan,
					Expr: "min(visitors, split) * low_rate + max(visitors - split, 0) * high_rate"}}},
		},
		Groups: []rules.Group{{ID: "relief.reward.travel_agency", Title: rules.T("旅行社奖励", "travel agency"),
			Cite: doc.Cite("22", "就高奖励、不重复享受"), Rules: []string{"relief.reward.overnight", "relief.reward.study"}}},
	})
	fmt.Println(book.RuleIDs())
	// Output: [relief.reward.overnight relief.reward.study]
}

func ExampleBook_Rule() {
	// A book of one rule: the high-age allowance of 温政发〔2022〕6号 二、5.
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	clause := opinions.Cite("二、5", "80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元")
	perMonth := rules.Yuan.Per(rules.Month).Label("元/月", "yuan per month")
	spec := rules.Spec{
		Params: []rules.Param{
			{Name: "allowance", Title: rules.T("高龄津贴标准", "high-age allowance"), Unit: perMonth, Floor: true,
				History: []rules.Dated{{Cite: clause, Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
					{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.NewFromInt(50)},
					{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.NewFromInt(200)},
					{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.NewFromInt(500)},
				}}}}},
			rules.Fixed("first_age", rules.T("起始年龄", "first age"), rules.Year, "80", clause),
		},
		Rules: []rules.Rule{{
			ID: "welfare.elderly.high_age_allowance", Title: rules.T("高龄津贴", "high-age allowance"), Cite: clause,
			Inputs: []rules.Input{
				rules.DateInput("birth_date", rules.T("出生日期", "date of birth")),
				rules.FlagInput("shiqu_hukou", rules.T("市区户口", "hukou in the city districts")),
			},
			Defs: []rules.Def{{Name: "age", Title: rules.T("周岁", "age"), Expr: "full_years(birth_date, eval_date)"}},
			Require: []rules.Condition{
				{Name: "shiqu_hukou", Text: rules.T("市区户口", "hukou in the city districts"), Expr: "shiqu_hukou"},
				{Name: "aged_80", Text: rules.T("年满80周岁", "aged 80 or over"), Expr: "age >= first_age"},
			},
			Outputs: []rules.Output{{Name: "allowance", Title: rules.T("高龄津贴", "allowance"), Unit: perMonth,
				Expr: "bracket(allowance, age)"}},
		}},
	}
	book := rules.MustCompile(spec)
	r, _ := book.Rule("welfare.elderly.high_age_allowance")
	fmt.Println(r.Title.Zh, r.Cite.Ref(), len(r.Inputs))
	// Output: 高龄津贴 温政发〔2022〕6号 二、5 2
}

func ExampleBook_InForce() {
	// A book of one rule: the high-age allowance of 温政发〔2022〕6号 二、5.
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	clause := opinions.Cite("二、5", "80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元")
	perMonth := rules.Yuan.Per(rules.Month).Label("元/月", "yuan per month")
	spec := rules.Spec{
		Params: []rules.Param{
			{Name: "allowance", Title: rules.T("高龄津贴标准", "high-age allowance"), Unit: perMonth, Floor: true,
				History: []rules.Dated{{Cite: clause, Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
					{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.NewFromInt(50)},
					{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.NewFromInt(200)},
					{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.NewFromInt(500)},
				}}}}},
			rules.Fixed("first_age", rules.T("起始年龄", "first age"), rules.Year, "80", clause),
		},
		Rules: []rules.Rule{{
			ID: "welfare.elderly.high_age_allowance", Title: rules.T("高龄津贴", "high-age allowance"), Cite: clause,
			Inputs: []rules.Input{
				rules.DateInput("birth_date", rules.T("出生日期", "date of birth")),
				rules.FlagInput("shiqu_hukou", rules.T("市区户口", "hukou in the city districts")),
			},
			Defs: []rules.Def{{Name: "age", Title: rules.T("周岁", "age"), Expr: "full_years(birth_date, eval_date)"}},
			Require: []rules.Condition{
				{Name: "shiqu_hukou", Text: rules.T("市区户口", "hukou in the city districts"), Expr: "shiqu_hukou"},
				{Name: "aged_80", Text: rules.T("年满80周岁", "aged 80 or over"), Expr: "age >= first_age"},
			},
			Outputs: []rules.Output{{Name: "allowance", Title: rules.T("高龄津贴", "allowance"), Unit: perMonth,
				Expr: "bracket(allowance, age)"}},
		}},
	}
	book := rules.MustCompile(spec)
	p, _ := book.InForce("welfare.elderly.high_age_allowance")
	fmt.Println(p.Chinese())
	// Output: 2022年5月1日至2025年12月31日
}

func ExampleBook_Params() {
	// A book of one rule: the high-age allowance of 温政发〔2022〕6号 二、5.
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	clause := opinions.Cite("二、5", "80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元")
	perMonth := rules.Yuan.Per(rules.Month).Label("元/月", "yuan per month")
	spec := rules.Spec{
		Params: []rules.Param{
			{Name: "allowance", Title: rules.T("高龄津贴标准", "high-age allowance"), Unit: perMonth, Floor: true,
				History: []rules.Dated{{Cite: clause, Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
					{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.NewFromInt(50)},
					{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.NewFromInt(200)},
					{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.NewFromInt(500)},
				}}}}},
			rules.Fixed("first_age", rules.T("起始年龄", "first age"), rules.Year, "80", clause),
		},
		Rules: []rules.Rule{{
			ID: "welfare.elderly.high_age_allowance", Title: rules.T("高龄津贴", "high-age allowance"), Cite: clause,
			Inputs: []rules.Input{
				rules.DateInput("birth_date", rules.T("出生日期", "date of birth")),
				rules.FlagInput("shiqu_hukou", rules.T("市区户口", "hukou in the city districts")),
			},
			Defs: []rules.Def{{Name: "age", Title: rules.T("周岁", "age"), Expr: "full_years(birth_date, eval_date)"}},
			Require: []rules.Condition{
				{Name: "shiqu_hukou", Text: rules.T("市区户口", "hukou in the city districts"), Expr: "shiqu_hukou"},
				{Name: "aged_80", Text: rules.T("年满80周岁", "aged 80 or over"), Expr: "age >= first_age"},
			},
			Outputs: []rules.Output{{Name: "allowance", Title: rules.T("高龄津贴", "allowance"), Unit: perMonth,
				Expr: "bracket(allowance, age)"}},
		}},
	}
	book := rules.MustCompile(spec)
	for _, p := range book.Params() {
		fmt.Println(p.Name, p.Title.En, p.Floor)
	}
	// Output:
	// allowance high-age allowance true
	// first_age first age false
}

func ExampleBook_Param() {
	// A book of one rule: the high-age allowance of 温政发〔2022〕6号 二、5.
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	clause := opinions.Cite("二、5", "80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元")
	perMonth := rules.Yuan.Per(rules.Month).Label("元/月", "yuan per month")
	spec := rules.Spec{
		Params: []rules.Param{
			{Name: "allowance", Title: rules.T("高龄津贴标准", "high-age allowance"), Unit: perMonth, Floor: true,
				History: []rules.Dated{{Cite: clause, Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
					{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.NewFromInt(50)},
					{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.NewFromInt(200)},
					{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.NewFromInt(500)},
				}}}}},
			rules.Fixed("first_age", rules.T("起始年龄", "first age"), rules.Year, "80", clause),
		},
		Rules: []rules.Rule{{
			ID: "welfare.elderly.high_age_allowance", Title: rules.T("高龄津贴", "high-age allowance"), Cite: clause,
			Inputs: []rules.Input{
				rules.DateInput("birth_date", rules.T("出生日期", "date of birth")),
				rules.FlagInput("shiqu_hukou", rules.T("市区户口", "hukou in the city districts")),
			},
			Defs: []rules.Def{{Name: "age", Title: rules.T("周岁", "age"), Expr: "full_years(birth_date, eval_date)"}},
			Require: []rules.Condition{
				{Name: "shiqu_hukou", Text: rules.T("市区户口", "hukou in the city districts"), Expr: "shiqu_hukou"},
				{Name: "aged_80", Text: rules.T("年满80周岁", "aged 80 or over"), Expr: "age >= first_age"},
			},
			Outputs: []rules.Output{{Name: "allowance", Title: rules.T("高龄津贴", "allowance"), Unit: perMonth,
				Expr: "bracket(allowance, age)"}},
		}},
	}
	book := rules.MustCompile(spec)
	p, _ := book.Param("first_age")
	fmt.Println(p.History[0].Value, p.Unit.In(rules.English), p.History[0].Cite.Ref())
	// Output: 80 year 温政发〔2022〕6号 二、5
}

func ExampleBook_Documents() {
	// A book of the take-the-higher travel-agency rewards of 温政发〔2022〕7号 22.
	doc := &rules.Document{Number: "温政发〔2022〕7号", Title: "温州市人民政府关于应对新冠肺炎疫情进一步帮助市场主体纾困解难30条措施",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 4, 1), rules.MustDate(2022, 6, 30))}
	perPerson := rules.Yuan.Per(rules.Person)
	over := doc.Cite("22", "超过3000人次的，给予超出部分20元/人的奖励")
	study := doc.Cite("22", "给予1000人次以内20元/人、1000人次以上部分30元/人的奖励")
	visitors := rules.CountInput("visitors", rules.T("人次", "visitors"), rules.Person, rules.Range{Lo: rules.Incl("0")})
	book := rules.MustCompile(rules.Spec{
		Params: []rules.Param{
			rules.Fixed("over_from", rules.T("起点", "threshold"), rules.Person, "3000", over),
			rules.Fixed("over_rate", rules.T("标准", "rate"), perPerson, "20", over),
			rules.Fixed("split", rules.T("分段", "split"), rules.Person, "1000", study),
			rules.Fixed("low_rate", rules.T("以内标准", "rate up to the split"), perPerson, "20", study),
			rules.Fixed("high_rate", rules.T("以上标准", "rate above the split"), perPerson, "30", study),
		},
		Rules: []rules.Rule{
			{ID: "relief.reward.overnight", Title: rules.T("过夜游客奖励", "overnight visitors"), Cite: over, Inputs: []rules.Input{visitors},
				Require: []rules.Condition{{Name: "above", Text: rules.T("超过3000人次", "above 3,000"), Expr: "visitors > over_from"}},
				Outputs: []rules.Output{{Name: "reward", Title: rules.T("奖励", "reward"), Unit: rules.Yuan, Expr: "(visitors - over_from) * over_rate"}}},
			{ID: "relief.reward.study", Title: rules.T("研学团队奖励", "study groups"), Cite: study, Inputs: []rules.Input{visitors},
				Require: []rules.Condition{{Name: "above", Text: rules.T("超过1000人次", "above 1,000"), Expr: "visitors > split"}},
				Outputs: []rules.Output{{Name: "reward", Title: rules.T("奖励", "reward"), Unit: rules.Yuan,
					Expr: "min(visitors, split) * low_rate + max(visitors - split, 0) * high_rate"}}},
		},
		Groups: []rules.Group{{ID: "relief.reward.travel_agency", Title: rules.T("旅行社奖励", "travel agency"),
			Cite: doc.Cite("22", "就高奖励、不重复享受"), Rules: []string{"relief.reward.overnight", "relief.reward.study"}}},
	})
	for _, d := range book.Documents() {
		fmt.Println(d.Number, d.InForce)
	}
	// Output: 温政发〔2022〕7号 2022-04-01 – 2022-06-30
}

func ExampleBook_Groups() {
	// A book of the take-the-higher travel-agency rewards of 温政发〔2022〕7号 22.
	doc := &rules.Document{Number: "温政发〔2022〕7号", Title: "温州市人民政府关于应对新冠肺炎疫情进一步帮助市场主体纾困解难30条措施",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 4, 1), rules.MustDate(2022, 6, 30))}
	perPerson := rules.Yuan.Per(rules.Person)
	over := doc.Cite("22", "超过3000人次的，给予超出部分20元/人的奖励")
	study := doc.Cite("22", "给予1000人次以内20元/人、1000人次以上部分30元/人的奖励")
	visitors := rules.CountInput("visitors", rules.T("人次", "visitors"), rules.Person, rules.Range{Lo: rules.Incl("0")})
	book := rules.MustCompile(rules.Spec{
		Params: []rules.Param{
			rules.Fixed("over_from", rules.T("起点", "threshold"), rules.Person, "3000", over),
			rules.Fixed("over_rate", rules.T("标准", "rate"), perPerson, "20", over),
			rules.Fixed("split", rules.T("分段", "split"), rules.Person, "1000", study),
			rules.Fixed("low_rate", rules.T("以内标准", "rate up to the split"), perPerson, "20", study),
			rules.Fixed("high_rate", rules.T("以上标准", "rate above the split"), perPerson, "30", study),
		},
		Rules: []rules.Rule{
			{ID: "relief.reward.overnight", Title: rules.T("过夜游客奖励", "overnight visitors"), Cite: over, Inputs: []rules.Input{visitors},
				Require: []rules.Condition{{Name: "above", Text: rules.T("超过3000人次", "above 3,000"), Expr: "visitors > over_from"}},
				Outputs: []rules.Output{{Name: "reward", Title: rules.T("奖励", "reward"), Unit: rules.Yuan, Expr: "(visitors - over_from) * over_rate"}}},
			{ID: "relief.reward.study", Title: rules.T("研学团队奖励", "study groups"), Cite: study, Inputs: []rules.Input{visitors},
				Require: []rules.Condition{{Name: "above", Text: rules.T("超过1000人次", "above 1,000"), Expr: "visitors > split"}},
				Outputs: []rules.Output{{Name: "reward", Title: rules.T("奖励", "reward"), Unit: rules.Yuan,
					Expr: "min(visitors, split) * low_rate + max(visitors - split, 0) * high_rate"}}},
		},
		Groups: []rules.Group{{ID: "relief.reward.travel_agency", Title: rules.T("旅行社奖励", "travel agency"),
			Cite: doc.Cite("22", "就高奖励、不重复享受"), Rules: []string{"relief.reward.overnight", "relief.reward.study"}}},
	})
	for _, g := range book.Groups() {
		fmt.Println(g.ID, g.Rules)
	}
	// Output: relief.reward.travel_agency [relief.reward.overnight relief.reward.study]
}

func ExampleBook_CrossCheck() {
	june := rules.MustDate(2022, 6, 1) // the date of the case
	// A book of one rule: the high-age allowance of 温政发〔2022〕6号 二、5.
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	clause := opinions.Cite("二、5", "80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元")
	perMonth := rules.Yuan.Per(rules.Month).Label("元/月", "yuan per month")
	spec := rules.Spec{
		Params: []rules.Param{
			{Name: "allowance", Title: rules.T("高龄津贴标准", "high-age allowance"), Unit: perMonth, Floor: true,
				History: []rules.Dated{{Cite: clause, Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
					{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.NewFromInt(50)},
					{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.NewFromInt(200)},
					{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.NewFromInt(500)},
				}}}}},
			rules.Fixed("first_age", rules.T("起始年龄", "first age"), rules.Year, "80", clause),
		},
		Rules: []rules.Rule{{
			ID: "welfare.elderly.high_age_allowance", Title: rules.T("高龄津贴", "high-age allowance"), Cite: clause,
			Inputs: []rules.Input{
				rules.DateInput("birth_date", rules.T("出生日期", "date of birth")),
				rules.FlagInput("shiqu_hukou", rules.T("市区户口", "hukou in the city districts")),
			},
			Defs: []rules.Def{{Name: "age", Title: rules.T("周岁", "age"), Expr: "full_years(birth_date, eval_date)"}},
			Require: []rules.Condition{
				{Name: "shiqu_hukou", Text: rules.T("市区户口", "hukou in the city districts"), Expr: "shiqu_hukou"},
				{Name: "aged_80", Text: rules.T("年满80周岁", "aged 80 or over"), Expr: "age >= first_age"},
			},
			Outputs: []rules.Output{{Name: "allowance", Title: rules.T("高龄津贴", "allowance"), Unit: perMonth,
				Expr: "bracket(allowance, age)"}},
		}},
	}
	book := rules.MustCompile(spec)
	err := book.CrossCheck("welfare.elderly.high_age_allowance", june, rules.Inputs{"birth_date": "1930-06-02", "shiqu_hukou": true})
	fmt.Println(err)
	// Output: <nil>
}

func ExampleResult_Explain() {
	june := rules.MustDate(2022, 6, 1) // the date of the case
	// A book of one rule: the high-age allowance of 温政发〔2022〕6号 二、5.
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	clause := opinions.Cite("二、5", "80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元")
	perMonth := rules.Yuan.Per(rules.Month).Label("元/月", "yuan per month")
	spec := rules.Spec{
		Params: []rules.Param{
			{Name: "allowance", Title: rules.T("高龄津贴标准", "high-age allowance"), Unit: perMonth, Floor: true,
				History: []rules.Dated{{Cite: clause, Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
					{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.NewFromInt(50)},
					{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.NewFromInt(200)},
					{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.NewFromInt(500)},
				}}}}},
			rules.Fixed("first_age", rules.T("起始年龄", "first age"), rules.Year, "80", clause),
		},
		Rules: []rules.Rule{{
			ID: "welfare.elderly.high_age_allowance", Title: rules.T("高龄津贴", "high-age allowance"), Cite: clause,
			Inputs: []rules.Input{
				rules.DateInput("birth_date", rules.T("出生日期", "date of birth")),
				rules.FlagInput("shiqu_hukou", rules.T("市区户口", "hukou in the city districts")),
			},
			Defs: []rules.Def{{Name: "age", Title: rules.T("周岁", "age"), Expr: "full_years(birth_date, eval_date)"}},
			Require: []rules.Condition{
				{Name: "shiqu_hukou", Text: rules.T("市区户口", "hukou in the city districts"), Expr: "shiqu_hukou"},
				{Name: "aged_80", Text: rules.T("年满80周岁", "aged 80 or over"), Expr: "age >= first_age"},
			},
			Outputs: []rules.Output{{Name: "allowance", Title: rules.T("高龄津贴", "allowance"), Unit: perMonth,
				Expr: "bracket(allowance, age)"}},
		}},
	}
	book := rules.MustCompile(spec)
	res, _ := book.Eval("welfare.elderly.high_age_allowance", june, rules.Inputs{"birth_date": "1944-03-10", "shiqu_hukou": true})
	fmt.Print(res.Explain(rules.Chinese))
	// Output:
	// 高龄津贴 (welfare.elderly.high_age_allowance)
	// 评估日期：2022年6月1日（适用期间 2022年5月1日至2025年12月31日）
	// 依据：温政发〔2022〕6号 二、5：“80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元”
	// 输入
	//   出生日期 birth_date = 1944年3月10日
	//   市区户口 shiqu_hukou = 是
	// 参数
	//   起始年龄 first_age = 80 年　〔温政发〔2022〕6号 二、5〕
	// 计算
	//   周岁 age = 78 年  ← full_years(birth_date, eval_date)
	// 不符合条件
	//   未满足：年满80周岁（age = 78 年, first_age = 80 年）　〔温政发〔2022〕6号 二、5〕
	// 凭据：welfare.elderly.high_age_allowance@2022-06-01/sha256:8164a4bb4006fd49f79c22a310f803b497f4cc8281873de987a3a7c1da886efb
}

func ExampleResult_Conditions() {
	june := rules.MustDate(2022, 6, 1) // the date of the case
	// A book of one rule: the high-age allowance of 温政发〔2022〕6号 二、5.
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	clause := opinions.Cite("二、5", "80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元")
	perMonth := rules.Yuan.Per(rules.Month).Label("元/月", "yuan per month")
	spec := rules.Spec{
		Params: []rules.Param{
			{Name: "allowance", Title: rules.T("高龄津贴标准", "high-age allowance"), Unit: perMonth, Floor: true,
				History: []rules.Dated{{Cite: clause, Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
					{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.NewFromInt(50)},
					{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.NewFromInt(200)},
					{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.NewFromInt(500)},
				}}}}},
			rules.Fixed("first_age", rules.T("起始年龄", "first age"), rules.Year, "80", clause),
		},
		Rules: []rules.Rule{{
			ID: "welfare.elderly.high_age_allowance", Title: rules.T("高龄津贴", "high-age allowance"), Cite: clause,
			Inputs: []rules.Input{
				rules.DateInput("birth_date", rules.T("出生日期", "date of birth")),
				rules.FlagInput("shiqu_hukou", rules.T("市区户口", "hukou in the city districts")),
			},
			Defs: []rules.Def{{Name: "age", Title: rules.T("周岁", "age"), Expr: "full_years(birth_date, eval_date)"}},
			Require: []rules.Condition{
				{Name: "shiqu_hukou", Text: rules.T("市区户口", "hukou in the city districts"), Expr: "shiqu_hukou"},
				{Name: "aged_80", Text: rules.T("年满80周岁", "aged 80 or over"), Expr: "age >= first_age"},
			},
			Outputs: []rules.Output{{Name: "allowance", Title: rules.T("高龄津贴", "allowance"), Unit: perMonth,
				Expr: "bracket(allowance, age)"}},
		}},
	}
	book := rules.MustCompile(spec)
	// 78 on the date, registered in 市区: one condition met, one failed.
	res, _ := book.Eval("welfare.elderly.high_age_allowance", june, rules.Inputs{"birth_date": "1944-03-10", "shiqu_hukou": true})
	for _, c := range res.Conditions() {
		fmt.Println(c.In(rules.Chinese))
	}
	// Output:
	// 满足：市区户口（shiqu_hukou = 是）
	// 未满足：年满80周岁（age = 78 年, first_age = 80 年）
}

func ExampleResult_Citations() {
	june := rules.MustDate(2022, 6, 1) // the date of the case
	// A book of one rule: the high-age allowance of 温政发〔2022〕6号 二、5.
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	clause := opinions.Cite("二、5", "80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元")
	perMonth := rules.Yuan.Per(rules.Month).Label("元/月", "yuan per month")
	spec := rules.Spec{
		Params: []rules.Param{
			{Name: "allowance", Title: rules.T("高龄津贴标准", "high-age allowance"), Unit: perMonth, Floor: true,
				History: []rules.Dated{{Cite: clause, Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
					{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.NewFromInt(50)},
					{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.NewFromInt(200)},
					{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.NewFromInt(500)},
				}}}}},
			rules.Fixed("first_age", rules.T("起始年龄", "first age"), rules.Year, "80", clause),
		},
		Rules: []rules.Rule{{
			ID: "welfare.elderly.high_age_allowance", Title: rules.T("高龄津贴", "high-age allowance"), Cite: clause,
			Inputs: []rules.Input{
				rules.DateInput("birth_date", rules.T("出生日期", "date of birth")),
				rules.FlagInput("shiqu_hukou", rules.T("市区户口", "hukou in the city districts")),
			},
			Defs: []rules.Def{{Name: "age", Title: rules.T("周岁", "age"), Expr: "full_years(birth_date, eval_date)"}},
			Require: []rules.Condition{
				{Name: "shiqu_hukou", Text: rules.T("市区户口", "hukou in the city districts"), Expr: "shiqu_hukou"},
				{Name: "aged_80", Text: rules.T("年满80周岁", "aged 80 or over"), Expr: "age >= first_age"},
			},
			Outputs: []rules.Output{{Name: "allowance", Title: rules.T("高龄津贴", "allowance"), Unit: perMonth,
				Expr: "bracket(allowance, age)"}},
		}},
	}
	book := rules.MustCompile(spec)
	res, _ := book.Eval("welfare.elderly.high_age_allowance", june, rules.Inputs{"birth_date": "1930-06-02", "shiqu_hukou": true})
	for _, c := range res.Citations() {
		fmt.Println(c.Ref())
	}
	// Output: 温政发〔2022〕6号 二、5
}

func ExampleResult_Trace() {
	june := rules.MustDate(2022, 6, 1) // the date of the case
	// A book of one rule: the high-age allowance of 温政发〔2022〕6号 二、5.
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	clause := opinions.Cite("二、5", "80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元")
	perMonth := rules.Yuan.Per(rules.Month).Label("元/月", "yuan per month")
	spec := rules.Spec{
		Params: []rules.Param{
			{Name: "allowance", Title: rules.T("高龄津贴标准", "high-age allowance"), Unit: perMonth, Floor: true,
				History: []rules.Dated{{Cite: clause, Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
					{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.NewFromInt(50)},
					{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.NewFromInt(200)},
					{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.NewFromInt(500)},
				}}}}},
			rules.Fixed("first_age", rules.T("起始年龄", "first age"), rules.Year, "80", clause),
		},
		Rules: []rules.Rule{{
			ID: "welfare.elderly.high_age_allowance", Title: rules.T("高龄津贴", "high-age allowance"), Cite: clause,
			Inputs: []rules.Input{
				rules.DateInput("birth_date", rules.T("出生日期", "date of birth")),
				rules.FlagInput("shiqu_hukou", rules.T("市区户口", "hukou in the city districts")),
			},
			Defs: []rules.Def{{Name: "age", Title: rules.T("周岁", "age"), Expr: "full_years(birth_date, eval_date)"}},
			Require: []rules.Condition{
				{Name: "shiqu_hukou", Text: rules.T("市区户口", "hukou in the city districts"), Expr: "shiqu_hukou"},
				{Name: "aged_80", Text: rules.T("年满80周岁", "aged 80 or over"), Expr: "age >= first_age"},
			},
			Outputs: []rules.Output{{Name: "allowance", Title: rules.T("高龄津贴", "allowance"), Unit: perMonth,
				Expr: "bracket(allowance, age)"}},
		}},
	}
	book := rules.MustCompile(spec)
	res, _ := book.Eval("welfare.elderly.high_age_allowance", june, rules.Inputs{"birth_date": "1930-06-02", "shiqu_hukou": true})
	for _, s := range res.Trace() {
		fmt.Println(s.Kind, s.Name, s.Key, s.Value)
	}
	// Output:
	// input birth_date  1930-06-02
	// input shiqu_hukou  true
	// parameter first_age  80
	// parameter allowance [90, 100) 200
	// definition age  91
	// output allowance  200
}

func ExampleResult_Figure() {
	june := rules.MustDate(2022, 6, 1) // the date of the case
	// A book of one rule: the high-age allowance of 温政发〔2022〕6号 二、5.
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	clause := opinions.Cite("二、5", "80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元")
	perMonth := rules.Yuan.Per(rules.Month).Label("元/月", "yuan per month")
	spec := rules.Spec{
		Params: []rules.Param{
			{Name: "allowance", Title: rules.T("高龄津贴标准", "high-age allowance"), Unit: perMonth, Floor: true,
				History: []rules.Dated{{Cite: clause, Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
					{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.NewFromInt(50)},
					{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.NewFromInt(200)},
					{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.NewFromInt(500)},
				}}}}},
			rules.Fixed("first_age", rules.T("起始年龄", "first age"), rules.Year, "80", clause),
		},
		Rules: []rules.Rule{{
			ID: "welfare.elderly.high_age_allowance", Title: rules.T("高龄津贴", "high-age allowance"), Cite: clause,
			Inputs: []rules.Input{
				rules.DateInput("birth_date", rules.T("出生日期", "date of birth")),
				rules.FlagInput("shiqu_hukou", rules.T("市区户口", "hukou in the city districts")),
			},
			Defs: []rules.Def{{Name: "age", Title: rules.T("周岁", "age"), Expr: "full_years(birth_date, eval_date)"}},
			Require: []rules.Condition{
				{Name: "shiqu_hukou", Text: rules.T("市区户口", "hukou in the city districts"), Expr: "shiqu_hukou"},
				{Name: "aged_80", Text: rules.T("年满80周岁", "aged 80 or over"), Expr: "age >= first_age"},
			},
			Outputs: []rules.Output{{Name: "allowance", Title: rules.T("高龄津贴", "allowance"), Unit: perMonth,
				Expr: "bracket(allowance, age)"}},
		}},
	}
	book := rules.MustCompile(spec)
	res, _ := book.Eval("welfare.elderly.high_age_allowance", june, rules.Inputs{"birth_date": "1930-06-02", "shiqu_hukou": true})
	f, _ := res.Figure("allowance")
	fmt.Println(f)
	// Output: allowance = 200.00 元/月
}

func ExampleNewDate() {
	_, err := rules.NewDate(2023, time.February, 29)
	fmt.Println(err)
	// Output: rules: no such date 2023-02-29
}

func ExampleMustDate() {
	fmt.Println(rules.MustDate(2022, time.May, 1).Chinese())
	// Output: 2022年5月1日
}

func ExampleParseDate() {
	d, _ := rules.ParseDate("2024-02-29")
	// Civil Code art. 202: one year later, 2025 has no 29 February.
	fmt.Println(d.AddYears(1), d.AddMonths(1), d.AddDays(1))
	// Output: 2025-02-28 2024-03-29 2024-03-01
}

func ExampleDateOf() {
	t := time.Date(2022, 5, 1, 23, 30, 0, 0, time.FixedZone("CST", 8*3600))
	fmt.Println(rules.DateOf(t))
	// Output: 2022-05-01
}

func ExampleDate_CaseDate() {
	fmt.Println(rules.MustDate(2022, 6, 30).CaseDate(), rules.Date{}.CaseDate(), rules.MustDate(1899, 12, 31).CaseDate())
	// Output: true false false
}

func ExampleDate_FullYears() {
	born := rules.MustDate(1942, 6, 1)
	fmt.Println(born.FullYears(rules.MustDate(2022, 5, 31)), born.FullYears(rules.MustDate(2022, 6, 1)))
	// Output: 79 80
}

func ExampleBetween() {
	p := rules.Between(rules.MustDate(2022, 3, 5), rules.MustDate(2024, 3, 4))
	fmt.Println(p.Contains(rules.MustDate(2024, 3, 4)), p.Contains(rules.MustDate(2024, 3, 5)))
	// Output: true false
}

func ExampleSince() {
	p := rules.Since(rules.MustDate(2022, 3, 8))
	fmt.Println(p, p.Contains(rules.MustDate(2099, 1, 1)))
	// Output: 2022-03-08 – true
}

func ExampleYearsFrom() {
	// "本意见自2022年5月1日起施行。有效期5年"
	fmt.Println(rules.YearsFrom(rules.MustDate(2022, 5, 1), 5))
	// Output: 2022-05-01 – 2027-04-30
}

func ExampleNewDateTime() {
	at, _ := rules.NewDateTime(rules.MustDate(2022, 5, 1), 22, 30, 0)
	fmt.Println(at.Add(4 * time.Hour))
	// Output: 2022-05-02 02:30:00
}

func ExampleParseDateTime() {
	at, _ := rules.ParseDateTime("2022-05-01 09:15")
	fmt.Println(at.Chinese())
	// Output: 2022年5月1日9时15分
}

func ExampleDateTimeOf() {
	fmt.Println(rules.DateTimeOf(time.Date(2022, 5, 1, 9, 15, 0, 0, time.UTC)))
	// Output: 2022-05-01 09:15:00
}

func ExampleT() {
	title := rules.T("高龄津贴", "high-age allowance")
	fmt.Println(title.In(rules.Chinese), "/", title.In(rules.English))
	// Output: 高龄津贴 / high-age allowance
}

func ExampleNewUnit() {
	tonne := rules.NewUnit("吨", "tonne")
	perDay := tonne.Per(rules.Day)
	fmt.Println(perDay.In(rules.Chinese), "|", perDay.In(rules.English), "|", perDay.Times(rules.Day).Same(tonne))
	// Output: 吨/天 | tonne per day | true
}

func ExampleNumberValue() {
	v := rules.NumberValue(decimal.RequireFromString("32400"))
	fmt.Println(v, v.Format(rules.Yuan, rules.Chinese))
	// Output: 32400 32400.00 元
}

func ExampleBoolValue() {
	fmt.Println(rules.BoolValue(true).Format(rules.Number, rules.Chinese))
	// Output: 是
}

func ExampleTextValue() {
	fmt.Println(rules.TextValue("鹿城区").Kind())
	// Output: text
}

func ExampleDateValue() {
	fmt.Println(rules.DateValue(rules.MustDate(2027, 4, 30)).Format(rules.Number, rules.Chinese))
	// Output: 2027年4月30日
}

func ExampleDateTimeValue() {
	at, _ := rules.ParseDateTime("2022-05-02 02:30")
	fmt.Println(rules.DateTimeValue(at).Format(rules.Number, rules.English))
	// Output: 2022-05-02 02:30:00
}

func ExampleIncl() {
	// 100万平方米（含）以上、200万平方米以下
	middle := rules.Range{Lo: rules.Incl("1000000"), Hi: rules.Excl("2000000")}
	fmt.Println(middle, middle.Contains(decimal.NewFromInt(1000000)), middle.Contains(decimal.NewFromInt(2000000)))
	// Output: [1000000, 2000000) true false
}

func ExampleExcl() {
	// 超过3000人次
	above := rules.Range{Lo: rules.Excl("3000")}
	fmt.Println(above.Chinese(), above.Contains(decimal.NewFromInt(3000)), above.Contains(decimal.NewFromInt(3001)))
	// Output: 超过3000 false true
}

func ExampleFixed() {
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	p := rules.Fixed("moving_rate", rules.T("搬迁费标准", "moving fee"), rules.Yuan.Per(rules.SquareMetre), "15",
		opinions.Cite("二、5", "按15元/平方米计算"))
	fmt.Println(p.Name, p.History[0].Value, p.Unit)
	// Output: moving_rate 15 元/平方米
}

func ExampleRoundTo() {
	june := rules.MustDate(2022, 6, 1) // the date of the case
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	// Whole persons, rounded up: the 1.5% quota of a staff of 150 is 2.25 → 3.
	book := rules.MustCompile(rules.Spec{Rules: []rules.Rule{{
		ID: "welfare.test.quota", Title: rules.T("按比例安排", "quota"), Cite: opinions.Cite("二、5", "高龄津贴"),
		Inputs:  []rules.Input{rules.CountInput("staff", rules.T("职工人数", "staff"), rules.Number, rules.Range{Lo: rules.Incl("0")})},
		Outputs: []rules.Output{{Name: "quota", Title: rules.T("人数", "persons"), Expr: "staff * 0.015", Round: rules.RoundTo(0, rules.Up)}},
	}}})
	res, _ := book.Eval("welfare.test.quota", june, rules.Inputs{"staff": 150})
	fmt.Println(res.Value)
	// Output: 3
}

func ExampleNumberInput() {
	in := rules.NumberInput("area", rules.T("建筑面积", "floor area"), rules.SquareMetre, rules.Range{Lo: rules.Excl("0")})
	fmt.Println(in.Name, in.Kind, in.Unit, in.Range)
	// Output: area number 平方米 (0, ∞)
}

func ExampleCountInput() {
	in := rules.CountInput("members", rules.T("家庭人口", "household members"), rules.Person, rules.Range{Lo: rules.Incl("1")})
	fmt.Println(in.Name, in.Whole, in.Range)
	// Output: members true [1, ∞)
}

func ExampleTextInput() {
	in := rules.TextInput("class", rules.T("道路等级", "road class"), "县道", "乡道", "村道")
	fmt.Println(in.Kind, in.OneOf)
	// Output: text [县道 乡道 村道]
}

func ExampleFlagInput() {
	in := rules.FlagInput("veteran", rules.T("退役军人", "veteran")).Optional(false)
	fmt.Println(in.Kind, in.Default)
	// Output: bool false
}

func ExampleDateInput() {
	in := rules.DateInput("birth_date", rules.T("出生日期", "date of birth"))
	fmt.Println(in.Kind, in.Title.Zh)
	// Output: date 出生日期
}

func ExampleDateTimeInput() {
	in := rules.DateTimeInput("received_at", rules.T("接报时间", "time the report was received"))
	fmt.Println(in.Kind)
	// Output: date-time
}

func Example_errors() {
	june := rules.MustDate(2022, 6, 1) // the date of the case
	// A book of one rule: the high-age allowance of 温政发〔2022〕6号 二、5.
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	clause := opinions.Cite("二、5", "80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元")
	perMonth := rules.Yuan.Per(rules.Month).Label("元/月", "yuan per month")
	spec := rules.Spec{
		Params: []rules.Param{
			{Name: "allowance", Title: rules.T("高龄津贴标准", "high-age allowance"), Unit: perMonth, Floor: true,
				History: []rules.Dated{{Cite: clause, Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
					{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.NewFromInt(50)},
					{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.NewFromInt(200)},
					{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.NewFromInt(500)},
				}}}}},
			rules.Fixed("first_age", rules.T("起始年龄", "first age"), rules.Year, "80", clause),
		},
		Rules: []rules.Rule{{
			ID: "welfare.elderly.high_age_allowance", Title: rules.T("高龄津贴", "high-age allowance"), Cite: clause,
			Inputs: []rules.Input{
				rules.DateInput("birth_date", rules.T("出生日期", "date of birth")),
				rules.FlagInput("shiqu_hukou", rules.T("市区户口", "hukou in the city districts")),
			},
			Defs: []rules.Def{{Name: "age", Title: rules.T("周岁", "age"), Expr: "full_years(birth_date, eval_date)"}},
			Require: []rules.Condition{
				{Name: "shiqu_hukou", Text: rules.T("市区户口", "hukou in the city districts"), Expr: "shiqu_hukou"},
				{Name: "aged_80", Text: rules.T("年满80周岁", "aged 80 or over"), Expr: "age >= first_age"},
			},
			Outputs: []rules.Output{{Name: "allowance", Title: rules.T("高龄津贴", "allowance"), Unit: perMonth,
				Expr: "bracket(allowance, age)"}},
		}},
	}
	book := rules.MustCompile(spec)
	_, err := book.Eval("welfare.elderly.high_age_allowance", june, rules.Inputs{"birth_date": "1930-06-02", "shiqu_hukou": "yes"})
	var re *rules.Error
	if errors.As(err, &re) {
		fmt.Println(re.Code, re.Rule, re.Field, errors.Is(err, rules.ErrInvalidInput))
	}
	// Output: invalid_input welfare.elderly.high_age_allowance shiqu_hukou true
}

func ExamplePreparer_Prepare() {
	// A book of one rule: the high-age allowance of 温政发〔2022〕6号 二、5.
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	clause := opinions.Cite("二、5", "80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元")
	perMonth := rules.Yuan.Per(rules.Month).Label("元/月", "yuan per month")
	spec := rules.Spec{
		Params: []rules.Param{
			{Name: "allowance", Title: rules.T("高龄津贴标准", "high-age allowance"), Unit: perMonth, Floor: true,
				History: []rules.Dated{{Cite: clause, Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
					{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.NewFromInt(50)},
					{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.NewFromInt(200)},
					{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.NewFromInt(500)},
				}}}}},
			rules.Fixed("first_age", rules.T("起始年龄", "first age"), rules.Year, "80", clause),
		},
		Rules: []rules.Rule{{
			ID: "welfare.elderly.high_age_allowance", Title: rules.T("高龄津贴", "high-age allowance"), Cite: clause,
			Inputs: []rules.Input{
				rules.DateInput("birth_date", rules.T("出生日期", "date of birth")),
				rules.FlagInput("shiqu_hukou", rules.T("市区户口", "hukou in the city districts")),
			},
			Defs: []rules.Def{{Name: "age", Title: rules.T("周岁", "age"), Expr: "full_years(birth_date, eval_date)"}},
			Require: []rules.Condition{
				{Name: "shiqu_hukou", Text: rules.T("市区户口", "hukou in the city districts"), Expr: "shiqu_hukou"},
				{Name: "aged_80", Text: rules.T("年满80周岁", "aged 80 or over"), Expr: "age >= first_age"},
			},
			Outputs: []rules.Output{{Name: "allowance", Title: rules.T("高龄津贴", "allowance"), Unit: perMonth,
				Expr: "bracket(allowance, age)"}},
		}},
	}
	book := rules.MustCompile(spec)
	batch := &rules.Preparer{Book: book}
	allowance := batch.Prepare("welfare.elderly.high_age_allowance", "birth_date", "shiqu_hukou")
	missing := batch.Prepare("welfare.elderly.care_subsidy")
	fmt.Println(allowance != nil, missing == nil, errors.Is(batch.Err, rules.ErrUnknownRule))
	// Output: true true true
}

func ExampleBook_RuleParams() {
	// A book of one rule: the high-age allowance of 温政发〔2022〕6号 二、5.
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	clause := opinions.Cite("二、5", "80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元")
	perMonth := rules.Yuan.Per(rules.Month).Label("元/月", "yuan per month")
	spec := rules.Spec{
		Params: []rules.Param{
			{Name: "allowance", Title: rules.T("高龄津贴标准", "high-age allowance"), Unit: perMonth, Floor: true,
				History: []rules.Dated{{Cite: clause, Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
					{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.NewFromInt(50)},
					{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.NewFromInt(200)},
					{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.NewFromInt(500)},
				}}}}},
			rules.Fixed("first_age", rules.T("起始年龄", "first age"), rules.Year, "80", clause),
		},
		Rules: []rules.Rule{{
			ID: "welfare.elderly.high_age_allowance", Title: rules.T("高龄津贴", "high-age allowance"), Cite: clause,
			Inputs: []rules.Input{
				rules.DateInput("birth_date", rules.T("出生日期", "date of birth")),
				rules.FlagInput("shiqu_hukou", rules.T("市区户口", "hukou in the city districts")),
			},
			Defs: []rules.Def{{Name: "age", Title: rules.T("周岁", "age"), Expr: "full_years(birth_date, eval_date)"}},
			Require: []rules.Condition{
				{Name: "shiqu_hukou", Text: rules.T("市区户口", "hukou in the city districts"), Expr: "shiqu_hukou"},
				{Name: "aged_80", Text: rules.T("年满80周岁", "aged 80 or over"), Expr: "age >= first_age"},
			},
			Outputs: []rules.Output{{Name: "allowance", Title: rules.T("高龄津贴", "allowance"), Unit: perMonth,
				Expr: "bracket(allowance, age)"}},
		}},
	}
	book := rules.MustCompile(spec)
	fmt.Println(book.RuleParams("welfare.elderly.high_age_allowance"))
	// Output: [first_age allowance]
}

func ExampleParseOneOf() {
	type class string
	classes := []class{"县道", "乡道", "村道"}
	c, err := rules.ParseOneOf("乡道", classes, "road class")
	fmt.Println(c, err)
	_, err = rules.ParseOneOf("省道", classes, "road class")
	fmt.Println(err, errors.Is(err, rules.ErrInvalidInput))
	// Output:
	// 乡道 <nil>
	// road class: "省道" is not one of: 县道, 乡道, 村道 true
}

func ExampleTexts() {
	type use string
	in := rules.TextInput("use", rules.T("房屋用途", "use of premises"), rules.Texts([]use{"住宅用房", "办公用房"})...)
	fmt.Println(in.OneOf)
	// Output: [住宅用房 办公用房]
}

func ExampleBind() {
	june := rules.MustDate(2022, 6, 1) // the date of the case
	// An elderly person as a caller's own type, bound to the rule's inputs by
	// name; the allowance and the outcome bound to its outputs.
	type elder struct {
		Born  rules.Date `rule:"birth_date"`
		Shiqu bool       `rule:"shiqu_hukou"`
	}
	type allowance struct {
		Monthly              decimal.Decimal `rule:"allowance"`
		Eligible             bool            `rule:",eligible"`
		rules.Outcome[elder]                 // the explanation, when asked for
	}
	// A book of one rule: the high-age allowance of 温政发〔2022〕6号 二、5.
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	clause := opinions.Cite("二、5", "80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元")
	perMonth := rules.Yuan.Per(rules.Month).Label("元/月", "yuan per month")
	spec := rules.Spec{
		Params: []rules.Param{
			{Name: "allowance", Title: rules.T("高龄津贴标准", "high-age allowance"), Unit: perMonth, Floor: true,
				History: []rules.Dated{{Cite: clause, Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
					{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.NewFromInt(50)},
					{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.NewFromInt(200)},
					{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.NewFromInt(500)},
				}}}}},
			rules.Fixed("first_age", rules.T("起始年龄", "first age"), rules.Year, "80", clause),
		},
		Rules: []rules.Rule{{
			ID: "welfare.elderly.high_age_allowance", Title: rules.T("高龄津贴", "high-age allowance"), Cite: clause,
			Inputs: []rules.Input{
				rules.DateInput("birth_date", rules.T("出生日期", "date of birth")),
				rules.FlagInput("shiqu_hukou", rules.T("市区户口", "hukou in the city districts")),
			},
			Defs: []rules.Def{{Name: "age", Title: rules.T("周岁", "age"), Expr: "full_years(birth_date, eval_date)"}},
			Require: []rules.Condition{
				{Name: "shiqu_hukou", Text: rules.T("市区户口", "hukou in the city districts"), Expr: "shiqu_hukou"},
				{Name: "aged_80", Text: rules.T("年满80周岁", "aged 80 or over"), Expr: "age >= first_age"},
			},
			Outputs: []rules.Output{{Name: "allowance", Title: rules.T("高龄津贴", "allowance"), Unit: perMonth,
				Expr: "bracket(allowance, age)"}},
		}},
	}
	book := rules.MustCompile(spec)
	bd, err := rules.Bind[elder, allowance](book, "welfare.elderly.high_age_allowance")
	if err != nil {
		fmt.Println(err)
		return
	}
	a, err := bd.Eval(june, elder{Born: rules.MustDate(1932, 6, 1), Shiqu: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Monthly, a.Eligible)
	fmt.Println(a.Result().Citations()[0].Ref()) // built only now, by evaluating again
	// Output:
	// 200 true
	// 温政发〔2022〕6号 二、5
}

func ExampleMustBind() {
	// An elderly person as a caller's own type, bound to the rule's inputs by
	// name; the allowance and the outcome bound to its outputs.
	type elder struct {
		Born  rules.Date `rule:"birth_date"`
		Shiqu bool       `rule:"shiqu_hukou"`
	}
	type allowance struct {
		Monthly              decimal.Decimal `rule:"allowance"`
		Eligible             bool            `rule:",eligible"`
		rules.Outcome[elder]                 // the explanation, when asked for
	}
	// A book of one rule: the high-age allowance of 温政发〔2022〕6号 二、5.
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	clause := opinions.Cite("二、5", "80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元")
	perMonth := rules.Yuan.Per(rules.Month).Label("元/月", "yuan per month")
	spec := rules.Spec{
		Params: []rules.Param{
			{Name: "allowance", Title: rules.T("高龄津贴标准", "high-age allowance"), Unit: perMonth, Floor: true,
				History: []rules.Dated{{Cite: clause, Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
					{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.NewFromInt(50)},
					{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.NewFromInt(200)},
					{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.NewFromInt(500)},
				}}}}},
			rules.Fixed("first_age", rules.T("起始年龄", "first age"), rules.Year, "80", clause),
		},
		Rules: []rules.Rule{{
			ID: "welfare.elderly.high_age_allowance", Title: rules.T("高龄津贴", "high-age allowance"), Cite: clause,
			Inputs: []rules.Input{
				rules.DateInput("birth_date", rules.T("出生日期", "date of birth")),
				rules.FlagInput("shiqu_hukou", rules.T("市区户口", "hukou in the city districts")),
			},
			Defs: []rules.Def{{Name: "age", Title: rules.T("周岁", "age"), Expr: "full_years(birth_date, eval_date)"}},
			Require: []rules.Condition{
				{Name: "shiqu_hukou", Text: rules.T("市区户口", "hukou in the city districts"), Expr: "shiqu_hukou"},
				{Name: "aged_80", Text: rules.T("年满80周岁", "aged 80 or over"), Expr: "age >= first_age"},
			},
			Outputs: []rules.Output{{Name: "allowance", Title: rules.T("高龄津贴", "allowance"), Unit: perMonth,
				Expr: "bracket(allowance, age)"}},
		}},
	}
	book := rules.MustCompile(spec)
	type misspelt struct {
		Born rules.Date `rule:"birthdate"` // not an input of the rule
	}
	_, err := rules.Bind[misspelt, allowance](book, "welfare.elderly.high_age_allowance")
	fmt.Println(err != nil) // MustBind would panic: a package's own types are checked by its tests
	// Output: true
}

// A domain package's evaluator binds all its rules and checks once.
func ExampleBindWith() {
	// An elderly person as a caller's own type, bound to the rule's inputs by
	// name; the allowance and the outcome bound to its outputs.
	type elder struct {
		Born  rules.Date `rule:"birth_date"`
		Shiqu bool       `rule:"shiqu_hukou"`
	}
	type allowance struct {
		Monthly              decimal.Decimal `rule:"allowance"`
		Eligible             bool            `rule:",eligible"`
		rules.Outcome[elder]                 // the explanation, when asked for
	}
	// A book of one rule: the high-age allowance of 温政发〔2022〕6号 二、5.
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	clause := opinions.Cite("二、5", "80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元")
	perMonth := rules.Yuan.Per(rules.Month).Label("元/月", "yuan per month")
	spec := rules.Spec{
		Params: []rules.Param{
			{Name: "allowance", Title: rules.T("高龄津贴标准", "high-age allowance"), Unit: perMonth, Floor: true,
				History: []rules.Dated{{Cite: clause, Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
					{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.NewFromInt(50)},
					{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.NewFromInt(200)},
					{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.NewFromInt(500)},
				}}}}},
			rules.Fixed("first_age", rules.T("起始年龄", "first age"), rules.Year, "80", clause),
		},
		Rules: []rules.Rule{{
			ID: "welfare.elderly.high_age_allowance", Title: rules.T("高龄津贴", "high-age allowance"), Cite: clause,
			Inputs: []rules.Input{
				rules.DateInput("birth_date", rules.T("出生日期", "date of birth")),
				rules.FlagInput("shiqu_hukou", rules.T("市区户口", "hukou in the city districts")),
			},
			Defs: []rules.Def{{Name: "age", Title: rules.T("周岁", "age"), Expr: "full_years(birth_date, eval_date)"}},
			Require: []rules.Condition{
				{Name: "shiqu_hukou", Text: rules.T("市区户口", "hukou in the city districts"), Expr: "shiqu_hukou"},
				{Name: "aged_80", Text: rules.T("年满80周岁", "aged 80 or over"), Expr: "age >= first_age"},
			},
			Outputs: []rules.Output{{Name: "allowance", Title: rules.T("高龄津贴", "allowance"), Unit: perMonth,
				Expr: "bracket(allowance, age)"}},
		}},
	}
	book := rules.MustCompile(spec)
	type misspelt struct {
		Born rules.Date `rule:"birthdate"` // not an input of the rule
	}
	p := &rules.Preparer{Book: book}
	good := rules.BindWith[elder, allowance](p, "welfare.elderly.high_age_allowance")
	bad := rules.BindWith[misspelt, allowance](p, "welfare.elderly.high_age_allowance")
	fmt.Println(good != nil, bad != nil, p.Err != nil)
	// Output: true false true
}

// The functions an expression may call, as the documentation lists them.
func ExampleFunctions() {
	for _, f := range rules.Functions()[9:12] {
		fmt.Printf("%-18s %s\n", f.Usage, f.Doc.En)
	}
	// Output:
	// add_days(d, n)     the day n days after d
	// add_months(d, n)   the corresponding day n months later (Civil Code art. 202)
	// add_years(d, n)    the corresponding day n years later (Civil Code art. 202)
}

// An error gives its message in Chinese or English: the field and what is
// wrong, without the rule, which is in Rule.
func ExampleError_Message() {
	june := rules.MustDate(2022, 6, 1) // the date of the case
	// A book of one rule: the high-age allowance of 温政发〔2022〕6号 二、5.
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	clause := opinions.Cite("二、5", "80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元")
	perMonth := rules.Yuan.Per(rules.Month).Label("元/月", "yuan per month")
	spec := rules.Spec{
		Params: []rules.Param{
			{Name: "allowance", Title: rules.T("高龄津贴标准", "high-age allowance"), Unit: perMonth, Floor: true,
				History: []rules.Dated{{Cite: clause, Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
					{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.NewFromInt(50)},
					{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.NewFromInt(200)},
					{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.NewFromInt(500)},
				}}}}},
			rules.Fixed("first_age", rules.T("起始年龄", "first age"), rules.Year, "80", clause),
		},
		Rules: []rules.Rule{{
			ID: "welfare.elderly.high_age_allowance", Title: rules.T("高龄津贴", "high-age allowance"), Cite: clause,
			Inputs: []rules.Input{
				rules.DateInput("birth_date", rules.T("出生日期", "date of birth")),
				rules.FlagInput("shiqu_hukou", rules.T("市区户口", "hukou in the city districts")),
			},
			Defs: []rules.Def{{Name: "age", Title: rules.T("周岁", "age"), Expr: "full_years(birth_date, eval_date)"}},
			Require: []rules.Condition{
				{Name: "shiqu_hukou", Text: rules.T("市区户口", "hukou in the city districts"), Expr: "shiqu_hukou"},
				{Name: "aged_80", Text: rules.T("年满80周岁", "aged 80 or over"), Expr: "age >= first_age"},
			},
			Outputs: []rules.Output{{Name: "allowance", Title: rules.T("高龄津贴", "allowance"), Unit: perMonth,
				Expr: "bracket(allowance, age)"}},
		}},
	}
	book := rules.MustCompile(spec)
	_, err := book.Eval("welfare.elderly.high_age_allowance", june, rules.Inputs{"birth_date": "1942-06-01"})
	var re *rules.Error
	if errors.As(err, &re) {
		fmt.Println(re.Message(rules.Chinese))
		fmt.Println(re.Message(rules.English))
		fmt.Println(re.Code, re.Rule, re.Input)
	}
	fmt.Println(err)
	// Output:
	// shiqu_hukou：未提供
	// shiqu_hukou: missing
	// invalid_input welfare.elderly.high_age_allowance shiqu_hukou
	// welfare.elderly.high_age_allowance: shiqu_hukou: missing
}

func ExampleError_Reason() {
	june := rules.MustDate(2022, 6, 1) // the date of the case
	// A book of one rule: the high-age allowance of 温政发〔2022〕6号 二、5.
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	clause := opinions.Cite("二、5", "80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元")
	perMonth := rules.Yuan.Per(rules.Month).Label("元/月", "yuan per month")
	spec := rules.Spec{
		Params: []rules.Param{
			{Name: "allowance", Title: rules.T("高龄津贴标准", "high-age allowance"), Unit: perMonth, Floor: true,
				History: []rules.Dated{{Cite: clause, Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
					{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.NewFromInt(50)},
					{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.NewFromInt(200)},
					{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.NewFromInt(500)},
				}}}}},
			rules.Fixed("first_age", rules.T("起始年龄", "first age"), rules.Year, "80", clause),
		},
		Rules: []rules.Rule{{
			ID: "welfare.elderly.high_age_allowance", Title: rules.T("高龄津贴", "high-age allowance"), Cite: clause,
			Inputs: []rules.Input{
				rules.DateInput("birth_date", rules.T("出生日期", "date of birth")),
				rules.FlagInput("shiqu_hukou", rules.T("市区户口", "hukou in the city districts")),
			},
			Defs: []rules.Def{{Name: "age", Title: rules.T("周岁", "age"), Expr: "full_years(birth_date, eval_date)"}},
			Require: []rules.Condition{
				{Name: "shiqu_hukou", Text: rules.T("市区户口", "hukou in the city districts"), Expr: "shiqu_hukou"},
				{Name: "aged_80", Text: rules.T("年满80周岁", "aged 80 or over"), Expr: "age >= first_age"},
			},
			Outputs: []rules.Output{{Name: "allowance", Title: rules.T("高龄津贴", "allowance"), Unit: perMonth,
				Expr: "bracket(allowance, age)"}},
		}},
	}
	book := rules.MustCompile(spec)
	_, err := book.Eval("welfare.elderly.high_age_allowance", june, rules.Inputs{"birth_date": "1930-06-02"})
	var re *rules.Error
	if errors.As(err, &re) {
		fmt.Println(re.Field, re.Reason(rules.Chinese), re.Reason(rules.English))
	}
	// Output: shiqu_hukou 未提供 missing
}

func ExampleCheckNumber() {
	fmt.Println(rules.CheckNumber(decimal.RequireFromString("1085.00")))
	err := rules.CheckNumber(decimal.New(1, 999999999)) // 1e999999999: a billion digits written in full
	fmt.Println(errors.Is(err, rules.ErrInvalidInput))
	// Output:
	// <nil>
	// true
}

// An assessment shows each benefit's status: here the high-age allowance
// (二、5) for a 90-year-old, a 60-year-old, and a person whose date of birth
// the caseworker did not give.
func ExampleStatusOf() {
	// A book of one rule: the high-age allowance of 温政发〔2022〕6号 二、5.
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	clause := opinions.Cite("二、5", "80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元")
	perMonth := rules.Yuan.Per(rules.Month).Label("元/月", "yuan per month")
	spec := rules.Spec{
		Params: []rules.Param{
			{Name: "allowance", Title: rules.T("高龄津贴标准", "high-age allowance"), Unit: perMonth, Floor: true,
				History: []rules.Dated{{Cite: clause, Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
					{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.NewFromInt(50)},
					{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.NewFromInt(200)},
					{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.NewFromInt(500)},
				}}}}},
			rules.Fixed("first_age", rules.T("起始年龄", "first age"), rules.Year, "80", clause),
		},
		Rules: []rules.Rule{{
			ID: "welfare.elderly.high_age_allowance", Title: rules.T("高龄津贴", "high-age allowance"), Cite: clause,
			Inputs: []rules.Input{
				rules.DateInput("birth_date", rules.T("出生日期", "date of birth")),
				rules.FlagInput("shiqu_hukou", rules.T("市区户口", "hukou in the city districts")),
			},
			Defs: []rules.Def{{Name: "age", Title: rules.T("周岁", "age"), Expr: "full_years(birth_date, eval_date)"}},
			Require: []rules.Condition{
				{Name: "shiqu_hukou", Text: rules.T("市区户口", "hukou in the city districts"), Expr: "shiqu_hukou"},
				{Name: "aged_80", Text: rules.T("年满80周岁", "aged 80 or over"), Expr: "age >= first_age"},
			},
			Outputs: []rules.Output{{Name: "allowance", Title: rules.T("高龄津贴", "allowance"), Unit: perMonth,
				Expr: "bracket(allowance, age)"}},
		}},
	}
	b := rules.MustCompile(spec)
	on := rules.MustDate(2023, 6, 1)
	for _, in := range []map[string]any{
		{"birth_date": "1933-01-01", "shiqu_hukou": true},
		{"birth_date": "1963-01-01", "shiqu_hukou": true},
		{"shiqu_hukou": true},
	} {
		res, err := b.Eval("welfare.elderly.high_age_allowance", on, in)
		s, err := rules.StatusOf(err == nil && res.Eligible, err)
		fmt.Printf("%s (%s) %v\n", s, s.English(), err)
	}
	// Output:
	// 享受 (granted) <nil>
	// 不符合条件 (not granted) <nil>
	// 未评估 (not assessed) <nil>
}

func ExampleBook_OutputSet() {
	// A book of one rule: the high-age allowance of 温政发〔2022〕6号 二、5,
	// and the age it is paid for.
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	clause := opinions.Cite("二、5", "80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元")
	perMonth := rules.Yuan.Per(rules.Month).Label("元/月", "yuan per month")
	book := rules.MustCompile(rules.Spec{
		Params: []rules.Param{
			{Name: "allowance", Title: rules.T("高龄津贴标准", "high-age allowance"), Unit: perMonth, Floor: true,
				History: []rules.Dated{{Cite: clause, Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
					{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.NewFromInt(50)},
					{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.NewFromInt(200)},
					{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.NewFromInt(500)},
				}}}}},
			rules.Fixed("first_age", rules.T("起始年龄", "first age"), rules.Year, "80", clause),
		},
		Rules: []rules.Rule{{
			ID: "welfare.elderly.high_age_allowance", Title: rules.T("高龄津贴", "high-age allowance"), Cite: clause,
			Inputs: []rules.Input{rules.DateInput("birth_date", rules.T("出生日期", "date of birth"))},
			Defs:   []rules.Def{{Name: "age", Title: rules.T("周岁", "age"), Expr: "full_years(birth_date, eval_date)"}},
			Require: []rules.Condition{
				{Name: "aged_80", Text: rules.T("年满80周岁", "aged 80 or over"), Expr: "age >= first_age"},
			},
			Outputs: []rules.Output{
				{Name: "allowance", Title: rules.T("高龄津贴", "allowance"), Unit: perMonth, Expr: "bracket(allowance, age)"},
				{Name: "age", Title: rules.T("周岁", "age"), Unit: rules.Year, Expr: "age"},
			},
		}},
	})
	type elder struct {
		Born rules.Date `rule:"birth_date"`
	}
	type figures struct {
		Monthly decimal.Decimal `rule:"allowance"`
		Age     decimal.Decimal `rule:"age"`
	}
	bd := rules.MustBind[elder, figures](book, "welfare.elderly.high_age_allowance")
	// A screening that reads only the allowance asks for it alone: the age
	// is computed but need not be made into a decimal.
	monthly, err := book.OutputSet("welfare.elderly.high_age_allowance", "allowance")
	if err != nil {
		panic(err)
	}
	var out figures
	eligible, err := bd.ScreenOnly(rules.MustDate(2022, 6, 1), &elder{Born: rules.MustDate(1931, 3, 2)}, &out, monthly)
	fmt.Println(eligible, out.Monthly, err)
	_, err = book.OutputSet("welfare.elderly.high_age_allowance", "weekly")
	fmt.Println(err)
	// Output:
	// true 200 <nil>
	// rules: welfare.elderly.high_age_allowance has no output "weekly"
}
