package welfare_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
	"github.com/wzpolicy/wzpolicy/welfare"
)

func ExampleLocality_English() {
	fmt.Println(welfare.Lucheng.English(), "/", welfare.Ruian.English(), "/", welfare.Yongjia.English())
	// Output: Lucheng District / Rui'an City / Yongjia County
}

// Every value of every enumerated type has an English label of its own.
func TestEveryValueHasAnEnglishLabel(t *testing.T) {
	rulestest.Labels(t, welfare.Localities())
	rulestest.Labels(t, welfare.AssistanceStatuses())
	rulestest.Labels(t, welfare.TekunSupports())
	rulestest.Labels(t, welfare.SelfCares())
	rulestest.Labels(t, welfare.DisabilityKinds())
	rulestest.Labels(t, welfare.CareModes())
	rulestest.Labels(t, welfare.ChildCategories())
	rulestest.Labels(t, welfare.FamilyPlanningCategories())
	rulestest.Labels(t, welfare.RiskClasses())
	rulestest.Labels(t, welfare.IncomeKinds())
	rulestest.Labels(t, welfare.IncomeTreatments())
	rulestest.Labels(t, welfare.PriorityCategories())
	rulestest.Labels(t, welfare.RenovationProjects())
	rulestest.Labels(t, welfare.VisitKinds())
	rulestest.Labels(t, welfare.StudyLevels())
	rulestest.Labels(t, welfare.StudyGrantSchemes())
	rulestest.Labels(t, welfare.Occupations())
	rulestest.Labels(t, welfare.MigrantOrigins())
	rulestest.Labels(t, welfare.HukouOrigins())
	rulestest.Labels(t, welfare.InsuranceSchemes())
	rulestest.Labels(t, welfare.OutpatientKinds())
	rulestest.Labels(t, welfare.SpecialDiseases())
	rulestest.Labels(t, welfare.EmployerKinds())
	rulestest.Labels(t, welfare.LoanKinds())
	rulestest.Labels(t, welfare.KeyGroups())
}

// 二、6 covers recognised categories of children; a child of no category
// in a household neither 低保 nor 低边 is refused, and the English
// explanation names the values in English, the Chinese in the document's
// words.
func TestExplanationShowsEnglishLabels(t *testing.T) {
	res, err := welfare.Book().Eval(welfare.RuleChildBasicLiving, rules.MustDate(2022, 6, 1), rules.Inputs{
		"birth_date": "2015-03-01", "category": "无", "household_status": "无", "disability": "无",
		"living_consumption": "40000", "hukou": "鹿城区",
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.Eligible {
		t.Fatal("a child of no recognised category outside 低保 and 低边 is eligible")
	}
	en, zh := res.Explain(rules.English), res.Explain(rules.Chinese)
	for _, want := range []string{
		"  recognised category of the child category = none\n",
		"household_status = none\n",
		"  kind of disability disability = none\n",
		"hukou = Lucheng District\n",
		"(category = none, ",
	} {
		if !strings.Contains(en, want) {
			t.Errorf("English explanation lacks %q:\n%s", want, en)
		}
	}
	for _, want := range []string{"  儿童类别（经认定） category = 无\n", "hukou = 鹿城区\n", "（category = 无, "} {
		if !strings.Contains(zh, want) {
			t.Errorf("Chinese explanation lacks %q:\n%s", want, zh)
		}
	}
}

// The statement's household line names the locality and the status by their
// English labels in English.
func TestStatementHeaderInEnglish(t *testing.T) {
	h := welfare.Household{Locality: welfare.Ouhai, Status: welfare.Dibian,
		Members: []welfare.Member{{Name: "Zhang", BirthDate: rules.MustDate(2003, 8, 1)}}}
	st, err := welfare.Default().Assess(on, h, local2ex)
	if err != nil {
		t.Fatal(err)
	}
	if en := st.Text(rules.English); !strings.Contains(en, "[Household, Ouhai District, marginal-poverty (dibian), 1 member(s)]\n") {
		t.Errorf("English statement:\n%s", en)
	}
	if zh := st.Text(rules.Chinese); !strings.Contains(zh, "【家庭 瓯海区，低边，1人】\n") {
		t.Errorf("Chinese statement:\n%s", zh)
	}
}

// 二、5 and 附则1: the area the registration falls in is a word of a
// parameter; the English explanation names it in English.
func TestParameterWordsInEnglish(t *testing.T) {
	res, err := welfare.Book().Eval(welfare.RuleHighAgeAllowance, rules.MustDate(2022, 6, 1), rules.Inputs{
		"birth_date": "1940-03-01", "hukou": "鹿城区",
	})
	if err != nil {
		t.Fatal(err)
	}
	if en := res.Explain(rules.English); !strings.Contains(en, "area = urban districts  ← locality_area[hukou]\n") {
		t.Errorf("English explanation:\n%s", en)
	}
	if zh := res.Explain(rules.Chinese); !strings.Contains(zh, "area = 市区  ← locality_area[hukou]\n") {
		t.Errorf("Chinese explanation:\n%s", zh)
	}
}
