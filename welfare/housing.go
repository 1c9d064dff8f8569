package welfare

import (
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Section 三 (温暖安居工程) and the bus and sanitation workers' rent subsidy
// of 八、27: priority rental housing, rent subsidies, rural renovation.

// rentalCase is the case of welfare.housing.rental_eligibility: the
// household's facts on a track, the most severe disability grade among
// its members gathered in Go.
type rentalCase struct {
	Track          rentalTrack            `rule:"track"`
	Hukou          Locality               `rule:"hukou"`
	Status         AssistanceStatus       `rule:"household_status"`
	OwnsHome       rules.Value            `rule:"owns_home"` // not given without Housing
	Grade          int                    `rule:"disability_grade"`
	FamilyPlanning FamilyPlanningCategory `rule:"family_planning"`
	SpecialCare    bool                   `rule:"special_care"`
	Priority       PriorityCategory       `rule:"priority_category"`
	ContractYears  *decimal.Decimal       `rule:"contract_years"`
	OpenEnded      rules.Value            `rule:"open_ended_contract"` // not given without Housing
	InsuredMonths  *int                   `rule:"insured_months"`
}

// Rental says whether a household may have the housing support of a track
// of 三、10, and on what ground. Its Outcome gives the failed conditions,
// citations and explanation when asked.
type Rental struct {
	// Allocation is the support open to the household (依申请优先安排实物配租
	// or 可申请保障性租赁住房); "" when not eligible.
	Allocation string `rule:"allocation"`
	Basis      string `rule:"basis"` // the ground of the priority (低保低边无房户, 孤寡老年人…)
	rules.Outcome[rentalCase]
}

func rentalCaseOf(h Household, track rentalTrack) (rentalCase, error) {
	hs, ok := h.Housing, h.Housing != nil
	if !ok {
		hs = &Housing{}
	}
	grade, err := severestGrade(RuleRentalEligibility, h)
	if err != nil {
		return rentalCase{}, err
	}
	return rentalCase{Track: track, Hukou: h.Locality, Status: h.Status, OwnsHome: optStated(ok, hs.OwnsHome), Grade: grade,
		FamilyPlanning: h.FamilyPlanning, SpecialCare: h.SpecialCare, Priority: hs.Priority, ContractYears: hs.ContractYears,
		OpenEnded: optFlag(ok, hs.OpenEndedContract), InsuredMonths: hs.InsuredMonths}, nil
}

// PriorityRental says whether a household registered in 市区 is given
// priority in-kind rental housing on application (依申请优先安排实物配租,
// 三、10): a 低保 or 低边 household without housing, an entitled
// special-care family, a member with a grade 1 or 2 disability, a
// family-planning family in special hardship, or another ground of
// Housing.Priority. It needs h.Housing (OwnsHome); a household without it
// gets an error naming owns_home. A member's disability it cannot read (a
// kind none of the document's, a grade outside 1–4, a kind without a grade
// or a grade without a kind) is an invalid input naming disability_grade.
func (e *Evaluator) PriorityRental(on rules.Date, h Household) (Rental, error) {
	c, err := rentalCaseOf(h, trackPriority)
	if err != nil {
		return Rental{}, err
	}
	return e.rental.Eval(on, c)
}

// NewCitizenRental says whether a new citizen's household (新市民, read as
// not registered in 市区) may apply for affordable rental housing
// (保障性租赁住房, 三、10): no housing of the applicant or spouse in the
// district of work, a labour contract of a year or more, and 3 consecutive
// months of social insurance or income tax paid in the employer's name
// (Housing.ContractYears or OpenEndedContract, Housing.InsuredMonths).
func (e *Evaluator) NewCitizenRental(on rules.Date, h Household) (Rental, error) {
	c, err := rentalCaseOf(h, trackNewCitizen)
	if err != nil {
		return Rental{}, err
	}
	return e.rental.Eval(on, c)
}

// rentCase is the case of welfare.housing.rent_subsidy; whether a member is
// 特困 is gathered in Go.
type rentCase struct {
	Hukou          Locality         `rule:"hukou"`
	Status         AssistanceStatus `rule:"household_status"`
	OtherSupported rules.Value      `rule:"other_supported"` // not given without Housing
	Tekun          bool             `rule:"tekun"`
	SpecialCare    bool             `rule:"special_care"`
	Assisted       rules.Value      `rule:"social_assistance"`              // not given when Household.SocialAssistance is nil
	OwnsHome       rules.Value      `rule:"owns_home"`                      // not given without Housing
	FloorArea      decimal.Decimal  `rule:"floor_area_per_capita,omitzero"` // read only when the household owns housing
	PublicRental   rules.Value      `rule:"public_rental"`                  // not given without Housing
	PublicRent     decimal.Decimal  `rule:"public_rent,omitzero"`
	MarketRent     decimal.Decimal  `rule:"market_rent,omitzero"`
}

// RentSubsidy is a household's monthly rent subsidy of 三、11.
type RentSubsidy struct {
	Amount decimal.Decimal `rule:"monthly"` // 元/户·月; zero when not eligible
	Kind   string          `rule:"kind"`    // 租赁补贴, or 公租房租金全额免缴
	Share  rules.Rate      `rule:"share"`   // of the market rent, 80%; the zero Rate when not eligible
	rules.Outcome[rentCase]
}

func rentCaseOf(h Household) (rentCase, error) {
	hs, ok := h.Housing, h.Housing != nil
	if !ok {
		hs = &Housing{}
	}
	tekun, err := anyTekun(RuleRentSubsidy, "tekun", h)
	if err != nil {
		return rentCase{}, err
	}
	for j, k := range h.SocialAssistance {
		// A kind none of the document's is refused, never read as
		// assistance received or not.
		if err := known(RuleRentSubsidy, "social_assistance", k, SocialAssistanceKinds()); err != nil || k == "" {
			t := notOneOf(k, SocialAssistanceKinds())
			return rentCase{}, invalidFact(RuleRentSubsidy, "social_assistance", rules.Text{
				Zh: fmt.Sprintf("Household.SocialAssistance[%d]：%s", j, t.Zh),
				En: fmt.Sprintf("Household.SocialAssistance[%d]: %s", j, t.En)})
		}
	}
	c := rentCase{Hukou: h.Locality, Status: h.Status, OtherSupported: optFlag(ok, hs.OtherSupported), Tekun: tekun,
		SpecialCare: h.SpecialCare, Assisted: optFlag(h.SocialAssistance != nil, len(h.SocialAssistance) > 0),
		OwnsHome: optStated(ok, hs.OwnsHome), PublicRental: optFlag(ok, hs.PublicRental),
		PublicRent: hs.PublicRent, MarketRent: hs.MarketRent}
	if ok && hs.OwnsHome != nil && *hs.OwnsHome {
		c.FloorArea = hs.FloorAreaPerCapita
	}
	return c, nil
}

// RentSubsidy returns a household's monthly rent subsidy (住房租赁补贴,
// 三、11): 100%, 80% or 50% of the market average rent (Housing.MarketRent)
// for a 低保, 低边 or other supported household registered in 市区 without
// housing in 市区 or with 15 m² a person or less; for a household in public
// rental housing anywhere in the city (全市范围), the rent waived in full
// (租金全额免缴), with the kind in the result. With the bus and sanitation
// workers' subsidy it is one take-the-higher group ([GroupHousing],
// [Evaluator.HousingSupport]).
func (e *Evaluator) RentSubsidy(on rules.Date, h Household) (RentSubsidy, error) {
	c, err := rentCaseOf(h)
	if err != nil {
		return RentSubsidy{}, err
	}
	return e.rent.Eval(on, c)
}

// renovationCase is the case of welfare.housing.rural_renovation; whether
// a member is 特困 is gathered in Go.
type renovationCase struct {
	Hukou           Locality          `rule:"hukou"`
	Project         RenovationProject `rule:"project"`
	Rural           bool              `rule:"rural"`
	Status          AssistanceStatus  `rule:"household_status"`
	Tekun           bool              `rule:"tekun"`
	LowIncomeFarmer bool              `rule:"low_income_farmer"`
	Qualified       bool              `rule:"qualified"`
	NewArea         decimal.Decimal   `rule:"new_area,omitzero"`
	Year            int               `rule:"renovated_in,omitzero"`
}

// RenovationGrant is what a rural household receives for its house
// project (三、12).
type RenovationGrant struct {
	Amount     decimal.Decimal `rule:"total"`            // the total, 元/户
	Provincial decimal.Decimal `rule:"provincial_grant"` // the provincial renovation grant, paid the year after (当年改造、次年补助)
	City       decimal.Decimal `rule:"city_grant"`       // the city's grant to a low-income farm household
	// PayableIn is the year the provincial grant is paid, the year after
	// the renovation (Renovation.Year); zero without a provincial grant.
	PayableIn int `rule:"payable_in"`
	// ProvincialNote says how the provincial grant goes: 当年改造、次年补助,
	// or assessed case by case for a new build above 100 m².
	ProvincialNote string `rule:"provincial_note"`
	rules.Outcome[renovationCase]
}

func renovationCaseOf(h Household) (renovationCase, error) {
	r := h.Renovation
	if r == nil {
		r = &Renovation{}
	}
	tekun, err := anyTekun(RuleRuralRenovation, "tekun", h)
	if err != nil {
		return renovationCase{}, err
	}
	return renovationCase{Hukou: h.Locality, Project: r.Project, Rural: r.Rural, Status: h.Status, Tekun: tekun,
		LowIncomeFarmer: h.LowIncomeFarmer, Qualified: r.Qualified, NewArea: r.NewArea, Year: r.Year}, nil
}

// RuralRenovationGrant returns the grants of a rural household's house
// project (h.Renovation, 三、12): 15,000 from the province for a rural
// hardship family's dangerous house, rebuilt (in principle 100 m² or less)
// or repaired, paid the year after the renovation (Renovation.Year), and
// 30,000 from the city for a low-income farm household that relocates,
// builds, buys or rebuilds, whatever the area. Above 100 m² a new build's
// provincial grant is assessed case by case: the city's grant is still
// paid, and a case without it is assessed case by case
// ([rules.ErrCaseByCase]).
func (e *Evaluator) RuralRenovationGrant(on rules.Date, h Household) (RenovationGrant, error) {
	c, err := renovationCaseOf(h)
	if err != nil {
		return RenovationGrant{}, err
	}
	return e.renovation.Eval(on, c)
}

// HousingChoice is the take-the-higher of the household's rent subsidies
// (附则2, [GroupHousing]).
type HousingChoice struct {
	Chosen string          // the rule paid, "" when neither is granted
	Amount decimal.Decimal // its monthly figure
	Group  *rules.GroupResult
}

// HousingSupport evaluates both rent subsidies of a household — of 三、11
// and of 八、27 — as the take-the-higher group [GroupHousing] and returns
// the one paid: the same person, in the same year, does not receive both
// (附则2: 同一人同一年度享受同级财政同类…住房租赁保障时，不重复享受，就高执行).
func (e *Evaluator) HousingSupport(on rules.Date, h Household) (HousingChoice, error) {
	rc, err := rentCaseOf(h)
	if err != nil {
		return HousingChoice{}, err
	}
	// The group evaluates its members on the inputs each bound, given or
	// defaulted, which only the full evaluation lists.
	rent, err := e.rent.Result(on, rc)
	if err != nil {
		return HousingChoice{}, err
	}
	sanitation, err := e.sanitation.Result(on, sanitationCaseOf(h))
	if err != nil {
		return HousingChoice{}, err
	}
	in := map[string]rules.Inputs{RuleRentSubsidy: inputsOf(rent), RuleSanitationWorkerSubsidy: inputsOf(sanitation)}
	gr, err := e.book.EvalGroup(GroupHousing, on, in)
	if err != nil {
		return HousingChoice{}, err
	}
	return HousingChoice{Chosen: gr.Chosen, Amount: gr.Value.Number(), Group: gr}, nil
}

// inputsOf returns the inputs an evaluation bound, given or defaulted, so
// that a group evaluates its members on the same case.
func inputsOf(res *rules.Result) rules.Inputs {
	in := rules.Inputs{}
	for _, s := range res.Trace() {
		if s.Kind == rules.StepInput {
			in[s.Name] = s.Value
		}
	}
	return in
}

const (
	quotePriorityRental = "对市区范围本地户籍的低保低边无房户、享受国家定期抚恤补助的优抚对象、一级和二级残疾人、孤寡老年人、成年孤儿、见义勇为伤残人员、英雄模范、市级以上劳动模范、计生特殊困难家庭、主要劳动力丧失劳动能力的家庭及其他依法应当优先保障的家庭，依申请优先安排实物配租"
	quoteNewCitizen     = "本人及配偶在工作所在城区无住房、与用人单位签订劳动合同一年以上、以用人单位名义依法缴纳社保或个人所得税连续3个月以上的新市民，可申请保障性租赁住房"
	quoteRentSubsidy    = "加大对申请家庭在市区无房或人均住房建筑面积15平方米以下的，低保、低边、其他保障家庭分别按照市场平均租金100%、80%、50%的标准给予租赁补贴"
	quoteRentWaiver     = "对全市范围低保、低边、社会救助群体和优抚家庭等优先实施公共租赁住房保障家庭给予租金全额免缴"
	quoteRenovation     = "对符合资格认定和救助条件、且新建每户原则上不超过100平方米（修缮的面积按现有住房面积修缮）的，给予每户1.5万元的省级补助"
	quoteRenovationAll  = "对全市范围农村困难家庭危房改造按照“当年改造、次年补助”的方式实施即时救助"
	quoteRelocation     = "对低收入农户异地搬迁、自建房、购房、危旧房拆建等，在省补助政策的基础上，市级给予每户3万元补助"
	quoteWorkerHousing  = "对从事公共服务行业一线工作的非市区户籍公交、环卫工作人员"
	quoteWorkerSubsidy  = "未享受实物配租的可享受租赁补贴，保障面积标准按家庭计算不低于36平方米，家庭人数为1-2个人的，每月租赁补贴300元；家庭人数3人以上的，每月租赁补贴400元，发放租赁补贴累计不超过3年"
	quoteWorkerArea     = "保障面积标准按家庭计算不低于36平方米"
	quoteWorkerYears    = "发放租赁补贴累计不超过3年"
)

// The two ways to rental housing of 三、10.
type rentalTrack string

const (
	trackPriority   rentalTrack = "优先实物配租"
	trackNewCitizen rentalTrack = "新市民保障性租赁住房"
)

func housingSpec() ([]rules.Param, []rules.Rule) {
	share := func(k, v string) rules.Row { return rules.Row{Keys: []string{k}, Value: d(v)} }
	params := []rules.Param{
		fixed("rental_disability_grade", rules.T("优先实物配租的残疾等级（一级和二级）", "priority rental: disability grades 1 to"),
			rules.Number, "2", cite("三、10", quotePriorityRental)),
		fixed("new_citizen_contract_years", rules.T("新市民劳动合同期限下限", "new citizens: shortest labour contract"),
			rules.Year, "1", cite("三、10", quoteNewCitizen)),
		fixed("new_citizen_insured_months", rules.T("新市民连续缴纳社保或个人所得税月数下限", "new citizens: fewest consecutive months of insurance or income tax"),
			rules.Month, "3", cite("三、10", quoteNewCitizen)),
		fixed("rent_area_limit", rules.T("租赁补贴的人均住房建筑面积上限（含）", "rent subsidy: per-capita floor area, at most"),
			SquareMetresPerPerson, "15", cite("三、11", quoteRentSubsidy)),
		{Name: "rent_subsidy_share", Title: rules.T("租赁补贴占市场平均租金的比例", "rent subsidy as a share of the market average rent"),
			Unit: rules.Percent, Floor: true,
			History: []rules.Dated{{Value: rules.Table{Rows: []rules.Row{
				share(string(Dibao), "1"), share(string(Dibian), "0.8"), share(otherSupported, "0.5"),
			}}, Cite: cite("三、11", quoteRentSubsidy)}}},
		fixed("rent_waiver_share", rules.T("公共租赁住房租金免缴比例（全额）", "public rental: share of the rent waived (in full)"),
			rules.Percent, "1", cite("三、11", quoteRentWaiver)),
		floor("rural_renovation_grant", rules.T("农村困难家庭危房改造省级补助", "provincial grant for a rural hardship family's dangerous house"),
			YuanPerHousehold, "15000", cite("三、12", quoteRenovation)),
		capped("renovation_area_cap", rules.T("危房改造新建面积（原则上不超过）", "dangerous-house new build, in principle at most"),
			rules.SquareMetre, "100", cite("三、12", quoteRenovation)),
		floor("relocation_grant", rules.T("低收入农户搬迁建房购房市级补助", "city grant for a low-income farm household's relocation, building or purchase"),
			YuanPerHousehold, "30000", cite("三、12", quoteRelocation)),
		{Name: "worker_rent_subsidy", Title: rules.T("公交、环卫工作人员每月租赁补贴（按家庭人数）", "bus and sanitation workers' monthly rent subsidy by household size"),
			Unit: YuanPerHouseholdMonth, Floor: true,
			History: []rules.Dated{{Value: &rules.Bracket{Of: rules.Number, Bands: []rules.Band{
				{Range: rules.Range{Lo: rules.Incl("1"), Hi: rules.Excl("3")}, Value: d("300")},
				{Range: rules.Range{Lo: rules.Incl("3")}, Value: d("400")},
			}}, Cite: cite("八、27", quoteWorkerSubsidy)}}},
		floor("worker_housing_area", rules.T("公交、环卫工作人员保障面积标准（按家庭计算，不低于）", "bus and sanitation workers: guaranteed floor area per household, at least"),
			rules.SquareMetre, "36", cite("八、27", quoteWorkerArea)),
		capped("worker_subsidy_years", rules.T("公交、环卫工作人员租赁补贴累计年限", "bus and sanitation workers: years of rent subsidy in total, at most"),
			rules.Year, "3", cite("八、27", quoteWorkerYears)),
	}
	return params, []rules.Rule{rentalEligibilityRule(), rentSubsidyRule(), ruralRenovationRule()}
}

// otherSupported is the key of the rent subsidy table for 其他保障家庭.
const otherSupported = "其他保障家庭"

// Inputs of the housing rules.
var (
	inOwnsHome = rules.FlagInput("owns_home", rules.T("在市区有住房（新市民：本人及配偶在工作所在城区有住房）",
		"owns housing in 市区 (a new citizen: the applicant or spouse owns housing in the district of work)"))
	inSpecialCare = rules.FlagInput("special_care", rules.T("享受国家定期抚恤补助的优抚对象（优抚家庭）",
		"an entitled person receiving the state's periodic pension or subsidy (优抚家庭)")).Optional(false)
	inHouseholdTekun  = rules.FlagInput("tekun", rules.T("家庭成员为特困人员", "a member is a 特困 person")).Optional(false)
	inLowIncomeFarmer = rules.FlagInput("low_income_farmer", rules.T("低收入农户", "low-income farm household")).Optional(false)
	defArea           = rules.Def{Name: "area", Title: rules.T("户籍所在区域", "area of the registration"), Expr: "locality_area[hukou]"}
	condWenzhou       = rules.Condition{Name: "wenzhou_hukou", Text: rules.T("温州户籍", "registered in Wenzhou"),
		Expr: fmt.Sprintf("area != %q", areaOutside), Cite: cite("附则1", quoteHukou)}
)

func rentalEligibilityRule() rules.Rule {
	// Each route has its own conditions: a household that applies by one
	// is not held to the other's.
	p := fmt.Sprintf("track == %q", trackPriority)
	n := fmt.Sprintf("track == %q", trackNewCitizen)
	fpSpecial := quoted(FPOnlyChildLost, FPSpecialHardship)
	ground := fmt.Sprintf("assisted && !owns_home || special_care || severe || family_planning in %s || priority_category != %q", fpSpecial, NoPriority)
	basis := fmt.Sprintf(`track == %q ? "新市民" : (assisted && !owns_home ? "低保低边无房户" : (special_care ? "享受国家定期抚恤补助的优抚对象" : (severe ? "一级和二级残疾人" : (family_planning in %s ? "计生特殊困难家庭" : priority_category))))`,
		trackNewCitizen, fpSpecial)
	return rules.Rule{
		ID:    RuleRentalEligibility,
		Title: rules.T("保障性租赁住房与优先实物配租", "affordable rental housing and priority in-kind rental"),
		Cite:  cite("三、10", quotePriorityRental),
		Inputs: []rules.Input{
			rules.ChoiceInput("track", rules.T("申请途径", "route of application"), trackPriority, trackNewCitizen),
			inHukou, inStatus, inOwnsHome,
			rules.CountInput("disability_grade", rules.T("家庭成员中最重的残疾等级（无残疾为0）", "the most severe disability grade in the household (0: none)"),
				rules.Number, rules.Range{Lo: rules.Incl("0"), Hi: rules.Incl("4")}).Optional("0"),
			rules.ChoiceInput("family_planning", rules.T("计生困难家庭类别", "family-planning hardship category"), FamilyPlanningCategories()...).Optional(string(FPNone)),
			inSpecialCare,
			rules.ChoiceInput("priority_category", rules.T("其他优先保障类别", "other ground for priority"), PriorityCategories()...).Optional(string(NoPriority)),
			rules.NumberInput("contract_years", rules.T("与用人单位签订的劳动合同期限", "term of the labour contract with the employer"),
				rules.Year, rules.Range{Lo: rules.Incl("0")}).Omittable(),
			rules.FlagInput("open_ended_contract", rules.T("无固定期限劳动合同", "open-ended labour contract")).Optional(false),
			rules.CountInput("insured_months", rules.T("以用人单位名义连续缴纳社保或个人所得税的月数", "consecutive months of social insurance or income tax paid in the employer's name"),
				rules.Month, rules.Range{Lo: rules.Incl("0")}).Omittable(),
		},
		Defs: []rules.Def{defArea,
			{Name: "assisted", Title: rules.T("低保低边家庭", "a 低保 or 低边 household"), Expr: fmt.Sprintf("household_status in %s", quoted(Dibao, Dibian))},
			{Name: "severe", Title: rules.T("一级或二级残疾人", "a person with a grade 1 or 2 disability"),
				Expr: "disability_grade > 0 && disability_grade <= rental_disability_grade"},
		},
		Require: []rules.Condition{
			{Name: "urban_hukou", Text: rules.T("市区范围本地户籍", "registered in 市区"), When: p, Expr: fmt.Sprintf("area == %q", areaUrban)},
			{Name: "priority_ground", Text: rules.T("低保低边无房户、优抚对象、一级和二级残疾人、孤寡老年人、成年孤儿、见义勇为伤残人员、英雄模范、市级以上劳动模范、计生特殊困难家庭、主要劳动力丧失劳动能力的家庭或其他依法应当优先保障的家庭",
				"a 低保 or 低边 household without housing, an entitled special-care person, a grade 1 or 2 disability, a lone elder, an adult orphan, an injured rescuer, a hero or model, a labour model of the city or above, a family-planning family in special hardship, a family whose breadwinner lost the capacity to work, or another family to be given priority by law"),
				When: p, Expr: ground},
			{Name: "new_citizen", Text: rules.T("新市民（非市区户籍）", "a new citizen (not registered in 市区)"),
				When: n, Expr: fmt.Sprintf("area != %q", areaUrban), Cite: cite("三、10", quoteNewCitizen)},
			{Name: "no_home", Text: rules.T("本人及配偶在工作所在城区无住房", "neither the applicant nor the spouse owns housing in the district of work"),
				When: n, Expr: "!owns_home", Cite: cite("三、10", quoteNewCitizen)},
			{Name: "contract", Text: rules.T("与用人单位签订劳动合同一年以上", "a labour contract of one year or more"),
				When: n, Expr: "open_ended_contract || contract_years >= new_citizen_contract_years", Cite: cite("三、10", quoteNewCitizen)},
			{Name: "insured", Text: rules.T("以用人单位名义依法缴纳社保或个人所得税连续3个月以上", "social insurance or income tax paid in the employer's name for 3 consecutive months or more"),
				When: n, Expr: "insured_months >= new_citizen_insured_months", Cite: cite("三、10", quoteNewCitizen)},
		},
		Outputs: []rules.Output{
			{Name: "allocation", Title: rules.T("可获得的住房保障", "the housing support open to the household"),
				Expr: fmt.Sprintf(`track == %q ? "依申请优先安排实物配租" : "可申请保障性租赁住房"`, trackPriority)},
			{Name: "basis", Title: rules.T("依据的保障类别", "the ground"), Expr: basis},
		},
		Reading: rules.T(
			"两种途径分别评估（track）：优先实物配租须市区户籍并属所列对象之一，其中“无房”只限于低保低边家庭（“低保低边无房户”）；“一级和二级残疾人”指家庭成员中有一级或二级残疾人；"+
				"“计生特殊困难家庭”读作二、7的独生子女死亡或伤残家庭和生活有特殊困难的计生家庭；“新市民”读作非市区户籍者（含温州各县（市）及市外户籍，本款为附则1所称“另有规定”）。"+
				"劳动合同“一年以上”含一年，无固定期限合同视为满足；缴纳社保或个税“连续3个月以上”含3个月。实物配租与租赁补贴不同时享受（附则2），租赁补贴见 welfare.housing.rent_subsidy。",
			"each route is evaluated on its own (track): priority in-kind rental needs a 市区 registration and one of the listed grounds, of "+
				"which “without housing” binds only 低保 and 低边 households (“低保低边无房户”); “一级和二级残疾人” is a member with a grade 1 or 2 "+
				"disability; “计生特殊困难家庭” is read as 二、7's families whose only child died or is disabled and family-planning families in "+
				"special hardship; a “new citizen” is read as a person not registered in 市区 (Wenzhou's counties or outside; the clause is an "+
				"exception in the sense of 附则1). A contract of “one year or more” includes one year, an open-ended contract meets it; “3 "+
				"consecutive months or more” includes 3. A flat and a rent subsidy are not both given (附则2); the subsidy is "+
				"welfare.housing.rent_subsidy."),
	}
}

func rentSubsidyRule() rules.Rule {
	return rules.Rule{
		ID:    RuleRentSubsidy,
		Title: rules.T("住房租赁补贴与公共租赁住房租金免缴", "rent subsidy and public-rental rent waiver"),
		Cite:  cite("三、11", quoteRentSubsidy),
		Inputs: []rules.Input{inHukou, inStatus,
			rules.FlagInput("other_supported", rules.T("其他保障家庭（经住房保障部门认定）", "another supported family (recognised by the housing department)")).Optional(false),
			inHouseholdTekun, inSpecialCare,
			// Other social assistance received (临时救助, 支出型困难救助…):
			// read only for a household in public rental housing that is
			// none of 低保, 低边, 特困 or 优抚; not stated, it is missing.
			rules.FlagInput("social_assistance", rules.T("享受其他社会救助（临时救助、支出型困难救助等）", "receives other social assistance (临时救助, 支出型困难救助…)")).Omittable(),
			inOwnsHome,
			// A home owned has a floor area: zero is no figure of one.
			rules.NumberInput("floor_area_per_capita", rules.T("人均住房建筑面积", "per-capita floor area"),
				SquareMetresPerPerson, rules.Range{Lo: rules.Excl("0")}).Omittable(),
			rules.FlagInput("public_rental", rules.T("居住公共租赁住房", "lives in public rental housing")).Optional(false),
			rules.NumberInput("public_rent", rules.T("公共租赁住房月租金", "monthly rent of the public rental flat"),
				YuanPerHouseholdMonth, rules.Range{Lo: rules.Excl("0")}).Omittable(),
			rules.NumberInput("market_rent", rules.T("市场平均租金", "market average rent"),
				YuanPerHouseholdMonth, rules.Range{Lo: rules.Excl("0")}).Omittable(),
		},
		Defs: []rules.Def{defArea,
			{Name: "class_share", Title: rules.T("按家庭类别的补贴比例", "share for the household's class"),
				Expr: fmt.Sprintf("household_status == %q ? rent_subsidy_share[%q] : (household_status == %q ? rent_subsidy_share[%q] : rent_subsidy_share[%q])",
					Dibao, Dibao, Dibian, Dibian, otherSupported)},
		},
		Require: []rules.Condition{condWenzhou,
			{Name: "urban", Text: rules.T("租赁补贴：市区家庭（在市区无房）", "the rent subsidy: a household of 市区 (在市区无房)"),
				When: "!public_rental", Expr: fmt.Sprintf("area == %q", areaUrban)},
			{Name: "housing_need", Text: rules.T("在市区无房或人均住房建筑面积15平方米以下", "no housing in 市区, or a per-capita floor area of 15 m² or less"),
				When: "!public_rental", Expr: "!owns_home || floor_area_per_capita <= rent_area_limit"},
			{Name: "subsidy_class", Text: rules.T("低保、低边或其他保障家庭", "a 低保, 低边 or other supported family"),
				When: "!public_rental", Expr: fmt.Sprintf("household_status in %s || other_supported", quoted(Dibao, Dibian))},
			{Name: "waiver_class", Text: rules.T("公共租赁住房保障的低保、低边、社会救助群体或优抚家庭", "in public rental housing: a 低保, 低边, social-assistance or special-care family"),
				When: "public_rental", Expr: fmt.Sprintf("household_status in %s || tekun || special_care || social_assistance", quoted(Dibao, Dibian)), Cite: cite("三、11", quoteRentWaiver)},
		},
		Outputs: []rules.Output{
			{Name: "monthly", Title: rules.T("每月租赁补贴或免缴租金", "monthly rent subsidy or rent waived"), Unit: YuanPerHouseholdMonth,
				Expr: "public_rental ? public_rent * rent_waiver_share : market_rent * class_share"},
			{Name: "kind", Title: rules.T("保障方式", "kind of support"), Expr: `public_rental ? "公租房租金全额免缴" : "租赁补贴"`},
			{Name: "share", Title: rules.T("补贴或免缴比例", "share subsidised or waived"), Unit: rules.Percent,
				Expr: "public_rental ? rent_waiver_share : class_share"},
		},
		Reading: rules.T(
			"居住公共租赁住房的家庭按租金全额免缴评估，其他家庭按租赁补贴评估；两者同属住房租赁保障，不同时享受。"+
				"租赁补贴限市区户籍家庭：其住房困难以“在市区无房”衡量，而下一句租金免缴明言“全市范围”，可见租赁补贴为市区（市住建局的市区住房保障）措施，属附则1“明确限定为市区”者；"+
				"若不限市区，县（市）家庭在本地有房亦属“在市区无房”，此条件对其形同虚设。租金免缴不限市区。租赁补贴＝市场平均租金×比例，市场平均租金由调用方按住房保障部门核定的家庭租金给出（元/户·月）；"+
				"“15平方米以下”含15，有房的人均面积须大于零；特困人员家庭不属“低保、低边、其他保障家庭”，除非经认定为其他保障家庭，但居住公租房的特困人员属“社会救助群体”，租金全额免缴。"+
				"“社会救助群体”与低保、低边并列，指享受低保、低边以外社会救助的家庭：特困人员供养，以及《社会救助暂行办法》的受灾人员救助、医疗救助、教育救助、就业救助、临时救助，"+
				"本文件二、2的“一事一议”帮扶和浙江的支出型困难救助；住房救助不在其列（公租房保障本身即住房救助，否则凡居住公租房者皆属之，“社会救助群体”即无所限定）。"+
				"是否享受其他社会救助由调用方给出；未载明的，对不属低保、低边、特困、优抚的公租房家庭为缺少事实，不作“否”读。"+
				"与 welfare.housing.sanitation_worker_subsidy 同属住房租赁保障，同一人同一年度就高执行（welfare.group.housing）。",
			"a household in public rental housing is assessed for the full rent waiver, others for the rent subsidy; both are "+
				"rental support and are not both given. The rent subsidy is for households registered in 市区: the need is measured as "+
				"“no housing in 市区” while the next sentence gives the waiver “全市范围” (city-wide), so the subsidy is a 市区 "+
				"measure (the city housing bureau's 市区 housing security), “explicitly limited to 市区” in the sense of 附则1; read "+
				"city-wide, every county household owning its home in its county would have “no housing in 市区” and the test would "+
				"mean nothing. The waiver is city-wide. The subsidy is the market average rent × the share; the caller gives the "+
				"household's market rent as the housing department reckons it (yuan per household per month). “15平方米以下” "+
				"includes 15; an owned home's area a person is above zero. A 特困 household is not a 低保, 低边 or other supported family unless recognised as the last, but in "+
				"public rental housing it is a social-assistance family and its rent is waived. “社会救助群体”, beside 低保 and 低边, "+
				"is a household receiving social assistance other than those: 特困 support, and the disaster, medical, education, "+
				"employment and temporary assistance (临时救助) of the State Council's interim measures (社会救助暂行办法), the “一事一议” "+
				"aid of 二、2 and Zhejiang's 支出型困难救助; not housing assistance, which public rental housing itself is (else every "+
				"household in it would qualify and the words would limit nothing). The caller states the assistance received; "+
				"not stated, it is a missing fact for a household in public rental housing that is not 低保, 低边, 特困 or 优抚, "+
				"never read as “no”. With the bus and sanitation "+
				"workers' subsidy it is one take-the-higher group (welfare.group.housing)."),
	}
}

func ruralRenovationRule() rules.Rule {
	hardship := fmt.Sprintf("(household_status in %s || tekun || low_income_farmer)", quoted(Dibao, Dibian))
	provincial := fmt.Sprintf("rural && %s && qualified && project in %s", hardship, quoted(RebuildDangerous, RepairDangerous))
	city := fmt.Sprintf("low_income_farmer && project in %s", quoted(Relocation, SelfBuild, HousePurchase, RebuildDangerous))
	return rules.Rule{
		ID:    RuleRuralRenovation,
		Title: rules.T("农村困难家庭危房改造与低收入农户安居补助", "rural dangerous-house renovation and low-income farmers' housing grants"),
		Cite:  cite("三、12", quoteRenovationAll),
		Inputs: []rules.Input{inHukou,
			rules.ChoiceInput("project", rules.T("建房项目", "the house project"), RenovationProjects()...),
			rules.FlagInput("rural", rules.T("农村家庭", "a rural household")).Optional(false),
			inStatus, inHouseholdTekun, inLowIncomeFarmer,
			rules.FlagInput("qualified", rules.T("符合资格认定和救助条件", "meets the qualification and assistance conditions")).Optional(false),
			rules.NumberInput("new_area", rules.T("新建住房面积", "floor area of the new build"), rules.SquareMetre, rules.Range{Lo: rules.Excl("0")}).Omittable(),
			rules.CountInput("renovated_in", rules.T("危房改造年份（当年改造）", "year of the renovation (当年改造)"), rules.Number,
				rules.Range{Lo: rules.Incl("1"), Hi: rules.Incl("9999")}).Omittable(),
		},
		Defs: []rules.Def{defArea,
			{Name: "provincial", Title: rules.T("符合省级危房改造补助", "qualifies for the provincial renovation grant"), Expr: provincial},
			{Name: "city", Title: rules.T("符合市级低收入农户安居补助", "qualifies for the city's low-income farmer grant"), Expr: city},
			{Name: "large", Title: rules.T("新建超过100平方米（省级补助按实评估）", "a new build above 100 m² (the provincial grant assessed case by case)"),
				Expr: fmt.Sprintf("provincial && project == %q && new_area > renovation_area_cap", RebuildDangerous)},
			{Name: "provincial_paid", Title: rules.T("给予省级补助定额", "the provincial grant is paid at its figure"), Expr: "provincial && !large"},
		},
		// Only the provincial 1.5万 has the 100 m² “原则上”: a large new build
		// is wholly case by case only when the city's grant does not apply.
		CaseByCase: []rules.Condition{{Name: "large_new_build",
			Text: rules.T("新建每户原则上不超过100平方米；超过的，省级补助按实评估", "a new build is in principle 100 m² or less; above it the provincial grant is assessed case by case"),
			Expr: "large && !city", Cite: cite("三、12", quoteRenovation)}},
		Checks: []rules.Check{{Field: "renovated_in", Text: rules.T("改造年份不晚于评估日期所在年份", "the renovation's year is not after the evaluation's"),
			Expr: `!given(renovated_in) || add_years(date("2000-01-01"), renovated_in - 2000) <= eval_date`}},
		Require: []rules.Condition{condWenzhou,
			{Name: "project_qualifies", Text: rules.T("农村困难家庭危房改造符合资格认定和救助条件，或低收入农户异地搬迁、自建房、购房、危旧房拆建",
				"a rural hardship family's dangerous house meeting the conditions, or a low-income farm household's relocation, building, purchase or rebuilding"),
				Expr: provincial + " || " + city},
		},
		Outputs: []rules.Output{
			{Name: "total", Title: rules.T("每户补助合计", "grants per household in total"), Unit: YuanPerHousehold,
				Expr: "(provincial_paid ? rural_renovation_grant : 0) + (city ? relocation_grant : 0)"},
			{Name: "provincial_grant", Title: rules.T("省级危房改造补助（次年补助）", "provincial renovation grant (paid the next year)"), Unit: YuanPerHousehold,
				Expr: "provincial_paid ? rural_renovation_grant : 0", Cite: cite("三、12", quoteRenovation)},
			{Name: "city_grant", Title: rules.T("市级安居补助", "the city's housing grant"), Unit: YuanPerHousehold,
				Expr: "city ? relocation_grant : 0", Cite: cite("三、12", quoteRelocation)},
			{Name: "provincial_note", Title: rules.T("省级补助", "the provincial grant"),
				Expr: `provincial ? (large ? "新建超过100平方米，省级补助按实评估" : "当年改造、次年补助") : "不适用"`, Cite: cite("三、12", quoteRenovationAll)},
			{Name: "payable_in", Title: rules.T("省级补助发放年份（改造次年）", "year the provincial grant is paid (the year after the renovation)"),
				Expr: "provincial ? renovated_in + 1 : 0", Cite: cite("三、12", quoteRenovationAll)},
		},
		Reading: rules.T(
			"“农村困难家庭”读作农村的困难群众家庭（低保、低边、特困人员、低收入农户，附则1）；省级补助限危房改造（危旧房拆建新建或修缮），按“当年改造、次年补助”于改造年份的次年发放（renovated_in，须给出，不得晚于评估年份）；"+
				"新建“原则上不超过100平方米”只属省级1.5万元一句：超过的，省级补助按实评估、不给出数额；修缮按现有面积，不设面积条件。"+
				"市级3万元“在省补助政策的基础上”另行给予低收入农户，无面积条件：危旧房拆建的低收入农户两项均可享受，新建超过100平方米的仍享受市级3万元，仅省级补助按实评估；只有省级补助可享的，整案按实评估。",
			"“农村困难家庭” is read as a rural family of hardship persons (低保, 低边, 特困, low-income farm households, 附则1); the provincial "+
				"grant is for dangerous houses (rebuilt or repaired) and paid the year after the renovation (当年改造、次年补助; "+
				"renovated_in, required, not after the evaluation's year); the “in principle 100 m² or less” of a new build "+
				"belongs to the provincial 15,000 sentence alone: above it the provincial grant is assessed case by case, without "+
				"a figure; a repair keeps its area. The city's 30,000 comes “on top of the provincial grant” for low-income farm "+
				"households with no area condition: one rebuilding a dangerous house gets both, and above 100 m² still the city's "+
				"30,000, only the provincial grant being assessed; a case with only the provincial grant is wholly case by case."),
	}
}
