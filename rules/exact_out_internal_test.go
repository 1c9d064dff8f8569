package rules

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/internal/exact"
)

type exactCase struct {
	Amount decimal.Decimal `rule:"amount"`
}

// exactResult holds the rule's figure as the engine computes it.
type exactResult struct {
	Figure   exact.Number `rule:"figure"`
	Eligible bool         `rule:",eligible"`
}

type exactFigure struct {
	Figure   decimal.Decimal `rule:"figure"`
	Eligible bool            `rule:",eligible"`
}

func exactBook(t *testing.T) *Book {
	t.Helper()
	doc := Document{Number: "示例", Title: "示例", Issuer: "示例", Issued: MustDate(2022, 1, 1), InForce: Since(MustDate(2022, 1, 1))}
	cite := doc.Cite("一", "示例")
	return MustCompile(Spec{
		Params: []Param{Fixed("floor", T("十元", "ten yuan"), Yuan, "10", cite), Fixed("part", T("三成", "thirty per cent"), Percent, "30", cite)},
		Rules: []Rule{{ID: "example.third", Title: T("三分之一", "a third"), Cite: cite,
			Inputs:  []Input{{Name: "amount", Title: T("金额", "amount"), Kind: KindNumber, Unit: Yuan}},
			Require: []Condition{{Name: "over_ten", Text: T("超过十元", "over ten"), Expr: "amount > floor"}},
			Outputs: []Output{{Name: "figure", Title: T("数", "figure"), Unit: Yuan, Expr: "amount / 3"},
				{Name: "share", Title: T("比例", "share"), Unit: Percent, Expr: "part"}}}},
	})
}

// An output held in an exact.Number is the figure a decimal.Decimal field
// holds, without a decimal made for it: 100 元 ÷ 3 rounded to the fen is
// 33.33; a case not eligible (5 元, not over ten) holds 0, as the decimal
// field does.
func TestExactOutputField(t *testing.T) {
	b := exactBook(t)
	ex := MustBind[exactCase, exactResult](b, "example.third")
	dec := MustBind[exactCase, exactFigure](b, "example.third")
	on := MustDate(2022, 6, 1)
	for _, tc := range []struct {
		amount   string
		figure   string
		eligible bool
	}{{"100", "33.33", true}, {"5", "0", false}} {
		in := exactCase{Amount: decimal.RequireFromString(tc.amount)}
		var got exactResult
		if err := ex.EvalInto(on, &in, &got); err != nil {
			t.Fatal(err)
		}
		var want exactFigure
		if err := dec.EvalInto(on, &in, &want); err != nil {
			t.Fatal(err)
		}
		if got.Figure.Dec().String() != tc.figure || !got.Figure.Dec().Equal(want.Figure) || got.Eligible != tc.eligible || want.Eligible != tc.eligible {
			t.Errorf("%s 元: exact %s (eligible %v), decimal %s (eligible %v); want %s (eligible %v)", tc.amount, got.Figure.Dec(), got.Eligible, want.Figure, want.Eligible, tc.figure, tc.eligible)
		}
	}
}

// An exact.Number holds a result's figure, never a case's fact, and never
// a percentage (which only a Rate holds).
func TestExactFieldMisfits(t *testing.T) {
	b := exactBook(t)
	type exactIn struct {
		Amount exact.Number `rule:"amount"`
	}
	if _, err := Bind[exactIn, exactResult](b, "example.third"); err == nil || !strings.Contains(err.Error(), "cannot hold input amount") {
		t.Errorf("an exact.Number as the case's amount: %v", err)
	}
	type exactShare struct {
		Share exact.Number `rule:"share"`
	}
	if _, err := Bind[exactCase, exactShare](b, "example.third"); err == nil || !strings.Contains(err.Error(), "percentage") {
		t.Errorf("an exact.Number holding a percentage: %v", err)
	}
}
