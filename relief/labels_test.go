package relief_test

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

// Every value of every enumerated type has an English label of its own.
func TestEveryValueHasAnEnglishLabel(t *testing.T) {
	rulestest.Labels(t, relief.Localities())
	rulestest.Labels(t, relief.EntityTypes())
	rulestest.Labels(t, relief.Sizes())
	rulestest.Labels(t, relief.Industries())
	rulestest.Labels(t, relief.Ownerships())
	rulestest.Labels(t, relief.MujunClasses())
	rulestest.Labels(t, relief.CreditStatuses())
	rulestest.Labels(t, relief.Landlords())
	rulestest.Labels(t, relief.TaxKinds())
	rulestest.Labels(t, relief.DepreciationLives())
	rulestest.Labels(t, relief.VATTaxpayers())
	rulestest.Labels(t, relief.InspectionServices())
	rulestest.Labels(t, relief.Vehicles())
	rulestest.Labels(t, relief.ConsumerKinds())
	rulestest.Labels(t, relief.TaxPeriods())
	rulestest.Labels(t, relief.ProductLines())
}
