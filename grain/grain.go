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
// required; the other fields default to nothing having happened.
type Scope struct {
	Extent                 Extent    // how far beyond Wenzhou it reaches
	BeyondProvinceCapacity bool      // 超过省政府处置能力
	MainUrbanArea          bool      // 温州主城区出现粮食应急状态
	Counties               int       // 县（市、区） of Wenzhou in an emergency state
	CountyCentralUrbanArea bool      // a county-level seat's central urban area is in an emergency state
	Townships              int       // 乡镇（街道） in an emergency state in one county-level unit (the most in any one)
	TreatedAs              Judgement // a government's decision to treat the case at a level; "" is NotJudged
}

// Classification is the level of a grain emergency.
type Classification struct {
	// Level is the level the scope meets, or "" when it meets none; then
	// Result.Failed says why.
	Level  Level
	Result *rules.Result // the evaluation, with its citations and explanation
}

// Grade is the grade of the emergency response (应急响应级别, 5.2–5.5).
type Grade string

const (
	GradeI   Grade = "Ⅰ级" // national command
	GradeII  Grade = "Ⅱ级" // provincial command
	GradeIII Grade = "Ⅲ级" // city command
	GradeIV  Grade = "Ⅳ级" // county command
)

// Response is the emergency response a level calls for.
type Response struct {
	Grade    Grade
	Command  string // who commands: 县级指挥部, 市指挥部, 省级指挥部 or 国家层面指挥部
	CityPlan bool   // this plan (the city's) is started: relatively serious and above (5.1)
	Result   *rules.Result
}

// Deadline is the latest time the city command office reports to the city
// government (5.3.1).
type Deadline struct {
	// Applies is false for a general emergency, which the county handles,
	// and for a report received before the plan took effect (2022-03-08),
	// which the former plan governs; then At is zero and Result.Failed says
	// why.
	Applies bool
	At      rules.DateTime
	Result  *rules.Result
}

// Reserve is the assessment of a finished grain and oil reserve against the
// days of market supply it must cover (4.1).
type Reserve struct {
	DaysCovered decimal.Decimal // reserve ÷ daily supply, rounded down to 2 places
	MinDays     decimal.Decimal // 15 for 市区, 10 for a county (市)
	Adequate    bool            // the reserve covers at least MinDays (compared exactly)
	Shortfall   decimal.Decimal // tonnes missing to reach MinDays; 0 when adequate
	Result      *rules.Result
}

// Sufficiency is the grain self-sufficiency of a period (2.1).
type Sufficiency struct {
	Ratio  decimal.Decimal // production ÷ consumption, rounded half away from zero to 4 places (0.3184 is 31.84%)
	Gap    decimal.Decimal // consumption − production, tonnes; negative when production exceeds consumption
	Result *rules.Result
}

// Market is the state of the grain market the monitoring system reports
// (4.2, 4.3).
//
// Price, WarningLine and ApproachMargin must be above zero: a zero (the
// value of a field left unset) is an error matching [rules.ErrInvalidInput]
// naming the field, never a price of nothing or a band that erases
// "approaching".
type Market struct {
	Price          decimal.Decimal // grain price, yuan per kg
	WarningLine    decimal.Decimal // the price "safety warning line" set by the city (安全警戒线), yuan per kg
	ApproachMargin decimal.Decimal // how far below the line counts as approaching it (逼近), yuan per kg; above 0
	Cause          Cause           // what set off a swing; "" is OtherCause
	AbnormalSwing  bool            // the grain market swings abnormally (粮食市场异常波动)
	PublicPanic    bool            // the event causes public panic (引发公众恐慌)
}

// Alert says whether the market calls for the report of 4.3, and on which
// grounds.
type Alert struct {
	ReportRequired bool // any ground holds: investigate, report to the government, up to the province
	ByDisaster     bool // ground (1): a severe natural disaster causing an abnormal swing
	ByHealthEvent  bool // ground (2): a public-health event causing panic and an abnormal swing
	ByPrice        bool // ground (3): the price approaches or exceeds the warning line
	ByOtherSwing   bool // ground (4): any other abnormal swing
	Result         *rules.Result
}

// Schedule gives when the next drill and revision of the plan are due (8.1,
// 8.2).
type Schedule struct {
	NextDrill       rules.Date // next emergency drill or training, on or before
	NextRevision    rules.Date // next revision of the plan, in principle on or before
	DrillOverdue    bool       // the evaluation date is after NextDrill
	RevisionOverdue bool       // the evaluation date is after NextRevision
	Result          *rules.Result
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

// Evaluator evaluates the plan's rules with a given book: the plan's own,
// or one derived from it with overrides. It is safe for concurrent use.
type Evaluator struct {
	book                                                   *rules.Book
	level, response, report, reserve, supply, alert, sched *rules.Prepared
}

// NewEvaluator returns an evaluator over b, which must hold the plan's
// rules with their inputs (the book of [Book], or one derived from it).
func NewEvaluator(b *rules.Book) (*Evaluator, error) {
	e := &Evaluator{book: b}
	batch := &rules.Preparer{Book: b}
	prep := batch.Prepare
	e.level = prep(RuleEmergencyLevel, "extent", "beyond_province_capacity", "main_urban_area", "counties",
		"county_central_urban_area", "townships", "treated_as")
	e.response = prep(RuleEmergencyResponse, "level")
	e.report = prep(RuleReportDeadline, "level", "received_at")
	e.reserve = prep(RuleReserveAdequacy, "locality", "reserve", "daily_supply")
	e.supply = prep(RuleSelfSufficiency, "production", "consumption")
	e.alert = prep(RulePriceAlert, "price", "warning_line", "approach_margin", "cause", "abnormal_swing", "public_panic")
	e.sched = prep(RulePlanSchedule, "last_drill", "last_revision")
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

// EmergencyLevel classifies a grain emergency (粮食应急状态分级, 1.5) from
// where it has appeared: 特别重大, 重大, 较大 or 一般, the highest level the
// scope meets. A scope that meets no level is not an error: the
// classification's Level is "" and its Result lists the failed condition.
func EmergencyLevel(on rules.Date, s Scope) (Classification, error) {
	return std().EmergencyLevel(on, s)
}

// EmergencyLevel is the package's [EmergencyLevel] over e's book.
func (e *Evaluator) EmergencyLevel(on rules.Date, s Scope) (Classification, error) {
	res, err := e.level.Eval(on, rules.TextValue(string(s.Extent)), rules.BoolValue(s.BeyondProvinceCapacity),
		rules.BoolValue(s.MainUrbanArea), count(s.Counties), rules.BoolValue(s.CountyCentralUrbanArea),
		count(s.Townships), optionalText(string(s.TreatedAs)))
	if err != nil {
		return Classification{}, err
	}
	return Classification{Level: Level(text(res, "level")), Result: res}, nil
}

// EmergencyResponse returns the response a level calls for (应急响应, 5.2–5.5):
// its grade, who commands, and whether this plan is started.
func EmergencyResponse(on rules.Date, l Level) (Response, error) {
	return std().EmergencyResponse(on, l)
}

// EmergencyResponse is the package's [EmergencyResponse] over e's book.
func (e *Evaluator) EmergencyResponse(on rules.Date, l Level) (Response, error) {
	res, err := e.response.Eval(on, rules.TextValue(string(l)))
	if err != nil {
		return Response{}, err
	}
	return Response{Grade: Grade(text(res, "grade")), Command: text(res, "command"), CityPlan: flag(res, "city_plan"), Result: res}, nil
}

// ReportDeadline returns the latest time the city command office reports a
// relatively serious or higher emergency to the city government: 4 hours
// after it received the report (最迟不超过4个小时, 5.3.1). For a general
// emergency the deadline does not apply (Applies is false).
func ReportDeadline(on rules.Date, l Level, receivedAt rules.DateTime) (Deadline, error) {
	return std().ReportDeadline(on, l, receivedAt)
}

// ReportDeadline is the package's [ReportDeadline] over e's book.
func (e *Evaluator) ReportDeadline(on rules.Date, l Level, receivedAt rules.DateTime) (Deadline, error) {
	res, err := e.report.Eval(on, rules.TextValue(string(l)), dateTime(receivedAt))
	if err != nil {
		return Deadline{}, err
	}
	d := Deadline{Applies: res.Eligible, Result: res}
	if res.Eligible {
		d.At = res.Value.DateTime()
	}
	return d, nil
}

// ReserveAdequacy assesses a finished grain and oil reserve (成品粮油储备,
// 4.1): the days of market supply it covers against the 15 days required of
// 市区 and the 10 days of each county (市). reserve is in tonnes, dailySupply
// in tonnes per day.
func ReserveAdequacy(on rules.Date, l Locality, reserve, dailySupply decimal.Decimal) (Reserve, error) {
	return std().ReserveAdequacy(on, l, reserve, dailySupply)
}

// ReserveAdequacy is the package's [ReserveAdequacy] over e's book.
func (e *Evaluator) ReserveAdequacy(on rules.Date, l Locality, reserve, dailySupply decimal.Decimal) (Reserve, error) {
	res, err := e.reserve.Eval(on, rules.TextValue(string(l)), rules.NumberValue(reserve), rules.NumberValue(dailySupply))
	if err != nil {
		return Reserve{}, err
	}
	return Reserve{DaysCovered: number(res, "days_covered"), MinDays: number(res, "min_days"),
		Adequate: flag(res, "adequate"), Shortfall: number(res, "shortfall"), Result: res}, nil
}

// SelfSufficiency returns the grain self-sufficiency ratio (粮食自给率) and the
// gap between consumption and production (粮食产需缺口) of a period (2.1),
// from its production and consumption in tonnes.
func SelfSufficiency(on rules.Date, production, consumption decimal.Decimal) (Sufficiency, error) {
	return std().SelfSufficiency(on, production, consumption)
}

// SelfSufficiency is the package's [SelfSufficiency] over e's book.
func (e *Evaluator) SelfSufficiency(on rules.Date, production, consumption decimal.Decimal) (Sufficiency, error) {
	res, err := e.supply.Eval(on, rules.NumberValue(production), rules.NumberValue(consumption))
	if err != nil {
		return Sufficiency{}, err
	}
	return Sufficiency{Ratio: number(res, "ratio"), Gap: number(res, "gap"), Result: res}, nil
}

// PriceAlert decides whether the grain market calls for the report of 4.3
// (粮食市场异常波动应急报告): the grain, price and commerce departments
// investigate at once and report to their government, up to the province.
func PriceAlert(on rules.Date, m Market) (Alert, error) { return std().PriceAlert(on, m) }

// PriceAlert is the package's [PriceAlert] over e's book.
func (e *Evaluator) PriceAlert(on rules.Date, m Market) (Alert, error) {
	res, err := e.alert.Eval(on, rules.NumberValue(m.Price), rules.NumberValue(m.WarningLine), rules.NumberValue(m.ApproachMargin),
		optionalText(string(m.Cause)), rules.BoolValue(m.AbnormalSwing), rules.BoolValue(m.PublicPanic))
	if err != nil {
		return Alert{}, err
	}
	return Alert{ReportRequired: flag(res, "report_required"), ByDisaster: flag(res, "by_disaster"),
		ByHealthEvent: flag(res, "by_health_event"), ByPrice: flag(res, "by_price"),
		ByOtherSwing: flag(res, "by_other_swing"), Result: res}, nil
}

// PlanSchedule returns when the next emergency drill or training (至少每2年,
// 8.1) and the next revision of the plan (原则上每3年, 8.2) are due, from the
// last of each. A zero lastRevision means the plan's own issue, 2022-03-08;
// a revision before it, or a drill or revision after the date on, is an
// error matching [rules.ErrInvalidInput] naming the field.
func PlanSchedule(on, lastDrill, lastRevision rules.Date) (Schedule, error) {
	return std().PlanSchedule(on, lastDrill, lastRevision)
}

// PlanSchedule is the package's [PlanSchedule] over e's book.
func (e *Evaluator) PlanSchedule(on, lastDrill, lastRevision rules.Date) (Schedule, error) {
	rev := rules.Value{}
	if !lastRevision.IsZero() {
		rev = rules.DateValue(lastRevision)
	}
	res, err := e.sched.Eval(on, date(lastDrill), rev)
	if err != nil {
		return Schedule{}, err
	}
	return Schedule{NextDrill: dateFig(res, "next_drill_due"), NextRevision: dateFig(res, "next_revision_due"),
		DrillOverdue: flag(res, "drill_overdue"), RevisionOverdue: flag(res, "revision_overdue"), Result: res}, nil
}

// count turns a count into a number value.
func count(n int) rules.Value { return rules.NumberValue(decimal.NewFromInt(int64(n))) }

// optionalText is the value of an optional text input: "" takes the rule's
// default.
func optionalText(s string) rules.Value {
	if s == "" {
		return rules.Value{}
	}
	return rules.TextValue(s)
}

// date is the value of a required date: the zero Date is passed as missing,
// so the rule reports the field.
func date(d rules.Date) rules.Value {
	if d.IsZero() {
		return rules.Value{}
	}
	return rules.DateValue(d)
}

func dateTime(t rules.DateTime) rules.Value {
	if t.IsZero() {
		return rules.Value{}
	}
	return rules.DateTimeValue(t)
}

func figure(res *rules.Result, name string) rules.Value {
	f, _ := res.Figure(name)
	return f.Value
}

func text(res *rules.Result, name string) string            { return figure(res, name).Text() }
func flag(res *rules.Result, name string) bool              { return figure(res, name).Bool() }
func number(res *rules.Result, name string) decimal.Decimal { return figure(res, name).Number() }
func dateFig(res *rules.Result, name string) rules.Date     { return figure(res, name).Date() }
