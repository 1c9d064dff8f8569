package rules_test

import (
	"encoding/json"
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

func ExampleResult_MarshalJSON() {
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
	b, _ := json.Marshal(res)
	var j struct {
		Value   string
		Unit    struct{ Zh, En string }
		Figures []struct{ Name, Value string }
		Trace   []struct{ Kind, Name string }
	}
	_ = json.Unmarshal(b, &j)
	fmt.Println(j.Value, j.Unit.Zh, j.Unit.En)
	fmt.Println(j.Figures)
	fmt.Println(j.Trace[0], j.Trace[len(j.Trace)-1])
	// Output:
	// 200 元/月 yuan per month
	// [{allowance 200}]
	// {input birth_date} {output allowance}
}

func ExampleResult_UnmarshalJSON() {
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
	b, _ := json.Marshal(res)
	var back rules.Result
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println(err)
		return
	}
	f, _ := back.Figure("allowance")
	fmt.Println(f, back.Receipt.Rule)
	fmt.Println(len(back.Trace()), back.Explain(rules.Chinese) == "")
	// Output:
	// allowance = 200.00 元/月 welfare.elderly.high_age_allowance
	// 6 true
}

func ExampleUnmarshalOneOf() {
	var s rules.Status
	fmt.Println(json.Unmarshal([]byte(`"享受"`), &s), s)
	fmt.Println(json.Unmarshal([]byte(`"granted"`), &s))
	// Output:
	// <nil> 享受
	// status: "granted" is not one of: 享受, 不符合条件, 就高不重复享受, 按实评估, 不在适用期间, 未评估
}

// A string type's value not given writes null, which reads back as not
// given; the empty text is refused.
func ExampleMarshalOneOf() {
	type item struct {
		Status rules.Status
		Date   rules.Date
	}
	b, _ := json.Marshal(item{})
	fmt.Println(string(b))
	var back item
	fmt.Println(json.Unmarshal(b, &back), back == item{})
	b, _ = json.Marshal(item{rules.Granted, rules.MustDate(2022, 6, 1)})
	fmt.Println(string(b))
	fmt.Println(json.Unmarshal([]byte(`{"Status": ""}`), &back))
	// Output:
	// {"Status":null,"Date":null}
	// <nil> true
	// {"Status":"享受","Date":"2022-06-01"}
	// status: "" is not one of: 享受, 不符合条件, 就高不重复享受, 按实评估, 不在适用期间, 未评估
}

func ExampleCodes() {
	fmt.Println(rules.Codes())
	// Output: [unknown_rule not_in_force invalid_input case_by_case invalid_override compile evaluation]
}
