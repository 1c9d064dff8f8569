package grain_test

import (
	"strings"
	"testing"

	"github.com/wzpolicy/wzpolicy/grain"
	"github.com/wzpolicy/wzpolicy/rules"
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

// 1.5.1: an emergency across the whole province (Wenzhou included) is
// particularly serious (特别重大); the English explanation names the extent
// and the level the rule writes in English, the Chinese in the plan's words.
func TestLevelExplainedInEnglish(t *testing.T) {
	res, err := grain.Book().Eval(grain.RuleEmergencyLevel, rules.MustDate(2022, 6, 1), rules.Inputs{"extent": "全省范围"})
	if err != nil {
		t.Fatal(err)
	}
	en, zh := res.Explain(rules.English), res.Explain(rules.Chinese)
	for _, want := range []string{"extent = the whole province\n", "level = particularly serious  ← ", "level_particularly_serious = particularly serious  ["} {
		if !strings.Contains(en, want) {
			t.Errorf("English explanation lacks %q:\n%s", want, en)
		}
	}
	for _, want := range []string{"extent = 全省范围\n", "level = 特别重大  ← ", "level_particularly_serious = 特别重大　〔"} {
		if !strings.Contains(zh, want) {
			t.Errorf("Chinese explanation lacks %q:\n%s", want, zh)
		}
	}
}
