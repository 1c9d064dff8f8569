package welfare_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// Every problem of a household's facts comes in one error, each naming its
// field path; errors.As finds each as a *rules.Error.
func TestValidateReportsEveryProblem(t *testing.T) {
	on := rules.MustDate(2022, 6, 1)
	h := welfare.Household{Locality: "杭州市", Status: "特困",
		Members: []welfare.Member{
			{Name: "甲", BirthDate: rules.MustDate(1980, 5, 1), Disability: welfare.Physical},
			{Name: "乙", BirthDate: rules.MustDate(2022, 7, 1), Disability: "聋"},
		}}
	_, err := welfare.Default().Assess(on, h, welfare.LocalStandards{})
	var he *welfare.HouseholdError
	if !errors.Is(err, rules.ErrInvalidInput) || !errors.As(err, &he) {
		t.Fatalf("want a HouseholdError matching ErrInvalidInput, got %v", err)
	}
	var got []string
	for _, p := range he.Problems {
		got = append(got, fmt.Sprintf("%s %d", p.Field, p.Member))
	}
	want := []string{"Locality -1", "Status -1", "Members[0].DisabilityGrade 0", "Members[1].BirthDate 1", "Members[1].Disability 1"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("problems %v, want %v", got, want)
	}
	var re *rules.Error
	if !errors.As(err, &re) || re.Field != "Locality" {
		t.Errorf("errors.As: want a *rules.Error naming Locality, got %v", re)
	}
	if err := (welfare.Household{Locality: welfare.Ruian}).Validate(on); err != nil {
		t.Errorf("a household with only its locality: %v", err)
	}
}

// A problem that does not stop the assessment is in the statement, and the
// English text gives it in English.
func TestStatementProblemsInEnglish(t *testing.T) {
	on := rules.MustDate(2022, 6, 1)
	h := welfare.Household{Locality: welfare.Lucheng,
		Members: []welfare.Member{{Name: "甲", BirthDate: rules.MustDate(1980, 5, 1), DisabilityGrade: 2}}}
	st, err := welfare.Default().Assess(on, h, welfare.LocalStandards{})
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Problems) != 1 || st.Problems[0].Field != "Members[0].DisabilityGrade" {
		t.Fatalf("problems %v", st.Problems)
	}
	en, _ := st.Members[0].Entry(welfare.RuleAccidentInsurance, "")
	if en.Problem == nil || en.Status != rules.NotAssessed {
		t.Fatalf("accident insurance: %v, problem %v", en.Status, en.Problem)
	}
	const want = "Members[0].DisabilityGrade (member 1): grade 2 is given without a kind of disability (Disability): whether the member is disabled is not known"
	if got := en.Problem.Text(rules.English); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
