package wzopa

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// The policy's input is the household and the standards as json.Marshal
// writes them (Go field names; amounts as decimal text, so that no amount
// passes through a float; dates as YYYY-MM-DD; a date or an enumerated
// fact not given as null) and the date: {"on": …, "household": …,
// "standards": …}.

// Input returns the policy's input for a household on a date with its
// locality's standards.
func Input(h welfare.Household, s welfare.LocalStandards, on rules.Date) (ast.Value, error) {
	hv, err := HouseholdValue(h)
	if err != nil {
		return nil, err
	}
	sv, err := StandardsValue(s)
	if err != nil {
		return nil, err
	}
	return InputValue(hv, sv, on), nil
}

// InputValue assembles the input from a household's and standards' values.
func InputValue(household, standards ast.Value, on rules.Date) ast.Value {
	return ast.NewObject(
		ast.Item(ast.InternedTerm("on"), ast.StringTerm(on.String())),
		ast.Item(ast.InternedTerm("household"), ast.NewTerm(household)),
		ast.Item(ast.InternedTerm("standards"), ast.NewTerm(standards)),
	)
}

// HouseholdValue is the household's JSON as a Rego value.
func HouseholdValue(h welfare.Household) (ast.Value, error) { return valueOf(h) }

// StandardsValue is the standards' JSON as a Rego value.
func StandardsValue(s welfare.LocalStandards) (ast.Value, error) { return valueOf(s) }

func valueOf(x any) (ast.Value, error) {
	b, err := json.Marshal(x)
	if err != nil {
		return nil, fmt.Errorf("wzopa: %T: %w", x, err)
	}
	return ast.ValueFromReader(bytes.NewReader(b))
}

// covered are the claims of welfare.Evaluator.Assess the policy encodes
// (all of them), the household's then a member's, in the order Assess
// evaluates them.
var covered = []string{
	welfare.RuleDibaoAllowance,
	welfare.RuleFamilyPlanningGrant,
	welfare.RuleWorkerLivingAid,
	welfare.RuleRentalEligibility,
	welfare.RuleRentSubsidy,
	welfare.RuleRuralRenovation,
	welfare.RuleUtilityQuota,
	welfare.RuleSanitationWorkerSubsidy,
	welfare.RuleTekunBasicStandard,
	welfare.RuleTekunCareFee,
	welfare.RuleVeteranSupplement,
	welfare.RuleElderlyCareSubsidy,
	welfare.RuleHighAgeAllowance,
	welfare.RuleChildBasicLiving,
	welfare.RuleMentalGuardianSubsidy,
	welfare.RuleMentalCareSubsidy,
	welfare.RuleMentalInjectionSubsidy,
	welfare.RuleMedicalAssistance,
	welfare.RuleVeteranMedicalAid,
	welfare.RuleRehabSubsidy,
	welfare.RuleRehabLivingAllowance,
	welfare.RuleAccidentInsurance,
	welfare.RuleNutritionMeal,
	welfare.RuleStudyGrant,
	welfare.RuleResidentPensionSubsidy,
	welfare.RuleResidentMedicalSubsidy,
	welfare.RuleSupplementaryInsurance,
	welfare.RuleFreeTransport,
	welfare.RulePublicWelfarePostSubsidy,
	welfare.RuleFlexibleInsurance,
	welfare.RuleJobSeekingGrant,
	welfare.RuleResidencePermit,
	welfare.RuleHighSchoolParity,
}

// Covered returns the rule IDs of the claims the policy encodes, in the
// order a statement lists them: every claim of welfare.Evaluator.Assess
// (welfare.RuleStudyGrant stands for its three schemes).
// welfare.RuleSupplementaryInsurance is among them though the policy never
// grants it: the document leaves its amount to the local government, and
// the library assesses it case by case.
func Covered() []string { return slices.Clone(covered) }

// IsCovered reports whether the policy encodes the claim of rule.
func IsCovered(rule string) bool { return slices.Contains(covered, rule) }
