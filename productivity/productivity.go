package productivity

import (
	"reflect"
	"strings"
	"sync"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Firm is what the policy's funds look at in every case: where the firm is,
// whether it is above designated size, and the two exclusions (末段). The
// exclusions must be stated: a Mujun or Credit left "" is reported missing.
// The tags name the rules' inputs.
type Firm struct {
	Locality   Locality     `rule:"locality"`
	AboveScale bool         `rule:"above_scale"` // 规上工业企业
	Mujun      MujunClass   `rule:"mujun_class"` // “亩均论英雄”综合评价类别
	Credit     CreditStatus `rule:"credit"`      // 是否列入严重失信名单
}

// Labour is a firm's year for its all-staff labour productivity: the
// industrial value added and the average number of employees.
type Labour struct {
	ValueAdded       decimal.Decimal `rule:"value_added"`       // 工业增加值, 万元 a year
	AverageEmployees decimal.Decimal `rule:"average_employees"` // 全部从业人员年平均人数
}

// FirmProductivity is a firm's productivity against last year's city
// average of its industry, for the low-efficiency list (measure 一); of the
// firm only AboveScale is read.
type FirmProductivity struct {
	Firm
	Productivity decimal.Decimal `rule:"productivity"`          // 企业全员劳动生产率, 万元/人年
	CityAverage  decimal.Decimal `rule:"city_industry_average"` // 上年度全市同行业平均, 万元/人年
}

// TechUpgrade is the case of an intelligent tech-upgrade project (measure 二).
type TechUpgrade struct {
	// InProductionOn is the day the project was completed and went into
	// production (竣工投产): within the policy's period for the bonus to be
	// due, and on or before the evaluation date — a later day is not yet a
	// fact, an error matching [rules.ErrInvalidInput]. The zero Date is not
	// stated: missing, never a project not in production.
	InProductionOn rules.Date `rule:"in_production_on"`
	// OutputGrowth (年度产值同比增长率) and ProductivityGrowth (全员劳动生产率
	// 提高幅度) are percentages, rules.Pct("15") for 15%; the zero Rate is
	// not stated, and a growth of nothing is rules.Pct("0").
	OutputGrowth       rules.Rate `rule:"output_growth"`
	ProductivityGrowth rules.Rate `rule:"productivity_growth"`
	// Base is the amount the bonus rate applies to, above zero. The
	// document names none; the implementing rules set it, and the caller
	// supplies it (nil: not stated).
	Base *decimal.Decimal `rule:"base"`
	// AlreadyGranted is bonus already granted that counts against the
	// 3,000,000 total: zero when none, nil when not stated (then missing,
	// never taken as none).
	AlreadyGranted *decimal.Decimal `rule:"already_granted"`
}

// TechUpgradeClaim is a firm's claim to the tech-upgrade bonus: the firm
// and its project.
type TechUpgradeClaim struct {
	Firm
	TechUpgrade
}

// Project is a newly attracted project (新招引项目, measure 三) against
// last year's provincial average of its industry.
type Project struct {
	ProvincialAverage decimal.Decimal `rule:"provincial_industry_average"` // 上年度全省同行业平均, 万元/人年
	Productivity      decimal.Decimal `rule:"project_productivity"`        // the project's, as contracted, 万元/人年
}

// Expansion is a firm asking for new land to expand (增资扩产新增供地,
// measure 四), against last year's city average of its industry.
type Expansion struct {
	CityAverage  decimal.Decimal `rule:"city_industry_average"` // 上年度全市同行业平均, 万元/人年
	Productivity decimal.Decimal `rule:"firm_productivity"`     // the firm's, 万元/人年
}

// Headquarters is the case of a headquarters firm's honour (measure 五).
// HQInWenzhou and Manufacturing are premises the measure names: nil is not
// stated, and the claim is then reported with the fact missing, never
// judged as if the answer were no.
type Headquarters struct {
	HQInWenzhou   *bool           `rule:"hq_in_wenzhou"`  // 总部设在温州
	Manufacturing *bool           `rule:"manufacturing"`  // 制造业企业
	WenzhouOutput decimal.Decimal `rule:"wenzhou_output"` // 在温产值, yuan a year
	Honour        Honour          `rule:"honour"`
	Recognition   Recognition     `rule:"recognition"`
	ListedOn      rules.Date      `rule:"listed_on"`            // 入选或重新通过认定之日 (the list's publication): within the policy's period
	OutputTrend   Trend           `rule:"wenzhou_output_trend"` // 在温产值是否增长: needed on re-certification
	TaxTrend      Trend           `rule:"wenzhou_tax_trend"`    // 在温税收是否增长: needed on re-certification
}

// HeadquartersClaim is a firm's claim to the reward of measure 五.
type HeadquartersClaim struct {
	Firm
	Headquarters
}

// ScaleUp is the case of a firm whose output enters a higher tier
// (measure 六).
type ScaleUp struct {
	Productivity decimal.Decimal `rule:"productivity"`          // 企业全员劳动生产率, 万元/人年
	CityAverage  decimal.Decimal `rule:"city_industry_average"` // 全市同行业平均, 万元/人年
	Output       decimal.Decimal `rule:"output"`                // 年度产值 of the year assessed, yuan
	// OutputYear is the year of Output, which first exceeds the tier:
	// 2022–2024; 0 is not stated.
	OutputYear int `rule:"output_year,omitzero"`
	// PreviousHighest is the firm's highest output in any earlier year:
	// its tier is the tier the firm already had. Zero for a firm with no
	// output before; nil when not stated (then missing, never taken as
	// zero, which would pay the whole tier instead of the difference).
	PreviousHighest *decimal.Decimal `rule:"previous_highest_output"`
	// FirstYear is 第1年: the year the first instalment is paid, not
	// before OutputYear, begun by the evaluation date; 0 is not stated.
	FirstYear int        `rule:"first_year,omitzero"`
	KeptYear2 TierStatus `rule:"kept_tier_year2"` // whether the firm kept the tier in year 2; known only once year 2 has begun
	KeptYear3 TierStatus `rule:"kept_tier_year3"` // whether the firm kept the tier in year 3; known only once year 3 has begun
}

// ScaleUpClaim is a firm's claim to the reward of measure 六.
type ScaleUpClaim struct {
	Firm
	ScaleUp
}

// RewardClaims are a firm's claims to the rewards of measures 五 and 六, of
// which it is paid the higher only. Either claim may be nil when the firm
// makes only the other; the firm's exclusions and locality apply to both.
type RewardClaims struct {
	Firm
	Headquarters *Headquarters
	ScaleUp      *ScaleUp
}

// Productivity is an all-staff labour productivity (全员劳动生产率) with the
// 2024 lines it reaches. Its Outcome gives the evaluation's citations and
// explanation when asked.
type Productivity struct {
	Value               decimal.Decimal `rule:"productivity"`          // 万元/人年, unrounded
	ReachesStandardLine bool            `rule:"reaches_standard_line"` // ≥ 23 (标线)
	ReachesHighLine     bool            `rule:"reaches_high_line"`     // ≥ 25 (高线)
	rules.Outcome[Labour]
}

// LowEfficiency is whether a firm goes on the low-efficiency list (measure 一).
type LowEfficiency struct {
	Listed    bool            `rule:"listed"`
	Threshold decimal.Decimal `rule:"threshold"` // 70% of the average: at or below it, listed
	rules.Outcome[FirmProductivity]
}

// Threshold is the productivity threshold of a new project and whether the
// project meets it.
type Threshold struct {
	Min   decimal.Decimal `rule:"threshold"` // 万元/人年: at or above it, met
	Meets bool            `rule:"meets"`
	rules.Outcome[Project]
}

// LandThreshold is the threshold for new land (measure 四) with the usual
// weight of productivity in the 亩均 evaluation.
type LandThreshold struct {
	Min    decimal.Decimal `rule:"threshold"` // 万元/人年: at or above it, met
	Meets  bool            `rule:"meets"`
	Weight rules.Rate      `rule:"mujun_weight"` // 一般权重, about 20%
	rules.Outcome[Expansion]
}

// TechBonus is an intelligent tech-upgrade bonus (技改追加补助).
type TechBonus struct {
	Amount decimal.Decimal `rule:"bonus"` // yuan, rounded to the fen
	Rate   rules.Rate      `rule:"rate"`  // 5%, 7% or 10%; the zero Rate when not eligible
	rules.Outcome[TechUpgradeClaim]
}

// Reward is a reward of measure 五.
type Reward struct {
	Amount decimal.Decimal `rule:"reward"` // yuan
	rules.Outcome[HeadquartersClaim]
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
	rules.Outcome[ScaleUpClaim]
}

// scaleUpFigures are the outputs of the scale-up rule, the schedule year by
// year, from which a ScaleUpAward is made.
type scaleUpFigures struct {
	Amount      decimal.Decimal  `rule:"reward"`
	TierReward  decimal.Decimal  `rule:"tier_reward"`
	PriorReward decimal.Decimal  `rule:"prior_tier_reward"`
	Year1       int              `rule:"year_1"`
	Amount1     decimal.Decimal  `rule:"instalment_1"`
	Status1     InstalmentStatus `rule:"status_1"`
	Year2       int              `rule:"year_2"`
	Amount2     decimal.Decimal  `rule:"instalment_2"`
	Status2     InstalmentStatus `rule:"status_2"`
	Year3       int              `rule:"year_3"`
	Amount3     decimal.Decimal  `rule:"instalment_3"`
	Status3     InstalmentStatus `rule:"status_3"`
	rules.Outcome[ScaleUpClaim]
}

// Choice is the outcome of take-the-higher between measures 五 and 六
// (就高不重复). It combines two rules, so it is the engine's group result,
// evaluated in full: each member with its citations and explanation.
type Choice struct {
	Rule   string          // the rule paid: RuleHeadquartersReward or RuleScaleUpReward; "" when neither
	Amount decimal.Decimal // yuan
	Group  *rules.GroupResult
}

// EnterpriseEligibility is whether a firm may receive the policy's funds at
// all. Its Outcome says so (Eligible) and gives the exclusions that apply,
// with the values that decided them (Failed, FailedNames), and the
// evaluation (Result), when asked.
type EnterpriseEligibility struct {
	rules.Outcome[Firm]
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

// Default returns the evaluator over the measures' own book, [Book].
func Default() *Evaluator { return std() }

// Evaluator evaluates the measures' rules with a given book: the document's
// own ([Default]), or one derived from it ([NewEvaluator]). It is safe for
// concurrent use.
type Evaluator struct {
	book    *rules.Book
	ratio   *rules.Binding[Labour, Productivity]
	low     *rules.Binding[FirmProductivity, LowEfficiency]
	tech    *rules.Binding[TechUpgradeClaim, TechBonus]
	entry   *rules.Binding[Project, Threshold]
	land    *rules.Binding[Expansion, LandThreshold]
	hq      *rules.Binding[HeadquartersClaim, Reward]
	scale   *rules.Binding[ScaleUpClaim, scaleUpFigures]
	exclude *rules.Binding[Firm, EnterpriseEligibility]
	// The inputs of the members of the take-the-higher group, which the
	// book evaluates from named inputs (there is no binding of a group).
	hqInputs, scaleInputs []groupInput
}

// NewEvaluator returns an evaluator over b, which must hold the measures'
// rules with their inputs (the book of [Book], or one derived from it).
func NewEvaluator(b *rules.Book) (*Evaluator, error) {
	p := &rules.Preparer{Book: b}
	e := &Evaluator{
		book:        b,
		ratio:       rules.BindWith[Labour, Productivity](p, RuleLabourRatio),
		low:         rules.BindWith[FirmProductivity, LowEfficiency](p, RuleLowEfficiency),
		tech:        rules.BindWith[TechUpgradeClaim, TechBonus](p, RuleTechUpgradeBonus),
		entry:       rules.BindWith[Project, Threshold](p, RuleProjectEntry),
		land:        rules.BindWith[Expansion, LandThreshold](p, RuleLandSupply),
		hq:          rules.BindWith[HeadquartersClaim, Reward](p, RuleHeadquartersReward),
		scale:       rules.BindWith[ScaleUpClaim, scaleUpFigures](p, RuleScaleUpReward),
		exclude:     rules.BindWith[Firm, EnterpriseEligibility](p, RuleEnterpriseEligibility),
		hqInputs:    groupInputs[HeadquartersClaim](b, RuleHeadquartersReward),
		scaleInputs: groupInputs[ScaleUpClaim](b, RuleScaleUpReward),
	}
	if p.Err != nil {
		return nil, p.Err
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

// LabourProductivity returns the all-staff labour productivity (全员劳动生产率):
// a year's industrial value added in 万元 ÷ the year's average number of
// employees, in 万元/人年, unrounded, and whether it reaches the 2024 lines of
// 23 (标线) and 25 (高线).
func (e *Evaluator) LabourProductivity(on rules.Date, l Labour) (res Productivity, err error) {
	err = e.ratio.EvalInto(on, &l, &res)
	return res, err
}

// LowEfficiencyFlag says whether an industrial firm above designated size
// goes on the low-efficiency list (低效企业清单, measure 一): its productivity
// is 30% or more below last year's city average of its industry, that is at
// most 70% of it.
func (e *Evaluator) LowEfficiencyFlag(on rules.Date, f FirmProductivity) (res LowEfficiency, err error) {
	err = e.low.EvalInto(on, &f, &res)
	return res, err
}

// TechUpgradeBonus returns the extra subsidy for an intelligent tech-upgrade
// project (智能化技改追加补助, measure 二): once the project is in production
// and the firm's output is up 15% or more, a productivity rise of 20%, 30%
// or 40% or more adds 5%, 7% or 10% of the caller's base, at most 3,000,000
// in total. The project must have gone into production while the policy was
// in force (2022-04-30 to 2024-12-31); the date on may be later, and a
// production after it is an error matching [rules.ErrInvalidInput]. The
// production date must be stated: the zero Date is not stated, and is
// reported missing (an error matching [rules.ErrInvalidInput] naming
// in_production_on), never read as a project not in production. A firm
// in a county gets an error matching [rules.ErrCaseByCase].
func (e *Evaluator) TechUpgradeBonus(on rules.Date, c TechUpgradeClaim) (res TechBonus, err error) {
	err = e.tech.EvalInto(on, &c, &res)
	return res, err
}

// ProjectEntryThreshold returns the productivity threshold for a newly
// attracted project (新招引项目底线门槛, measure 三): at least 10% above last
// year's provincial average of its industry; and whether the project's
// productivity meets it.
func (e *Evaluator) ProjectEntryThreshold(on rules.Date, p Project) (res Threshold, err error) {
	err = e.entry.EvalInto(on, &p, &res)
	return res, err
}

// LandSupplyThreshold returns the productivity threshold for a firm getting
// new land to expand (增资扩产新增供地, measure 四): at least 15% above last
// year's city average of its industry; whether the firm meets it; and the
// usual weight of productivity in the 亩均 evaluation (about 20%).
func (e *Evaluator) LandSupplyThreshold(on rules.Date, x Expansion) (res LandThreshold, err error) {
	err = e.land.EvalInto(on, &x, &res)
	return res, err
}

// HeadquartersReward returns the reward of measure 五 (增资扩产) for a
// manufacturing firm headquartered in Wenzhou with Wenzhou output above 1
// billion yuan: on a first listing, 10,000,000 for the Fortune Global 500
// down to 1,000,000 for a city leading enterprise; on re-certification with
// Wenzhou output and tax both grown, 500,000 — for a listing dated within
// the policy (2022-04-30 to 2024-12-31); the date on may be later. A firm in
// a county gets an error matching [rules.ErrCaseByCase]. A firm that also
// qualifies under measure 六 is paid the higher only: see
// [Evaluator.RewardChoice]. Whether the headquarters are in Wenzhou
// (HQInWenzhou) and whether the firm is a manufacturing firm
// (Manufacturing) must be stated: nil is reported missing, an error
// matching [rules.ErrInvalidInput] naming the fact, never a reward refused.
func (e *Evaluator) HeadquartersReward(on rules.Date, c HeadquartersClaim) (res Reward, err error) {
	err = e.hq.EvalInto(on, &c, &res)
	return res, err
}

// ScaleUpReward returns the scale-up reward of measure 六 (企业上台阶) for an
// industrial firm above designated size whose productivity is not below the
// city average of its industry and whose output first exceeds 0.5, 1, 2, 3,
// 4, 5 or 10 billion yuan: 0.5 to 10 million yuan, less the reward of the
// tier it already had, paid 40%, 30%, 30% in years 1–3, the later
// instalments only while the firm keeps the tier. The output must be of a
// year of the policy (2022–2024); the schedule runs on past it, and each
// later year is confirmed by evaluating on a date in that year. A firm in a
// county gets an error matching [rules.ErrCaseByCase]. A firm that also
// qualifies under measure 五 is paid the higher only: see
// [Evaluator.RewardChoice].
func (e *Evaluator) ScaleUpReward(on rules.Date, c ScaleUpClaim) (ScaleUpAward, error) {
	f, err := e.scale.Eval(on, c)
	if err != nil {
		return ScaleUpAward{}, err
	}
	a := ScaleUpAward{Amount: f.Amount, TierReward: f.TierReward, PriorReward: f.PriorReward,
		Outcome: f.Outcome}
	if f.Eligible() {
		a.Instalments = []Instalment{
			{Year: f.Year1, Amount: f.Amount1, Status: f.Status1},
			{Year: f.Year2, Amount: f.Amount2, Status: f.Status2},
			{Year: f.Year3, Amount: f.Amount3, Status: f.Status3},
		}
	}
	return a, nil
}

// RewardChoice pays the higher of measure 五's and measure 六's rewards for
// a firm that qualifies under both (就高不重复, productivity.reward.choice).
// Either claim may be nil when the firm claims only the other; the firm's
// exclusions and locality apply to both. With neither, the error matches
// [rules.ErrInvalidInput] naming the two claims' fields (Field), the group
// (RuleRewardChoice) as what is missing (Input).
func (e *Evaluator) RewardChoice(on rules.Date, c RewardClaims) (Choice, error) {
	if c.Headquarters == nil && c.ScaleUp == nil {
		// The engine's own error for a group given no member names no
		// field; the caller's missing fact is the group's claims.
		return Choice{}, &rules.Error{Code: rules.CodeInvalidInput, Rule: RuleRewardChoice,
			Field: "Headquarters, ScaleUp", Input: RuleRewardChoice,
			Msg:   "neither claim is given; give the headquarters claim, the scale-up claim or both",
			MsgZh: "两项申报均未给出；应给出总部奖励申报、规上奖励申报或两者"}
	}
	in := map[string]rules.Inputs{}
	if c.Headquarters != nil {
		in[RuleHeadquartersReward] = inputsOf(HeadquartersClaim{c.Firm, *c.Headquarters}, e.hqInputs)
	}
	if c.ScaleUp != nil {
		in[RuleScaleUpReward] = inputsOf(ScaleUpClaim{c.Firm, *c.ScaleUp}, e.scaleInputs)
	}
	g, err := e.book.EvalGroup(RuleRewardChoice, on, in)
	if err != nil {
		return Choice{}, err
	}
	return Choice{Rule: g.Chosen, Amount: g.Value.Number(), Group: g}, nil
}

// EnterpriseEligibility says whether a firm may receive the policy's funds
// at all (末段): not if it is in class C or D of the 亩均 evaluation, nor if
// it is on the list of seriously dishonest entities; the firm's locality
// and size are not read. A class or credit status left "" is an error
// matching [rules.ErrInvalidInput].
func (e *Evaluator) EnterpriseEligibility(on rules.Date, f Firm) (res EnterpriseEligibility, err error) {
	err = e.exclude.EvalInto(on, &f, &res)
	return res, err
}

// A groupInput is a field of a member's case that gives one of its
// inputs, for the book's group evaluation.
type groupInput struct {
	name     string
	index    []int
	omitzero bool
}

// groupInputs returns the fields of the case type C that give inputs of
// the rule with the given ID, read from the same `rule` tags the bindings
// read.
func groupInputs[C any](b *rules.Book, id string) []groupInput {
	r, _ := b.Rule(id)
	names := make(map[string]bool, len(r.Inputs))
	for _, in := range r.Inputs {
		names[in.Name] = true
	}
	var out []groupInput
	for _, sf := range reflect.VisibleFields(reflect.TypeFor[C]()) {
		tag, ok := sf.Tag.Lookup("rule")
		if !ok || !sf.IsExported() {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if names[name] {
			out = append(out, groupInput{name: name, index: sf.Index, omitzero: opts == "omitzero"})
		}
	}
	return out
}

var (
	decimalType = reflect.TypeFor[decimal.Decimal]()
	dateType    = reflect.TypeFor[rules.Date]()
)

// inputsOf returns the named inputs of a case as the bindings read them: a
// fact not given (a zero Date, "", a nil pointer, a zero int tagged
// omitzero) is left out, so that the rule's default applies or the input
// is reported missing.
func inputsOf(c any, fields []groupInput) rules.Inputs {
	in := make(rules.Inputs, len(fields))
	v := reflect.ValueOf(c)
	for _, gi := range fields {
		f := v.FieldByIndex(gi.index)
		switch {
		case f.Type() == decimalType:
			in[gi.name] = f.Interface()
		case f.Type() == dateType:
			if d := f.Interface().(rules.Date); !d.IsZero() {
				in[gi.name] = d
			}
		case f.Kind() == reflect.Pointer:
			if !f.IsNil() {
				in[gi.name] = f.Elem().Interface()
			}
		case f.Kind() == reflect.String:
			if f.String() != "" {
				in[gi.name] = f.String()
			}
		case f.Kind() == reflect.Int:
			if f.Int() != 0 || !gi.omitzero {
				in[gi.name] = int(f.Int())
			}
		case f.Kind() == reflect.Bool:
			in[gi.name] = f.Bool()
		default:
			panic("productivity: no input of a " + f.Type().String())
		}
	}
	return in
}
