package roads

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Opinions is 温政办〔2022〕16号.
// A caller gets a copy, which cites it as well as the package does; no
// caller can change the document for others.
func Opinions() rules.Document { return opinions }

var opinions = rules.Document{
	Number:  "温政办〔2022〕16号",
	Title:   "温州市人民政府办公室关于深化农村公路管理养护体制改革的实施意见",
	Issuer:  "温州市人民政府办公室",
	Issued:  rules.MustDate(2022, 3, 4),
	InForce: rules.YearsFrom(rules.MustDate(2022, 5, 1), 5),
	Clauses: `正文|[一二三四]|[一二三四]（[一二三四五六七八九十]+）`,
}

// Rule IDs, as in the catalogue.
const (
	RuleMaintenanceWorks   = "roads.subsidy.maintenance_works"
	RuleRoutineMaintenance = "roads.subsidy.routine_maintenance"
	RuleRoutineMinimum     = "roads.funding.routine_minimum"
	RuleTargets2022        = "roads.targets.2022"
	RuleAdjustmentDue      = "roads.review.adjustment_due"
)

// Units of the opinions.
var (
	// YuanPerKmYear is the unit of the subsidy and funding standards: 元/公里·年.
	YuanPerKmYear = rules.Yuan.Per(rules.Kilometre).Per(rules.Year).Label("元/公里·年", "yuan per km per year")
	// YuanPerYear is the unit of a yearly amount for a road network: 元/年.
	YuanPerYear = rules.Yuan.Per(rules.Year).Label("元/年", "yuan per year")
	// CalendarYear is the unit of a year a subsidy is for (年度), such as 2022.
	CalendarYear = rules.NewUnit("年度", "calendar year").Plural("calendar years")
)

// Quotes the rules rest on.
const (
	quoteWorksDistricts  = "市级财政按每年每公里3000元的标准对四区的县道、乡道、村道进行补助"
	quoteWorksCounties   = "按每年每公里1000元的标准对五县的县道、乡道、村道进行补助"
	quoteWorksYears      = "市级农村公路养护工程补助资金纳入“十四五”期间我市“四好农村路”高质量发展工作奖补政策，不再另行安排其他资金，补助期限为2021年至2025年"
	quoteRoutineMinimum  = "从2022年起，省、市、县公共财政资金用于农村公路日常养护的总额不得低于以下标准：每年每公里县道15000元、乡道7500元、村道4500元"
	quoteRoutineDistrict = "除省补助外，市级财政按每年每公里县道4000元、乡道2000元、村道2000元对四区进行补助"
	quoteRoutineCounties = "市级财政在省补助的基础上加大对山区五县的支持力度，按每年每公里1000元的标准对五县的县道、乡道、村道进行补助"
	quoteRoutineYears    = "市级农村公路日常养护补助资金纳入“十四五”期间我市“四好农村路”高质量发展工作奖补政策，不再另行安排其他资金，补助期限为2021年至2025年"
	quoteShortfall       = "省市补助外的不足部分由县（市、区）负责筹措落实"
	quoteKeepHigher      = "各县（市、区）现行实际用于农村公路日常养护的资金标准高于上述规定的不得降低"
	quoteReview          = "原则上5年内至少调整一次"
	quoteInForce         = "本意见自2022年5月1日起施行。有效期5年"
)

// Locality groups of the opinions.
const (
	groupDistricts = "四区"
	groupCounties  = "山区五县"
	groupOther     = "其他"
)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func spec() rules.Spec {
	works := opinions.Cite("三（五）", quoteWorksDistricts)
	worksCounties := opinions.Cite("三（五）", quoteWorksCounties)
	routineDistricts := opinions.Cite("三（六）", quoteRoutineDistrict)
	routineCounties := opinions.Cite("三（六）", quoteRoutineCounties)
	minimum := opinions.Cite("三（六）", quoteRoutineMinimum)

	reviewInterval := rules.Fixed("review_interval", rules.T("标准调整周期", "longest interval between adjustments"), rules.Year, "5", opinions.Cite("三（七）", quoteReview))
	reviewInterval.Cap = true // 至少……一次: a locality may review sooner, never later
	var groups []rules.Row
	for _, c := range Localities() {
		g := groupOther
		switch {
		case c.IsDistrict():
			g = groupDistricts
		case c.IsMountainCounty():
			g = groupCounties
		}
		groups = append(groups, rules.Row{Keys: []string{string(c)}, Value: g})
	}
	classes := []RoadClass{CountyRoad, TownshipRoad, VillageRoad}
	var routine, minimums []rules.Row
	for _, cl := range classes {
		districtRate := map[RoadClass]string{CountyRoad: "4000", TownshipRoad: "2000", VillageRoad: "2000"}[cl]
		routine = append(routine,
			rules.Row{Keys: []string{groupDistricts, string(cl)}, Value: d(districtRate), Cite: routineDistricts},
			rules.Row{Keys: []string{groupCounties, string(cl)}, Value: d("1000"), Cite: routineCounties})
		minimums = append(minimums, rules.Row{Keys: []string{string(cl)},
			Value: d(map[RoadClass]string{CountyRoad: "15000", TownshipRoad: "7500", VillageRoad: "4500"}[cl])})
	}
	years := func(q string) []rules.Param {
		return []rules.Param{
			rules.Fixed("subsidy_first_year", rules.T("补助期限起始年度", "first year of the city subsidy"), CalendarYear, "2021", opinions.Cite("三（五）", q)),
			rules.Fixed("subsidy_last_year", rules.T("补助期限终止年度", "last year of the city subsidy"), CalendarYear, "2025", opinions.Cite("三（五）", q)),
		}
	}
	params := []rules.Param{
		{Name: "locality_group", Title: rules.T("补助地区类别", "subsidy group of the locality"),
			History: []rules.Dated{{Value: rules.Table{Rows: groups}, Cite: works}}},
		{Name: "works_rate", Title: rules.T("市级养护工程补助标准", "city subsidy for maintenance works"), Unit: YuanPerKmYear,
			History: []rules.Dated{{Cite: works, Value: rules.Table{Rows: []rules.Row{
				{Keys: []string{groupDistricts}, Value: d("3000"), Cite: works},
				{Keys: []string{groupCounties}, Value: d("1000"), Cite: worksCounties},
			}}}}},
		{Name: "routine_rate", Title: rules.T("市级日常养护补助标准", "city subsidy for routine maintenance"), Unit: YuanPerKmYear,
			History: []rules.Dated{{Cite: routineDistricts, Value: rules.Table{Rows: routine}}}},
		{Name: "routine_minimum", Title: rules.T("日常养护公共财政资金最低标准", "minimum public funding of routine maintenance"), Unit: YuanPerKmYear,
			Floor: true, History: []rules.Dated{{Cite: minimum, Value: rules.Table{Rows: minimums}}}},
		rules.Fixed("routine_minimum_first_year", rules.T("最低标准起始年度", "first year of the funding minimum"), CalendarYear, "2022", minimum),
		rules.Fixed("opinions_last_year", rules.T("本意见有效期届满之年（2022年5月1日起5年，至2027年4月30日）", "year the opinions end (5 years from 2022-05-01, to 2027-04-30)"),
			CalendarYear, "2027", opinions.Cite("正文", quoteInForce)),
		{Name: "target_maintained_share", Title: rules.T("列养率目标", "target share of roads maintained"), Unit: rules.Percent,
			History: []rules.Dated{{Value: d("1"), Cite: opinions.Cite("二", "农村公路列养率达到100%")}}},
		{Name: "target_works_share_county_township", Title: rules.T("县乡道年均养护工程实施比例目标", "target yearly maintenance-works share, county and township roads"), Unit: rules.Percent,
			Floor: true, History: []rules.Dated{{Value: d("0.06"), Cite: opinions.Cite("二", "年均养护工程实施比例县乡道不低于6%")}}},
		{Name: "target_works_share_village", Title: rules.T("村道年均养护工程实施比例目标", "target yearly maintenance-works share, village roads"), Unit: rules.Percent,
			Floor: true, History: []rules.Dated{{Value: d("0.05"), Cite: opinions.Cite("二", "村道不低于5%")}}},
		{Name: "target_medium_or_better_share", Title: rules.T("中等以上农村公路占比目标", "target share of roads in medium or better condition"), Unit: rules.Percent,
			Floor: true, History: []rules.Dated{{Value: d("0.85"), Cite: opinions.Cite("二", "中等以上农村公路占比不低于85%")}}},
		reviewInterval,
	}
	params = append(params, years(quoteWorksYears)...)

	county := rules.ChoiceInput("county", rules.T("县（市、区）", "county, county-level city or district"), Localities()...)
	// A year is bounded as the engine bounds every date of a case
	// (1900–2199): a year of five digits or of 0 is a mistake, not a
	// year outside the subsidy's.
	year := rules.CountInput("year", rules.T("补助年度", "year the funding is for"), CalendarYear, rules.Range{Lo: rules.Incl("1900"), Hi: rules.Incl("2199")})
	km := func(name string, zh, en string) rules.Input {
		return rules.NumberInput(name, rules.T(zh, en), rules.Kilometre, rules.Range{Lo: rules.Incl("0")}).Optional("0")
	}
	network := []rules.Input{county, year,
		km("county_road_km", "县道里程", "county roads, km"),
		km("township_road_km", "乡道里程", "township roads, km"),
		km("village_road_km", "村道里程", "village roads, km"),
	}
	// A network of no road at all is no network: a Network left unset
	// would otherwise be read as 0 km and yield a subsidy or a minimum of 0.
	someRoad := rules.Check{Field: "county_road_km",
		Text: rules.T("县道、乡道、村道里程至少一项大于0", "at least one of the county, township and village road lengths is above 0"),
		Expr: "county_road_km + township_road_km + village_road_km > 0"}
	group := rules.Def{Name: "group", Title: rules.T("补助地区类别", "subsidy group"), Expr: "locality_group[county]"}
	inArea := func(cite rules.Citation) rules.Condition {
		return rules.Condition{Name: "four_districts_or_five_counties",
			Text: rules.T("属四区或山区五县", "one of the four districts or the five mountain counties"),
			Expr: `group in ["四区", "山区五县"]`, Cite: cite}
	}
	inYears := func(cite rules.Citation) rules.Condition {
		return rules.Condition{Name: "subsidy_years",
			Text: rules.T("补助期限为2021年至2025年", "the city subsidy covers the years 2021 to 2025"),
			Expr: "year >= subsidy_first_year && year <= subsidy_last_year", Cite: cite}
	}
	yearly := func(name, zh, en, expr string) rules.Output {
		return rules.Output{Name: name, Title: rules.T(zh, en), Unit: YuanPerYear, Expr: expr}
	}
	shortfall := yearly("shortfall", "县（市、区）筹措部分", "part the county must raise", "max(minimum_total - provincial_subsidy - city_total, 0)")
	shortfall.Cite = opinions.Cite("三（六）", quoteShortfall)
	return rules.Spec{
		Params: params,
		Rules: []rules.Rule{
			{
				ID:      RuleMaintenanceWorks,
				Title:   rules.T("市级农村公路养护工程补助", "city subsidy for rural road maintenance works"),
				Cite:    works,
				Inputs:  network,
				Defs:    []rules.Def{group, {Name: "rate", Title: rules.T("补助标准", "subsidy rate"), Expr: "works_rate[group]"}},
				Checks:  []rules.Check{someRoad},
				Require: []rules.Condition{inArea(works), inYears(opinions.Cite("三（五）", quoteWorksYears))},
				Labels:  wordLabels(),
				Outputs: []rules.Output{
					yearly("amount", "市级养护工程补助", "city subsidy for maintenance works", "rate * (county_road_km + township_road_km + village_road_km)"),
					yearly("county_road", "县道", "county roads", "rate * county_road_km"),
					yearly("township_road", "乡道", "township roads", "rate * township_road_km"),
					yearly("village_road", "村道", "village roads", "rate * village_road_km"),
				},
			},
			{
				ID:      RuleRoutineMaintenance,
				Title:   rules.T("市级农村公路日常养护补助", "city subsidy for rural road routine maintenance"),
				Cite:    routineDistricts,
				Inputs:  network,
				Defs:    []rules.Def{group},
				Checks:  []rules.Check{someRoad},
				Require: []rules.Condition{inArea(routineDistricts), inYears(opinions.Cite("三（六）", quoteRoutineYears))},
				Labels:  wordLabels(),
				Outputs: []rules.Output{
					yearly("amount", "市级日常养护补助", "city subsidy for routine maintenance",
						`routine_rate[group]["县道"] * county_road_km + routine_rate[group]["乡道"] * township_road_km + routine_rate[group]["村道"] * village_road_km`),
					yearly("county_road", "县道", "county roads", `routine_rate[group]["县道"] * county_road_km`),
					yearly("township_road", "乡道", "township roads", `routine_rate[group]["乡道"] * township_road_km`),
					yearly("village_road", "村道", "village roads", `routine_rate[group]["村道"] * village_road_km`),
				},
			},
			{
				ID:    RuleRoutineMinimum,
				Title: rules.T("农村公路日常养护资金最低标准", "minimum funding of rural road routine maintenance"),
				Cite:  minimum,
				Inputs: append(append([]rules.Input{}, network...),
					rules.NumberInput("provincial_subsidy", rules.T("省补助（无则为0）", "provincial subsidy for the year (0 when none)"), YuanPerYear, rules.Range{Lo: rules.Incl("0")})),
				Defs: []rules.Def{group,
					{Name: "city_subsidy_due", Title: rules.T("是否享受市级补助", "whether the city subsidy applies"),
						Expr: `group in ["四区", "山区五县"] && year >= subsidy_first_year && year <= subsidy_last_year`},
					{Name: "minimum_total", Title: rules.T("公共财政资金最低总额", "minimum public funding"),
						Expr: `routine_minimum["县道"] * county_road_km + routine_minimum["乡道"] * township_road_km + routine_minimum["村道"] * village_road_km`},
					{Name: "city_total", Title: rules.T("市级日常养护补助", "city subsidy for routine maintenance"),
						Expr: `city_subsidy_due ? routine_rate[group]["县道"] * county_road_km + routine_rate[group]["乡道"] * township_road_km + routine_rate[group]["村道"] * village_road_km : 0`},
				},
				Checks: []rules.Check{someRoad},
				Require: []rules.Condition{
					{Name: "from_2022", Text: rules.T("从2022年起", "from 2022 on"), Expr: "year >= routine_minimum_first_year"},
					{Name: "within_term", Text: rules.T("年度在本意见有效期内（至2027年）", "a year of the opinions' term (to 2027)"),
						Expr: "year <= opinions_last_year", Cite: opinions.Cite("正文", quoteInForce)},
				},
				Labels: wordLabels(),
				Outputs: []rules.Output{
					shortfall,
					yearly("minimum", "公共财政资金最低总额", "minimum public funding", "minimum_total"),
					yearly("city_subsidy", "市级日常养护补助", "city subsidy for routine maintenance", "city_total"),
				},
				Reading: rules.T("最低标准为省、市、县三级合计；县（市、区）筹措＝最低标准−省补助−市补助，不低于0。省补助须说明（无则填0），未说明的按缺少输入处理，不视为0。现行标准更高的县（市、区）以派生规则库提高最低标准（只可提高）。"+
					"最低标准“从2022年起”，未定终止年度，本规则适用至本意见有效期届满之年（2027年4月30日届满，故至2027年度）。",
					"The minimum is the total of provincial, city and county funds; the county raises the minimum less the provincial and city subsidies, not below 0. The provincial subsidy must be stated (0 when none); not stated is a missing input, never 0. A county already funding more derives a book raising the minimum (it can only be raised). "+
						"The minimum applies “from 2022” with no end year; this rule applies it through the year in which the opinions end (2027-04-30, so to 2027)."),
			},
			{
				ID:    RuleTargets2022,
				Title: rules.T("2022年农村公路管理养护目标", "2022 targets for rural road management and maintenance"),
				Cite:  opinions.Cite("二", "到2022年，基本建立权责清晰、齐抓共管的农村公路管理养护体制机制"),
				Inputs: []rules.Input{
					share("maintained_share", "列养率", "share of rural roads maintained"),
					share("works_share_county_township", "县乡道年均养护工程实施比例", "yearly maintenance-works share, county and township roads"),
					share("works_share_village", "村道年均养护工程实施比例", "yearly maintenance-works share, village roads"),
					share("medium_or_better_share", "中等以上农村公路占比", "share of roads in medium or better condition"),
				},
				Outputs: []rules.Output{
					{Name: "all_met", Title: rules.T("全部达标", "all four targets met"),
						Expr: "maintained_share >= target_maintained_share && works_share_county_township >= target_works_share_county_township && works_share_village >= target_works_share_village && medium_or_better_share >= target_medium_or_better_share"},
					{Name: "maintained", Title: rules.T("列养率达到100%", "maintained share reaches 100%"), Expr: "maintained_share >= target_maintained_share"},
					{Name: "works_county_township", Title: rules.T("县乡道养护工程比例不低于6%", "county and township works share at least 6%"), Expr: "works_share_county_township >= target_works_share_county_township"},
					{Name: "works_village", Title: rules.T("村道养护工程比例不低于5%", "village works share at least 5%"), Expr: "works_share_village >= target_works_share_village"},
					{Name: "medium_or_better", Title: rules.T("中等以上占比不低于85%", "medium-or-better share at least 85%"), Expr: "medium_or_better_share >= target_medium_or_better_share"},
				},
				Reading: rules.T("“达到”“不低于”均含本数。", "“reaches” and “not lower than” include the figure itself."),
			},
			{
				ID:     RuleAdjustmentDue,
				Title:  rules.T("补助及投入标准调整期限", "due date of the next adjustment of the standards"),
				Cite:   opinions.Cite("三（七）", quoteReview),
				Inputs: []rules.Input{rules.DateInput("last_adjusted", rules.T("上次调整日期", "date of the last adjustment"))},
				Checks: []rules.Check{{Field: "last_adjusted", Text: rules.T("上次调整日期不晚于评估日期", "the last adjustment is on or before the evaluation date"),
					Expr: "last_adjusted <= eval_date"}},
				Outputs: []rules.Output{
					{Name: "due", Title: rules.T("最迟调整日期", "latest date of the next adjustment"), Expr: "add_years(last_adjusted, review_interval)"},
					{Name: "overdue", Title: rules.T("已逾期", "overdue on the evaluation date"), Expr: "eval_date > add_years(last_adjusted, review_interval)"},
				},
				Reading: rules.T("“5年内”按民法典第二百零二条：上次调整日的5年后对应日届满。",
					"“within 5 years” ends, under Civil Code art. 202, on the corresponding day five years after the last adjustment."),
			},
		},
	}
}

func share(name, zh, en string) rules.Input {
	return rules.NumberInput(name, rules.T(zh, en), rules.Percent, rules.Range{Lo: rules.Incl("0"), Hi: rules.Incl("1")})
}
