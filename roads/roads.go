package roads

import (
	"sync"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Locality is a county-level unit of Wenzhou (县（市、区）). Every package of
// the module calls a place a Locality, with the same constant for the same
// place; each lists the places its document names.
type Locality string

const (
	Lucheng  Locality = "鹿城区"
	Longwan  Locality = "龙湾区"
	Ouhai    Locality = "瓯海区"
	Dongtou  Locality = "洞头区"
	Yongjia  Locality = "永嘉县"
	Pingyang Locality = "平阳县"
	Cangnan  Locality = "苍南县"
	Wencheng Locality = "文成县"
	Taishun  Locality = "泰顺县"
	Ruian    Locality = "瑞安市"
	Yueqing  Locality = "乐清市"
	Longgang Locality = "龙港市"
)

// Localities returns Wenzhou's twelve county-level units: the four districts,
// the five mountain counties, then 瑞安市, 乐清市 and 龙港市.
func Localities() []Locality {
	return []Locality{Lucheng, Longwan, Ouhai, Dongtou, Yongjia, Pingyang, Cangnan, Wencheng, Taishun, Ruian, Yueqing, Longgang}
}

// IsDistrict reports whether c is one of the four districts (四区).
func (c Locality) IsDistrict() bool {
	return c == Lucheng || c == Longwan || c == Ouhai || c == Dongtou
}

// IsMountainCounty reports whether c is one of the five mountain counties
// (山区五县).
func (c Locality) IsMountainCounty() bool {
	return c == Yongjia || c == Pingyang || c == Cangnan || c == Wencheng || c == Taishun
}

// ParseLocality returns the county with the given Chinese name, or an error
// listing the valid names.
func ParseLocality(s string) (Locality, error) {
	for _, c := range Localities() {
		if string(c) == s {
			return c, nil
		}
	}
	return rules.ParseOneOf(s, Localities(), "locality")
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
// not a network, and the methods refuse it with an error matching
// [rules.ErrInvalidInput] naming county_road_km. The tags name the rules'
// inputs.
type Network struct {
	CountyRoad   decimal.Decimal `rule:"county_road_km"`
	TownshipRoad decimal.Decimal `rule:"township_road_km"`
	VillageRoad  decimal.Decimal `rule:"village_road_km"`
}

// NetworkYear is a county's rural road network in the year a subsidy or
// funding is for (年度, such as 2023): the case of the city subsidies.
type NetworkYear struct {
	Locality Locality `rule:"county"`
	Year     int      `rule:"year"`
	Network
}

// FundedNetwork is a county's network in a year with the provincial
// subsidy it receives for routine maintenance: the case of the funding
// minimum. The provincial subsidy must be given, zero when the province
// pays none; nil is not stated, a missing input, never read as zero.
type FundedNetwork struct {
	NetworkYear
	ProvincialSubsidy *decimal.Decimal `rule:"provincial_subsidy"` // yuan for the year
}

// Subsidy is a city subsidy for a year, in total and by road class, in yuan.
// Its Outcome is not eligible for localities and years the subsidy does not
// cover, and its failed conditions say which.
type Subsidy struct {
	Amount       decimal.Decimal `rule:"amount"`
	CountyRoad   decimal.Decimal `rule:"county_road"`
	TownshipRoad decimal.Decimal `rule:"township_road"`
	VillageRoad  decimal.Decimal `rule:"village_road"`
	rules.Outcome[NetworkYear]
}

// Funding is the routine-maintenance funding of a county's network for a
// year: the minimum public funding, the city's subsidy, and the part the
// county must raise after the provincial and city subsidies. Its Outcome is
// not eligible before 2022 and after 2027.
type Funding struct {
	Minimum     decimal.Decimal `rule:"minimum"`
	CitySubsidy decimal.Decimal `rule:"city_subsidy"`
	Shortfall   decimal.Decimal `rule:"shortfall"`
	rules.Outcome[FundedNetwork]
}

// Figures are a county's rural road figures, each a percentage
// (rules.Pct("6") is 6%); a figure left at the zero Rate is not given.
type Figures struct {
	MaintainedShare          rules.Rate `rule:"maintained_share"`            // 列养率
	WorksShareCountyTownship rules.Rate `rule:"works_share_county_township"` // 县乡道年均养护工程实施比例
	WorksShareVillage        rules.Rate `rule:"works_share_village"`         // 村道年均养护工程实施比例
	MediumOrBetterShare      rules.Rate `rule:"medium_or_better_share"`      // 中等以上农村公路占比
}

// Targets says which of the 2022 targets the figures meet.
type Targets struct {
	All                 bool `rule:"all_met"`
	Maintained          bool `rule:"maintained"`
	WorksCountyTownship bool `rule:"works_county_township"`
	WorksVillage        bool `rule:"works_village"`
	MediumOrBetter      bool `rule:"medium_or_better"`
	rules.Outcome[Figures]
}

// Standards are the subsidy and funding standards as last adjusted. The
// zero LastAdjusted is not stated, and missing.
type Standards struct {
	LastAdjusted rules.Date `rule:"last_adjusted"`
}

// Review is the due date of the next adjustment of the standards.
type Review struct {
	Due     rules.Date `rule:"due"`
	Overdue bool       `rule:"overdue"` // on the evaluation date
	rules.Outcome[Standards]
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

// Default returns the evaluator over the opinions' own book, [Book].
func Default() *Evaluator { return std() }

// Evaluator evaluates the opinions' rules with a given book: the opinions'
// own ([Default]), or one derived from it with overrides ([NewEvaluator]).
// It is safe for concurrent use.
type Evaluator struct {
	book           *rules.Book
	works, routine *rules.Binding[NetworkYear, Subsidy]
	minimum        *rules.Binding[FundedNetwork, Funding]
	targets        *rules.Binding[Figures, Targets]
	review         *rules.Binding[Standards, Review]
}

// NewEvaluator returns an evaluator over b, which must hold the opinions'
// rules with their inputs (the book of [Book], or one derived from it).
func NewEvaluator(b *rules.Book) (*Evaluator, error) {
	p := &rules.Preparer{Book: b}
	e := &Evaluator{
		book:    b,
		works:   rules.BindWith[NetworkYear, Subsidy](p, RuleMaintenanceWorks),
		routine: rules.BindWith[NetworkYear, Subsidy](p, RuleRoutineMaintenance),
		minimum: rules.BindWith[FundedNetwork, Funding](p, RuleRoutineMinimum),
		targets: rules.BindWith[Figures, Targets](p, RuleTargets2022),
		review:  rules.BindWith[Standards, Review](p, RuleAdjustmentDue),
	}
	if p.Err != nil {
		return nil, p.Err
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

// MaintenanceWorksSubsidy returns the city's subsidy for maintenance works
// (养护工程) on the county's rural roads for the year (三（五）): 3,000 yuan
// per km for the four districts, 1,000 for the five mountain counties, for
// the years 2021–2025.
func (e *Evaluator) MaintenanceWorksSubsidy(on rules.Date, c NetworkYear) (res Subsidy, err error) {
	err = e.works.EvalInto(on, &c, &res)
	return res, err
}

// RoutineMaintenanceSubsidy returns the city's subsidy for routine
// maintenance (日常养护) for the year (三（六）): for the four districts 4,000
// yuan per km of county road and 2,000 of township and village road; for the
// five mountain counties 1,000 per km; for the years 2021–2025.
func (e *Evaluator) RoutineMaintenanceSubsidy(on rules.Date, c NetworkYear) (res Subsidy, err error) {
	err = e.routine.EvalInto(on, &c, &res)
	return res, err
}

// RoutineFunding returns, for the county's network and year from 2022 on
// (to 2027, the year the opinions end), the minimum public funding of
// routine maintenance (15,000 / 7,500 / 4,500 yuan per km of county /
// township / village road), the city's subsidy, and the part the county
// must raise after the provincial subsidy and the city's (三（六）). The
// provincial subsidy for the year must be given: zero when the province pays
// none; nil is not stated, an error matching [rules.ErrInvalidInput], never
// read as zero (which would show the county's share too high).
func (e *Evaluator) RoutineFunding(on rules.Date, f FundedNetwork) (res Funding, err error) {
	err = e.minimum.EvalInto(on, &f, &res)
	return res, err
}

// CheckTargets2022 says which of the 2022 targets (二) the figures meet:
// 100% of rural roads maintained, a yearly maintenance-works share of at
// least 6% of county and township roads and 5% of village roads, and at
// least 85% of roads in medium or better condition.
func (e *Evaluator) CheckTargets2022(on rules.Date, f Figures) (res Targets, err error) {
	err = e.targets.EvalInto(on, &f, &res)
	return res, err
}

// AdjustmentDue returns the latest date of the next adjustment of the
// subsidy and funding standards — at least once every five years (三（七））—
// and whether it is overdue on the date on. The last adjustment may not be
// after the date on.
func (e *Evaluator) AdjustmentDue(on rules.Date, s Standards) (res Review, err error) {
	err = e.review.EvalInto(on, &s, &res)
	return res, err
}
