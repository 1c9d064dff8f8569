package welfare

import (
	"errors"
	"fmt"
	"slices"

	"github.com/wzpolicy/wzpolicy/rules"
)

// The claims of the household assessment and screening: each benefit of
// the document a household or member is evaluated for, what it needs, and
// how it is evaluated, for the full result or for a screening.

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
	want rules.OutputSet // of main, for a screening
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
// screening keeps no copy of the case, and reads it where it is.
func direct[In, Out any](bd *rules.Binding[In, Out], on rules.Date, in *In, how how) (picked, error) {
	if how.full {
		res, err := bd.Result(on, *in)
		return picked{res: res}, err
	}
	var out Out
	eligible, err := bd.ScreenOnly(on, in, &out, how.want)
	if err != nil || !eligible {
		return picked{}, err
	}
	v, ok := bd.Output(&out, how.main)
	if !ok {
		res, err := bd.Result(on, *in) // no field of Out holds it
		if err != nil {
			return picked{}, err
		}
		v = figure(res, how.main)
	}
	return picked{eligible: true, main: v}, nil
}

// made is direct for a case made for the call.
func made[In, Out any](bd *rules.Binding[In, Out], on rules.Date, in In, how how) (picked, error) {
	return direct(bd, on, &in, how)
}

// caseRun is direct for a case built from the household's facts, which
// may refuse them (err).
func caseRun[In, Out any](bd *rules.Binding[In, Out], on rules.Date, in In, err error, how how) (picked, error) {
	if err != nil {
		return picked{}, err
	}
	return direct(bd, on, &in, how)
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
		return made(e.allowance, on, allowanceCase{HouseholdCase: c, Counted: counted, Months: h.Income.PeriodMonths, Members: len(h.Members)}, how)
	}, show: []string{"allowance", "per_capita_income"}},
	{rule: RuleFamilyPlanningGrant, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
		h := f.h
		if !how.full {
			return made(e.familyPlanning, on, familyPlanningCaseOf(*h), how) // the typed method's evaluation, keeping no copy
		}
		x, err := e.FamilyPlanningGrant(on, *h)
		return take(e.familyPlanning, how, &x, &x.Outcome, err)
	}},
	{rule: RuleWorkerLivingAid, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
		if !how.full {
			return direct(e.worker, on, &f.hc, how) // the typed method's evaluation, keeping no copy
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
		return made(e.quota, on, quotaCaseOf(*h), how)
	}, show: []string{"water", "gas", "electricity", "cable_tv_waived"}, inKind: []string{"water", "gas", "electricity"}},
	{rule: RuleSanitationWorkerSubsidy, needs: func(h *Household, _ *Member, into []string) []string {
		into = lacks(h.Housing == nil, "Household.Housing", into)
		_, ok := worker(*h)
		return lacks(!ok, "Member.Employment", into)
	}, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
		h := f.h
		return made(e.sanitation, on, sanitationCaseOf(*h), how)
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
				return direct(e.tekunBasic, on, s, how) // the typed method's evaluation, keeping no copy
			}
			x, err := e.TekunBasicStandard(on, *s)
			return take(e.tekunBasic, how, &x, &x.Outcome, err)
		}, show: []string{"monthly", "yearly"}, reads: []string{"tekun_support"}},
		{rule: RuleTekunCareFee, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			if !how.full {
				return direct(e.tekunCare, on, &f.mc, how) // the typed method's evaluation, keeping no copy
			}
			x, err := e.TekunCareFee(on, f.mc)
			return take(e.tekunCare, how, &x, &x.Outcome, err)
		}},
		{rule: RuleVeteranSupplement, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			if !how.full {
				return direct(e.veteran, on, &f.mc, how) // the typed method's evaluation, keeping no copy
			}
			x, err := e.VeteranSupplement(on, f.mc)
			return take(e.veteran, how, &x, &x.Outcome, err)
		}},
		{rule: RuleElderlyCareSubsidy, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			if !how.full {
				return made(e.care, on, careCaseOf(f.mc), how) // the typed method's evaluation, keeping no copy
			}
			x, err := e.ElderlyCareSubsidy(on, f.mc)
			return take(e.care, how, &x, &x.Outcome, err)
		}},
		{rule: RuleHighAgeAllowance, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			if !how.full {
				return direct(e.highAge, on, &f.mc, how) // the typed method's evaluation, keeping no copy
			}
			x, err := e.HighAgeAllowance(on, f.mc)
			return take(e.highAge, how, &x, &x.Outcome, err)
		}},
		{rule: RuleChildBasicLiving, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			if !how.full {
				return direct(e.child, on, &f.mc, how) // the typed method's evaluation, keeping no copy
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
					return made(e.guardian, on, mentalOf(f.mc), how) // the typed method's evaluation, keeping no copy
				}
				x, err := e.MentalGuardianSubsidy(on, f.mc)
				return take(e.guardian, how, &x, &x.Outcome, err)
			}, reads: []string{inputGuardian}, payee: guardianPayee},
		claim{rule: RuleMentalCareSubsidy, refused: notPatient,
			run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
				if !how.full {
					return made(e.mentalCare, on, mentalOf(f.mc), how) // the typed method's evaluation, keeping no copy
				}
				x, err := e.MentalCareSubsidy(on, f.mc)
				return take(e.mentalCare, how, &x, &x.Outcome, err)
			}},
		claim{rule: RuleMentalInjectionSubsidy, refused: notPatient,
			run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
				if !how.full {
					return made(e.injection, on, mentalOf(f.mc), how) // the typed method's evaluation, keeping no copy
				}
				x, err := e.MentalInjectionSubsidy(on, f.mc)
				return take(e.injection, how, &x, &x.Outcome, err)
			}},
	)
	cs = append(cs,
		claim{rule: RuleMedicalAssistance, needs: needsMedical, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			h, m := f.h, f.m
			return made(e.assistance, on, assistanceCaseOf(*h, *m), how)
		}},
		claim{rule: RuleVeteranMedicalAid, needs: needsMedical, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			h, m, s := f.h, f.m, f.s
			c, err := e.veteranAidCaseOf(on, *h, *m, *s)
			return caseRun(e.veteranAid, on, c, err, how)
		}, show: []string{"aid", "cap_left_after"}},
		claim{rule: RuleRehabSubsidy, needs: needsRehab, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			m := f.m
			return made(e.rehab, on, rehabCaseOf(*m), how)
		}},
		claim{rule: RuleRehabLivingAllowance, needs: needsRehab, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			m := f.m
			return made(e.rehabLiving, on, rehabLivingCaseOf(*m), how)
		}},
		// Accident insurance is cover bought for the member (不低于50元), not
		// money paid: the entry's outcome, with the least premium shown.
		claim{rule: RuleAccidentInsurance, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			m := f.m
			return made(e.accident, on, accidentCase{Disability: m.Disability}, how)
		}, main: "cover", show: []string{"cover", "premium_min"}},
		claim{rule: RuleNutritionMeal, needs: needsStudent, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			m, s := f.m, f.s
			return made(e.meal, on, mealCaseOf(*m, *s), how)
		}},
	)
	for _, scheme := range StudyGrantSchemes() {
		cs = append(cs, claim{rule: RuleStudyGrant, part: string(scheme), needs: needsStudent, show: []string{"grant", "period"},
			run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
				h, m := f.h, f.m
				return made(e.study, on, studyCaseOf(*h, *m, scheme), how)
			}})
	}
	cs = append(cs,
		claim{rule: RuleResidentPensionSubsidy, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			h, m, s := f.h, f.m, f.s
			return made(e.pension, on, premiumCaseOf(*h, *m, *s, m.ResidentPension), how)
		}},
		claim{rule: RuleResidentMedicalSubsidy, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			h, m, s := f.h, f.m, f.s
			return made(e.medicalPremium, on, premiumCaseOf(*h, *m, *s, m.ResidentMedical), how)
		}},
		claim{rule: RuleSupplementaryInsurance, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			h, m := f.h, f.m
			return made(e.supplementary, on, premiumCaseOf(*h, *m, LocalStandards{}, false), how)
		}},
		claim{rule: RuleFreeTransport, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			h, m := f.h, f.m
			return made(e.transport, on, transportCaseOf(*h, *m), how)
		}},
		claim{rule: RulePublicWelfarePostSubsidy, needs: func(_ *Household, m *Member, into []string) []string {
			return lacks(m.Employment == nil, "Member.Employment", into)
		},
			run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
				h, m := f.h, f.m
				return made(e.post, on, postCaseOf(*h, *m), how)
			}, show: []string{"monthly", "post_subsidy", "insurance_subsidy"}},
		claim{rule: RuleFlexibleInsurance, needs: func(_ *Household, m *Member, into []string) []string {
			return lacks(m.Employment == nil || m.Employment.Flexible == nil, "Member.Employment.Flexible", into)
		}, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			h, m := f.h, f.m
			return made(e.flexible, on, flexibleCaseOf(*h, *m), how)
		}, show: []string{"subsidy", "until"}},
		claim{rule: RuleJobSeekingGrant, needs: needsStudent, run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
			h, m := f.h, f.m
			return made(e.jobSeeking, on, jobSeekingCaseOf(*h, *m), how)
		}},
		claim{rule: RuleResidencePermit, needs: func(_ *Household, m *Member, into []string) []string {
			return lacks(m.Migrant == nil, "Member.Migrant", into)
		},
			run: func(e *Evaluator, on rules.Date, f *facts, how how) (picked, error) {
				m := f.m
				return made(e.permit, on, permitCaseOf(*m), how)
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
