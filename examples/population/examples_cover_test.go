package population_test

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

func TestEveryEntryPointHasAnExample(t *testing.T) {
	rulestest.Examples(t, ".")
}
