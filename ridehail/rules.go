package ridehail

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Measures is 温政办〔2022〕17号, the notice of the Wenzhou municipal
// government office issuing the implementing measures (实施细则) for
// ride-hailing services, in force from 2022-05-01 for 10 years (三十四):
// through 2032-04-30, the first day counted.
// A caller gets a copy, which cites it as well as the package does; no
// caller can change the document for others.
func Measures() rules.Document { return measures }

var measures = rules.Document{
	Number:  "温政办〔2022〕17号",
	Title:   "温州市人民政府办公室关于印发温州市网络预约出租汽车经营服务管理实施细则的通知",
	Issuer:  "温州市人民政府办公室",
	Issued:  rules.MustDate(2022, 3, 4),
	InForce: rules.YearsFrom(rules.MustDate(2022, 5, 1), 10),
	Clauses: `（[一二三四五六七八九十]+）(\d+)?`,
}

// Rule IDs, as in the catalogue.
const (
	RuleVehicleEligibility = "ridehail.vehicle.eligibility"
	RuleCertificateExpiry  = "ridehail.vehicle.certificate_expiry"
	RuleRetirement         = "ridehail.vehicle.retirement"
	RuleDriverEligibility  = "ridehail.driver.eligibility"
	RuleLicenceTerm        = "ridehail.platform.license_term"
	RuleDeadlines          = "ridehail.platform.deadlines"
	RuleCrossArea          = "ridehail.operation.cross_area"
	RuleCarpool            = "ridehail.carpool.compliance"
)

// Units of the measures.
var (
	// Millimetre is the unit of the wheelbase: 毫米 (mm).
	Millimetre = rules.NewUnit("毫米", "mm")
	// Seat is the unit of a vehicle's seats: 座.
	Seat = rules.NewUnit("座", "seat").Plural("seats")
	// Point is the unit of traffic-offence points: 分 (记分).
	Point = rules.NewUnit("分", "point").Plural("points")
	// Ride is the unit of a count of carpool rides: 次.
	Ride = rules.NewUnit("次", "ride").Plural("rides")
	// YuanPerKilometre is the unit of per-km fares: 元/公里.
	YuanPerKilometre = rules.Yuan.Per(rules.Kilometre).Label("元/公里", "yuan per km")
)

func cite(clause, quote string) rules.Citation { return measures.Cite(clause, quote) }

func fixed(name string, title rules.Text, unit rules.Unit, value string, c rules.Citation) rules.Param {
	return rules.Fixed(name, title, unit, value, c)
}

// floor marks a parameter as a floor (≥, 不低于, 以上): a derived book may
// only raise it.
func floor(p rules.Param) rules.Param {
	p.Floor = true
	return p
}

// capped marks a parameter as a cap (≤, 不超过, 以下): a derived book may
// only lower it.
func capped(p rules.Param) rules.Param {
	p.Cap = true
	return p
}

// byObligation is a table with one row per obligation, each row citing its
// own clause, so an evaluation cites only the clause of the obligation it
// computes.
func byObligation(name string, title rules.Text, unit rules.Unit, rows ...rules.Row) rules.Param {
	return rules.Param{Name: name, Title: title, Unit: unit,
		History: []rules.Dated{{Value: rules.Table{Rows: rows}, Cite: rows[0].Cite}}}
}

func row(o Obligation, value string, c rules.Citation) rules.Row {
	return rules.Row{Keys: []string{string(o)}, Value: decimal.RequireFromString(value), Cite: c}
}

// Quotes the rules rest on, word for word from the text.
const (
	quoteVehicle      = "申请《网络预约出租汽车运输证》的车辆，应符合以下条件"
	quoteVehicleClass = "本市号牌车辆，登记车辆使用性质为“预约出租客运”的7座及以下乘用车（微型面包车除外）"
	quoteWheelbase    = "新能源车车辆轴距≥2600mm"
	quotePrice        = "车辆购置的计税价格≥15万元的不受车辆轴距、燃料种类参数限制"
	quoteAge          = "车辆行驶证载明的初次注册日期至申请时未满4年"
	quoteSafety       = "车辆技术性能符合运营安全相关标准要求"
	quoteDevices      = "安装具有行驶记录功能的车辆卫星定位装置、应急报警装置和音视频监控设备"
	quoteCertificate  = "有效期与车辆使用年限挂钩，自车辆行驶证载明的初次注册日期起，最长不超过8年"
	quoteScrap        = "网约车行驶里程达到60万千米时强制报废"
	quoteServiceLife  = "行驶里程未达到60万千米但使用年限达到8年时，退出网约车经营"
	quoteDriver       = "网约车驾驶员应当符合以下条件"
	quoteLicenceExp   = "取得相应准驾车型机动车驾驶证并具有3年以上驾驶经历"
	quoteRecords      = "无交通肇事犯罪、危险驾驶犯罪记录，无吸毒记录，无饮酒后驾驶记录"
	quotePoints       = "最近连续3个记分周期内没有记满12分记录"
	quoteViolent      = "无暴力犯罪记录"
	quoteLicenceTerm  = "本市《网络预约出租汽车经营许可证》的经营期限为四年"
	quoteFiling       = "网约车平台公司应当自网络正式联通之日起30日内，到网约车平台公司管理运营机构所在地的省级人民政府公安机关指定的受理机关办理备案手续"
	quoteStop         = "网约车平台公司暂停或者终止运营的，应当提前30日向市交通运输主管部门书面报告"
	quoteFare         = "计价规则调整时，应当提前15天在网约车平台上向社会公布"
	quoteRetention    = "所采集的个人信息和生成的业务数据，应当在中国内地存储和使用，保存期限不少于2年"
	quoteCrossArea    = "网约车应当在许可的经营区域内从事经营活动，超出许可的经营区域的，起讫点一端应当在许可的经营区域内"
	quoteCarpool      = "私人小客车合乘应当遵守以下规定"
	quotePublish      = "由合乘服务提供者通过合乘信息服务平台预先发布驾车出行信息"
	quoteFareShare    = "合乘服务提供者和合乘信息服务平台收到的每公里费用总额，不得超过巡游出租汽车每公里里程运价的50%"
	quoteDailyRides   = "每辆私人小客车或每个合乘服务提供者累计每日提供合乘服务不得超过4次"
	quoteFreeRides    = "免费互助合乘的，合乘服务提供者每日提供合乘服务次数不受限制"
	quoteCarpoolCar   = "车辆应取得公安部门核发的《机动车行驶证》且年检合格"
	quoteCarpoolCheck = "合乘信息服务平台应参照本实施细则第十五条规定的条件，对合乘服务提供者以及车辆相关信息进行审查"
	quoteInForce      = "本实施细则自2022年5月1日起施行，有效期为10年"
)

// spec is the measures as rules.
func spec() rules.Spec {
	params := []rules.Param{
		capped(fixed("max_seats", rules.T("乘用车座位数上限", "most seats of the passenger car"), Seat, "7",
			cite("（十）1", quoteVehicleClass))),
		floor(fixed("min_wheelbase", rules.T("新能源车轴距下限", "least wheelbase of a new-energy vehicle"), Millimetre, "2600",
			cite("（十）2", quoteWheelbase))),
		floor(fixed("price_exemption", rules.T("不受轴距、燃料种类限制的计税价格", "taxable price from which wheelbase and fuel type are free"), rules.Yuan, "150000",
			cite("（十）2", quotePrice))),
		capped(fixed("max_vehicle_age", rules.T("申请时车辆注册年限上限（未满）", "years since first registration the vehicle must not yet have completed"), rules.Year, "4",
			cite("（十）3", quoteAge))),
		capped(fixed("certificate_max_years", rules.T("运输证有效期最长年限", "longest term of the transport certificate"), rules.Year, "8",
			cite("（十三）", quoteCertificate))),
		capped(fixed("scrap_mileage", rules.T("强制报废行驶里程", "mileage of forced scrapping"), rules.Kilometre, "600000",
			cite("（三十三）", quoteScrap))),
		capped(fixed("service_life", rules.T("网约车使用年限", "years of use in ride-hailing service"), rules.Year, "8",
			cite("（三十三）", quoteServiceLife))),
		floor(fixed("min_driving_years", rules.T("驾驶经历年限", "years of driving experience"), rules.Year, "3",
			cite("（十五）1", quoteLicenceExp))),
		capped(fixed("full_points", rules.T("记满分值", "points that fill a scoring cycle"), Point, "12",
			cite("（十五）2", quotePoints))),
		fixed("licence_term", rules.T("网约车经营许可证经营期限", "term of the platform operating licence"), rules.Year, "4",
			cite("（七）", quoteLicenceTerm)),
		capped(byObligation("within_days", rules.T("办理期限（日内）", "days within which to act"), rules.Day,
			row(PublicSecurityFiling, "30", cite("（八）", quoteFiling)))),
		floor(byObligation("advance_days", rules.T("提前天数", "days in advance"), rules.Day,
			row(StopReport, "30", cite("（九）", quoteStop)),
			row(FareRuleNotice, "15", cite("（十八）4", quoteFare)))),
		floor(byObligation("retention_years", rules.T("数据保存期限", "retention period"), rules.Year,
			row(DataRetention, "2", cite("（二十二）", quoteRetention)))),
		capped(fixed("carpool_fare_share", rules.T("合乘每公里费用占巡游出租汽车每公里里程运价的比例上限", "highest share of the taxi per-km fare a carpool may receive per km"), rules.Percent, "0.5",
			cite("（二十六）2", quoteFareShare))),
		{Name: "measures_first_day", Title: rules.T("本实施细则施行之日", "first day of the measures"),
			History: []rules.Dated{{Value: measures.InForce.From, Cite: cite("（三十四）", quoteInForce)}}},
		{Name: "measures_last_day", Title: rules.T("本实施细则有效期最后一日", "last day of the measures"),
			History: []rules.Dated{{Value: measures.InForce.To, Cite: cite("（三十四）", quoteInForce)}}},
		capped(fixed("carpool_daily_rides", rules.T("每日分摊费用合乘次数上限", "most cost-shared carpool rides a day"), Ride, "4",
			cite("（二十六）3", quoteDailyRides))),
	}
	return rules.Spec{
		Params: params,
		Rules: []rules.Rule{
			vehicleEligibility(), certificateExpiry(), retirement(), driverEligibility(),
			licenceTerm(), deadlines(), crossArea(), carpool(),
		},
	}
}

func flag(name, zh, en string) rules.Input { return rules.FlagInput(name, rules.T(zh, en)) }

// record is the input of a driver's record of one kind: 无记录 or 有记录,
// with no default, so a record not stated is missing.
func record(name, zh, en string) rules.Input {
	return rules.ChoiceInput(name, rules.T(zh, en), Records()...)
}

func cond(name, zh, en, expr string, c rules.Citation) rules.Condition {
	return rules.Condition{Name: name, Text: rules.T(zh, en), Expr: expr, Cite: c}
}

var firstRegistration = rules.DateInput("first_registration",
	rules.T("车辆行驶证载明的初次注册日期", "first registration date on the vehicle licence"))

// notFuture is the check that a date of the case is not after the
// evaluation date.
func notFuture(field, zh, en string) rules.Check {
	return rules.Check{Field: field, Text: rules.T(zh, en), Expr: field + " <= eval_date"}
}

func vehicleEligibility() rules.Rule {
	c1, c2 := cite("（十）1", quoteVehicleClass), cite("（十）2", quotePrice)
	return rules.Rule{
		ID:    RuleVehicleEligibility,
		Title: rules.T("申请网约车运输证的车辆条件", "vehicle conditions for the ride-hailing transport certificate"),
		Cite:  cite("（十）", quoteVehicle),
		// The application is judged under the measures in force when it is
		// made (application_in_period); the evaluation date is "as of", so a
		// decision after 2032-04-30 on an application made before is still
		// evaluated.
		InForce: rules.Since(measures.InForce.From),
		Inputs: []rules.Input{
			flag("wenzhou_plate", "本市号牌车辆", "vehicle with a Wenzhou plate"),
			flag("ride_hailing_use", "登记车辆使用性质为“预约出租客运”", "registered use is 预约出租客运 (booked taxi service)"),
			rules.ChoiceInput("vehicle_type", rules.T("车辆类型", "vehicle type"), VehicleTypes()...),
			rules.CountInput("seats", rules.T("座位数", "seats"), Seat, rules.Range{Lo: rules.Incl("1")}),
			flag("new_energy", "新能源车", "new-energy vehicle"),
			rules.NumberInput("wheelbase", rules.T("车辆轴距", "wheelbase"), Millimetre, rules.Range{Lo: rules.Excl("0")}),
			rules.NumberInput("taxable_price", rules.T("车辆购置的计税价格", "taxable purchase price"), rules.Yuan, rules.Range{Lo: rules.Excl("0")}),
			firstRegistration,
			rules.DateInput("application_date", rules.T("申请日期", "date of application")),
			flag("safety_standards", "车辆技术性能符合运营安全相关标准要求", "technical condition meets the operating-safety standards"),
			flag("satellite_positioning", "安装具有行驶记录功能的车辆卫星定位装置", "satellite positioning unit with a driving-record function installed"),
			flag("emergency_alarm", "安装应急报警装置", "emergency alarm installed"),
			flag("audio_video_monitoring", "安装音视频监控设备", "audio-video monitoring installed"),
		},
		Defs: []rules.Def{{Name: "age_last_day", Title: rules.T("未满4年的最后一日（注册日4年后的对应日）", "last day short of the age limit (the anniversary)"),
			Expr: "add_years(first_registration, max_vehicle_age)"}},
		Checks: []rules.Check{
			notFuture("application_date", "申请日期不晚于评估日期", "the application is made on or before the evaluation date"),
			notFuture("first_registration", "初次注册日期不晚于评估日期", "the first registration is on or before the evaluation date"),
		},
		Require: []rules.Condition{
			cond("application_in_period", "在本实施细则施行期间（2022年5月1日起10年）提出申请",
				"the application is made while the measures are in force (10 years from 2022-05-01)",
				"application_date >= measures_first_day && application_date <= measures_last_day", cite("（三十四）", quoteInForce)),
			cond("wenzhou_plate", "本市号牌车辆", "a vehicle with a Wenzhou plate", "wenzhou_plate", c1),
			cond("ride_hailing_use", "登记车辆使用性质为“预约出租客运”", "registered use is 预约出租客运", "ride_hailing_use", c1),
			cond("passenger_car", "乘用车", "a passenger car", `vehicle_type != "非乘用车"`, c1),
			cond("not_micro_van", "微型面包车除外", "not a micro van", `vehicle_type != "微型面包车"`, c1),
			cond("seats", "7座及以下", "7 seats or fewer", "seats <= max_seats", c1),
			cond("fuel_type", "新能源车；车辆购置的计税价格≥15万元的不受燃料种类限制",
				"a new-energy vehicle, unless the taxable price is 150,000 yuan or more",
				"new_energy || taxable_price >= price_exemption", c2),
			cond("wheelbase", "车辆轴距≥2600mm；车辆购置的计税价格≥15万元的不受轴距限制",
				"wheelbase of 2,600 mm or more, unless the taxable price is 150,000 yuan or more",
				"wheelbase >= min_wheelbase || taxable_price >= price_exemption", c2),
			cond("age", "初次注册日期至申请时未满4年", "less than 4 years from first registration to the application",
				"application_date <= age_last_day", cite("（十）3", quoteAge)),
			cond("safety_standards", "车辆技术性能符合运营安全相关标准要求", "technical condition meets the operating-safety standards",
				"safety_standards", cite("（十）4", quoteSafety)),
			cond("satellite_positioning", "安装具有行驶记录功能的车辆卫星定位装置", "a satellite positioning unit with a driving-record function",
				"satellite_positioning", cite("（十）5", quoteDevices)),
			cond("emergency_alarm", "安装应急报警装置", "an emergency alarm", "emergency_alarm", cite("（十）5", quoteDevices)),
			cond("audio_video_monitoring", "安装音视频监控设备", "audio-video monitoring", "audio_video_monitoring", cite("（十）5", quoteDevices)),
		},
		Reading: rules.T(
			"各项条件逐一判断，不符合的全部列出。“新能源车车辆轴距≥2600mm”要求新能源车且轴距≥2600mm，计税价格≥15万元（含）的两项均不受限制。"+
				"“未满4年”按民法典第二百零一条、第二百零二条计算：注册当日不计入，4年后的对应日为期间最后一日，当日申请仍未满4年；次日起已满4年。"+
				"适用本实施细则的是施行期间（2022年5月1日至2032年4月30日）提出的申请，以申请日期判断（第三十四条；此前的申请适用已废止的试行细则）；评估日期为“截至”之日，可晚于有效期。"+
				"新购置尚未注册登记上牌的车辆可以申请（第十二条4），经审查合格后再登记使用性质为“预约出租客运”（第十一条），故初次注册日期可晚于申请日期（此时申请时未满4年）；"+
				"但第十条1的号牌和使用性质仍是发放运输证的条件（第十三条“对符合条件的车辆，发放”），本规则按发证时的事实判断，尚未登记的不予通过。",
			"Every condition is judged and every failure listed. Item 2 requires a new-energy vehicle with a wheelbase of at least 2,600 mm; "+
				"a taxable price of 150,000 yuan or more (inclusive) lifts both limits. \"Less than 4 years\" follows Civil Code art. 201–202: "+
				"the registration day is not counted and the 4th anniversary is the last day of the period, so an application on the anniversary "+
				"is still within 4 years; from the next day the 4 years are complete. The measures govern applications made while they are in "+
				"force (2022-05-01 to 2032-04-30), judged by the application date (clause 34; earlier applications fall under the repealed "+
				"trial measures); the evaluation date is \"as of\" and may be later. A new car not yet registered may apply (clause 12 item 4) "+
				"and registers its use as 预约出租客运 after the review (clause 11), so the first registration may be after the application "+
				"(then it is under 4 years at the application); but item 1's plate and registered use remain conditions of the certificate "+
				"(clause 13: issued to vehicles that meet the conditions), and this rule judges the facts when it is issued: a car not yet "+
				"registered does not pass."),
	}
}

func certificateExpiry() rules.Rule {
	return rules.Rule{
		ID:     RuleCertificateExpiry,
		Title:  rules.T("网约车运输证最长有效期", "longest term of the ride-hailing transport certificate"),
		Cite:   cite("（十三）", quoteCertificate),
		Inputs: []rules.Input{firstRegistration},
		Checks: []rules.Check{notFuture("first_registration", "初次注册日期不晚于评估日期", "the first registration is on or before the evaluation date")},
		Outputs: []rules.Output{
			{Name: "latest_expiry", Title: rules.T("运输证有效期最迟届满日", "latest last day of the certificate"),
				Expr: "add_years(first_registration, certificate_max_years)"},
			{Name: "past_term", Title: rules.T("评估日已超过最长有效期", "the evaluation date is past the longest term"),
				Expr: "eval_date > add_years(first_registration, certificate_max_years)"},
		},
		Reading: rules.T(
			"自初次注册日期起算，注册当日不计入（民法典第二百零一条），8年后的对应日为有效期最迟的最后一日（第二百零二条）；"+
				"2月29日注册的，对应日为2月28日。运输证可短于此期限，本规则只给出上限。",
			"Counted from the first registration, the registration day not counted (Civil Code art. 201); the 8th anniversary is the latest "+
				"last day of the certificate (art. 202); a registration on 29 February maps to 28 February. A certificate may be shorter; "+
				"the rule gives the limit."),
	}
}

func retirement() rules.Rule {
	return rules.Rule{
		ID:    RuleRetirement,
		Title: rules.T("网约车强制报废与退出经营", "forced scrapping and exit from ride-hailing service"),
		Cite:  cite("（三十三）", quoteScrap),
		Inputs: []rules.Input{
			firstRegistration,
			rules.NumberInput("mileage", rules.T("行驶里程", "mileage"), rules.Kilometre, rules.Range{Lo: rules.Incl("0")}),
		},
		Defs: []rules.Def{
			{Name: "service_last_day", Title: rules.T("使用年限8年届满之日", "last day of the 8 years of use"),
				Expr: "add_years(first_registration, service_life)"},
			{Name: "mileage_reached", Title: rules.T("行驶里程达到60万千米", "mileage has reached 600,000 km"),
				Expr: "mileage >= scrap_mileage"},
			{Name: "age_reached", Title: rules.T("使用年限达到8年", "8 years of use are complete"),
				Expr: "eval_date > service_last_day"},
		},
		Checks: []rules.Check{notFuture("first_registration", "初次注册日期不晚于评估日期", "the first registration is not after the evaluation date")},
		Labels: rules.Choices(Dispositions()...),
		Outputs: []rules.Output{
			{Name: "must_leave", Title: rules.T("须退出网约车经营", "must leave ride-hailing service"),
				Expr: "mileage_reached || age_reached"},
			{Name: "outcome", Title: rules.T("处理", "outcome"),
				Expr: `mileage_reached ? "强制报废" : (age_reached ? "退出网约车经营" : "继续经营")`},
			{Name: "service_last_day", Title: rules.T("按使用年限可经营的最后一日", "last day of service by years of use"),
				Expr: "service_last_day", Cite: cite("（三十三）", quoteServiceLife)},
		},
		Reading: rules.T(
			"行驶里程达到60万千米（含本数）的强制报废；未达到的，使用年限自初次注册日期起算（与第十三条一致），注册当日不计入，"+
				"8年后的对应日为最后一日，次日起使用年限达到8年，须退出网约车经营。",
			"At 600,000 km or more (inclusive) the vehicle is scrapped. Below that, years of use run from the first registration "+
				"(as in clause 13), the registration day not counted; the 8th anniversary is the last day, and from the next day the 8 years "+
				"are complete and the vehicle must leave ride-hailing service."),
	}
}

func driverEligibility() rules.Rule {
	c1, c2 := cite("（十五）1", quoteLicenceExp), cite("（十五）2", quoteRecords)
	return rules.Rule{
		ID:    RuleDriverEligibility,
		Title: rules.T("网约车驾驶员条件", "ride-hailing driver conditions"),
		Cite:  cite("（十五）", quoteDriver),
		Inputs: []rules.Input{
			flag("licence_class", "取得相应准驾车型机动车驾驶证", "holds a driving licence of the class for the vehicle"),
			rules.DateInput("licence_date", rules.T("初次领取机动车驾驶证日期", "date the driving licence was first obtained")),
			record("traffic_accident_crime", "交通肇事犯罪记录", "traffic-accident crime record"),
			record("dangerous_driving_crime", "危险驾驶犯罪记录", "dangerous-driving crime record"),
			record("drug_record", "吸毒记录", "drug-use record"),
			record("drink_driving_record", "饮酒后驾驶记录", "drink-driving record"),
			rules.CountInput("highest_cycle_points", rules.T("最近连续3个记分周期内单个周期的最高累积记分", "highest points total of any of the last 3 consecutive scoring cycles"),
				Point, rules.Range{Lo: rules.Incl("0")}),
			record("violent_crime", "暴力犯罪记录", "violent-crime record"),
		},
		Defs: []rules.Def{{Name: "experience_last_day", Title: rules.T("驾驶经历满3年的届满日", "last day of the first 3 years of driving"),
			Expr: "add_years(licence_date, min_driving_years)"}},
		Checks: []rules.Check{notFuture("licence_date", "初次领证日期不晚于评估日期", "the licence was obtained on or before the evaluation date")},
		Require: []rules.Condition{
			cond("licence_class", "取得相应准驾车型机动车驾驶证", "a driving licence of the class for the vehicle", "licence_class", c1),
			cond("driving_experience", "具有3年以上驾驶经历", "3 years or more of driving experience", "eval_date > experience_last_day", c1),
			cond("no_traffic_accident_crime", "无交通肇事犯罪记录", "no traffic-accident crime record", `traffic_accident_crime == "无记录"`, c2),
			cond("no_dangerous_driving_crime", "无危险驾驶犯罪记录", "no dangerous-driving crime record", `dangerous_driving_crime == "无记录"`, c2),
			cond("no_drug_record", "无吸毒记录", "no drug-use record", `drug_record == "无记录"`, c2),
			cond("no_drink_driving_record", "无饮酒后驾驶记录", "no drink-driving record", `drink_driving_record == "无记录"`, c2),
			cond("points", "最近连续3个记分周期内没有记满12分记录", "no scoring cycle with 12 points in the last 3 consecutive cycles",
				"highest_cycle_points < full_points", cite("（十五）2", quotePoints)),
			cond("no_violent_crime", "无暴力犯罪记录", "no violent-crime record", `violent_crime == "无记录"`, cite("（十五）3", quoteViolent)),
		},
		Reading: rules.T(
			"驾驶经历自初次领取驾驶证之日起算，当日不计入（民法典第二百零一条），3年后的对应日为第3年的最后一日，次日起具有3年驾驶经历（“以上”含本数）。"+
				"记分以最近连续3个记分周期中单个周期的最高累积记分判断，达到12分即为“记满”。条件在评估日判断。"+
				"各项记录须说明“无记录”或“有记录”，未说明的按缺少输入处理，不视为无记录。",
			"Driving experience runs from the day the licence was first obtained, that day not counted (Civil Code art. 201); the 3rd "+
				"anniversary is the last day of the third year, and from the next day the driver has 3 years (以上 includes 3). Points: the "+
				"highest total of any of the last 3 consecutive scoring cycles; 12 or more fills a cycle. Conditions are judged on the evaluation date. "+
				"Each record is stated as 无记录 (none) or 有记录 (has one): a record not stated is missing, never taken as clean."),
	}
}

func licenceTerm() rules.Rule {
	return rules.Rule{
		ID:     RuleLicenceTerm,
		Title:  rules.T("网络预约出租汽车经营许可证经营期限", "term of the ride-hailing platform operating licence"),
		Cite:   cite("（七）", quoteLicenceTerm),
		Inputs: []rules.Input{rules.DateInput("issue_date", rules.T("许可证核发日期", "date the licence was issued"))},
		Defs: []rules.Def{{Name: "last_day", Title: rules.T("经营期限届满日", "last day of the term"),
			Expr: "add_years(issue_date, licence_term)"}},
		Checks: []rules.Check{notFuture("issue_date", "许可证核发日期不晚于评估日期", "the licence was issued on or before the evaluation date")},
		Outputs: []rules.Output{
			{Name: "last_day", Title: rules.T("经营期限届满日", "last day of the term"), Expr: "last_day"},
			{Name: "in_term", Title: rules.T("评估日在经营期限内", "the evaluation date is within the term"),
				Expr: "eval_date <= last_day"},
		},
		Reading: rules.T(
			"经营期限自核发之日起算，核发当日不计入（民法典第二百零一条），4年后的对应日为届满日（第二百零二条）。",
			"The term runs from the day of issue, that day not counted (Civil Code art. 201); it ends on the 4th anniversary of the issue (art. 202)."),
	}
}

func deadlines() rules.Rule {
	return rules.Rule{
		ID:    RuleDeadlines,
		Title: rules.T("网约车平台公司办理期限", "deadlines of a ride-hailing platform"),
		Cite:  cite("（八）", quoteFiling),
		Inputs: []rules.Input{
			rules.ChoiceInput("obligation", rules.T("事项", "obligation"), Obligations()...),
			rules.DateInput("event_date", rules.T("起算日（网络正式联通、暂停或终止运营、新计价规则施行、信息采集或数据生成之日）",
				"day the period counts from (going online; stopping service; new fare rules taking effect; collecting the data)")),
		},
		Labels: rules.Choices(NoLaterThan, NoEarlierThan),
		Outputs: []rules.Output{
			{Name: "date", Title: rules.T("期限日", "deadline"),
				Expr: `obligation == "公安备案" ? add_days(event_date, within_days[obligation]) : ` +
					`(obligation == "数据保存" ? add_days(add_years(event_date, retention_years[obligation]), 1) : ` +
					`add_days(event_date, -advance_days[obligation]))`},
			{Name: "bound", Title: rules.T("期限性质", "kind of deadline"),
				Expr: `obligation == "数据保存" ? "不早于" : "不晚于"`},
		},
		Reading: rules.T(
			"按民法典第二百零一条、第二百零二条：起算日当日不计入。公安备案：网络正式联通之日起30日内，最迟为联通日后第30日；"+
				"暂停或终止运营：提前30日书面报告，最迟为停运日前第30日（同句的通告车辆所有人和驾驶员、向社会公告一并按此）；"+
				"计价规则调整：提前15天公布，最迟为新规则施行日前第15日；数据保存：自采集或生成之日起保存不少于2年，2年后的对应日仍须保存，"+
				"最早自其次日起方可删除。输出的“不晚于”为最迟办理日，“不早于”为最早删除日。",
			"Civil Code art. 201–202: the day the period counts from is not counted. Public-security filing within 30 days of going online: "+
				"at the latest the 30th day after. Suspending or stopping service: written report 30 days ahead, at the latest the 30th day "+
				"before the stop (the notices to owners, drivers and the public in the same sentence read the same). Fare-rule changes announced "+
				"15 days ahead: at the latest the 15th day before they take effect. Data kept at least 2 years from collection: still kept on "+
				"the 2nd anniversary, deletable from the next day. \"不晚于\" is the latest day to act; \"不早于\" the earliest day to delete."),
	}
}

func crossArea() rules.Rule {
	return rules.Rule{
		ID:    RuleCrossArea,
		Title: rules.T("网约车跨区域经营", "ride-hailing trips beyond the licensed area"),
		Cite:  cite("（十九）", quoteCrossArea),
		Inputs: []rules.Input{
			flag("origin_in_area", "起点在许可的经营区域内", "origin inside the licensed area"),
			flag("destination_in_area", "讫点在许可的经营区域内", "destination inside the licensed area"),
		},
		Require: []rules.Condition{{Name: "one_end_in_area",
			Text: rules.T("超出许可的经营区域的，起讫点一端应当在许可的经营区域内", "beyond the licensed area, one end of the trip is inside it"),
			Expr: "origin_in_area || destination_in_area"}},
		Reading: rules.T("起讫点均在区域内的为区域内经营；一端在区域内的可以跨区域；两端均在区域外的不得经营。起点、讫点是否在区域内均须说明，未说明的为缺少事实，不当作在区域外。",
			"A trip with both ends inside is within the area; with one end inside it may cross the boundary; with both ends outside it is not allowed. Whether each end is inside must be stated: unstated, it is a missing fact, never read as outside."),
	}
}

func carpool() rules.Rule {
	c3 := cite("（二十六）3", quoteDailyRides)
	return rules.Rule{
		ID:    RuleCarpool,
		Title: rules.T("私人小客车合乘合规", "private carpool compliance"),
		Cite:  cite("（二十六）", quoteCarpool),
		Inputs: []rules.Input{
			flag("published_in_advance", "通过合乘信息服务平台预先发布驾车出行信息", "trip published in advance on a carpool platform"),
			rules.NumberInput("fee", rules.T("合乘服务提供者和合乘信息服务平台收到的费用总额", "total received by the driver and the platform for the ride"),
				rules.Yuan, rules.Range{Lo: rules.Incl("0")}),
			rules.NumberInput("distance", rules.T("合乘里程", "distance of the ride"), rules.Kilometre, rules.Range{Lo: rules.Excl("0")}),
			rules.NumberInput("taxi_fare_per_km", rules.T("巡游出租汽车每公里里程运价", "cruising-taxi per-km fare"), YuanPerKilometre, rules.Range{Lo: rules.Excl("0")}),
			rules.CountInput("paid_rides_car", rules.T("该车当日分摊费用的合乘次数（含本次）", "cost-shared rides of the car that day, this one included"),
				Ride, rules.Range{Lo: rules.Incl("0")}),
			rules.CountInput("paid_rides_provider", rules.T("该合乘服务提供者当日分摊费用的合乘次数（含本次）", "cost-shared rides of the driver that day, this one included"),
				Ride, rules.Range{Lo: rules.Incl("0")}),
			flag("vehicle_licence", "取得公安部门核发的《机动车行驶证》", "vehicle licence issued by public security"),
			flag("annual_inspection", "年检合格", "passed the annual inspection"),
			rules.ChoiceInput("provider_review", rules.T("合乘信息服务平台参照第十五条规定的条件对合乘服务提供者的审查结果",
				"outcome of the platform's review of the provider against the conditions of clause (十五)"), Reviews()...),
		},
		Defs: []rules.Def{
			{Name: "free", Title: rules.T("免费互助合乘", "free ride"), Expr: "fee == 0"},
			{Name: "cap_per_km", Title: rules.T("每公里费用上限", "highest per-km amount"), Expr: "carpool_fare_share * taxi_fare_per_km"},
			{Name: "max_fee", Title: rules.T("本次合乘可收费用上限", "most the ride may receive"), Expr: "cap_per_km * distance"},
		},
		Checks: []rules.Check{
			{Field: "paid_rides_car", Text: rules.T("分摊费用的合乘计入当日次数", "a cost-shared ride counts itself in the day's rides"),
				Expr: "free || paid_rides_car > 0"},
			{Field: "paid_rides_provider", Text: rules.T("分摊费用的合乘计入当日次数", "a cost-shared ride counts itself in the day's rides"),
				Expr: "free || paid_rides_provider > 0"},
		},
		Require: []rules.Condition{
			cond("published_in_advance", "由合乘服务提供者通过合乘信息服务平台预先发布驾车出行信息", "the trip was published in advance on a carpool platform",
				"published_in_advance", cite("（二十六）1", quotePublish)),
			cond("fee_within_share", "每公里费用总额不得超过巡游出租汽车每公里里程运价的50%", "per km, no more than 50% of the cruising-taxi per-km fare",
				"fee <= max_fee", cite("（二十六）2", quoteFareShare)),
			cond("car_daily_rides", "每辆私人小客车每日分摊费用的合乘不超过4次（免费互助不受限制）", "no more than 4 cost-shared rides a day per car (free rides unlimited)",
				"paid_rides_car <= carpool_daily_rides", c3).OnlyWhen("!free"),
			cond("provider_daily_rides", "每个合乘服务提供者每日分摊费用的合乘不超过4次（免费互助不受限制）", "no more than 4 cost-shared rides a day per driver (free rides unlimited)",
				"paid_rides_provider <= carpool_daily_rides", c3).OnlyWhen("!free"),
			cond("vehicle_licence", "车辆取得公安部门核发的《机动车行驶证》", "the car has its vehicle licence", "vehicle_licence", cite("（二十六）4", quoteCarpoolCar)),
			cond("annual_inspection", "车辆年检合格", "the car passed its annual inspection", "annual_inspection", cite("（二十六）4", quoteCarpoolCar)),
			cond("provider_meets_15", "合乘服务提供者符合第十五条规定的条件（合乘信息服务平台参照审查）",
				"the provider meets the conditions of clause (十五), as the platform reviews them",
				`provider_review == "符合"`, cite("（二十六）4", quoteCarpoolCheck)),
		},
		Outputs: []rules.Output{
			{Name: "max_fee", Title: rules.T("本次合乘可收费用上限", "most the ride may receive"), Unit: rules.Yuan,
				Expr: "max_fee", Round: rules.RoundTo(2, rules.Down), Cite: cite("（二十六）2", quoteFareShare)},
			{Name: "cap_per_km", Title: rules.T("每公里费用上限", "highest per-km amount"), Unit: YuanPerKilometre,
				Expr: "cap_per_km", Round: rules.Exact},
			{Name: "free", Title: rules.T("免费互助合乘", "free ride"), Expr: "free",
				Cite: cite("（二十六）3", quoteFreeRides)},
		},
		Reading: rules.T(
			"费用为合乘服务提供者和平台就本次合乘从全部合乘者收到的总额，按里程折算每公里，不超过（含本数）巡游出租汽车每公里里程运价（输入）的50%；"+
				"收到0元的为免费互助。每日4次的上限只计分摊费用的合乘，每辆车和每个合乘服务提供者分别计算，次数含本次；免费互助合乘不计入、不受限制。"+
				"费用上限舍去至分，为不超出上限的最高金额。"+
				"合乘信息服务平台应参照第十五条规定的条件审查合乘服务提供者（第二十六条4）：审查不符合的，合乘不合规；审查结果未说明的按缺少输入处理。",
			"The fee is the total the driver and the platform receive for the ride from all riders; per km of the ride it may be at most "+
				"(inclusive) 50% of the cruising-taxi per-km fare (an input). A ride with nothing received is free. The limit of 4 a day "+
				"counts cost-shared rides only, per car and per driver separately, this ride included; free rides neither count nor are limited. "+
				"The fee cap is rounded down to the fen: the most that stays within it. The platform reviews the provider against the "+
				"conditions of clause (十五) (clause 26 item 4): a provider who does not meet them makes the ride non-compliant; a review "+
				"not stated is a missing input."),
	}
}
