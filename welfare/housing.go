package welfare

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// rentalValues are the inputs of welfare.housing.rental_eligibility for
// the household on a track.
func rentalValues(h Household, track rentalTrack) ([]rules.Value, error) {
	hs, ok := h.Housing, h.Housing != nil
	if !ok {
		hs = &Housing{}
	}
	grade, err := severestGrade(RuleRentalEligibility, h)
	if err != nil {
		return nil, err
	}
	return []rules.Value{text(track), text(h.Locality), text(h.Status), opt(ok, flag(hs.OwnsHome)), count(grade),
		text(h.FamilyPlanning), flag(h.SpecialCare), opt(ok, text(hs.Priority)), opt(ok, given(hs.ContractYears)),
		opt(ok, flag(hs.OpenEndedContract)), opt(ok && hs.InsuredMonths != 0, count(hs.InsuredMonths))}, nil
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
func PriorityRental(on rules.Date, h Household) (Decision, error) { return std().PriorityRental(on, h) }

// PriorityRental is the package's [PriorityRental] over e's book.
func (e *Evaluator) PriorityRental(on rules.Date, h Household) (Decision, error) {
	vals, err := rentalValues(h, trackPriority)
	if err != nil {
		return Decision{}, err
	}
	return decision(e.rental.Eval(on, vals...))
}

// NewCitizenRental says whether a new citizen's household (新市民, read as
// not registered in 市区) may apply for affordable rental housing
// (保障性租赁住房, 三、10): no housing of the applicant or spouse in the
// district of work, a labour contract of a year or more, and 3 consecutive
// months of social insurance or income tax paid in the employer's name
// (Housing.ContractYears or OpenEndedContract, Housing.InsuredMonths).
func NewCitizenRental(on rules.Date, h Household) (Decision, error) {
	return std().NewCitizenRental(on, h)
}

// NewCitizenRental is the package's [NewCitizenRental] over e's book.
func (e *Evaluator) NewCitizenRental(on rules.Date, h Household) (Decision, error) {
	vals, err := rentalValues(h, trackNewCitizen)
	if err != nil {
		return Decision{}, err
	}
	return decision(e.rental.Eval(on, vals...))
}

// RentSubsidy returns a household's monthly rent subsidy (住房租赁补贴,
// 三、11): 100%, 80% or 50% of the market average rent (Housing.MarketRent)
// for a 低保, 低边 or other supported household registered in 市区 without
// housing in 市区 or with 15 m² a person or less; for a household in public
// rental housing anywhere in the city (全市范围), the rent waived in full
// (租金全额免缴), with the kind in the result
// (output "kind"). With the bus and sanitation workers' subsidy it is one
// take-the-higher group ([GroupHousing]).
func RentSubsidy(on rules.Date, h Household) (Benefit, error) { return std().RentSubsidy(on, h) }

// RentSubsidy is the package's [RentSubsidy] over e's book.
func (e *Evaluator) RentSubsidy(on rules.Date, h Household) (Benefit, error) {
	vals, err := rentValues(h)
	if err != nil {
		return Benefit{}, err
	}
	res, err := e.rent.Eval(on, vals...)
	return benefit(res, err, "monthly")
}

func rentValues(h Household) ([]rules.Value, error) {
	hs, ok := h.Housing, h.Housing != nil
	if !ok {
		hs = &Housing{}
	}
	tekun, err := anyTekun(RuleRentSubsidy, "tekun", h)
	if err != nil {
		return nil, err
	}
	return []rules.Value{text(h.Locality), text(h.Status), opt(ok, flag(hs.OtherSupported)), flag(tekun), flag(h.SpecialCare),
		opt(ok, flag(hs.OwnsHome)), opt(ok && hs.OwnsHome, given(hs.FloorAreaPerCapita)), opt(ok, flag(hs.PublicRental)),
		given(hs.PublicRent), given(hs.MarketRent)}, nil
}

// RenovationGrant is what a rural household receives for its house
// project (三、12).
type RenovationGrant struct {
	Benefit                    // the total, 元/户
	Provincial decimal.Decimal // the provincial renovation grant, paid the year after (当年改造、次年补助)
	City       decimal.Decimal // the city's grant to a low-income farm household
	// PayableIn is the year the provincial grant is paid, the year after
	// the renovation (Renovation.Year); zero without a provincial grant.
	PayableIn int
	// ProvincialNote says how the provincial grant goes: 当年改造、次年补助,
	// or assessed case by case for a new build above 100 m².
	ProvincialNote string
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
func RuralRenovationGrant(on rules.Date, h Household) (RenovationGrant, error) {
	return std().RuralRenovationGrant(on, h)
}

// RuralRenovationGrant is the package's [RuralRenovationGrant] over e's book.
func (e *Evaluator) RuralRenovationGrant(on rules.Date, h Household) (RenovationGrant, error) {
	r, ok := h.Renovation, h.Renovation != nil
	if !ok {
		r = &Renovation{}
	}
	tekun, err := anyTekun(RuleRuralRenovation, "tekun", h)
	if err != nil {
		return RenovationGrant{}, err
	}
	res, err := e.renovation.Eval(on, text(h.Locality), text(r.Project), flag(r.Rural), text(h.Status), flag(tekun),
		flag(h.LowIncomeFarmer), flag(r.Qualified), given(r.NewArea), opt(r.Year != 0, count(r.Year)))
	b, err := benefit(res, err, "total")
	if err != nil {
		return RenovationGrant{}, err
	}
	p, _ := res.Figure("provincial_grant")
	c, _ := res.Figure("city_grant")
	y, _ := res.Figure("payable_in")
	n, _ := res.Figure("provincial_note")
	return RenovationGrant{Benefit: b, Provincial: p.Value.Number(), City: c.Value.Number(),
		PayableIn: int(y.Value.Number().IntPart()), ProvincialNote: n.Value.Text()}, nil
}

// SanitationWorkerSubsidy returns the monthly rent subsidy (租赁补贴, 八、27)
// of the household of a front-line bus or sanitation worker not registered
// in 市区 and not given a flat: 300 yuan for 1 or 2 persons, 400 for 3 or
// more, for at most 3 years in all. The worker is the household's first
// member employed as one (Member.Employment); the months already paid and
// any flat are in h.Housing.
func SanitationWorkerSubsidy(on rules.Date, h Household) (Benefit, error) {
	return std().SanitationWorkerSubsidy(on, h)
}

// SanitationWorkerSubsidy is the package's [SanitationWorkerSubsidy] over e's book.
func (e *Evaluator) SanitationWorkerSubsidy(on rules.Date, h Household) (Benefit, error) {
	res, err := e.sanitation.Eval(on, e.sanitationValues(h)...)
	return benefit(res, err, "monthly")
}

func (e *Evaluator) sanitationValues(h Household) []rules.Value {
	w, _ := worker(h)
	hs, ok := h.Housing, h.Housing != nil
	if !ok {
		hs = &Housing{}
	}
	return []rules.Value{text(h.Locality), text(w.Occupation), flag(w.FrontLine), opt(ok, flag(hs.InKindAllocated)),
		count(len(h.Members)), opt(ok, count(hs.SubsidyMonthsReceived))}
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
func HousingSupport(on rules.Date, h Household) (HousingChoice, error) {
	return std().HousingSupport(on, h)
}

// HousingSupport is the package's [HousingSupport] over e's book.
func (e *Evaluator) HousingSupport(on rules.Date, h Household) (HousingChoice, error) {
	in := map[string]rules.Inputs{}
	rent, err := rentValues(h)
	if err != nil {
		return HousingChoice{}, err
	}
	for _, m := range []struct {
		rule string
		p    *rules.Prepared
		vals []rules.Value
	}{{RuleRentSubsidy, e.rent, rent}, {RuleSanitationWorkerSubsidy, e.sanitation, e.sanitationValues(h)}} {
		res, err := m.p.Eval(on, m.vals...)
		if err != nil {
			return HousingChoice{}, err
		}
		in[m.rule] = inputsOf(res)
	}
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
