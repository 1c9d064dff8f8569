package ridehail

import (
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

// Disposition is what clause (三十三) makes of a ride-hailing vehicle.
type Disposition string

const (
	Scrap    Disposition = "强制报废"    // forced scrapping: 600,000 km reached
	Leave    Disposition = "退出网约车经营" // leaves ride-hailing service: 8 years of use complete
	Continue Disposition = "继续经营"    // neither: may keep operating
)

// Dispositions returns the dispositions of clause (三十三).
func Dispositions() []Disposition { return []Disposition{Scrap, Leave, Continue} }

// ParseDisposition returns the disposition with the given Chinese name, or an error
// listing the valid names.
func ParseDisposition(s string) (Disposition, error) {
	return rules.ParseOneOf(s, Dispositions(), "outcome")
}

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

// Vehicle is a vehicle as clause (十) describes it: the facts of an
// application for the transport certificate (网络预约出租汽车运输证), of
// which the certificate's term and the vehicle's retirement read the first
// registration. The tags name the rules' inputs.
type Vehicle struct {
	WenzhouPlate         bool            `rule:"wenzhou_plate"`          // 本市号牌车辆
	RideHailingUse       bool            `rule:"ride_hailing_use"`       // 登记车辆使用性质为“预约出租客运”
	Type                 VehicleType     `rule:"vehicle_type"`           // 乘用车, 微型面包车 or 非乘用车; "" is not stated
	Seats                int             `rule:"seats"`                  // 座位数
	NewEnergy            bool            `rule:"new_energy"`             // 新能源车
	Wheelbase            decimal.Decimal `rule:"wheelbase"`              // 轴距, mm
	TaxablePrice         decimal.Decimal `rule:"taxable_price"`          // 车辆购置的计税价格, yuan
	FirstRegistration    rules.Date      `rule:"first_registration"`     // 车辆行驶证载明的初次注册日期; the zero Date is not stated
	SafetyStandards      bool            `rule:"safety_standards"`       // 车辆技术性能符合运营安全相关标准要求
	SatellitePositioning bool            `rule:"satellite_positioning"`  // 具有行驶记录功能的车辆卫星定位装置
	EmergencyAlarm       bool            `rule:"emergency_alarm"`        // 应急报警装置
	AudioVideoMonitoring bool            `rule:"audio_video_monitoring"` // 音视频监控设备
}

// Application is an application for the transport certificate: the
// vehicle and the day the application was made.
type Application struct {
	Vehicle
	Applied rules.Date `rule:"application_date"` // 申请日期; the zero Date is not stated
}

// InService is a ride-hailing vehicle in service with the kilometres it
// has run; of the vehicle only the first registration is read.
type InService struct {
	Vehicle
	Mileage decimal.Decimal `rule:"mileage"` // 行驶里程, km
}

// Driver is a ride-hailing driver (网约车驾驶员), as clause (十五) describes
// one. Every record must be stated (NoRecord or HasRecord) and the points
// given: a record left "" or points left nil are reported as missing, never
// taken as a clean record.
type Driver struct {
	LicenceClass          bool       `rule:"licence_class"`           // 取得相应准驾车型机动车驾驶证
	Licensed              rules.Date `rule:"licence_date"`            // 初次领取机动车驾驶证日期
	TrafficAccidentCrime  Record     `rule:"traffic_accident_crime"`  // 交通肇事犯罪记录
	DangerousDrivingCrime Record     `rule:"dangerous_driving_crime"` // 危险驾驶犯罪记录
	DrugRecord            Record     `rule:"drug_record"`             // 吸毒记录
	DrinkDrivingRecord    Record     `rule:"drink_driving_record"`    // 饮酒后驾驶记录
	HighestCyclePoints    *int       `rule:"highest_cycle_points"`    // 最近连续3个记分周期内单个周期的最高累积记分; nil: not stated
	ViolentCrime          Record     `rule:"violent_crime"`           // 暴力犯罪记录
}

// PlatformLicence is a platform's operating licence (网络预约出租汽车经营
// 许可证), by the day it was issued.
type PlatformLicence struct {
	Issued rules.Date `rule:"issue_date"` // 核发日期; the zero Date is not stated
}

// Duty is a platform obligation with the day its period counts from: the
// day the network went online (公安备案), the day service stops (暂停终止
// 运营报告), the day new fare rules take effect (计价规则调整公布), or the
// day data was collected (数据保存).
type Duty struct {
	Obligation Obligation `rule:"obligation"` // "" is not stated
	From       rules.Date `rule:"event_date"` // the zero Date is not stated
}

// Trip is a ride-hailing trip's two ends (起讫点) against the licensed
// operating area (许可的经营区域). Both ends are facts the clause judges the
// trip by ((十九)): nil is not stated, and the trip is then reported with
// the end missing, never judged as if it lay outside the area.
type Trip struct {
	OriginInArea      *bool `rule:"origin_in_area"`      // the origin (起点) is inside the licensed area
	DestinationInArea *bool `rule:"destination_in_area"` // the destination (讫点) is inside the licensed area
}

// CarpoolRide is one private carpool ride (私人小客车合乘) as clause (二十六)
// regulates it.
//
// PublishedInAdvance, VehicleLicence and AnnualInspection are premises the
// clause requires of every ride ((二十六)1, 4): nil is not stated, and the
// ride is then reported with the fact missing, never judged as if the
// answer were no.
type CarpoolRide struct {
	PublishedInAdvance *bool `rule:"published_in_advance"` // 通过合乘信息服务平台预先发布驾车出行信息
	// Fee is the yuan the driver and the platform receive for the ride
	// from all riders: zero for a free ride (免费互助), nil when not
	// stated — then the fee is missing, never taken as free.
	Fee               *decimal.Decimal `rule:"fee"`
	Distance          decimal.Decimal  `rule:"distance"`            // km of the ride
	TaxiFarePerKm     decimal.Decimal  `rule:"taxi_fare_per_km"`    // 巡游出租汽车每公里里程运价, yuan per km (the local fare, an input)
	PaidRidesOfCar    int              `rule:"paid_rides_car"`      // cost-shared rides of the car that day, this one included
	PaidRidesOfDriver int              `rule:"paid_rides_provider"` // cost-shared rides of the driver (合乘服务提供者) that day, this one included
	VehicleLicence    *bool            `rule:"vehicle_licence"`     // 取得公安部门核发的《机动车行驶证》
	AnnualInspection  *bool            `rule:"annual_inspection"`   // 年检合格
	// ProviderReview is the platform's review of the provider against
	// the conditions of clause (十五) ((二十六)4); "" is not stated.
	ProviderReview Review `rule:"provider_review"`
}

// VehicleEligibility is whether a vehicle meets the conditions of clause
// (十) for the transport certificate. Its Outcome says so (Eligible) and
// gives every condition failed, each with its item of the clause and the
// values that decided it (Failed, FailedNames), and the evaluation's
// citations and explanation (Result), when asked.
type VehicleEligibility struct {
	rules.Outcome[Application]
}

// DriverEligibility is whether a driver meets the conditions of clause
// (十五); its Outcome is read as [VehicleEligibility]'s.
type DriverEligibility struct {
	rules.Outcome[Driver]
}

// CrossAreaCheck is whether a trip may be served (十九); its Outcome is read
// as [VehicleEligibility]'s.
type CrossAreaCheck struct {
	rules.Outcome[Trip]
}

// CertificateTerm is the longest term of a transport certificate.
type CertificateTerm struct {
	LatestExpiry rules.Date `rule:"latest_expiry"` // the latest last day of validity
	PastTerm     bool       `rule:"past_term"`     // the evaluation date is after it
	rules.Outcome[Vehicle]
}

// RetirementStatus is whether a ride-hailing vehicle must leave service.
type RetirementStatus struct {
	MustLeave      bool        `rule:"must_leave"`
	Disposition    Disposition `rule:"outcome"`          // what clause (三十三) makes of the vehicle
	ServiceLastDay rules.Date  `rule:"service_last_day"` // last day of service by years of use
	rules.Outcome[InService]
}

// LicencePeriod is the term of a platform operating licence.
type LicencePeriod struct {
	LastDay rules.Date `rule:"last_day"` // 经营期限届满日
	InTerm  bool       `rule:"in_term"`  // the evaluation date is within the term
	rules.Outcome[PlatformLicence]
}

// Deadline is the date a platform obligation falls due.
type Deadline struct {
	Date  rules.Date `rule:"date"`
	Bound Bound      `rule:"bound"` // NoLaterThan: act on or before Date; NoEarlierThan: Date is the first allowed day
	rules.Outcome[Duty]
}

// CarpoolCheck is the compliance of a carpool ride: its Outcome is
// eligible when the ride complies, and gives the conditions failed (Failed,
// FailedNames) and the evaluation (Result).
type CarpoolCheck struct {
	Free     bool            `rule:"free"`       // 免费互助: nothing was received
	MaxFee   decimal.Decimal `rule:"max_fee"`    // the most the ride may receive, rounded down to the fen
	CapPerKm decimal.Decimal `rule:"cap_per_km"` // the most per km: 50% of the taxi per-km fare
	// The figures are zero when the ride does not comply (the rule yields
	// no figures then); the failed condition carries the values instead.
	rules.Outcome[CarpoolRide]
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

// Default returns the evaluator over the measures' own book, [Book].
func Default() *Evaluator { return std() }

// Evaluator evaluates the measures' rules with a given book: the measures'
// own ([Default]), or one derived from it ([NewEvaluator]). It is safe for
// concurrent use.
type Evaluator struct {
	book        *rules.Book
	vehicle     *rules.Binding[Application, VehicleEligibility]
	certificate *rules.Binding[Vehicle, CertificateTerm]
	retire      *rules.Binding[InService, RetirementStatus]
	driver      *rules.Binding[Driver, DriverEligibility]
	licence     *rules.Binding[PlatformLicence, LicencePeriod]
	due         *rules.Binding[Duty, Deadline]
	area        *rules.Binding[Trip, CrossAreaCheck]
	carpool     *rules.Binding[CarpoolRide, CarpoolCheck]
}

// NewEvaluator returns an evaluator over b, which must hold the measures'
// rules with their inputs (the book of [Book], or one derived from it).
func NewEvaluator(b *rules.Book) (*Evaluator, error) {
	p := &rules.Preparer{Book: b}
	e := &Evaluator{
		book:        b,
		vehicle:     rules.BindWith[Application, VehicleEligibility](p, RuleVehicleEligibility),
		certificate: rules.BindWith[Vehicle, CertificateTerm](p, RuleCertificateExpiry),
		retire:      rules.BindWith[InService, RetirementStatus](p, RuleRetirement),
		driver:      rules.BindWith[Driver, DriverEligibility](p, RuleDriverEligibility),
		licence:     rules.BindWith[PlatformLicence, LicencePeriod](p, RuleLicenceTerm),
		due:         rules.BindWith[Duty, Deadline](p, RuleDeadlines),
		area:        rules.BindWith[Trip, CrossAreaCheck](p, RuleCrossArea),
		carpool:     rules.BindWith[CarpoolRide, CarpoolCheck](p, RuleCarpool),
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

// VehicleEligibility (网约车车辆条件) says whether a vehicle meets the
// conditions of clause (十) for the transport certificate, on an application
// made on the date a.Applied: eligible, or every condition it fails, each
// with its item of the clause and the values that decided it. The measures
// govern applications made while they are in force (2022-05-01 to
// 2032-04-30); the date on is "as of" and may be later. A new car may be
// registered after its application ((十一), (十二)4).
func (e *Evaluator) VehicleEligibility(on rules.Date, a Application) (res VehicleEligibility, err error) {
	err = e.vehicle.EvalInto(on, &a, &res)
	return res, err
}

// CertificateExpiry (网约车运输证有效期) returns the latest last day of a
// transport certificate for the vehicle: the 8th anniversary of its first
// registration (十三); the vehicle's other facts are not read.
func (e *Evaluator) CertificateExpiry(on rules.Date, v Vehicle) (res CertificateTerm, err error) {
	err = e.certificate.EvalInto(on, &v, &res)
	return res, err
}

// Retirement (强制报废与退出经营) says whether a ride-hailing vehicle must
// leave service on the date on (三十三): scrapped at 600,000 km, otherwise
// leaving service once 8 years of use from its first registration are
// complete. Mileage is in km.
func (e *Evaluator) Retirement(on rules.Date, s InService) (RetirementStatus, error) {
	r, err := e.retire.Eval(on, s)
	if err != nil {
		return RetirementStatus{}, err
	}
	switch r.Disposition {
	case Scrap, Leave, Continue:
		return r, nil
	}
	return RetirementStatus{}, &rules.Error{Code: rules.CodeEvaluation, Rule: RuleRetirement,
		Msg: "the rule yielded no outcome", MsgZh: "规则未得出处置结果"}
}

// DriverEligibility (网约车驾驶员条件) says whether a driver meets the
// conditions of clause (十五) on the date on: eligible, or every condition
// failed. A record not stated, or points not given, is an error matching
// [rules.ErrInvalidInput] naming the field.
func (e *Evaluator) DriverEligibility(on rules.Date, d Driver) (res DriverEligibility, err error) {
	err = e.driver.EvalInto(on, &d, &res)
	return res, err
}

// LicenceTerm (网络预约出租汽车经营许可证经营期限) returns the last day of a
// platform operating licence — four years from its issue (七) — and whether
// the date on is within it.
func (e *Evaluator) LicenceTerm(on rules.Date, l PlatformLicence) (res LicencePeriod, err error) {
	err = e.licence.EvalInto(on, &l, &res)
	return res, err
}

// PlatformDeadline (网约车平台公司办理期限) returns the deadline of a platform
// obligation counted from the day d.From: the day the network went online
// (公安备案), the day service stops (暂停终止运营报告), the day new fare rules
// take effect (计价规则调整公布), or the day data was collected (数据保存).
func (e *Evaluator) PlatformDeadline(on rules.Date, d Duty) (res Deadline, err error) {
	err = e.due.EvalInto(on, &d, &res)
	return res, err
}

// CrossArea (跨区域经营) says whether a trip may be served (十九): beyond
// the licensed area, one end of it must be inside. Whether each end is
// inside the area (OriginInArea, DestinationInArea) must be stated: nil is
// reported missing, an error matching [rules.ErrInvalidInput] naming the
// end, never a trip refused.
func (e *Evaluator) CrossArea(on rules.Date, t Trip) (res CrossAreaCheck, err error) {
	err = e.area.EvalInto(on, &t, &res)
	return res, err
}

// CarpoolCompliance (私人小客车合乘) says whether a carpool ride keeps to
// clause (二十六): published in advance; per km, no more than 50% of the
// cruising-taxi per-km fare; no more than 4 cost-shared rides a day per car
// and per driver (free rides unlimited); a licensed, inspected car; a
// provider who meets the conditions of clause (十五) on the platform's
// review. Whether the trip was published in advance, whether the car has
// its licence and whether it passed its annual inspection must be stated,
// as must the fee and the review: a fact not stated (nil, "") is an error
// matching [rules.ErrInvalidInput] naming the field, never a ride judged
// non-compliant.
func (e *Evaluator) CarpoolCompliance(on rules.Date, r CarpoolRide) (res CarpoolCheck, err error) {
	err = e.carpool.EvalInto(on, &r, &res)
	return res, err
}
