package welfare

import (
	"fmt"
	"slices"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Section 二、6 to 二、9: children, family-planning families, hardship
// workers, patients with severe mental disorders.

const (
	quoteChild       = "儿童福利机构养育的孤儿、社会散居孤儿、艾滋病病毒感染儿童、事实无人抚养儿童、低保低边中的重度残疾和三级四级精神、智力残疾儿童及低保低边中的其他困境儿童年基本生活最低养育标准均按不低于当地上年度城镇常住居民人均生活消费支出的 70%确定"
	quoteChildSevere = "低保低边中的重度残疾和三级四级精神、智力残疾儿童"
	quoteFP          = "对市区患重病的计生困难家庭、独生子女死亡或伤残家庭的父母和生活有特殊困难的计生家庭，以及计生困难家庭的留守儿童、留守妇女、留守老年人，经认定后分别给予3500元/户、3000元/户、1500元/户补助"
	quoteWorker      = "对建档困难职工家庭，经认定后给予每户每年不超过当地最低生活保障标准年度总和的生活帮扶"
	quoteGuardian    = "对有危险性评估等级风险患者的监护人有效履行监护责任给予I类患者每人每月150元，Ⅱ类患者每人每月400元的补助"
	quoteMentalCare  = "对纳入当地村（社）管理的特困供养、低保低边中的患者，为保障护理、照料等基本需要给予每人每月200元的补贴"
	quoteInjection   = "对治疗依从性差、弱监护或无监护、具有肇事肇祸风险的精神分裂症患者试行长效针剂注射治疗，经评估认定后给予患者每年每人1万元补助"
)

func familySpec() ([]rules.Param, []rules.Rule) {
	row := func(key, v string) rules.Row { return rules.Row{Keys: []string{key}, Value: d(v)} }
	params := []rules.Param{
		floor("child_living_share", rules.T("孤困儿童年基本生活最低养育标准占上年度城镇常住居民人均生活消费支出的比例", "children: share of last year's urban per-capita living consumption"),
			rules.Percent, "0.7", cite("二、6", quoteChild)),
		fixed("child_age_limit", rules.T("儿童年龄上限（未满）", "children: under this age"), rules.Year, "18",
			minorsLaw.Cite("第二条", "本法所称未成年人是指未满十八周岁的公民")),
		fixed("severe_disability_grade", rules.T("重度残疾的等级（一级、二级）", "severe disability: grades 1 to"), rules.Number, "2", cite("二、6", quoteChildSevere)),
		fixed("child_disability_grade", rules.T("精神、智力残疾儿童的等级下限（三级四级）", "mental or intellectual disability: grades from"), rules.Number, "3", cite("二、6", quoteChildSevere)),
		{Name: "fp_grant", Title: rules.T("计生困难家庭补助", "family-planning hardship grant"), Unit: YuanPerHousehold, Floor: true,
			History: []rules.Dated{{Value: rules.Table{Rows: []rules.Row{
				row(string(FPSeriousIllness), "3500"), row(string(FPOnlyChildLost), "3000"),
				row(string(FPSpecialHardship), "3000"), row(string(FPLeftBehind), "1500"),
			}}, Cite: cite("二、7", quoteFP)}}},
		{Name: "guardian_subsidy", Title: rules.T("监护人履责补助", "guardian subsidy"), Unit: YuanPerPersonMonth, Floor: true,
			History: []rules.Dated{{Value: rules.Table{Rows: []rules.Row{
				row(string(RiskClassI), "150"), row(string(RiskClassII), "400"),
			}}, Cite: cite("二、9", quoteGuardian)}}},
		floor("mental_care_subsidy", rules.T("困难患者护理照料补贴", "care subsidy of hardship patients"),
			YuanPerPersonMonth, "200", cite("二、9", quoteMentalCare)),
		floor("injection_subsidy", rules.T("长效针剂注射治疗补助", "long-acting injection treatment subsidy"),
			YuanPerPersonYear, "10000", cite("二、9", quoteInjection)),
	}
	return params, []rules.Rule{childRule(), familyPlanningRule(), workerRule(), mentalGuardianRule(), mentalCareRule(), mentalInjectionRule()}
}

func childRule() rules.Rule {
	direct := quoted(InstitutionOrphan, ScatteredOrphan, HIVChild, UnsupportedChild)
	return rules.Rule{
		ID:    RuleChildBasicLiving,
		Title: rules.T("孤困儿童基本生活最低养育标准", "minimum basic living standard of orphans and children in difficulty"),
		Cite:  cite("二、6", quoteChild),
		Inputs: []rules.Input{inBirthDate,
			rules.ChoiceInput("category", rules.T("儿童类别（经认定）", "recognised category of the child"), ChildCategories()...).Optional(string(NoChildCategory)),
			inStatus,
			rules.ChoiceInput("disability", rules.T("残疾类别", "kind of disability"), DisabilityKinds()...).Optional(string(NotDisabled)),
			rules.CountInput("disability_grade", rules.T("残疾等级（一级最重）", "grade of disability (1 the most severe)"), rules.Number,
				rules.Range{Lo: rules.Incl("0"), Hi: rules.Incl("4")}).Optional("0"),
			rules.NumberInput("living_consumption", rules.T("上年度当地城镇常住居民人均生活消费支出", "last year's local urban per-capita living consumption expenditure"),
				YuanPerPersonYear, rules.Range{Lo: rules.Excl("0")}),
			inHukou,
		},
		Defs: []rules.Def{defAge, defArea,
			{Name: "assisted", Title: rules.T("低保低边家庭", "a 低保 or 低边 household"), Expr: fmt.Sprintf("household_status in %s", quoted(Dibao, Dibian))},
			{Name: "severe", Title: rules.T("重度残疾", "severely disabled"),
				Expr: fmt.Sprintf("disability != %q && disability_grade <= severe_disability_grade", NotDisabled)},
			{Name: "mental_3_4", Title: rules.T("三级四级精神、智力残疾", "grade 3 or 4 mental or intellectual disability"),
				Expr: fmt.Sprintf("disability in %s && disability_grade >= child_disability_grade", quoted(Mental, Intellectual))},
			{Name: "yearly", Title: rules.T("年基本生活最低养育标准", "yearly minimum"), Expr: "living_consumption * child_living_share"},
		},
		Checks: []rules.Check{checkBorn, {Field: "disability_grade",
			Text: rules.T("残疾人有一至四级残疾等级，非残疾人等级为0", "a disabled child has a grade from 1 to 4, others grade 0"),
			Expr: fmt.Sprintf("(disability == %q) == (disability_grade == 0)", NotDisabled)}},
		Require: []rules.Condition{condWenzhou,
			{Name: "child", Text: rules.T("儿童（未满18周岁）", "a child (under 18)"), Expr: "age < child_age_limit"},
			{Name: "category", Text: rules.T("儿童福利机构养育的孤儿、社会散居孤儿、艾滋病病毒感染儿童、事实无人抚养儿童，或低保低边中的重度残疾、三级四级精神或智力残疾儿童及其他困境儿童",
				"an orphan (in an institution or scattered), an HIV-infected or de facto unsupported child, or a child of a 低保 or 低边 household who is severely disabled, has a grade 3–4 mental or intellectual disability, or is otherwise in difficulty"),
				Expr: fmt.Sprintf("category in %s || assisted && (severe || mental_3_4 || category == %q)", direct, ChildInDifficulty)},
		},
		Outputs: []rules.Output{
			{Name: "yearly", Title: rules.T("年基本生活最低养育标准", "yearly minimum basic living standard"), Unit: YuanPerPersonYear,
				Expr: "yearly", Round: roundFloor},
			{Name: "monthly", Title: rules.T("折合每月", "as a monthly figure"), Unit: YuanPerPersonMonth,
				Expr: "yearly / months_per_year", Round: roundFloor},
		},
		Reading: rules.T(
			"“儿童”指未满18周岁（未成年人保护法第二条；本文未另定）；“重度残疾”指一级、二级残疾；“三级四级精神、智力残疾”不含多重残疾；"+
				"“其他困境儿童”须经认定并在低保低边家庭中。标准为下限，各地可更高；进位到分。"+
				"本款未另定适用对象，按附则1限温州户籍（孤儿、事实无人抚养儿童等亦同）。",
			"“儿童” is under 18 full years (Law on the Protection of Minors art. 2; the document sets no age); “重度残疾” is "+
				"grade 1 or 2; “三级四级精神、智力残疾” does not include multiple disability; “其他困境儿童” must be recognised "+
				"and in a 低保 or 低边 household. The standard is a minimum a locality may exceed, rounded up to the fen. "+
				"The clause says nothing otherwise of whom it covers, so 附则1 holds it to Wenzhou registrations, orphans and "+
				"unsupported children included."),
	}
}

func familyPlanningRule() rules.Rule {
	return rules.Rule{
		ID:    RuleFamilyPlanningGrant,
		Title: rules.T("计生困难家庭补助", "family-planning hardship grant"),
		Cite:  cite("二、7", quoteFP),
		Inputs: []rules.Input{inHukou,
			rules.ChoiceInput("category", rules.T("计生困难家庭类别（经认定）", "recognised family-planning hardship category"),
				FamilyPlanningCategories()...).Optional(string(FPNone)),
		},
		Defs: []rules.Def{{Name: "area", Title: rules.T("户籍所在区域", "area of the registration"), Expr: "locality_area[hukou]"}},
		Require: []rules.Condition{
			{Name: "urban", Text: rules.T("市区", "registered in 市区"), Expr: fmt.Sprintf("area == %q", areaUrban), Cite: cite("附则1", quoteUrban)},
			{Name: "recognised", Text: rules.T("经认定的计生困难家庭类别", "a recognised family-planning hardship category"),
				Expr: fmt.Sprintf("category != %q", FPNone)},
		},
		Outputs: []rules.Output{{Name: "grant", Title: rules.T("补助", "grant"), Unit: YuanPerHousehold, Expr: "fp_grant[category]"}},
		Reading: rules.T(
			"“分别”依次对应：患重病的计生困难家庭3500元/户；独生子女死亡或伤残家庭的父母和生活有特殊困难的计生家庭3000元/户；"+
				"计生困难家庭的留守儿童、留守妇女、留守老年人1500元/户。原文未定期限，按每次认定给予。",
			"“分别” pairs in order: serious illness 3,500 per household; parents of a family whose only child died or is "+
				"disabled, and family-planning families in special difficulty, 3,000; the left-behind children, women and "+
				"elderly of family-planning hardship families, 1,500. The text states no period: one grant per recognition."),
	}
}

func workerRule() rules.Rule {
	return rules.Rule{
		ID:    RuleWorkerLivingAid,
		Title: rules.T("建档困难职工生活帮扶", "living aid of registered hardship workers"),
		Cite:  cite("二、8", quoteWorker),
		Inputs: []rules.Input{
			rules.FlagInput("registered", rules.T("经认定的建档困难职工家庭", "a recognised registered hardship worker's household")).Optional(false),
			inDibaoStandard, inHukou,
		},
		Defs: []rules.Def{defArea},
		Require: []rules.Condition{condWenzhou, {Name: "registered", Text: rules.T("经认定的建档困难职工家庭", "a recognised registered hardship worker's household"),
			Expr: "registered"}},
		Outputs: []rules.Output{{Name: "max_aid", Title: rules.T("每户每年生活帮扶上限", "yearly aid per household, at most"),
			Unit: YuanPerHouseholdYear, Expr: "dibao_standard * months_per_year"}},
		Reading: rules.T("上限为当地月低保标准×12（一人全年的标准总和），实际帮扶额由工会认定、不超过此数。"+
			"工会建档的认定不是本政策的“另有规定”：本款未另定适用对象，按附则1限温州户籍。",
			"the cap is the local monthly 低保 standard × 12 (one person's standard for a year); the union decides the aid, up to the cap. "+
				"The union's register is a recognition, not a provision of the policy saying otherwise (附则1: 除政策另有规定外): "+
				"the clause says nothing otherwise of whom it covers, so it is held to Wenzhou registrations."),
	}
}

// checkGuardianship refuses a case that gives both weak or no guardianship
// and a guardian who effectively fulfils the duty: the guardian subsidy
// and the injection subsidy rest on opposite findings.
var checkGuardianship = rules.Check{Field: "weak_guardianship",
	Text: rules.T("弱监护或无监护与监护人有效履行监护责任不能同时成立",
		"weak or no guardianship and a guardian who effectively fulfils the duty exclude each other"),
	Expr: "!(weak_guardianship && guardian_fulfils)"}

// Inputs of the rules of 二、9.
var (
	inPatient         = rules.FlagInput("patient", rules.T("纳入管理的严重精神障碍患者", "patient with a severe mental disorder under management")).Optional(false)
	inGuardianFulfils = rules.FlagInput("guardian_fulfils", rules.T("监护人有效履行监护责任", "the guardian effectively fulfils the duty")).Optional(false)
	inWeakGuardian    = rules.FlagInput("weak_guardianship", rules.T("弱监护或无监护", "weak or no guardianship")).Optional(false)
	condPatient       = rules.Condition{Name: "patient", Text: rules.T("纳入管理的严重精神障碍患者", "a patient with a severe mental disorder under management"), Expr: "patient"}
)

func mentalGuardianRule() rules.Rule {
	return rules.Rule{
		ID:    RuleMentalGuardianSubsidy,
		Title: rules.T("严重精神障碍患者监护补助", "guardian subsidy of patients with severe mental disorders"),
		Cite:  cite("二、9", quoteGuardian),
		Inputs: []rules.Input{inPatient,
			rules.ChoiceInput("risk_class", rules.T("危险性评估类别", "risk class"), RiskClasses()...).Optional(string(NoRiskClass)),
			inGuardianFulfils, inWeakGuardian, inHukou,
		},
		Defs:   []rules.Def{defArea},
		Checks: []rules.Check{checkGuardianship},
		Require: []rules.Condition{condWenzhou, condPatient,
			{Name: "risk_class", Text: rules.T("有危险性评估等级风险的患者（Ⅰ类或Ⅱ类）", "a patient with a risk class (Ⅰ or Ⅱ)"),
				Expr: fmt.Sprintf("risk_class != %q", NoRiskClass)},
			{Name: "guardian_fulfils", Text: rules.T("监护人有效履行监护责任", "the guardian effectively fulfils the duty"), Expr: "guardian_fulfils"},
		},
		Outputs: []rules.Output{
			{Name: "monthly", Title: rules.T("每月监护补助", "monthly guardian subsidy"), Unit: YuanPerPersonMonth, Expr: "guardian_subsidy[risk_class]"},
		},
		Reading: rules.T(
			"监护补助按月，Ⅰ类150元、Ⅱ类400元，付给有效履责的监护人。本款未另定适用对象，按附则1限温州户籍。"+
				"“监护人有效履行监护责任”与“弱监护或无监护”相互排斥：同时给出的为无效输入，不在相互矛盾的事实上给予。",
			"the guardian subsidy is monthly, class Ⅰ 150 and class Ⅱ 400, paid to a guardian who fulfils the duty. The "+
				"clause says nothing otherwise of whom it covers, so 附则1 holds it to Wenzhou registrations. "+
				"“监护人有效履行监护责任” and “弱监护或无监护” exclude each other: a case giving both is an invalid input, so "+
				"nothing is paid on contradictory facts."),
	}
}

func mentalCareRule() rules.Rule {
	return rules.Rule{
		ID:    RuleMentalCareSubsidy,
		Title: rules.T("严重精神障碍患者护理照料补贴", "care subsidy of hardship patients with severe mental disorders"),
		Cite:  cite("二、9", quoteMentalCare),
		Inputs: []rules.Input{inPatient,
			rules.FlagInput("community_managed", rules.T("纳入当地村（社）管理", "under village or community management")).Optional(false),
			inTekun, inStatus, inHukou,
		},
		Defs: []rules.Def{defArea},
		Require: []rules.Condition{condWenzhou, condPatient,
			{Name: "community_managed", Text: rules.T("纳入当地村（社）管理", "under village or community management"), Expr: "community_managed"},
			{Name: "hardship", Text: rules.T("特困供养、低保低边中的患者", "a 特困, 低保 or 低边 patient"),
				Expr: fmt.Sprintf("(tekun_support != %q || household_status in %s)", NotTekun, quoted(Dibao, Dibian))},
		},
		Outputs: []rules.Output{
			{Name: "monthly", Title: rules.T("每月护理照料补贴", "monthly care subsidy"), Unit: YuanPerPersonMonth, Expr: "mental_care_subsidy"},
		},
		Reading: rules.T(
			"护理照料补贴按月200元，给予纳入当地村（社）管理的特困供养、低保低边中的患者；不以监护为条件。本款未另定适用对象，按附则1限温州户籍。",
			"the care subsidy is 200 a month, for 特困, 低保 or 低边 patients under village or community management; it does "+
				"not rest on guardianship. The clause says nothing otherwise of whom it covers, so 附则1 holds it to Wenzhou "+
				"registrations."),
	}
}

func mentalInjectionRule() rules.Rule {
	return rules.Rule{
		ID:    RuleMentalInjectionSubsidy,
		Title: rules.T("精神分裂症患者长效针剂注射治疗补助", "long-acting injection treatment subsidy of schizophrenia patients"),
		Cite:  cite("二、9", quoteInjection),
		Inputs: []rules.Input{inPatient,
			rules.FlagInput("schizophrenia", rules.T("精神分裂症", "schizophrenia")).Optional(false),
			rules.FlagInput("poor_compliance", rules.T("治疗依从性差", "poor treatment compliance")).Optional(false),
			inWeakGuardian,
			rules.FlagInput("incident_risk", rules.T("具有肇事肇祸风险", "risk of causing incidents")).Optional(false),
			rules.FlagInput("injection_approved", rules.T("经评估认定", "assessed and approved")).Optional(false),
			inGuardianFulfils, inHukou,
		},
		Defs:   []rules.Def{defArea},
		Checks: []rules.Check{checkGuardianship},
		Require: []rules.Condition{condWenzhou, condPatient,
			{Name: "schizophrenia", Text: rules.T("精神分裂症患者", "a schizophrenia patient"), Expr: "schizophrenia"},
			{Name: "poor_compliance", Text: rules.T("治疗依从性差", "poor treatment compliance"), Expr: "poor_compliance"},
			{Name: "weak_guardianship", Text: rules.T("弱监护或无监护", "weak or no guardianship"), Expr: "weak_guardianship"},
			{Name: "incident_risk", Text: rules.T("具有肇事肇祸风险", "a risk of causing incidents"), Expr: "incident_risk"},
			{Name: "injection_approved", Text: rules.T("经评估认定", "assessed and approved"), Expr: "injection_approved"},
		},
		Outputs: []rules.Output{
			{Name: "yearly", Title: rules.T("每年长效针剂补助", "yearly long-acting injection subsidy"), Unit: YuanPerPersonYear, Expr: "injection_subsidy"},
		},
		Reading: rules.T(
			"长效针剂补助按年1万元，治疗依从性差、弱监护或无监护、具有肇事肇祸风险三项须同时具备并经评估认定。本款未另定适用对象，按附则1限温州户籍。"+
				"“监护人有效履行监护责任”与“弱监护或无监护”相互排斥：同时给出的为无效输入，不在相互矛盾的事实上给予。",
			"the injection subsidy is 10,000 a year and needs poor compliance, weak or no guardianship and a risk of "+
				"incidents together, with an assessment. The clause says nothing otherwise of whom it covers, so 附则1 holds "+
				"it to Wenzhou registrations. “监护人有效履行监护责任” and “弱监护或无监护” exclude each other: a case giving "+
				"both is an invalid input, so nothing is paid on contradictory facts."),
	}
}

// ChildBasicLiving is the minimum basic living standard of a child.
type ChildBasicLiving struct {
	Amount  decimal.Decimal `rule:"yearly"` // 元/人·年, at least
	Unit    rules.Unit
	Monthly decimal.Decimal `rule:"monthly"` // the same, 元/人·月
	rules.Outcome[MemberCase]
}

// ChildBasicLiving returns the yearly minimum basic living standard
// (年基本生活最低养育标准, 二、6) of an orphan or a child in difficulty: at
// least 70% of last year's local urban per-capita living consumption
// expenditure (LocalStandards.UrbanLivingConsumption), and the monthly
// figure.
func (e *Evaluator) ChildBasicLiving(on rules.Date, c MemberCase) (ChildBasicLiving, error) {
	r, err := e.child.Eval(on, c)
	if err != nil {
		return r, err
	}
	r.Unit = e.units.child
	return r, nil
}

// familyPlanningCase is a household's case of 二、7: its locality and its
// recognised category, which the rule names category.
type familyPlanningCase struct {
	Household
	Category FamilyPlanningCategory `rule:"category"`
}

// FamilyPlanningGrant is the grant of a family-planning hardship household.
type FamilyPlanningGrant struct {
	Amount decimal.Decimal `rule:"grant"` // 元/户
	Unit   rules.Unit
	rules.Outcome[familyPlanningCase]
}

// FamilyPlanningGrant returns the grant per household (计生困难家庭补助,
// 二、7) of a recognised family-planning hardship household in 市区: 3,500
// yuan for serious illness, 3,000 for a lost or disabled only child or
// special hardship, 1,500 for left-behind members.
func familyPlanningCaseOf(h Household) familyPlanningCase {
	return familyPlanningCase{Household: h, Category: h.FamilyPlanning}
}

func (e *Evaluator) FamilyPlanningGrant(on rules.Date, h Household) (FamilyPlanningGrant, error) {
	r, err := e.familyPlanning.Eval(on, familyPlanningCaseOf(h))
	if err != nil {
		return r, err
	}
	r.Unit = e.units.familyPlanning
	return r, nil
}

// WorkerLivingAid is the most a hardship worker's household may receive as
// living aid in a year.
type WorkerLivingAid struct {
	Amount decimal.Decimal `rule:"max_aid"` // 元/户·年
	Unit   rules.Unit
	rules.Outcome[HouseholdCase]
}

// WorkerLivingAid returns the most a registered hardship worker's household
// may receive as living aid in a year (建档困难职工生活帮扶, 二、8): the local
// monthly 低保 standard × 12.
func (e *Evaluator) WorkerLivingAid(on rules.Date, c HouseholdCase) (WorkerLivingAid, error) {
	r, err := e.worker.Eval(on, c)
	if err != nil {
		return r, err
	}
	r.Unit = e.units.worker
	return r, nil
}

// mentalCase is a member's case of the subsidies of 二、9: the member's
// [MentalHealth], and whether the member is a patient at all (a member
// without Member.Mental is none). Each rule reads the facts it declares.
type mentalCase struct {
	MemberCase
	MentalHealth
	Patient bool `rule:"patient"`
}

func mentalOf(c MemberCase) mentalCase {
	in := mentalCase{MemberCase: c, Patient: c.Mental != nil}
	if c.Mental != nil {
		in.MentalHealth = *c.Mental
	}
	return in
}

// MentalGuardianSubsidy is the monthly subsidy of a patient's guardian.
type MentalGuardianSubsidy struct {
	Amount decimal.Decimal `rule:"monthly"` // 元/人·月
	Unit   rules.Unit
	// Payee is the guardian it is paid to, when granted: named, or not
	// stated (Payee.Missing) when the household data does not say who the
	// guardian is (MentalHealth.Guardian).
	Payee *Payee
	rules.Outcome[mentalCase]
}

// Payee is the person a benefit is paid to when that is not the member or
// household it is assessed for: the guardian of 二、9
// (对…患者的监护人…给予…补助).
type Payee struct {
	Role string `json:"role"` // the document's word for the payee: 监护人
	// Name is the payee's name; Member the payee's index in
	// Household.Members, -1 for a person outside the household or one not
	// stated.
	Name   string `json:"name,omitempty"`
	Member int    `json:"member"`
	// Missing is, when the household data does not say who the payee is,
	// the fact that would ("Member.Mental.Guardian"); "" when stated.
	Missing string `json:"missing,omitempty"`
}

// String renders the payee in Chinese: 监护人 张三（成员2）, 监护人 李四（家庭外）,
// or 监护人（未载明：Member.Mental.Guardian）.
func (p Payee) String() string { return p.Text(rules.Chinese) }

// Text renders the payee in lang: in English "the guardian 张三 (member 2)",
// "the guardian 李四 (outside the household)" or "the guardian (not
// stated: Member.Mental.Guardian)".
func (p Payee) Text(lang rules.Lang) string {
	role := p.Role
	if lang == rules.English && role == "监护人" {
		role = "the guardian"
	}
	switch {
	case p.Missing != "" && lang == rules.English:
		return role + " (not stated: " + p.Missing + ")"
	case p.Missing != "":
		return role + "（未载明：" + p.Missing + "）"
	case p.Member >= 0 && lang == rules.English:
		return fmt.Sprintf("%s %s (member %d)", role, p.Name, p.Member+1)
	case p.Member >= 0:
		return fmt.Sprintf("%s %s（成员%d）", role, p.Name, p.Member+1)
	case lang == rules.English:
		return role + " " + p.Name + " (outside the household)"
	}
	return role + " " + p.Name + "（家庭外）"
}

// inputGuardian names the guardian's identity among the facts a benefit
// reads: the guardian subsidy's payee, which Go gathers beside the rule.
const inputGuardian = "guardian"

// guardianPayee is the payee of a patient's guardian subsidy. Who the
// guardian is decides neither the subsidy nor its figure — the clause rests
// them on the risk class and the guardian's fulfilling the duty — only whom
// it is paid to: not stated, the payee says so. A guardian the household
// data cannot name (a member not in it) is an invalid input naming the
// guardian.
func guardianPayee(h Household, m Member) (*Payee, error) {
	p := &Payee{Role: "监护人", Member: -1}
	if m.Mental == nil || m.Mental.Guardian == nil {
		p.Missing = "Member.Mental.Guardian"
		return p, nil
	}
	g := *m.Mental.Guardian
	i := slices.IndexFunc(h.Members, func(x Member) bool { return x.Mental == m.Mental })
	if _, msg := guardianFault(h, i, g); msg != nil {
		return nil, invalidFact(RuleMentalGuardianSubsidy, inputGuardian, *msg)
	}
	p.Name = g.Name
	if g.Member != nil {
		p.Member, p.Name = *g.Member, h.Members[*g.Member].Name
	}
	return p, nil
}

// MentalGuardianSubsidy returns the monthly subsidy (监护补助, 二、9) paid to
// the guardian of a class Ⅰ (150 yuan) or class Ⅱ (400 yuan) patient who
// effectively fulfils the duty of guardianship, with the guardian it is
// paid to (Payee; MentalHealth.Guardian). A guardian not stated leaves the
// subsidy granted, with its payee not stated: who the guardian is decides
// neither the subsidy nor its figure. A guardian that is not a member of
// the household, the patient, or neither a member nor named is an invalid
// input naming guardian.
func (e *Evaluator) MentalGuardianSubsidy(on rules.Date, c MemberCase) (MentalGuardianSubsidy, error) {
	r, err := e.guardian.Eval(on, mentalOf(c))
	if err != nil {
		return r, err
	}
	r.Unit = e.units.guardian
	if r.Eligible() {
		if r.Payee, err = guardianPayee(c.Household, c.Member); err != nil {
			return MentalGuardianSubsidy{}, err
		}
	}
	return r, nil
}

// MentalCareSubsidy is the monthly care subsidy of a patient.
type MentalCareSubsidy struct {
	Amount decimal.Decimal `rule:"monthly"` // 元/人·月
	Unit   rules.Unit
	rules.Outcome[mentalCase]
}

// MentalCareSubsidy returns the monthly care subsidy (护理照料补贴, 二、9) of
// a 特困, 低保 or 低边 patient under village or community management: 200
// yuan.
func (e *Evaluator) MentalCareSubsidy(on rules.Date, c MemberCase) (MentalCareSubsidy, error) {
	r, err := e.mentalCare.Eval(on, mentalOf(c))
	if err != nil {
		return r, err
	}
	r.Unit = e.units.mentalCare
	return r, nil
}

// MentalInjectionSubsidy is the yearly subsidy of a patient's long-acting
// injection treatment.
type MentalInjectionSubsidy struct {
	Amount decimal.Decimal `rule:"yearly"` // 元/人·年
	Unit   rules.Unit
	rules.Outcome[mentalCase]
}

// MentalInjectionSubsidy returns the yearly subsidy (长效针剂注射治疗补助,
// 二、9) of a schizophrenia patient with poor compliance, weak or no
// guardianship and a risk of incidents, once assessed: 10,000 yuan.
func (e *Evaluator) MentalInjectionSubsidy(on rules.Date, c MemberCase) (MentalInjectionSubsidy, error) {
	r, err := e.injection.Eval(on, mentalOf(c))
	if err != nil {
		return r, err
	}
	r.Unit = e.units.injection
	return r, nil
}
