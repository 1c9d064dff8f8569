package welfare

import (
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Section 八 (常住地提供基本公共服务): residence permits, the bus and
// sanitation workers' rent subsidy (housing.go) and high school for
// migrants' children.

// permitCase is the case of welfare.residence.permit.
type permitCase struct {
	Worker              bool          `rule:"migrant_worker"`
	Origin              MigrantOrigin `rule:"origin"`
	ZhejiangPermit      bool          `rule:"zhejiang_permit"`
	RegisteredMonths    int           `rule:"registered_months,omitzero"`
	RegisteredInWenzhou bool          `rule:"registered_in_wenzhou"`
}

// ResidencePermit says whether a migrant worker may get a residence permit
// directly (八、25), and on what ground.
type ResidencePermit struct {
	// Route is the ground: 持有有效浙江省居住证, or the months of
	// registration; "" when not eligible.
	Route string `rule:"route"`
	rules.Outcome[permitCase]
}

func permitCaseOf(m Member) permitCase {
	mg := m.Migrant
	if mg == nil {
		return permitCase{}
	}
	return permitCase{Worker: mg.Worker, Origin: mg.From, ZhejiangPermit: mg.ZhejiangPermit, RegisteredMonths: mg.RegisteredMonths,
		RegisteredInWenzhou: mg.RegisteredInWenzhou}
}

// ResidencePermit says whether a migrant worker may get a residence permit
// directly (直接办理居住证, 八、25): one who came from another Zhejiang city
// or moves between Wenzhou's counties, and holds a valid Zhejiang residence
// permit or has 6 months of residence registration in Zhejiang and is now
// registered in Wenzhou (Member.Migrant).
func (e *Evaluator) ResidencePermit(on rules.Date, m Member) (res ResidencePermit, err error) {
	in := permitCaseOf(m)
	err = e.permit.EvalInto(on, &in, &res)
	return res, err
}

// origin is where the household is registered, as 八、27 tells it: a
// Wenzhou locality is 温州户籍; one outside Wenzhou (市外), the household's
// Origin. A locality not given is missing, and one none of the document's
// is invalid: neither is read as outside Wenzhou.
func origin(h Household) (HukouOrigin, error) {
	switch {
	case h.Locality == "":
		return "", invalidFact(RuleHighSchoolParity, "hukou", rules.T("未提供", "missing"))
	case h.Locality.Wenzhou():
		return WenzhouHukou, nil
	}
	if err := known(RuleHighSchoolParity, "hukou", h.Locality, Localities()); err != nil {
		return "", err
	}
	return h.Origin, nil // 市外
}

// parityCase is the case of welfare.education.high_school_parity: the
// student's registration as 八、27 tells it, and the year of graduation,
// are gathered in Go.
type parityCase struct {
	Origin            HukouOrigin `rule:"origin"`
	Level             StudyLevel  `rule:"level"`
	SchoolStatus      bool        `rule:"school_status"`
	GraduationYear    int         `rule:"graduation_year,omitzero"`
	GraduatedOn       rules.Date  `rule:"graduated_on"`
	ParentPermitSince rules.Date  `rule:"parent_permit_since"`
	JuniorYears       int         `rule:"junior_years,omitzero"`
}

// HighSchoolParity says whether a junior-high graduate registered outside
// Wenzhou gets same-city treatment in high school (八、27).
type HighSchoolParity struct {
	SameCity bool `rule:"same_city"` // 就读高中享受同城待遇
	// RequiredPermitYears are the years of a parent's permit an
	// out-of-province student needs; zero for others.
	RequiredPermitYears int `rule:"required_permit_years"`
	rules.Outcome[parityCase]
}

func parityCaseOf(h Household, m Member) (parityCase, error) {
	from, err := origin(h)
	if err != nil {
		return parityCase{}, err
	}
	c := parityCase{Origin: from}
	if st := m.Student; st != nil {
		c.Level, c.SchoolStatus, c.GraduatedOn, c.ParentPermitSince, c.JuniorYears = st.Level, st.SchoolStatusInWenzhou, st.GraduatedOn,
			st.ParentPermitSince, st.JuniorYearsInWenzhou
		switch {
		case st.GraduationYear != 0:
			c.GraduationYear = st.GraduationYear
		case !st.GraduatedOn.IsZero():
			c.GraduationYear = st.GraduatedOn.Year()
		}
	}
	return c, nil
}

// HighSchoolParity says whether a junior-high graduate registered outside
// Wenzhou gets same-city treatment in high school (就读高中享受同城待遇,
// 八、27): a Zhejiang student with school status in Wenzhou; an
// out-of-province student in the year of graduation (应届) after 3
// consecutive years at a Wenzhou junior high, whose parent or guardian had
// held a Zhejiang residence permit in Wenzhou, on the day of graduation
// (Student.GraduatedOn), for 1 year (graduating from 2021), 2 years (from
// 2023) or 3 years (from 2024). For an out-of-province student a fact not
// given — the day of graduation, the permit's date, the years in Wenzhou
// — is an error naming it, not a denial. The household's registration is
// h.Locality: a Wenzhou one is 温州户籍, 市外 takes h.Origin; a locality not
// given is missing and one none of the document's invalid (hukou).
func (e *Evaluator) HighSchoolParity(on rules.Date, mc MemberCase) (HighSchoolParity, error) {
	h, m := mc.Household, mc.Member
	c, err := parityCaseOf(h, m)
	if err != nil {
		return HighSchoolParity{}, err
	}
	return e.parity.Eval(on, c)
}

const (
	quoteResidence = "对外来务工人员从浙江省内其他城市流入我市，或在市域内各县（市、区）之间流动，持有有效浙江省居住证，或在浙江省内跨市域、跨县域累计居住登记时间达到6个月且目前居住登记在温州的，可直接办理居住证"
	quoteParityIn  = "在我市取得学籍就读的省内非温州户籍应届、往届初中毕业生"
	quoteParityOut = "以及父母其中一方或法定监护人在我市范围内已取得浙江省居住证（2021年起需一年以上，2023年起需两年以上，2024年起需三年以上）、在本市初中学校取得学籍连续就读三年的省外应届初中毕业生，其就读高中均享受同城待遇"
)

func residenceSpec() ([]rules.Param, []rules.Rule) {
	params := []rules.Param{
		fixed("residence_registration_months", rules.T("省内累计居住登记月数", "months of residence registration in Zhejiang"), rules.Month, "6", cite("八、25", quoteResidence)),
		{Name: "parity_permit_years", Title: rules.T("省外初中毕业生父母（监护人）持浙江省居住证的年限（按毕业年份）", "years a parent of an out-of-province graduate has held a Zhejiang residence permit, by year of graduation"),
			Unit: rules.Year,
			History: []rules.Dated{{Value: &rules.Bracket{Of: rules.Number, Bands: []rules.Band{
				{Range: rules.Range{Lo: rules.Incl("2021"), Hi: rules.Excl("2023")}, Value: d("1")},
				{Range: rules.Range{Lo: rules.Incl("2023"), Hi: rules.Excl("2024")}, Value: d("2")},
				{Range: rules.Range{Lo: rules.Incl("2024")}, Value: d("3")},
			}}, Cite: cite("八、27", quoteParityOut)}}},
		fixed("parity_junior_years", rules.T("在本市初中学校连续就读年数", "consecutive years at a Wenzhou junior high school"), rules.Year, "3", cite("八、27", quoteParityOut)),
	}
	return params, []rules.Rule{residencePermitRule(), sanitationWorkerRule(), parityRule()}
}

func residencePermitRule() rules.Rule {
	return rules.Rule{
		ID:    RuleResidencePermit,
		Title: rules.T("直接办理居住证", "residence permit without waiting"),
		Cite:  cite("八、25", quoteResidence),
		Inputs: []rules.Input{
			rules.FlagInput("migrant_worker", rules.T("外来务工人员", "a migrant worker")).Optional(false),
			rules.ChoiceInput("origin", rules.T("流入方式", "where the worker came from"), MigrantOrigins()...),
			rules.FlagInput("zhejiang_permit", rules.T("持有有效浙江省居住证", "holds a valid Zhejiang residence permit")).Optional(false),
			rules.CountInput("registered_months", rules.T("在浙江省内跨市域、跨县域累计居住登记月数", "cumulative months of residence registration across Zhejiang's cities and counties"),
				rules.Month, rules.Range{Lo: rules.Incl("0")}).Omittable(),
			rules.FlagInput("registered_in_wenzhou", rules.T("目前居住登记在温州", "residence now registered in Wenzhou")).Optional(false),
		},
		Require: []rules.Condition{
			{Name: "migrant_worker", Text: rules.T("外来务工人员", "a migrant worker"), Expr: "migrant_worker"},
			{Name: "within_zhejiang", Text: rules.T("从浙江省内其他城市流入我市，或在市域内各县（市、区）之间流动", "came from another Zhejiang city, or moves between Wenzhou's counties and districts"),
				Expr: fmt.Sprintf("origin in %s", quoted(FromZhejiang, WithinWenzhou))},
			{Name: "permit_or_registration", Text: rules.T("持有有效浙江省居住证，或省内累计居住登记时间达到6个月且目前居住登记在温州",
				"holds a valid Zhejiang residence permit, or has 6 months of registration in Zhejiang and is now registered in Wenzhou"),
				Expr: "zhejiang_permit || registered_in_wenzhou && registered_months >= residence_registration_months"},
		},
		Outputs: []rules.Output{{Name: "route", Title: rules.T("依据", "on what ground"),
			Expr: `zhejiang_permit ? "持有有效浙江省居住证" : "省内累计居住登记达到规定时间且目前居住登记在温州"`}},
		Reading: rules.T("“从浙江省内其他城市流入我市，或在市域内各县（市、区）之间流动”限定两种情形；“达到6个月”含6个月；无居住证而目前居住登记在温州的，须给出累计登记月数，未给出的报告缺少。",
			"“came from another Zhejiang city or moves within Wenzhou” binds both grounds; “达到6个月” includes 6 months; without a "+
				"permit and now registered in Wenzhou, the months of registration are needed and reported missing when not given."),
	}
}

func parityRule() rules.Rule {
	// The conditions of a student registered outside the province.
	out := fmt.Sprintf("origin == %q", OtherProvinceHukou)
	// The engine has no year(): the first day of the year of graduation is
	// 2000-01-01 moved by the years between.
	yearStart := `add_years(date("2000-01-01"), graduation_year - 2000)`
	return rules.Rule{
		ID:    RuleHighSchoolParity,
		Title: rules.T("随迁子女就读高中同城待遇", "same-city treatment in high school for migrants' children"),
		Cite:  cite("八、27", quoteParityOut),
		Inputs: []rules.Input{
			rules.ChoiceInput("origin", rules.T("学生户籍", "the student's registration"), HukouOrigins()...),
			inLevel,
			rules.FlagInput("school_status", rules.T("在我市初中学校取得学籍", "school status at a Wenzhou junior high school")).Optional(false),
			rules.CountInput("graduation_year", rules.T("初中毕业年份", "year of junior-high graduation"), rules.Number,
				rules.Range{Lo: rules.Incl("2021"), Hi: rules.Incl("9999")}).Omittable(),
			rules.DateInput("graduated_on", rules.T("初中毕业之日", "day of junior-high graduation")).Omittable(),
			rules.DateInput("parent_permit_since", rules.T("父母一方或法定监护人在我市取得浙江省居住证之日", "since when a parent or guardian has held a Zhejiang residence permit in Wenzhou")).Omittable(),
			rules.CountInput("junior_years", rules.T("在本市初中学校连续就读年数", "consecutive years at a Wenzhou junior high school"), rules.Year, rules.Range{Lo: rules.Incl("0")}).Omittable(),
		},
		Defs: []rules.Def{
			{Name: "required_years", Title: rules.T("所需持证年限", "years of permit required"), Expr: "bracket(parity_permit_years, graduation_year)"},
			{Name: "year_of_graduation", Title: rules.T("毕业年度的第一日", "first day of the year of graduation"), Expr: yearStart},
			{Name: "fresh", Title: rules.T("应届（评估日期在毕业年度内）", "graduating this year (the evaluation falls in the year of graduation)"),
				Expr: "eval_date < add_years(year_of_graduation, 1)"},
			{Name: "permit_years", Title: rules.T("毕业之日已持证年数（周年）", "full years the permit had been held on the day of graduation"), Expr: "full_years(parent_permit_since, graduated_on)"},
		},
		Checks: []rules.Check{
			{Field: "parent_permit_since", Text: rules.T("取得居住证之日不晚于评估日期", "the permit was obtained on or before the evaluation date"),
				Expr: "!given(parent_permit_since) || parent_permit_since <= eval_date"},
			{Field: "graduation_year", Text: rules.T("毕业年份不晚于评估日期所在年份", "the year of graduation is not after the year of the evaluation"),
				Expr: "!given(graduation_year) || year_of_graduation <= eval_date"},
			{Field: "graduated_on", Text: rules.T("毕业之日在毕业年份内", "the day of graduation falls in the year of graduation"),
				Expr: "!given(graduated_on) || !given(graduation_year) || graduated_on >= year_of_graduation && graduated_on < add_years(year_of_graduation, 1)"},
		},
		Require: []rules.Condition{
			{Name: "not_wenzhou", Text: rules.T("省内非温州户籍或省外户籍", "registered in Zhejiang outside Wenzhou, or outside Zhejiang"),
				Expr: fmt.Sprintf("origin != %q", WenzhouHukou), Cite: cite("八、27", quoteParityIn)},
			{Name: "junior_graduate", Text: rules.T("初中毕业生", "a junior-high graduate"), Expr: fmt.Sprintf("level == %q", JuniorHigh), Cite: cite("八、27", quoteParityIn)},
			{Name: "school_status", Text: rules.T("在我市取得学籍", "with school status in Wenzhou"), Expr: "school_status", Cite: cite("八、27", quoteParityIn)},
			{Name: "fresh", Text: rules.T("省外户籍的须为应届初中毕业生（评估在毕业年度内）", "an out-of-province student graduates this year (the evaluation falls in the year of graduation)"), When: out, Expr: "fresh"},
			{Name: "three_years", Text: rules.T("省外户籍的在本市初中学校取得学籍连续就读三年", "an out-of-province student studied 3 consecutive years at a Wenzhou junior high"),
				When: out, Expr: "junior_years >= parity_junior_years"},
			{Name: "parent_permit", Text: rules.T("省外户籍的，毕业时父母其中一方或法定监护人在我市已取得浙江省居住证满规定年限（2021年起一年以上，2023年起两年以上，2024年起三年以上）",
				"for an out-of-province student, on graduating a parent or guardian had held a Zhejiang residence permit in Wenzhou for the years required (1 from 2021, 2 from 2023, 3 from 2024)"),
				When: out, Expr: "permit_years >= required_years"},
		},
		Outputs: []rules.Output{
			{Name: "same_city", Title: rules.T("就读高中享受同城待遇", "same-city treatment in high school"), Expr: "true"},
			{Name: "required_permit_years", Title: rules.T("所需持证年限（省外户籍）", "years of permit required (out of province)"), Unit: rules.Year,
				Expr: fmt.Sprintf("origin == %q ? required_years : 0", OtherProvinceHukou), Always: true},
		},
		Reading: rules.T(
			"年份按初中毕业年份（即升入高中之年）：2021、2022年毕业的须持证一年以上，2023年两年以上，2024年起三年以上，“以上”含本数；"+
				"“已取得”的持证年数按初中毕业之日（应届毕业生毕业、升入高中之时）的周年计，不按评估日期：评估晚于毕业不使证龄增长，毕业前评估的按所报毕业之日计；毕业之日须在毕业年份内。"+
				"“应届”为评估日期在毕业年份内，次年起为往届；毕业年份不得晚于评估日期所在年份。省外户籍学生的毕业年份、毕业之日、父母取得居住证之日和连续就读年数未给出的，报告缺少，不作否定。"+
				"省内非温州户籍的应届、往届毕业生在我市取得学籍即可；温州户籍学生本即享受，不在本款。",
			"the year is that of junior-high graduation (entering high school): graduates of 2021 and 2022 need a permit of 1 "+
				"year or more, 2023 two, 2024 on three, the figure included; the years the permit was “already held” are full "+
				"years on the day of junior-high graduation (when a fresh graduate leaves for high school), not on the evaluation "+
				"date: a late evaluation does not age the permit, and one before graduation counts to the day of graduation given; "+
				"that day falls in the year of graduation. “应届” is an evaluation in the year of graduation; from the next year the "+
				"student is 往届; the year of graduation is not after the evaluation's. For an out-of-province student, the year "+
				"and day of graduation, the permit's date and the years at a Wenzhou junior high are reported missing when not "+
				"given, never taken as a denial. In-province students from outside Wenzhou, this year's or earlier graduates, need "+
				"only Wenzhou school status; Wenzhou students have the treatment anyway and are outside the clause."),
	}
}

// sanitationCase is the case of welfare.housing.sanitation_worker_subsidy:
// the household's worker (gathered in Go) and its housing.
type sanitationCase struct {
	Hukou          Locality    `rule:"hukou"`
	Occupation     Occupation  `rule:"occupation"`
	FrontLine      bool        `rule:"front_line"`
	InKind         rules.Value `rule:"in_kind"` // not given without Housing
	Members        int         `rule:"members"`
	MonthsReceived rules.Value `rule:"months_received"` // not given without Housing
}

// SanitationWorkerSubsidy is the monthly rent subsidy of a bus or
// sanitation worker's household (八、27).
type SanitationWorkerSubsidy struct {
	Amount         decimal.Decimal `rule:"monthly"`         // 元/户·月; zero when not eligible
	GuaranteedArea decimal.Decimal `rule:"guaranteed_area"` // m²
	MonthsLeft     int             `rule:"months_left"`     // of the 3 years, after this month
	rules.Outcome[sanitationCase]
}

func sanitationCaseOf(h Household) sanitationCase {
	w, _ := worker(h)
	hs, ok := h.Housing, h.Housing != nil
	if !ok {
		hs = &Housing{}
	}
	return sanitationCase{Hukou: h.Locality, Occupation: w.Occupation, FrontLine: w.FrontLine, InKind: optStated(ok, hs.InKindAllocated),
		Members: len(h.Members), MonthsReceived: optCount(ok, hs.SubsidyMonthsReceived)}
}

// SanitationWorkerSubsidy returns the monthly rent subsidy (租赁补贴, 八、27)
// of the household of a front-line bus or sanitation worker not registered
// in 市区 and not given a flat: 300 yuan for 1 or 2 persons, 400 for 3 or
// more, for at most 3 years in all. The worker is the household's first
// member employed as one (Member.Employment); the months already paid and
// any flat are in h.Housing.
func (e *Evaluator) SanitationWorkerSubsidy(on rules.Date, h Household) (res SanitationWorkerSubsidy, err error) {
	in := sanitationCaseOf(h)
	err = e.sanitation.EvalInto(on, &in, &res)
	return res, err
}

func sanitationWorkerRule() rules.Rule {
	return rules.Rule{
		ID:    RuleSanitationWorkerSubsidy,
		Title: rules.T("公交、环卫一线工作人员租赁补贴", "rent subsidy of front-line bus and sanitation workers"),
		Cite:  cite("八、27", quoteWorkerSubsidy),
		Inputs: []rules.Input{inHukou,
			rules.ChoiceInput("occupation", rules.T("职业", "occupation"), Occupations()...).Optional(string(OtherOccupation)),
			rules.FlagInput("front_line", rules.T("从事公共服务行业一线工作", "front-line work in a public service")).Optional(false),
			rules.FlagInput("in_kind", rules.T("已享受实物配租", "already given a flat to rent")),
			inMembers,
			rules.CountInput("months_received", rules.T("已发放租赁补贴的月数", "months of subsidy already paid"), rules.Month, rules.Range{Lo: rules.Incl("0")}),
		},
		Defs: []rules.Def{defArea,
			{Name: "limit_months", Title: rules.T("累计发放月数上限", "most months in total"), Expr: "worker_subsidy_years * months_per_year"},
		},
		// The months paid are a part of the 3 years: a limit used up grants
		// nothing more; one exceeded cannot have been paid.
		Checks: []rules.Check{{Field: "months_received", Text: rules.T("已发放月数不超过累计3年（36个月）", "the months already paid are within the 3 years in total (36 months)"),
			Expr: "months_received <= limit_months"}},
		Require: []rules.Condition{
			{Name: "not_urban_hukou", Text: rules.T("非市区户籍", "not registered in 市区"), Expr: fmt.Sprintf("area != %q", areaUrban), Cite: cite("八、27", quoteWorkerHousing)},
			{Name: "bus_or_sanitation", Text: rules.T("公交、环卫工作人员", "a bus or sanitation worker"), Expr: fmt.Sprintf("occupation in %s", quoted(BusWorker, SanitationWorker)), Cite: cite("八、27", quoteWorkerHousing)},
			{Name: "front_line", Text: rules.T("从事公共服务行业一线工作", "in front-line work"), Expr: "front_line", Cite: cite("八、27", quoteWorkerHousing)},
			{Name: "no_in_kind", Text: rules.T("未享受实物配租", "not given a flat to rent"), Expr: "!in_kind"},
			{Name: "within_three_years", Text: rules.T("发放租赁补贴累计不超过3年", "the subsidy paid for 3 years in total at most"), Expr: "months_received < limit_months", Cite: cite("八、27", quoteWorkerYears)},
		},
		Outputs: []rules.Output{
			{Name: "monthly", Title: rules.T("每月租赁补贴", "monthly rent subsidy"), Unit: YuanPerHouseholdMonth, Expr: "bracket(worker_rent_subsidy, members)"},
			{Name: "guaranteed_area", Title: rules.T("保障面积标准（不低于）", "guaranteed floor area, at least"), Unit: rules.SquareMetre,
				Expr: "worker_housing_area", Always: true, Cite: cite("八、27", quoteWorkerArea)},
			{Name: "months_left", Title: rules.T("尚可发放的月数", "months of subsidy left"), Unit: rules.Month,
				Expr: "max(limit_months - months_received, 0)", Always: true},
		},
		Reading: rules.T(
			"家庭人数“1-2个人”为1至2人，“3人以上”含3人；“累计不超过3年”为36个月，已发放月数满36个月的不再发放，超过36个月的为无效输入；“非市区户籍”含温州各县（市）及市外户籍（本款为附则1所称“另有规定”）；"+
				"与 welfare.housing.rent_subsidy 同属住房租赁保障，同一人同一年度就高执行（welfare.group.housing）。",
			"“1-2个人” is 1 or 2 persons, “3人以上” includes 3; “累计不超过3年” is 36 months, none is paid once 36 months have been, and more than 36 paid is an "+
				"invalid input; "+
				"“非市区户籍” includes Wenzhou's counties and registrations outside Wenzhou (an exception in the sense of 附则1). With the "+
				"rent subsidy of 三、11 it is one take-the-higher group (welfare.group.housing)."),
	}
}
