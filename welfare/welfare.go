package welfare

import (
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

	part2 // the rules of sections 三 to 八, in part2.go
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
		guardian:       rules.BindWith[mentalCase, MentalGuardianSubsidy](p, RuleMentalHealthSubsidy),
		mentalCare:     rules.BindWith[mentalCase, MentalCareSubsidy](p, RuleMentalHealthSubsidy),
		injection:      rules.BindWith[mentalCase, MentalInjectionSubsidy](p, RuleMentalHealthSubsidy),
		units: units{
			allowance:      unitOf(b, RuleDibaoAllowance, "allowance"),
			tekunCare:      unitOf(b, RuleTekunCareFee, "care_fee"),
			veteran:        unitOf(b, RuleVeteranSupplement, "supplement"),
			care:           unitOf(b, RuleElderlyCareSubsidy, "subsidy"),
			highAge:        unitOf(b, RuleHighAgeAllowance, "allowance"),
			child:          unitOf(b, RuleChildBasicLiving, "yearly"),
			familyPlanning: unitOf(b, RuleFamilyPlanningGrant, "grant"),
			worker:         unitOf(b, RuleWorkerLivingAid, "max_aid"),
			guardian:       unitOf(b, RuleMentalHealthSubsidy, "monthly"),
			mentalCare:     unitOf(b, RuleMentalHealthSubsidy, "monthly"),
			injection:      unitOf(b, RuleMentalHealthSubsidy, "yearly"),
		},
	}
	e.part2.bind(p)
	if p.Err != nil {
		return nil, p.Err
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

// TargetFigures are the city-wide figures the 2025 targets (一) are checked
// against; the tags name the rule's inputs. A figure not given is unknown,
// and reported missing: a zero standard, income or share is not given; the
// lowest rural income, which may truly be zero, is given by a non-nil
// pointer.
type TargetFigures struct {
	LowestDibaoStandard decimal.Decimal  `rule:"lowest_dibao_standard,omitzero"` // the lowest monthly 低保 standard of the city's localities, 元/人·月
	LowestRuralIncome   *decimal.Decimal `rule:"lowest_rural_income"`            // the lowest per-capita yearly income of a rural household, 元/人·年; nil: not given
	ResidentIncome      decimal.Decimal  `rule:"resident_income,omitzero"`       // residents' per-capita yearly income, 元/人·年
	MiddleIncomeShare   decimal.Decimal  `rule:"middle_income_share,omitzero"`   // share of families with yearly disposable income of 100,000–500,000, 0.8 for 80%
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
func (e *Evaluator) Targets2025(on rules.Date, f TargetFigures) (TargetsCheck, error) {
	return e.targets.Eval(on, f)
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
func (e *Evaluator) DibianStandard(on rules.Date, w DibianWidening) (DibianThreshold, error) {
	return e.dibian.Eval(on, w)
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
func (e *Evaluator) TekunBasicStandard(on rules.Date, s LocalStandards) (TekunStandard, error) {
	return e.tekunBasic.Eval(on, s)
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

// careCase is a member's case of 二、5's care subsidy, with the local 特困
// care-fee standard of the member's class: with no class, none is given,
// and the rule reports the class missing.
type careCase struct {
	MemberCase
	Standard decimal.Decimal `rule:"institution_care_standard,omitzero"`
}

// ElderlyCareSubsidy is the monthly care service subsidy of an older member.
type ElderlyCareSubsidy struct {
	Amount decimal.Decimal `rule:"subsidy"` // 元/人·月
	Unit   rules.Unit
	rules.Outcome[careCase]
}

// ElderlyCareSubsidy returns the monthly care service subsidy (养老服务补贴,
// 二、5) of a member of a 低保 household aged 60 or over who is dependent,
// demented or aged 80 or over: 500, 250 or 125 yuan by self-care ability,
// 125 for high age alone; in approved institutional care, the local 特困
// care-fee standard for the member's class (LocalStandards.TekunCareFee).
// 低边 elders at home are assessed locally ([rules.ErrCaseByCase]).
func (e *Evaluator) ElderlyCareSubsidy(on rules.Date, c MemberCase) (ElderlyCareSubsidy, error) {
	in := careCase{MemberCase: c}
	if c.SelfCare != "" {
		in.Standard = c.LocalStandards.TekunCareFee[c.SelfCare]
	}
	r, err := e.care.Eval(on, in)
	if err != nil {
		return r, err
	}
	r.Unit = e.units.care
	return r, nil
}

// HighAgeAllowance is the monthly high-age allowance of a member.
type HighAgeAllowance struct {
	Amount decimal.Decimal `rule:"allowance"` // 元/人·月
	Unit   rules.Unit
	rules.Outcome[MemberCase]
}

// HighAgeAllowance returns the monthly high-age allowance (高龄津贴, 二、5) of
// a member registered in 市区 (the member's date of birth, the household's
// locality): 50 yuan at 80–89, 200 at 90–99, at least 500 at 100 or over,
// in full years on the evaluation date. The counties follow these figures
// by reference and set their own (各县（市）参照执行): for a county
// registration the error matches [rules.ErrCaseByCase] and carries 市区's
// figures as the reference ([rules.Error.Reference]), unless the
// evaluator's book holds that county's own figures ([CountyHighAgeAllowance]).
func (e *Evaluator) HighAgeAllowance(on rules.Date, c MemberCase) (HighAgeAllowance, error) {
	r, err := e.highAge.Eval(on, c)
	if err != nil {
		return r, err
	}
	r.Unit = e.units.highAge
	return r, nil
}

// CountyHighAgeAllowance returns the overrides by which a county's own book
// pays the county's high-age allowance (二、5: 各县（市）参照执行，已超上述津贴
// 标准执行的地区在现有基础上不降低标准): its figures by age band, from a date,
// citing the county's text, with the county's registrations marked as paid
// at the book's figures. Pass them to [rules.Book.Derive]; the figures may
// not be below 市区's.
func CountyHighAgeAllowance(county Locality, from rules.Date, figures *rules.Bracket, c rules.Citation) []rules.Override {
	t := highAgeStandards().History[0].Value.(rules.Table)
	rows := make([]rules.Row, len(t.Rows))
	for i, r := range t.Rows {
		rows[i] = rules.Row{Keys: append([]string(nil), r.Keys...), Value: r.Value}
		if r.Keys[0] == string(county) {
			rows[i].Value = highAgeOwnFigures
		}
	}
	return []rules.Override{
		{Param: "high_age_allowance", From: from, Value: figures, Cite: c},
		{Param: "high_age_standard_of", From: from, Value: rules.Table{Rows: rows}, Cite: c},
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
func (e *Evaluator) FamilyPlanningGrant(on rules.Date, h Household) (FamilyPlanningGrant, error) {
	r, err := e.familyPlanning.Eval(on, familyPlanningCase{Household: h, Category: h.FamilyPlanning})
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

// mentalCase is a member's case of one subsidy (part) of 二、9: the
// member's [MentalHealth], and whether the member is a patient at all (a
// member without Member.Mental is none).
type mentalCase struct {
	MemberCase
	MentalHealth
	Patient bool             `rule:"patient"`
	Part    MentalHealthPart `rule:"part"`
}

func mentalOf(c MemberCase, part MentalHealthPart) mentalCase {
	in := mentalCase{MemberCase: c, Part: part, Patient: c.Mental != nil}
	if c.Mental != nil {
		in.MentalHealth = *c.Mental
	}
	return in
}

// MentalGuardianSubsidy is the monthly subsidy of a patient's guardian.
type MentalGuardianSubsidy struct {
	Amount decimal.Decimal `rule:"monthly"` // 元/人·月
	Unit   rules.Unit
	rules.Outcome[mentalCase]
}

// MentalGuardianSubsidy returns the monthly subsidy (监护补助, 二、9) paid to
// the guardian of a class Ⅰ (150 yuan) or class Ⅱ (400 yuan) patient who
// effectively fulfils the duty of guardianship.
func (e *Evaluator) MentalGuardianSubsidy(on rules.Date, c MemberCase) (MentalGuardianSubsidy, error) {
	r, err := e.guardian.Eval(on, mentalOf(c, PartGuardian))
	if err != nil {
		return r, err
	}
	r.Unit = e.units.guardian
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
	r, err := e.mentalCare.Eval(on, mentalOf(c, PartCare))
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
	r, err := e.injection.Eval(on, mentalOf(c, PartInjection))
	if err != nil {
		return r, err
	}
	r.Unit = e.units.injection
	return r, nil
}
