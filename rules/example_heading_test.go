package rules_test

import (
	"fmt"

	"github.com/wzpolicy/wzpolicy/rules"
)

func ExampleBook_Heading() {
	// A book of one rule: the moving fee's floor of 温政发〔2022〕8号 附件1.
	notice := &rules.Document{Number: "温政发〔2022〕8号", Title: "温州市人民政府关于公布市区房屋征收临时安置费和搬迁费标准的通知",
		Issuer: "温州市人民政府", Issued: rules.MustDate(2022, 3, 5), InForce: rules.Since(rules.MustDate(2022, 3, 5))}
	floor := notice.Cite("附件1", "征收住宅用房的搬迁费每户不低于1000元")
	book := rules.MustCompile(rules.Spec{
		Params: []rules.Param{rules.Fixed("least", rules.T("每户最低搬迁费", "least moving fee"), rules.Yuan, "1000", floor)},
		Rules: []rules.Rule{{
			ID: "expropriation.moving.fee", Title: rules.T("搬迁费", "moving fee"), Cite: floor,
			Inputs: []rules.Input{rules.NumberInput("by_area", rules.T("按面积计算的搬迁费", "fee by floor area"), rules.Yuan, rules.Range{Lo: rules.Incl("0")})},
			Outputs: []rules.Output{{Name: "fee", Title: rules.T("搬迁费", "moving fee"), Unit: rules.Yuan,
				Expr: "max(by_area, least)"}},
		}},
	})
	title, cite, _ := book.Heading("expropriation.moving.fee")
	fmt.Println(title.Zh, cite.Doc.Number, cite.Clause)
	// Output: 搬迁费 温政发〔2022〕8号 附件1
}
