package welfare

import (
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Section 二、3 and 二、4: the standards for 特困 persons and the supplement
// for veterans in 低保 households.

const (
	quoteTekunBasic     = "特困人员基本生活保障标准按不低于上年度当地城镇居民人均消费支出的50%且不低于低保标准的1.3倍确定"
	quoteCareFee        = "对采取政府购买服务在社会机构集中供养的特困人员给予照料护理费用补助"
	quoteCareFeeRates   = "分完全丧失生活自理能力、中度丧失生活自理能力、轻度丧失生活自理能力、具备生活自理能力等四类特困人员，原则上分别按当地月最低工资标准的80%、40%、20%、10%确定"
	quoteCareDispersed  = "分散供养特困人员照料护理费用，按在社会机构集中供养的特困人员照料护理费用标准的50%执行"
	quoteCareGovernment = "在政府设立的供养服务机构集中供养的特困人员照料护理费用,依据供养服务机构的基本支出保障政策,由当地财政、民政部门核定"
	quoteVeteran        = "对低保中的退役军人，给予每人每月增发不低于当地最低生活保障标准10%的生活补助"
)

// roundFloor rounds a computed minimum (不低于) up to the fen: rounded half
// away from zero, a minimum of 108.551 yuan would read 108.55, below the
// document's floor.
var roundFloor = rules.RoundTo(2, rules.Up)

func tekunSpec() ([]rules.Param, []rules.Rule) {
	rate := func(level SelfCare, v string) rules.Row {
		return rules.Row{Keys: []string{string(level)}, Value: d(v)}
	}
	careRates := rules.Param{Name: "care_fee_rate", Title: rules.T("照料护理费用占月最低工资标准的比例", "care fee as a share of the monthly minimum wage"),
		Unit: rules.Percent, Floor: true,
		History: []rules.Dated{{Value: rules.Table{Rows: []rules.Row{
			rate(FullyDependent, "0.8"), rate(ModeratelyDependent, "0.4"), rate(MildlyDependent, "0.2"), rate(SelfCaring, "0.1"),
		}}, Cite: cite("二、3", quoteCareFeeRates)}}}
	params := []rules.Param{
		floor("tekun_consumption_share", rules.T("特困基本生活标准占上年度城镇居民人均消费支出的比例", "特困 basic standard: share of last year's urban per-capita consumption"),
			rules.Percent, "0.5", cite("二、3", quoteTekunBasic)),
		floor("tekun_dibao_multiple", rules.T("特困基本生活标准相对低保标准的倍数", "特困 basic standard: multiple of the 低保 standard"),
			rules.Number, "1.3", cite("二、3", quoteTekunBasic)),
		careRates,
		floor("dispersed_care_share", rules.T("分散供养照料护理费用占社会机构集中供养标准的比例", "dispersed support: share of the institutional care fee"),
			rules.Percent, "0.5", cite("二、3", quoteCareDispersed)),
		floor("veteran_supplement_share", rules.T("低保退役军人生活补助占低保标准的比例", "veterans in 低保: supplement as a share of the 低保 standard"),
			rules.Percent, "0.1", cite("二、4", quoteVeteran)),
	}
	return params, []rules.Rule{tekunBasicRule(), tekunCareRule(), veteranRule()}
}

func tekunBasicRule() rules.Rule {
	return rules.Rule{
		ID:    RuleTekunBasicStandard,
		Title: rules.T("特困人员基本生活保障标准", "basic living standard of 特困 persons"),
		Cite:  cite("二、3", quoteTekunBasic),
		Inputs: []rules.Input{
			rules.NumberInput("urban_consumption", rules.T("上年度当地城镇居民人均消费支出", "last year's local urban per-capita consumption expenditure"),
				YuanPerPersonYear, rules.Range{Lo: rules.Excl("0")}),
			inDibaoStandard,
		},
		Defs: []rules.Def{
			{Name: "by_consumption", Title: rules.T("人均消费支出×50%", "per-capita consumption × 50%"),
				Expr: "urban_consumption * tekun_consumption_share"},
			{Name: "by_dibao", Title: rules.T("低保标准×1.3×12", "低保 standard × 1.3 × 12"),
				Expr: "dibao_standard * tekun_dibao_multiple * months_per_year"},
			{Name: "yearly", Title: rules.T("年标准下限", "yearly minimum"), Expr: "max(by_consumption, by_dibao)"},
		},
		Outputs: []rules.Output{
			{Name: "monthly", Title: rules.T("每月基本生活保障标准下限", "monthly minimum"), Unit: YuanPerPersonMonth,
				Expr: "yearly / months_per_year", Round: roundFloor},
			{Name: "yearly", Title: rules.T("每年基本生活保障标准下限", "yearly minimum"), Unit: YuanPerPersonYear,
				Expr: "yearly", Round: roundFloor},
			{Name: "binding", Title: rules.T("起决定作用的下限", "the floor that binds"),
				Expr: `by_consumption >= by_dibao ? "按上年度城镇居民人均消费支出" : "按低保标准倍数"`},
		},
		Reading: rules.T(
			"两个“不低于”同时满足，取较高者；人均消费支出为年数，低保标准为月标准，以月标准×12折算比较（“年度总和”，二、8）；"+
				"结果为下限，各地可更高；下限进位到分，以免低于下限。",
			"both floors hold, so the higher applies; the consumption statistic is yearly and the 低保 standard monthly, "+
				"compared as the monthly standard × 12 (its “年度总和”, 二、8); the result is a minimum a locality may exceed, "+
				"rounded up to the fen so that it never falls below the floor."),
	}
}

func tekunCareRule() rules.Rule {
	return rules.Rule{
		ID:     RuleTekunCareFee,
		Title:  rules.T("特困人员照料护理费用", "care fee for 特困 persons"),
		Cite:   cite("二、3", quoteCareFee),
		Inputs: []rules.Input{inTekun, inSelfCare, inMinimumWage},
		Defs: []rules.Def{{Name: "institutional", Title: rules.T("社会机构集中供养照料护理费用", "care fee in a social institution"),
			Expr: "minimum_wage * care_fee_rate[self_care]"}},
		CaseByCase: []rules.Condition{{Name: "government_institution",
			Text: rules.T("在政府设立的供养服务机构集中供养的特困人员照料护理费用，由当地财政、民政部门核定",
				"特困 persons in institutions set up by the government: care fee fixed by the local finance and civil-affairs departments"),
			Expr: fmt.Sprintf("tekun_support == %q", TekunGovernmentInstitution), Cite: cite("二、3", quoteCareGovernment)}},
		Require: []rules.Condition{{Name: "tekun", Text: rules.T("特困人员", "a 特困 person"),
			Expr: fmt.Sprintf("tekun_support != %q", NotTekun)}},
		Outputs: []rules.Output{
			{Name: "care_fee", Title: rules.T("每月照料护理费用", "monthly care fee"), Unit: YuanPerPersonMonth,
				Expr: fmt.Sprintf("tekun_support == %q ? institutional * dispersed_care_share : institutional", TekunDispersed)},
			{Name: "institutional_fee", Title: rules.T("社会机构集中供养标准", "the institutional figure"), Unit: YuanPerPersonMonth,
				Expr: "institutional", Cite: cite("二、3", quoteCareFeeRates)},
		},
		Reading: rules.T(
			"二、5以“生活完全不能自理、基本不能自理、部分不能自理”分档者，依次对应完全、中度、轻度丧失生活自理能力；费用依评估的生活自理能力确定，未给出的为缺少输入，不按具备生活自理能力处理（“具备生活自理能力”须明示）；"+
				"“原则上”的比例作为全市标准，各地可更高（附则2）。"+
				"不设温州户籍条件：特困人员救助供养为社会救助，八、26“将符合条件的新市民纳入救助范围，分层分类实施社会救助”为附则1所称的另有规定，经认定并由当地供养的特困人员即属之。",
			"the classes are those of 二、3; the fee rests on the assessed class, and a class not given is a missing input, "+
				"never read as able (“able” is stated like the others); the "+
				"“in principle” shares are the city's figures, which a locality may exceed (附则2). No Wenzhou-registration "+
				"condition: support of 特困 persons is social assistance, for which 八、26 (将符合条件的新市民纳入救助范围，"+
				"分层分类实施社会救助) is the provision saying otherwise that 附则1 allows; a 特困 person recognised and "+
				"supported by the locality is within it."),
	}
}

func veteranRule() rules.Rule {
	return rules.Rule{
		ID:    RuleVeteranSupplement,
		Title: rules.T("低保退役军人生活补助", "living supplement of veterans in 低保 households"),
		Cite:  cite("二、4", quoteVeteran),
		Inputs: []rules.Input{
			rules.FlagInput("veteran", rules.T("退役军人", "veteran")).Optional(false),
			inStatus, inDibaoStandard, inHukou,
		},
		Defs: []rules.Def{defArea},
		Require: []rules.Condition{condWenzhou,
			{Name: "veteran", Text: rules.T("退役军人", "a veteran"), Expr: "veteran"},
			{Name: "dibao", Text: rules.T("低保中的", "in a 低保 household"), Expr: fmt.Sprintf("household_status == %q", Dibao)},
		},
		Outputs: []rules.Output{{Name: "supplement", Title: rules.T("每月生活补助下限", "monthly supplement, at least"),
			Unit: YuanPerPersonMonth, Expr: "dibao_standard * veteran_supplement_share", Round: roundFloor}},
		Reading: rules.T("“不低于…10%”为下限，各地可更高；进位到分。该补助不计入家庭收入（见 welfare.income.exemptions）。"+
			"本款未另定适用对象，按附则1限温州户籍；该补助列优抚支出，不属八、26纳入新市民的社会救助。",
			"“不低于…10%” is a minimum a locality may exceed, rounded up to the fen. The supplement is not counted as "+
				"household income (see welfare.income.exemptions). The clause says nothing otherwise of whom it covers, so "+
				"附则1 holds it to Wenzhou registrations; the supplement is a special-care (优抚) expenditure, not the social "+
				"assistance 八、26 opens to new citizens."),
	}
}

// TekunStandard is the minimum basic living standard of 特困 persons.
type TekunStandard struct {
	Monthly decimal.Decimal `rule:"monthly"` // 元/人·月, rounded up to the fen
	Yearly  decimal.Decimal `rule:"yearly"`  // 元/人·年, rounded up to the fen
	Binding string          `rule:"binding"` // which floor binds: 按上年度城镇居民人均消费支出 or 按低保标准倍数
	rules.Outcome[LocalStandards]
}

// TekunBasicStandard returns the minimum basic living standard of 特困
// persons (特困人员基本生活保障标准, 二、3): not below 50% of last year's local
// urban per-capita consumption expenditure, and not below 1.3 times the
// 低保 standard. A locality may set more.
func (e *Evaluator) TekunBasicStandard(on rules.Date, s LocalStandards) (res TekunStandard, err error) {
	err = e.tekunBasic.EvalInto(on, &s, &res)
	return res, err
}

// TekunCareFee is the monthly care fee of a 特困 member.
type TekunCareFee struct {
	Amount decimal.Decimal `rule:"care_fee"` // 元/人·月; zero when not eligible
	Unit   rules.Unit
	rules.Outcome[MemberCase]
}

// TekunCareFee returns the monthly care fee (照料护理费用, 二、3) of a 特困
// member (the member's support and self-care, the local minimum wage): in
// a social institution bought by the government, 80%, 40%, 20% or 10% of
// the monthly minimum wage by self-care ability; in dispersed support,
// half of that. For a member in a government-run institution the fee is
// fixed locally: the error matches [rules.ErrCaseByCase].
func (e *Evaluator) TekunCareFee(on rules.Date, c MemberCase) (TekunCareFee, error) {
	r, err := e.tekunCare.Eval(on, c)
	if err != nil {
		return r, err
	}
	r.Unit = e.units.tekunCare
	return r, nil
}

// VeteranSupplement is the monthly living supplement of a veteran in a 低保
// household.
type VeteranSupplement struct {
	Amount decimal.Decimal `rule:"supplement"` // 元/人·月, at least
	Unit   rules.Unit
	rules.Outcome[MemberCase]
}

// VeteranSupplement returns the monthly living supplement (生活补助, 二、4) of
// a veteran in a 低保 household: at least 10% of the local 低保 standard. It
// is not counted as household income.
func (e *Evaluator) VeteranSupplement(on rules.Date, c MemberCase) (VeteranSupplement, error) {
	r, err := e.veteran.Eval(on, c)
	if err != nil {
		return r, err
	}
	r.Unit = e.units.veteran
	return r, nil
}
