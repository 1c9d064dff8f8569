package rules_test

import (
	"fmt"

	"github.com/wzpolicy/wzpolicy/rules"
)

// decision is what a rule writes of a case, in the document's words, with
// an English label.
type decision string

func (d decision) English() string {
	return map[decision]string{"予以补助": "grant", "不予补助": "no grant"}[d]
}

// A text output takes one of the labelled decisions; it reads in Chinese as
// the document's words and in English as the label.
func ExampleChoices() {
	opinions := &rules.Document{Number: "温政发〔2022〕6号", Title: "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 4, 1), InForce: rules.Between(rules.MustDate(2022, 5, 1), rules.MustDate(2025, 12, 31))}
	book := rules.MustCompile(rules.Spec{
		Rules: []rules.Rule{{
			ID: "welfare.family_planning.grant", Title: rules.T("计生困难家庭补助", "family-planning hardship grant"),
			Cite: opinions.Cite("二、7", "经认定后分别给予3500元/户、3000元/户、1500元/户补助"),
			Inputs: []rules.Input{rules.TextInput("category", rules.T("计生困难家庭类别", "family-planning hardship category"),
				"患重病的计生困难家庭", "独生子女死亡或伤残家庭", "无")},
			Outputs: []rules.Output{{Name: "decision", Title: rules.T("决定", "decision"),
				Expr: `category != "无" ? "予以补助" : "不予补助"`, Always: true}},
			Labels: rules.Choices(decision("予以补助"), decision("不予补助")),
		}},
	})
	res, _ := book.Eval("welfare.family_planning.grant", rules.MustDate(2022, 6, 1), rules.Inputs{"category": "无"})
	f, _ := res.Figure("decision")
	fmt.Println(f.Value.Format(f.Unit, rules.Chinese))
	for _, s := range res.Trace() {
		if s.Name == "decision" {
			fmt.Println(s.Format(rules.English))
		}
	}
	// Output:
	// 不予补助
	// no grant
}
