package welfare

import (
	"fmt"
	"strings"

	"github.com/wzpolicy/wzpolicy/rules"
)

// part2 holds the evaluator's rules of sections 三 to 八.
type part2 struct {
	rental, rent, renovation, prescription, reimbursement, assistance, veteranAid *rules.Prepared
	rehab, rehabLiving, institution, meal, study, premium, quota                  *rules.Prepared
	post, hiring, flexible, jobSeeking, loan, arbitration, permit, sanitation     *rules.Prepared
	parity                                                                        *rules.Prepared
}

// prepare prepares the rules of sections 三 to 八.
func (e *part2) prepare(prep func(id string, names ...string) *rules.Prepared) {
	e.rental = prep(RuleRentalEligibility, "track", "hukou", "household_status", "owns_home", "disability_grade",
		"family_planning", "special_care", "priority_category", "contract_years", "open_ended_contract", "insured_months")
	e.rent = prep(RuleRentSubsidy, "hukou", "household_status", "other_supported", "tekun", "special_care", "owns_home",
		"floor_area_per_capita", "public_rental", "public_rent", "market_rent")
	e.renovation = prep(RuleRuralRenovation, "hukou", "project", "rural", "household_status", "tekun", "low_income_farmer",
		"qualified", "new_area", "renovated_in")
	e.prescription = prep(RuleChronicPrescription, "chronic", "weeks")
	e.reimbursement = prep(RuleReimbursement, "insurance", "kind", "disease", "base_rate", "cost")
	e.assistance = prep(RuleMedicalAssistance, "tekun_support", "household_status", "county_recognised", "compliant_cost")
	e.veteranAid = prep(RuleVeteranMedicalAid, "veteran", "household_status", "visit", "designated", "compliant_cost",
		"assistance_paid", "other_paid", "paid_this_year", "resident_consumption")
	e.rehab = prep(RuleRehabSubsidy, "birth_date", "disability", "autism", "school_deferred", "designated", "fee", "months", "paid_this_year",
		"trained_from")
	e.rehabLiving = prep(RuleRehabLivingAllowance, "birth_date", "disability", "autism", "school_deferred", "in_training", "months", "paid_this_year",
		"trained_from")
	e.institution = prep(RuleInstitutionGrants, "part", "standardized", "grant", "private_designated", "training_months", "disability")
	e.meal = prep(RuleNutritionMeal, "level", "aided", "provincial_standard", "local_standard")
	e.study = prep(RuleStudyGrant, "scheme", "hukou", "household_status", "birth_date", "level", "disability", "parent_disabled",
		"not_independent", "hardship_worker", "tuition", "family_planning")
	e.premium = prep(RulePremiumSubsidy, "part", "enrolled", "tekun_support", "household_status", "disability", "low_income_farmer",
		"child_category", "birth_date", "county_recognised", "pension_lowest_tier", "medical_contribution")
	e.quota = prep(RuleFreeQuota, "part", "hukou", "household_status", "tekun_support", "scattered_orphan", "orphan_birth_date", "birth_date", "disability",
		"low_income_farmer")
	e.post = prep(RulePostSubsidy, "part", "public_post", "graduate", "hard_to_employ", "disability", "tekun_support", "household_status",
		"low_income_farmer", "insured", "hired", "pension_min", "medical_min", "unemployment_min", "subsidy_from")
	e.hiring = prep(RuleDisabledHiring, "employer_kind", "staff", "disabled_employees", "qualifying_employees", "concentrated", "minimum_wage")
	e.flexible = prep(RuleFlexibleInsurance, "hard_to_employ", "living_difficulty", "household_status", "low_income_farmer", "left_school_on", "flexible",
		"insured_individually", "contributions", "approved_on", "retires_on", "paid_for_until", "subscribed", "family_car")
	e.jobSeeking = prep(RuleJobSeekingGrant, "graduating", "household_status", "tekun_support", "child_category", "disability",
		"student_loan", "poor_disabled_family", "low_income_farmer")
	e.loan = prep(RuleGuaranteedLoan, "kind", "key_group", "graduated_on", "unemployed_since", "founded_on", "sme", "hired",
		"loan_from", "project_income", "farmer_share")
	e.arbitration = prep(RuleInjuryArbitration, "injury_dispute", "accepted_on", "closed_on")
	e.permit = prep(RuleResidencePermit, "migrant_worker", "origin", "zhejiang_permit", "registered_months", "registered_in_wenzhou")
	e.sanitation = prep(RuleSanitationWorkerSubsidy, "hukou", "occupation", "front_line", "in_kind", "members", "months_received")
	e.parity = prep(RuleHighSchoolParity, "origin", "level", "school_status", "graduation_year", "graduated_on", "parent_permit_since", "junior_years")
}

// Facts of a household that several rules read as one figure. Go only
// gathers them from the members; the rules decide what they mean.

// severestGrade is the most severe disability grade among the members (1
// the most severe), 0 when none is disabled. A member's disability the
// rule cannot read — a kind none of the document's, a grade outside 1–4,
// a kind without a grade or a grade without a kind — is an invalid input
// of rule naming disability_grade, never read as no disability.
func severestGrade(rule string, h Household) (int, error) {
	g := 0
	for i, m := range h.Members {
		disabled := m.Disability != "" && m.Disability != NotDisabled
		switch {
		case disabled && !oneOf(m.Disability, DisabilityKinds()):
			return 0, invalidFact(rule, "disability_grade", "member %d: %q is not a kind of disability (%s)", i, clipped(string(m.Disability)), strings.Join(rules.Texts(DisabilityKinds()), ", "))
		case disabled != (m.DisabilityGrade != 0) || m.DisabilityGrade < 0 || m.DisabilityGrade > 4:
			return 0, invalidFact(rule, "disability_grade", "member %d: a disabled member has a grade from 1 to 4, others grade 0 (disability = %q, grade %d)", i, clipped(string(m.Disability)), m.DisabilityGrade)
		case disabled && (g == 0 || m.DisabilityGrade < g):
			g = m.DisabilityGrade
		}
	}
	return g, nil
}

// isTekun reports whether the member is a 特困 person (or is given a way of
// support that is none of the document's, which the rules refuse).
func isTekun(m Member) bool { return m.Tekun != "" && m.Tekun != NotTekun }

// householdTekun is the way of support of the household's 特困 member, a
// member in dispersed support first; not given when none is 特困. A way of
// support none of the document's is given as it is, for the rule to
// refuse.
func householdTekun(h Household) rules.Value {
	var found TekunSupport
	for _, m := range h.Members {
		if m.Tekun != "" && !oneOf(m.Tekun, TekunSupports()) {
			return text(m.Tekun)
		}
	}
	for _, m := range h.Members {
		if m.Tekun == TekunDispersed {
			return text(TekunDispersed)
		}
		if isTekun(m) && found == "" {
			found = m.Tekun
		}
	}
	return text(found)
}

// anyTekun reports whether a member is a 特困 person, for the rules that
// read it as one fact of the household (field). A way of support none of
// the document's is an invalid input of rule, never read as 特困.
func anyTekun(rule, field string, h Household) (bool, error) {
	found := false
	for i, m := range h.Members {
		if err := known(rule, field, m.Tekun, TekunSupports()); err != nil {
			err.Msg = fmt.Sprintf("member %d: %s", i, err.Msg)
			return false, err
		}
		found = found || isTekun(m)
	}
	return found, nil
}

// oneOf reports whether v is one of the values.
func oneOf[T ~string](v T, values []T) bool {
	for _, x := range values {
		if v == x {
			return true
		}
	}
	return false
}

// known returns nil when v is not given ("") or one of the values, and
// otherwise an invalid-input error of rule naming field, listing them.
func known[T ~string](rule, field string, v T, values []T) *rules.Error {
	if v == "" || oneOf(v, values) {
		return nil
	}
	return invalidFact(rule, field, "%q is not one of: %s", clipped(string(v)), strings.Join(rules.Texts(values), ", "))
}

// clipped quotes at most a short prefix of a caller's text in a message.
func clipped(s string) string {
	const most = 40
	if r := []rune(s); len(r) > most {
		return string(r[:most]) + fmt.Sprintf("…(%d characters)", len(r))
	}
	return s
}

// invalidFact is an invalid-input error of rule naming field, for a fact Go
// gathers from the household before the rule reads it.
func invalidFact(rule, field, format string, args ...any) *rules.Error {
	return &rules.Error{Code: rules.CodeInvalidInput, Rule: rule, Field: field, Msg: fmt.Sprintf(format, args...)}
}

// scatteredOrphan reports whether a member is a recognised scattered
// orphan, with the date of birth of the youngest: the rule decides whether
// that one is still a child. A scattered orphan without a date of birth
// gives none, and the rule reports it missing.
func scatteredOrphan(h Household) (bool, rules.Date) {
	found, youngest := false, rules.Date{}
	for _, m := range h.Members {
		switch {
		case m.ChildCategory != ScatteredOrphan:
			continue
		case m.BirthDate.IsZero():
			return true, rules.Date{}
		case !found || m.BirthDate.After(youngest):
			youngest = m.BirthDate
		}
		found = true
	}
	return found, youngest
}

// worker is the member whose work 八、27 reads: the first bus or
// sanitation worker, else the first member with an employment; ok is false
// when no member has one.
func worker(h Household) (Employment, bool) {
	var first *Employment
	for _, m := range h.Members {
		if m.Employment == nil {
			continue
		}
		if m.Employment.Occupation == BusWorker || m.Employment.Occupation == SanitationWorker {
			return *m.Employment, true
		}
		if first == nil {
			first = m.Employment
		}
	}
	if first == nil {
		return Employment{}, false
	}
	return *first, true
}

// opt is a value of an optional fact: not given when the fact is absent.
func opt(present bool, v rules.Value) rules.Value {
	if !present {
		return rules.Value{}
	}
	return v
}
