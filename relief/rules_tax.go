package relief

import "github.com/wzpolicy/wzpolicy/rules"

// Quotes of the tax measures (一、1–6).
const (
	quoteCreditRefund    = "将先进制造业按月全额退还增值税增量留抵税额政策范围扩大至符合条件的小微企业（含个体工商户）以及制造业、科学研究和技术服务业、电力热力燃气及水生产和供应业、软件和信息技术服务业、生态保护和环境治理业、交通运输仓储邮政业等行业企业（含个体工商户），并一次性退还存量留抵税额"
	quoteDeferralQ4      = "2021年第四季度部分税费（包括企业所得税、个人所得税、国内增值税、国内消费税及附征的城市维护建设税、教育费附加、地方教育附加，下同），缓缴期限继续延长6个月"
	quoteDeferral2022    = "2022年第一季度、第二季度部分税费，延缓的期限为6个月"
	quoteDeferralShare   = "制造业中型企业延缓缴纳比例50%，制造业小微企业延缓缴纳比例100%"
	quoteSmallScale      = "自2022年4月1日至2022年12月31日，增值税小规模纳税人适用3%征收率的应税销售收入，免征增值税"
	quotePrepay          = "适用3%预征率的预缴增值税项目，暂停预缴增值税"
	quoteSixTaxes        = "按照50%幅度减征资源税、城市维护建设税、房产税、城镇土地使用税、印花税（不含证券交易印花税）、耕地占用税和教育费附加、地方教育附加"
	quoteSixTaxesWho     = "适用主体由增值税小规模纳税人扩展至小型微利企业和个体工商户"
	quoteSmallProfit     = "对小型微利企业年应纳税所得额超过100万元但不超过300万元的部分，减按25%计入应纳税所得额，按20%的税率缴纳企业所得税"
	quoteEquipment       = "中小微企业在2022年新购置的设备、器具，单位价值在500万元以上"
	quoteEquipmentFull   = "折旧为3年的可一次性税前扣除"
	quoteEquipmentHalf   = "最低折旧年限为4年、5年、10年的，单位价值的50%可在当年一次性税前扣除"
	quoteRD              = "将科技型中小企业研发费用企业所得税加计扣除比例从75%提高到100%"
	quoteAddDeduction    = "2022年1月1日至2022年12月31日，允许生产性、生活性服务业纳税人按照当期可抵扣进项税额分别加计10%、15%，抵减增值税应纳税额"
	quotePublicTransport = "免征公交和长途客运、轮客渡、出租车、城市轻轨等公共交通运输服务增值税"
	quoteAirRail         = "航空和铁路运输企业分支机构暂停预缴增值税"
)

func taxRules() ([]rules.Param, []rules.Rule) {
	smeSizes := list(Medium, Small, Micro)
	params := []rules.Param{
		table("deferral_share", "制造业中小微企业延缓缴纳比例", "share of the taxes deferred, by size", rules.Percent,
			cite("一、2", quoteDeferralShare),
			row(string(Medium), "0.5", rules.Citation{}), row(string(Small), "1", rules.Citation{}), row(string(Micro), "1", rules.Citation{})),
		fixed("deferral_extension_months", "2021年第四季度税费缓缴期限继续延长月数", "further months of deferral for 2021 Q4 taxes",
			rules.Month, "6", cite("一、2", quoteDeferralQ4)),
		fixed("deferral_months", "2022年第一、二季度税费延缓期限", "months of deferral for 2022 Q1 and Q2 taxes",
			rules.Month, "6", cite("一、2", quoteDeferral2022)),
		fixed("small_scale_levy_rate", "小规模纳税人征收率", "small-scale taxpayers' levy rate", rules.Percent, "0.03", cite("一、3", quoteSmallScale)),
		fixed("small_scale_prepay_rate", "预缴增值税预征率", "VAT prepayment rate", rules.Percent, "0.03", cite("一、3", quotePrepay)),
		fixed("six_taxes_reduction", "“六税两费”减征幅度", "reduction of the six taxes and two fees", rules.Percent, "0.5", cite("一、4", quoteSixTaxes)),
		fixed("cit_slice_floor", "减税部分下限（超过）", "the slice starts above", rules.Yuan, "1000000", cite("一、5", quoteSmallProfit)),
		fixed("cit_slice_ceiling", "减税部分上限（不超过）", "the slice ends at (included)", rules.Yuan, "3000000", cite("一、5", quoteSmallProfit)),
		fixed("cit_inclusion_rate", "计入应纳税所得额比例", "share counted as taxable income", rules.Percent, "0.25", cite("一、5", quoteSmallProfit)),
		fixed("cit_rate", "企业所得税税率", "corporate income tax rate", rules.Percent, "0.2", cite("一、5", quoteSmallProfit)),
		fixed("equipment_value_floor", "设备、器具单位价值下限（以上）", "lowest unit value (included)", rules.Yuan, "5000000", cite("一、5", quoteEquipment)),
		table("equipment_deduction_share", "当年一次性税前扣除比例", "share of the unit value deducted in the year", rules.Percent,
			cite("一、5", quoteEquipmentHalf),
			row(string(Life3), "1", cite("一、5", quoteEquipmentFull)),
			row(string(Life4), "0.5", cite("一、5", quoteEquipmentHalf)),
			row(string(Life5), "0.5", cite("一、5", quoteEquipmentHalf)),
			row(string(Life10), "0.5", cite("一、5", quoteEquipmentHalf))),
		fixed("rd_rate", "科技型中小企业研发费用加计扣除比例", "R&D super-deduction rate of tech SMEs", rules.Percent, "1", cite("一、5", quoteRD)),
		fixed("rd_rate_before", "原加计扣除比例", "the rate before", rules.Percent, "0.75", cite("一、5", quoteRD)),
		table("additional_deduction_rate", "进项税额加计抵减比例", "additional share of creditable input VAT", rules.Percent,
			cite("一、6", quoteAddDeduction),
			row(string(ProductiveService), "0.10", rules.Citation{}), row(string(LifestyleService), "0.15", rules.Citation{})),
	}

	rs := []rules.Rule{
		{
			ID:     RuleVATCreditRefund,
			Title:  rules.T("增值税留抵退税范围", "who gets VAT credit refunds"),
			Cite:   cite("一、1", quoteCreditRefund),
			Inputs: []rules.Input{inEntity(), inSize(), inIndustry()},
			Require: []rules.Condition{{Name: "covered_firm",
				Text: rules.T("小微企业（含个体工商户），或制造业、科学研究和技术服务业、电力热力燃气及水生产和供应业、软件和信息技术服务业、生态保护和环境治理业、交通运输仓储邮政业企业（含个体工商户）",
					"a small or micro firm (incl. individual businesses), or a firm in manufacturing, R&D and technical services, power/heat/gas/water, software and IT services, ecological protection, or transport/storage/post"),
				Expr: `entity_type == "个体工商户" || size in ["小型", "微型"] || industry in ` +
					list(Manufacturing, Research, Utilities, Software, Ecology, Transport)}},
			Reading: rules.T(
				"符合者按月全额退还增量留抵税额并一次性退还存量留抵税额；“符合条件”的其他条件（纳税信用等）由税务机关依国家规定审核，不在本文件。个体工商户属小微企业，不论行业。行业列举以“等”结尾，按国家公告列举的六个行业读。",
				"A covered firm gets its incremental VAT credits refunded in full monthly and its stock refunded once; the other conditions (“符合条件”: tax credit rating etc.) are the tax authority's under national rules, not in this notice. Individual businesses count as small/micro whatever their industry. The industry list ending in 等 is read as the six industries the national announcement names."),
		},
		{
			ID:      RuleTaxDeferral,
			Title:   rules.T("制造业中小微企业延缓缴纳部分税费", "deferral of taxes for manufacturing SMEs"),
			Cite:    cite("一、2", quoteDeferralShare),
			InForce: taxQuarters,
			Inputs: []rules.Input{inIndustry(), inSize(),
				money("amount", "所属期应缴部分税费", "taxes of the period covered (the listed taxes and surcharges)"),
				rules.DateInput("due_date", rules.T("原缴纳期限（2021年第四季度为已缓缴后的期限）", "due date before this measure (for 2021 Q4: the date already deferred to)")),
			},
			Defs: []rules.Def{
				{Name: "tax_period_name", Title: rules.T("税款所属期", "tax period"),
					Expr: `eval_date < date("2022-01-01") ? "2021年第四季度" : (eval_date < date("2022-04-01") ? "2022年第一季度" : "2022年第二季度")`},
				{Name: "months", Title: rules.T("延缓月数", "months of deferral"),
					Expr: `eval_date < date("2022-01-01") ? deferral_extension_months : deferral_months`},
			},
			Checks: []rules.Check{{Field: "due_date",
				Text: rules.T("缴纳期限在税款所属期之后", "the due date falls after the tax period"),
				Expr: "due_date > eval_date"}},
			Require: []rules.Condition{
				{Name: "manufacturing", Text: rules.T("制造业企业", "a manufacturing firm"), Expr: `industry == "制造业"`},
				{Name: "sme", Text: rules.T("中型、小型或微型企业", "a medium, small or micro firm"), Expr: "size in " + smeSizes},
			},
			Outputs: []rules.Output{
				{Name: "deferred", Title: rules.T("延缓缴纳税费", "taxes deferred"), Unit: rules.Yuan, Expr: "amount * deferral_share[size]"},
				{Name: "due", Title: rules.T("延缓后的缴纳期限", "new due date"), Expr: "add_months(due_date, months)"},
				{Name: "tax_period", Title: rules.T("税款所属期", "tax period"), Expr: "tax_period_name", Always: true},
			},
			Reading: rules.T(
				"评估日期为税款所属期内的一天（2021年10月1日至2022年6月30日），据以确定所属季度；新期限为原期限加6个月的对应日（民法典第202条）。2021年第四季度的原期限指已缓缴后的期限，“继续延长6个月”自该期限起算。",
				"The evaluation date is a day of the tax period whose taxes are deferred (2021-10-01 to 2022-06-30), which decides the quarter; the new due date is the corresponding day 6 months after the due date given (Civil Code art. 202). For 2021 Q4 the due date given is the one already deferred to, which “继续延长6个月” extends."),
		},
		{
			ID:      RuleSmallScaleExemption,
			Title:   rules.T("小规模纳税人阶段性免征增值税", "VAT exemption for small-scale taxpayers"),
			Cite:    cite("一、3", quoteSmallScale),
			InForce: aprilToDec,
			Inputs: []rules.Input{
				flag("small_scale", "增值税小规模纳税人", "a small-scale VAT taxpayer"),
				money("sales", "适用3%征收率的应税销售收入（不含税）", "taxable sales at the 3% levy rate, VAT excluded"),
				money("prepay_base", "适用3%预征率的预缴增值税项目销售额", "sales of items prepaid at the 3% rate").Optional("0"),
			},
			Require: []rules.Condition{{Name: "small_scale", Text: rules.T("增值税小规模纳税人", "a small-scale VAT taxpayer"), Expr: "small_scale"}},
			Outputs: []rules.Output{
				{Name: "vat_exempted", Title: rules.T("免征增值税额", "VAT exempted"), Unit: rules.Yuan, Expr: "sales * small_scale_levy_rate"},
				{Name: "prepayment_suspended", Title: rules.T("暂停预缴增值税额", "VAT prepayment suspended"), Unit: rules.Yuan,
					Expr: "prepay_base * small_scale_prepay_rate", Cite: cite("一、3", quotePrepay)},
			},
			Reading: rules.T("评估日期为应税行为发生之日。免征额＝不含税销售额×3%；暂停预缴额＝预缴项目销售额×3%。",
				"The evaluation date is the day of the taxable sale. VAT exempted = sales (VAT excluded) × 3%; prepayment suspended = prepaid items' sales × 3%."),
		},
		{
			ID:    RuleSixTaxesTwoFees,
			Title: rules.T("“六税两费”减征", "reduction of the six taxes and two fees"),
			Cite:  cite("一、4", quoteSixTaxes),
			Inputs: []rules.Input{
				rules.TextInput("tax_kind", rules.T("税费种类", "tax or fee"), rules.Texts(TaxKinds())...),
				money("amount", "减征前应纳税费", "tax or fee due before the reduction"),
				flag("small_scale", "增值税小规模纳税人", "a small-scale VAT taxpayer"),
				flag("small_low_profit", "小型微利企业", "a small low-profit enterprise"),
				inEntity(),
			},
			Require: []rules.Condition{
				{Name: "covered_taxpayer", Text: rules.T("增值税小规模纳税人、小型微利企业或个体工商户", "a small-scale VAT taxpayer, small low-profit enterprise or individual business"),
					Expr: `small_scale || small_low_profit || entity_type == "个体工商户"`, Cite: cite("一、4", quoteSixTaxesWho)},
				{Name: "covered_tax", Text: rules.T("不含证券交易印花税", "not securities stamp duty"), Expr: `tax_kind != "证券交易印花税"`},
			},
			Outputs: []rules.Output{
				{Name: "reduction", Title: rules.T("减征额", "reduction"), Unit: rules.Yuan, Expr: "amount * six_taxes_reduction"},
				{Name: "payable", Title: rules.T("减征后应纳税费", "due after the reduction"), Unit: rules.Yuan, Expr: "amount - amount * six_taxes_reduction"},
			},
			Reading: rules.T("“按照50%幅度减征”读作减征50%。",
				"“按照50%幅度减征” is read as a 50% reduction."),
		},
		{
			ID:    RuleSmallProfitCIT,
			Title: rules.T("小型微利企业所得税减征", "corporate income tax of small low-profit enterprises"),
			Cite:  cite("一、5", quoteSmallProfit),
			Inputs: []rules.Input{
				flag("small_low_profit", "小型微利企业", "a small low-profit enterprise"),
				money("taxable_income", "年应纳税所得额", "annual taxable income"),
			},
			Defs: []rules.Def{{Name: "slice", Title: rules.T("超过100万元但不超过300万元的部分", "the part above 1,000,000 up to 3,000,000"),
				Expr: "min(taxable_income, cit_slice_ceiling) - cit_slice_floor"}},
			Require: []rules.Condition{
				{Name: "small_low_profit", Text: rules.T("小型微利企业", "a small low-profit enterprise"), Expr: "small_low_profit"},
				{Name: "above_floor", Text: rules.T("年应纳税所得额超过100万元", "annual taxable income above 1,000,000"), Expr: "taxable_income > cit_slice_floor"},
			},
			Outputs: []rules.Output{
				{Name: "tax", Title: rules.T("该部分应纳企业所得税", "income tax on the part"), Unit: rules.Yuan, Expr: "slice * cit_inclusion_rate * cit_rate"},
				{Name: "slice", Title: rules.T("适用部分", "the part"), Unit: rules.Yuan, Expr: "slice"},
				{Name: "effective_rate", Title: rules.T("实际税负", "effective rate on the part"), Unit: rules.Percent, Expr: "cit_inclusion_rate * cit_rate"},
			},
			Reading: rules.T("本条只规定100万元以上至300万元（含）的部分：按25%计入、20%税率，实际税负5%；100万元及以下的部分不在本文件，所得额不超过100万元时本条不适用。",
				"The clause sets only the part above 1,000,000 up to 3,000,000 (included): 25% counted, taxed at 20%, 5% in effect; the part up to 1,000,000 is outside this notice, so at an income of 1,000,000 or less the clause does not apply."),
		},
		{
			ID:      RuleEquipmentDeduction,
			Title:   rules.T("设备器具一次性税前扣除", "one-off deduction of equipment"),
			Cite:    cite("一、5", quoteEquipment),
			InForce: year2022,
			Inputs: []rules.Input{inSize(),
				rules.NumberInput("unit_value", rules.T("设备、器具单位价值", "unit value of the equipment"), rules.Yuan, rules.Range{Lo: rules.Excl("0")}),
				rules.TextInput("min_life", rules.T("最低折旧年限", "minimum depreciation life"), rules.Texts(DepreciationLives())...),
			},
			Require: []rules.Condition{
				{Name: "sme", Text: rules.T("中小微企业", "a small, medium or micro firm"), Expr: "size in " + smeSizes},
				{Name: "unit_value_floor", Text: rules.T("单位价值在500万元以上", "unit value of 5,000,000 or more"), Expr: "unit_value >= equipment_value_floor"},
			},
			Outputs: []rules.Output{
				{Name: "deduction", Title: rules.T("当年一次性税前扣除额", "deducted in the year"), Unit: rules.Yuan, Expr: "unit_value * equipment_deduction_share[min_life]"},
				{Name: "share", Title: rules.T("扣除比例", "share deducted"), Unit: rules.Percent, Expr: "equipment_deduction_share[min_life]"},
			},
			Reading: rules.T("评估日期为购置之日（2022年内）；“500万元以上”含500万元；折旧为3年的全额一次性扣除。",
				"The evaluation date is the day of purchase (in 2022); “500万元以上” includes 5,000,000; a 3-year life is deducted in full."),
		},
		{
			ID:    RuleRDSuperDeduction,
			Title: rules.T("科技型中小企业研发费用加计扣除", "R&D super-deduction of tech SMEs"),
			Cite:  cite("一、5", quoteRD),
			Inputs: []rules.Input{
				flag("tech_sme", "科技型中小企业", "a tech SME (科技型中小企业)"),
				money("rd_expense", "研发费用", "R&D expenses"),
			},
			Require: []rules.Condition{{Name: "tech_sme", Text: rules.T("科技型中小企业", "a tech SME"), Expr: "tech_sme"}},
			Outputs: []rules.Output{
				{Name: "super_deduction", Title: rules.T("加计扣除额", "super-deduction"), Unit: rules.Yuan, Expr: "rd_expense * rd_rate"},
				{Name: "increase", Title: rules.T("较75%比例增加的扣除额", "more than at 75%"), Unit: rules.Yuan, Expr: "rd_expense * (rd_rate - rd_rate_before)"},
				{Name: "rate", Title: rules.T("加计扣除比例", "super-deduction rate"), Unit: rules.Percent, Expr: "rd_rate"},
			},
		},
		{
			ID:      RuleVATAdditionalDeduction,
			Title:   rules.T("服务业等行业增值税减免", "VAT relief for service and transport taxpayers"),
			Cite:    cite("一、6", quoteAddDeduction),
			InForce: year2022,
			Inputs: []rules.Input{
				rules.TextInput("taxpayer", rules.T("纳税人类别", "kind of taxpayer"), rules.Texts(VATTaxpayers())...),
				money("creditable_input", "当期可抵扣进项税额", "creditable input VAT of the period"),
			},
			Require: []rules.Condition{{Name: "covered_taxpayer",
				Text: rules.T("生产性、生活性服务业纳税人，公共交通运输服务，或航空和铁路运输企业分支机构", "a productive or lifestyle service taxpayer, public transport, or an airline or railway branch"),
				Expr: `taxpayer != "其他纳税人"`}},
			Outputs: []rules.Output{
				{Name: "additional_deduction", Title: rules.T("加计抵减额", "additional deduction against VAT payable"), Unit: rules.Yuan,
					Expr: `taxpayer in ["生产性服务业", "生活性服务业"] ? creditable_input * additional_deduction_rate[taxpayer] : 0`},
				{Name: "vat_exempt", Title: rules.T("免征增值税", "VAT exempt"), Expr: `taxpayer == "公共交通运输服务"`, Cite: cite("一、6", quotePublicTransport)},
				{Name: "prepayment_suspended", Title: rules.T("暂停预缴增值税", "VAT prepayment suspended"), Expr: `taxpayer == "航空和铁路运输企业分支机构"`, Cite: cite("一、6", quoteAirRail)},
			},
			Reading: rules.T("评估日期为纳税义务发生之日（2022年内）。加计抵减额＝当期可抵扣进项税额×10%（生产性）或15%（生活性）。",
				"The evaluation date is the day the tax falls due (in 2022). Additional deduction = creditable input VAT × 10% (productive) or 15% (lifestyle)."),
		},
	}
	return params, rs
}
