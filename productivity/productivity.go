package productivity

import (
	"errors"
	"sync"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Firm is what the policy's funds look at in every case: where the firm is,
// whether it is above designated size, and the two exclusions (末段). The
// exclusions must be stated: a Mujun or Credit left "" is reported missing.
type Firm struct {
	Locality   Locality
	AboveScale bool         // 规上工业企业
	Mujun      MujunClass   // “亩均论英雄”综合评价类别
	Credit     CreditStatus // 是否列入严重失信名单
}

// TechUpgrade is the case of an intelligent tech-upgrade project (measure 二).
type TechUpgrade struct {
	// InProductionOn is the day the project was completed and went into
	// production (竣工投产): within the policy's period for the bonus to be
	// due, and on or before the evaluation date — a later day is not yet a
	// fact, an error matching [rules.ErrInvalidInput].
	InProductionOn     rules.Date
	OutputGrowth       decimal.Decimal // 年度产值同比增长率, 0.15 for 15%
	ProductivityGrowth decimal.Decimal // 全员劳动生产率提高幅度, 0.2 for 20%
	// Base is the amount the bonus rate applies to, above zero. The
	// document names none; the implementing rules set it, and the caller
	// supplies it (nil: not stated).
	Base *decimal.Decimal
	// AlreadyGranted is bonus already granted that counts against the
	// 3,000,000 total: zero when none, nil when not stated (then missing,
	// never taken as none).
	AlreadyGranted *decimal.Decimal
}

// Headquarters is the case of a headquarters firm's honour (measure 五).
type Headquarters struct {
	HQInWenzhou   bool            // 总部设在温州
	Manufacturing bool            // 制造业企业
	WenzhouOutput decimal.Decimal // 在温产值, yuan a year
	Honour        Honour
	Recognition   Recognition
	ListedOn      rules.Date // 入选或重新通过认定之日 (the list's publication): within the policy's period
	OutputTrend   Trend      // 在温产值是否增长: needed on re-certification
	TaxTrend      Trend      // 在温税收是否增长: needed on re-certification
}

// ScaleUp is the case of a firm whose output enters a higher tier
// (measure 六).
type ScaleUp struct {
	Productivity decimal.Decimal // 企业全员劳动生产率, 万元/人年
	CityAverage  decimal.Decimal // 全市同行业平均, 万元/人年
	Output       decimal.Decimal // 年度产值 of the year assessed, yuan
	OutputYear   int             // the year of Output, which first exceeds the tier: 2022–2024
	// PreviousHighest is the firm's highest output in any earlier year:
	// its tier is the tier the firm already had. Zero for a firm with no
	// output before; nil when not stated (then missing, never taken as
	// zero, which would pay the whole tier instead of the difference).
	PreviousHighest *decimal.Decimal
	FirstYear       int        // 第1年: the year the first instalment is paid, not before OutputYear, begun by the evaluation date
	KeptYear2       TierStatus // whether the firm kept the tier in year 2; known only once year 2 has begun
	KeptYear3       TierStatus // whether the firm kept the tier in year 3; known only once year 3 has begun
}

// Productivity is an all-staff labour productivity (全员劳动生产率) with the
// 2024 lines it reaches.
type Productivity struct {
	Value               decimal.Decimal // 万元/人年, unrounded
	ReachesStandardLine bool            // ≥ 23 (标线)
	ReachesHighLine     bool            // ≥ 25 (高线)
	Result              *rules.Result
}

// LowEfficiency is whether a firm goes on the low-efficiency list (measure 一).
type LowEfficiency struct {
	Listed    bool
	Threshold decimal.Decimal // 70% of the average: at or below it, listed
	Eligible  bool            // false when the firm is not above designated size
	Result    *rules.Result
}

// Threshold is a productivity threshold and whether a figure meets it.
type Threshold struct {
	Min    decimal.Decimal // 万元/人年: at or above it, met
	Meets  bool
	Result *rules.Result
}

// LandThreshold is the threshold for new land (measure 四) with the usual
// weight of productivity in the 亩均 evaluation.
type LandThreshold struct {
	Threshold
	Weight decimal.Decimal // 一般权重, about 20% (0.2)
}

// TechBonus is an intelligent tech-upgrade bonus (技改追加补助).
type TechBonus struct {
	Amount   decimal.Decimal // yuan, rounded to the fen
	Rate     decimal.Decimal // 0.05, 0.07 or 0.10
	Eligible bool            // false: Result.Failed says why
	Result   *rules.Result
}

// Reward is a reward of measure 五.
type Reward struct {
	Amount   decimal.Decimal // yuan
	Eligible bool            // false: Result.Failed says why
	Result   *rules.Result
}

// Instalment is one year's part of a scale-up reward.
type Instalment struct {
	Year   int             // calendar year
	Amount decimal.Decimal // yuan; zero when forfeited
	Status InstalmentStatus
}

// ScaleUpAward is a scale-up reward (上台阶奖励) and its schedule.
type ScaleUpAward struct {
	Amount      decimal.Decimal // the tier difference, yuan
	TierReward  decimal.Decimal // reward of the tier entered
	PriorReward decimal.Decimal // reward of the tier the firm already had
	Instalments []Instalment    // years 1–3; nil when not eligible
	Eligible    bool            // false: Result.Failed says why
	Result      *rules.Result
}

// Choice is the outcome of take-the-higher between measures 五 and 六
// (就高不重复).
type Choice struct {
	Rule   string          // the rule paid: RuleHeadquartersReward or RuleScaleUpReward; "" when neither
	Amount decimal.Decimal // yuan
	Group  *rules.GroupResult
}

// Eligibility is whether a firm may receive the policy's funds at all.
type Eligibility struct {
	Eligible bool
	Failed   []rules.Failure // the exclusions that apply, with the values that decided them
	Result   *rules.Result
}

var (
	// book and std are compiled the first time the package is used, not
	// at program start: a program pays only for the documents it touches.
	book = sync.OnceValue(func() *rules.Book { return rules.MustCompile(spec()) })
	std  = sync.OnceValue(func() *Evaluator { return MustEvaluator(book()) })
)

// Book returns the compiled rules of the measures. It is shared and safe
// for concurrent use; derive a new book ([rules.Book.Derive]) to override a
// figure, and evaluate it with [NewEvaluator].
func Book() *rules.Book { return book() }

// Evaluator evaluates the measures' rules with a given book: the document's
// own, or one derived from it. It is safe for concurrent use.
type Evaluator struct {
	book                                              *rules.Book
	ratio, low, tech, entry, land, hq, scale, exclude *rules.Prepared
}

// Input orders of the prepared rules.
var (
	firmInputs  = []string{"locality", "above_scale", "mujun_class", "credit"}
	techInputs  = append(append([]string(nil), firmInputs...), "in_production_on", "output_growth", "productivity_growth", "base", "already_granted")
	hqInputs    = []string{"locality", "mujun_class", "credit", "hq_in_wenzhou", "manufacturing", "wenzhou_output", "honour", "recognition", "listed_on", "wenzhou_output_trend", "wenzhou_tax_trend"}
	scaleInputs = append(append([]string(nil), firmInputs...), "productivity", "city_industry_average", "output", "output_year", "previous_highest_output", "first_year", "kept_tier_year2", "kept_tier_year3")
)

// NewEvaluator returns an evaluator over b, which must hold the measures'
// rules with their inputs (the book of [Book], or one derived from it).
func NewEvaluator(b *rules.Book) (*Evaluator, error) {
	e := &Evaluator{book: b}
	batch := &rules.Preparer{Book: b}
	prep := batch.Prepare
	e.ratio = prep(RuleLabourRatio, "value_added", "average_employees")
	e.low = prep(RuleLowEfficiency, "above_scale", "productivity", "city_industry_average")
	e.tech = prep(RuleTechUpgradeBonus, techInputs...)
	e.entry = prep(RuleProjectEntry, "provincial_industry_average", "project_productivity")
	e.land = prep(RuleLandSupply, "city_industry_average", "firm_productivity")
	e.hq = prep(RuleHeadquartersReward, hqInputs...)
	e.scale = prep(RuleScaleUpReward, scaleInputs...)
	e.exclude = prep(RuleEnterpriseEligibility, "mujun_class", "credit")
	if batch.Err != nil {
		return nil, batch.Err
	}
	return e, nil
}

// MustEvaluator is [NewEvaluator] for books known to hold the rules; it
// panics otherwise.
func MustEvaluator(b *rules.Book) *Evaluator {
	e, err := NewEvaluator(b)
	if err != nil {
		panic(err)
	}
	return e
}

// Book returns the book the evaluator uses.
func (e *Evaluator) Book() *rules.Book { return e.book }

func text[T ~string](s T) rules.Value {
	if s == "" {
		return rules.Value{} // not given: the rule's default, or a missing input
	}
	return rules.TextValue(string(s))
}

func number(d decimal.Decimal) rules.Value { return rules.NumberValue(d) }

// numberPtr passes an amount; nil is not stated: a missing input.
func numberPtr(d *decimal.Decimal) rules.Value {
	if d == nil {
		return rules.Value{}
	}
	return rules.NumberValue(*d)
}

// year passes a calendar year; 0 is not stated: a missing input.
func year(y int) rules.Value {
	if y == 0 {
		return rules.Value{}
	}
	return rules.NumberValue(decimal.NewFromInt(int64(y)))
}

// day passes a date; the zero Date is not stated: a missing input.
func day(d rules.Date) rules.Value {
	if d.IsZero() {
		return rules.Value{}
	}
	return rules.DateValue(d)
}

func (f Firm) values() []rules.Value {
	return []rules.Value{text(f.Locality), rules.BoolValue(f.AboveScale), text(f.Mujun), text(f.Credit)}
}

func figure(res *rules.Result, name string) rules.Value {
	f, _ := res.Figure(name)
	return f.Value
}

var errNoFigure = errors.New("productivity: rule yielded no figure")

// LabourProductivity returns the all-staff labour productivity (全员劳动生产率):
// a year's industrial value added in 万元 ÷ the year's average number of
// employees, in 万元/人年, unrounded, and whether it reaches the 2024 lines of
// 23 (标线) and 25 (高线).
func LabourProductivity(on rules.Date, valueAdded, averageEmployees decimal.Decimal) (Productivity, error) {
	return std().LabourProductivity(on, valueAdded, averageEmployees)
}

// LabourProductivity is the package's [LabourProductivity] over e's book.
func (e *Evaluator) LabourProductivity(on rules.Date, valueAdded, averageEmployees decimal.Decimal) (Productivity, error) {
	res, err := e.ratio.Eval(on, number(valueAdded), number(averageEmployees))
	if err != nil {
		return Productivity{}, err
	}
	return Productivity{Value: res.Value.Number(), ReachesStandardLine: figure(res, "reaches_standard_line").Bool(),
		ReachesHighLine: figure(res, "reaches_high_line").Bool(), Result: res}, nil
}

// LowEfficiencyFlag says whether an industrial firm above designated size
// goes on the low-efficiency list (低效企业清单, measure 一): its productivity
// is 30% or more below last year's city average of its industry, that is at
// most 70% of it.
func LowEfficiencyFlag(on rules.Date, aboveScale bool, productivity, cityAverage decimal.Decimal) (LowEfficiency, error) {
	return std().LowEfficiencyFlag(on, aboveScale, productivity, cityAverage)
}

// LowEfficiencyFlag is the package's [LowEfficiencyFlag] over e's book.
func (e *Evaluator) LowEfficiencyFlag(on rules.Date, aboveScale bool, productivity, cityAverage decimal.Decimal) (LowEfficiency, error) {
	res, err := e.low.Eval(on, rules.BoolValue(aboveScale), number(productivity), number(cityAverage))
	if err != nil {
		return LowEfficiency{}, err
	}
	return LowEfficiency{Listed: res.Value.Bool(), Threshold: figure(res, "threshold").Number(), Eligible: res.Eligible, Result: res}, nil
}

// TechUpgradeBonus returns the extra subsidy for an intelligent tech-upgrade
// project (智能化技改追加补助, measure 二): once the project is in production
// and the firm's output is up 15% or more, a productivity rise of 20%, 30%
// or 40% or more adds 5%, 7% or 10% of the caller's base, at most 3,000,000
// in total. The project must have gone into production while the policy was
// in force (2022-04-30 to 2024-12-31); the date on may be later, and a
// production after it is an error matching [rules.ErrInvalidInput]. A firm
// in a county gets an error matching [rules.ErrCaseByCase].
func TechUpgradeBonus(on rules.Date, f Firm, p TechUpgrade) (TechBonus, error) {
	return std().TechUpgradeBonus(on, f, p)
}

// TechUpgradeBonus is the package's [TechUpgradeBonus] over e's book.
func (e *Evaluator) TechUpgradeBonus(on rules.Date, f Firm, p TechUpgrade) (TechBonus, error) {
	res, err := e.tech.Eval(on, append(f.values(),
		day(p.InProductionOn), number(p.OutputGrowth), number(p.ProductivityGrowth), numberPtr(p.Base), numberPtr(p.AlreadyGranted))...)
	if err != nil {
		return TechBonus{}, err
	}
	return TechBonus{Amount: res.Value.Number(), Rate: figure(res, "rate").Number(), Eligible: res.Eligible, Result: res}, nil
}

// ProjectEntryThreshold returns the productivity threshold for a newly
// attracted project (新招引项目底线门槛, measure 三): at least 10% above last
// year's provincial average of its industry; and whether the project's
// productivity meets it.
func ProjectEntryThreshold(on rules.Date, provincialAverage, projectProductivity decimal.Decimal) (Threshold, error) {
	return std().ProjectEntryThreshold(on, provincialAverage, projectProductivity)
}

// ProjectEntryThreshold is the package's [ProjectEntryThreshold] over e's book.
func (e *Evaluator) ProjectEntryThreshold(on rules.Date, provincialAverage, projectProductivity decimal.Decimal) (Threshold, error) {
	res, err := e.entry.Eval(on, number(provincialAverage), number(projectProductivity))
	if err != nil {
		return Threshold{}, err
	}
	return Threshold{Min: res.Value.Number(), Meets: figure(res, "meets").Bool(), Result: res}, nil
}

// LandSupplyThreshold returns the productivity threshold for a firm getting
// new land to expand (增资扩产新增供地, measure 四): at least 15% above last
// year's city average of its industry; whether the firm meets it; and the
// usual weight of productivity in the 亩均 evaluation (about 20%).
func LandSupplyThreshold(on rules.Date, cityAverage, firmProductivity decimal.Decimal) (LandThreshold, error) {
	return std().LandSupplyThreshold(on, cityAverage, firmProductivity)
}

// LandSupplyThreshold is the package's [LandSupplyThreshold] over e's book.
func (e *Evaluator) LandSupplyThreshold(on rules.Date, cityAverage, firmProductivity decimal.Decimal) (LandThreshold, error) {
	res, err := e.land.Eval(on, number(cityAverage), number(firmProductivity))
	if err != nil {
		return LandThreshold{}, err
	}
	return LandThreshold{Threshold: Threshold{Min: res.Value.Number(), Meets: figure(res, "meets").Bool(), Result: res},
		Weight: figure(res, "mujun_weight").Number()}, nil
}

// HeadquartersReward returns the reward of measure 五 (增资扩产) for a
// manufacturing firm headquartered in Wenzhou with Wenzhou output above 1
// billion yuan: on a first listing, 10,000,000 for the Fortune Global 500
// down to 1,000,000 for a city leading enterprise; on re-certification with
// Wenzhou output and tax both grown, 500,000 — for a listing dated within
// the policy (2022-04-30 to 2024-12-31); the date on may be later. A firm in
// a county gets an error matching [rules.ErrCaseByCase]. A firm that also qualifies under
// measure 六 is paid the higher only: see [RewardChoice].
func HeadquartersReward(on rules.Date, f Firm, h Headquarters) (Reward, error) {
	return std().HeadquartersReward(on, f, h)
}

// HeadquartersReward is the package's [HeadquartersReward] over e's book.
func (e *Evaluator) HeadquartersReward(on rules.Date, f Firm, h Headquarters) (Reward, error) {
	res, err := e.hq.Eval(on, h.values(f)...)
	if err != nil {
		return Reward{}, err
	}
	return Reward{Amount: res.Value.Number(), Eligible: res.Eligible, Result: res}, nil
}

// ScaleUpReward returns the scale-up reward of measure 六 (企业上台阶) for an
// industrial firm above designated size whose productivity is not below the
// city average of its industry and whose output first exceeds 0.5, 1, 2, 3,
// 4, 5 or 10 billion yuan: 0.5 to 10 million yuan, less the reward of the
// tier it already had, paid 40%, 30%, 30% in years 1–3, the later
// instalments only while the firm keeps the tier. The output must be of a
// year of the policy (2022–2024); the schedule runs on past it, and each
// later year is confirmed by evaluating on a date in that year. A firm in a
// county gets an error matching [rules.ErrCaseByCase]. A firm that also qualifies under
// measure 五 is paid the higher only: see [RewardChoice].
func ScaleUpReward(on rules.Date, f Firm, s ScaleUp) (ScaleUpAward, error) {
	return std().ScaleUpReward(on, f, s)
}

// ScaleUpReward is the package's [ScaleUpReward] over e's book.
func (e *Evaluator) ScaleUpReward(on rules.Date, f Firm, s ScaleUp) (ScaleUpAward, error) {
	res, err := e.scale.Eval(on, s.values(f)...)
	if err != nil {
		return ScaleUpAward{}, err
	}
	return scaleUpAward(res)
}

// values are the inputs of the headquarters rule, in the order of hqInputs.
func (h Headquarters) values(f Firm) []rules.Value {
	return []rules.Value{text(f.Locality), text(f.Mujun), text(f.Credit),
		rules.BoolValue(h.HQInWenzhou), rules.BoolValue(h.Manufacturing), number(h.WenzhouOutput),
		text(h.Honour), text(h.Recognition), day(h.ListedOn), text(h.OutputTrend), text(h.TaxTrend)}
}

// values are the inputs of the scale-up rule, in the order of scaleInputs.
func (s ScaleUp) values(f Firm) []rules.Value {
	return append(f.values(), number(s.Productivity), number(s.CityAverage), number(s.Output), year(s.OutputYear),
		numberPtr(s.PreviousHighest), year(s.FirstYear), text(s.KeptYear2), text(s.KeptYear3))
}

func scaleUpAward(res *rules.Result) (ScaleUpAward, error) {
	a := ScaleUpAward{Amount: res.Value.Number(), TierReward: figure(res, "tier_reward").Number(),
		PriorReward: figure(res, "prior_tier_reward").Number(), Eligible: res.Eligible, Result: res}
	if !res.Eligible {
		return a, nil
	}
	a.Instalments = make([]Instalment, len(instalmentOutputs))
	for i, o := range instalmentOutputs {
		year := figure(res, o[0]).Number()
		if !year.IsInteger() {
			return ScaleUpAward{}, errNoFigure
		}
		a.Instalments[i] = Instalment{
			Year:   int(year.IntPart()),
			Amount: figure(res, o[1]).Number(),
			Status: InstalmentStatus(figure(res, o[2]).Text()),
		}
	}
	return a, nil
}

// instalmentOutputs name the outputs of each year of the schedule: year,
// amount, status.
var instalmentOutputs = [...][3]string{
	{"year_1", "instalment_1", "status_1"},
	{"year_2", "instalment_2", "status_2"},
	{"year_3", "instalment_3", "status_3"},
}

// RewardChoice pays the higher of measure 五's and measure 六's rewards for
// a firm that qualifies under both (就高不重复, productivity.reward.choice).
// Either case may be nil when the firm claims only the other; the firm's
// exclusions and locality apply to both. With neither, the error matches
// [rules.ErrInvalidInput] naming the group (RuleRewardChoice) as missing.
func RewardChoice(on rules.Date, f Firm, h *Headquarters, s *ScaleUp) (Choice, error) {
	return std().RewardChoice(on, f, h, s)
}

// RewardChoice is the package's [RewardChoice] over e's book.
func (e *Evaluator) RewardChoice(on rules.Date, f Firm, h *Headquarters, s *ScaleUp) (Choice, error) {
	if h == nil && s == nil {
		// The engine's own error for a group given no member names no
		// field; the caller's missing fact is the group's claims.
		return Choice{}, &rules.Error{Code: rules.CodeInvalidInput, Rule: RuleRewardChoice, Field: RuleRewardChoice,
			Msg: "missing: no claim given; give the headquarters case, the scale-up case or both"}
	}
	in := map[string]rules.Inputs{}
	if h != nil {
		in[RuleHeadquartersReward] = named(hqInputs, h.values(f))
	}
	if s != nil {
		in[RuleScaleUpReward] = named(scaleInputs, s.values(f))
	}
	g, err := e.book.EvalGroup(RuleRewardChoice, on, in)
	if err != nil {
		return Choice{}, err
	}
	return Choice{Rule: g.Chosen, Amount: g.Value.Number(), Group: g}, nil
}

// named turns values in a prepared order into named inputs, leaving out
// those not given so that their defaults apply.
func named(order []string, vals []rules.Value) rules.Inputs {
	in := rules.Inputs{}
	for i, v := range vals {
		if v.Kind() != rules.KindInvalid {
			in[order[i]] = v
		}
	}
	return in
}

// EnterpriseEligibility says whether a firm may receive the policy's funds
// at all (末段): not if it is in class C or D of the 亩均 evaluation, nor if
// it is on the list of seriously dishonest entities. A class or credit
// status left "" is an error matching [rules.ErrInvalidInput].
func EnterpriseEligibility(on rules.Date, mujun MujunClass, credit CreditStatus) (Eligibility, error) {
	return std().EnterpriseEligibility(on, mujun, credit)
}

// EnterpriseEligibility is the package's [EnterpriseEligibility] over e's book.
func (e *Evaluator) EnterpriseEligibility(on rules.Date, mujun MujunClass, credit CreditStatus) (Eligibility, error) {
	res, err := e.exclude.Eval(on, text(mujun), text(credit))
	if err != nil {
		return Eligibility{}, err
	}
	return Eligibility{Eligible: res.Eligible, Failed: res.Failed, Result: res}, nil
}
