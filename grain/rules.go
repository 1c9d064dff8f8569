package grain

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Plan is 温政办〔2022〕19号, the notice of the general office of the
// Wenzhou municipal government publishing the Wenzhou grain emergency plan
// (《温州市粮食应急预案》). The plan is in force from its issue, 2022-03-08
// (9.3 本预案自印发之日起实施), with no end date.
// A caller gets a copy, which cites it as well as the package does; no
// caller can change the document for others.
func Plan() rules.Document { return plan }

var plan = rules.Document{
	Number:  "温政办〔2022〕19号",
	Title:   "温州市人民政府办公室关于印发温州市粮食应急预案的通知",
	Issuer:  "温州市人民政府办公室",
	Issued:  rules.MustDate(2022, 3, 8),
	InForce: rules.Since(rules.MustDate(2022, 3, 8)),
	Clauses: `通知|[1-9](\.[1-9]){0,2}`,
}

// Rule IDs, as in the catalogue.
const (
	RuleEmergencyLevel    = "grain.emergency.level"
	RuleEmergencyResponse = "grain.emergency.response"
	RuleReportDeadline    = "grain.emergency.report_deadline"
	RuleReserveAdequacy   = "grain.reserve.adequacy"
	RuleSelfSufficiency   = "grain.supply.self_sufficiency"
	RulePriceAlert        = "grain.warning.price_alert"
	RulePlanSchedule      = "grain.plan.schedule"
)

// Units of the plan.
var (
	// Tonne is the unit of grain quantities: 吨.
	Tonne = rules.NewUnit("吨", "t")
	// TonnesPerDay is the unit of daily market supply: 吨/天.
	TonnesPerDay = Tonne.Per(rules.Day).Label("吨/天", "t per day")
	// Kilogram is the unit grain prices are quoted per: 公斤.
	Kilogram = rules.NewUnit("公斤", "kg")
	// YuanPerKilogram is the unit of grain prices and of the price
	// "safety warning line": 元/公斤.
	YuanPerKilogram = rules.Yuan.Per(Kilogram).Label("元/公斤", "yuan per kg")
	// CountyUnits counts the county-level units (县（市、区）) of Wenzhou in
	// which an emergency state appears.
	CountyUnits = rules.NewUnit("个县（市、区）", "county-level units")
	// Townships counts the townships and sub-districts (乡镇（街道）) of one
	// county-level unit in which an emergency state appears.
	Townships = rules.NewUnit("个乡镇（街道）", "townships")
)

// Quotes the rules rest on.
const (
	quoteLevels       = "粮食应急状态分为特别重大、重大、较大、一般四个等级"
	quoteParticularly = "全省范围（包括温州）内出现粮食应急状态，以及超过省政府处置能力和国务院认为需要按照国家级粮食应急状态来对待的情况"
	quoteSerious      = "全省较大范围（包括温州）或省会等大中城市（包括温州）出现粮食应急状态，以及省政府认为需要按照省级粮食应急状态来对待的情况"
	quoteRelatively   = "温州主城区或两个以上县（市、区）出现粮食应急状态，以及市政府认为需要按照市级粮食应急状态来对待的情况"
	quoteGeneral      = "县（市、区）政府所在中心城区或县（市、区）行政区域内两个以上乡镇（街道）出现粮食应急状态，以及县（市、区）政府认为需要按照县级粮食应急状态来对待的情况"
	quoteCityPlan     = "出现粮食较大及以上应急状态时，启动本级预案"
	quoteGradeIV      = "出现一般粮食应急状态时，由县级指挥部办公室报同级人民政府批准后，启动县级预案和Ⅳ级应急响应"
	quoteGradeIII     = "市人民政府批准后，启动本预案和Ⅲ级应急响应"
	quoteGradeII      = "出现重大粮食应急状态时，省级指挥部成立，启动Ⅱ级应急响应，指挥权交由省级指挥部"
	quoteGradeI       = "出现特别重大粮食应急状态时，国家层面指挥部启动Ⅰ级应急响应，指挥具体工作"
	quoteCountyCmd    = "县级指挥部成立，对应急处置行动进行安排部署"
	quoteCityCmd      = "预案启动后，市指挥部统一指挥全市粮食安全应急处置行动"
	quoteReport       = "出现较大粮食应急状态时，市指挥部办公室在接到有关信息报告后，立即向市政府上报有关情况（最迟不超过4个小时）"
	quoteReserve      = "市区成品粮油储备达到15天以上市场供应量，各县（市）达到10天以上市场供应量"
	quoteReserveCity  = "市区成品粮油储备达到15天以上市场供应量"
	quoteReserveCty   = "各县（市）达到10天以上市场供应量"
	quoteSupply       = "粮食产需缺口近150万吨，粮食自给率30%"
	quoteReportRule   = "有下列情形之一的，市、县（市、区）粮食、价格和商务等行政主管部门立即进行调查核实，及时报送本级政府，逐级报至省级主管部门"
	quoteDisaster     = "发生洪涝、地震、干旱、台风、雨雪冰冻以及其他严重自然灾害，造成粮食市场异常波动的"
	quoteHealth       = "发生重大传染性疫情、群体性不明原因疾病、重大食物中毒和职业中毒等突发公共卫生事件，引发公众恐慌，造成粮食市场异常波动的"
	quotePrice        = "粮食价格波动逼近或超过“安全警戒线”"
	quoteOther        = "其他引发粮食市场异常波动的情况"
	quoteWarningLine  = "市粮食和物资储备局会同市发展改革委设立粮食价格“安全警戒线”"
	quoteDrill        = "至少每2年开展1次应急演练或培训"
	quoteRevision     = "原则上每3年牵头组织修订和完善"
	quoteInForce      = "本预案自印发之日起实施。原《温州市粮食应急预案》（温政办〔2018〕111号）同时废止"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// spec is the plan as rules.
func spec() rules.Spec {
	return rules.Spec{
		Params: params(),
		Rules: []rules.Rule{
			levelRule(),
			responseRule(),
			reportRule(),
			reserveRule(),
			supplyRule(),
			priceAlertRule(),
			scheduleRule(),
		},
	}
}

func params() []rules.Param {
	byLevel := func(v [4]string, cites [4]rules.Citation) rules.Table {
		var rows []rules.Row
		for i, l := range Levels() {
			rows = append(rows, rules.Row{Keys: []string{string(l)}, Value: v[i], Cite: cites[i]})
		}
		return rules.Table{Rows: rows}
	}
	gradeCites := [4]rules.Citation{
		plan.Cite("5.5", quoteGradeI), plan.Cite("5.4", quoteGradeII),
		plan.Cite("5.3.1", quoteGradeIII), plan.Cite("5.2.1", quoteGradeIV),
	}
	cmdCites := [4]rules.Citation{
		plan.Cite("5.5", quoteGradeI), plan.Cite("5.4", quoteGradeII),
		plan.Cite("5.3.1", quoteCityCmd), plan.Cite("5.1", quoteCountyCmd),
	}
	var minDays []rules.Row
	for _, l := range Localities() {
		row := rules.Row{Keys: []string{string(l)}, Value: dec("10"), Cite: plan.Cite("4.1", quoteReserveCty)}
		if l == UrbanDistricts {
			row.Value, row.Cite = dec("15"), plan.Cite("4.1", quoteReserveCity)
		}
		minDays = append(minDays, row)
	}
	levelName := func(name string, l Level, clause, quote string) rules.Param {
		return rules.Param{Name: name, Title: rules.T("粮食应急状态等级："+string(l), "name of the level "+string(l)),
			History: []rules.Dated{{Value: string(l), Cite: plan.Cite(clause, quote)}}}
	}
	return []rules.Param{
		levelName("level_particularly_serious", ParticularlySerious, "1.5.1", quoteParticularly),
		levelName("level_serious", Serious, "1.5.2", quoteSerious),
		levelName("level_relatively_serious", RelativelySerious, "1.5.3", quoteRelatively),
		levelName("level_general", General, "1.5.4", quoteGeneral),
		rules.Fixed("city_level_min_counties", rules.T("较大粮食应急状态：出现应急状态的县（市、区）数下限", "relatively serious: least number of county-level units in an emergency state"),
			CountyUnits, "2", plan.Cite("1.5.3", quoteRelatively)),
		rules.Fixed("county_level_min_townships", rules.T("一般粮食应急状态：一个县（市、区）内出现应急状态的乡镇（街道）数下限", "general: least number of townships of one county-level unit in an emergency state"),
			Townships, "2", plan.Cite("1.5.4", quoteGeneral)),
		{Name: "response_grade", Title: rules.T("应急响应级别", "emergency response grade"),
			History: []rules.Dated{{Value: byLevel([4]string{"Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅳ级"}, gradeCites), Cite: plan.Cite("5.3.1", quoteGradeIII)}}},
		{Name: "commander", Title: rules.T("指挥应急处置的指挥部", "command directing the response"),
			History: []rules.Dated{{Value: byLevel([4]string{"国家层面指挥部", "省级指挥部", "市指挥部", "县级指挥部"}, cmdCites), Cite: plan.Cite("5.3.1", quoteCityCmd)}}},
		{Name: "report_hours", Title: rules.T("市指挥部办公室向市政府上报时限", "hours within which the city command office reports to the city government"),
			Unit: rules.Hour, Cap: true, Range: rules.Range{Lo: rules.Excl("0")},
			History: []rules.Dated{{Value: dec("4"), Cite: plan.Cite("5.3.1", quoteReport)}}},
		{Name: "plan_first_day", Title: rules.T("本预案实施之日（印发之日）", "day the plan took effect (its issue)"),
			History: []rules.Dated{{Value: plan.InForce.From, Cite: plan.Cite("9.3", quoteInForce)}}},
		{Name: "reserve_min_days", Title: rules.T("成品粮油储备应达到的市场供应天数", "days of market supply the finished grain and oil reserve must cover"),
			Unit: rules.Day, Floor: true, Range: rules.Range{Lo: rules.Excl("0")},
			History: []rules.Dated{{Value: rules.Table{Rows: minDays}, Cite: plan.Cite("4.1", quoteReserve)}}},
		{Name: "drill_interval", Title: rules.T("应急演练或培训的最长间隔", "longest interval between emergency drills or training"),
			Unit: rules.Year, Cap: true, Range: rules.Range{Lo: rules.Excl("0")},
			History: []rules.Dated{{Value: dec("2"), Cite: plan.Cite("8.1", quoteDrill)}}},
		{Name: "revision_interval", Title: rules.T("预案修订周期", "interval between revisions of the plan"),
			Unit: rules.Year, Cap: true, Range: rules.Range{Lo: rules.Excl("0")},
			History: []rules.Dated{{Value: dec("3"), Cite: plan.Cite("8.2", quoteRevision)}}},
	}
}

// levelInput is the input of a rule that takes an emergency level.
func levelInput() rules.Input {
	return rules.ChoiceInput("level", rules.T("粮食应急状态等级", "level of the grain emergency"), Levels()...)
}

// cityPlanLevels is the condition "较大及以上" (5.1), written once.
const cityPlanLevels = `level in ["特别重大", "重大", "较大"]`

func levelRule() rules.Rule {
	return rules.Rule{
		ID:    RuleEmergencyLevel,
		Title: rules.T("粮食应急状态分级", "level of a grain emergency"),
		Cite:  plan.Cite("1.5", quoteLevels),
		Inputs: []rules.Input{
			rules.ChoiceInput("extent", rules.T("出现粮食应急状态的范围（温州以外）", "extent of the emergency beyond Wenzhou"), Extents()...),
			rules.FlagInput("beyond_province_capacity", rules.T("超过省政府处置能力", "beyond the provincial government's capacity to handle")).Optional(false),
			rules.FlagInput("main_urban_area", rules.T("温州主城区出现粮食应急状态", "emergency state in Wenzhou's main urban area")).Optional(false),
			rules.CountInput("counties", rules.T("出现粮食应急状态的县（市、区）数", "county-level units in an emergency state"), CountyUnits, rules.Range{Lo: rules.Incl("0")}).Optional("0"),
			rules.FlagInput("county_central_urban_area", rules.T("县（市、区）政府所在中心城区出现粮食应急状态", "emergency state in the central urban area of a county-level seat")).Optional(false),
			rules.CountInput("townships", rules.T("一个县（市、区）行政区域内出现粮食应急状态的乡镇（街道）数（取最多者）", "townships of one county-level unit in an emergency state (the most in any one)"), Townships, rules.Range{Lo: rules.Incl("0")}).Optional("0"),
			rules.ChoiceInput("treated_as", rules.T("有关政府认为需要按照哪一级粮食应急状态来对待", "level a government has decided to treat the case as"), Judgements()...).Optional(string(NotJudged)),
		},
		Defs: []rules.Def{
			{Name: "particularly_serious", Title: rules.T("符合特别重大粮食应急状态", "meets the particularly serious level"),
				Expr: `extent == "全省范围" || beyond_province_capacity || treated_as == "国家级"`},
			{Name: "serious", Title: rules.T("符合重大粮食应急状态", "meets the serious level"),
				Expr: `extent in ["全省较大范围", "省会等大中城市"] || treated_as == "省级"`},
			{Name: "relatively_serious", Title: rules.T("符合较大粮食应急状态", "meets the relatively serious level"),
				Expr: `main_urban_area || counties >= city_level_min_counties || treated_as == "市级"`},
			{Name: "general", Title: rules.T("符合一般粮食应急状态", "meets the general level"),
				Expr: `county_central_urban_area || townships >= county_level_min_townships || treated_as == "县级"`},
		},
		Require: []rules.Condition{{Name: "meets_a_level",
			Text: rules.T("出现粮食应急状态的范围达到特别重大、重大、较大或一般四个等级之一", "the scope of the emergency meets one of the four levels"),
			Expr: `particularly_serious || serious || relatively_serious || general`}},
		Labels: rules.Choices(Levels()...),
		Outputs: []rules.Output{{Name: "level", Title: rules.T("粮食应急状态等级", "level of the grain emergency"),
			Expr: "particularly_serious ? level_particularly_serious : (serious ? level_serious : " +
				"(relatively_serious ? level_relatively_serious : level_general))"}},
		Reading: rules.T(
			"各级标准从高到低判断，符合较高等级的按较高等级；“两个以上”含两个（以上含本数）；“温州主城区”和“中心城区”由调用方认定；"+
				"“省会等大中城市（包括温州）”指包括温州在内的多个大中城市，仅温州市内出现的按1.5.3、1.5.4判断；"+
				"政府“认为需要按照”某级对待的，至少按该级。"+
				"本预案未列出、也未规定温州县（市、区）的个数，出现应急状态的县（市、区）数由调用方给出，本规则不设上限（两个以上即达较大，更多不改变等级）。",
			"The levels are tested from the highest down and the highest met applies; “两个以上” (two or more) includes two; "+
				"the caller decides what is the main urban area or a central urban area; “the provincial capital and other large and medium cities "+
				"(including Wenzhou)” means several cities including Wenzhou — an emergency within Wenzhou alone is classed by 1.5.3 and 1.5.4; "+
				"a government's decision to treat a case at a level makes it at least that level. "+
				"The plan neither lists nor counts Wenzhou's county-level units, so the number in an emergency state is the caller's and the "+
				"rule sets no upper bound (two or more is relatively serious; more does not change the level)."),
	}
}

func responseRule() rules.Rule {
	return rules.Rule{
		ID:     RuleEmergencyResponse,
		Title:  rules.T("应急响应级别与指挥", "emergency response grade and command"),
		Cite:   plan.Cite("5.1", quoteCityPlan),
		Inputs: []rules.Input{levelInput()},
		Labels: rules.Choices(GradeI, GradeII, GradeIII, GradeIV),
		Outputs: []rules.Output{
			{Name: "grade", Title: rules.T("应急响应级别", "response grade"), Expr: "response_grade[level]"},
			{Name: "command", Title: rules.T("指挥应急处置的指挥部", "command directing the response"), Expr: "commander[level]"},
			{Name: "city_plan", Title: rules.T("启动本预案（市级）", "this (city) plan is started"), Expr: cityPlanLevels,
				Cite: plan.Cite("5.1", quoteCityPlan)},
		},
		Reading: rules.T(
			"一般→Ⅳ级，县级预案，县级指挥部；较大→Ⅲ级，本预案，市指挥部；重大→Ⅱ级，指挥权交由省级指挥部；特别重大→Ⅰ级，国家层面指挥部指挥。"+
				"较大及以上启动本预案；重大、特别重大时市级层面在Ⅳ级、Ⅲ级响应基础上采取措施。",
			"general → grade IV, county plan, county command; relatively serious → grade III, this plan, city command; serious → grade II, "+
				"command passes to the provincial command; particularly serious → grade I, the national command directs. This plan is started at "+
				"relatively serious and above; at serious and particularly serious the city acts on top of its grade IV and III measures."),
	}
}

func reportRule() rules.Rule {
	return rules.Rule{
		ID:    RuleReportDeadline,
		Title: rules.T("市指挥部办公室向市政府上报时限", "deadline of the city command office's report to the city government"),
		Cite:  plan.Cite("5.3.1", quoteReport),
		Inputs: []rules.Input{
			levelInput(),
			rules.DateTimeInput("received_at", rules.T("市指挥部办公室接到有关信息报告的时间", "when the city command office received the report")),
		},
		Checks: []rules.Check{{Field: "received_at",
			Text: rules.T("接到报告的时间不晚于评估日期", "the report was received on or before the evaluation date"),
			Expr: "day_of(received_at) <= eval_date"}},
		Require: []rules.Condition{
			{Name: "city_plan_level",
				Text: rules.T("出现粮食较大及以上应急状态（启动本预案）", "a relatively serious or higher emergency (this plan is started)"),
				Expr: cityPlanLevels, Cite: plan.Cite("5.1", quoteCityPlan)},
			{Name: "received_under_this_plan",
				Text: rules.T("在本预案实施后（2022年3月8日起）接到报告；此前适用原预案", "received once this plan took effect (from 2022-03-08); before, the former plan applied"),
				Expr: "day_of(received_at) >= plan_first_day", Cite: plan.Cite("9.3", quoteInForce)},
		},
		Outputs: []rules.Output{{Name: "deadline", Title: rules.T("最迟上报时间", "latest time to report"),
			Expr: "add_hours(received_at, report_hours)"}},
		Reading: rules.T(
			"“立即……上报（最迟不超过4个小时）”：按小时计算的期间自接到报告时起算（民法典第二百零一条第二款），4小时届满时为最迟上报时间，该时刻上报仍属按时。"+
				"重大、特别重大时市级层面在Ⅳ级、Ⅲ级响应基础上采取措施，本预案也启动（5.1），故较大及以上均适用；一般粮食应急状态由县级启动，不适用。"+
				"本预案自印发之日（2022年3月8日）起实施，原预案同时废止：此前接到的报告按原预案处理，不适用本规则；接到报告的时间不得晚于评估日期。",
			"“report immediately (at the latest within 4 hours)”: a period in hours runs from the moment of receipt (Civil Code art. 201(2)); "+
				"the deadline is 4 hours after receipt, and a report at that moment is on time. "+
				"At serious and particularly serious levels the city acts on top of its grade III measures and this plan is started (5.1), so the "+
				"deadline applies at relatively serious and above; a general emergency is started by the county and is outside it. "+
				"The plan took effect on its issue, 2022-03-08, repealing the former plan: a report received before is handled under the former "+
				"plan, not this rule; the receipt may not be after the evaluation date."),
	}
}

func reserveRule() rules.Rule {
	return rules.Rule{
		ID:    RuleReserveAdequacy,
		Title: rules.T("成品粮油储备规模", "adequacy of the finished grain and oil reserve"),
		Cite:  plan.Cite("4.1", quoteReserve),
		Inputs: []rules.Input{
			rules.ChoiceInput("locality", rules.T("地区（市区或县（市））", "locality (the city districts or a county)"), Localities()...),
			rules.NumberInput("reserve", rules.T("成品粮油储备量", "finished grain and oil reserve"), Tonne, rules.Range{Lo: rules.Incl("0")}),
			rules.NumberInput("daily_supply", rules.T("日均市场供应量", "average daily market supply"), TonnesPerDay, rules.Range{Lo: rules.Excl("0")}),
		},
		Defs: []rules.Def{
			{Name: "min_days", Title: rules.T("应达到的供应天数", "days the reserve must cover"), Expr: "reserve_min_days[locality]"},
			{Name: "required", Title: rules.T("应达到的储备量", "reserve required"), Expr: "min_days * daily_supply"},
		},
		Outputs: []rules.Output{
			{Name: "days_covered", Title: rules.T("储备可供应天数", "days of market supply covered"), Unit: rules.Day,
				Expr: "reserve / daily_supply", Round: rules.RoundTo(2, rules.Down)},
			{Name: "adequate", Title: rules.T("达到储备要求", "the reserve is adequate"), Expr: "reserve >= required"},
			{Name: "min_days", Title: rules.T("应达到的供应天数", "days the reserve must cover"), Unit: rules.Day, Expr: "min_days"},
			{Name: "shortfall", Title: rules.T("储备缺口", "shortfall of the reserve"), Unit: Tonne, Expr: "max(required - reserve, 0)"},
		},
		Reading: rules.T(
			"“15天以上”“10天以上”含本数：储备量不低于天数×日均市场供应量即达标（不经四舍五入比较）；可供应天数向下保留两位小数，不会显示为达标而实际未达标。"+
				"市区（市本级、鹿城区、龙湾区、瓯海区、洞头区）按市区合计计算；储备量与供应量用同一口径（成品粮油合计或分品种）。",
			"“15天以上” and “10天以上” include the number: the reserve is adequate when it is at least the days × the average daily market supply "+
				"(compared exactly, before any rounding); days covered are shown rounded down to 2 places, so a short reserve never shows as "+
				"adequate. The city districts are assessed together as 市区; reserve and supply are measured alike (grain and oil together, or each kind)."),
	}
}

func supplyRule() rules.Rule {
	return rules.Rule{
		ID:    RuleSelfSufficiency,
		Title: rules.T("粮食自给率与产需缺口", "grain self-sufficiency and the gap between production and consumption"),
		Cite:  plan.Cite("2.1", quoteSupply),
		Inputs: []rules.Input{
			rules.NumberInput("production", rules.T("粮食总产量", "total grain production"), Tonne, rules.Range{Lo: rules.Incl("0")}),
			rules.NumberInput("consumption", rules.T("粮食总消费量", "total grain consumption"), Tonne, rules.Range{Lo: rules.Excl("0")}),
		},
		Outputs: []rules.Output{
			{Name: "ratio", Title: rules.T("粮食自给率", "self-sufficiency ratio"), Unit: rules.Percent,
				Expr: "production / consumption", Round: rules.RoundTo(4, rules.HalfAwayFromZero)},
			{Name: "gap", Title: rules.T("粮食产需缺口", "gap between consumption and production"), Unit: Tonne,
				Expr: "consumption - production"},
		},
		Reading: rules.T(
			"自给率＝总产量÷总消费量，四舍五入到0.01%（比率保留4位小数）；产需缺口＝总消费量－总产量，为负数时表示产大于需。"+
				"预案所列“自给率30%”“缺口近150万吨”是约数，按其2021年数字计算得31.84%和146.55万吨。",
			"self-sufficiency = production ÷ consumption, rounded half away from zero to 0.01% (4 places of the ratio); gap = consumption − "+
				"production, negative when production exceeds consumption. The plan's “30%” and “近150万吨” are round figures; its 2021 numbers give "+
				"31.84% and 1,465,500 t."),
	}
}

func priceAlertRule() rules.Rule {
	return rules.Rule{
		ID:    RulePriceAlert,
		Title: rules.T("粮食市场异常波动报告", "report of abnormal grain market swings"),
		Cite:  plan.Cite("4.3", quoteReportRule),
		Inputs: []rules.Input{
			rules.NumberInput("price", rules.T("粮食价格", "grain price"), YuanPerKilogram, rules.Range{Lo: rules.Excl("0")}),
			rules.NumberInput("warning_line", rules.T("粮食价格“安全警戒线”", "price “safety warning line”"), YuanPerKilogram, rules.Range{Lo: rules.Excl("0")}),
			rules.NumberInput("approach_margin", rules.T("视为“逼近”警戒线的价差", "distance below the line treated as “approaching”"), YuanPerKilogram, rules.Range{Lo: rules.Excl("0")}),
			rules.ChoiceInput("cause", rules.T("引发市场波动的原因", "cause of the market swing"), Causes()...).Optional(string(OtherCause)),
			rules.FlagInput("abnormal_swing", rules.T("造成粮食市场异常波动", "abnormal swing of the grain market")).Optional(false),
			rules.FlagInput("public_panic", rules.T("引发公众恐慌", "public panic")).Optional(false),
		},
		Checks: []rules.Check{{Field: "approach_margin",
			Text: rules.T("“逼近”的价差小于安全警戒线本身", "the approach margin is below the warning line itself"),
			Expr: "approach_margin < warning_line"}},
		Defs: []rules.Def{
			{Name: "alert_from", Title: rules.T("视为逼近警戒线的价格", "price from which the line is approached"), Expr: "warning_line - approach_margin"},
			{Name: "disaster", Title: rules.T("严重自然灾害造成异常波动（1）", "severe natural disaster causing an abnormal swing (1)"),
				Expr: `cause == "严重自然灾害" && abnormal_swing`},
			{Name: "health_event", Title: rules.T("突发公共卫生事件引发恐慌、造成异常波动（2）", "public-health event causing panic and an abnormal swing (2)"),
				Expr: `cause == "突发公共卫生事件" && public_panic && abnormal_swing`},
			{Name: "near_line", Title: rules.T("价格逼近或超过安全警戒线（3）", "price approaching or above the warning line (3)"),
				Expr: "price >= alert_from"},
			{Name: "other_swing", Title: rules.T("其他引发异常波动的情况（4）", "other abnormal swing (4)"),
				Expr: "abnormal_swing && !disaster && !health_event"},
		},
		Outputs: []rules.Output{
			{Name: "report_required", Title: rules.T("须调查核实并逐级报告", "investigation and report up the line required"),
				Expr: "disaster || health_event || near_line || other_swing"},
			{Name: "by_disaster", Title: rules.T("情形（1）严重自然灾害", "ground (1): severe natural disaster"), Expr: "disaster",
				Cite: plan.Cite("4.3", quoteDisaster)},
			{Name: "by_health_event", Title: rules.T("情形（2）突发公共卫生事件", "ground (2): public-health event"), Expr: "health_event",
				Cite: plan.Cite("4.3", quoteHealth)},
			{Name: "by_price", Title: rules.T("情形（3）价格逼近或超过安全警戒线", "ground (3): price near or above the warning line"), Expr: "near_line",
				Cite: plan.Cite("4.3", quotePrice)},
			{Name: "by_other_swing", Title: rules.T("情形（4）其他异常波动", "ground (4): other abnormal swing"), Expr: "other_swing",
				Cite: plan.Cite("4.3", quoteOther)},
		},
		Reading: rules.T(
			"安全警戒线由市粮食和物资储备局会同市发展改革委设立（4.2），本预案未规定数值，也未规定“逼近”的幅度，二者均由调用方按监测预警系统给出；"+
				"价格不低于“警戒线－逼近价差”即属逼近或超过；“逼近”与“超过”并列为报告情形，价差须大于0（为0则“逼近”落空），价格亦须大于0。任何原因造成粮食市场异常波动的，至少属情形（4），须报告；"+
				"突发公共卫生事件须同时引发公众恐慌才属情形（2），否则按情形（4）。",
			"The warning line is set by the city grain bureau with the development and reform commission (4.2); the plan states neither its "+
				"value nor how close is “approaching”, so both are the caller's, from the monitoring system. A price at or above line − margin "+
				"approaches or exceeds the line; “approaching” is a ground of its own beside “exceeding”, so the margin must be above 0 (0 "+
				"would erase it), and so must the price. An abnormal market swing of any cause is at least ground (4) and must be reported; a "+
				"public-health event is ground (2) only when it also causes public panic, otherwise ground (4)."),
	}
}

func scheduleRule() rules.Rule {
	return rules.Rule{
		ID:    RulePlanSchedule,
		Title: rules.T("应急演练和预案修订期限", "due dates of emergency drills and of the plan's revision"),
		Cite:  plan.Cite("8.1", quoteDrill),
		Inputs: []rules.Input{
			rules.DateInput("last_drill", rules.T("上次应急演练或培训日期", "date of the last emergency drill or training")),
			rules.DateInput("last_revision", rules.T("上次修订（印发）预案日期", "date the plan was last revised (issued)")).Optional(plan.Issued.String()),
		},
		Checks: []rules.Check{
			{Field: "last_drill", Text: rules.T("上次演练或培训日期不晚于评估日期", "the last drill is not after the evaluation date"),
				Expr: "last_drill <= eval_date"},
			{Field: "last_revision", Text: rules.T("上次修订日期不晚于评估日期", "the last revision is not after the evaluation date"),
				Expr: "last_revision <= eval_date"},
			{Field: "last_revision", Text: rules.T("上次修订不早于本预案印发之日（2022年3月8日）", "the last revision is not before the plan was issued (2022-03-08)"),
				Expr: "last_revision >= plan_first_day"},
		},
		Defs: []rules.Def{
			{Name: "drill_due", Title: rules.T("下次演练或培训最迟日期", "next drill or training due by"), Expr: "add_years(last_drill, drill_interval)"},
			{Name: "revision_due", Title: rules.T("下次修订最迟日期", "next revision due by"), Expr: "add_years(last_revision, revision_interval)"},
		},
		Outputs: []rules.Output{
			{Name: "next_drill_due", Title: rules.T("下次演练或培训最迟日期", "next drill or training due by"), Expr: "drill_due",
				Cite: plan.Cite("8.1", quoteDrill)},
			{Name: "next_revision_due", Title: rules.T("下次修订最迟日期", "next revision due by"), Expr: "revision_due",
				Cite: plan.Cite("8.2", quoteRevision)},
			{Name: "drill_overdue", Title: rules.T("演练或培训已逾期", "a drill or training is overdue"), Expr: "eval_date > drill_due"},
			{Name: "revision_overdue", Title: rules.T("预案修订已逾期", "the revision is overdue"), Expr: "eval_date > revision_due"},
		},
		Reading: rules.T(
			"按民法典第二百零一条、第二百零二条：自上次演练（培训）或修订之日的次日起算，2年（3年）期间届满于对应日，该日前（含该日）开展即符合；"+
				"无对应日的，为该月末日。未给出上次修订日期的，以本预案印发之日2022年3月8日为准；本预案的修订不早于其印发之日，此前的日期为原预案的，不适用本规则。修订“原则上”每3年，逾期为提示而非违规认定。",
			"Civil Code art. 201–202: counted from the day after the last drill (training) or revision, the 2-year (3-year) period ends on the "+
				"corresponding day, and a drill on or before it is in time; where the month has no corresponding day, on its last day. Without a "+
				"last revision date, the plan's issue date 2022-03-08 is used; a revision of this plan is not before its issue, and an earlier date is the former plan's, outside this rule. Revision every 3 years is “in principle”: overdue is a prompt, "+
				"not a finding of breach."),
	}
}
