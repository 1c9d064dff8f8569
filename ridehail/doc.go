// Package ridehail encodes 温政办〔2022〕17号, the Wenzhou implementing
// measures for ride-hailing services (温州市网络预约出租汽车经营服务管理实施
// 细则), in force from 2022-05-01 for 10 years, through 2032-04-30 (三十四).
//
// The measures set the conditions a vehicle must meet for the transport
// certificate (网络预约出租汽车运输证) and a driver for ride-hailing work,
// the certificate's longest term, when a vehicle is scrapped or leaves
// service, the term of a platform's operating licence, the deadlines a
// platform keeps, the rule for trips beyond the licensed area, and the limits
// of private carpooling (私人小客车合乘). Conditions are judged one by one: a
// case that fails gets every failed condition with its clause and the values
// that decided it, never a bare "no".
//
// # Rules
//
//   - [RuleVehicleEligibility] ridehail.vehicle.eligibility — [Evaluator.VehicleEligibility]
//   - [RuleCertificateExpiry] ridehail.vehicle.certificate_expiry — [Evaluator.CertificateExpiry]
//   - [RuleRetirement] ridehail.vehicle.retirement — [Evaluator.Retirement]
//   - [RuleDriverEligibility] ridehail.driver.eligibility — [Evaluator.DriverEligibility]
//   - [RuleLicenceTerm] ridehail.platform.license_term — [Evaluator.LicenceTerm]
//   - [RuleDeadlines] ridehail.platform.deadlines — [Evaluator.PlatformDeadline]
//   - [RuleCrossArea] ridehail.operation.cross_area — [Evaluator.CrossArea]
//   - [RuleCarpool] ridehail.carpool.compliance — [Evaluator.CarpoolCompliance]
//
// Each rule is a method of an [Evaluator]: [Default] is the one over the
// measures' own book, [NewEvaluator] makes one over a book derived from it.
// A method takes the case as a struct whose fields are tagged with the
// rule's input names ([Vehicle], [Application], [InService], [Driver],
// [PlatformLicence], [Duty], [Trip], [CarpoolRide]) and returns a result
// whose fields are tagged with its outputs, bound by name once, when the
// evaluator is made ([rules.Bind]). The result's [rules.Outcome] says
// whether the case meets every condition and names those it fails; it
// gives the failed conditions with their values, citations and explanation
// when asked, by evaluating again; a caller who wants only the verdict or
// the figure never pays for them. Callers that hold a case as data (an HTTP
// adapter, a batch job) can evaluate the book directly with the same inputs
// and get the same result. The package example takes one car through the
// certificate's conditions and its term.
//
// # Reading of the text
//
// Periods follow Civil Code art. 201–202: the day a period counts from (a
// registration, an issue, going online) is not counted, and a period of N
// years ends on the N-th anniversary, which is its last day. So:
//
//   - "初次注册日期至申请时未满4年" (十)3: an application on the 4th
//     anniversary of the first registration is still within 4 years; from
//     the next day it is not.
//   - "最长不超过8年" (十三): the certificate's latest last day is the 8th
//     anniversary of the first registration.
//   - "使用年限达到8年" (三十三): years of use count from the first
//     registration, as in (十三); the vehicle may operate through the 8th
//     anniversary and must leave from the next day. "达到60万千米" includes
//     600,000 km.
//   - "具有3年以上驾驶经历" (十五)1: from the day after the 3rd anniversary
//     of the licence, not on the anniversary itself.
//   - "经营期限为四年" (七): the licence runs through the 4th anniversary of
//     its issue.
//   - "30日内" (八) ends on the 30th day after going online; "提前30日" (九)
//     and "提前15天" (十八)4 mean on or before the 30th (15th) day before;
//     data "保存期限不少于2年" (二十二) is still kept on the 2nd anniversary
//     of its collection and may be deleted from the next day.
//
// The measures govern an application for the transport certificate made
// while they are in force, 2022-05-01 to 2032-04-30 (三十四): the
// application date is checked against that period, and the date of
// evaluation is "as of" — a decision after 2032-04-30 on an application
// made before is still judged under them; an application made before
// 2022-05-01 falls under the repealed trial measures. A new car not yet
// registered may apply ((十二)4) and register its use as 预约出租客运 after
// the review ((十一)), so its first registration may be after the
// application; the plate and the registered use of (十)1 are still
// conditions of the certificate, judged when it is issued ((十三)).
//
// Facts of the past — an application, a first registration, a licence's
// issue — may not be after the date of evaluation.
//
// Item (十)2 "新能源车车辆轴距≥2600mm" requires a new-energy vehicle with a
// wheelbase of at least 2,600 mm; a taxable price of 150,000 yuan or more
// lifts both limits, and the two are judged as separate conditions.
//
// Carpooling (二十六): the fee is what the driver and the platform receive
// for the ride from all riders; per km of the ride it may be at most 50% of
// the cruising-taxi per-km fare, which the caller gives (the measures do not
// state it). The limit of 4 rides a day counts cost-shared rides only, per
// car and per driver, the ride itself included; free rides (nothing
// received) neither count nor are limited. The fee must be stated: an
// unknown fee is not a free ride. The platform reviews the provider against
// the driver conditions of (十五) ((二十六)4); a provider who fails that
// review makes the ride non-compliant.
//
// # Facts not stated
//
// A fact the caller did not state is reported missing, naming the input
// ([rules.ErrInvalidInput]), never read in the driver's favour: each of a
// driver's records is [NoRecord] or [HasRecord] (the zero [Record] is not
// stated), the points of the scoring cycles are a *int, a carpool fee a
// *decimal.Decimal, and the platform's review a [Review].
package ridehail
