package welfare

// 二、2: the 低边 threshold, the 低保 standard widened by the locality's
// factor.

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

func dibianRule() rules.Rule {
	return rules.Rule{
		ID:    RuleDibianStandard,
		Title: rules.T("低保边缘认定标准", "低边 threshold"),
		Cite:  cite("二、2", quoteDibian),
		Inputs: []rules.Input{inDibaoStandard,
			rules.NumberInput("factor", rules.T("当地确定的低保标准倍数", "multiple of the 低保 standard the locality chooses"),
				rules.Number, rules.Range{Lo: rules.Excl("1")}),
			inMinimumWage},
		Defs: []rules.Def{{Name: "widened", Title: rules.T("低保标准×倍数", "低保 standard × multiple"), Expr: "factor * dibao_standard"}},
		Checks: []rules.Check{{Field: "factor",
			Text: rules.T("倍数不超过低保标准的2倍", "the multiple is at most twice the 低保 standard"),
			Expr: "factor <= dibian_max_factor"},
			// The 低边 line lies above the 低保 line (factor > 1), and the
			// minimum wage caps it: a wage not above the 低保 standard leaves
			// no line between them, so the standards are given wrongly.
			{Field: "minimum_wage",
				Text: rules.T("当地月最低工资标准高于低保标准", "the local monthly minimum wage is above the 低保 standard"),
				Expr: "minimum_wage > dibao_standard"}},
		Outputs: []rules.Output{
			{Name: "threshold", Title: rules.T("低保边缘认定标准", "低边 threshold"), Unit: YuanPerPersonMonth,
				Expr: "min(widened, minimum_wage)"},
			{Name: "capped_by_wage", Title: rules.T("受当地最低工资标准限制", "held down to the minimum wage"),
				Expr: "widened > minimum_wage"},
		},
		Reading: rules.T(
			"标准＝min（倍数×低保标准，当地月最低工资标准），倍数由当地确定，大于1（低边在低保之上）且不超过2；"+
				"最低工资标准不高于低保标准的，两线之间无低边可言，为无效输入。",
			"threshold = min(multiple × 低保 standard, local monthly minimum wage); the locality chooses the multiple, "+
				"above 1 (the 低边 line lies above the 低保 line) and at most 2; a minimum wage not above the 低保 standard "+
				"leaves no line between them and is an invalid input."),
	}
}

// DibianWidening is a locality widening its 低边 threshold to Factor times
// its 低保 standard (二、2): the standards give the 低保 standard and the
// monthly minimum wage.
type DibianWidening struct {
	LocalStandards
	Factor decimal.Decimal `rule:"factor"` // the multiple of the 低保 standard; 2 at most
}

// DibianThreshold is the widest 低边 threshold a locality may set.
type DibianThreshold struct {
	Threshold    decimal.Decimal `rule:"threshold"`      // 元/人·月
	CappedByWage bool            `rule:"capped_by_wage"` // the minimum wage held it down
	rules.Outcome[DibianWidening]
}

// DibianStandard returns the 低边 threshold (低保边缘认定标准, 二、2) a
// locality that widens it to w.Factor × its 低保 standard may set: never
// above twice the standard (a larger factor is an invalid input) nor above
// the local monthly minimum wage.
func (e *Evaluator) DibianStandard(on rules.Date, w DibianWidening) (res DibianThreshold, err error) {
	err = e.dibian.EvalInto(on, &w, &res)
	return res, err
}
