package welfare

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// rentalCase is the case of welfare.housing.rental_eligibility: the
// household's facts on a track, the most severe disability grade among
// its members gathered in Go.
type rentalCase struct {
	Track          rentalTrack            `rule:"track"`
	Hukou          Locality               `rule:"hukou"`
	Status         Status                 `rule:"household_status"`
	OwnsHome       rules.Value            `rule:"owns_home"` // not given without Housing
	Grade          int                    `rule:"disability_grade"`
	FamilyPlanning FamilyPlanningCategory `rule:"family_planning"`
	SpecialCare    bool                   `rule:"special_care"`
	Priority       PriorityCategory       `rule:"priority_category"`
	ContractYears  decimal.Decimal        `rule:"contract_years,omitzero"`
	OpenEnded      rules.Value            `rule:"open_ended_contract"` // not given without Housing
	InsuredMonths  int                    `rule:"insured_months,omitzero"`
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
	return rentalCase{Track: track, Hukou: h.Locality, Status: h.Status, OwnsHome: optFlag(ok, hs.OwnsHome), Grade: grade,
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
	Hukou          Locality        `rule:"hukou"`
	Status         Status          `rule:"household_status"`
	OtherSupported rules.Value     `rule:"other_supported"` // not given without Housing
	Tekun          bool            `rule:"tekun"`
	SpecialCare    bool            `rule:"special_care"`
	OwnsHome       rules.Value     `rule:"owns_home"`                      // not given without Housing
	FloorArea      decimal.Decimal `rule:"floor_area_per_capita,omitzero"` // read only when the household owns housing
	PublicRental   rules.Value     `rule:"public_rental"`                  // not given without Housing
	PublicRent     decimal.Decimal `rule:"public_rent,omitzero"`
	MarketRent     decimal.Decimal `rule:"market_rent,omitzero"`
}

// RentSubsidy is a household's monthly rent subsidy of 三、11.
type RentSubsidy struct {
	Amount decimal.Decimal `rule:"monthly"` // 元/户·月; zero when not eligible
	Kind   string          `rule:"kind"`    // 租赁补贴, or 公租房租金全额免缴
	Share  decimal.Decimal `rule:"share"`   // of the market rent, 0.8 for 80%
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
	c := rentCase{Hukou: h.Locality, Status: h.Status, OtherSupported: optFlag(ok, hs.OtherSupported), Tekun: tekun,
		SpecialCare: h.SpecialCare, OwnsHome: optFlag(ok, hs.OwnsHome), PublicRental: optFlag(ok, hs.PublicRental),
		PublicRent: hs.PublicRent, MarketRent: hs.MarketRent}
	if ok && hs.OwnsHome {
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
	Status          Status            `rule:"household_status"`
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
	return sanitationCase{Hukou: h.Locality, Occupation: w.Occupation, FrontLine: w.FrontLine, InKind: optFlag(ok, hs.InKindAllocated),
		Members: len(h.Members), MonthsReceived: optCount(ok, hs.SubsidyMonthsReceived)}
}

// SanitationWorkerSubsidy returns the monthly rent subsidy (租赁补贴, 八、27)
// of the household of a front-line bus or sanitation worker not registered
// in 市区 and not given a flat: 300 yuan for 1 or 2 persons, 400 for 3 or
// more, for at most 3 years in all. The worker is the household's first
// member employed as one (Member.Employment); the months already paid and
// any flat are in h.Housing.
func (e *Evaluator) SanitationWorkerSubsidy(on rules.Date, h Household) (SanitationWorkerSubsidy, error) {
	return e.sanitation.Eval(on, sanitationCaseOf(h))
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
