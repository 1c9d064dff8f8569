package welfare

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Section 一: the targets for 2025.

const (
	quoteTargets       = "到2025年，特殊群体长效帮扶机制和政策体系基本健全"
	quoteTargetDibao   = "全市年低保标准1.3万元以上"
	quoteTargetRural   = "消除农村家庭人均年收入1.3万元以下现象"
	quoteTargetIncome  = "居民人均收入达到7.7万元"
	quoteTargetsMiddle = "家庭年可支配收入10－50万元的群体比例达到80%"
)

func targetsSpec() ([]rules.Param, []rules.Rule) {
	params := []rules.Param{
		fixed("target_dibao_annual", rules.T("2025年全市年低保标准目标", "2025 target: yearly 低保 standard city-wide"),
			YuanPerPersonYear, "13000", cite("一", quoteTargetDibao)),
		fixed("target_rural_income", rules.T("2025年消除的农村家庭人均年收入线", "2025 target: rural per-capita yearly income no household is at or below"),
			YuanPerPersonYear, "13000", cite("一", quoteTargetRural)),
		fixed("target_resident_income", rules.T("2025年居民人均收入目标", "2025 target: residents' per-capita income"),
			YuanPerPersonYear, "77000", cite("一", quoteTargetIncome)),
		fixed("target_middle_share", rules.T("2025年家庭年可支配收入10－50万元群体比例目标", "2025 target: share of families with yearly disposable income of 100,000–500,000"),
			rules.Percent, "0.8", cite("一", quoteTargetsMiddle)),
	}
	rule := rules.Rule{
		ID:    RuleTargets2025,
		Title: rules.T("2025年工作目标", "targets for 2025"),
		Cite:  cite("一", quoteTargets),
		Inputs: []rules.Input{
			// The target is yearly (全市年低保标准); localities publish a
			// monthly standard. Either is given, never both: the yearly
			// one as stated (13,000 exactly, which no monthly figure of
			// whole fen × 12 makes), the monthly one × 12.
			rules.NumberInput("lowest_dibao_yearly", rules.T("全市最低的年低保标准", "lowest yearly 低保 standard of the city's localities"),
				YuanPerPersonYear, rules.Range{Lo: rules.Excl("0")}).Omittable(),
			rules.NumberInput("lowest_dibao_standard", rules.T("全市最低的月低保标准", "lowest monthly 低保 standard of the city's localities"),
				YuanPerPersonMonth, rules.Range{Lo: rules.Excl("0")}).Omittable(),
			rules.NumberInput("lowest_rural_income", rules.T("农村家庭人均年收入最低值", "lowest per-capita yearly income of a rural household"),
				YuanPerPersonYear, rules.Range{Lo: rules.Incl("0")}),
			// An average income of the city's residents is a figure above
			// zero; the lowest rural income, which may be zero, is not.
			rules.NumberInput("resident_income", rules.T("居民人均收入", "residents' per-capita yearly income"),
				YuanPerPersonYear, rules.Range{Lo: rules.Excl("0")}),
			rules.NumberInput("middle_income_share", rules.T("家庭年可支配收入10－50万元的群体比例", "share of families with yearly disposable income of 100,000–500,000"),
				rules.Percent, rules.Range{Lo: rules.Incl("0"), Hi: rules.Incl("1")}),
		},
		Defs: []rules.Def{
			{Name: "dibao_annual", Title: rules.T("全市最低的年低保标准", "lowest yearly 低保 standard"),
				// Neither given: the yearly one, as the document states
				// the target, is named missing.
				Expr: "given(lowest_dibao_standard) ? lowest_dibao_standard * months_per_year : lowest_dibao_yearly"},
		},
		Checks: []rules.Check{{Field: "lowest_dibao_standard",
			Text: rules.T("年低保标准与月低保标准只给其一", "the yearly and the monthly 低保 standard: one of them, not both"),
			Expr: "!(given(lowest_dibao_yearly) && given(lowest_dibao_standard))"}},
		Outputs: []rules.Output{
			{Name: "all_met", Title: rules.T("各项目标均已达到", "every target met"),
				Expr: "dibao_annual >= target_dibao_annual && lowest_rural_income > target_rural_income && " +
					"resident_income >= target_resident_income && middle_income_share >= target_middle_share"},
			{Name: "dibao_standard_met", Title: rules.T("年低保标准1.3万元以上", "yearly 低保 standard of 13,000 or more"),
				Expr: "dibao_annual >= target_dibao_annual", Cite: cite("一", quoteTargetDibao)},
			{Name: "rural_income_met", Title: rules.T("消除农村家庭人均年收入1.3万元以下现象", "no rural household at or below 13,000 per capita a year"),
				Expr: "lowest_rural_income > target_rural_income", Cite: cite("一", quoteTargetRural)},
			{Name: "resident_income_met", Title: rules.T("居民人均收入达到7.7万元", "residents' per-capita income reaches 77,000"),
				Expr: "resident_income >= target_resident_income", Cite: cite("一", quoteTargetIncome)},
			{Name: "middle_share_met", Title: rules.T("家庭年可支配收入10－50万元群体比例达到80%", "share of families at 100,000–500,000 reaches 80%"),
				Expr: "middle_income_share >= target_middle_share", Cite: cite("一", quoteTargetsMiddle)},
		},
		Reading: rules.T(
			"“以上”“达到”含本数（附则1）；“1.3万元以下”依民法典第1259条含本数，故农村家庭人均年收入须高于1.3万元方为消除；"+
				"年低保标准按给出的年标准，或按月标准×12（“年度总和”，二、8）计，二者只给其一（都给为无效输入，都不给则缺年标准）；10－50万元群体比例由调用方按含两端统计；居民人均收入须大于零（农村家庭人均年收入最低值可为零）。",
			"“以上” and “达到” include the figure (附则1); “1.3万元以下” includes it too (Civil Code art. 1259), so the "+
				"lowest rural per-capita income must be above 13,000; the yearly 低保 standard is the yearly one given, or "+
				"the monthly one × 12 (its “年度总和”, 二、8), one of them only (both is an invalid input, neither leaves the "+
				"yearly one missing); the caller counts the 100,000–500,000 families with both ends included; residents' "+
				"per-capita income is above zero (the lowest rural income may be zero)."),
	}
	return params, []rules.Rule{rule}
}

// TargetFigures are the city-wide figures the 2025 targets (一) are checked
// against; the tags name the rule's inputs. A figure not given is unknown,
// and reported missing: a zero standard, income or share is not given; the
// lowest rural income, which may truly be zero, is given by a non-nil
// pointer. The lowest 低保 standard is given either yearly, as the target
// states it (全市年低保标准1.3万元以上), or monthly, as localities publish
// it, and then read × 12; giving both is an invalid input naming
// lowest_dibao_standard, giving neither leaves lowest_dibao_yearly missing.
type TargetFigures struct {
	LowestDibaoYearly   decimal.Decimal  `rule:"lowest_dibao_yearly,omitzero"`   // the lowest yearly 低保 standard of the city's localities, 元/人·年
	LowestDibaoStandard decimal.Decimal  `rule:"lowest_dibao_standard,omitzero"` // the lowest monthly 低保 standard of the city's localities, 元/人·月
	LowestRuralIncome   *decimal.Decimal `rule:"lowest_rural_income"`            // the lowest per-capita yearly income of a rural household, 元/人·年; nil: not given
	ResidentIncome      decimal.Decimal  `rule:"resident_income,omitzero"`       // residents' per-capita yearly income, 元/人·年
	MiddleIncomeShare   rules.Rate       `rule:"middle_income_share"`            // share of families with yearly disposable income of 100,000–500,000, rules.Pct("80") for 80%; the zero Rate is not given
}

// TargetsCheck says which of the 2025 targets the figures meet.
type TargetsCheck struct {
	AllMet            bool `rule:"all_met"`
	DibaoStandard     bool `rule:"dibao_standard_met"`  // 全市年低保标准1.3万元以上
	RuralIncome       bool `rule:"rural_income_met"`    // 消除农村家庭人均年收入1.3万元以下现象
	ResidentIncome    bool `rule:"resident_income_met"` // 居民人均收入达到7.7万元
	MiddleIncomeShare bool `rule:"middle_share_met"`    // 家庭年可支配收入10－50万元的群体比例达到80%
	rules.Outcome[TargetFigures]
}

// Targets2025 checks figures against the targets for 2025 (工作目标, 一):
// a yearly 低保 standard of 13,000 or more, no rural household with a
// per-capita yearly income of 13,000 or less, residents' per-capita income of
// 77,000, and 80% of families with a yearly disposable income of
// 100,000–500,000. A figure not given is reported missing, never read as a
// target not met.
func (e *Evaluator) Targets2025(on rules.Date, f TargetFigures) (res TargetsCheck, err error) {
	err = e.targets.EvalInto(on, &f, &res)
	return res, err
}
