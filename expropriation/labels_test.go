package expropriation_test

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/expropriation"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

// Every value of every enumerated type has an English label of its own.
func TestEveryValueHasAnEnglishLabel(t *testing.T) {
	rulestest.Labels(t, expropriation.Localities())
	rulestest.Labels(t, expropriation.Uses())
}
