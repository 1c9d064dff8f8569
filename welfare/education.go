package welfare

import (
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Section 五: nutrition meals and study grants.

// mealCase is the case of welfare.education.nutrition_meal.
type mealCase struct {
	Level      StudyLevel      `rule:"level"`
	Aided      bool            `rule:"aided"`
	Provincial decimal.Decimal `rule:"provincial_standard,omitzero"`
	Local      decimal.Decimal `rule:"local_standard,omitzero"`
}

// NutritionMeal is an aided pupil's nutrition meal subsidy of 五、17.
type NutritionMeal struct {
	Amount     decimal.Decimal `rule:"standard"`    // 元/人·年; zero when not eligible
	ByMultiple decimal.Decimal `rule:"by_multiple"` // 1.6 times the provincial standard, 元/人·年
	rules.Outcome[mealCase]
}

// NutritionMeal returns the nutrition meal subsidy (营养餐补助, 五、17) of a
// pupil aided by a compulsory-education school: 1.6 times the provincial
// standard (LocalStandards.ProvincialMealStandard), or the locality's own
// standard where it already pays more (LocalMealStandard).
func (e *Evaluator) NutritionMeal(on rules.Date, mc MemberCase) (NutritionMeal, error) {
	m, s := mc.Member, mc.LocalStandards
	return e.meal.Eval(on, mealCaseOf(m, s))
}

func mealCaseOf(m Member, s LocalStandards) mealCase {
	c := mealCase{Provincial: s.ProvincialMealStandard, Local: s.LocalMealStandard}
	if st := m.Student; st != nil {
		c.Level, c.Aided = st.Level, st.Aided
	}
	return c
}

// studyCase is the case of welfare.education.study_grant for one scheme.
type studyCase struct {
	Scheme         StudyGrantScheme       `rule:"scheme"`
	Hukou          Locality               `rule:"hukou"`
	Status         AssistanceStatus       `rule:"household_status"`
	BirthDate      rules.Date             `rule:"birth_date"`
	Level          StudyLevel             `rule:"level"`
	Disability     DisabilityKind         `rule:"disability"`
	ParentDisabled bool                   `rule:"parent_disabled"`
	NotIndependent bool                   `rule:"not_independent"`
	HardshipWorker bool                   `rule:"hardship_worker"`
	Tuition        *decimal.Decimal       `rule:"tuition"`
	FamilyPlanning FamilyPlanningCategory `rule:"family_planning"`
}

// SchemeGrant is one scheme's study grant for a student.
type SchemeGrant struct {
	Scheme StudyGrantScheme
	Amount decimal.Decimal `rule:"grant"`  // the grant of the year, 元/人; zero when not eligible
	Period string          `rule:"period"` // 每学年, 一次性, 每年 or 经认定后每人
	Paid   bool            // the grant chosen under 附则2
	rules.Outcome[studyCase]
}

// StudyGrants are a student's study grants of 五、18 and the one paid.
type StudyGrants struct {
	// Chosen is the scheme paid: the eligible scheme with the highest
	// grant, the first in the order of 五、18 on a tie; "" when none.
	Chosen  StudyGrantScheme
	Amount  decimal.Decimal // the grant paid, 元/人
	Schemes []SchemeGrant   // every scheme, in the order of 五、18
}

// StudyGrant evaluates the study grants of 五、18 for a student member
// (Member.Student) and pays the highest: the disabled persons' federation's
// grant to 市区 disabled students and to disabled persons' children in 低保
// or 低边 households (2,000 to 4,000 a school year, 3,500 or 2,500 once for
// an adult or self-study exam certificate), the union's aid to registered
// hardship workers' children (the tuition paid, at most 10,000 a year), and
// the health commission's grant to 市区 family-planning hardship families'
// children (2,000 at high school, 4,000 at university).
//
// 附则2 pays only the higher of study grants of the same fiscal level to a
// person in a year. Only the federation's grant is said to come from the
// city's finance; the text does not say the others come from another level,
// so the library holds the three as one group and pays the highest. The
// engine's take-the-higher groups ([rules.Group]) take separate rules, and
// the three schemes are one catalogue rule evaluated three times; the
// choice here is the engine's rule for groups: the highest eligible figure,
// the first listed on a tie.
func (e *Evaluator) StudyGrant(on rules.Date, mc MemberCase) (StudyGrants, error) {
	h, m := mc.Household, mc.Member
	out := StudyGrants{Amount: decimal.Zero}
	for _, scheme := range StudyGrantSchemes() {
		g, err := e.StudyGrantOf(on, SchemeClaim{MemberCase{Household: h, Member: m}, scheme})
		if err != nil {
			return StudyGrants{}, err
		}
		out.Schemes = append(out.Schemes, g)
	}
	best := higher(len(out.Schemes), func(i int) (bool, decimal.Decimal) {
		return out.Schemes[i].Eligible(), out.Schemes[i].Amount
	})
	if best >= 0 {
		out.Schemes[best].Paid = true
		out.Chosen, out.Amount = out.Schemes[best].Scheme, out.Schemes[best].Amount
	}
	return out, nil
}

func studyCaseOf(h Household, m Member, scheme StudyGrantScheme) studyCase {
	c := studyCase{Scheme: scheme, Hukou: h.Locality, Status: h.Status, BirthDate: m.BirthDate, Disability: m.Disability,
		HardshipWorker: h.HardshipWorker, FamilyPlanning: h.FamilyPlanning}
	if st := m.Student; st != nil {
		c.Level, c.ParentDisabled, c.NotIndependent, c.Tuition = st.Level, st.ParentDisabled, st.NotIndependent, st.Tuition
	}
	return c
}

// SchemeClaim is a student member's claim under one scheme of 五、18.
type SchemeClaim struct {
	MemberCase
	Scheme StudyGrantScheme
}

// StudyGrantOf evaluates one scheme of 五、18 for a student member,
// without the take-the-higher of 附则2 ([Evaluator.StudyGrant] applies it).
func (e *Evaluator) StudyGrantOf(on rules.Date, c SchemeClaim) (SchemeGrant, error) {
	g, err := e.study.Eval(on, studyCaseOf(c.Household, c.Member, c.Scheme))
	if err != nil {
		return SchemeGrant{}, err
	}
	g.Scheme = c.Scheme
	return g, nil
}

// higher returns the index of the eligible item with the highest amount,
// the first on a tie, or -1: the choice [rules.Book.EvalGroup] makes.
func higher(n int, item func(i int) (bool, decimal.Decimal)) int {
	best := -1
	var top decimal.Decimal
	for i := range n {
		ok, x := item(i)
		if ok && (best < 0 || x.GreaterThan(top)) {
			best, top = i, x
		}
	}
	return best
}

const (
	quoteMeal          = "将全市农村义务教育营养餐享受对象扩面至全市所有义务教育学校内资助对象，营养餐补助标准按全省标准的1.6倍执行，已按超1.6倍执行的地区在现有基础上不降低标准"
	quoteGrantAssisted = "对市区低保低边残疾学生及残疾人家庭的未成年子女、已成年未独立生活子女由市级给予助学补助，其中中专（高中）、大专、本科以上每人每学年分别补助2000元、3000元、4000元，参加成人高考、自学考试并取得相应证书的一次性补助3500元"
	quoteGrantOther    = "对市区非低保低边残疾学生由市级给予助学补助，其中中专（高中）、大专、本科以上每人每学年分别补助1000元、2000元、3000元，参加成人高考、自学考试并取得相应证书的一次性补助2500元"
	quoteUnionAid      = "对建档困难职工家庭子女，按照实际缴纳的学费，给予每人每年不超过1万元的助学帮扶"
	quoteFPStudy       = "对市区计生困难家庭子女，特别是原独生子女家庭、双女户家庭子女，经认定后，分别按高中2000元/人、大学4000元/人标准给予助学补助"
)

func educationSpec() ([]rules.Param, []rules.Rule) {
	row := func(l StudyLevel, v string) rules.Row { return rules.Row{Keys: []string{string(l)}, Value: d(v)} }
	grantTable := func(name string, title rules.Text, c rules.Citation, v ...string) rules.Param {
		return rules.Param{Name: name, Title: title, Unit: YuanPerPerson, Floor: true,
			History: []rules.Dated{{Value: rules.Table{Rows: []rules.Row{
				row(SeniorSecondary, v[0]), row(College, v[1]), row(Bachelor, v[2]), row(AdultExam, v[3]),
			}}, Cite: c}}}
	}
	params := []rules.Param{
		floor("meal_multiple", rules.T("营养餐补助标准相对全省标准的倍数", "nutrition meal standard: multiple of the provincial standard"),
			rules.Number, "1.6", cite("五、17", quoteMeal)),
		grantTable("federation_grant_assisted", rules.T("低保低边残疾学生及残疾人家庭子女助学补助", "study grant of 低保 and 低边 disabled students and disabled persons' children"),
			cite("五、18", quoteGrantAssisted), "2000", "3000", "4000", "3500"),
		grantTable("federation_grant_other", rules.T("非低保低边残疾学生助学补助", "study grant of other disabled students"),
			cite("五、18", quoteGrantOther), "1000", "2000", "3000", "2500"),
		capped("union_study_cap", rules.T("建档困难职工家庭子女助学帮扶每人每年最高额", "hardship workers' children: study aid a year, at most"),
			YuanPerPerson, "10000", cite("五、18", quoteUnionAid)),
		{Name: "fp_study_grant", Title: rules.T("计生困难家庭子女助学补助（高中、大学）", "family-planning hardship children: study grant (high school, university)"),
			Unit: YuanPerPerson, Floor: true,
			History: []rules.Dated{{Value: rules.Table{Rows: []rules.Row{
				row(SeniorSecondary, "2000"), row(College, "4000"), row(Bachelor, "4000"),
			}}, Cite: cite("五、18", quoteFPStudy)}}},
		fixed("minor_age_limit", rules.T("未成年子女年龄（未满）", "minor children: under this age"),
			rules.Year, "18", minorsLaw.Cite("第二条", "本法所称未成年人是指未满十八周岁的公民")),
	}
	return params, []rules.Rule{nutritionMealRule(), studyGrantRule()}
}

var inLevel = rules.ChoiceInput("level", rules.T("就读层次", "level of study"), StudyLevels()...)

func nutritionMealRule() rules.Rule {
	return rules.Rule{
		ID:    RuleNutritionMeal,
		Title: rules.T("义务教育营养餐补助", "nutrition meal subsidy in compulsory education"),
		Cite:  cite("五、17", quoteMeal),
		Inputs: []rules.Input{inLevel,
			rules.FlagInput("aided", rules.T("义务教育学校内资助对象", "aided by the school")).Optional(false),
			rules.NumberInput("provincial_standard", rules.T("全省营养餐补助标准", "the provincial nutrition meal standard"), YuanPerPersonYear, rules.Range{Lo: rules.Excl("0")}),
			rules.NumberInput("local_standard", rules.T("当地已执行的营养餐补助标准", "the local standard already paid"), YuanPerPersonYear, rules.Range{Lo: rules.Excl("0")}).Omittable(),
		},
		Defs: []rules.Def{{Name: "by_multiple", Title: rules.T("全省标准×1.6", "provincial standard × 1.6"), Expr: "provincial_standard * meal_multiple"}},
		Require: []rules.Condition{
			{Name: "compulsory", Text: rules.T("义务教育学校学生", "a pupil of a compulsory-education school"), Expr: fmt.Sprintf("level in %s", quoted(PrimarySchool, JuniorHigh))},
			{Name: "aided", Text: rules.T("资助对象", "aided by the school"), Expr: "aided"},
		},
		Outputs: []rules.Output{
			{Name: "standard", Title: rules.T("营养餐补助标准", "nutrition meal subsidy"), Unit: YuanPerPersonYear,
				Expr: "given(local_standard) ? max(by_multiple, local_standard) : by_multiple"},
			{Name: "by_multiple", Title: rules.T("全省标准的1.6倍", "1.6 times the provincial standard"), Unit: YuanPerPersonYear, Expr: "by_multiple", Always: true},
		},
		Reading: rules.T("标准＝全省标准×1.6；已按超过1.6倍执行的地区取其现行标准（不降低标准）。全省标准由调用方按元/人·年给出，结果同一口径。",
			"the standard is the provincial one × 1.6; a locality already paying more keeps its figure. The caller gives the "+
				"provincial standard in yuan per pupil a year, and the result is in the same terms."),
	}
}

func studyGrantRule() rules.Rule {
	// Each scheme has its own conditions: a student is held only to
	// those of the scheme assessed.
	s := func(scheme StudyGrantScheme) string { return fmt.Sprintf("scheme == %q", scheme) }
	return rules.Rule{
		ID:    RuleStudyGrant,
		Title: rules.T("助学补助", "study grants"),
		Cite:  cite("五、18", quoteGrantAssisted),
		Inputs: []rules.Input{
			rules.ChoiceInput("scheme", rules.T("助学项目", "study grant scheme"), StudyGrantSchemes()...),
			inHukou, inStatus, inBirthDate, inLevel, inDisability,
			rules.FlagInput("parent_disabled", rules.T("残疾人家庭的子女", "a child of a certified disabled person")).Optional(false),
			rules.FlagInput("not_independent", rules.T("已成年未独立生活", "an adult not living independently")).Optional(false),
			rules.FlagInput("hardship_worker", rules.T("建档困难职工家庭子女", "a child of a registered hardship worker's family")).Optional(false),
			rules.NumberInput("tuition", rules.T("本年度实际缴纳的学费", "tuition actually paid this year"), rules.Yuan, rules.Range{Lo: rules.Incl("0")}).Omittable(),
			rules.ChoiceInput("family_planning", rules.T("计生困难家庭类别（经认定）", "recognised family-planning hardship category"), FamilyPlanningCategories()...).Optional(string(FPNone)),
		},
		Defs: []rules.Def{defArea, defAge,
			{Name: "assisted", Title: rules.T("低保低边家庭", "a 低保 or 低边 household"), Expr: fmt.Sprintf("household_status in %s", quoted(Dibao, Dibian))},
			{Name: "disabled_student", Title: rules.T("残疾学生", "a disabled student"), Expr: fmt.Sprintf("disability != %q", NotDisabled)},
		},
		Checks: []rules.Check{checkBorn},
		Require: []rules.Condition{
			{Name: "urban", Text: rules.T("市区", "registered in 市区"),
				When: fmt.Sprintf("scheme != %q", UnionAid), Expr: fmt.Sprintf("area == %q", areaUrban), Cite: cite("附则1", quoteUrban)},
			{Name: "federation_target", Text: rules.T("低保低边残疾学生及残疾人家庭的未成年子女、已成年未独立生活子女，或非低保低边残疾学生",
				"a disabled student, or, in a 低保 or 低边 household, a minor or dependent adult child of a disabled person"),
				When: s(FederationGrant), Expr: "disabled_student || assisted && parent_disabled && (age < minor_age_limit || not_independent)"},
			{Name: "federation_level", Text: rules.T("中专（高中）、大专、本科以上，或参加成人高考、自学考试并取得相应证书",
				"secondary or high school, college, university, or a certificate of the adult or self-study exams"),
				When: s(FederationGrant), Expr: fmt.Sprintf("level in %s", quoted(SeniorSecondary, College, Bachelor, AdultExam))},
			{Name: "hardship_worker", Text: rules.T("建档困难职工家庭子女", "a child of a registered hardship worker's family"),
				When: s(UnionAid), Expr: "hardship_worker", Cite: cite("五、18", quoteUnionAid)},
			{Name: "tuition_paid", Text: rules.T("实际缴纳学费", "tuition actually paid"),
				When: s(UnionAid), Expr: "!given(tuition) || tuition > 0", Cite: cite("五、18", quoteUnionAid)},
			{Name: "fp_family", Text: rules.T("计生困难家庭子女（经认定）", "a child of a recognised family-planning hardship family"),
				When: s(FamilyPlanningAid), Expr: fmt.Sprintf("family_planning != %q", FPNone), Cite: cite("五、18", quoteFPStudy)},
			{Name: "fp_level", Text: rules.T("就读高中或大学", "at high school or university"),
				When: s(FamilyPlanningAid), Expr: fmt.Sprintf("level in %s", quoted(SeniorSecondary, College, Bachelor)), Cite: cite("五、18", quoteFPStudy)},
		},
		Outputs: []rules.Output{
			{Name: "grant", Title: rules.T("本年度助学补助", "study grant of the year"), Unit: YuanPerPerson,
				Expr: fmt.Sprintf("scheme == %q ? (assisted ? federation_grant_assisted[level] : federation_grant_other[level]) : (scheme == %q ? min(tuition, union_study_cap) : fp_study_grant[level])",
					FederationGrant, UnionAid)},
			{Name: "period", Title: rules.T("给付方式", "how it is given"),
				Expr: fmt.Sprintf(`scheme == %q ? (level == %q ? "一次性" : "每学年") : (scheme == %q ? "每年" : "经认定后每人")`, FederationGrant, AdultExam, UnionAid)},
		},
		Reading: rules.T(
			"三个项目各按其条件评估（scheme）：残联助学补助（市区，由市级财政给予）——低保低边家庭的残疾学生及残疾人家庭的未成年子女、已成年未独立生活子女按2000/3000/4000元，取证一次性3500元；非低保低边残疾学生按1000/2000/3000元，取证2500元；"+
				"“低保低边”同时限定残疾学生和残疾人家庭的子女；“未成年”为未满18周岁（未成年人保护法第二条）。工会助学帮扶——建档困难职工家庭子女，按本年度实际缴纳学费，每人每年不超过1万元，不限市区、不限层次。"+
				"计生助学补助——市区计生困难家庭子女，高中（含中专）2000元、大学（大专、本科以上）4000元，原文未定期限，按经认定的当年计。"+
				"附则2：同一人同一年度享受同级财政同类助学补助时就高执行。残联补助明确由市级财政承担，其他两项原文未写明财政层级（附则2：按现行财政体制分担或原渠道保障），未写明其属不同层级，故三项视为同一组，就高执行（见 StudyGrant）。",
			"each scheme is evaluated on its own conditions (scheme). The federation's grant (市区, from the city's finance): 低保 "+
				"and 低边 disabled students and disabled persons' minor or dependent adult children 2,000/3,000/4,000, a certificate "+
				"3,500 once; other disabled students 1,000/2,000/3,000, a certificate 2,500; “低保低边” qualifies both the students "+
				"and the children; a minor is under 18 (Law on the Protection of Minors, art. 2). The union's aid: registered hardship workers' children, the tuition paid this "+
				"year, at most 10,000 a person a year, anywhere and at any level. The family-planning grant: 市区 family-planning "+
				"hardship children, high school (secondary included) 2,000, university (college and bachelor) 4,000; the text sets "+
				"no period, so it counts in the year recognised. 附则2 pays the higher of study grants of the same fiscal level in a "+
				"year; only the federation's is said to be the city's, the text does not say the other two come from another level "+
				"(附则2: shared under the fiscal system or through the original channel), so the three are one group (StudyGrant)."),
	}
}
