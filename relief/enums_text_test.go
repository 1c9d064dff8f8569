package relief

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

// Every enum of the package reads its values from JSON and refuses on
// decode any other, the empty one included.
func TestEnumsRefuseOnDecode(t *testing.T) {
	t.Run("Locality", func(t *testing.T) { rulestest.EnumText(t, Localities()) })
	t.Run("EntityType", func(t *testing.T) { rulestest.EnumText(t, EntityTypes()) })
	t.Run("Size", func(t *testing.T) { rulestest.EnumText(t, Sizes()) })
	t.Run("Industry", func(t *testing.T) { rulestest.EnumText(t, Industries()) })
	t.Run("Ownership", func(t *testing.T) { rulestest.EnumText(t, Ownerships()) })
	t.Run("MujunClass", func(t *testing.T) { rulestest.EnumText(t, MujunClasses()) })
	t.Run("CreditStatus", func(t *testing.T) { rulestest.EnumText(t, CreditStatuses()) })
	t.Run("Landlord", func(t *testing.T) { rulestest.EnumText(t, Landlords()) })
	t.Run("TaxKind", func(t *testing.T) { rulestest.EnumText(t, TaxKinds()) })
	t.Run("DepreciationLife", func(t *testing.T) { rulestest.EnumText(t, DepreciationLives()) })
	t.Run("VATTaxpayer", func(t *testing.T) { rulestest.EnumText(t, VATTaxpayers()) })
	t.Run("InspectionService", func(t *testing.T) { rulestest.EnumText(t, InspectionServices()) })
	t.Run("Vehicle", func(t *testing.T) { rulestest.EnumText(t, Vehicles()) })
	t.Run("ConsumerKind", func(t *testing.T) { rulestest.EnumText(t, ConsumerKinds()) })
	t.Run("TaxPeriod", func(t *testing.T) { rulestest.EnumText(t, TaxPeriods()) })
	t.Run("ProductLine", func(t *testing.T) { rulestest.EnumText(t, ProductLines()) })
}
