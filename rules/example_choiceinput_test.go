package rules_test

import (
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// hardship is a family-planning hardship category of 温政发〔2022〕6号 二、7:
// a text input whose values are the document's words, each with an English
// label.
type hardship string

func (h hardship) English() string {
	return map[hardship]string{
		"患重病的计生困难家庭":  "family-planning hardship household with a serious illness",
		"独生子女死亡或伤残家庭": "household whose only child died or is disabled",
		"无":           "none",
	}[h]
}

// A case's failed condition shows the category in the language asked for:
// the document's words in Chinese, the label in English.
func ExampleChoiceInput() {
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	clause := opinions.Cite("二、7", "经认定后分别给予3500元/户、3000元/户、1500元/户补助")
	perHousehold := rules.Yuan.Per(rules.Household)
	book := rules.MustCompile(rules.Spec{
		Params: []rules.Param{{Name: "fp_grant", Title: rules.T("计生困难家庭补助", "family-planning hardship grant"), Unit: perHousehold,
			History: []rules.Dated{{Cite: clause, Value: rules.Table{Rows: []rules.Row{
				{Keys: []string{"患重病的计生困难家庭"}, Value: decimal.NewFromInt(3500)},
				{Keys: []string{"独生子女死亡或伤残家庭"}, Value: decimal.NewFromInt(3000)},
			}}}}}},
		Rules: []rules.Rule{{
			ID: "welfare.family_planning.grant", Title: rules.T("计生困难家庭补助", "family-planning hardship grant"), Cite: clause,
			Inputs: []rules.Input{rules.ChoiceInput("category", rules.T("计生困难家庭类别", "family-planning hardship category"),
				hardship("患重病的计生困难家庭"), hardship("独生子女死亡或伤残家庭"), hardship("无"))},
			Defs:    []rules.Def{{Name: "kind", Title: rules.T("类别", "category read"), Expr: "category"}},
			Require: []rules.Condition{{Name: "recognised", Text: rules.T("经认定的计生困难家庭", "a recognised hardship category"), Expr: `kind != "无"`}},
			Outputs: []rules.Output{{Name: "grant", Title: rules.T("补助", "grant"), Unit: perHousehold, Expr: "fp_grant[category]"}},
		}},
	})
	res, _ := book.Eval("welfare.family_planning.grant", rules.MustDate(2022, 6, 1), rules.Inputs{"category": "无"})
	for _, f := range res.Failed {
		fmt.Println(f.In(rules.English))
		fmt.Println(f.In(rules.Chinese))
	}
	// Output:
	// not met: a recognised hardship category (kind = none)
	// 未满足：经认定的计生困难家庭（kind = 无）
}
