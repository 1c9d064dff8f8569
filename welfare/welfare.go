package welfare

import (
	"fmt"
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

// Benefit is what a rule grants a person or household: the figure, whether
// the case qualifies and, when it does not, every condition it failed.
type Benefit struct {
	Rule     string          // the catalogue ID
	Amount   decimal.Decimal // the figure, rounded as the rule says; zero when not eligible
	Unit     rules.Unit
	Eligible bool
	Failed   []rules.Failure // the conditions not met, with the values that decided them
	Result   *rules.Result   // the evaluation: citations, explanation, receipt
}

// Decision is what a rule decides without paying an amount: whether the
// case qualifies (for priority housing, a residence permit, high-school
// parity, free transport…), the outcome in the rule's words, and, when it
// does not, every condition it failed.
type Decision struct {
	Rule     string
	Eligible bool
	Outcome  string          // the rule's main output: what the case is granted, and on what ground
	Failed   []rules.Failure // the conditions not met, with the values that decided them
	Result   *rules.Result
}

func decision(res *rules.Result, err error) (Decision, error) {
	if err != nil {
		return Decision{}, err
	}
	d := Decision{Rule: res.Rule, Eligible: res.Eligible, Failed: res.Failed, Result: res}
	switch {
	case res.Value.Kind() == rules.KindText:
		d.Outcome = res.Value.Text()
	case res.Eligible && len(res.Figures) > 0:
		d.Outcome = res.Figures[0].Title.Zh
	}
	return d, nil
}

func benefit(res *rules.Result, err error, output string) (Benefit, error) {
	if err != nil {
		return Benefit{}, err
	}
	f, ok := res.Figure(output)
	if !ok {
		return Benefit{}, fmt.Errorf("welfare: rule %s has no output %q", res.Rule, output)
	}
	return Benefit{Rule: res.Rule, Amount: f.Value.Number(), Unit: f.Unit, Eligible: res.Eligible, Failed: res.Failed, Result: res}, nil
}

// Evaluator evaluates the document's rules with a given book: the
// document's own, or one derived from it with a locality's higher figures.
// It is safe for concurrent use.
type Evaluator struct {
	book                                          *rules.Book
	targets, phaseOut, exempt, allowance, dibian  *rules.Prepared
	tekunBasic, tekunCare, veteran, care, highAge *rules.Prepared
	child, familyPlanning, worker, mental         *rules.Prepared
	part2                                         // the rules of sections 三 to 八, in part2.go
}

// NewEvaluator returns an evaluator over b, which must hold the document's
// rules with their inputs (the book of [Book], or one derived from it).
func NewEvaluator(b *rules.Book) (*Evaluator, error) {
	e := &Evaluator{book: b}
	p := &rules.Preparer{Book: b}
	prep := p.Prepare
	e.targets = prep(RuleTargets2025, "lowest_dibao_standard", "lowest_rural_income", "resident_income", "middle_income_share")
	e.phaseOut = prep(RuleDibaoPhaseOut, "household_status", "counted_income", "period_months", "members",
		"dibao_standard", "dibian_standard", "found_on", "by_subscription", "period_to")
	e.exempt = prep(RuleIncomeExemptions, "kind", "amount", "period_months", "household_status", "dibian_standard",
		"disability", "first_employment", "started_on", "low_income_farmer", "already_excluded", "line_already_used",
		"period_from", "period_to")
	e.allowance = prep(RuleDibaoAllowance, "household_status", "counted_income", "period_months", "members", "dibao_standard")
	e.dibian = prep(RuleDibianStandard, "dibao_standard", "factor", "minimum_wage")
	e.tekunBasic = prep(RuleTekunBasicStandard, "urban_consumption", "dibao_standard")
	e.tekunCare = prep(RuleTekunCareFee, "tekun_support", "self_care", "minimum_wage")
	e.veteran = prep(RuleVeteranSupplement, "veteran", "household_status", "dibao_standard", "hukou")
	e.care = prep(RuleElderlyCareSubsidy, "birth_date", "household_status", "self_care", "dementia", "care_mode",
		"county_approved", "institution_care_standard", "hukou")
	e.highAge = prep(RuleHighAgeAllowance, "birth_date", "hukou")
	e.child = prep(RuleChildBasicLiving, "birth_date", "category", "household_status", "disability", "disability_grade",
		"living_consumption", "hukou")
	e.familyPlanning = prep(RuleFamilyPlanningGrant, "hukou", "category")
	e.worker = prep(RuleWorkerLivingAid, "registered", "dibao_standard", "hukou")
	e.mental = prep(RuleMentalHealthSubsidy, "part", "patient", "risk_class", "guardian_fulfils", "community_managed",
		"tekun_support", "household_status", "schizophrenia", "poor_compliance", "weak_guardianship", "incident_risk",
		"injection_approved", "hukou")
	e.part2.bind(p)
	if p.Err != nil {
		return nil, p.Err
	}
	return e, nil
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

// Values of the typed API as rule inputs. The zero value of an enum, a date
// or a standard is "not given": the rule's default applies, or the input
// is reported missing by name.
func text[T ~string](v T) rules.Value {
	if v == "" {
		return rules.Value{}
	}
	return rules.TextValue(string(v))
}

func num(x decimal.Decimal) rules.Value { return rules.NumberValue(x) }

// given is a figure that cannot be zero (a standard, a statistic): zero
// means the caller did not give it.
func given(x decimal.Decimal) rules.Value {
	if x.IsZero() {
		return rules.Value{}
	}
	return rules.NumberValue(x)
}

func count(n int) rules.Value { return rules.NumberValue(decimal.NewFromInt(int64(n))) }

func flag(b bool) rules.Value { return rules.BoolValue(b) }

// stated is a yes/no fact that may be unknown: nil is not stated.
func stated(b *bool) rules.Value {
	if b == nil {
		return rules.Value{}
	}
	return rules.BoolValue(*b)
}

func day(d rules.Date) rules.Value {
	if d.IsZero() {
		return rules.Value{}
	}
	return rules.DateValue(d)
}

// TargetFigures are the city-wide figures the 2025 targets (一) are checked
// against. A figure not given is unknown, and reported missing: a zero
// standard, income or share is not given; the lowest rural income, which
// may truly be zero, is given by a non-nil pointer.
type TargetFigures struct {
	LowestDibaoStandard decimal.Decimal  // the lowest monthly 低保 standard of the city's localities, 元/人·月
	LowestRuralIncome   *decimal.Decimal // the lowest per-capita yearly income of a rural household, 元/人·年; nil: not given
	ResidentIncome      decimal.Decimal  // residents' per-capita yearly income, 元/人·年
	MiddleIncomeShare   decimal.Decimal  // share of families with yearly disposable income of 100,000–500,000, 0.8 for 80%
}

// TargetsCheck says which of the 2025 targets the figures meet.
type TargetsCheck struct {
	AllMet            bool
	DibaoStandard     bool // 全市年低保标准1.3万元以上
	RuralIncome       bool // 消除农村家庭人均年收入1.3万元以下现象
	ResidentIncome    bool // 居民人均收入达到7.7万元
	MiddleIncomeShare bool // 家庭年可支配收入10－50万元的群体比例达到80%
	Result            *rules.Result
}

// Targets2025 checks figures against the targets for 2025 (工作目标, 一):
// a yearly 低保 standard of 13,000 or more, no rural household with a
// per-capita yearly income of 13,000 or less, residents' per-capita income of
// 77,000, and 80% of families with a yearly disposable income of
// 100,000–500,000. A figure not given is reported missing, never read as a
// target not met.
func Targets2025(on rules.Date, f TargetFigures) (TargetsCheck, error) {
	return std().Targets2025(on, f)
}

// Targets2025 is the package's [Targets2025] over e's book.
func (e *Evaluator) Targets2025(on rules.Date, f TargetFigures) (TargetsCheck, error) {
	rural := rules.Value{}
	if f.LowestRuralIncome != nil {
		rural = num(*f.LowestRuralIncome)
	}
	res, err := e.targets.Eval(on, given(f.LowestDibaoStandard), rural, given(f.ResidentIncome), given(f.MiddleIncomeShare))
	if err != nil {
		return TargetsCheck{}, err
	}
	b := func(name string) bool { v, _ := res.Figure(name); return v.Value.Bool() }
	return TargetsCheck{AllMet: b("all_met"), DibaoStandard: b("dibao_standard_met"), RuralIncome: b("rural_income_met"),
		ResidentIncome: b("resident_income_met"), MiddleIncomeShare: b("middle_share_met"), Result: res}, nil
}

// DibianThreshold is the widest 低边 threshold a locality may set.
type DibianThreshold struct {
	Threshold    decimal.Decimal // 元/人·月
	CappedByWage bool            // the minimum wage held it down
	Result       *rules.Result
}

// DibianStandard returns the 低边 threshold (低保边缘认定标准, 二、2) a
// locality that widens it to factor × its 低保 standard may set: never above
// twice the standard (a larger factor is an invalid input) nor above the
// local monthly minimum wage.
func DibianStandard(on rules.Date, s LocalStandards, factor decimal.Decimal) (DibianThreshold, error) {
	return std().DibianStandard(on, s, factor)
}

// DibianStandard is the package's [DibianStandard] over e's book.
func (e *Evaluator) DibianStandard(on rules.Date, s LocalStandards, factor decimal.Decimal) (DibianThreshold, error) {
	res, err := e.dibian.Eval(on, given(s.Dibao), num(factor), given(s.MinimumWage))
	if err != nil {
		return DibianThreshold{}, err
	}
	t, _ := res.Figure("threshold")
	c, _ := res.Figure("capped_by_wage")
	return DibianThreshold{Threshold: t.Value.Number(), CappedByWage: c.Value.Bool(), Result: res}, nil
}

// TekunStandard is the minimum basic living standard of 特困 persons.
type TekunStandard struct {
	Monthly decimal.Decimal // 元/人·月, rounded up to the fen
	Yearly  decimal.Decimal // 元/人·年, rounded up to the fen
	Binding string          // which floor binds: 按上年度城镇居民人均消费支出 or 按低保标准倍数
	Result  *rules.Result
}

// TekunBasicStandard returns the minimum basic living standard of 特困
// persons (特困人员基本生活保障标准, 二、3): not below 50% of last year's local
// urban per-capita consumption expenditure, and not below 1.3 times the
// 低保 standard. A locality may set more.
func TekunBasicStandard(on rules.Date, s LocalStandards) (TekunStandard, error) {
	return std().TekunBasicStandard(on, s)
}

// TekunBasicStandard is the package's [TekunBasicStandard] over e's book.
func (e *Evaluator) TekunBasicStandard(on rules.Date, s LocalStandards) (TekunStandard, error) {
	res, err := e.tekunBasic.Eval(on, given(s.UrbanConsumption), given(s.Dibao))
	if err != nil {
		return TekunStandard{}, err
	}
	m, _ := res.Figure("monthly")
	y, _ := res.Figure("yearly")
	b, _ := res.Figure("binding")
	return TekunStandard{Monthly: m.Value.Number(), Yearly: y.Value.Number(), Binding: b.Value.Text(), Result: res}, nil
}

// TekunCareFee returns the monthly care fee (照料护理费用, 二、3) of a 特困
// member: in a social institution bought by the government, 80%, 40%, 20% or
// 10% of the monthly minimum wage by self-care ability; in dispersed support,
// half of that. For a member in a government-run institution the fee is
// fixed locally: the error matches [rules.ErrCaseByCase].
func TekunCareFee(on rules.Date, m Member, s LocalStandards) (Benefit, error) {
	return std().TekunCareFee(on, m, s)
}

// TekunCareFee is the package's [TekunCareFee] over e's book.
func (e *Evaluator) TekunCareFee(on rules.Date, m Member, s LocalStandards) (Benefit, error) {
	res, err := e.tekunCare.Eval(on, text(m.Tekun), text(m.SelfCare), given(s.MinimumWage))
	return benefit(res, err, "care_fee")
}

// VeteranSupplement returns the monthly living supplement (生活补助, 二、4) of
// a veteran in a 低保 household: at least 10% of the local 低保 standard. It
// is not counted as household income.
func VeteranSupplement(on rules.Date, h Household, m Member, s LocalStandards) (Benefit, error) {
	return std().VeteranSupplement(on, h, m, s)
}

// VeteranSupplement is the package's [VeteranSupplement] over e's book.
func (e *Evaluator) VeteranSupplement(on rules.Date, h Household, m Member, s LocalStandards) (Benefit, error) {
	res, err := e.veteran.Eval(on, flag(m.Veteran), text(h.Status), given(s.Dibao), text(h.Locality))
	return benefit(res, err, "supplement")
}

// ElderlyCareSubsidy returns the monthly care service subsidy (养老服务补贴,
// 二、5) of a member of a 低保 household aged 60 or over who is dependent,
// demented or aged 80 or over: 500, 250 or 125 yuan by self-care ability,
// 125 for high age alone; in approved institutional care, the local 特困
// care-fee standard for the member's class (LocalStandards.TekunCareFee).
// 低边 elders at home are assessed locally ([rules.ErrCaseByCase]).
func ElderlyCareSubsidy(on rules.Date, h Household, m Member, s LocalStandards) (Benefit, error) {
	return std().ElderlyCareSubsidy(on, h, m, s)
}

// ElderlyCareSubsidy is the package's [ElderlyCareSubsidy] over e's book.
func (e *Evaluator) ElderlyCareSubsidy(on rules.Date, h Household, m Member, s LocalStandards) (Benefit, error) {
	// The institutional standard is the one of the member's class; with no
	// class, none is given, and the rule reports the class missing.
	standard := rules.Value{}
	if m.SelfCare != "" {
		standard = given(s.TekunCareFee[m.SelfCare])
	}
	res, err := e.care.Eval(on, day(m.BirthDate), text(h.Status), text(m.SelfCare), stated(m.Dementia), text(m.CareMode),
		flag(m.CareApproved), standard, text(h.Locality))
	return benefit(res, err, "subsidy")
}

// HighAgeAllowance returns the monthly high-age allowance (高龄津贴, 二、5) of
// a member registered in 市区: 50 yuan at 80–89, 200 at 90–99, at least 500
// at 100 or over, in full years on the evaluation date. The counties follow
// these figures by reference and set their own (各县（市）参照执行): for a
// county registration the error matches [rules.ErrCaseByCase] and carries
// 市区's figures as the reference ([rules.Error.Reference]), unless the
// evaluator's book holds that county's own figures ([CountyHighAgeAllowance]).
func HighAgeAllowance(on rules.Date, h Household, m Member) (Benefit, error) {
	return std().HighAgeAllowance(on, h, m)
}

// HighAgeAllowance is the package's [HighAgeAllowance] over e's book.
func (e *Evaluator) HighAgeAllowance(on rules.Date, h Household, m Member) (Benefit, error) {
	res, err := e.highAge.Eval(on, day(m.BirthDate), text(h.Locality))
	return benefit(res, err, "allowance")
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

// ChildBasicLiving returns the yearly minimum basic living standard
// (年基本生活最低养育标准, 二、6) of an orphan or a child in difficulty: at
// least 70% of last year's local urban per-capita living consumption
// expenditure. The monthly figure is in the result (output "monthly").
func ChildBasicLiving(on rules.Date, h Household, m Member, s LocalStandards) (Benefit, error) {
	return std().ChildBasicLiving(on, h, m, s)
}

// ChildBasicLiving is the package's [ChildBasicLiving] over e's book.
func (e *Evaluator) ChildBasicLiving(on rules.Date, h Household, m Member, s LocalStandards) (Benefit, error) {
	res, err := e.child.Eval(on, day(m.BirthDate), text(m.ChildCategory), text(h.Status), text(m.Disability),
		count(m.DisabilityGrade), given(s.UrbanLivingConsumption), text(h.Locality))
	return benefit(res, err, "yearly")
}

// FamilyPlanningGrant returns the grant per household (计生困难家庭补助,
// 二、7) of a recognised family-planning hardship household in 市区: 3,500
// yuan for serious illness, 3,000 for a lost or disabled only child or
// special hardship, 1,500 for left-behind members.
func FamilyPlanningGrant(on rules.Date, h Household) (Benefit, error) {
	return std().FamilyPlanningGrant(on, h)
}

// FamilyPlanningGrant is the package's [FamilyPlanningGrant] over e's book.
func (e *Evaluator) FamilyPlanningGrant(on rules.Date, h Household) (Benefit, error) {
	res, err := e.familyPlanning.Eval(on, text(h.Locality), text(h.FamilyPlanning))
	return benefit(res, err, "grant")
}

// WorkerLivingAid returns the most a registered hardship worker's household
// may receive as living aid in a year (建档困难职工生活帮扶, 二、8): the local
// monthly 低保 standard × 12.
func WorkerLivingAid(on rules.Date, h Household, s LocalStandards) (Benefit, error) {
	return std().WorkerLivingAid(on, h, s)
}

// WorkerLivingAid is the package's [WorkerLivingAid] over e's book.
func (e *Evaluator) WorkerLivingAid(on rules.Date, h Household, s LocalStandards) (Benefit, error) {
	res, err := e.worker.Eval(on, flag(h.HardshipWorker), given(s.Dibao), text(h.Locality))
	return benefit(res, err, "max_aid")
}

// MentalGuardianSubsidy returns the monthly subsidy (监护补助, 二、9) paid to
// the guardian of a class Ⅰ (150 yuan) or class Ⅱ (400 yuan) patient who
// effectively fulfils the duty of guardianship.
func MentalGuardianSubsidy(on rules.Date, h Household, m Member) (Benefit, error) {
	return std().MentalGuardianSubsidy(on, h, m)
}

// MentalGuardianSubsidy is the package's [MentalGuardianSubsidy] over e's book.
func (e *Evaluator) MentalGuardianSubsidy(on rules.Date, h Household, m Member) (Benefit, error) {
	res, err := e.mentalEval(on, h, m, PartGuardian)
	return benefit(res, err, "monthly")
}

// MentalCareSubsidy returns the monthly care subsidy (护理照料补贴, 二、9) of
// a 特困, 低保 or 低边 patient under village or community management: 200
// yuan.
func MentalCareSubsidy(on rules.Date, h Household, m Member) (Benefit, error) {
	return std().MentalCareSubsidy(on, h, m)
}

// MentalCareSubsidy is the package's [MentalCareSubsidy] over e's book.
func (e *Evaluator) MentalCareSubsidy(on rules.Date, h Household, m Member) (Benefit, error) {
	res, err := e.mentalEval(on, h, m, PartCare)
	return benefit(res, err, "monthly")
}

// MentalInjectionSubsidy returns the yearly subsidy (长效针剂注射治疗补助,
// 二、9) of a schizophrenia patient with poor compliance, weak or no
// guardianship and a risk of incidents, once assessed: 10,000 yuan.
func MentalInjectionSubsidy(on rules.Date, h Household, m Member) (Benefit, error) {
	return std().MentalInjectionSubsidy(on, h, m)
}

// MentalInjectionSubsidy is the package's [MentalInjectionSubsidy] over e's book.
func (e *Evaluator) MentalInjectionSubsidy(on rules.Date, h Household, m Member) (Benefit, error) {
	res, err := e.mentalEval(on, h, m, PartInjection)
	return benefit(res, err, "yearly")
}

func (e *Evaluator) mentalEval(on rules.Date, h Household, m Member, part MentalHealthPart) (*rules.Result, error) {
	var mh MentalHealth
	if m.Mental != nil {
		mh = *m.Mental
	}
	return e.mental.Eval(on, text(part), flag(m.Mental != nil), text(mh.RiskClass), flag(mh.GuardianFulfils),
		flag(mh.CommunityManaged), text(m.Tekun), text(h.Status), flag(mh.Schizophrenia), flag(mh.PoorCompliance),
		flag(mh.WeakGuardianship), flag(mh.IncidentRisk), flag(mh.InjectionApproved), text(h.Locality))
}
