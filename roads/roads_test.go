package roads_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/roads"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

var (
	dayIn = rules.MustDate(2023, 3, 1)
)

func TestQuotesAreInTheText(t *testing.T) {
	rulestest.Quotes(t, roads.Book(), map[string]string{roads.Opinions().Number: "../testdata/sources/4-roads.txt"})
}

func TestTypedFunctionsMatchTheBook(t *testing.T) {
	d := decimal.RequireFromString
	n := roads.Network{CountyRoad: d("10"), TownshipRoad: d("20"), VillageRoad: d("30")}
	works, err := roads.Default().MaintenanceWorksSubsidy(dayIn, roads.NetworkYear{Locality: roads.Ouhai, Year: 2022, Network: n})
	if err != nil {
		t.Fatal(err)
	}
	routine, err := roads.Default().RoutineMaintenanceSubsidy(dayIn, roads.NetworkYear{Locality: roads.Ouhai, Year: 2022, Network: n})
	if err != nil {
		t.Fatal(err)
	}
	funding, err := roads.Default().RoutineFunding(dayIn, roads.FundedNetwork{NetworkYear: roads.NetworkYear{Locality: roads.Ouhai, Year: 2022, Network: n}, ProvincialSubsidy: new(d("100000"))})
	if err != nil {
		t.Fatal(err)
	}
	targets, err := roads.Default().CheckTargets2022(dayIn, roads.Figures{MaintainedShare: rules.Pct("100"), WorksShareCountyTownship: rules.Pct("6"), WorksShareVillage: rules.Pct("4"), MediumOrBetterShare: rules.Pct("90")})
	if err != nil {
		t.Fatal(err)
	}
	review, err := roads.Default().AdjustmentDue(dayIn, roads.Standards{LastAdjusted: rules.MustDate(2022, 5, 1)})
	if err != nil {
		t.Fatal(err)
	}
	book, err := roads.Book().Eval(roads.RuleRoutineMinimum, dayIn, rules.Inputs{"county": "瓯海区", "year": 2022,
		"county_road_km": "10", "township_road_km": "20", "village_road_km": "30", "provincial_subsidy": "100000"})
	if err != nil {
		t.Fatal(err)
	}
	got := []string{works.Amount.StringFixed(2), routine.Amount.StringFixed(2), funding.Minimum.StringFixed(2), funding.CitySubsidy.StringFixed(2),
		funding.Shortfall.StringFixed(2), book.Value.Number().StringFixed(2), boolText(targets.All), boolText(targets.WorksVillage), review.Due.String()}
	// 三（五）: 3,000 × 60; 三（六）: 140,000 city, 435,000 minimum, 195,000 county; 二: 4% < 5%; 三（七）: +5 years.
	want := []string{"180000.00", "140000.00", "435000.00", "140000.00", "195000.00", "195000.00", "false", "false", "2027-05-01"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("typed functions (-want +got):\n%s", diff)
	}
	ruian, err := roads.Default().MaintenanceWorksSubsidy(dayIn, roads.NetworkYear{Locality: roads.Ruian, Year: 2022, Network: n})
	if err != nil || ruian.Eligible() || !ruian.Amount.IsZero() {
		t.Errorf("瑞安 works subsidy: want not eligible and 0 (三（五） names only 四区 and 五县), got %v, %v", ruian, err)
	}
}

func boolText(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func TestParseCounty(t *testing.T) {
	if c, err := roads.ParseLocality("文成县"); err != nil || c != roads.Wencheng || !c.IsMountainCounty() {
		t.Errorf("ParseLocality(文成县) = %q, %v", c, err)
	}
	if _, err := roads.ParseLocality("温州"); err == nil {
		t.Error("ParseLocality(温州): want an error listing the counties")
	}
	var districts, mountain int
	for _, c := range roads.Localities() {
		if c.IsDistrict() {
			districts++
		}
		if c.IsMountainCounty() {
			mountain++
		}
	}
	if districts != 4 || mountain != 5 || len(roads.Localities()) != 12 {
		t.Errorf("%d districts, %d mountain counties of %d; want 4 (四区), 5 (山区五县) of 12", districts, mountain, len(roads.Localities()))
	}
}

// A county funding more than the minimum keeps its level (不得降低): it
// derives a book that raises the minimum; lowering it is refused.
func TestCountyKeepsHigherStandard(t *testing.T) {
	notice := &rules.Document{Number: "乐清市农村公路管理养护实施办法（示例）", Title: "乐清市农村公路管理养护实施办法", Issuer: "乐清市人民政府",
		Issued: rules.MustDate(2022, 6, 1), InForce: rules.Since(rules.MustDate(2022, 7, 1))}
	minimum := func(county string) rules.Override {
		return rules.Override{Param: "routine_minimum", From: rules.MustDate(2022, 7, 1), Cite: notice.Cite("三", "县道每年每公里"+county+"元"),
			Value: rules.Table{Rows: []rules.Row{
				{Keys: []string{"县道"}, Value: decimal.RequireFromString(county)},
				{Keys: []string{"乡道"}, Value: decimal.RequireFromString("7500")},
				{Keys: []string{"村道"}, Value: decimal.RequireFromString("4500")},
			}}}
	}
	yueqing, err := roads.Book().Derive(minimum("18000"))
	if err != nil {
		t.Fatal(err)
	}
	n := roads.Network{CountyRoad: decimal.NewFromInt(10)}
	got, err := roads.MustEvaluator(yueqing).RoutineFunding(dayIn, roads.FundedNetwork{NetworkYear: roads.NetworkYear{Locality: roads.Yueqing, Year: 2023, Network: n}, ProvincialSubsidy: new(decimal.Zero)})
	if err != nil {
		t.Fatal(err)
	}
	// 18,000 × 10 = 180,000, none of it from the city (乐清 is neither district nor mountain county)
	if got.Minimum.StringFixed(2) != "180000.00" || got.Shortfall.StringFixed(2) != "180000.00" {
		t.Errorf("乐清 with its own 18,000: minimum %s, shortfall %s; want 180000.00 each", got.Minimum, got.Shortfall)
	}
	if _, err := roads.Book().Derive(minimum("14000")); !errors.Is(err, rules.ErrInvalidOverride) {
		t.Errorf("lowering the minimum below 15,000 (不得低于): want ErrInvalidOverride, got %v", err)
	}
}

// An unstated provincial subsidy is missing, never 0 (audit F10): before
// the fix, 10 km of 鹿城 county road showed the county raising 15,000 × 10 −
// 4,000 × 10 = 110,000, as if the province paid nothing. A last adjustment
// after the evaluation date is refused (audit F5).
func TestTypedUnstatedFacts(t *testing.T) {
	n := roads.Network{CountyRoad: decimal.NewFromInt(10)}
	_, err := roads.Default().RoutineFunding(dayIn, roads.FundedNetwork{NetworkYear: roads.NetworkYear{Locality: roads.Lucheng, Year: 2023, Network: n}, ProvincialSubsidy: nil})
	var re *rules.Error
	if !errors.As(err, &re) || re.Input != "provincial_subsidy" || !errors.Is(err, rules.ErrInvalidInput) {
		t.Errorf("no provincial subsidy: want an invalid-input error on provincial_subsidy, got %v", err)
	}
	f, err := roads.Default().RoutineFunding(dayIn, roads.FundedNetwork{NetworkYear: roads.NetworkYear{Locality: roads.Lucheng, Year: 2023, Network: n}, ProvincialSubsidy: new(decimal.Zero)})
	if err != nil || f.Shortfall.StringFixed(2) != "110000.00" {
		t.Errorf("provincial subsidy stated as 0: shortfall %s %v, want 110000.00", f.Shortfall, err)
	}
	_, err = roads.Default().AdjustmentDue(rules.MustDate(2023, 1, 1), roads.Standards{LastAdjusted: rules.MustDate(2026, 6, 30)})
	if !errors.As(err, &re) || re.Input != "last_adjusted" || !errors.Is(err, rules.ErrInvalidInput) {
		t.Errorf("an adjustment after the evaluation date: want an invalid-input error on last_adjusted, got %v", err)
	}
}

func TestEveryEntryPointHasAnExample(t *testing.T) {
	rulestest.Examples(t, ".", "Evaluator", "Locality")
}
