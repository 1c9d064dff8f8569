package productivity

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

// Every enum of the package reads its values from JSON and refuses on
// decode any other, the empty one included.
func TestEnumsRefuseOnDecode(t *testing.T) {
	t.Run("Locality", func(t *testing.T) { rulestest.EnumText(t, Localities()) })
	t.Run("MujunClass", func(t *testing.T) { rulestest.EnumText(t, MujunClasses()) })
	t.Run("CreditStatus", func(t *testing.T) { rulestest.EnumText(t, CreditStatuses()) })
	t.Run("Honour", func(t *testing.T) { rulestest.EnumText(t, Honours()) })
	t.Run("Recognition", func(t *testing.T) { rulestest.EnumText(t, Recognitions()) })
	t.Run("Trend", func(t *testing.T) { rulestest.EnumText(t, Trends()) })
	t.Run("TierStatus", func(t *testing.T) { rulestest.EnumText(t, TierStatuses()) })
	t.Run("InstalmentStatus", func(t *testing.T) { rulestest.EnumText(t, instalmentStatuses) })
}
