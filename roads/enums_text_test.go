package roads

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

// Every enum of the package reads its values from JSON and refuses on
// decode any other, the empty one included.
func TestEnumsRefuseOnDecode(t *testing.T) {
	t.Run("Locality", func(t *testing.T) { rulestest.EnumText(t, Localities()) })
	t.Run("RoadClass", func(t *testing.T) { rulestest.EnumText(t, roadClasses) })
}
