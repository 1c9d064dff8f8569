package grain_test

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/grain"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

// Every value of every enumerated type has an English label of its own.
func TestEveryValueHasAnEnglishLabel(t *testing.T) {
	rulestest.Labels(t, grain.Levels())
	rulestest.Labels(t, grain.Extents())
	rulestest.Labels(t, grain.Judgements())
	rulestest.Labels(t, grain.Localities())
	rulestest.Labels(t, grain.Causes())
	rulestest.Labels(t, []grain.Grade{grain.GradeI, grain.GradeII, grain.GradeIII, grain.GradeIV})
}
