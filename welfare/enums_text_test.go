package welfare

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

// Every enum of the package reads its values from JSON and refuses on
// decode any other, the empty one included.
func TestEnumsRefuseOnDecode(t *testing.T) {
	t.Run("EmployerKind", func(t *testing.T) { rulestest.EnumText(t, EmployerKinds()) })
	t.Run("PriorityCategory", func(t *testing.T) { rulestest.EnumText(t, PriorityCategories()) })
	t.Run("RenovationProject", func(t *testing.T) { rulestest.EnumText(t, RenovationProjects()) })
	t.Run("VisitKind", func(t *testing.T) { rulestest.EnumText(t, VisitKinds()) })
	t.Run("StudyLevel", func(t *testing.T) { rulestest.EnumText(t, StudyLevels()) })
	t.Run("StudyGrantScheme", func(t *testing.T) { rulestest.EnumText(t, StudyGrantSchemes()) })
	t.Run("Occupation", func(t *testing.T) { rulestest.EnumText(t, Occupations()) })
	t.Run("MigrantOrigin", func(t *testing.T) { rulestest.EnumText(t, MigrantOrigins()) })
	t.Run("HukouOrigin", func(t *testing.T) { rulestest.EnumText(t, HukouOrigins()) })
	t.Run("Locality", func(t *testing.T) { rulestest.EnumText(t, Localities()) })
	t.Run("AssistanceStatus", func(t *testing.T) { rulestest.EnumText(t, AssistanceStatuses()) })
	t.Run("TekunSupport", func(t *testing.T) { rulestest.EnumText(t, TekunSupports()) })
	t.Run("SelfCare", func(t *testing.T) { rulestest.EnumText(t, SelfCares()) })
	t.Run("DisabilityKind", func(t *testing.T) { rulestest.EnumText(t, DisabilityKinds()) })
	t.Run("CareMode", func(t *testing.T) { rulestest.EnumText(t, CareModes()) })
	t.Run("ChildCategory", func(t *testing.T) { rulestest.EnumText(t, ChildCategories()) })
	t.Run("FamilyPlanningCategory", func(t *testing.T) { rulestest.EnumText(t, FamilyPlanningCategories()) })
	t.Run("IncomeKind", func(t *testing.T) { rulestest.EnumText(t, IncomeKinds()) })
	t.Run("IncomeTreatment", func(t *testing.T) { rulestest.EnumText(t, IncomeTreatments()) })
	t.Run("LoanKind", func(t *testing.T) { rulestest.EnumText(t, LoanKinds()) })
	t.Run("KeyGroup", func(t *testing.T) { rulestest.EnumText(t, KeyGroups()) })
	t.Run("InsuranceScheme", func(t *testing.T) { rulestest.EnumText(t, InsuranceSchemes()) })
	t.Run("OutpatientKind", func(t *testing.T) { rulestest.EnumText(t, OutpatientKinds()) })
	t.Run("SpecialDisease", func(t *testing.T) { rulestest.EnumText(t, SpecialDiseases()) })
	t.Run("RiskClass", func(t *testing.T) { rulestest.EnumText(t, RiskClasses()) })
}
