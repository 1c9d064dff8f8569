package productivity_test

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/productivity"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

// Every value of every enumerated type has an English label of its own.
func TestEveryValueHasAnEnglishLabel(t *testing.T) {
	rulestest.Labels(t, productivity.Localities())
	rulestest.Labels(t, productivity.MujunClasses())
	rulestest.Labels(t, productivity.CreditStatuses())
	rulestest.Labels(t, productivity.Honours())
	rulestest.Labels(t, productivity.Recognitions())
	rulestest.Labels(t, productivity.Trends())
	rulestest.Labels(t, productivity.TierStatuses())
	rulestest.Labels(t, []productivity.InstalmentStatus{productivity.InstalmentDue, productivity.InstalmentPending, productivity.InstalmentForfeited})
}
