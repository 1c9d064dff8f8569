package wzopa_test

import (
	"slices"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/examples/wzopa"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// typedGrants screens a household for the covered claims through the
// library's typed functions, one per claim, in the order Assess evaluates
// them, making the take-the-higher choices of 附则2 in Go. It appends to
// out. A claim the library refuses, leaves to assessment or
// does not grant adds nothing; the household's facts are not validated
// (Assess does that), so it is for valid households.
func typedGrants(e *welfare.Evaluator, on rules.Date, h welfare.Household, s welfare.LocalStandards, out []wzopa.Grant) []wzopa.Grant {
	money := func(member int, rule string, amount decimal.Decimal, unit rules.Unit) {
		out = append(out, wzopa.Grant{Member: member, Rule: rule, Amount: amount, Unit: unit.String()})
	}
	decides := func(member int, rule, outcome string) {
		out = append(out, wzopa.Grant{Member: member, Rule: rule, Outcome: outcome})
	}
	hc := welfare.HouseholdCase{Household: h, LocalStandards: s}
	if r, err := e.DibaoAllowance(on, hc); err == nil && r.Eligible() {
		money(-1, welfare.RuleDibaoAllowance, r.Amount, r.Unit)
	}
	if r, err := e.FamilyPlanningGrant(on, h); err == nil && r.Eligible() {
		money(-1, welfare.RuleFamilyPlanningGrant, r.Amount, r.Unit)
	}
	if r, err := e.WorkerLivingAid(on, hc); err == nil && r.Eligible() {
		money(-1, welfare.RuleWorkerLivingAid, r.Amount, r.Unit)
	}
	if h.Housing != nil {
		rental := e.NewCitizenRental
		if h.Locality.Urban() {
			rental = e.PriorityRental
		}
		if r, err := rental(on, h); err == nil && r.Eligible() {
			decides(-1, welfare.RuleRentalEligibility, r.Allocation)
		}
	}
	// The rent subsidies of 三、11 and 八、27 pay only the higher (附则2).
	var rent, sanitation *wzopa.Grant
	if h.Housing != nil {
		if r, err := e.RentSubsidy(on, h); err == nil && r.Eligible() {
			rent = &wzopa.Grant{Member: -1, Rule: welfare.RuleRentSubsidy, Amount: r.Amount, Unit: welfare.YuanPerHouseholdMonth.String()}
		}
		if slices.ContainsFunc(h.Members, func(m welfare.Member) bool { return m.Employment != nil }) {
			if r, err := e.SanitationWorkerSubsidy(on, h); err == nil && r.Eligible() {
				sanitation = &wzopa.Grant{Member: -1, Rule: welfare.RuleSanitationWorkerSubsidy, Amount: r.Amount, Unit: welfare.YuanPerHouseholdMonth.String()}
			}
		}
	}
	if rent != nil && (sanitation == nil || !sanitation.Amount.GreaterThan(rent.Amount)) {
		out = append(out, *rent)
	}
	if h.Renovation != nil {
		if r, err := e.RuralRenovationGrant(on, h); err == nil && r.Eligible() {
			money(-1, welfare.RuleRuralRenovation, r.Amount, welfare.YuanPerHousehold)
		}
	}
	if r, err := e.UtilityQuota(on, h); err == nil && r.Eligible() {
		out = append(out, wzopa.Grant{Member: -1, Rule: welfare.RuleUtilityQuota, Outcome: r.Benefit,
			Quantities: []wzopa.Quantity{
				{Name: "water", Amount: r.Water, Unit: welfare.TonnesPerHouseholdYear.String()},
				{Name: "gas", Amount: r.Gas, Unit: welfare.CubicMetresPerHouseholdYear.String()},
				{Name: "electricity", Amount: r.Electricity, Unit: welfare.KilowattHoursPerHouseholdYear.String()},
			}})
	}
	if sanitation != nil && (rent == nil || sanitation.Amount.GreaterThan(rent.Amount)) {
		out = append(out, *sanitation)
	}
	for i, m := range h.Members {
		mc := welfare.MemberCase{Household: h, Member: m, LocalStandards: s}
		if m.Tekun != "" && m.Tekun != welfare.NotTekun {
			if r, err := e.TekunBasicStandard(on, s); err == nil && r.Eligible() {
				money(i, welfare.RuleTekunBasicStandard, r.Monthly, welfare.YuanPerPersonMonth)
			}
		}
		if r, err := e.TekunCareFee(on, mc); err == nil && r.Eligible() {
			money(i, welfare.RuleTekunCareFee, r.Amount, r.Unit)
		}
		if r, err := e.VeteranSupplement(on, mc); err == nil && r.Eligible() {
			money(i, welfare.RuleVeteranSupplement, r.Amount, r.Unit)
		}
		if r, err := e.ElderlyCareSubsidy(on, mc); err == nil && r.Eligible() {
			money(i, welfare.RuleElderlyCareSubsidy, r.Amount, r.Unit)
		}
		if r, err := e.HighAgeAllowance(on, mc); err == nil && r.Eligible() {
			money(i, welfare.RuleHighAgeAllowance, r.Amount, r.Unit)
		}
		if r, err := e.ChildBasicLiving(on, mc); err == nil && r.Eligible() {
			money(i, welfare.RuleChildBasicLiving, r.Amount, r.Unit)
		}
		if r, err := e.MentalGuardianSubsidy(on, mc); err == nil && r.Eligible() {
			money(i, welfare.RuleMentalGuardianSubsidy, r.Amount, r.Unit)
		}
		if r, err := e.MentalCareSubsidy(on, mc); err == nil && r.Eligible() {
			money(i, welfare.RuleMentalCareSubsidy, r.Amount, r.Unit)
		}
		if r, err := e.MentalInjectionSubsidy(on, mc); err == nil && r.Eligible() {
			money(i, welfare.RuleMentalInjectionSubsidy, r.Amount, r.Unit)
		}
		if m.Medical != nil {
			if r, err := e.MedicalAssistance(on, mc); err == nil && r.Eligible() {
				money(i, welfare.RuleMedicalAssistance, r.Amount, rules.Yuan)
			}
			if r, err := e.VeteranMedicalAid(on, mc); err == nil && r.Eligible() {
				money(i, welfare.RuleVeteranMedicalAid, r.Amount, rules.Yuan)
			}
		}
		if m.Rehab != nil {
			if r, err := e.RehabSubsidy(on, m); err == nil && r.Eligible() {
				money(i, welfare.RuleRehabSubsidy, r.Amount, rules.Yuan)
			}
			if r, err := e.RehabLivingAllowance(on, m); err == nil && r.Eligible() {
				money(i, welfare.RuleRehabLivingAllowance, r.Amount, rules.Yuan)
			}
		}
		if r, err := e.AccidentInsurance(on, m); err == nil && r.Eligible() {
			decides(i, welfare.RuleAccidentInsurance, r.Cover)
		}
		if m.Student != nil {
			if r, err := e.NutritionMeal(on, mc); err == nil && r.Eligible() {
				money(i, welfare.RuleNutritionMeal, r.Amount, welfare.YuanPerPersonYear)
			}
			// Each scheme of 五、18 on its own; 附则2 pays the highest, the
			// first on a tie.
			var best *wzopa.Grant
			for _, scheme := range welfare.StudyGrantSchemes() {
				r, err := e.StudyGrantOf(on, welfare.SchemeClaim{MemberCase: mc, Scheme: scheme})
				if err == nil && r.Eligible() && (best == nil || r.Amount.GreaterThan(best.Amount)) {
					best = &wzopa.Grant{Member: i, Rule: welfare.RuleStudyGrant, Part: string(scheme), Amount: r.Amount, Unit: welfare.YuanPerPerson.String()}
				}
			}
			if best != nil {
				out = append(out, *best)
			}
		}
		if r, err := e.ResidentPensionSubsidy(on, mc); err == nil && r.Eligible() {
			money(i, welfare.RuleResidentPensionSubsidy, r.Amount, welfare.YuanPerPersonYear)
		}
		if r, err := e.ResidentMedicalSubsidy(on, mc); err == nil && r.Eligible() {
			money(i, welfare.RuleResidentMedicalSubsidy, r.Amount, welfare.YuanPerPersonYear)
		}
		if r, err := e.SupplementaryInsurance(on, mc); err == nil && r.Eligible() {
			decides(i, welfare.RuleSupplementaryInsurance, "")
		}
		if r, err := e.FreePublicTransport(on, mc); err == nil && r.Eligible() {
			decides(i, welfare.RuleFreeTransport, r.Support)
		}
		if m.Employment != nil {
			if r, err := e.PublicWelfarePostSubsidy(on, mc); err == nil && r.Eligible() {
				money(i, welfare.RulePublicWelfarePostSubsidy, r.Amount, welfare.YuanPerMonth)
			}
			if m.Employment.Flexible != nil {
				if r, err := e.FlexibleInsuranceSubsidy(on, mc); err == nil && r.Eligible() {
					money(i, welfare.RuleFlexibleInsurance, r.Amount, rules.Yuan)
				}
			}
		}
		if m.Student != nil {
			if r, err := e.JobSeekingGrant(on, mc); err == nil && r.Eligible() {
				money(i, welfare.RuleJobSeekingGrant, r.Amount, welfare.YuanPerPerson)
			}
		}
		if m.Migrant != nil {
			if r, err := e.ResidencePermit(on, m); err == nil && r.Eligible() {
				decides(i, welfare.RuleResidencePermit, r.Route)
			}
		}
		if m.Student != nil {
			if r, err := e.HighSchoolParity(on, mc); err == nil && r.Eligible() {
				decides(i, welfare.RuleHighSchoolParity, "就读高中享受同城待遇")
			}
		}
	}
	return out
}
