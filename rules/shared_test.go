package rules_test

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// The tests share the high-age allowance of 温政发〔2022〕6号 二、5 as a small
// book. The examples do not use it: each declares its own, as the package
// documentation shows an example's body alone.

var opinions = &rules.Document{
	Number:  "温政发〔2022〕6号",
	Title:   "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
	Issuer:  "温州市人民政府",
	Issued:  rules.MustDate(2022, 4, 1),
	InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31)),
}

var yuanPerMonth = rules.Yuan.Per(rules.Month).Label("元/月", "yuan per month")

func allowanceSpec() rules.Spec {
	clause := opinions.Cite("二、5", "80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元")
	return rules.Spec{
		Params: []rules.Param{
			{Name: "allowance", Title: rules.T("高龄津贴标准", "high-age allowance"), Unit: yuanPerMonth, Floor: true,
				History: []rules.Dated{{Cite: clause, Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
					{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: decimal.NewFromInt(50)},
					{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: decimal.NewFromInt(200)},
					{Range: rules.Range{Lo: rules.Incl("100")}, Value: decimal.NewFromInt(500)},
				}}}}},
			rules.Fixed("first_age", rules.T("起始年龄", "first age"), rules.Year, "80", clause),
		},
		Rules: []rules.Rule{{
			ID:    "welfare.elderly.high_age_allowance",
			Title: rules.T("高龄津贴", "high-age allowance"),
			Cite:  clause,
			Inputs: []rules.Input{
				rules.DateInput("birth_date", rules.T("出生日期", "date of birth")),
				rules.FlagInput("shiqu_hukou", rules.T("市区户口", "hukou in the city districts")),
			},
			Defs: []rules.Def{{Name: "age", Title: rules.T("周岁", "age"), Expr: "full_years(birth_date, eval_date)"}},
			Require: []rules.Condition{
				{Name: "shiqu_hukou", Text: rules.T("市区户口", "hukou in the city districts"), Expr: "shiqu_hukou"},
				{Name: "aged_80", Text: rules.T("年满80周岁", "aged 80 or over"), Expr: "age >= first_age"},
			},
			Outputs: []rules.Output{{Name: "allowance", Title: rules.T("高龄津贴", "allowance"), Unit: yuanPerMonth,
				Expr: "bracket(allowance, age)"}},
		}},
	}
}

func allowanceBook() *rules.Book { return rules.MustCompile(allowanceSpec()) }

var june = rules.MustDate(2022, 6, 1)
