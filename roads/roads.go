package roads

import (
	"fmt"
	"strings"
	"sync"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// County is a county-level unit of Wenzhou (县（市、区）).
type County string

const (
	Lucheng  County = "鹿城区"
	Longwan  County = "龙湾区"
	Ouhai    County = "瓯海区"
	Dongtou  County = "洞头区"
	Yongjia  County = "永嘉县"
	Pingyang County = "平阳县"
	Cangnan  County = "苍南县"
	Wencheng County = "文成县"
	Taishun  County = "泰顺县"
	Ruian    County = "瑞安市"
	Yueqing  County = "乐清市"
	Longgang County = "龙港市"
)

// Counties returns Wenzhou's twelve county-level units: the four districts,
// the five mountain counties, then 瑞安市, 乐清市 and 龙港市.
func Counties() []County {
	return []County{Lucheng, Longwan, Ouhai, Dongtou, Yongjia, Pingyang, Cangnan, Wencheng, Taishun, Ruian, Yueqing, Longgang}
}

// IsDistrict reports whether c is one of the four districts (四区).
func (c County) IsDistrict() bool {
	return c == Lucheng || c == Longwan || c == Ouhai || c == Dongtou
}

// IsMountainCounty reports whether c is one of the five mountain counties
// (山区五县).
func (c County) IsMountainCounty() bool {
	return c == Yongjia || c == Pingyang || c == Cangnan || c == Wencheng || c == Taishun
}

// ParseCounty returns the county with the given Chinese name, or an error
// listing the valid names.
func ParseCounty(s string) (County, error) {
	for _, c := range Counties() {
		if string(c) == s {
			return c, nil
		}
	}
	return "", fmt.Errorf("roads: %q is not a county-level unit of Wenzhou; valid: %s", s, strings.Join(rules.Texts(Counties()), ", "))
}

// RoadClass is an administrative class of rural road (农村公路).
type RoadClass string

const (
	CountyRoad   RoadClass = "县道"
	TownshipRoad RoadClass = "乡道"
	VillageRoad  RoadClass = "村道"
)

// Network is a county's rural road network by class, in kilometres. A class
// left zero has no road; a Network of no road at all (the zero Network) is
// not a network, and the functions refuse it with an error matching
// [rules.ErrInvalidInput] naming county_road_km.
type Network struct {
	CountyRoad, TownshipRoad, VillageRoad decimal.Decimal
}

// Subsidy is a city subsidy for a year, in total and by road class, in yuan.
// Eligible is false for localities and years the subsidy does not cover; the
// Result says which condition failed.
type Subsidy struct {
	Amount                                decimal.Decimal
	CountyRoad, TownshipRoad, VillageRoad decimal.Decimal
	Eligible                              bool
	Result                                *rules.Result
}

// Funding is the routine-maintenance funding of a county's network for a
// year: the minimum public funding, the city's subsidy, and the part the
// county must raise after the provincial and city subsidies.
type Funding struct {
	Minimum, CitySubsidy, Shortfall decimal.Decimal
	Eligible                        bool // false before 2022 and after 2027
	Result                          *rules.Result
}

// Figures are a county's rural road figures, as shares (0.06 is 6%).
type Figures struct {
	MaintainedShare          decimal.Decimal // 列养率
	WorksShareCountyTownship decimal.Decimal // 县乡道年均养护工程实施比例
	WorksShareVillage        decimal.Decimal // 村道年均养护工程实施比例
	MediumOrBetterShare      decimal.Decimal // 中等以上农村公路占比
}

// Targets says which of the 2022 targets the figures meet.
type Targets struct {
	All, Maintained, WorksCountyTownship, WorksVillage, MediumOrBetter bool
	Result                                                             *rules.Result
}

// Review is the due date of the next adjustment of the standards.
type Review struct {
	Due     rules.Date
	Overdue bool // on the evaluation date
	Result  *rules.Result
}

var (
	// book and std are compiled the first time the package is used, not
	// at program start: a program pays only for the documents it touches.
	book = sync.OnceValue(func() *rules.Book { return rules.MustCompile(spec()) })
	std  = sync.OnceValue(func() *Evaluator { return MustEvaluator(book()) })
)

// Book returns the compiled rules of the opinions. It is shared and safe
// for concurrent use; derive a new book to override a figure (a county
// keeping a higher funding standard), and evaluate it with [NewEvaluator].
func Book() *rules.Book { return book() }

// Evaluator evaluates the opinions' rules with a given book.
type Evaluator struct {
	book                         *rules.Book
	works, routine, minimum, tgt *rules.Prepared
	review                       *rules.Prepared
}

// NewEvaluator returns an evaluator over b, which must hold the opinions'
// rules (the book of [Book], or one derived from it).
func NewEvaluator(b *rules.Book) (*Evaluator, error) {
	e := &Evaluator{book: b}
	batch := &rules.Preparer{Book: b}
	prep := batch.Prepare
	network := []string{"county", "year", "county_road_km", "township_road_km", "village_road_km"}
	e.works = prep(RuleMaintenanceWorks, network...)
	e.routine = prep(RuleRoutineMaintenance, network...)
	e.minimum = prep(RuleRoutineMinimum, append(network, "provincial_subsidy")...)
	e.tgt = prep(RuleTargets2022, "maintained_share", "works_share_county_township", "works_share_village", "medium_or_better_share")
	e.review = prep(RuleAdjustmentDue, "last_adjusted")
	if batch.Err != nil {
		return nil, batch.Err
	}
	return e, nil
}

// MustEvaluator is [NewEvaluator] for books known to hold the rules.
func MustEvaluator(b *rules.Book) *Evaluator {
	e, err := NewEvaluator(b)
	if err != nil {
		panic(err)
	}
	return e
}

// Book returns the book the evaluator uses.
func (e *Evaluator) Book() *rules.Book { return e.book }

func networkValues(c County, year int, n Network) []rules.Value {
	return []rules.Value{rules.TextValue(string(c)), rules.NumberValue(decimal.NewFromInt(int64(year))),
		kmValue(n.CountyRoad), kmValue(n.TownshipRoad), kmValue(n.VillageRoad)}
}

// kmValue passes a length; a zero Decimal (the zero value) is a length of
// 0, and a network of no road at all is an invalid input.
func kmValue(d decimal.Decimal) rules.Value { return rules.NumberValue(d) }

// MaintenanceWorksSubsidy returns the city's subsidy for maintenance works
// (养护工程) on the county's rural roads for the year (三（五）): 3,000 yuan
// per km for the four districts, 1,000 for the five mountain counties, for
// the years 2021–2025.
func MaintenanceWorksSubsidy(on rules.Date, c County, year int, n Network) (Subsidy, error) {
	return std().MaintenanceWorksSubsidy(on, c, year, n)
}

// MaintenanceWorksSubsidy is the package's [MaintenanceWorksSubsidy] over
// e's book.
func (e *Evaluator) MaintenanceWorksSubsidy(on rules.Date, c County, year int, n Network) (Subsidy, error) {
	return subsidy(e.works.Eval(on, networkValues(c, year, n)...))
}

// RoutineMaintenanceSubsidy returns the city's subsidy for routine
// maintenance (日常养护) for the year (三（六）): for the four districts 4,000
// yuan per km of county road and 2,000 of township and village road; for the
// five mountain counties 1,000 per km; for the years 2021–2025.
func RoutineMaintenanceSubsidy(on rules.Date, c County, year int, n Network) (Subsidy, error) {
	return std().RoutineMaintenanceSubsidy(on, c, year, n)
}

// RoutineMaintenanceSubsidy is the package's [RoutineMaintenanceSubsidy]
// over e's book.
func (e *Evaluator) RoutineMaintenanceSubsidy(on rules.Date, c County, year int, n Network) (Subsidy, error) {
	return subsidy(e.routine.Eval(on, networkValues(c, year, n)...))
}

func subsidy(res *rules.Result, err error) (Subsidy, error) {
	if err != nil {
		return Subsidy{}, err
	}
	return Subsidy{Amount: num(res, "amount"), CountyRoad: num(res, "county_road"), TownshipRoad: num(res, "township_road"),
		VillageRoad: num(res, "village_road"), Eligible: res.Eligible, Result: res}, nil
}

// RoutineFunding returns, for the county's network and year from 2022 on
// (to 2027, the year the opinions end), the minimum public funding of
// routine maintenance (15,000 / 7,500 / 4,500 yuan per km of county /
// township / village road), the city's subsidy, and the part the county
// must raise after the provincial subsidy and the city's (三（六）). The
// provincial subsidy for the year must be given: zero when the province pays
// none; nil is not stated, an error matching [rules.ErrInvalidInput], never
// read as zero (which would show the county's share too high).
func RoutineFunding(on rules.Date, c County, year int, n Network, provincial *decimal.Decimal) (Funding, error) {
	return std().RoutineFunding(on, c, year, n, provincial)
}

// RoutineFunding is the package's [RoutineFunding] over e's book.
func (e *Evaluator) RoutineFunding(on rules.Date, c County, year int, n Network, provincial *decimal.Decimal) (Funding, error) {
	prov := rules.Value{}
	if provincial != nil {
		prov = rules.NumberValue(*provincial)
	}
	res, err := e.minimum.Eval(on, append(networkValues(c, year, n), prov)...)
	if err != nil {
		return Funding{}, err
	}
	return Funding{Minimum: num(res, "minimum"), CitySubsidy: num(res, "city_subsidy"), Shortfall: num(res, "shortfall"),
		Eligible: res.Eligible, Result: res}, nil
}

// CheckTargets2022 says which of the 2022 targets (二) the figures meet:
// 100% of rural roads maintained, a yearly maintenance-works share of at
// least 6% of county and township roads and 5% of village roads, and at
// least 85% of roads in medium or better condition.
func CheckTargets2022(on rules.Date, f Figures) (Targets, error) {
	return std().CheckTargets2022(on, f)
}

// CheckTargets2022 is the package's [CheckTargets2022] over e's book.
func (e *Evaluator) CheckTargets2022(on rules.Date, f Figures) (Targets, error) {
	res, err := e.tgt.Eval(on, rules.NumberValue(f.MaintainedShare), rules.NumberValue(f.WorksShareCountyTownship),
		rules.NumberValue(f.WorksShareVillage), rules.NumberValue(f.MediumOrBetterShare))
	if err != nil {
		return Targets{}, err
	}
	b := func(name string) bool { fig, _ := res.Figure(name); return fig.Value.Bool() }
	return Targets{All: b("all_met"), Maintained: b("maintained"), WorksCountyTownship: b("works_county_township"),
		WorksVillage: b("works_village"), MediumOrBetter: b("medium_or_better"), Result: res}, nil
}

// AdjustmentDue returns the latest date of the next adjustment of the
// subsidy and funding standards — at least once every five years (三（七））—
// and whether it is overdue on the date on. The last adjustment may not be
// after the date on.
func AdjustmentDue(on, lastAdjusted rules.Date) (Review, error) {
	return std().AdjustmentDue(on, lastAdjusted)
}

// AdjustmentDue is the package's [AdjustmentDue] over e's book.
func (e *Evaluator) AdjustmentDue(on, lastAdjusted rules.Date) (Review, error) {
	last := rules.Value{} // the zero Date is not stated: missing
	if !lastAdjusted.IsZero() {
		last = rules.DateValue(lastAdjusted)
	}
	res, err := e.review.Eval(on, last)
	if err != nil {
		return Review{}, err
	}
	due, _ := res.Figure("due")
	over, _ := res.Figure("overdue")
	return Review{Due: due.Value.Date(), Overdue: over.Value.Bool(), Result: res}, nil
}

func num(res *rules.Result, name string) decimal.Decimal {
	f, _ := res.Figure(name)
	return f.Value.Number()
}
