package ridehail

import (
	"errors"
	"sync"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// VehicleType is the kind of vehicle (车辆类型) as clause (十)1 sorts it:
// passenger cars qualify, micro vans among them do not, nor does anything
// that is not a passenger car.
type VehicleType string

const (
	PassengerCar    VehicleType = "乘用车"   // passenger car
	MicroVan        VehicleType = "微型面包车" // micro van: excluded (微型面包车除外)
	NotPassengerCar VehicleType = "非乘用车"  // any vehicle that is not a passenger car
)

// VehicleTypes returns the vehicle types the rules distinguish.
func VehicleTypes() []VehicleType { return []VehicleType{PassengerCar, MicroVan, NotPassengerCar} }

// ParseVehicleType returns the vehicle type with the given Chinese name, or
// an error listing the valid names.
func ParseVehicleType(s string) (VehicleType, error) {
	return rules.ParseOneOf(s, VehicleTypes(), "vehicle type")
}

// Obligation is a deadline of a ride-hailing platform (网约车平台公司办理
// 期限), named by what must be done.
type Obligation string

const (
	// PublicSecurityFiling 公安备案: file with the public-security office
	// within 30 days of the network going online (八).
	PublicSecurityFiling Obligation = "公安备案"
	// StopReport 暂停终止运营报告: report in writing 30 days before
	// suspending or stopping service (九).
	StopReport Obligation = "暂停终止运营报告"
	// FareRuleNotice 计价规则调整公布: announce fare-rule changes 15 days
	// before they take effect (十八)4.
	FareRuleNotice Obligation = "计价规则调整公布"
	// DataRetention 数据保存: keep collected personal information and
	// business data at least 2 years (二十二).
	DataRetention Obligation = "数据保存"
)

// Obligations returns the platform obligations with a deadline, in the
// order of their clauses.
func Obligations() []Obligation {
	return []Obligation{PublicSecurityFiling, StopReport, FareRuleNotice, DataRetention}
}

// ParseObligation returns the obligation with the given Chinese name, or an
// error listing the valid names.
func ParseObligation(s string) (Obligation, error) {
	return rules.ParseOneOf(s, Obligations(), "obligation")
}

// Outcome is what clause (三十三) makes of a ride-hailing vehicle.
type Outcome string

const (
	Scrap    Outcome = "强制报废"    // forced scrapping: 600,000 km reached
	Leave    Outcome = "退出网约车经营" // leaves ride-hailing service: 8 years of use complete
	Continue Outcome = "继续经营"    // neither: may keep operating
)

// Outcomes returns the outcomes of clause (三十三).
func Outcomes() []Outcome { return []Outcome{Scrap, Leave, Continue} }

// ParseOutcome returns the outcome with the given Chinese name, or an error
// listing the valid names.
func ParseOutcome(s string) (Outcome, error) { return rules.ParseOneOf(s, Outcomes(), "outcome") }

// Bound says which side of a deadline is allowed.
type Bound string

const (
	NoLaterThan   Bound = "不晚于" // act on or before the date
	NoEarlierThan Bound = "不早于" // the date is the earliest allowed (data may be deleted from it)
)

// Record says whether a driver has a record of one kind (十五)2–3: a crime,
// drug use, drink-driving. The zero Record is not stated: the rule reports
// the record as missing, never reads it as clean.
type Record string

const (
	NoRecord  Record = "无记录" // no such record
	HasRecord Record = "有记录" // has such a record
)

// Records returns the values of a record.
func Records() []Record { return []Record{NoRecord, HasRecord} }

// ParseRecord returns the record with the given Chinese name, or an error
// listing the valid names.
func ParseRecord(s string) (Record, error) { return rules.ParseOneOf(s, Records(), "record") }

// Review is the outcome of a carpool platform's review of a provider (合乘
// 服务提供者) against the driver conditions of clause (十五), which (二十六)4
// requires. The zero Review is not stated: the rule reports it as missing.
type Review string

const (
	ReviewPassed Review = "符合"  // the provider meets the conditions of (十五)
	ReviewFailed Review = "不符合" // the provider does not
)

// Reviews returns the outcomes of a review.
func Reviews() []Review { return []Review{ReviewPassed, ReviewFailed} }

// ParseReview returns the review outcome with the given Chinese name, or an
// error listing the valid names.
func ParseReview(s string) (Review, error) { return rules.ParseOneOf(s, Reviews(), "review") }

// Vehicle is a vehicle applying for the transport certificate (网络预约出租
// 汽车运输证), as clause (十) describes it.
type Vehicle struct {
	WenzhouPlate         bool            // 本市号牌车辆
	RideHailingUse       bool            // 登记车辆使用性质为“预约出租客运”
	Type                 VehicleType     // 乘用车, 微型面包车 or 非乘用车
	Seats                int             // 座位数
	NewEnergy            bool            // 新能源车
	Wheelbase            decimal.Decimal // 轴距, mm
	TaxablePrice         decimal.Decimal // 车辆购置的计税价格, yuan
	FirstRegistration    rules.Date      // 车辆行驶证载明的初次注册日期
	SafetyStandards      bool            // 车辆技术性能符合运营安全相关标准要求
	SatellitePositioning bool            // 具有行驶记录功能的车辆卫星定位装置
	EmergencyAlarm       bool            // 应急报警装置
	AudioVideoMonitoring bool            // 音视频监控设备
}

// Driver is a ride-hailing driver (网约车驾驶员), as clause (十五) describes
// one. Every record must be stated (NoRecord or HasRecord) and the points
// given: a record left "" or points left nil are reported as missing, never
// taken as a clean record.
type Driver struct {
	LicenceClass          bool       // 取得相应准驾车型机动车驾驶证
	Licensed              rules.Date // 初次领取机动车驾驶证日期
	TrafficAccidentCrime  Record     // 交通肇事犯罪记录
	DangerousDrivingCrime Record     // 危险驾驶犯罪记录
	DrugRecord            Record     // 吸毒记录
	DrinkDrivingRecord    Record     // 饮酒后驾驶记录
	HighestCyclePoints    *int       // 最近连续3个记分周期内单个周期的最高累积记分; nil: not stated
	ViolentCrime          Record     // 暴力犯罪记录
}

// Trip is a ride-hailing trip's two ends (起讫点) against the licensed
// operating area (许可的经营区域).
type Trip struct {
	OriginInArea      bool
	DestinationInArea bool
}

// CarpoolRide is one private carpool ride (私人小客车合乘) as clause (二十六)
// regulates it.
type CarpoolRide struct {
	PublishedInAdvance bool // 通过合乘信息服务平台预先发布驾车出行信息
	// Fee is the yuan the driver and the platform receive for the ride
	// from all riders: zero for a free ride (免费互助), nil when not
	// stated — then the fee is missing, never taken as free.
	Fee               *decimal.Decimal
	Distance          decimal.Decimal // km of the ride
	TaxiFarePerKm     decimal.Decimal // 巡游出租汽车每公里里程运价, yuan per km (the local fare, an input)
	PaidRidesOfCar    int             // cost-shared rides of the car that day, this one included
	PaidRidesOfDriver int             // cost-shared rides of the driver (合乘服务提供者) that day, this one included
	VehicleLicence    bool            // 取得公安部门核发的《机动车行驶证》
	AnnualInspection  bool            // 年检合格
	// ProviderReview is the platform's review of the provider against
	// the conditions of clause (十五) ((二十六)4); "" is not stated.
	ProviderReview Review
}

// Eligibility is the outcome of a rule of conditions: eligible, or every
// condition the case fails, each with its clause and the values that
// decided it.
type Eligibility struct {
	Eligible bool
	Failed   []rules.Failure
	Result   *rules.Result // the evaluation, with its citations and explanation
}

// FailedNames returns the names of the failed conditions, in the rule's
// order.
func (e Eligibility) FailedNames() []string {
	out := make([]string, len(e.Failed))
	for i, f := range e.Failed {
		out[i] = f.Name
	}
	return out
}

// CertificateTerm is the longest term of a transport certificate.
type CertificateTerm struct {
	LatestExpiry rules.Date // the latest last day of validity
	PastTerm     bool       // the evaluation date is after it
	Result       *rules.Result
}

// RetirementStatus is whether a ride-hailing vehicle must leave service.
type RetirementStatus struct {
	MustLeave      bool
	Outcome        Outcome
	ServiceLastDay rules.Date // last day of service by years of use
	Result         *rules.Result
}

// LicencePeriod is the term of a platform operating licence.
type LicencePeriod struct {
	LastDay rules.Date // 经营期限届满日
	InTerm  bool       // the evaluation date is within the term
	Result  *rules.Result
}

// Deadline is the date a platform obligation falls due.
type Deadline struct {
	Date   rules.Date
	Bound  Bound // NoLaterThan: act on or before Date; NoEarlierThan: Date is the first allowed day
	Result *rules.Result
}

// CarpoolCheck is the compliance of a carpool ride.
type CarpoolCheck struct {
	Compliant bool
	Failed    []rules.Failure
	Free      bool            // 免费互助: nothing was received
	MaxFee    decimal.Decimal // the most the ride may receive, rounded down to the fen
	CapPerKm  decimal.Decimal // the most per km: 50% of the taxi per-km fare
	// The figures are zero when the ride does not comply (the rule yields
	// no figures then); the failed condition carries the values instead.
	Result *rules.Result
}

var (
	// book and std are compiled the first time the package is used, not
	// at program start: a program pays only for the documents it touches.
	book = sync.OnceValue(func() *rules.Book { return rules.MustCompile(spec()) })
	std  = sync.OnceValue(func() *Evaluator { return MustEvaluator(book()) })
)

// Book returns the compiled rules of the measures. It is shared and safe for
// concurrent use; derive a new book ([rules.Book.Derive]) to try other
// figures, and evaluate it with [NewEvaluator].
func Book() *rules.Book { return book() }

// Evaluator evaluates the measures' rules with a given book: the measures'
// own, or one derived from it. It is safe for concurrent use.
type Evaluator struct {
	book                                                              *rules.Book
	vehicle, certificate, retire, driver, licence, due, area, carpool *rules.Prepared
}

// NewEvaluator returns an evaluator over b, which must hold the measures'
// rules with their inputs (the book of [Book], or one derived from it).
func NewEvaluator(b *rules.Book) (*Evaluator, error) {
	e := &Evaluator{book: b}
	batch := &rules.Preparer{Book: b}
	prep := batch.Prepare
	e.vehicle = prep(RuleVehicleEligibility, "wenzhou_plate", "ride_hailing_use", "vehicle_type", "seats", "new_energy",
		"wheelbase", "taxable_price", "first_registration", "application_date", "safety_standards",
		"satellite_positioning", "emergency_alarm", "audio_video_monitoring")
	e.certificate = prep(RuleCertificateExpiry, "first_registration")
	e.retire = prep(RuleRetirement, "first_registration", "mileage")
	e.driver = prep(RuleDriverEligibility, "licence_class", "licence_date", "traffic_accident_crime",
		"dangerous_driving_crime", "drug_record", "drink_driving_record", "highest_cycle_points", "violent_crime")
	e.licence = prep(RuleLicenceTerm, "issue_date")
	e.due = prep(RuleDeadlines, "obligation", "event_date")
	e.area = prep(RuleCrossArea, "origin_in_area", "destination_in_area")
	e.carpool = prep(RuleCarpool, "published_in_advance", "fee", "distance", "taxi_fare_per_km",
		"paid_rides_car", "paid_rides_provider", "vehicle_licence", "annual_inspection", "provider_review")
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

func flagV(b bool) rules.Value          { return rules.BoolValue(b) }
func count(n int) rules.Value           { return rules.NumberValue(decimal.NewFromInt(int64(n))) }
func num(d decimal.Decimal) rules.Value { return rules.NumberValue(d) }

// day passes a date; the zero Date is not stated: the rule reports the
// input missing.
func day(d rules.Date) rules.Value {
	if d.IsZero() {
		return rules.Value{}
	}
	return rules.DateValue(d)
}

// text passes a text; "" is not stated: the rule reports the input missing.
func text[T ~string](s T) rules.Value {
	if s == "" {
		return rules.Value{}
	}
	return rules.TextValue(string(s))
}

// countPtr passes a count; nil is not stated.
func countPtr(n *int) rules.Value {
	if n == nil {
		return rules.Value{}
	}
	return count(*n)
}

// numPtr passes a number; nil is not stated.
func numPtr(d *decimal.Decimal) rules.Value {
	if d == nil {
		return rules.Value{}
	}
	return num(*d)
}
func figure(r *rules.Result, name string) rules.Value {
	f, _ := r.Figure(name)
	return f.Value
}

func eligibility(res *rules.Result, err error) (Eligibility, error) {
	if err != nil {
		return Eligibility{}, err
	}
	return Eligibility{Eligible: res.Eligible, Failed: res.Failed, Result: res}, nil
}

// VehicleEligibility (网约车车辆条件) says whether a vehicle meets the
// conditions of clause (十) for the transport certificate, on an application
// made on the date applied: eligible, or every condition it fails, each with
// its item of the clause and the values that decided it. The measures govern
// applications made while they are in force (2022-05-01 to 2032-04-30);
// the date on is "as of" and may be later. A new car may be registered after
// its application ((十一), (十二)4).
func VehicleEligibility(on, applied rules.Date, v Vehicle) (Eligibility, error) {
	return std().VehicleEligibility(on, applied, v)
}

// VehicleEligibility is the package's [VehicleEligibility] over e's book.
func (e *Evaluator) VehicleEligibility(on, applied rules.Date, v Vehicle) (Eligibility, error) {
	return eligibility(e.vehicle.Eval(on, flagV(v.WenzhouPlate), flagV(v.RideHailingUse), text(v.Type), count(v.Seats),
		flagV(v.NewEnergy), num(v.Wheelbase), num(v.TaxablePrice), day(v.FirstRegistration), day(applied),
		flagV(v.SafetyStandards), flagV(v.SatellitePositioning), flagV(v.EmergencyAlarm), flagV(v.AudioVideoMonitoring)))
}

// CertificateExpiry (网约车运输证有效期) returns the latest last day of a
// transport certificate for a vehicle first registered on the given date:
// the 8th anniversary of the registration (十三).
func CertificateExpiry(on, firstRegistration rules.Date) (CertificateTerm, error) {
	return std().CertificateExpiry(on, firstRegistration)
}

// CertificateExpiry is the package's [CertificateExpiry] over e's book.
func (e *Evaluator) CertificateExpiry(on, firstRegistration rules.Date) (CertificateTerm, error) {
	res, err := e.certificate.Eval(on, day(firstRegistration))
	if err != nil {
		return CertificateTerm{}, err
	}
	return CertificateTerm{LatestExpiry: res.Value.Date(), PastTerm: figure(res, "past_term").Bool(), Result: res}, nil
}

// Retirement (强制报废与退出经营) says whether a ride-hailing vehicle must
// leave service on the date on (三十三): scrapped at 600,000 km, otherwise
// leaving service once 8 years of use from its first registration are
// complete. Mileage is in km.
func Retirement(on, firstRegistration rules.Date, mileage decimal.Decimal) (RetirementStatus, error) {
	return std().Retirement(on, firstRegistration, mileage)
}

// Retirement is the package's [Retirement] over e's book.
func (e *Evaluator) Retirement(on, firstRegistration rules.Date, mileage decimal.Decimal) (RetirementStatus, error) {
	res, err := e.retire.Eval(on, day(firstRegistration), num(mileage))
	if err != nil {
		return RetirementStatus{}, err
	}
	out, err := ParseOutcome(figure(res, "outcome").Text())
	if err != nil {
		return RetirementStatus{}, errors.New("ridehail: retirement rule yielded no outcome")
	}
	return RetirementStatus{MustLeave: res.Value.Bool(), Outcome: out,
		ServiceLastDay: figure(res, "service_last_day").Date(), Result: res}, nil
}

// DriverEligibility (网约车驾驶员条件) says whether a driver meets the
// conditions of clause (十五) on the date on: eligible, or every condition
// failed. A record not stated, or points not given, is an error matching
// [rules.ErrInvalidInput] naming the field.
func DriverEligibility(on rules.Date, d Driver) (Eligibility, error) {
	return std().DriverEligibility(on, d)
}

// DriverEligibility is the package's [DriverEligibility] over e's book.
func (e *Evaluator) DriverEligibility(on rules.Date, d Driver) (Eligibility, error) {
	return eligibility(e.driver.Eval(on, flagV(d.LicenceClass), day(d.Licensed), text(d.TrafficAccidentCrime),
		text(d.DangerousDrivingCrime), text(d.DrugRecord), text(d.DrinkDrivingRecord), countPtr(d.HighestCyclePoints),
		text(d.ViolentCrime)))
}

// LicenceTerm (网络预约出租汽车经营许可证经营期限) returns the last day of a
// platform operating licence issued on the given date — four years (七) —
// and whether the date on is within it.
func LicenceTerm(on, issued rules.Date) (LicencePeriod, error) { return std().LicenceTerm(on, issued) }

// LicenceTerm is the package's [LicenceTerm] over e's book.
func (e *Evaluator) LicenceTerm(on, issued rules.Date) (LicencePeriod, error) {
	res, err := e.licence.Eval(on, day(issued))
	if err != nil {
		return LicencePeriod{}, err
	}
	return LicencePeriod{LastDay: res.Value.Date(), InTerm: figure(res, "in_term").Bool(), Result: res}, nil
}

// PlatformDeadline (网约车平台公司办理期限) returns the deadline of a platform
// obligation counted from the day from: the day the network went online
// (公安备案), the day service stops (暂停终止运营报告), the day new fare rules
// take effect (计价规则调整公布), or the day data was collected (数据保存).
func PlatformDeadline(on rules.Date, o Obligation, from rules.Date) (Deadline, error) {
	return std().PlatformDeadline(on, o, from)
}

// PlatformDeadline is the package's [PlatformDeadline] over e's book.
func (e *Evaluator) PlatformDeadline(on rules.Date, o Obligation, from rules.Date) (Deadline, error) {
	res, err := e.due.Eval(on, text(o), day(from))
	if err != nil {
		return Deadline{}, err
	}
	return Deadline{Date: res.Value.Date(), Bound: Bound(figure(res, "bound").Text()), Result: res}, nil
}

// CrossArea (跨区域经营) says whether a trip may be served (十九): beyond
// the licensed area, one end of it must be inside.
func CrossArea(on rules.Date, t Trip) (Eligibility, error) { return std().CrossArea(on, t) }

// CrossArea is the package's [CrossArea] over e's book.
func (e *Evaluator) CrossArea(on rules.Date, t Trip) (Eligibility, error) {
	return eligibility(e.area.Eval(on, flagV(t.OriginInArea), flagV(t.DestinationInArea)))
}

// CarpoolCompliance (私人小客车合乘) says whether a carpool ride keeps to
// clause (二十六): published in advance; per km, no more than 50% of the
// cruising-taxi per-km fare; no more than 4 cost-shared rides a day per car
// and per driver (free rides unlimited); a licensed, inspected car; a
// provider who meets the conditions of clause (十五) on the platform's
// review. A fee or review not stated is an error matching
// [rules.ErrInvalidInput] naming the field.
func CarpoolCompliance(on rules.Date, r CarpoolRide) (CarpoolCheck, error) {
	return std().CarpoolCompliance(on, r)
}

// CarpoolCompliance is the package's [CarpoolCompliance] over e's book.
func (e *Evaluator) CarpoolCompliance(on rules.Date, r CarpoolRide) (CarpoolCheck, error) {
	res, err := e.carpool.Eval(on, flagV(r.PublishedInAdvance), numPtr(r.Fee), num(r.Distance), num(r.TaxiFarePerKm),
		count(r.PaidRidesOfCar), count(r.PaidRidesOfDriver), flagV(r.VehicleLicence), flagV(r.AnnualInspection),
		text(r.ProviderReview))
	if err != nil {
		return CarpoolCheck{}, err
	}
	return CarpoolCheck{Compliant: res.Eligible, Failed: res.Failed, Free: figure(res, "free").Bool(),
		MaxFee: res.Value.Number(), CapPerKm: figure(res, "cap_per_km").Number(), Result: res}, nil
}
