package population_test

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/wzpolicy/wzpolicy/examples/population"
	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// claimKey names one benefit of a statement: its rule and part.
type claimKey struct{ rule, part string }

func (k claimKey) String() string {
	if k.part == "" {
		return k.rule
	}
	return k.rule + "（" + k.part + "）"
}

// householdClaims are the benefits welfare.Evaluator.Assess lists for a
// household, and memberClaims those it lists for a member, as its doc
// says.
var householdClaims = []claimKey{
	{welfare.RuleDibaoAllowance, ""}, {welfare.RuleFamilyPlanningGrant, ""}, {welfare.RuleWorkerLivingAid, ""},
	{welfare.RuleRentalEligibility, ""}, {welfare.RuleRentSubsidy, ""}, {welfare.RuleRuralRenovation, ""},
	{welfare.RuleUtilityQuota, ""}, {welfare.RuleSanitationWorkerSubsidy, ""},
}

func memberClaims() []claimKey {
	cs := []claimKey{
		{welfare.RuleTekunBasicStandard, ""}, {welfare.RuleTekunCareFee, ""}, {welfare.RuleVeteranSupplement, ""},
		{welfare.RuleElderlyCareSubsidy, ""}, {welfare.RuleHighAgeAllowance, ""}, {welfare.RuleChildBasicLiving, ""},
		{welfare.RuleMentalGuardianSubsidy, ""}, {welfare.RuleMentalCareSubsidy, ""}, {welfare.RuleMentalInjectionSubsidy, ""},
		{welfare.RuleMedicalAssistance, ""}, {welfare.RuleVeteranMedicalAid, ""}, {welfare.RuleRehabSubsidy, ""},
		{welfare.RuleRehabLivingAllowance, ""}, {welfare.RuleAccidentInsurance, ""}, {welfare.RuleNutritionMeal, ""},
	}
	for _, s := range welfare.StudyGrantSchemes() {
		cs = append(cs, claimKey{welfare.RuleStudyGrant, string(s)})
	}
	return append(cs,
		claimKey{welfare.RuleResidentPensionSubsidy, ""}, claimKey{welfare.RuleResidentMedicalSubsidy, ""},
		claimKey{welfare.RuleSupplementaryInsurance, ""}, claimKey{welfare.RuleFreeTransport, ""},
		claimKey{welfare.RulePublicWelfarePostSubsidy, ""}, claimKey{welfare.RuleFlexibleInsurance, ""},
		claimKey{welfare.RuleJobSeekingGrant, ""}, claimKey{welfare.RuleResidencePermit, ""},
		claimKey{welfare.RuleHighSchoolParity, ""})
}

// neverGranted are the benefits no household can be granted, with why.
var neverGranted = map[claimKey]string{
	{welfare.RuleSupplementaryInsurance, ""}: "六、19 leaves the amount to the local government: an eligible member is assessed case by case (按实评估), never granted",
}

// tally counts the statuses of each benefit over a population.
type tally map[claimKey]map[rules.Status]int

func (t tally) add(sec welfare.Section) {
	for _, en := range append(slices.Clip(sec.Entries), sec.NotAssessed...) {
		k := claimKey{en.Rule, en.Part}
		if t[k] == nil {
			t[k] = map[rules.Status]int{}
		}
		t[k][en.Status]++
	}
}

func (t tally) line(k claimKey) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-55s", k)
	for _, s := range rules.Statuses() {
		fmt.Fprintf(&b, " %s=%d", s.English(), t[k][s])
	}
	return b.String()
}

// Every benefit of the household assessment is granted to some households
// in 10,000, except those no household can be granted; most results are
// not granted, as in a real screening.
func TestEveryClaimGrants(t *testing.T) {
	if testing.Short() {
		t.Skip("assesses 10,000 households")
	}
	t.Parallel()
	cfg := population.Config{Seed: 1, On: on}
	const n = 10000
	// The households are shared out among workers, each drawing its own
	// (Household(cfg, i) needs no other) and assessing them with the one
	// evaluator, which is safe for concurrent use.
	workers := runtime.GOMAXPROCS(0)
	type part struct {
		counts           tally
		results, granted int
		err              error
	}
	parts := make([]part, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			p := &parts[w]
			p.counts = tally{}
			for i := w; i < n; i += workers {
				h := population.Household(cfg, i)
				st, err := welfare.Default().Assess(cfg.On, h, population.Standards(h.Locality))
				if err != nil {
					p.err = fmt.Errorf("household %d: %w", i, err)
					return
				}
				for _, sec := range append([]welfare.Section{st.Household}, st.Members...) {
					p.counts.add(sec)
					for _, en := range sec.Entries {
						if en.Status == rules.Granted || en.Status == rules.NotGranted {
							p.results++
						}
						if en.Status == rules.Granted {
							p.granted++
						}
					}
				}
			}
		})
	}
	wg.Wait()
	counts := tally{}
	results, granted := 0, 0
	for _, p := range parts {
		if p.err != nil {
			t.Fatal(p.err)
		}
		results, granted = results+p.results, granted+p.granted
		for k, byStatus := range p.counts {
			if counts[k] == nil {
				counts[k] = map[rules.Status]int{}
			}
			for s, c := range byStatus {
				counts[k][s] += c
			}
		}
	}
	all := append(slices.Clip(householdClaims), memberClaims()...)
	for k := range counts {
		if !slices.Contains(all, k) {
			t.Errorf("the statements list %s, which the test does not know: add it to householdClaims or memberClaims", k)
		}
	}
	for _, k := range all {
		t.Log(counts.line(k))
		_, never := neverGranted[k]
		switch n := counts[k][rules.Granted]; {
		case n == 0 && !never:
			t.Errorf("%s: never granted in 10,000 households", k)
		case n > 0 && never:
			t.Errorf("%s: granted %d times, though listed as never granted", k, n)
		}
	}
	share := float64(granted) / float64(results)
	t.Logf("%d results granted or not, %.1f%% granted", results, 100*share)
	if share > 0.05 {
		t.Errorf("%.1f%% of results granted: a screening grants few", 100*share)
	}
}

// Every relief measure is granted to some firms in 10,000 assessed on the
// last day of the notice's period, when every measure is in force.
func TestEveryMeasureGrants(t *testing.T) {
	if testing.Short() {
		t.Skip("assesses 10,000 firms")
	}
	t.Parallel()
	cfg := population.Config{Seed: 1, On: rules.MustDate(2022, 6, 30)}
	counts := map[string]map[rules.Status]int{}
	for i, p := range population.Firms(cfg, 10000) {
		a, err := relief.Default().Assess(cfg.On, p, population.Tiers())
		if err != nil {
			t.Fatalf("firm %d: %v", i, err)
		}
		for _, it := range a.Items {
			if counts[it.Rule] == nil {
				counts[it.Rule] = map[rules.Status]int{}
			}
			counts[it.Rule][it.Status]++
		}
	}
	neverPaid := map[string]string{
		relief.RuleImportedGoodsTesting: "一、13 leaves the testing costs to the health commission's scheme: a firm in scope is assessed case by case (按实评估), never granted",
	}
	for _, id := range relief.Default().Book().RuleIDs() {
		var b strings.Builder
		for _, s := range rules.Statuses() {
			fmt.Fprintf(&b, " %s=%d", s.English(), counts[id][s])
		}
		t.Logf("%-45s%s", id, b.String())
		_, never := neverPaid[id]
		switch n := counts[id][rules.Granted]; {
		case n == 0 && !never:
			t.Errorf("%s: never granted in 10,000 firms", id)
		case n > 0 && never:
			t.Errorf("%s: granted %d times, though listed as never granted", id, n)
		}
	}
}
