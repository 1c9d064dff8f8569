package grain

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

// Every enum of the package reads its values from JSON and refuses on
// decode any other, the empty one included.
func TestEnumsRefuseOnDecode(t *testing.T) {
	t.Run("Level", func(t *testing.T) { rulestest.EnumText(t, Levels()) })
	t.Run("Extent", func(t *testing.T) { rulestest.EnumText(t, Extents()) })
	t.Run("Judgement", func(t *testing.T) { rulestest.EnumText(t, Judgements()) })
	t.Run("Locality", func(t *testing.T) { rulestest.EnumText(t, Localities()) })
	t.Run("Cause", func(t *testing.T) { rulestest.EnumText(t, Causes()) })
	t.Run("Grade", func(t *testing.T) { rulestest.EnumText(t, grades) })
}
