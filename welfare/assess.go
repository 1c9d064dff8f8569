package welfare

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// This file is the household assessment of 九、30 (免申直享: benefits paid
// without an application): every benefit of the document a household and
// its members qualify for, and why not the others. Go here only chooses
// which rules a household's facts allow to evaluate, runs them, and applies
// the take-the-higher choices of 附则2; every figure and every condition is
// a rule's.

// checkClaims reports every output an assessment claim shows or grants by
// name that its rule in b does not have, so that a statement never shows
// a figure by a misspelt name.
func checkClaims(b *rules.Book) error {
	var errs []error
	for _, c := range append(append([]claim(nil), householdClaims...), allMemberClaims...) {
		r, ok := b.Rule(c.rule)
		if !ok {
			errs = append(errs, fmt.Errorf("welfare: the assessment evaluates %s, which the book does not have", c.rule))
			continue
		}
		for _, name := range append(append(append([]string(nil), c.show...), c.inKind...), c.main) {
			if name != "" && !slices.ContainsFunc(r.Outputs, func(o rules.Output) bool { return o.Name == name }) {
				errs = append(errs, fmt.Errorf("welfare: the assessment shows output %q of %s, which the rule does not have", name, c.rule))
			}
		}
	}
	return errors.Join(errs...)
}

// claim is one benefit the assessment evaluates.
type claim struct {
	rule  string
	part  string
	needs func(h *Household, m *Member, into []string) []string // appends the facts the household data lacks to into
	// refused, when set, reports a member whose case the claim builds so
	// that a condition of the rule fails whatever the other facts — not a
	// patient (no Member.Mental) — so that a screening counts
	// the benefit not granted without evaluating it. Assess evaluates it
	// all the same, for the failed conditions it lists. Screen is checked
	// against Assess on every worked, fuzzed and synthetic household.
	refused func(m *Member) bool
	// run evaluates the benefit: for the full result when how.full (the
	// statement's entry), otherwise for whether it is granted and its main
	// figure only (a screening).
	run  func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error)
	show []string // outputs shown for a granted benefit; nil: the main one
	// main is the output whose figure the entry grants when it is not the
	// rule's first: the cover bought of the accident insurance, not the
	// least premium.
	main string
	// inKind are the outputs a granted benefit gives in kind, each a
	// quantity with its unit (六、20's water, gas and electricity): the
	// entry's Quantities.
	inKind []string
	// reads are facts Go reads for the claim beyond its rule's inputs, by
	// input name: the way of support the 特困 standard is listed by.
	reads []string
	// payee is whom a granted benefit is paid to when not the member or
	// household (Entry.Payee); nil for those paid to them.
	payee func(h Household, m Member) (*Payee, error)
}

// how says what a claim's evaluation is for: the full result (an
// assessment's entry), or only whether the benefit is granted and the
// output named main (a screening).
type how struct {
	full bool
	main string
}

// picked is what a claim's evaluation gives: the full result when asked
// for, otherwise whether the benefit is granted and its main figure.
type picked struct {
	res      *rules.Result
	eligible bool
	main     rules.Value
}

// take takes from a typed evaluation (out, with its Outcome o) what how
// asks for: the full result, evaluated again through the Outcome, or the
// eligibility and the main figure read from the result's own fields.
func take[In, Out any](bd *rules.Binding[In, Out], how how, out *Out, o *rules.Outcome[In], err error) (picked, error) {
	switch {
	case err != nil:
		return picked{}, err
	case how.full:
		return picked{res: o.Result()}, nil
	case !o.Eligible():
		return picked{}, nil
	}
	v, ok := bd.Output(out, how.main)
	if !ok {
		v = figure(o.Result(), how.main) // no field of Out holds it
	}
	return picked{eligible: true, main: v}, nil
}

// figure is the value of the output name of a full result.
func figure(res *rules.Result, name string) rules.Value {
	f, _ := res.Figure(name)
	return f.Value
}

// direct evaluates a case through its binding for what how asks for; a
// screening keeps no copy of the case.
func direct[In, Out any](bd *rules.Binding[In, Out], on rules.Date, in In, how how) (picked, error) {
	if how.full {
		res, err := bd.Result(on, in)
		return picked{res: res}, err
	}
	var out Out
	eligible, err := bd.Screen(on, &in, &out)
	if err != nil || !eligible {
		return picked{}, err
	}
	v, ok := bd.Output(&out, how.main)
	if !ok {
		res, err := bd.Result(on, in) // no field of Out holds it
		if err != nil {
			return picked{}, err
		}
		v = figure(res, how.main)
	}
	return picked{eligible: true, main: v}, nil
}

// caseRun is direct for a case built from the household's facts, which
// may refuse them (err).
func caseRun[In, Out any](bd *rules.Binding[In, Out], on rules.Date, in In, err error, how how) (picked, error) {
	if err != nil {
		return picked{}, err
	}
	return direct(bd, on, in, how)
}

func lacks(absent bool, fact string, into []string) []string {
	if absent {
		return append(into, fact)
	}
	return into
}

// householdClaims are the household's benefits, in the order of the
// document.
var householdClaims = []claim{
	{rule: RuleDibaoAllowance, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
		h := f.h
		c := f.hc
		if how.full {
			x, err := e.DibaoAllowance(on, c)
			return take(e.allowance, how, &x, &x.Outcome, err)
		}
		// A screening: the counted income without each item's result, then
		// the allowance, as DibaoAllowance evaluates it.
		counted, _, err := e.countIncome(on, &c, nil)
		if err != nil {
			return picked{}, err
		}
		return direct(e.allowance, on, allowanceCase{HouseholdCase: c, Counted: counted, Months: h.Income.PeriodMonths, Members: len(h.Members)}, how)
	}, show: []string{"allowance", "per_capita_income"}},
	{rule: RuleFamilyPlanningGrant, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
		h := f.h
		if !how.full {
			return direct(e.familyPlanning, on, familyPlanningCaseOf(*h), how) // the typed method's evaluation, keeping no copy
		}
		x, err := e.FamilyPlanningGrant(on, *h)
		return take(e.familyPlanning, how, &x, &x.Outcome, err)
	}},
	{rule: RuleWorkerLivingAid, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
		if !how.full {
			return direct(e.worker, on, f.hc, how) // the typed method's evaluation, keeping no copy
		}
		x, err := e.WorkerLivingAid(on, f.hc)
		return take(e.worker, how, &x, &x.Outcome, err)
	}},
	{rule: RuleRentalEligibility, needs: needsHousing, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
		h := f.h
		track := trackNewCitizen
		if h.Locality.Urban() {
			track = trackPriority
		}
		c, err := rentalCaseOf(*h, track)
		return caseRun(e.rental, on, c, err, how)
	}, show: []string{"allocation", "basis"}},
	{rule: RuleRentSubsidy, needs: needsHousing, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
		h := f.h
		c, err := rentCaseOf(*h)
		return caseRun(e.rent, on, c, err, how)
	}, show: []string{"monthly", "kind"}},
	{rule: RuleRuralRenovation, needs: func(h *Household, _ *Member, into []string) []string {
		return lacks(h.Renovation == nil, "Household.Renovation", into)
	},
		run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			h := f.h
			c, err := renovationCaseOf(*h)
			return caseRun(e.renovation, on, c, err, how)
		}, show: []string{"total", "provincial_grant", "city_grant", "provincial_note"}},
	{rule: RuleUtilityQuota, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
		h := f.h
		return direct(e.quota, on, quotaCaseOf(*h), how)
	}, show: []string{"water", "gas", "electricity", "cable_tv_waived"}, inKind: []string{"water", "gas", "electricity"}},
	{rule: RuleSanitationWorkerSubsidy, needs: func(h *Household, _ *Member, into []string) []string {
		into = lacks(h.Housing == nil, "Household.Housing", into)
		_, ok := worker(*h)
		return lacks(!ok, "Member.Employment", into)
	}, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
		h := f.h
		return direct(e.sanitation, on, sanitationCaseOf(*h), how)
	}, show: []string{"monthly", "months_left"}},
}

// notPatient is a member with no mental-health record: mentalOf gives the
// rules of 二、9 patient = false, a condition of each.
func notPatient(m *Member) bool { return m.Mental == nil }

func needsHousing(h *Household, _ *Member, into []string) []string {
	return lacks(h.Housing == nil, "Household.Housing", into)
}

func needsMedical(_ *Household, m *Member, into []string) []string {
	return lacks(m.Medical == nil, "Member.Medical", into)
}
func needsRehab(_ *Household, m *Member, into []string) []string {
	return lacks(m.Rehab == nil, "Member.Rehab", into)
}
func needsStudent(_ *Household, m *Member, into []string) []string {
	return lacks(m.Student == nil, "Member.Student", into)
}

// memberClaims are a member's benefits, in the order of the document.
func memberClaims() []claim {
	cs := []claim{
		{rule: RuleTekunBasicStandard, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			m, s := f.m, f.s
			// The standard is a 特困 member's: a way of support none of the
			// document's is refused, never read as 特困.
			if err := known(RuleTekunBasicStandard, "tekun_support", m.Tekun, TekunSupports()); err != nil {
				return picked{}, err
			}
			if !how.full {
				return direct(e.tekunBasic, on, *s, how) // the typed method's evaluation, keeping no copy
			}
			x, err := e.TekunBasicStandard(on, *s)
			return take(e.tekunBasic, how, &x, &x.Outcome, err)
		}, show: []string{"monthly", "yearly"}, reads: []string{"tekun_support"}},
		{rule: RuleTekunCareFee, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			if !how.full {
				return direct(e.tekunCare, on, f.mc, how) // the typed method's evaluation, keeping no copy
			}
			x, err := e.TekunCareFee(on, f.mc)
			return take(e.tekunCare, how, &x, &x.Outcome, err)
		}},
		{rule: RuleVeteranSupplement, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			if !how.full {
				return direct(e.veteran, on, f.mc, how) // the typed method's evaluation, keeping no copy
			}
			x, err := e.VeteranSupplement(on, f.mc)
			return take(e.veteran, how, &x, &x.Outcome, err)
		}},
		{rule: RuleElderlyCareSubsidy, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			if !how.full {
				return direct(e.care, on, careCaseOf(f.mc), how) // the typed method's evaluation, keeping no copy
			}
			x, err := e.ElderlyCareSubsidy(on, f.mc)
			return take(e.care, how, &x, &x.Outcome, err)
		}},
		{rule: RuleHighAgeAllowance, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			if !how.full {
				return direct(e.highAge, on, f.mc, how) // the typed method's evaluation, keeping no copy
			}
			x, err := e.HighAgeAllowance(on, f.mc)
			return take(e.highAge, how, &x, &x.Outcome, err)
		}},
		{rule: RuleChildBasicLiving, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			if !how.full {
				return direct(e.child, on, f.mc, how) // the typed method's evaluation, keeping no copy
			}
			x, err := e.ChildBasicLiving(on, f.mc)
			return take(e.child, how, &x, &x.Outcome, err)
		}, show: []string{"yearly", "monthly"}},
	}
	cs = append(cs,
		// Paid to the guardian, whom the household names (or not): the
		// entry's payee.
		claim{rule: RuleMentalGuardianSubsidy, refused: notPatient,
			run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
				if !how.full {
					return direct(e.guardian, on, mentalOf(f.mc), how) // the typed method's evaluation, keeping no copy
				}
				x, err := e.MentalGuardianSubsidy(on, f.mc)
				return take(e.guardian, how, &x, &x.Outcome, err)
			}, reads: []string{inputGuardian}, payee: guardianPayee},
		claim{rule: RuleMentalCareSubsidy, refused: notPatient,
			run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
				if !how.full {
					return direct(e.mentalCare, on, mentalOf(f.mc), how) // the typed method's evaluation, keeping no copy
				}
				x, err := e.MentalCareSubsidy(on, f.mc)
				return take(e.mentalCare, how, &x, &x.Outcome, err)
			}},
		claim{rule: RuleMentalInjectionSubsidy, refused: notPatient,
			run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
				if !how.full {
					return direct(e.injection, on, mentalOf(f.mc), how) // the typed method's evaluation, keeping no copy
				}
				x, err := e.MentalInjectionSubsidy(on, f.mc)
				return take(e.injection, how, &x, &x.Outcome, err)
			}},
	)
	cs = append(cs,
		claim{rule: RuleMedicalAssistance, needs: needsMedical, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			h, m := f.h, f.m
			return direct(e.assistance, on, assistanceCaseOf(*h, *m), how)
		}},
		claim{rule: RuleVeteranMedicalAid, needs: needsMedical, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			h, m, s := f.h, f.m, f.s
			c, err := e.veteranAidCaseOf(on, *h, *m, *s)
			return caseRun(e.veteranAid, on, c, err, how)
		}, show: []string{"aid", "cap_left_after"}},
		claim{rule: RuleRehabSubsidy, needs: needsRehab, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			m := f.m
			return direct(e.rehab, on, rehabCaseOf(*m), how)
		}},
		claim{rule: RuleRehabLivingAllowance, needs: needsRehab, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			m := f.m
			return direct(e.rehabLiving, on, rehabLivingCaseOf(*m), how)
		}},
		// Accident insurance is cover bought for the member (不低于50元), not
		// money paid: the entry's outcome, with the least premium shown.
		claim{rule: RuleAccidentInsurance, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			m := f.m
			return direct(e.accident, on, accidentCase{Disability: m.Disability}, how)
		}, main: "cover", show: []string{"cover", "premium_min"}},
		claim{rule: RuleNutritionMeal, needs: needsStudent, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			m, s := f.m, f.s
			return direct(e.meal, on, mealCaseOf(*m, *s), how)
		}},
	)
	for _, scheme := range StudyGrantSchemes() {
		cs = append(cs, claim{rule: RuleStudyGrant, part: string(scheme), needs: needsStudent, show: []string{"grant", "period"},
			run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
				h, m := f.h, f.m
				return direct(e.study, on, studyCaseOf(*h, *m, scheme), how)
			}})
	}
	cs = append(cs,
		claim{rule: RuleResidentPensionSubsidy, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			h, m, s := f.h, f.m, f.s
			return direct(e.pension, on, premiumCaseOf(*h, *m, *s, m.ResidentPension), how)
		}},
		claim{rule: RuleResidentMedicalSubsidy, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			h, m, s := f.h, f.m, f.s
			return direct(e.medicalPremium, on, premiumCaseOf(*h, *m, *s, m.ResidentMedical), how)
		}},
		claim{rule: RuleSupplementaryInsurance, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			h, m := f.h, f.m
			return direct(e.supplementary, on, premiumCaseOf(*h, *m, LocalStandards{}, false), how)
		}},
		claim{rule: RuleFreeTransport, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			h, m := f.h, f.m
			return direct(e.transport, on, transportCaseOf(*h, *m), how)
		}},
		claim{rule: RulePublicWelfarePostSubsidy, needs: func(_ *Household, m *Member, into []string) []string {
			return lacks(m.Employment == nil, "Member.Employment", into)
		},
			run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
				h, m := f.h, f.m
				return direct(e.post, on, postCaseOf(*h, *m), how)
			}, show: []string{"monthly", "post_subsidy", "insurance_subsidy"}},
		claim{rule: RuleFlexibleInsurance, needs: func(_ *Household, m *Member, into []string) []string {
			return lacks(m.Employment == nil || m.Employment.Flexible == nil, "Member.Employment.Flexible", into)
		}, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			h, m := f.h, f.m
			return direct(e.flexible, on, flexibleCaseOf(*h, *m), how)
		}, show: []string{"subsidy", "until"}},
		claim{rule: RuleJobSeekingGrant, needs: needsStudent, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			h, m := f.h, f.m
			return direct(e.jobSeeking, on, jobSeekingCaseOf(*h, *m), how)
		}},
		claim{rule: RuleResidencePermit, needs: func(_ *Household, m *Member, into []string) []string {
			return lacks(m.Migrant == nil, "Member.Migrant", into)
		},
			run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
				m := f.m
				return direct(e.permit, on, permitCaseOf(*m), how)
			}},
		claim{rule: RuleHighSchoolParity, needs: needsStudent, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			h, m := f.h, f.m
			c, err := parityCaseOf(*h, *m)
			return caseRun(e.parity, on, c, err, how)
		}},
	)
	return cs
}

var allMemberClaims = memberClaims()

// Assess assesses a household on a date against every benefit of the
// document for the household and each of its members (九、30: 免申直享), with
// the caller's local standards, and returns the statement.
//
// A benefit is evaluated only when the household data carries the facts it
// needs: a benefit that needs Household.Housing, Member.Medical,
// Member.Rehab, Member.Student, Member.Employment or Member.Migrant, or a
// local standard, that the data lacks is listed as not assessed with the
// fact it lacks, never guessed. The basic standard of 特困 persons (二、3)
// is listed for 特困 members only; the rules for employers, institutions,
// loans, insurance claims and disputes (七、21 employers, 七、23, 七、24,
// 四、14 prescriptions and reimbursement, 四、16 institutions) are not a
// household's benefits and are not in the statement; the phase-out (二、1)
// is decided when a status is reviewed ([Evaluator.DibaoPhaseOut]).
//
// Where a person (or household) is granted more than one benefit of a
// take-the-higher group of 附则2 in the year — the study grants of 五、18,
// the rent subsidies of 三、11 and 八、27 — only the highest is paid and the
// others are listed as not paid (see [Evaluator.StudyGrant] and
// [Evaluator.HousingSupport]).
//
// The household's own facts are checked first ([Household.Validate]). A
// household whose Locality is not given or none of [Localities] is not
// assessed: the registration is the household's identity, which nearly
// every benefit reads (附则1) and the statement is headed by, so Assess
// returns a [*HouseholdError] matching [rules.ErrInvalidInput] that lists
// that and every other problem of the facts at once. Any other problem
// does not stop it: the benefits whose rules read the fact are not assessed,
// each naming it by its field path (Entry.Problem), the statement lists
// them all (Statement.Problems), and every other benefit is assessed — a
// grade of disability without a kind is neither disabled nor not.
//
// The statement is deterministic: the household's benefits, then each
// member's in household order, each in the order of the document. A fact
// a rule refuses — a negative amount, a value none of the document's, a
// date after the assessment date — leaves the benefits that read it not
// assessed, each naming the fact and why (Entry.Invalid), and every other
// benefit assessed. An assessment date the engine refuses (the zero Date,
// one outside its calendar) is an error matching [rules.ErrInvalidInput]
// naming "date"; a date outside the document's period is an error
// matching [rules.ErrNotInForce].
func (e *Evaluator) Assess(on rules.Date, h Household, s LocalStandards) (*Statement, error) {
	problems := h.problems(on)
	if slices.ContainsFunc(problems, Problem.stops) {
		return nil, &HouseholdError{Problems: problems}
	}
	st := &Statement{Date: on, Locality: h.Locality, Status: h.Status, Household: Section{Member: -1, Age: -1}, Problems: problems}
	f := householdFacts(&h, &s)
	for _, c := range householdClaims {
		if err := e.claim(&st.Household, c, on, f, problems); err != nil {
			return nil, err
		}
	}
	if err := e.housingChoice(st, on); err != nil {
		return nil, err
	}
	for i, m := range h.Members {
		sec := Section{Member: i, Name: m.Name, Age: -1}
		if !m.BirthDate.IsZero() && !m.BirthDate.After(on) {
			sec.Age = m.BirthDate.FullYears(on)
		}
		f.member(i)
		for _, c := range allMemberClaims {
			if c.rule == RuleTekunBasicStandard && !isTekun(m) {
				continue
			}
			if err := e.claim(&sec, c, on, f, problems); err != nil {
				return nil, err // the date's or the rule's, no member's fact
			}
		}
		e.studyChoice(st, &sec)
		st.Members = append(st.Members, sec)
	}
	return st, nil
}

// noMember is the member of a household's own claims: none. No claim
// changes the facts it is given.
var noMember Member

// facts are what a claim reads: the household, the member (noMember for
// the household's own claims), the standards, and the household's and
// member's cases made of them once, not once per claim.
type facts struct {
	h  *Household
	m  *Member
	s  *LocalStandards
	hc HouseholdCase
	mc MemberCase
}

// householdFacts are the facts of the household's own claims.
func householdFacts(h *Household, s *LocalStandards) *facts {
	return &facts{h: h, m: &noMember, s: s, hc: HouseholdCase{*h, *s}, mc: MemberCase{*h, noMember, *s}}
}

// member sets the facts to member i's.
func (f *facts) member(i int) {
	f.m = &f.h.Members[i]
	f.mc.Member = *f.m
}

// claim evaluates one benefit into the section.
func (e *Evaluator) claim(sec *Section, c claim, on rules.Date, f *facts, problems []Problem) error {
	h, m := f.h, f.m
	title, cite, _ := e.book.Heading(c.rule)
	entry := Entry{Rule: c.rule, Title: title, Clause: cite.Clause, Part: c.part, Cite: cite}
	var inputs []rules.Input
	if len(problems) > 0 {
		r, _ := e.book.Rule(c.rule)
		inputs = r.Inputs
		for _, name := range c.reads {
			inputs = append(inputs, rules.Input{Name: name})
		}
	}
	for _, p := range problems {
		if p.reads(sec.Member, inputs) {
			// A fact the validation refused leaves the benefits that read it
			// not assessed, never read as another value.
			entry.Status, entry.Invalid, entry.Problem = rules.NotAssessed, p.Text(rules.Chinese), &p
			sec.NotAssessed = append(sec.NotAssessed, entry)
			return nil
		}
	}
	if c.needs != nil {
		if missing := c.needs(h, m, nil); len(missing) > 0 {
			entry.Status, entry.Missing = rules.NotAssessed, missing
			sec.NotAssessed = append(sec.NotAssessed, entry)
			return nil
		}
	}
	p, err := c.run(e, on, f, how{full: true})
	res := p.res
	var re *rules.Error
	switch {
	case errors.Is(err, rules.ErrInvalidInput) && errors.As(err, &re) && re.Field == "date":
		// The evaluation date is the caller's, not a fact of the household:
		// one the engine refuses (not given, outside its calendar) is the
		// statement's error, not every benefit's.
		return err
	case errors.Is(err, rules.ErrCaseByCase) && errors.As(err, &re):
		entry.Status, entry.Cite = rules.CaseByCase, re.Cite
		entry.Note = re.Msg
		if _, text, ok := strings.Cut(re.Msg, "): "); ok {
			entry.Note = text
		}
		if ref := re.Reference; ref != nil {
			entry.Result = ref
			entry.Reference = shown(c, ref)
		}
		sec.Entries = append(sec.Entries, entry)
		return nil
	case errors.Is(err, rules.ErrInvalidInput) && errors.As(err, &re) && re.Msg == "missing":
		entry.Status, entry.Missing = rules.NotAssessed, []string{inputFact(inputOf(re))}
		sec.NotAssessed = append(sec.NotAssessed, entry)
		return nil
	case errors.Is(err, rules.ErrInvalidInput) && errors.As(err, &re):
		// One fact the rule refuses leaves this benefit not assessed; the
		// household's other benefits are assessed all the same.
		entry.Status, entry.Invalid, entry.Error = rules.NotAssessed, inputFact(inputOf(re))+"："+re.Reason(rules.Chinese), re
		sec.NotAssessed = append(sec.NotAssessed, entry)
		return nil
	case err != nil:
		return err // it names the rule
	}
	entry.Result, entry.Failed = res, res.Failed
	if !res.Eligible {
		entry.Status = rules.NotGranted
		sec.Entries = append(sec.Entries, entry)
		return nil
	}
	entry.Status = rules.Granted
	main := res.Figures[0]
	if c.main != "" {
		main, _ = res.Figure(c.main)
	}
	switch main.Value.Kind() {
	case rules.KindNumber:
		entry.Amount, entry.Unit = main.Value.Number(), main.Unit
	case rules.KindText:
		entry.Outcome = main.Value.Text()
	case rules.KindBool:
		entry.Outcome = main.Title.Zh
	}
	entry.Figures = shown(c, res)
	if c.payee != nil {
		p, err := c.payee(*h, *m)
		if err != nil {
			return fmt.Errorf("welfare: assessing %s: %w", c.rule, err)
		}
		entry.Payee = p
	}
	for _, name := range c.inKind {
		if f, ok := res.Figure(name); ok {
			entry.Quantities = append(entry.Quantities, f)
		}
	}
	sec.Entries = append(sec.Entries, entry)
	return nil
}

// shown returns the figures of a result the entry of a claim shows.
func shown(c claim, res *rules.Result) []rules.Figure {
	show := c.show
	if show == nil && len(res.Figures) > 0 {
		show = []string{res.Figures[0].Name}
	}
	var out []rules.Figure
	for _, name := range show {
		if f, ok := res.Figure(name); ok {
			out = append(out, f)
		}
	}
	return out
}

// inputFact names an input the household data left out by the field the
// caller fills.
// inputOf returns the rule's name of the input an error is about: a typed
// evaluation's error names the Go field of its case, the input aside.
func inputOf(re *rules.Error) string {
	if re.Input != "" {
		return re.Input
	}
	return re.Field
}

func inputFact(input string) string {
	if f, ok := standardFields[input]; ok {
		return input + "（" + f + "）"
	}
	return input
}

// standardFields are the inputs the assessment fills from LocalStandards
// and the household's income.
var standardFields = map[string]string{
	"dibao_standard":            "LocalStandards.Dibao",
	"dibian_standard":           "LocalStandards.Dibian",
	"minimum_wage":              "LocalStandards.MinimumWage",
	"urban_consumption":         "LocalStandards.UrbanConsumption",
	"living_consumption":        "LocalStandards.UrbanLivingConsumption",
	"institution_care_standard": "LocalStandards.TekunCareFee",
	"resident_consumption":      "LocalStandards.ResidentConsumption",
	"pension_lowest_tier":       "LocalStandards.PensionLowestTier",
	"medical_contribution":      "LocalStandards.MedicalContribution",
	"provincial_standard":       "LocalStandards.ProvincialMealStandard",
	"period_months":             "Household.Income.PeriodMonths",
	"period_from":               "Household.Income.From",
	"period_to":                 "Household.Income.To",
	"birth_date":                "Member.BirthDate",
	"hukou":                     "Household.Locality",
	"visit":                     "Member.Medical.Visit",
	"level":                     "Member.Student.Level",
	"owns_home":                 "Household.Housing.OwnsHome",
	"in_kind":                   "Household.Housing.InKindAllocated",
	"family_car":                "Household.NonOperatingVehicle",
	"market_rent":               "Household.Housing.MarketRent",
	"public_rent":               "Household.Housing.PublicRent",
	"floor_area_per_capita":     "Household.Housing.FloorAreaPerCapita",
	"contract_years":            "Household.Housing.ContractYears",
	"insured_months":            "Household.Housing.InsuredMonths",
	"project":                   "Household.Renovation.Project",
	"new_area":                  "Household.Renovation.NewArea",
	"renovated_in":              "Household.Renovation.Year",
	"fee":                       "Member.Rehab.Fee",
	"months":                    "Member.Rehab.Months",
	"trained_from":              "Member.Rehab.From",
	"tuition":                   "Member.Student.Tuition",
	"graduation_year":           "Member.Student.GraduationYear",
	"origin":                    "Household.Origin / Member.Migrant.From",
	"registered_months":         "Member.Migrant.RegisteredMonths",
	"junior_years":              "Member.Student.JuniorYearsInWenzhou",
	"graduated_on":              "Member.Student.GraduatedOn",
	"parent_permit_since":       "Member.Student.ParentPermitSince",
	"contributions":             "Member.Employment.Flexible.Contributions",
	"poor_disabled_family":      "Household.PoorDisabledFamily",
	"approved_on":               "Member.Employment.Flexible.ApprovedOn",
	"retires_on":                "Member.Employment.Flexible.RetiresOn",
	"left_school_on":            "Member.Employment.Flexible.LeftSchoolOn",
	"paid_for_until":            "Member.Employment.Flexible.PaidForUntil",
	"compliant_cost":            "Member.Medical.CompliantCost",
	"orphan_birth_date":         "Member.BirthDate（社会散居孤儿）",
	"weak_guardianship":         "Member.Mental.WeakGuardianship",
	"guardian":                  "Member.Mental.Guardian",
	"self_care":                 "Member.SelfCare",
	"dementia":                  "Member.Dementia",
	"tekun_support":             "Member.Tekun",
	"tekun":                     "Member.Tekun",
	"disability_grade":          "Member.DisabilityGrade",
	"months_received":           "Household.Housing.SubsidyMonthsReceived",
	"social_assistance":         "Household.SocialAssistance",
}

// housingChoice applies the take-the-higher group of the household's rent
// subsidies (GroupHousing).
func (e *Evaluator) housingChoice(st *Statement, on rules.Date) error {
	g := e.groupOf(GroupHousing)
	granted := map[string]int{}
	in := map[string]rules.Inputs{}
	for i, en := range st.Household.Entries {
		if en.Status == rules.Granted && slices.Contains(g.Rules, en.Rule) {
			granted[en.Rule] = i
			in[en.Rule] = inputsOf(en.Result)
		}
	}
	if len(granted) < 2 {
		return nil
	}
	gr, err := e.book.EvalGroup(GroupHousing, on, in)
	if err != nil {
		return err // it names the group
	}
	chosen := &st.Household.Entries[granted[gr.Chosen]]
	ch := Choice{Group: g.ID, Title: g.Title, Member: -1, Chosen: entryName(*chosen), Amount: gr.Value.Number(), Unit: gr.Unit, Cite: g.Cite, Evaluation: gr}
	for _, id := range g.Rules {
		i, ok := granted[id]
		if !ok || id == gr.Chosen {
			continue
		}
		en := &st.Household.Entries[i]
		ch.Others = append(ch.Others, entryName(*en))
		notPaid(en, g.Cite, *chosen)
	}
	st.Choices = append(st.Choices, ch)
	return nil
}

// studyChoice applies the take-the-higher of the study grants of 五、18 to
// a member: the engine's rule for groups over the schemes of one rule (see
// [Evaluator.StudyGrant]).
func (e *Evaluator) studyChoice(st *Statement, sec *Section) {
	var idx []int
	for i, en := range sec.Entries {
		if en.Rule == RuleStudyGrant && en.Status == rules.Granted {
			idx = append(idx, i)
		}
	}
	if len(idx) < 2 {
		return
	}
	best := idx[higher(len(idx), func(i int) (bool, decimal.Decimal) { return true, sec.Entries[idx[i]].Amount })]
	chosen := sec.Entries[best]
	c := cite("附则2", quoteNoDouble)
	title, _, _ := e.book.Heading(RuleStudyGrant)
	ch := Choice{Group: RuleStudyGrant, Title: rules.T(title.Zh+"（同一人同一年度就高执行、不重复享受）", title.En+" (the higher in a year, not both)"),
		Member: sec.Member, Chosen: entryName(chosen), Amount: chosen.Amount, Unit: chosen.Unit, Cite: c}
	for _, i := range idx {
		if i == best {
			continue
		}
		ch.Others = append(ch.Others, entryName(sec.Entries[i]))
		notPaid(&sec.Entries[i], c, chosen)
	}
	st.Choices = append(st.Choices, ch)
}

func notPaid(en *Entry, c rules.Citation, chosen Entry) {
	en.Status, en.Cite, en.PaidInstead, en.Amount = rules.NotPaid, c, entryName(chosen), decimal.Zero
}

func (e *Evaluator) groupOf(id string) rules.Group {
	for _, g := range e.book.Groups() {
		if g.ID == id {
			return g
		}
	}
	return rules.Group{ID: id}
}

func entryName(en Entry) string {
	if en.Part == "" {
		return en.Title.Zh
	}
	return en.Title.Zh + "（" + en.Part + "）"
}
