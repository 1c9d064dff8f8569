package ridehail_test

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/ridehail"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

// Every value of every enumerated type has an English label of its own.
func TestEveryValueHasAnEnglishLabel(t *testing.T) {
	rulestest.Labels(t, ridehail.VehicleTypes())
	rulestest.Labels(t, ridehail.Obligations())
	rulestest.Labels(t, ridehail.Dispositions())
	rulestest.Labels(t, []ridehail.Bound{ridehail.NoLaterThan, ridehail.NoEarlierThan})
	rulestest.Labels(t, ridehail.Records())
	rulestest.Labels(t, ridehail.Reviews())
}
