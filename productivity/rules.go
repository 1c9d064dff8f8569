package productivity

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Measures is 温政办〔2022〕22号, the ten measures on all-staff labour
// productivity of industrial enterprises above designated size. The
// document numbers its measures 一 to 十; "序言" is the opening paragraph
// (the 2024 targets) and "末段" the closing paragraphs after measure 十
// (exclusions, take-the-higher, period, counties).
// A caller gets a copy, which cites it as well as the package does; no
// caller can change the document for others.
func Measures() rules.Document { return measures }

var measures = rules.Document{
	Number:  "温政办〔2022〕22号",
	Title:   "温州市人民政府办公室关于印发温州市规上工业全员劳动生产率突围攻坚十条刚性措施的通知",
	Issuer:  "温州市人民政府办公室",
	Issued:  rules.MustDate(2022, 3, 24),
	InForce: rules.Between(rules.MustDate(2022, 4, 30), rules.MustDate(2024, 12, 31)),
	Clauses: `序言|[一二三四五六七八九十]|末段`,
}

// Rule IDs, as in the catalogue.
const (
	RuleLabourRatio           = "productivity.labour.ratio"
	RuleLowEfficiency         = "productivity.low_efficiency.flag"
	RuleTechUpgradeBonus      = "productivity.tech_upgrade.bonus"
	RuleProjectEntry          = "productivity.project.entry_threshold"
	RuleLandSupply            = "productivity.land.supply_threshold"
	RuleHeadquartersReward    = "productivity.reward.headquarters"
	RuleScaleUpReward         = "productivity.reward.scale_up"
	RuleRewardChoice          = "productivity.reward.choice" // a take-the-higher group, evaluated with [rules.Book.EvalGroup]
	RuleEnterpriseEligibility = "productivity.eligibility.enterprise"
)

// Units of the measures.
var (
	// WanYuan is 万元, ten thousand yuan: the unit the document and the
	// statistics state value added and productivity in. It is a dimension
	// of its own, so that a figure in 万元 is never added to one in yuan.
	WanYuan = rules.NewUnit("万元", "10,000 yuan")
	// WanYuanPerYear is a year's value added: 万元/年.
	WanYuanPerYear = WanYuan.Per(rules.Year).Label("万元/年", "10,000 yuan a year")
	// ProductivityUnit is the unit of all-staff labour productivity:
	// 万元/人年, ten thousand yuan of value added per person-year.
	ProductivityUnit = WanYuan.Per(rules.Person).Per(rules.Year).Label("万元/人年", "10,000 yuan per person-year")
	// YuanPerYear is a year's output value (年度产值), in yuan.
	YuanPerYear = rules.Yuan.Per(rules.Year).Label("元/年", "yuan a year")
)

// Quotes the rules rest on, word for word from the document.
const (
	quoteTargets      = "2024年全市规上工业全员劳动生产率达到23万元/人年（标线），争取达到25万元/人年（高线）"
	quoteLowList      = "规上工业企业全员劳动生产率低于上年度全市同行业平均30%的，列出企业清单"
	quoteTechBase     = "规上工业企业智能化技改项目竣工投产后，在企业年度产值同比增长15%以上的基础上"
	quoteTechRates    = "企业全员劳动生产率提高20%、30%、40%以上的，分别追加补助5%、7%、10%"
	quoteTechCap      = "追加补助总额不超过300万元（不受原技改补助封顶额度限制）"
	quoteEntry        = "新招引项目设置“全员劳动生产率”底线门槛"
	quoteEntryMargin  = "原则上应高于上年度全省同行业平均水平10%以上"
	quoteMujunWeight  = "“亩均论英雄”综合评价指标体系中，全员劳动生产率的一般权重提高至20%左右"
	quoteLandMargin   = "原则上增资扩产新增供地企业的全员劳动生产率应高于上年度全市同行业平均水平15%以上"
	quoteHQScope      = "对总部设在温州，且在温产值超10亿元的制造业企业"
	quoteHQGlobal     = "入选“世界500强”的，首次给予1000万元奖励"
	quoteHQChina      = "入选“中国企业500强”的，首次给予500万元奖励"
	quoteHQChinaMfg   = "入选“中国制造业企业500强”或“中国民营企业500 强”的，首次给予300万元奖励"
	quoteHQZhejiang   = "入选“浙江企业100强”“浙江制造业企业100强”或“浙江民营企业100 强”的，首次给予200万元奖励"
	quoteHQLeading    = "入选市级领军企业的，首次给予100万奖励"
	quoteHQRecert     = "以上荣誉重新通过认定，且在温产值和税收均增长的，给予50万元奖励"
	quoteScaleScope   = "对全员劳动生产率不低于全市同行业平均的规上工业企业"
	quoteScaleTiers   = "其产值首次超过5亿元、10亿元、20亿元、30亿元、40亿元、50亿元、100亿元，分别奖励50万元、100万元、200万元、300万元、400万元、500万元、1000万元（进档的奖励差额）"
	quoteScaleShares  = "奖励资金按“第1年40%、第2年30%、第3年30%”分3年给予奖励"
	quoteScaleKeep    = "期间未能保持该规模梯队的，后续不予奖励"
	quoteExcluded     = "“亩均论英雄”综合评价C、D类企业，列入严重失信名单企业均不享受资金奖补政策"
	quoteHigherOnly   = "企业同时符合第五条“增资扩产”和第六条“上台阶”奖励的，按照“就高不重复”原则执行"
	quoteCounties     = "各县（市）应参照本政策制定相应的政策文件"
	quoteMeasureTimes = "本政策自4月30日起施行，有效期至2024年12月31日（措施已经明确时间的，从其规定）"
)

func cite(clause, quote string) rules.Citation { return measures.Cite(clause, quote) }

func num(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// params are the figures the document states.
func params() []rules.Param {
	t := rules.T
	scaleTiers := cite("六", quoteScaleTiers)
	band := func(lo, hi rules.Bound, v string) rules.Band {
		return rules.Band{Range: rules.Range{Lo: lo, Hi: hi}, Value: num(v)}
	}
	return []rules.Param{
		rules.Fixed("target_standard_line", t("2024年全员劳动生产率目标（标线）", "2024 productivity target (standard line)"),
			ProductivityUnit, "23", cite("序言", quoteTargets)),
		rules.Fixed("target_high_line", t("2024年全员劳动生产率目标（高线）", "2024 productivity target (high line)"),
			ProductivityUnit, "25", cite("序言", quoteTargets)),
		rules.Fixed("low_efficiency_gap", t("低于同行业平均的幅度", "shortfall below the industry average that lists a firm"),
			rules.Percent, "0.30", cite("一", quoteLowList)),
		rules.Fixed("tech_output_growth_min", t("技改追加补助的年度产值同比增长下限", "output growth a tech-upgrade bonus needs"),
			rules.Percent, "0.15", cite("二", quoteTechBase)),
		{Name: "tech_upgrade_bonus_rate", Title: t("技改追加补助比例", "tech-upgrade bonus rate by productivity growth"),
			Unit: rules.Percent, History: []rules.Dated{{Cite: cite("二", quoteTechRates), Value: &rules.Bracket{Of: rules.Percent, Bands: []rules.Band{
				band(rules.Bound{}, rules.Excl("0.20"), "0"),
				band(rules.Incl("0.20"), rules.Excl("0.30"), "0.05"),
				band(rules.Incl("0.30"), rules.Excl("0.40"), "0.07"),
				band(rules.Incl("0.40"), rules.Bound{}, "0.10"),
			}}}}},
		{Name: "tech_upgrade_bonus_cap", Title: t("追加补助总额上限", "cap on the total tech-upgrade bonus"),
			Unit: rules.Yuan, Cap: true,
			History: []rules.Dated{{Value: num("3000000"), Cite: cite("二", quoteTechCap)}}},
		rules.Fixed("project_entry_margin", t("新招引项目高于全省同行业平均的幅度", "margin above the provincial industry average for new projects"),
			rules.Percent, "0.10", cite("三", quoteEntryMargin)),
		rules.Fixed("land_supply_margin", t("新增供地企业高于全市同行业平均的幅度", "margin above the city industry average for new land"),
			rules.Percent, "0.15", cite("四", quoteLandMargin)),
		rules.Fixed("mujun_productivity_weight", t("“亩均论英雄”评价中全员劳动生产率的一般权重（左右）", "usual weight of productivity in the 亩均 evaluation (about)"),
			rules.Percent, "0.20", cite("四", quoteMujunWeight)),
		{Name: "hq_output_threshold", Title: t("在温产值门槛（超过）", "Wenzhou output a headquarters firm must exceed"),
			Unit: YuanPerYear, History: []rules.Dated{{Value: num("1000000000"), Cite: cite("五", quoteHQScope)}}},
		{Name: "hq_first_listing_reward", Title: t("荣誉首次入选奖励", "reward for a first listing, by honour"),
			Unit: rules.Yuan, History: []rules.Dated{{Cite: cite("五", quoteHQGlobal), Value: rules.Table{Rows: []rules.Row{
				{Keys: []string{string(FortuneGlobal500)}, Value: num("10000000"), Cite: cite("五", quoteHQGlobal)},
				{Keys: []string{string(ChinaTop500)}, Value: num("5000000"), Cite: cite("五", quoteHQChina)},
				{Keys: []string{string(ChinaManufacturingTop500)}, Value: num("3000000"), Cite: cite("五", quoteHQChinaMfg)},
				{Keys: []string{string(ChinaPrivateTop500)}, Value: num("3000000"), Cite: cite("五", quoteHQChinaMfg)},
				{Keys: []string{string(ZhejiangTop100)}, Value: num("2000000"), Cite: cite("五", quoteHQZhejiang)},
				{Keys: []string{string(ZhejiangManufacturingTop100)}, Value: num("2000000"), Cite: cite("五", quoteHQZhejiang)},
				{Keys: []string{string(ZhejiangPrivateTop100)}, Value: num("2000000"), Cite: cite("五", quoteHQZhejiang)},
				{Keys: []string{string(CityLeadingEnterprise)}, Value: num("1000000"), Cite: cite("五", quoteHQLeading)},
			}}}}},
		rules.Fixed("hq_recertification_reward", t("荣誉重新通过认定奖励", "reward for a re-certified honour"),
			rules.Yuan, "500000", cite("五", quoteHQRecert)),
		{Name: "scale_up_reward", Title: t("上台阶奖励（按产值梯队）", "scale-up reward by output tier"),
			Unit: rules.Yuan, History: []rules.Dated{{Cite: scaleTiers, Value: &rules.Bracket{Of: YuanPerYear, Bands: []rules.Band{
				band(rules.Bound{}, rules.Incl("500000000"), "0"),
				band(rules.Excl("500000000"), rules.Incl("1000000000"), "500000"),
				band(rules.Excl("1000000000"), rules.Incl("2000000000"), "1000000"),
				band(rules.Excl("2000000000"), rules.Incl("3000000000"), "2000000"),
				band(rules.Excl("3000000000"), rules.Incl("4000000000"), "3000000"),
				band(rules.Excl("4000000000"), rules.Incl("5000000000"), "4000000"),
				band(rules.Excl("5000000000"), rules.Incl("10000000000"), "5000000"),
				band(rules.Excl("10000000000"), rules.Bound{}, "10000000"),
			}}}}},
		{Name: "policy_first_day", Title: t("本政策施行之日", "first day of the policy"),
			History: []rules.Dated{{Value: measures.InForce.From, Cite: cite("末段", quoteMeasureTimes)}}},
		{Name: "policy_last_day", Title: t("本政策有效期最后一日", "last day of the policy"),
			History: []rules.Dated{{Value: measures.InForce.To, Cite: cite("末段", quoteMeasureTimes)}}},
		rules.Fixed("policy_first_year", t("本政策施行之年（2022年4月30日起施行）", "year the policy took effect (from 2022-04-30)"),
			rules.Number, "2022", cite("末段", quoteMeasureTimes)),
		rules.Fixed("policy_last_year", t("本政策有效期届满之年（至2024年12月31日）", "year the policy ends (to 2024-12-31)"),
			rules.Number, "2024", cite("末段", quoteMeasureTimes)),
		{Name: "scale_up_share", Title: t("上台阶奖励分年兑现比例", "share of the scale-up reward paid each year"),
			Unit: rules.Percent, History: []rules.Dated{{Cite: cite("六", quoteScaleShares), Value: rules.Table{Rows: []rules.Row{
				{Keys: []string{"第1年"}, Value: num("0.40")},
				{Keys: []string{"第2年"}, Value: num("0.30")},
				{Keys: []string{"第3年"}, Value: num("0.30")},
			}}}}},
	}
}

// spec is the document as rules.
func spec() rules.Spec {
	t := rules.T
	locality := rules.ChoiceInput("locality", t("企业所在县（市、区）", "county-level unit the firm is in"), Localities()...)
	aboveScale := rules.FlagInput("above_scale", t("规上工业企业", "industrial enterprise above designated size"))
	mujun := rules.ChoiceInput("mujun_class", t("“亩均论英雄”综合评价类别", "class in the 亩均 (output per mu) evaluation"), MujunClasses()...)
	credit := rules.ChoiceInput("credit", t("是否列入严重失信名单", "whether the firm is on the list of seriously dishonest entities"), CreditStatuses()...)
	productivity := rules.NumberInput("productivity", t("企业全员劳动生产率", "the firm's all-staff labour productivity"),
		ProductivityUnit, rules.Range{Lo: rules.Incl("0")})
	lastCityAverage := rules.NumberInput("city_industry_average", t("上年度全市同行业平均全员劳动生产率", "last year's city average productivity of the industry"),
		ProductivityUnit, rules.Range{Lo: rules.Excl("0")})
	growth := func(name string, title rules.Text) rules.Input {
		return rules.NumberInput(name, title, rules.Percent, rules.Range{Lo: rules.Incl("-1")})
	}

	countyCBC := rules.Condition{Name: "county_policy",
		Text: t("各县（市）参照本政策制定相应政策文件，奖补按各县（市）文件执行", "counties and county-level cities pay under their own documents made with reference to this policy"),
		Expr: `locality in ["瑞安市", "乐清市", "龙港市", "永嘉县", "平阳县", "苍南县", "文成县", "泰顺县"]`,
		Cite: cite("末段", quoteCounties)}
	notCD := rules.Condition{Name: "mujun_not_c_or_d",
		Text: t("非“亩均论英雄”综合评价C、D类企业", "not in class C or D of the 亩均 evaluation"),
		Expr: `!(mujun_class in ["C类", "D类"])`, Cite: cite("末段", quoteExcluded)}
	notDishonest := rules.Condition{Name: "not_seriously_dishonest",
		Text: t("未列入严重失信名单", "not on the list of seriously dishonest entities"),
		Expr: `credit == "未列入严重失信名单"`, Cite: cite("末段", quoteExcluded)}
	isAboveScale := func(clause, quote string) rules.Condition {
		return rules.Condition{Name: "above_scale", Text: t("规上工业企业", "an industrial enterprise above designated size"),
			Expr: "above_scale", Cite: cite(clause, quote)}
	}

	keepStatus := func(name string, title rules.Text) rules.Input {
		return rules.ChoiceInput(name, title, TierStatuses()...).Optional(string(TierUnknown))
	}
	trend := func(name string, title rules.Text) rules.Input {
		return rules.ChoiceInput(name, title, Trends()...).Optional(string(TrendNotGiven))
	}

	return rules.Spec{
		Params: params(),
		Rules: []rules.Rule{
			{
				ID:    RuleLabourRatio,
				Title: t("全员劳动生产率", "all-staff labour productivity"),
				Cite:  cite("序言", quoteTargets),
				Inputs: []rules.Input{
					rules.NumberInput("value_added", t("工业增加值", "industrial value added of the year"), WanYuanPerYear, rules.Range{Lo: rules.Incl("0")}),
					rules.NumberInput("average_employees", t("全部从业人员年平均人数", "average number of employees over the year"), rules.Person, rules.Range{Lo: rules.Excl("0")}),
				},
				Defs: []rules.Def{{Name: "ratio", Title: t("全员劳动生产率", "all-staff labour productivity"),
					Expr: "value_added / average_employees", Unit: &ProductivityUnit}},
				Outputs: []rules.Output{
					{Name: "productivity", Title: t("全员劳动生产率", "all-staff labour productivity"), Unit: ProductivityUnit, Expr: "ratio", Round: rules.Exact},
					{Name: "reaches_standard_line", Title: t("达到标线", "reaches the standard line"), Expr: "ratio >= target_standard_line"},
					{Name: "reaches_high_line", Title: t("达到高线", "reaches the high line"), Expr: "ratio >= target_high_line"},
				},
				Reading: t("全员劳动生产率＝工业增加值÷全部从业人员年平均人数（统计口径，本文件只给出单位“万元/人年”）；不作舍入。“达到”含本数。",
					"productivity = value added ÷ average employees (the statistical definition; the document gives only the unit 万元/人年), unrounded; “reaches” includes the line itself."),
			},
			{
				ID:      RuleLowEfficiency,
				Title:   t("低效企业清单", "low-efficiency list"),
				Cite:    cite("一", quoteLowList),
				Inputs:  []rules.Input{aboveScale, productivity, lastCityAverage},
				Require: []rules.Condition{isAboveScale("一", quoteLowList)},
				Defs: []rules.Def{{Name: "threshold", Title: t("列入清单的上限（平均值的70%）", "highest productivity that is listed (70% of the average)"),
					Expr: "city_industry_average * (1 - low_efficiency_gap)", Unit: &ProductivityUnit}},
				Outputs: []rules.Output{
					{Name: "listed", Title: t("列入企业清单", "on the list"), Expr: "productivity <= threshold"},
					{Name: "threshold", Title: t("列入清单的上限", "highest productivity that is listed"), Unit: ProductivityUnit, Expr: "threshold"},
				},
				Reading: t("“低于上年度全市同行业平均30%”读作比平均值低30%及以上，即不高于平均值的70%（恰为70%的列入）。",
					"“30% below last year's city industry average” is read as 30% or more below it: at most 70% of the average (exactly 70% is listed)."),
			},
			{
				ID:    RuleTechUpgradeBonus,
				Title: t("智能化技改追加补助", "intelligent tech-upgrade bonus"),
				Cite:  cite("二", quoteTechRates),
				// The qualifying event's own date is checked against the
				// policy's period; the evaluation date is "as of" (末段
				// 措施已经明确时间的，从其规定).
				InForce: rules.Since(measures.InForce.From),
				Inputs: []rules.Input{locality, aboveScale, mujun, credit,
					rules.DateInput("in_production_on", t("智能化技改项目竣工投产日期", "date the intelligent-upgrade project was completed and went into production")),
					growth("output_growth", t("企业年度产值同比增长率", "year-on-year growth of the firm's output")),
					growth("productivity_growth", t("企业全员劳动生产率提高幅度", "rise of the firm's productivity")),
					// A base of 0 has no meaning (a bonus rate applied to
					// nothing would be an "eligible" bonus of 0).
					rules.NumberInput("base", t("追加补助比例的计算基数（由调用方按实施细则确定）", "amount the bonus rate applies to (set by the implementing rules; the caller's)"), rules.Yuan, rules.Range{Lo: rules.Excl("0")}),
					rules.NumberInput("already_granted", t("已获追加补助（计入300万元总额；无则为0）", "bonus already granted that counts against the 3,000,000 cap (0 when none)"), rules.Yuan, rules.Range{Lo: rules.Incl("0")}),
				},
				CaseByCase: []rules.Condition{countyCBC},
				// The growth is of the year after the project went into
				// production (竣工投产后): a production date after the
				// evaluation date is not yet a fact, and the growth stated
				// with it cannot be either.
				Checks: []rules.Check{{Field: "in_production_on",
					Text: t("技改项目竣工投产日期不晚于评估日期", "the project went into production on or before the evaluation date"),
					Expr: "in_production_on <= eval_date"}},
				Require: []rules.Condition{
					isAboveScale("二", quoteTechBase),
					{Name: "production_in_period", Text: t("技改项目在本政策有效期内竣工投产", "the project went into production while the policy was in force"),
						Expr: "in_production_on >= policy_first_day && in_production_on <= policy_last_day", Cite: cite("末段", quoteMeasureTimes)},
					{Name: "output_growth_15", Text: t("企业年度产值同比增长15%以上", "output up 15% or more year on year"),
						Expr: "output_growth >= tech_output_growth_min", Cite: cite("二", quoteTechBase)},
					{Name: "productivity_growth_20", Text: t("企业全员劳动生产率提高20%以上", "productivity up 20% or more"),
						Expr: "bracket(tech_upgrade_bonus_rate, productivity_growth) > 0"},
					{Name: "cap_not_used_up", Text: t("追加补助总额不超过300万元（尚有余额）", "the 3,000,000 total is not used up"),
						Expr: "already_granted < tech_upgrade_bonus_cap", Cite: cite("二", quoteTechCap)},
					notCD, notDishonest,
				},
				Defs: []rules.Def{
					{Name: "rate", Title: t("追加补助比例", "bonus rate"), Expr: "bracket(tech_upgrade_bonus_rate, productivity_growth)"},
					{Name: "uncapped", Title: t("按比例计算的追加补助", "bonus before the cap"), Expr: "base * rate"},
					{Name: "remaining", Title: t("追加补助总额余额", "what the cap still allows"), Expr: "tech_upgrade_bonus_cap - already_granted"},
				},
				Outputs: []rules.Output{
					{Name: "bonus", Title: t("追加补助", "bonus"), Unit: rules.Yuan, Expr: "min(uncapped, remaining)", Cite: cite("二", quoteTechCap)},
					{Name: "rate", Title: t("追加补助比例", "bonus rate"), Unit: rules.Percent, Expr: "rate"},
				},
				Reading: t("“15%以上”“20%、30%、40%以上”含本数：提高20%（含）至30%的追加5%，30%（含）至40%的追加7%，40%（含）以上的追加10%。文件未说明比例的计算基数，由调用方按实施细则提供（须大于0）。300万元为追加补助总额上限，已获追加补助由调用方提供并计入（无则填0，未填的按缺少输入处理）；不受原技改补助封顶额度限制。C、D类及严重失信企业不享受；各县（市）按其参照制定的文件执行。"+
					"适用于本政策有效期内（2022年4月30日至2024年12月31日）竣工投产的项目；产值增长须投产后方能认定，故评估日期为“截至”之日，可晚于有效期；竣工投产日期不得晚于评估日期。",
					"“15% or more” and “20%, 30%, 40% or more” include the number: a rise from 20% (incl.) to 30% adds 5%, from 30% (incl.) to 40% adds 7%, 40% or more adds 10%. The document names no base for the rate: the caller supplies it as the implementing rules set it (above 0). 3,000,000 caps the total bonus; bonus already granted counts against it (0 when none; not stated is a missing input); the original upgrade subsidy's cap does not apply. Class C/D and seriously dishonest firms get none; counties pay under their own documents. "+
						"The bonus is for projects that went into production while the policy was in force (2022-04-30 to 2024-12-31); the growth is known only after, so the evaluation date is “as of” and may be later; the production date may not be after it."),
			},
			{
				ID:    RuleProjectEntry,
				Title: t("新招引项目全员劳动生产率底线门槛", "productivity threshold for new projects"),
				Cite:  cite("三", quoteEntry),
				Inputs: []rules.Input{
					rules.NumberInput("provincial_industry_average", t("上年度全省同行业平均全员劳动生产率", "last year's provincial average productivity of the industry"), ProductivityUnit, rules.Range{Lo: rules.Excl("0")}),
					rules.NumberInput("project_productivity", t("项目全员劳动生产率（合同约定）", "the project's productivity (as contracted)"), ProductivityUnit, rules.Range{Lo: rules.Incl("0")}),
				},
				Defs: []rules.Def{{Name: "threshold", Title: t("底线门槛", "threshold"),
					Expr: "provincial_industry_average * (1 + project_entry_margin)", Unit: &ProductivityUnit}},
				Outputs: []rules.Output{
					{Name: "threshold", Title: t("底线门槛", "threshold"), Unit: ProductivityUnit, Expr: "threshold", Cite: cite("三", quoteEntryMargin)},
					{Name: "meets", Title: t("达到门槛", "meets the threshold"), Expr: "project_productivity >= threshold"},
				},
				Reading: t("“高于上年度全省同行业平均水平10%以上”读作不低于平均值的110%（恰为110%的达到）；“原则上”的例外不在本规则内。",
					"“above last year's provincial industry average by 10% or more” is read as at least 110% of the average (exactly 110% meets it); the exceptions “in principle” leaves are outside this rule."),
			},
			{
				ID:    RuleLandSupply,
				Title: t("增资扩产新增供地全员劳动生产率门槛", "productivity threshold for new land for expansion"),
				Cite:  cite("四", quoteLandMargin),
				Inputs: []rules.Input{lastCityAverage,
					rules.NumberInput("firm_productivity", t("企业全员劳动生产率", "the firm's productivity"), ProductivityUnit, rules.Range{Lo: rules.Incl("0")}),
				},
				Defs: []rules.Def{{Name: "threshold", Title: t("供地门槛", "threshold"),
					Expr: "city_industry_average * (1 + land_supply_margin)", Unit: &ProductivityUnit}},
				Outputs: []rules.Output{
					{Name: "threshold", Title: t("供地门槛", "threshold"), Unit: ProductivityUnit, Expr: "threshold"},
					{Name: "meets", Title: t("达到门槛", "meets the threshold"), Expr: "firm_productivity >= threshold"},
					{Name: "mujun_weight", Title: t("“亩均论英雄”评价中全员劳动生产率的一般权重（左右）", "usual weight of productivity in the 亩均 evaluation (about)"),
						Unit: rules.Percent, Expr: "mujun_productivity_weight", Cite: cite("四", quoteMujunWeight)},
				},
				Reading: t("“高于上年度全市同行业平均水平15%以上”读作不低于平均值的115%（恰为115%的达到）；“原则上”的例外不在本规则内。权重“20%左右”为一般权重，非确数。",
					"“above last year's city industry average by 15% or more” is read as at least 115% of the average (exactly 115% meets it); the exceptions “in principle” leaves are outside this rule. The weight “about 20%” is the usual weight, not an exact figure."),
			},
			{
				ID:    RuleHeadquartersReward,
				Title: t("总部企业荣誉奖励（增资扩产）", "headquarters honours reward"),
				Cite:  cite("五", quoteHQScope),
				// The qualifying event's own date is checked against the
				// policy's period; the evaluation date is "as of" (末段
				// 措施已经明确时间的，从其规定).
				InForce: rules.Since(measures.InForce.From),
				Inputs: []rules.Input{locality, mujun, credit,
					rules.FlagInput("hq_in_wenzhou", t("总部设在温州", "headquartered in Wenzhou")),
					rules.FlagInput("manufacturing", t("制造业企业", "a manufacturing firm")),
					rules.NumberInput("wenzhou_output", t("在温产值", "the firm's annual output in Wenzhou"), YuanPerYear, rules.Range{Lo: rules.Incl("0")}),
					rules.ChoiceInput("honour", t("入选荣誉", "honour"), Honours()...),
					rules.ChoiceInput("recognition", t("首次入选或重新通过认定", "first listing or re-certification"), Recognitions()...),
					rules.DateInput("listed_on", t("入选或重新通过认定之日（名单公布日）", "date of the listing or re-certification (the list's publication)")),
					trend("wenzhou_output_trend", t("在温产值是否增长（重新认定时）", "whether Wenzhou output grew (re-certification)")),
					trend("wenzhou_tax_trend", t("在温税收是否增长（重新认定时）", "whether Wenzhou tax grew (re-certification)")),
				},
				CaseByCase: []rules.Condition{countyCBC},
				Checks: []rules.Check{
					{Field: "listed_on", Text: t("入选或重新认定日期不晚于评估日期", "the listing is on or before the evaluation date"),
						Expr: "listed_on <= eval_date"},
					{Field: "wenzhou_output_trend", Text: t("重新通过认定的，须说明在温产值是否增长", "a re-certification says whether Wenzhou output grew"),
						Expr: `recognition == "首次入选" || wenzhou_output_trend != "未提供"`},
					{Field: "wenzhou_tax_trend", Text: t("重新通过认定的，须说明在温税收是否增长", "a re-certification says whether Wenzhou tax grew"),
						Expr: `recognition == "首次入选" || wenzhou_tax_trend != "未提供"`},
				},
				Require: []rules.Condition{
					{Name: "hq_in_wenzhou", Text: t("总部设在温州", "headquartered in Wenzhou"), Expr: "hq_in_wenzhou"},
					{Name: "manufacturing", Text: t("制造业企业", "a manufacturing firm"), Expr: "manufacturing"},
					{Name: "wenzhou_output_above_1bn", Text: t("在温产值超10亿元", "Wenzhou output above 1 billion yuan"), Expr: "wenzhou_output > hq_output_threshold"},
					{Name: "output_and_tax_grew", Text: t("重新通过认定的，在温产值和税收均增长", "on re-certification, Wenzhou output and tax both grew"),
						When: `recognition != "首次入选"`, Expr: `wenzhou_output_trend == "增长" && wenzhou_tax_trend == "增长"`, Cite: cite("五", quoteHQRecert)},
					{Name: "listed_in_period", Text: t("在本政策有效期内入选或重新通过认定", "listed or re-certified while the policy was in force"),
						Expr: "listed_on >= policy_first_day && listed_on <= policy_last_day", Cite: cite("末段", quoteMeasureTimes)},
					notCD, notDishonest,
				},
				Outputs: []rules.Output{{Name: "reward", Title: t("奖励", "reward"), Unit: rules.Yuan,
					Expr: `recognition == "首次入选" ? hq_first_listing_reward[honour] : hq_recertification_reward`}},
				Reading: t("“超10亿元”不含10亿元；总部在温、制造业、在温产值超10亿元的条件对首次入选和重新认定同样适用；总部是否设在温州、是否制造业企业须说明，未说明的为缺少事实，不当作否；“增长”指增幅大于零，增长与否由调用方按认定口径提供。每项荣誉分别计奖，文件未规定低档荣誉已奖的差额，按所列金额给予。与第六条就高不重复（productivity.reward.choice）。"+
					"适用于本政策有效期内（2022年4月30日至2024年12月31日）入选或重新通过认定的，以名单公布之日判断；评估日期为“截至”之日，可晚于有效期。",
					"“above 1 billion” excludes 1 billion; headquarters in Wenzhou, manufacturing and Wenzhou output above 1 billion apply to first listings and re-certifications alike; whether the headquarters are in Wenzhou and whether the firm is a manufacturer must be stated: unstated, they are missing facts, never read as no; “grew” means a rise above zero, as the caller establishes it. Each honour is rewarded at its listed figure; the document sets no difference for a firm already rewarded for a lower honour. Take the higher with measure 六 (productivity.reward.choice). "+
						"The reward is for listings and re-certifications while the policy was in force (2022-04-30 to 2024-12-31), judged by the date the list is published; the evaluation date is “as of” and may be later."),
			},
			{
				ID:    RuleScaleUpReward,
				Title: t("企业上台阶奖励", "scale-up reward"),
				Cite:  cite("六", quoteScaleTiers),
				// The qualifying event's own date is checked against the
				// policy's period; the evaluation date is "as of" (末段
				// 措施已经明确时间的，从其规定).
				InForce: rules.Since(measures.InForce.From),
				Inputs: []rules.Input{locality, aboveScale, mujun, credit, productivity,
					rules.NumberInput("city_industry_average", t("全市同行业平均全员劳动生产率", "city average productivity of the industry"), ProductivityUnit, rules.Range{Lo: rules.Excl("0")}),
					rules.NumberInput("output", t("企业年度产值", "the firm's output in the year assessed"), YuanPerYear, rules.Range{Lo: rules.Incl("0")}),
					// Years are bounded as the engine bounds every date of a
					// case (1900–2199).
					rules.CountInput("output_year", t("产值首次超过该梯队的年度", "year whose output first exceeds the tier"), rules.Number, rules.Range{Lo: rules.Incl("1900"), Hi: rules.Incl("2199")}),
					rules.NumberInput("previous_highest_output", t("此前最高年度产值（已有梯队）", "the firm's highest output in any earlier year (the tier it already had)"), YuanPerYear, rules.Range{Lo: rules.Incl("0")}),
					rules.CountInput("first_year", t("第1年（首期兑现年度）", "year 1: the year the first instalment is paid"), rules.Number, rules.Range{Lo: rules.Incl("2022"), Hi: rules.Incl("2199")}),
					keepStatus("kept_tier_year2", t("第2年是否保持该规模梯队", "whether the firm kept the tier in year 2")),
					keepStatus("kept_tier_year3", t("第3年是否保持该规模梯队", "whether the firm kept the tier in year 3")),
				},
				CaseByCase: []rules.Condition{countyCBC},
				Checks: []rules.Check{
					{Field: "first_year", Text: t("第1年不早于产值首次超过梯队的年度", "year 1 is not before the year of the output"),
						Expr: "first_year >= output_year"},
					{Field: "first_year", Text: t("第1年已开始（不晚于评估日期）", "year 1 has begun by the evaluation date"),
						Expr: "year_1_starts <= eval_date"},
					{Field: "kept_tier_year2", Text: t("第2年开始后方可说明是否保持梯队", "whether the tier was kept in year 2 is known only once year 2 has begun"),
						Expr: `kept_tier_year2 == "未知" || add_years(year_1_starts, 1) <= eval_date`},
					{Field: "kept_tier_year3", Text: t("第3年开始后方可说明是否保持梯队", "whether the tier was kept in year 3 is known only once year 3 has begun"),
						Expr: `kept_tier_year3 == "未知" || add_years(year_1_starts, 2) <= eval_date`},
					{Field: "kept_tier_year3",
						Text: t("第3年是否保持梯队已知的，第2年亦须已知", "year 3 is known only once year 2 is"),
						Expr: `kept_tier_year2 != "未知" || kept_tier_year3 == "未知"`},
				},
				Require: []rules.Condition{
					isAboveScale("六", quoteScaleScope),
					{Name: "not_below_city_average", Text: t("全员劳动生产率不低于全市同行业平均", "productivity not below the city industry average"),
						Expr: "productivity >= city_industry_average", Cite: cite("六", quoteScaleScope)},
					{Name: "first_time_in_tier", Text: t("产值首次超过该梯队（进档）", "output exceeds a tier for the first time"),
						Expr: "bracket(scale_up_reward, output) > bracket(scale_up_reward, previous_highest_output)"},
					{Name: "output_year_in_period", Text: t("产值首次超过该梯队的年度在本政策有效期内（2022年至2024年）", "the output that first exceeds the tier is of a year of the policy (2022 to 2024)"),
						Expr: "output_year >= policy_first_year && output_year <= policy_last_year", Cite: cite("末段", quoteMeasureTimes)},
					notCD, notDishonest,
				},
				Defs: []rules.Def{
					{Name: "year_1_starts", Title: t("第1年1月1日", "1 January of year 1"), Expr: `add_years(date("2022-01-01"), first_year - 2022)`},
					{Name: "tier_reward", Title: t("所进梯队奖励", "reward of the tier entered"), Expr: "bracket(scale_up_reward, output)"},
					{Name: "prior_tier_reward", Title: t("已有梯队奖励", "reward of the tier already had"), Expr: "bracket(scale_up_reward, previous_highest_output)"},
					{Name: "reward", Title: t("进档的奖励差额", "difference between the tiers"), Expr: "tier_reward - prior_tier_reward"},
					{Name: "lost_year2", Title: t("第2年未保持梯队", "tier lost in year 2"), Expr: `kept_tier_year2 == "未保持"`},
					{Name: "lost_by_year3", Title: t("第3年前未保持梯队", "tier lost by year 3"), Expr: `lost_year2 || kept_tier_year3 == "未保持"`},
				},
				Labels: rules.Choices(InstalmentDue, InstalmentPending, InstalmentForfeited),
				Outputs: []rules.Output{
					{Name: "reward", Title: t("上台阶奖励（进档差额）", "scale-up reward (tier difference)"), Unit: rules.Yuan, Expr: "reward"},
					{Name: "tier_reward", Title: t("所进梯队奖励", "reward of the tier entered"), Unit: rules.Yuan, Expr: "tier_reward"},
					{Name: "prior_tier_reward", Title: t("已有梯队奖励", "reward of the tier already had"), Unit: rules.Yuan, Expr: "prior_tier_reward"},
					{Name: "year_1", Title: t("第1年", "year 1"), Expr: "first_year"},
					{Name: "instalment_1", Title: t("第1年兑现", "instalment of year 1"), Unit: rules.Yuan, Expr: `reward * scale_up_share["第1年"]`, Cite: cite("六", quoteScaleShares)},
					{Name: "status_1", Title: t("第1年兑现状态", "status of year 1"), Expr: `"应付"`},
					{Name: "year_2", Title: t("第2年", "year 2"), Expr: "first_year + 1", Cite: cite("末段", quoteMeasureTimes)},
					{Name: "instalment_2", Title: t("第2年兑现", "instalment of year 2"), Unit: rules.Yuan,
						Expr: `lost_year2 ? 0 : reward * scale_up_share["第2年"]`, Cite: cite("六", quoteScaleKeep)},
					{Name: "status_2", Title: t("第2年兑现状态", "status of year 2"),
						Expr: `lost_year2 ? "不予奖励" : (kept_tier_year2 == "保持" ? "应付" : "待确认")`, Cite: cite("六", quoteScaleKeep)},
					{Name: "year_3", Title: t("第3年", "year 3"), Expr: "first_year + 2", Cite: cite("末段", quoteMeasureTimes)},
					{Name: "instalment_3", Title: t("第3年兑现", "instalment of year 3"), Unit: rules.Yuan,
						Expr: `lost_by_year3 ? 0 : reward * scale_up_share["第3年"]`, Cite: cite("六", quoteScaleKeep)},
					{Name: "status_3", Title: t("第3年兑现状态", "status of year 3"),
						Expr: `lost_by_year3 ? "不予奖励" : (kept_tier_year3 == "保持" ? "应付" : "待确认")`, Cite: cite("六", quoteScaleKeep)},
				},
				Reading: t("“超过”不含本数：产值恰为5亿元未进档。已有梯队取此前任一年度的最高产值所在梯队；奖励为所进梯队与已有梯队奖励之差。第1年兑现40%，第2、3年各30%；某年未保持该梯队的，该年及以后各期不予奖励。是否保持由调用方逐年说明（口径按实施细则），未知的列为“待确认”；某年开始前不得说明该年是否保持。"+
					"奖励适用于产值在本政策有效期内各年度（2022年至2024年）首次超过梯队的企业；第1年由调用方说明（文件未规定，由实施细则确定），不早于该年度且已开始。"+
					"分年兑现按第六条自定的3年执行（“措施已经明确时间的，从其规定”），可晚于2024年12月31日：评估日期为“截至”之日，第2、3年在当年再次评估以确认是否保持。与第五条就高不重复（productivity.reward.choice）。",
					"“exceeds” excludes the number: output of exactly 0.5 billion enters no tier. The tier already had is the tier of the highest output in any earlier year; the reward is the difference between the tier entered and that tier. 40% is paid in year 1, 30% in years 2 and 3; once the firm fails to keep the tier, that year's and later instalments are not paid. The caller says year by year whether the tier was kept (as the implementing rules measure it); an unknown year is “to be confirmed”. Whether a year's tier was kept cannot be stated before that year begins. "+
						"The reward is for output first exceeding a tier in a year of the policy (2022 to 2024); year 1 is the caller's (the document leaves it to the implementing rules), not before the year of the output and begun by the evaluation date. "+
						"The three-year schedule is the measure's own (“措施已经明确时间的，从其规定”) and may run past 2024-12-31: the evaluation date is “as of”, and years 2 and 3 are confirmed by evaluating again in those years. Take the higher with measure 五 (productivity.reward.choice)."),
			},
			{
				ID:      RuleEnterpriseEligibility,
				Title:   t("资金奖补资格（排除情形）", "eligibility for the policy's funds (exclusions)"),
				Cite:    cite("末段", quoteExcluded),
				InForce: rules.Since(measures.InForce.From), // judged when paying, also after 2024 (instalments of 六)
				Inputs:  []rules.Input{mujun, credit},
				Require: []rules.Condition{notCD, notDishonest},
				Reading: t("“亩均论英雄”综合评价C、D类企业和列入严重失信名单企业均不享受本政策资金奖补；未参加评价的企业不在排除之列。是否列入严重失信名单须说明，未说明的按缺少输入处理。排除情形于评估日（兑付之日）判断，分年兑现的奖励在2024年后仍适用。",
					"firms in class C or D of the 亩均 evaluation and firms on the list of seriously dishonest entities get none of the policy's funds; firms not evaluated are not excluded. Whether the firm is on the list must be stated; not stated is a missing input. The exclusions are judged on the evaluation date (when paying), also for instalments paid after 2024."),
			},
		},
		Groups: []rules.Group{{
			ID:    RuleRewardChoice,
			Title: t("增资扩产与上台阶奖励就高不重复", "headquarters and scale-up rewards: the higher only"),
			Cite:  cite("末段", quoteHigherOnly),
			Rules: []string{RuleHeadquartersReward, RuleScaleUpReward},
		}},
	}
}
