package roads_test

import (
	"math"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/internal/typedtest"
	"github.com/wzpolicy/wzpolicy/roads"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

// Every class of bad input, for every input of the opinions' rules: each
// ends in an invalid-input error naming the input, never a figure, a panic
// or an evaluation failure.
func TestBadInput(t *testing.T) {
	on := rules.MustDate(2023, 6, 1)
	km := decimal.NewFromInt(10)
	net := roads.Network{CountyRoad: km, TownshipRoad: km, VillageRoad: km}
	prov := decimal.NewFromInt(100000)
	with := func(change func(*roads.Network)) roads.Network {
		n := net
		change(&n)
		return n
	}
	works := func(c roads.Locality, year int, n roads.Network) func() error {
		return func() error {
			_, err := roads.Default().MaintenanceWorksSubsidy(on, roads.NetworkYear{Locality: c, Year: year, Network: n})
			return err
		}
	}
	routine := func(c roads.Locality, year int, n roads.Network) func() error {
		return func() error {
			_, err := roads.Default().RoutineMaintenanceSubsidy(on, roads.NetworkYear{Locality: c, Year: year, Network: n})
			return err
		}
	}
	funding := func(c roads.Locality, year int, n roads.Network, p *decimal.Decimal) func() error {
		return func() error {
			_, err := roads.Default().RoutineFunding(on, roads.FundedNetwork{NetworkYear: roads.NetworkYear{Locality: c, Year: year, Network: n}, ProvincialSubsidy: p})
			return err
		}
	}
	figures := roads.Figures{MaintainedShare: rules.Pct("100"), WorksShareCountyTownship: rules.Pct("6"),
		WorksShareVillage: rules.Pct("5"), MediumOrBetterShare: rules.Pct("85")}
	targets := func(change func(*roads.Figures)) func() error {
		f := figures
		change(&f)
		return func() error { _, err := roads.Default().CheckTargets2022(on, f); return err }
	}
	due := func(last rules.Date) func() error {
		return func() error {
			_, err := roads.Default().AdjustmentDue(on, roads.Standards{LastAdjusted: last})
			return err
		}
	}
	base := map[string]rules.Inputs{
		roads.RuleMaintenanceWorks: {"county": "鹿城区", "year": 2022, "county_road_km": "10"},
		roads.RuleRoutineMinimum:   {"county": "鹿城区", "year": 2022, "county_road_km": "10", "provincial_subsidy": "0"},
		roads.RuleTargets2022: {"maintained_share": "1", "works_share_county_township": "0.06", "works_share_village": "0.05",
			"medium_or_better_share": "0.85"},
		roads.RuleAdjustmentDue: {"last_adjusted": "2022-05-01"},
	}
	eval := func(id string, kv ...any) func() error {
		return typedtest.Eval(roads.Book(), id, on, typedtest.With(base[id], kv...))
	}
	minus := decimal.NewFromInt(-1)

	bad := typedtest.Bad
	typedtest.RunRows(t, []typedtest.Row{
		// Negative lengths, years, amounts and shares.
		bad("negative county road", "county_road_km", works(roads.Lucheng, 2022, with(func(n *roads.Network) { n.CountyRoad = minus }))),
		bad("negative township road", "township_road_km", routine(roads.Yongjia, 2022, with(func(n *roads.Network) { n.TownshipRoad = minus }))),
		bad("negative village road", "village_road_km", funding(roads.Ruian, 2022, with(func(n *roads.Network) { n.VillageRoad = minus }), &prov)),
		bad("negative year", "year", works(roads.Lucheng, -2022, net)),
		bad("negative provincial subsidy", "provincial_subsidy", funding(roads.Lucheng, 2022, net, &minus)),
		bad("negative share", "maintained_share", targets(func(f *roads.Figures) { f.MaintainedShare = rules.FractionRate(minus) })),
		// Zero where it has no meaning: a network of no road at all, the
		// year 0.
		bad("no road at all, works", "county_road_km", works(roads.Lucheng, 2022, roads.Network{})),
		bad("no road at all, routine", "county_road_km", routine(roads.Taishun, 2023, roads.Network{})),
		bad("no road at all, funding", "county_road_km", funding(roads.Ouhai, 2023, roads.Network{}, &prov)),
		bad("year 0", "year", works(roads.Lucheng, 0, net)),
		// Absurdly large.
		bad("typedtest.Huge county road", "county_road_km", works(roads.Lucheng, 2022, with(func(n *roads.Network) { n.CountyRoad = typedtest.Huge }))),
		bad("typedtest.Huge provincial subsidy", "provincial_subsidy", funding(roads.Lucheng, 2022, net, &typedtest.Huge)),
		bad("typedtest.Huge share", "medium_or_better_share", targets(func(f *roads.Figures) { f.MediumOrBetterShare = rules.FractionRate(typedtest.Huge) })),
		bad("share above 100%", "works_share_village", targets(func(f *roads.Figures) { f.WorksShareVillage = rules.Pct("101") })),
		bad("the largest int as a year", "year", routine(roads.Lucheng, math.MaxInt64, net)),
		bad("a year of five digits", "year", funding(roads.Lucheng, 20220, net, &prov)),
		bad("typedtest.Huge year through the book", "year", eval(roads.RuleMaintenanceWorks, "year", typedtest.Huge)),
		// Over-precise.
		bad("over-precise village road", "village_road_km", routine(roads.Lucheng, 2022, with(func(n *roads.Network) { n.VillageRoad = typedtest.OverPrecise }))),
		bad("over-precise provincial subsidy", "provincial_subsidy", funding(roads.Lucheng, 2022, net, new(prov.Add(typedtest.OverPrecise)))),
		bad("over-precise share", "works_share_county_township", targets(func(f *roads.Figures) { f.WorksShareCountyTownship = rules.FractionRate(typedtest.OverPrecise) })),
		bad("a year with decimals", "year", eval(roads.RuleMaintenanceWorks, "year", "2022.5")),
		// NaN-like texts through the book.
		bad("NaN county road", "county_road_km", eval(roads.RuleMaintenanceWorks, "county_road_km", "NaN")),
		bad("Inf provincial subsidy", "provincial_subsidy", eval(roads.RuleRoutineMinimum, "provincial_subsidy", "Inf")),
		bad("1e999 share", "maintained_share", eval(roads.RuleTargets2022, "maintained_share", "1e999")),
		// Impossible dates.
		bad("zero last adjustment", "last_adjusted", due(rules.Date{})),
		bad("last adjustment after the evaluation date", "last_adjusted", due(on.AddDays(1))),
		bad("zero time.Time last adjustment", "last_adjusted", eval(roads.RuleAdjustmentDue, "last_adjusted", time.Time{})),
		bad("31 April", "last_adjusted", eval(roads.RuleAdjustmentDue, "last_adjusted", "2022-04-31")),
		bad("zero evaluation date", "date", func() error {
			_, err := roads.Default().AdjustmentDue(rules.Date{}, roads.Standards{LastAdjusted: on})
			return err
		}),
		// Unknown localities, "" where required.
		bad("unknown county", "county", works("温州市", 2022, net)),
		bad("no county", "county", funding("", 2022, net, &prov)),
		bad("a town for a county", "county", routine("龙港镇", 2022, net)),
		// Missing fields.
		bad("missing provincial subsidy", "provincial_subsidy", funding(roads.Lucheng, 2022, net, nil)),
		bad("missing year", "year", eval(roads.RuleRoutineMinimum, "year", nil)),
		bad("missing share", "works_share_village", eval(roads.RuleTargets2022, "works_share_village", nil)),
		bad("missing last adjustment", "last_adjusted", eval(roads.RuleAdjustmentDue, "last_adjusted", nil)),
		bad("misspelt input", "county_km", eval(roads.RuleMaintenanceWorks, "county_km", "1")),
		// Wrong types through the book.
		bad("bool for a length", "county_road_km", eval(roads.RuleMaintenanceWorks, "county_road_km", true)),
		bad("float for a share", "maintained_share", eval(roads.RuleTargets2022, "maintained_share", 0.99)),
		bad("number for a date", "last_adjusted", eval(roads.RuleAdjustmentDue, "last_adjusted", 20220501)),
		bad("date for a year", "year", eval(roads.RuleRoutineMinimum, "year", rules.MustDate(2022, 1, 1))),
		bad("percentage for a length", "village_road_km", eval(roads.RuleMaintenanceWorks, "village_road_km", "10%")),
	})
}

func texts() []string { return rules.Texts(roads.Localities()) }

// typedCase is what FuzzTyped builds from its bytes.
type typedCase struct {
	Fn         int
	On         rules.Date
	Locality   roads.Locality
	Year       int
	Network    roads.Network
	Provincial *decimal.Decimal
	Figures    roads.Figures
	Last       rules.Date
}

// FuzzTyped calls the opinions' typed functions with arbitrary values,
// seeded with the worked cases: never a panic; a result that explains
// itself, or an error the engine knows, naming its field when the input is
// invalid — never a rule failing in evaluation.
func FuzzTyped(f *testing.F) {
	tx := texts()
	d := decimal.RequireFromString
	on := rules.MustDate(2023, 3, 1)
	network := roads.Network{CountyRoad: d("10"), TownshipRoad: d("20"), VillageRoad: d("30")}
	for _, c := range []typedCase{
		// 三（五） 3,000 × 60 = 180,000
		{Fn: 0, On: on, Locality: roads.Lucheng, Year: 2022, Network: network},
		// 三（六） 1,000 × 600 = 600,000
		{Fn: 1, On: on, Locality: roads.Yongjia, Year: 2022, Network: roads.Network{CountyRoad: d("100"), TownshipRoad: d("200"), VillageRoad: d("300")}},
		// 三（六） minimum 435,000; city 140,000; county 195,000
		{Fn: 2, On: rules.MustDate(2022, 6, 1), Locality: roads.Ouhai, Year: 2022, Network: network, Provincial: new(d("100000"))},
		// 二 the four targets met at their bounds
		{Fn: 3, On: on, Figures: roads.Figures{MaintainedShare: rules.Pct("100"), WorksShareCountyTownship: rules.Pct("6"), WorksShareVillage: rules.Pct("5"),
			MediumOrBetterShare: rules.Pct("85")}},
		// 三（七） 2022-05-01 + 5 years = 2027-05-01
		{Fn: 4, On: rules.MustDate(2027, 4, 28), Last: rules.MustDate(2022, 5, 1)},
	} {
		f.Add(typedtest.Seed(c, tx))
	}
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		var c typedCase
		rulestest.Fill(data, &c, tx)
		var res *rules.Result
		var err error
		typedtest.Timed(t, func() {
			switch (c.Fn%5 + 5) % 5 {
			case 0:
				var r roads.Subsidy
				r, err = roads.Default().MaintenanceWorksSubsidy(c.On, roads.NetworkYear{Locality: c.Locality, Year: c.Year, Network: c.Network})
				res = r.Result()
			case 1:
				var r roads.Subsidy
				r, err = roads.Default().RoutineMaintenanceSubsidy(c.On, roads.NetworkYear{Locality: c.Locality, Year: c.Year, Network: c.Network})
				res = r.Result()
			case 2:
				var r roads.Funding
				r, err = roads.Default().RoutineFunding(c.On, roads.FundedNetwork{NetworkYear: roads.NetworkYear{Locality: c.Locality, Year: c.Year, Network: c.Network},
					ProvincialSubsidy: c.Provincial})
				res = r.Result()
			case 3:
				var r roads.Targets
				r, err = roads.Default().CheckTargets2022(c.On, c.Figures)
				res = r.Result()
			case 4:
				var r roads.Review
				r, err = roads.Default().AdjustmentDue(c.On, roads.Standards{LastAdjusted: c.Last})
				res = r.Result()
			}
		})
		if typedtest.CheckErr(t, err) {
			typedtest.Explains(t, res)
		}
	})
}
