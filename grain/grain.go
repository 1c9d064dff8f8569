package grain

import (
	"sync"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Level is the level of a grain emergency (粮食应急状态等级, 1.5).
type Level string

const (
	ParticularlySerious Level = "特别重大" // 1.5.1, grade Ⅰ response
	Serious             Level = "重大"   // 1.5.2, grade Ⅱ response
	RelativelySerious   Level = "较大"   // 1.5.3, grade Ⅲ response
	General             Level = "一般"   // 1.5.4, grade Ⅳ response
)

// Levels returns the four levels, highest first, as the plan lists them.
func Levels() []Level { return []Level{ParticularlySerious, Serious, RelativelySerious, General} }

// ParseLevel returns the level with the given Chinese name, or an error
// listing the valid names.
func ParseLevel(s string) (Level, error) { return rules.ParseOneOf(s, Levels(), "level") }

// Extent is how far beyond Wenzhou a grain emergency reaches (1.5.1, 1.5.2).
type Extent string

const (
	WholeProvince       Extent = "全省范围"    // the whole province, Wenzhou included (1.5.1)
	LargePartOfProvince Extent = "全省较大范围"  // a large part of the province, Wenzhou included (1.5.2)
	CapitalAndCities    Extent = "省会等大中城市" // the provincial capital and other large and medium cities, Wenzhou included (1.5.2)
	WithinWenzhou       Extent = "温州市内"    // only within Wenzhou: classed by 1.5.3 and 1.5.4
)

// Extents returns the extents, widest first.
func Extents() []Extent {
	return []Extent{WholeProvince, LargePartOfProvince, CapitalAndCities, WithinWenzhou}
}

// ParseExtent returns the extent with the given Chinese name, or an error
// listing the valid names.
func ParseExtent(s string) (Extent, error) { return rules.ParseOneOf(s, Extents(), "extent") }

// Judgement is the level at which a government has decided a case must be
// treated ("……认为需要按照……级粮食应急状态来对待", 1.5.1–1.5.4): the State
// Council at the national level, the province at the provincial level, the
// city at the city level, a county-level government at the county level.
type Judgement string

const (
	NotJudged        Judgement = "未认定" // no such decision
	JudgedNational   Judgement = "国家级" // 国务院认为需要按照国家级对待: particularly serious
	JudgedProvincial Judgement = "省级"  // 省政府认为需要按照省级对待: serious
	JudgedCity       Judgement = "市级"  // 市政府认为需要按照市级对待: relatively serious
	JudgedCounty     Judgement = "县级"  // 县（市、区）政府认为需要按照县级对待: general
)

// Judgements returns the possible decisions, none first.
func Judgements() []Judgement {
	return []Judgement{NotJudged, JudgedNational, JudgedProvincial, JudgedCity, JudgedCounty}
}

// ParseJudgement returns the judgement with the given Chinese name, or an
// error listing the valid names.
func ParseJudgement(s string) (Judgement, error) {
	return rules.ParseOneOf(s, Judgements(), "judgement")
}

// Locality is a unit whose finished grain and oil reserve the plan sets a
// size for (4.1): the city districts together (市区) or one county (市).
type Locality string

const (
	UrbanDistricts Locality = "市区"  // 市本级, 鹿城区, 龙湾区, 瓯海区, 洞头区: 15 days
	Ruian          Locality = "瑞安市" // 10 days
	Yueqing        Locality = "乐清市" // 10 days
	Longgang       Locality = "龙港市" // 10 days
	Yongjia        Locality = "永嘉县" // 10 days
	Pingyang       Locality = "平阳县" // 10 days
	Cangnan        Locality = "苍南县" // 10 days
	Wencheng       Locality = "文成县" // 10 days
	Taishun        Locality = "泰顺县" // 10 days
)

// Localities returns 市区 and the eight counties (市).
func Localities() []Locality {
	return []Locality{UrbanDistricts, Ruian, Yueqing, Longgang, Yongjia, Pingyang, Cangnan, Wencheng, Taishun}
}

// ParseLocality returns the locality with the given Chinese name, or an
// error listing the valid names.
func ParseLocality(s string) (Locality, error) { return rules.ParseOneOf(s, Localities(), "locality") }

// Cause is what set off a grain market swing (4.3).
type Cause string

const (
	NaturalDisaster   Cause = "严重自然灾害"   // floods, earthquakes, drought, typhoons, ice and snow, other severe disasters: ground (1)
	PublicHealthEvent Cause = "突发公共卫生事件" // major epidemics, unexplained mass illness, major poisonings: ground (2)
	OtherCause        Cause = "其他原因"     // anything else: ground (4)
)

// Causes returns the causes the plan distinguishes.
func Causes() []Cause { return []Cause{NaturalDisaster, PublicHealthEvent, OtherCause} }

// ParseCause returns the cause with the given Chinese name, or an error
// listing the valid names.
func ParseCause(s string) (Cause, error) { return rules.ParseOneOf(s, Causes(), "cause") }

// Scope is where a grain emergency state has appeared (1.5). Extent is
// required; the other fields default to nothing having happened. The tags
// name the rules' inputs.
type Scope struct {
	Extent                 Extent    `rule:"extent"`                    // how far beyond Wenzhou it reaches
	BeyondProvinceCapacity bool      `rule:"beyond_province_capacity"`  // 超过省政府处置能力
	MainUrbanArea          bool      `rule:"main_urban_area"`           // 温州主城区出现粮食应急状态
	Counties               int       `rule:"counties"`                  // 县（市、区） of Wenzhou in an emergency state
	CountyCentralUrbanArea bool      `rule:"county_central_urban_area"` // a county-level seat's central urban area is in an emergency state
	Townships              int       `rule:"townships"`                 // 乡镇（街道） in an emergency state in one county-level unit (the most in any one)
	TreatedAs              Judgement `rule:"treated_as"`                // a government's decision to treat the case at a level; "" is NotJudged
}

// Classification is the level of a grain emergency.
type Classification struct {
	// Level is the level the scope meets, or "" when it meets none; then
	// the Outcome's failed condition says why.
	Level Level `rule:"level"`
	rules.Outcome[Scope]
}

// Grade is the grade of the emergency response (应急响应级别, 5.2–5.5).
type Grade string

const (
	GradeI   Grade = "Ⅰ级" // national command
	GradeII  Grade = "Ⅱ级" // provincial command
	GradeIII Grade = "Ⅲ级" // city command
	GradeIV  Grade = "Ⅳ级" // county command
)

// Emergency is a grain emergency of a known level: the case of the
// response it calls for.
type Emergency struct {
	Level Level `rule:"level"`
}

// Response is the emergency response a level calls for.
type Response struct {
	Grade    Grade  `rule:"grade"`
	Command  string `rule:"command"`   // who commands: 县级指挥部, 市指挥部, 省级指挥部 or 国家层面指挥部
	CityPlan bool   `rule:"city_plan"` // this plan (the city's) is started: relatively serious and above (5.1)
	rules.Outcome[Emergency]
}

// Report is the report of an emergency the city command office received:
// the emergency and when it was received. The zero ReceivedAt is not
// stated, and missing.
type Report struct {
	Emergency
	ReceivedAt rules.DateTime `rule:"received_at"`
}

// Deadline is the latest time the city command office reports to the city
// government (5.3.1).
type Deadline struct {
	At rules.DateTime `rule:"deadline"`
	// The Outcome is not eligible for a general emergency, which the county
	// handles, and for a report received before the plan took effect
	// (2022-03-08), which the former plan governs; then At is zero and the
	// failed condition says why.
	rules.Outcome[Report]
}

// Stock is a locality's finished grain and oil reserve and the market it
// supplies (4.1).
type Stock struct {
	Locality    Locality        `rule:"locality"`
	Reserve     decimal.Decimal `rule:"reserve"`      // tonnes
	DailySupply decimal.Decimal `rule:"daily_supply"` // average daily market supply, tonnes per day
}

// Reserve is the assessment of a finished grain and oil reserve against the
// days of market supply it must cover (4.1).
type Reserve struct {
	DaysCovered decimal.Decimal `rule:"days_covered"` // reserve ÷ daily supply, rounded down to 2 places
	MinDays     decimal.Decimal `rule:"min_days"`     // 15 for 市区, 10 for a county (市)
	Adequate    bool            `rule:"adequate"`     // the reserve covers at least MinDays (compared exactly)
	Shortfall   decimal.Decimal `rule:"shortfall"`    // tonnes missing to reach MinDays; 0 when adequate
	rules.Outcome[Stock]
}

// Supply is the grain production and consumption of a period (2.1), in
// tonnes.
type Supply struct {
	Production  decimal.Decimal `rule:"production"`
	Consumption decimal.Decimal `rule:"consumption"`
}

// Sufficiency is the grain self-sufficiency of a period (2.1).
type Sufficiency struct {
	Ratio rules.Rate      `rule:"ratio"` // production ÷ consumption, a percentage rounded half away from zero to 0.01% (31.84%)
	Gap   decimal.Decimal `rule:"gap"`   // consumption − production, tonnes; negative when production exceeds consumption
	rules.Outcome[Supply]
}

// Market is the state of the grain market the monitoring system reports
// (4.2, 4.3).
//
// Price, WarningLine and ApproachMargin must be above zero: a zero (the
// value of a field left unset) is an error matching [rules.ErrInvalidInput]
// naming the field, never a price of nothing or a band that erases
// "approaching".
type Market struct {
	Price          decimal.Decimal `rule:"price"`           // grain price, yuan per kg
	WarningLine    decimal.Decimal `rule:"warning_line"`    // the price "safety warning line" set by the city (安全警戒线), yuan per kg
	ApproachMargin decimal.Decimal `rule:"approach_margin"` // how far below the line counts as approaching it (逼近), yuan per kg; above 0
	Cause          Cause           `rule:"cause"`           // what set off a swing; "" is OtherCause
	AbnormalSwing  bool            `rule:"abnormal_swing"`  // the grain market swings abnormally (粮食市场异常波动)
	PublicPanic    bool            `rule:"public_panic"`    // the event causes public panic (引发公众恐慌)
}

// Alert says whether the market calls for the report of 4.3, and on which
// grounds.
type Alert struct {
	ReportRequired bool `rule:"report_required"` // any ground holds: investigate, report to the government, up to the province
	ByDisaster     bool `rule:"by_disaster"`     // ground (1): a severe natural disaster causing an abnormal swing
	ByHealthEvent  bool `rule:"by_health_event"` // ground (2): a public-health event causing panic and an abnormal swing
	ByPrice        bool `rule:"by_price"`        // ground (3): the price approaches or exceeds the warning line
	ByOtherSwing   bool `rule:"by_other_swing"`  // ground (4): any other abnormal swing
	rules.Outcome[Market]
}

// Upkeep is when the plan was last drilled and last revised (8.1, 8.2).
// The zero LastDrill is not stated, and missing; the zero LastRevision
// means the plan's own issue, 2022-03-08.
type Upkeep struct {
	LastDrill    rules.Date `rule:"last_drill"`    // last emergency drill or training
	LastRevision rules.Date `rule:"last_revision"` // last revision (issue) of the plan
}

// Schedule gives when the next drill and revision of the plan are due (8.1,
// 8.2).
type Schedule struct {
	NextDrill       rules.Date `rule:"next_drill_due"`    // next emergency drill or training, on or before
	NextRevision    rules.Date `rule:"next_revision_due"` // next revision of the plan, in principle on or before
	DrillOverdue    bool       `rule:"drill_overdue"`     // the evaluation date is after NextDrill
	RevisionOverdue bool       `rule:"revision_overdue"`  // the evaluation date is after NextRevision
	rules.Outcome[Upkeep]
}

var (
	// book and std are compiled the first time the package is used, not
	// at program start: a program pays only for the documents it touches.
	book = sync.OnceValue(func() *rules.Book { return rules.MustCompile(spec()) })
	std  = sync.OnceValue(func() *Evaluator { return MustEvaluator(book()) })
)

// Book returns the compiled rules of the plan. It is shared and safe for
// concurrent use; derive a new book ([rules.Book.Derive]) to override a
// figure — a county that keeps a larger reserve, a bureau that drills every
// year — and evaluate it with [NewEvaluator].
func Book() *rules.Book { return book() }

// Default returns the evaluator over the plan's own book, [Book].
func Default() *Evaluator { return std() }

// Evaluator evaluates the plan's rules with a given book: the plan's own
// ([Default]), or one derived from it with overrides ([NewEvaluator]). It
// is safe for concurrent use.
type Evaluator struct {
	book     *rules.Book
	level    *rules.Binding[Scope, Classification]
	response *rules.Binding[Emergency, Response]
	report   *rules.Binding[Report, Deadline]
	reserve  *rules.Binding[Stock, Reserve]
	supply   *rules.Binding[Supply, Sufficiency]
	alert    *rules.Binding[Market, Alert]
	sched    *rules.Binding[Upkeep, Schedule]
}

// NewEvaluator returns an evaluator over b, which must hold the plan's
// rules with their inputs (the book of [Book], or one derived from it).
func NewEvaluator(b *rules.Book) (*Evaluator, error) {
	p := &rules.Preparer{Book: b}
	e := &Evaluator{
		book:     b,
		level:    rules.BindWith[Scope, Classification](p, RuleEmergencyLevel),
		response: rules.BindWith[Emergency, Response](p, RuleEmergencyResponse),
		report:   rules.BindWith[Report, Deadline](p, RuleReportDeadline),
		reserve:  rules.BindWith[Stock, Reserve](p, RuleReserveAdequacy),
		supply:   rules.BindWith[Supply, Sufficiency](p, RuleSelfSufficiency),
		alert:    rules.BindWith[Market, Alert](p, RulePriceAlert),
		sched:    rules.BindWith[Upkeep, Schedule](p, RulePlanSchedule),
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

// EmergencyLevel classifies a grain emergency (粮食应急状态分级, 1.5) from
// where it has appeared: 特别重大, 重大, 较大 or 一般, the highest level the
// scope meets. A scope that meets no level is not an error: the
// classification's Level is "" and its Outcome gives the failed condition.
func (e *Evaluator) EmergencyLevel(on rules.Date, s Scope) (res Classification, err error) {
	err = e.level.EvalInto(on, &s, &res)
	return res, err
}

// EmergencyResponse returns the response a level calls for (应急响应, 5.2–5.5):
// its grade, who commands, and whether this plan is started.
func (e *Evaluator) EmergencyResponse(on rules.Date, em Emergency) (res Response, err error) {
	err = e.response.EvalInto(on, &em, &res)
	return res, err
}

// ReportDeadline returns the latest time the city command office reports a
// relatively serious or higher emergency to the city government: 4 hours
// after it received the report (最迟不超过4个小时, 5.3.1). For a general
// emergency the deadline does not apply (the result is not eligible).
func (e *Evaluator) ReportDeadline(on rules.Date, r Report) (res Deadline, err error) {
	err = e.report.EvalInto(on, &r, &res)
	return res, err
}

// ReserveAdequacy assesses a finished grain and oil reserve (成品粮油储备,
// 4.1): the days of market supply it covers against the 15 days required of
// 市区 and the 10 days of each county (市).
func (e *Evaluator) ReserveAdequacy(on rules.Date, s Stock) (res Reserve, err error) {
	err = e.reserve.EvalInto(on, &s, &res)
	return res, err
}

// SelfSufficiency returns the grain self-sufficiency ratio (粮食自给率) and the
// gap between consumption and production (粮食产需缺口) of a period (2.1),
// from its production and consumption in tonnes.
func (e *Evaluator) SelfSufficiency(on rules.Date, s Supply) (res Sufficiency, err error) {
	err = e.supply.EvalInto(on, &s, &res)
	return res, err
}

// PriceAlert decides whether the grain market calls for the report of 4.3
// (粮食市场异常波动应急报告): the grain, price and commerce departments
// investigate at once and report to their government, up to the province.
func (e *Evaluator) PriceAlert(on rules.Date, m Market) (res Alert, err error) {
	err = e.alert.EvalInto(on, &m, &res)
	return res, err
}

// PlanSchedule returns when the next emergency drill or training (至少每2年,
// 8.1) and the next revision of the plan (原则上每3年, 8.2) are due, from the
// last of each. A zero LastRevision means the plan's own issue, 2022-03-08;
// a revision before it, or a drill or revision after the date on, is an
// error matching [rules.ErrInvalidInput] naming the field.
func (e *Evaluator) PlanSchedule(on rules.Date, u Upkeep) (res Schedule, err error) {
	err = e.sched.EvalInto(on, &u, &res)
	return res, err
}
