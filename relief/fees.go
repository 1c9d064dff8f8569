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
	productTesting, cateringInspection := string(ProductTesting), string(CateringEquipmentInspection)
	inspectionConds := []rules.Condition{
		{Name: "bureau_unit", Text: rules.T("市市场监管局直属检验检测单位收取", "charged by a unit directly under the city market regulation bureau"), Expr: "bureau_unit"},
		{Name: "catering_lodging_firm", Text: rules.T("特种设备检验检测费用降低50%限于餐饮住宿企业", "the 50% special-equipment cut is for catering and lodging firms"),
			When: `service == "` + cateringInspection + `"`, Expr: `industry in ` + list(Catering, Lodging), Cite: cite("一、9", quoteInspCatering)},
		{Name: "product_line", Text: rules.T("产品检测费用降低10%限于服装、儿童家具、教玩具行业企业", "the 10% product-testing cut is for clothing, children's furniture and toy firms"),
			When: `service == "` + productTesting + `"`, Expr: `product_line in ` + list(Clothing, ChildrenFurniture, Toys), Cite: cite("一、9", quoteInspProducts)},
		{Name: "listed_firm", Text: rules.T("计量校准、测试服务费降低20%限于2021年度106家领军型工业企业和200家高成长型企业", "the 20% calibration cut is for the 106 leading and 200 high-growth firms of 2021"),
			When: `service == "` + string(LeadingFirmCalibration) + `"`, Expr: `listed_firm`, Cite: cite("一、9", quoteInspLeading)},
	}
	rs := []rules.Rule{
		{
			ID:    RuleInspectionDiscount,
			Title: rules.T("降低检测费收费标准", "lower testing and calibration fees"),
			Cite:  cite("一、9", quoteInspectionUnit),
			Inputs: []rules.Input{
				inIndustry(),
				rules.ChoiceInput("service", rules.T("检验检测项目", "service"), InspectionServices()...),
				rules.ChoiceInput("product_line", rules.T("产品检测企业所属行业（服装、儿童家具、教玩具或其他）", "the tested firm's product line (clothing, children's furniture, toys or other)"),
					ProductLines()...).Omittable(),
				payment("standard_fee", "按收费标准计算的费用", "fee at the standard"),
				flag("bureau_unit", "由市市场监管局直属检验检测单位提供", "provided by a unit directly under the city market regulation bureau"),
				flag("listed_firm", "列入2021年度温州市领军型工业企业或高成长型企业名单", "on the 2021 list of leading or high-growth firms").Omittable(),
			},
			Defs:    []rules.Def{{Name: "granted", Title: rules.T("符合降低收费的条件", "the cut applies"), Expr: allOf(inspectionConds)}},
			Require: inspectionConds,
			Outputs: []rules.Output{
				{Name: "reduction", Title: rules.T("降低（免收）的费用", "fee waived"), Unit: rules.Yuan, Expr: "standard_fee * inspection_reduction[service]"},
				{Name: "payable", Title: rules.T("应收费用", "fee payable"), Unit: rules.Yuan, Always: true,
					Expr: "granted ? standard_fee - standard_fee * inspection_reduction[service] : standard_fee"},
			},
			Reading: rules.T("“降低X%收取”读作按收费标准的(1−X)收取；“免收”即降低100%。不符合条件时按收费标准收取：应收费用为标准费用，降低额为零。50%一项限于餐饮住宿企业（行业为餐饮业或住宿业）；10%一项限于服装、儿童家具、教玩具行业企业，“等”按第1条的读法为列举后的煞尾，不再扩展，须说明产品所属行业；20%一项限于名单内企业，须说明是否在名单内。其余各项条文未限定企业类别。",
				"“降低X%收取” is read as charging (1−X) of the standard; “免收” is a 100% cut. A case that does not qualify pays the standard fee: the fee payable is the standard fee and the cut is zero. The 50% row is for catering and lodging firms (industry 餐饮业 or 住宿业); the 10% row for clothing, children's furniture and toy firms, 等 read as in measure 1 (it closes the list), so the firm's product line must be stated; the 20% row for the listed firms, which must be stated. The other rows name no kind of firm."),
		},
		{
			ID:      RuleUnionRefund,
			Title:   rules.T("企业工会经费返还", "refund of union fees"),
			Cite:    cite("一、10", quoteUnion),
			InForce: since2022,
			Inputs: []rules.Input{inEntity(), inSize().Omittable(),
				rules.DateInput("paid_on", rules.T("上缴工会经费之日", "day the union fees were paid")),
				payment("fees_paid", "上缴的工会经费", "union fees paid")},
			Checks: []rules.Check{notAfterEvalDate("paid_on", "上缴之日", "the day of payment")},
			Require: []rules.Condition{
				{Name: "enterprise", Text: rules.T("企业上缴的工会经费", "union fees paid by an enterprise"), Expr: `entity_type == "企业"`},
				{Name: "paid_jan_to_june", Text: rules.T("2022年1-6月上缴", "paid from January to June 2022"), Expr: within("paid_on", "2022-01-01", "2022-06-30")},
			},
			Defs: []rules.Def{{Name: "rate", Title: rules.T("返还比例", "refund share"),
				Expr: "size in " + smallMicro + " ? union_refund_small_micro : union_refund_other"}},
			Outputs: []rules.Output{
				{Name: "refund", Title: rules.T("返还工会经费", "union fees refunded"), Unit: rules.Yuan, Expr: "fees_paid * rate"},
				{Name: "rate", Title: rules.T("返还比例", "refund share"), Unit: rules.Percent, Expr: "rate"},
			},
			Reading: rules.T("每笔上缴带有其上缴之日，须在2022年1月1日至6月30日（“2022年1-6月”），否则条件paid_jan_to_june不满足；评估日期为“截至”之日，自2022年1月1日起适用、不设终点。条文只说“企业”，个体工商户和行政事业单位不在其内（不必说明规模）；企业须说明规模以定返还比例。",
				"Each payment carries its own day, which must fall from 2022-01-01 to 2022-06-30 (“2022年1-6月”), or the condition paid_jan_to_june fails; the evaluation date is the “as of” day: the rule applies from 2022-01-01 with no end. The clause speaks of enterprises only: individual businesses and institutions are not covered (and need state no size); an enterprise states its size, which decides the share."),
		},
		{
			ID:    RuleStateOwnedRentWaiver,
			Title: rules.T("减免国有房屋租金", "rent waiver on state-owned premises"),
			Cite:  cite("一、11", quoteRent),
			Inputs: []rules.Input{inEntity(), inSize().Omittable(), inIndustry(),
				rules.ChoiceInput("landlord", rules.T("出租方", "landlord"), Landlords()...),
				rules.NumberInput("monthly_rent", rules.T("月租金", "monthly rent"), YuanPerMonth, rules.Range{Lo: rules.Excl("0")}),
				flag("risk_level_changed", "所在县级行政区域疫情风险等级发生变化", "the county-level area's epidemic risk level changed"),
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
				{Name: "waiver", Title: rules.T("减免租金（依申请并经审核后）", "rent waived (on application, once approved)"), Unit: rules.Yuan, Expr: "monthly_rent * rent_waiver_months"},
				{Name: "q1_application_deadline", Title: rules.T("温政发〔2022〕1号一季度租金减免申报截止日", "last day for Q1 waiver applications under 温政发〔2022〕1号"),
					Expr: "rent_q1_application_deadline", Cite: cite("一、11", quoteRentQ1), Always: true},
			},
			Reading: rules.T("“服务业”同时限定小微企业和个体工商户；个体工商户不论规模，无须说明企业规模；企业须说明规模。“市属、区属”同时限定国有企业和行政事业单位（国有企业含全资、控股和实际控制企业）。减免三个月租金，从第二季度（即本政策期间）实施；“截至4月底”为2022年4月30日。减免“依申请并经审核后”给予：本规则给出符合条件时应减免的金额，申请和审核是出租方及主管部门的事，不在本规则。所在县级行政区域疫情风险等级是否发生变化须说明：发生变化的按国家规定执行，未说明的为缺少事实，不当作未变化。",
				"“服务业” qualifies both small/micro firms and individual businesses; an individual business qualifies whatever its size and need state none, an enterprise states its size. “市属、区属” qualifies both SOEs and institutions (SOEs include wholly owned, controlled and actually controlled firms). Three months' rent is waived from Q2 (the notice's period); “截至4月底” is 2022-04-30. The waiver is given “依申请并经审核后” (on application, once approved): the rule gives the amount due to a qualifying case; the application and its approval are for the landlord and the departments, not this rule. Whether the epidemic risk level of the county-level area changed must be stated: where it changed, national rules decide; unstated, it is a missing fact, never read as unchanged."),
		},
		{
			ID:      RuleEpidemicPrevention,
			Title:   rules.T("防疫支出补助", "subsidy for epidemic-prevention spending"),
			Cite:    cite("一、13", quoteEpidemic),
			InForce: since2022,
			Inputs: withFirm(
				rules.CountInput("spending_year", rules.T("防疫、消杀支出所属年度", "year of the spending"), rules.Number, rules.Range{Lo: rules.Incl("2000"), Hi: rules.Incl("2100")}),
				payment("spending", "经审核的防疫、消杀支出", "prevention and disinfection spending, as audited"),
				rules.NumberInput("tier_rate", rules.T("行业主管部门按企业规模分档确定的补助比例", "subsidy share of the firm's tier, set by the industry department"), rules.Percent, rules.Range{Lo: rules.Incl("0"), Hi: rules.Incl("1")}),
				money("tier_cap", "该档补助最高额", "highest subsidy of the firm's tier"),
			),
			Checks: []rules.Check{
				yearStarted("spending_year", "支出所属年度", "the year of the spending"),
				{Field: "tier_rate", Text: rules.T("分档补助比例不超过50%", "the tier's share is at most 50%"), Expr: "tier_rate <= epidemic_rate_cap"},
				{Field: "tier_cap", Text: rules.T("分档补助最高额不超过3万元", "the tier's highest subsidy is at most 30,000"), Expr: "tier_cap <= epidemic_amount_cap"},
			},
			Require: subsidy(rules.Condition{Name: "spent_in_2022", Text: rules.T("企业2022年有关防疫、消杀支出", "the firm's spending of 2022"),
				Expr: "spending_year == 2022"}),
			Outputs: []rules.Output{
				{Name: "subsidy", Title: rules.T("防疫支出补助", "subsidy"), Unit: rules.Yuan, Expr: "min(spending * tier_rate, tier_cap)"},
				{Name: "ceiling", Title: rules.T("本条允许的最高补助", "the most the clause allows"), Unit: rules.Yuan, Expr: "min(spending * epidemic_rate_cap, epidemic_amount_cap)"},
			},
			Reading: rules.T("分类分档的标准本文件未列明，由行业主管部门确定：调用方给出企业所在档的比例和最高额，本规则核对其不超过50%和3万元。补助＝min(支出×该档比例, 该档最高额)。支出带有其所属年度，须为2022年，否则条件spent_in_2022不满足；评估日期为“截至”之日（申报可在次年），自2022年1月1日起适用、不设终点。使用进口物品的工业企业的核酸检测费用另行补助（relief.subsidy.imported_goods_testing），不影响本项。本项与第26条物业补贴同属本文件，附则2“不重复享受、就高”所指为中央、省政策及我市现有其他政策，不及于本文件两条之间，两项可同时享受。",
				"The tiers by firm size are not in the notice; the industry department sets them: the caller gives the firm's tier share and highest amount, which the rule checks are within 50% and 30,000. Subsidy = min(spending × tier share, tier highest). The spending carries its year, which must be 2022, or the condition spent_in_2022 fails; the evaluation date is the “as of” day (an application may come the next year): the rule applies from 2022-01-01 with no end. The testing costs of industrial firms using imported goods are a separate support (relief.subsidy.imported_goods_testing) and do not affect this one. This subsidy and measure 26's are both of this notice; appendix 2's “不重复享受、就高” concerns central, provincial and other existing city policies, not two measures of this notice, so both may be paid."),
		},
		{
			ID:      RuleImportedGoodsTesting,
			Title:   rules.T("使用进口物品的工业企业核酸检测费用补助", "nucleic-acid testing costs of industrial firms using imported goods"),
			Cite:    cite("一、13", quoteEpidemicImport),
			InForce: since2022,
			Inputs:  []rules.Input{inIndustry()},
			CaseByCase: []rules.Condition{{Name: "health_commission_scheme",
				Text: rules.T("使用进口物品的工业企业核酸检测费用补助办法由市卫健委制定", "testing costs of industrial firms using imported goods: the health commission sets the scheme"),
				Expr: "industry in " + list(industrial...)}},
			Require: []rules.Condition{{Name: "industrial_firm", Text: rules.T("工业企业", "an industrial firm"), Expr: "industry in " + list(industrial...)}},
			Reading: rules.T("本项为使用进口物品的企业申报其人员、进口物品、环境等核酸检测费用。限于工业企业（采矿业、制造业、电力热力燃气及水生产和供应业）；补助纳入地方财政保障，具体办法由市卫健委制定，本文件不给出金额：工业企业的申报为按实评估，其他企业不符合条件。与防疫、消杀支出补助（relief.subsidy.epidemic_prevention）是两项支持，互不影响。",
				"A firm using imported goods claims the nucleic-acid testing costs of its staff, imported goods and premises. The support is for industrial firms (mining, manufacturing, power/heat/gas/water); it is paid from local funds under a scheme the health commission sets, and the notice gives no figure: an industrial firm's claim is assessed case by case, another firm's does not qualify. It is a support separate from the prevention-spending subsidy (relief.subsidy.epidemic_prevention); neither affects the other."),
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
				payment("amount", "转贷金额", "amount bridged").Omittable(),
				rules.NumberInput("months", rules.T("使用月数", "months used"), rules.Month, rules.Range{Lo: rules.Excl("0")}).Omittable(),
			},
			Defs: []rules.Def{
				{Name: "monthly_rate", Title: rules.T("下降后的月转贷费率", "monthly fee rate after the cut"), Expr: "bridge_base_rate * (1 - bridge_cut)"},
				{Name: "loan_given", Title: rules.T("给出转贷金额和使用月数", "the loan and its months are given"), Expr: "given(amount) && given(months)"},
			},
			Checks: []rules.Check{
				{Field: "months", Text: rules.T("给出转贷金额的，须给出使用月数", "a loan is given with its months"), Expr: "!given(amount) || given(months)"},
				{Field: "amount", Text: rules.T("给出使用月数的，须给出转贷金额", "months are given with their loan"), Expr: "!given(months) || given(amount)"},
			},
			Outputs: []rules.Output{
				{Name: "monthly_rate", Title: rules.T("月转贷费率", "monthly fee rate"), Unit: PerMonth, Expr: "monthly_rate", Round: rules.Exact},
				{Name: "fee", Title: rules.T("转贷费用", "fee"), Unit: rules.Yuan, Expr: "loan_given ? amount * monthly_rate * months : 0"},
				{Name: "saving", Title: rules.T("少付的转贷费用", "fee saved"), Unit: rules.Yuan,
					Expr: "loan_given ? amount * bridge_base_rate * months - amount * monthly_rate * months : 0"},
			},
			Reading: rules.T("月息4.5‰下降20%为3.6‰（相对下降）；给出金额和月数时计算费用和少付额，二者须同时给出且大于0（金额或月数为0的转贷无意义）；均未给出时只给出费率，费用和少付额为0。",
				"A monthly 4.5‰ cut by 20% is 3.6‰ (a relative cut); with an amount and months the rule gives the fee and the saving. The two are given together, each above 0 (a loan of nothing, or for no time, has no meaning); with neither, the rule gives the rate alone, and the fee and the saving are 0."),
		},
		{
			ID:      RuleUnemploymentDeferral,
			Title:   rules.T("缓缴失业保险费", "deferral of unemployment insurance"),
			Cite:    cite("二、18", quoteUnemployment),
			InForce: sinceApril,
			Inputs: []rules.Input{inEntity(), inIndustry(),
				rules.DateInput("deferral_from", rules.T("缓缴起始日", "first day of the deferral"))},
			Require: []rules.Condition{
				{Name: "enterprise", Text: rules.T("企业", "an enterprise"), Expr: `entity_type == "企业"`},
				{Name: "catering_retail_tourism", Text: rules.T("餐饮、零售、旅游企业", "a catering, retail or tourism firm"),
					Expr: "industry in " + list(append([]Industry{Catering, TravelAgency, OtherTourism}, retail...)...)},
				{Name: "deferral_in_period", Text: rules.T("缓缴自本政策有效期内（2022年4月1日至6月30日）开始", "the deferral starts within the notice's period (2022-04-01 to 2022-06-30)"),
					Expr: inNoticePeriod("deferral_from"), Cite: cite("附则3", quoteEffective)},
			},
			Outputs: []rules.Output{
				{Name: "deferral_until", Title: rules.T("缓缴期限最迟届满日", "latest end of the deferral"), Expr: "add_years(deferral_from, unemployment_deferral_max)"},
				{Name: "late_fee_waived", Title: rules.T("缓缴期间不收滞纳金", "no late fee during the deferral"), Expr: "true"},
			},
			Reading: rules.T("条文列举餐饮、零售（含实体书店）、旅游企业（不含住宿、批发），且为“企业”：个体工商户、行政事业单位不在其内；“符合条件”的其他条件由另行制定的办法规定，不在本文件。本条未另定期限，按附则3，缓缴须自本政策有效期内（2022年4月1日至6月30日）开始，否则条件deferral_in_period不满足；评估日期为“截至”之日，自2022年4月1日起适用、不设终点。期限不超过一年，按民法典第201—202条自起始日起算一年，届满于对应日。",
				"The clause names catering, retail (bookstores included) and tourism firms (not lodging or wholesale), and enterprises: individual businesses and institutions are not covered; the further conditions (“符合条件”) are left to a scheme to be issued, not in this notice. The measure states no period of its own, so under appendix 3 the deferral must start within the notice's period (2022-04-01 to 2022-06-30), or the condition deferral_in_period fails; the evaluation date is the “as of” day: the rule applies from 2022-04-01 with no end. At most one year, counted under Civil Code art. 201–202 from the first day, ending on the corresponding day."),
		},
	}
	return params, rs
}

// The methods of the fee, rent, finance and insurance measures (一、9 to
// 二、18).

// InspectionFee returns the cut of a testing or calibration fee at the city
// market regulation bureau's units (降低检测费收费标准, 一、9) and the fee
// payable: the standard fee when the cut does not apply. The 50% cut is for
// catering and lodging firms, the 10% for clothing, children's furniture
// and toy firms (by the inspection's ProductLine), the 20% for the listed
// leading and high-growth firms (relief.fee.inspection_discount). Whether a
// unit directly under the bureau charged the fee (BureauUnit) must be
// stated: nil is reported missing, an error matching
// [rules.ErrInvalidInput] naming bureau_unit, never a cut refused.
func (e *Evaluator) InspectionFee(on rules.Date, c InspectionCase) (res InspectionReduction, err error) {
	err = e.inspection.EvalInto(on, &c, &res)
	return res, err
}

// UnionFeeRefund returns the union fees refunded to an enterprise for a
// payment made from January to June 2022 (工会经费返还, 一、10): 100% for
// small and micro firms, 50% for others (relief.fee.union_refund). The
// payment carries its own day; a payment outside January–June 2022 fails
// the condition paid_jan_to_june.
func (e *Evaluator) UnionFeeRefund(on rules.Date, c UnionFeeCase) (res UnionRefund, err error) {
	err = e.union.EvalInto(on, &c, &res)
	return res, err
}

// StateOwnedRentWaiver returns the three months' rent waived for a
// service-sector small or micro firm or individual business renting
// premises of city or district SOEs or institutions (减免国有房租, 一、11),
// on application once approved (依申请并经审核后). An individual business
// need state no size. Where the area's epidemic risk level changed, national
// rules decide: the error matches [rules.ErrCaseByCase]
// (relief.rent.state_owned_waiver). Whether it changed (RiskLevelChanged)
// must be stated: nil is reported missing, an error matching
// [rules.ErrInvalidInput] naming risk_level_changed, never read as
// unchanged and the waiver granted.
func (e *Evaluator) StateOwnedRentWaiver(on rules.Date, c LeaseCase) (res RentWaiver, err error) {
	err = e.rent.EvalInto(on, &c, &res)
	return res, err
}

// EpidemicPreventionSubsidy returns the subsidy for a firm's 2022
// epidemic-prevention and disinfection spending (防疫支出补助, 一、13):
// min(spending × the tier's share, the tier's highest amount). The tiers by
// firm size are the industry department's, not the notice's: the caller
// gives the firm's tier, which must be within 50% and 30,000 (an error
// matching [rules.ErrInvalidInput] on tier_rate or tier_cap otherwise). The
// spending carries its year; other years fail spent_in_2022. Testing costs
// of industrial firms using imported goods are a separate support
// ([Evaluator.ImportedGoodsTesting]) (relief.subsidy.epidemic_prevention).
func (e *Evaluator) EpidemicPreventionSubsidy(on rules.Date, c EpidemicCase) (res EpidemicSubsidy, err error) {
	err = e.epidemic.EvalInto(on, &c, &res)
	return res, err
}

// ImportedGoodsTesting says what becomes of a firm's claim for the
// nucleic-acid testing costs of its staff, imported goods and premises, as
// a firm using imported goods (使用进口物品的工业企业核酸检测费用, 一、13):
// for an industrial firm the health commission's scheme decides, and the
// error matches [rules.ErrCaseByCase]; another firm is not eligible
// (relief.subsidy.imported_goods_testing).
func (e *Evaluator) ImportedGoodsTesting(on rules.Date, f Firm) (res Eligibility, err error) {
	err = e.importedTesting.EvalInto(on, &f, &res)
	return res, err
}

// GuaranteeFeeRate returns the average guarantee fee rate the city's
// government guarantee institutions charge from 2022-04-01 to 2022-06-30:
// 20% below 2021's (融资担保费率, 一、14) (relief.finance.guarantee_fee).
func (e *Evaluator) GuaranteeFeeRate(on rules.Date, c GuaranteeCase) (res Rate, err error) {
	err = e.guarantee.EvalInto(on, &c, &res)
	return res, err
}

// BridgeLoanFee returns the emergency bridge-loan fee (应急转贷费用, 一、15):
// the monthly 4.5‰ cut by 20% to 3.6‰, the fee for the loan and months,
// and what the cut saves (relief.finance.bridge_loan_fee).
func (e *Evaluator) BridgeLoanFee(on rules.Date, l BridgeLoan) (res BridgeLoanCost, err error) {
	err = e.bridge.EvalInto(on, &l, &res)
	return res, err
}

// UnemploymentInsuranceDeferral says whether a catering, retail or tourism
// enterprise may defer unemployment insurance contributions (缓缴失业保险费,
// 二、18) from a day within the notice's period, and the latest day the
// deferral may last to: one year from its first day, without late fees
// (relief.insurance.unemployment_deferral).
func (e *Evaluator) UnemploymentInsuranceDeferral(on rules.Date, c UnemploymentCase) (res InsuranceDeferral, err error) {
	err = e.unemployment.EvalInto(on, &c, &res)
	return res, err
}
