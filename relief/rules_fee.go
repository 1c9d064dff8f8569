package relief

import "github.com/wzpolicy/wzpolicy/rules"

// Quotes of the fee, rent, epidemic and finance measures (一、7–17; 二、18).
const (
	quoteInspectionUnit = "市市场监管局直属检验检测单位实行对餐饮住宿企业特种设备检验检测费用按收费标准降低50%收取"
	quoteInspCatering   = "对餐饮住宿企业特种设备检验检测费用按收费标准降低50%收取"
	quoteInspMaking     = "对特种设备制造过程监督检验费用按收费标准降低25%收取"
	quoteInspCrane      = "对起重机械和锅炉安装监督检验、定期检验费用按收费标准降低15%收取"
	quoteInspProducts   = "对服装、儿童家具、教玩具等行业企业产品检测费用按收费标准降低10%收取"
	quoteInspLift       = "对住宅电梯定期检验费按收费标准降低30%收取"
	quoteInspLeading    = "对2021年度106家温州市领军型工业企业和200家温州市高成长型企业的计量校准、测试服务费按收费标准降低20%收取"
	quoteInspKey        = "对“5+5”产业中广泛使用且量大面广的十大计量器具按收费标准降低25%收取"
	quoteInspEpidemic   = "市内疫情防控（红外测温枪、体温计，疫苗冷藏箱等计量企业）免收计量校准、检定费"
	quoteUnion          = "对2022年1-6月小微企业上缴的工会经费100%返还，其他企业上缴的工会经费50%返还"
	quoteRent           = "服务业小微企业和个体工商户承租市属、区属国有企业（包括全资、控股和实际控制企业）和行政事业单位国有房屋的，依申请并经审核后给予减免三个月租金，从第二季度开始实施"
	quoteRentQ1         = "温政发〔2022〕1号文件中的一季度租金减免申报受理截至4月底"
	quoteRentRisk       = "市场主体所在的县级行政区域疫情风险等级发生变化的，相关减租政策按国家规定执行"
	quoteEpidemic       = "企业2022年有关防疫、消杀支出由企业如实申报，经行业主管部门审核后，按照企业规模分类、分档给予不超过50%、最高不超过3万元的补助"
	quoteEpidemicImport = "使用进口物品的工业企业的人员、进口物品、环境等核酸检测费用纳入地方财政保障给予补助，具体由市卫健委制定办法"
	quoteGuarantee      = "2022年4月1日至6月30日，市级政府性融资担保机构平均担保费率在2021年的基础上下降20%"
	quoteBridge         = "月转贷费用在月息4.5‰的基础上下降20%"
	quoteUnemployment   = "对符合条件的餐饮、零售、旅游企业，可缓缴失业保险费，期限不超过一年，缓缴期间不收滞纳金"
)

func feeRules() ([]rules.Param, []rules.Rule) {
	params := []rules.Param{
		{Name: "rent_q1_application_deadline", Title: rules.T("温政发〔2022〕1号一季度租金减免申报截止日", "last day for Q1 rent-waiver applications under 温政发〔2022〕1号"),
			History: []rules.Dated{{Value: rules.MustDate(2022, 4, 30), Cite: cite("一、11", quoteRentQ1)}}},
		table("inspection_reduction", "检验检测费用降低比例", "fee reduction by service", rules.Percent, cite("一、9", quoteInspectionUnit),
			row(string(CateringEquipmentInspection), "0.5", cite("一、9", quoteInspCatering)),
			row(string(EquipmentManufacturingSupervision), "0.25", cite("一、9", quoteInspMaking)),
			row(string(CraneBoilerInstallation), "0.15", cite("一、9", quoteInspCrane)),
			row(string(CraneBoilerPeriodic), "0.15", cite("一、9", quoteInspCrane)),
			row(string(ProductTesting), "0.10", cite("一、9", quoteInspProducts)),
			row(string(ResidentialLiftPeriodic), "0.30", cite("一、9", quoteInspLift)),
			row(string(LeadingFirmCalibration), "0.20", cite("一、9", quoteInspLeading)),
			row(string(KeyInstrumentCalibration), "0.25", cite("一、9", quoteInspKey)),
			row(string(EpidemicInstrumentCalibration), "1", cite("一、9", quoteInspEpidemic))),
		fixed("union_refund_small_micro", "小微企业工会经费返还比例", "union fee refund, small and micro firms", rules.Percent, "1", cite("一、10", quoteUnion)),
		fixed("union_refund_other", "其他企业工会经费返还比例", "union fee refund, other firms", rules.Percent, "0.5", cite("一、10", quoteUnion)),
		fixed("rent_waiver_months", "减免租金月数", "months of rent waived", rules.Month, "3", cite("一、11", quoteRent)),
		capped(fixed("epidemic_rate_cap", "防疫支出补助比例上限", "highest share of the spending subsidised", rules.Percent, "0.5", cite("一、13", quoteEpidemic))),
		capped(fixed("epidemic_amount_cap", "防疫支出补助最高额", "highest subsidy", rules.Yuan, "30000", cite("一、13", quoteEpidemic))),
		fixed("guarantee_fee_cut", "平均担保费率下降比例", "cut of the average guarantee fee rate", rules.Percent, "0.2", cite("一、14", quoteGuarantee)),
		fixed("bridge_base_rate", "应急转贷月息", "bridge-loan monthly fee rate before the cut", PerMonth, "0.0045", cite("一、15", quoteBridge)),
		fixed("bridge_cut", "转贷费用下降比例", "cut of the bridge-loan fee", rules.Percent, "0.2", cite("一、15", quoteBridge)),
		capped(fixed("unemployment_deferral_max", "失业保险费缓缴期限上限", "longest deferral", rules.Year, "1", cite("二、18", quoteUnemployment))),
	}

	smallMicro := list(Small, Micro)
	rs := []rules.Rule{
		{
			ID:    RuleInspectionDiscount,
			Title: rules.T("降低检测费收费标准", "lower testing and calibration fees"),
			Cite:  cite("一、9", quoteInspectionUnit),
			Inputs: []rules.Input{
				rules.TextInput("service", rules.T("检验检测项目", "service"), rules.Texts(InspectionServices())...),
				money("standard_fee", "按收费标准计算的费用", "fee at the standard"),
				flag("bureau_unit", "由市市场监管局直属检验检测单位提供", "provided by a unit directly under the city market regulation bureau"),
				flag("listed_firm", "列入2021年度温州市领军型工业企业或高成长型企业名单", "on the 2021 list of leading or high-growth firms").Optional(false),
			},
			Require: []rules.Condition{
				{Name: "bureau_unit", Text: rules.T("市市场监管局直属检验检测单位收取", "charged by a unit directly under the city market regulation bureau"), Expr: "bureau_unit"},
				{Name: "listed_firm", Text: rules.T("计量校准、测试服务费降低20%限于2021年度106家领军型工业企业和200家高成长型企业", "the 20% calibration cut is for the 106 leading and 200 high-growth firms of 2021"),
					Expr: `service != "领军型和高成长型企业计量校准、测试服务" || listed_firm`, Cite: cite("一、9", quoteInspLeading)},
			},
			Outputs: []rules.Output{
				{Name: "reduction", Title: rules.T("降低（免收）的费用", "fee waived"), Unit: rules.Yuan, Expr: "standard_fee * inspection_reduction[service]"},
				{Name: "payable", Title: rules.T("应收费用", "fee payable"), Unit: rules.Yuan, Expr: "standard_fee - standard_fee * inspection_reduction[service]"},
			},
			Reading: rules.T("“降低X%收取”读作按收费标准的(1−X)收取；“免收”即降低100%。不符合条件时按收费标准收取（结果不适用，其金额为零）。",
				"“降低X%收取” is read as charging (1−X) of the standard; “免收” is a 100% cut. A case that does not qualify pays the standard fee (the result is not eligible and its figures are zero)."),
		},
		{
			ID:      RuleUnionRefund,
			Title:   rules.T("企业工会经费返还", "refund of union fees"),
			Cite:    cite("一、10", quoteUnion),
			InForce: firstHalf,
			Inputs:  []rules.Input{inEntity(), inSize(), money("fees_paid", "上缴的工会经费", "union fees paid")},
			Require: []rules.Condition{{Name: "enterprise", Text: rules.T("企业上缴的工会经费", "union fees paid by an enterprise"), Expr: `entity_type == "企业"`}},
			Defs: []rules.Def{{Name: "rate", Title: rules.T("返还比例", "refund share"),
				Expr: "size in " + smallMicro + " ? union_refund_small_micro : union_refund_other"}},
			Outputs: []rules.Output{
				{Name: "refund", Title: rules.T("返还工会经费", "union fees refunded"), Unit: rules.Yuan, Expr: "fees_paid * rate"},
				{Name: "rate", Title: rules.T("返还比例", "refund share"), Unit: rules.Percent, Expr: "rate"},
			},
			Reading: rules.T("评估日期为上缴工会经费之日，须在2022年1月1日至6月30日；半年合计可取其中任一日。条文只说“企业”，个体工商户和行政事业单位不在其内。",
				"The evaluation date is the day the fees were paid, in 2022-01-01 to 2022-06-30; for a half-year total any day of it. The clause speaks of enterprises only: individual businesses and institutions are not covered."),
		},
		{
			ID:    RuleStateOwnedRentWaiver,
			Title: rules.T("减免国有房屋租金", "rent waiver on state-owned premises"),
			Cite:  cite("一、11", quoteRent),
			Inputs: []rules.Input{inEntity(), inSize(), inIndustry(),
				rules.TextInput("landlord", rules.T("出租方", "landlord"), rules.Texts(Landlords())...),
				rules.NumberInput("monthly_rent", rules.T("月租金", "monthly rent"), YuanPerMonth, rules.Range{Lo: rules.Incl("0")}),
				flag("risk_level_changed", "所在县级行政区域疫情风险等级发生变化", "the county-level area's epidemic risk level changed").Optional(false),
			},
			CaseByCase: []rules.Condition{{Name: "risk_level_changed",
				Text: rules.T("疫情风险等级发生变化的，减租政策按国家规定执行", "where the epidemic risk level changed, national rules decide the waiver"),
				Expr: "risk_level_changed", Cite: cite("一、11", quoteRentRisk)}},
			Require: []rules.Condition{
				{Name: "service_sector", Text: rules.T("服务业", "in the service sector"), Expr: "!(industry in " + list(nonService...) + ")"},
				{Name: "small_micro_or_individual", Text: rules.T("小微企业或个体工商户", "a small or micro firm, or an individual business"),
					Expr: `entity_type == "个体工商户" || entity_type == "企业" && size in ` + smallMicro},
				{Name: "state_owned_premises", Text: rules.T("承租市属、区属国有企业和行政事业单位国有房屋", "renting state-owned premises of city or district SOEs or institutions"),
					Expr: "landlord in " + list(CitySOE, DistrictSOE, CityInstitution, DistrictInstitution)},
			},
			Outputs: []rules.Output{
				{Name: "waiver", Title: rules.T("减免租金", "rent waived"), Unit: rules.Yuan, Expr: "monthly_rent * rent_waiver_months"},
				{Name: "q1_application_deadline", Title: rules.T("温政发〔2022〕1号一季度租金减免申报截止日", "last day for Q1 waiver applications under 温政发〔2022〕1号"),
					Expr: "rent_q1_application_deadline", Cite: cite("一、11", quoteRentQ1), Always: true},
			},
			Reading: rules.T("“服务业”同时限定小微企业和个体工商户；“市属、区属”同时限定国有企业和行政事业单位（国有企业含全资、控股和实际控制企业）。减免三个月租金，从第二季度（即本政策期间）实施；“截至4月底”为2022年4月30日。",
				"“服务业” qualifies both small/micro firms and individual businesses; “市属、区属” qualifies both SOEs and institutions (SOEs include wholly owned, controlled and actually controlled firms). Three months' rent is waived from Q2 (the notice's period); “截至4月底” is 2022-04-30."),
		},
		{
			ID:      RuleEpidemicPrevention,
			Title:   rules.T("防疫支出补助", "subsidy for epidemic-prevention spending"),
			Cite:    cite("一、13", quoteEpidemic),
			InForce: year2022,
			Inputs: withFirm(
				money("spending", "经审核的2022年防疫、消杀支出", "2022 prevention and disinfection spending, as audited"),
				rules.NumberInput("tier_rate", rules.T("行业主管部门按企业规模分档确定的补助比例", "subsidy share of the firm's tier, set by the industry department"), rules.Percent, rules.Range{Lo: rules.Incl("0"), Hi: rules.Incl("1")}),
				money("tier_cap", "该档补助最高额", "highest subsidy of the firm's tier"),
				flag("imported_goods_testing", "使用进口物品的工业企业核酸检测费用", "nucleic-acid testing costs of an industrial firm using imported goods").Optional(false),
			),
			CaseByCase: []rules.Condition{{Name: "imported_goods_testing",
				Text: rules.T("使用进口物品的工业企业核酸检测费用补助办法由市卫健委制定", "testing costs of industrial firms using imported goods: the health commission sets the scheme"),
				Expr: "imported_goods_testing", Cite: cite("一、13", quoteEpidemicImport)}},
			Checks: []rules.Check{
				{Field: "tier_rate", Text: rules.T("分档补助比例不超过50%", "the tier's share is at most 50%"), Expr: "tier_rate <= epidemic_rate_cap"},
				{Field: "tier_cap", Text: rules.T("分档补助最高额不超过3万元", "the tier's highest subsidy is at most 30,000"), Expr: "tier_cap <= epidemic_amount_cap"},
			},
			Require: subsidy(),
			Outputs: []rules.Output{
				{Name: "subsidy", Title: rules.T("防疫支出补助", "subsidy"), Unit: rules.Yuan, Expr: "min(spending * tier_rate, tier_cap)"},
				{Name: "ceiling", Title: rules.T("本条允许的最高补助", "the most the clause allows"), Unit: rules.Yuan, Expr: "min(spending * epidemic_rate_cap, epidemic_amount_cap)"},
			},
			Reading: rules.T("分类分档的标准本文件未列明，由行业主管部门确定：调用方给出企业所在档的比例和最高额，本规则核对其不超过50%和3万元。补助＝min(支出×该档比例, 该档最高额)。评估日期为支出发生之日（2022年内）。",
				"The tiers by firm size are not in the notice; the industry department sets them: the caller gives the firm's tier share and highest amount, which the rule checks are within 50% and 30,000. Subsidy = min(spending × tier share, tier highest). The evaluation date is the day of the spending (in 2022)."),
		},
		{
			ID:      RuleGuaranteeFee,
			Title:   rules.T("政府性融资担保费率下降", "lower government guarantee fees"),
			Cite:    cite("一、14", quoteGuarantee),
			InForce: aprilToJune,
			Inputs: []rules.Input{rules.NumberInput("rate_2021", rules.T("2021年平均担保费率", "average guarantee fee rate of 2021"),
				rules.Percent, rules.Range{Lo: rules.Excl("0"), Hi: rules.Incl("1")})},
			Outputs: []rules.Output{{Name: "rate", Title: rules.T("平均担保费率目标", "target average guarantee fee rate"), Unit: rules.Percent,
				Expr: "rate_2021 * (1 - guarantee_fee_cut)", Round: rules.Exact}},
			Reading: rules.T("“下降20%”读作相对下降（乘以0.8），不是下降20个百分点。",
				"“下降20%” is read as a relative cut (× 0.8), not 20 percentage points."),
		},
		{
			ID:    RuleBridgeLoanFee,
			Title: rules.T("应急转贷费用下降", "lower bridge-loan fees"),
			Cite:  cite("一、15", quoteBridge),
			Inputs: []rules.Input{
				money("amount", "转贷金额", "amount bridged").Optional("0"),
				rules.NumberInput("months", rules.T("使用月数", "months used"), rules.Month, rules.Range{Lo: rules.Incl("0")}).Optional("0"),
			},
			Defs: []rules.Def{{Name: "monthly_rate", Title: rules.T("下降后的月转贷费率", "monthly fee rate after the cut"), Expr: "bridge_base_rate * (1 - bridge_cut)"}},
			Outputs: []rules.Output{
				{Name: "monthly_rate", Title: rules.T("月转贷费率", "monthly fee rate"), Unit: PerMonth, Expr: "monthly_rate", Round: rules.Exact},
				{Name: "fee", Title: rules.T("转贷费用", "fee"), Unit: rules.Yuan, Expr: "amount * monthly_rate * months"},
				{Name: "saving", Title: rules.T("少付的转贷费用", "fee saved"), Unit: rules.Yuan, Expr: "amount * bridge_base_rate * months - amount * monthly_rate * months"},
			},
			Reading: rules.T("月息4.5‰下降20%为3.6‰（相对下降）；给出金额和月数时计算费用和少付额。",
				"A monthly 4.5‰ cut by 20% is 3.6‰ (a relative cut); with an amount and months the rule gives the fee and the saving."),
		},
		{
			ID:    RuleUnemploymentDeferral,
			Title: rules.T("缓缴失业保险费", "deferral of unemployment insurance"),
			Cite:  cite("二、18", quoteUnemployment),
			Inputs: []rules.Input{inIndustry(),
				rules.DateInput("deferral_from", rules.T("缓缴起始日", "first day of the deferral"))},
			Require: []rules.Condition{{Name: "catering_retail_tourism", Text: rules.T("餐饮、零售、旅游企业", "a catering, retail or tourism firm"),
				Expr: "industry in " + list(Catering, Retail, TravelAgency, OtherTourism)}},
			Outputs: []rules.Output{
				{Name: "deferral_until", Title: rules.T("缓缴期限最迟届满日", "latest end of the deferral"), Expr: "add_years(deferral_from, unemployment_deferral_max)"},
				{Name: "late_fee_waived", Title: rules.T("缓缴期间不收滞纳金", "no late fee during the deferral"), Expr: "true"},
			},
			Reading: rules.T("条文列举餐饮、零售、旅游企业（不含住宿、批发）；“符合条件”的其他条件由另行制定的办法规定，不在本文件。期限不超过一年，按民法典第201—202条自起始日起算一年，届满于对应日。",
				"The clause names catering, retail and tourism firms (not lodging or wholesale); the further conditions (“符合条件”) are left to a scheme to be issued, not in this notice. At most one year, counted under Civil Code art. 201–202 from the first day, ending on the corresponding day."),
		},
	}
	return params, rs
}
