package ridehail

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

// Every enum of the package reads its values from JSON and refuses on
// decode any other, the empty one included.
func TestEnumsRefuseOnDecode(t *testing.T) {
	t.Run("VehicleType", func(t *testing.T) { rulestest.EnumText(t, VehicleTypes()) })
	t.Run("Obligation", func(t *testing.T) { rulestest.EnumText(t, Obligations()) })
	t.Run("Disposition", func(t *testing.T) { rulestest.EnumText(t, Dispositions()) })
	t.Run("Bound", func(t *testing.T) { rulestest.EnumText(t, bounds) })
	t.Run("Record", func(t *testing.T) { rulestest.EnumText(t, Records()) })
	t.Run("Review", func(t *testing.T) { rulestest.EnumText(t, Reviews()) })
}
