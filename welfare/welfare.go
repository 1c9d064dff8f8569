package welfare

import (
	"errors"
	"sync"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

var (
	// book and std are compiled the first time the package is used, not
	// at program start: a program pays only for the documents it touches.
	book = sync.OnceValue(func() *rules.Book { return rules.MustCompile(spec()) })
	std  = sync.OnceValue(func() *Evaluator { return MustEvaluator(book()) })
	// areaOf is the locality_area table (附则1) the book is compiled from,
	// read once, without compiling the book.
	areaOf = sync.OnceValue(func() map[Locality]string {
		out := map[Locality]string{}
		for _, p := range commonParams() {
			if p.Name != "locality_area" {
				continue
			}
			for _, r := range p.History[0].Value.(rules.Table).Rows {
				out[Locality(r.Keys[0])] = r.Value.(string)
			}
		}
		return out
	})
)

// Book returns the compiled rules of the document. It is shared and safe for
// concurrent use; derive a new book ([rules.Book.Derive]) for a locality
// that pays more than the city's floors, and evaluate it with
// [NewEvaluator].
func Book() *rules.Book { return book() }

// Default returns the evaluator over the document's own book, [Book].
func Default() *Evaluator { return std() }

// Evaluator evaluates the document's rules with a given book: the
// document's own ([Default]), or one derived from it with a locality's
// higher figures ([NewEvaluator]). It is safe for concurrent use.
type Evaluator struct {
	book *rules.Book

	targets        *rules.Binding[TargetFigures, TargetsCheck]
	phaseOut       *rules.Binding[phaseOutCase, PhaseOut]
	exempt         *rules.Binding[exemptCase, IncomeItemResult]
	allowance      *rules.Binding[allowanceCase, Allowance]
	dibian         *rules.Binding[DibianWidening, DibianThreshold]
	tekunBasic     *rules.Binding[LocalStandards, TekunStandard]
	tekunCare      *rules.Binding[MemberCase, TekunCareFee]
	veteran        *rules.Binding[MemberCase, VeteranSupplement]
	care           *rules.Binding[careCase, ElderlyCareSubsidy]
	highAge        *rules.Binding[MemberCase, HighAgeAllowance]
	child          *rules.Binding[MemberCase, ChildBasicLiving]
	familyPlanning *rules.Binding[familyPlanningCase, FamilyPlanningGrant]
	worker         *rules.Binding[HouseholdCase, WorkerLivingAid]
	guardian       *rules.Binding[mentalCase, MentalGuardianSubsidy]
	mentalCare     *rules.Binding[mentalCase, MentalCareSubsidy]
	injection      *rules.Binding[mentalCase, MentalInjectionSubsidy]
	units          units // of the amounts, as the book's rules give them

	// 三 to 八.
	rental         *rules.Binding[rentalCase, Rental]
	rent           *rules.Binding[rentCase, RentSubsidy]
	renovation     *rules.Binding[renovationCase, RenovationGrant]
	sanitation     *rules.Binding[sanitationCase, SanitationWorkerSubsidy]
	prescription   *rules.Binding[prescriptionCase, Prescription]
	reimbursement  *rules.Binding[OutpatientClaim, Reimbursement]
	assistance     *rules.Binding[assistanceCase, MedicalAssistance]
	veteranAid     *rules.Binding[veteranAidCase, VeteranAid]
	rehab          *rules.Binding[rehabCase, RehabSubsidy]
	rehabLiving    *rules.Binding[rehabLivingCase, RehabLivingAllowance]
	home           *rules.Binding[DisabledHome, DisabledHomeGrant]
	operating      *rules.Binding[RehabTraining, RehabOperatingGrant]
	accident       *rules.Binding[accidentCase, AccidentInsurance]
	meal           *rules.Binding[mealCase, NutritionMeal]
	study          *rules.Binding[studyCase, SchemeGrant]
	pension        *rules.Binding[premiumCase, PremiumSubsidy]
	medicalPremium *rules.Binding[premiumCase, PremiumSubsidy]
	supplementary  *rules.Binding[premiumCase, SupplementaryInsurance]
	quota          *rules.Binding[quotaCase, Quota]
	transport      *rules.Binding[transportCase, FreePublicTransport]
	post           *rules.Binding[postCase, PostSubsidy]
	employer       *rules.Binding[EmployerHiring, EmployerSubsidy]
	hiring         *rules.Binding[hiringCase, HiringSubsidy]
	flexible       *rules.Binding[flexibleCase, FlexibleSubsidy]
	jobSeeking     *rules.Binding[jobSeekingCase, JobSeekingGrant]
	loan           *rules.Binding[loanCase, Loan]
	shareholding   *rules.Binding[shareholdingCase, FarmerShareIncome]
	arbitration    *rules.Binding[arbitrationCase, Arbitration]
	permit         *rules.Binding[permitCase, ResidencePermit]
	parity         *rules.Binding[parityCase, HighSchoolParity]

	// For a screening: the main output of each claim, and the rules of the
	// take-the-higher groups, read from the book once.
	householdMains, memberMains []mainOut
	groupRules                  map[string][]string
}

// units are the units of the amounts the results carry, read from the
// book's rules once.
type units struct {
	allowance, tekunCare, veteran, care, highAge, child, familyPlanning, worker, guardian, mentalCare, injection rules.Unit
}

// NewEvaluator returns an evaluator over b, which must hold the document's
// rules with their inputs (the book of [Book], or one derived from it).
// Each rule is bound by name to its case and result ([rules.BindWith]);
// every field that does not fit is reported at once.
func NewEvaluator(b *rules.Book) (*Evaluator, error) {
	p := &rules.Preparer{Book: b}
	e := &Evaluator{
		book:           b,
		targets:        rules.BindWith[TargetFigures, TargetsCheck](p, RuleTargets2025),
		phaseOut:       rules.BindWith[phaseOutCase, PhaseOut](p, RuleDibaoPhaseOut),
		exempt:         rules.BindWith[exemptCase, IncomeItemResult](p, RuleIncomeExemptions),
		allowance:      rules.BindWith[allowanceCase, Allowance](p, RuleDibaoAllowance),
		dibian:         rules.BindWith[DibianWidening, DibianThreshold](p, RuleDibianStandard),
		tekunBasic:     rules.BindWith[LocalStandards, TekunStandard](p, RuleTekunBasicStandard),
		tekunCare:      rules.BindWith[MemberCase, TekunCareFee](p, RuleTekunCareFee),
		veteran:        rules.BindWith[MemberCase, VeteranSupplement](p, RuleVeteranSupplement),
		care:           rules.BindWith[careCase, ElderlyCareSubsidy](p, RuleElderlyCareSubsidy),
		highAge:        rules.BindWith[MemberCase, HighAgeAllowance](p, RuleHighAgeAllowance),
		child:          rules.BindWith[MemberCase, ChildBasicLiving](p, RuleChildBasicLiving),
		familyPlanning: rules.BindWith[familyPlanningCase, FamilyPlanningGrant](p, RuleFamilyPlanningGrant),
		worker:         rules.BindWith[HouseholdCase, WorkerLivingAid](p, RuleWorkerLivingAid),
		guardian:       rules.BindWith[mentalCase, MentalGuardianSubsidy](p, RuleMentalGuardianSubsidy),
		mentalCare:     rules.BindWith[mentalCase, MentalCareSubsidy](p, RuleMentalCareSubsidy),
		injection:      rules.BindWith[mentalCase, MentalInjectionSubsidy](p, RuleMentalInjectionSubsidy),
		units: units{
			allowance:      unitOf(b, RuleDibaoAllowance, "allowance"),
			tekunCare:      unitOf(b, RuleTekunCareFee, "care_fee"),
			veteran:        unitOf(b, RuleVeteranSupplement, "supplement"),
			care:           unitOf(b, RuleElderlyCareSubsidy, "subsidy"),
			highAge:        unitOf(b, RuleHighAgeAllowance, "allowance"),
			child:          unitOf(b, RuleChildBasicLiving, "yearly"),
			familyPlanning: unitOf(b, RuleFamilyPlanningGrant, "grant"),
			worker:         unitOf(b, RuleWorkerLivingAid, "max_aid"),
			guardian:       unitOf(b, RuleMentalGuardianSubsidy, "monthly"),
			mentalCare:     unitOf(b, RuleMentalCareSubsidy, "monthly"),
			injection:      unitOf(b, RuleMentalInjectionSubsidy, "yearly"),
		},
	}
	e.rental = rules.BindWith[rentalCase, Rental](p, RuleRentalEligibility)
	e.rent = rules.BindWith[rentCase, RentSubsidy](p, RuleRentSubsidy)
	e.renovation = rules.BindWith[renovationCase, RenovationGrant](p, RuleRuralRenovation)
	e.sanitation = rules.BindWith[sanitationCase, SanitationWorkerSubsidy](p, RuleSanitationWorkerSubsidy)
	e.prescription = rules.BindWith[prescriptionCase, Prescription](p, RuleChronicPrescription)
	e.reimbursement = rules.BindWith[OutpatientClaim, Reimbursement](p, RuleReimbursement)
	e.assistance = rules.BindWith[assistanceCase, MedicalAssistance](p, RuleMedicalAssistance)
	e.veteranAid = rules.BindWith[veteranAidCase, VeteranAid](p, RuleVeteranMedicalAid)
	e.rehab = rules.BindWith[rehabCase, RehabSubsidy](p, RuleRehabSubsidy)
	e.rehabLiving = rules.BindWith[rehabLivingCase, RehabLivingAllowance](p, RuleRehabLivingAllowance)
	e.home = rules.BindWith[DisabledHome, DisabledHomeGrant](p, RuleDisabledHomeGrant)
	e.operating = rules.BindWith[RehabTraining, RehabOperatingGrant](p, RuleRehabOperatingGrant)
	e.accident = rules.BindWith[accidentCase, AccidentInsurance](p, RuleAccidentInsurance)
	e.meal = rules.BindWith[mealCase, NutritionMeal](p, RuleNutritionMeal)
	e.study = rules.BindWith[studyCase, SchemeGrant](p, RuleStudyGrant)
	e.pension = rules.BindWith[premiumCase, PremiumSubsidy](p, RuleResidentPensionSubsidy)
	e.medicalPremium = rules.BindWith[premiumCase, PremiumSubsidy](p, RuleResidentMedicalSubsidy)
	e.supplementary = rules.BindWith[premiumCase, SupplementaryInsurance](p, RuleSupplementaryInsurance)
	e.quota = rules.BindWith[quotaCase, Quota](p, RuleUtilityQuota)
	e.transport = rules.BindWith[transportCase, FreePublicTransport](p, RuleFreeTransport)
	e.post = rules.BindWith[postCase, PostSubsidy](p, RulePublicWelfarePostSubsidy)
	e.employer = rules.BindWith[EmployerHiring, EmployerSubsidy](p, RuleEmployerInsuranceSubsidy)
	e.hiring = rules.BindWith[hiringCase, HiringSubsidy](p, RuleDisabledHiring)
	e.flexible = rules.BindWith[flexibleCase, FlexibleSubsidy](p, RuleFlexibleInsurance)
	e.jobSeeking = rules.BindWith[jobSeekingCase, JobSeekingGrant](p, RuleJobSeekingGrant)
	e.loan = rules.BindWith[loanCase, Loan](p, RuleGuaranteedLoan)
	e.shareholding = rules.BindWith[shareholdingCase, FarmerShareIncome](p, RuleGuaranteedLoan)
	e.arbitration = rules.BindWith[arbitrationCase, Arbitration](p, RuleInjuryArbitration)
	e.permit = rules.BindWith[permitCase, ResidencePermit](p, RuleResidencePermit)
	e.parity = rules.BindWith[parityCase, HighSchoolParity](p, RuleHighSchoolParity)
	if err := errors.Join(p.Err, checkClaims(b)); err != nil {
		return nil, err
	}
	e.householdMains, e.memberMains = mainsOf(b, householdClaims), mainsOf(b, allMemberClaims)
	e.groupRules = map[string][]string{}
	for _, g := range b.Groups() {
		e.groupRules[g.ID] = g.Rules
	}
	return e, nil
}

// unitOf is the unit of the output of the rule id of b; the zero Unit when
// the book has no such rule or output (then binding the rule fails).
func unitOf(b *rules.Book, id, output string) rules.Unit {
	r, ok := b.Rule(id)
	if !ok {
		return rules.Unit{}
	}
	for _, o := range r.Outputs {
		if o.Name == output {
			return o.Unit
		}
	}
	return rules.Unit{}
}

// MustEvaluator is [NewEvaluator] for books known to hold the rules; it
// panics otherwise.
func MustEvaluator(b *rules.Book) *Evaluator {
	e, err := NewEvaluator(b)
	if err != nil {
		panic(err)
	}
	return e
}

// Book returns the book the evaluator uses.
func (e *Evaluator) Book() *rules.Book { return e.book }

// optFlag is a yes/no fact of an optional structure: not given when the
// structure is absent.
func optFlag(present, b bool) rules.Value {
	if !present {
		return rules.Value{}
	}
	return rules.BoolValue(b)
}

// optStated is a yes/no fact of an optional structure that the caller may
// leave unstated (nil): not given when either is absent.
func optStated(present bool, b *bool) rules.Value {
	if !present || b == nil {
		return rules.Value{}
	}
	return rules.BoolValue(*b)
}

// optCount is a count of an optional structure: not given when the
// structure is absent; zero is a count.
func optCount(present bool, n int) rules.Value {
	if !present {
		return rules.Value{}
	}
	return rules.NumberValue(decimal.NewFromInt(int64(n)))
}
