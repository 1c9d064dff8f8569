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

	sixTaxConds := []rules.Condition{
		{Name: "covered_taxpayer", Text: rules.T("增值税小规模纳税人、小型微利企业或个体工商户", "a small-scale VAT taxpayer, small low-profit enterprise or individual business"),
			Expr: `small_scale || small_low_profit || entity_type == "个体工商户"`, Cite: cite("一、4", quoteSixTaxesWho)},
		{Name: "covered_tax", Text: rules.T("不含证券交易印花税", "not securities stamp duty"), Expr: `tax_kind != "证券交易印花税"`},
	}
	serviceTaxpayers := list(ProductiveService, LifestyleService)

	rs := []rules.Rule{
		{
			ID:     RuleVATCreditRefund,
			Title:  rules.T("增值税留抵退税范围", "who gets VAT credit refunds"),
			Cite:   cite("一、1", quoteCreditRefund),
			Inputs: []rules.Input{inEntity(), inSize().Omittable(), inIndustry()},
			Require: []rules.Condition{{Name: "covered_firm",
				Text: rules.T("小微企业（含个体工商户），或制造业、科学研究和技术服务业、电力热力燃气及水生产和供应业、软件和信息技术服务业、生态保护和环境治理业、交通运输仓储邮政业企业（含个体工商户）",
					"a small or micro firm (incl. individual businesses), or a firm in manufacturing, R&D and technical services, power/heat/gas/water, software and IT services, ecological protection, or transport/storage/post"),
				Expr: `entity_type == "个体工商户" || industry in ` + list(Manufacturing, Research, Utilities, Software, Ecology, Transport) +
					` || size in ["小型", "微型"]`}},
			Reading: rules.T(
				"符合者按月全额退还增量留抵税额并一次性退还存量留抵税额；“符合条件”的其他条件（纳税信用等）由税务机关依国家规定审核，不在本文件。个体工商户属小微企业，不论行业，无须说明企业规模；六个行业的企业也无须说明规模；其他企业须说明规模。行业列举以“等”结尾，按国家公告列举的六个行业读（“等”为列举后的煞尾，不再扩展）。",
				"A covered firm gets its incremental VAT credits refunded in full monthly and its stock refunded once; the other conditions (“符合条件”: tax credit rating etc.) are the tax authority's under national rules, not in this notice. Individual businesses count as small/micro whatever their industry and need state no size; firms of the six industries need not either; other firms must state their size. The industry list ending in 等 is read as the six industries the national announcement names (等 closes the list; it does not extend it)."),
		},
		{
			ID:      RuleTaxDeferral,
			Title:   rules.T("制造业中小微企业延缓缴纳部分税费", "deferral of taxes for manufacturing SMEs"),
			Cite:    cite("一、2", quoteDeferralShare),
			InForce: since2021Q4,
			Inputs: []rules.Input{inIndustry(), inSize(),
				rules.ChoiceInput("tax_period", rules.T("税款所属期", "tax period of the taxes"), TaxPeriods()...),
				money("amount", "所属期应缴部分税费", "taxes of the period covered (the listed taxes and surcharges)"),
				rules.DateInput("due_date", rules.T("原缴纳期限（2021年第四季度为已缓缴后的期限）", "due date before this measure (for 2021 Q4: the date already deferred to)")),
			},
			Defs: []rules.Def{
				{Name: "period_start", Title: rules.T("税款所属期首日", "first day of the tax period"),
					Expr: `tax_period == "2021年第四季度" ? date("2021-10-01") : (tax_period == "2022年第一季度" ? date("2022-01-01") : date("2022-04-01"))`},
				{Name: "months", Title: rules.T("延缓月数", "months of deferral"),
					Expr: `tax_period == "2021年第四季度" ? deferral_extension_months : deferral_months`},
			},
			Checks: []rules.Check{
				{Field: "tax_period",
					Text: rules.T("税款所属期不晚于评估日期开始", "the tax period has begun by the evaluation date"),
					Expr: "period_start <= eval_date"},
				{Field: "due_date",
					Text: rules.T("原缴纳期限在税款所属期开始之后", "the due date is after the tax period begins"),
					Expr: "due_date > period_start"},
			},
			Require: []rules.Condition{
				{Name: "manufacturing", Text: rules.T("制造业企业", "a manufacturing firm"), Expr: `industry == "制造业"`},
				{Name: "sme", Text: rules.T("中型、小型或微型企业", "a medium, small or micro firm"), Expr: "size in " + smeSizes},
			},
			Outputs: []rules.Output{
				{Name: "deferred", Title: rules.T("延缓缴纳税费", "taxes deferred"), Unit: rules.Yuan, Expr: "amount * deferral_share[size]"},
				{Name: "due", Title: rules.T("延缓后的缴纳期限", "new due date"), Expr: "add_months(due_date, months)"},
				{Name: "tax_period", Title: rules.T("税款所属期", "tax period"), Expr: "tax_period", Always: true},
			},
			Reading: rules.T(
				"每项申报给出税款所属期（2021年第四季度、2022年第一季度或第二季度），据以确定延缓月数；评估日期为“截至”之日，只须不早于所属期开始，自2021年10月1日起适用、不设终点。新期限为原期限加6个月的对应日（民法典第202条）。2021年第四季度的原期限指已缓缴后的期限，“继续延长6个月”自该期限起算。某一所属期的税费不能在该所属期开始前到期：原期限须在所属期首日之后，否则为无效输入；条文不要求原期限在评估日期之后，本规则不作此项检查。",
				"Each claim gives its tax period (2021 Q4, 2022 Q1 or Q2), which decides the months of deferral; the evaluation date is the “as of” day and need only not precede the period's start: the rule applies from 2021-10-01 with no end. The new due date is the corresponding day 6 months after the due date given (Civil Code art. 202). For 2021 Q4 the due date given is the one already deferred to, which “继续延长6个月” extends. The taxes of a period cannot fall due before the period begins: a due date on or before its first day is an invalid input. The clause does not ask that the due date fall after the evaluation date, and the rule does not check it."),
		},
		{
			ID:      RuleSmallScaleExemption,
			Title:   rules.T("小规模纳税人阶段性免征增值税", "VAT exemption for small-scale taxpayers"),
			Cite:    cite("一、3", quoteSmallScale),
			InForce: sinceApril,
			Inputs: []rules.Input{
				flag("small_scale", "增值税小规模纳税人", "a small-scale VAT taxpayer"),
				rules.DateInput("sold_on", rules.T("应税销售行为发生之日（申报合计时为其所属期内一日）", "day of the taxable sales (for a return's total, a day of its period)")),
				money("sales", "适用3%征收率的应税销售收入（不含税）", "taxable sales at the 3% levy rate, VAT excluded"),
				money("prepay_base", "适用3%预征率的预缴增值税项目销售额", "sales of items prepaid at the 3% rate").Optional("0"),
			},
			Checks: []rules.Check{notAfterEvalDate("sold_on", "销售发生之日", "the day of the sales")},
			Require: []rules.Condition{
				{Name: "small_scale", Text: rules.T("增值税小规模纳税人", "a small-scale VAT taxpayer"), Expr: "small_scale"},
				{Name: "sold_in_period", Text: rules.T("销售发生在2022年4月1日至2022年12月31日", "sold from 2022-04-01 to 2022-12-31"),
					Expr: within("sold_on", "2022-04-01", "2022-12-31")},
			},
			Outputs: []rules.Output{
				{Name: "vat_exempted", Title: rules.T("免征增值税额", "VAT exempted"), Unit: rules.Yuan, Expr: "sales * small_scale_levy_rate"},
				{Name: "prepayment_suspended", Title: rules.T("暂停预缴增值税额", "VAT prepayment suspended"), Unit: rules.Yuan,
					Expr: "prepay_base * small_scale_prepay_rate", Cite: cite("一、3", quotePrepay)},
			},
			Reading: rules.T("销售带有其发生之日，须在2022年4月1日至12月31日（含两端），否则条件sold_in_period不满足；评估日期为“截至”之日，自2022年4月1日起适用、不设终点。免征额＝不含税销售额×3%；暂停预缴额＝预缴项目销售额×3%。",
				"The sales carry their own date, which must fall from 2022-04-01 to 2022-12-31 (both included), or the condition sold_in_period fails; the evaluation date is the “as of” day: the rule applies from 2022-04-01 with no end. VAT exempted = sales (VAT excluded) × 3%; prepayment suspended = prepaid items' sales × 3%."),
		},
		{
			ID:    RuleSixTaxesTwoFees,
			Title: rules.T("“六税两费”减征", "reduction of the six taxes and two fees"),
			Cite:  cite("一、4", quoteSixTaxes),
			Inputs: []rules.Input{
				rules.ChoiceInput("tax_kind", rules.T("税费种类", "tax or fee"), TaxKinds()...),
				money("amount", "减征前应纳税费", "tax or fee due before the reduction"),
				flag("small_scale", "增值税小规模纳税人", "a small-scale VAT taxpayer"),
				flag("small_low_profit", "小型微利企业", "a small low-profit enterprise"),
				inEntity(),
			},
			Defs:    []rules.Def{{Name: "granted", Title: rules.T("符合减征条件", "the reduction applies"), Expr: allOf(sixTaxConds)}},
			Require: sixTaxConds,
			Outputs: []rules.Output{
				{Name: "reduction", Title: rules.T("减征额", "reduction"), Unit: rules.Yuan, Expr: "amount * six_taxes_reduction"},
				{Name: "payable", Title: rules.T("应纳税费", "due"), Unit: rules.Yuan, Always: true,
					Expr: "granted ? amount - amount * six_taxes_reduction : amount"},
			},
			Reading: rules.T("“按照50%幅度减征”读作减征50%。不符合条件时按原额缴纳：应纳税费为减征前的金额。",
				"“按照50%幅度减征” is read as a 50% reduction. A case that does not qualify pays the full amount: the tax due is the amount before the reduction."),
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
			Checks: []rules.Check{{Field: "taxable_income",
				Text: rules.T("小型微利企业的年应纳税所得额不超过300万元", "a small low-profit enterprise's annual taxable income is at most 3,000,000"),
				Expr: "!small_low_profit || taxable_income <= cit_slice_ceiling"}},
			Require: []rules.Condition{
				{Name: "small_low_profit", Text: rules.T("小型微利企业", "a small low-profit enterprise"), Expr: "small_low_profit"},
				{Name: "above_floor", Text: rules.T("年应纳税所得额超过100万元", "annual taxable income above 1,000,000"), Expr: "taxable_income > cit_slice_floor"},
			},
			Outputs: []rules.Output{
				{Name: "tax", Title: rules.T("该部分应纳企业所得税", "income tax on the part"), Unit: rules.Yuan, Expr: "slice * cit_inclusion_rate * cit_rate"},
				{Name: "slice", Title: rules.T("适用部分", "the part"), Unit: rules.Yuan, Expr: "slice"},
				{Name: "effective_rate", Title: rules.T("实际税负", "effective rate on the part"), Unit: rules.Percent, Expr: "cit_inclusion_rate * cit_rate"},
			},
			Reading: rules.T("本条只规定100万元以上至300万元（含）的部分：按25%计入、20%税率，实际税负5%；100万元及以下的部分不在本文件，所得额不超过100万元时本条不适用。小型微利企业的年应纳税所得额不超过300万元（本条所称部分以300万元为止，亦即国家规定的标准）：标明小型微利企业而所得额超过300万元，事实相互矛盾，为无效输入。",
				"The clause sets only the part above 1,000,000 up to 3,000,000 (included): 25% counted, taxed at 20%, 5% in effect; the part up to 1,000,000 is outside this notice, so at an income of 1,000,000 or less the clause does not apply. A small low-profit enterprise's annual taxable income is at most 3,000,000 (the part the clause names ends there, as the national definition does): a firm stated to be one with a higher income states facts that contradict each other, an invalid input."),
		},
		{
			ID:      RuleEquipmentDeduction,
			Title:   rules.T("设备器具一次性税前扣除", "one-off deduction of equipment"),
			Cite:    cite("一、5", quoteEquipment),
			InForce: since2022,
			Inputs: []rules.Input{inSize(),
				rules.DateInput("bought_on", rules.T("购置之日", "day of purchase")),
				rules.NumberInput("unit_value", rules.T("设备、器具单位价值", "unit value of the equipment"), rules.Yuan, rules.Range{Lo: rules.Excl("0")}),
				rules.ChoiceInput("min_life", rules.T("最低折旧年限", "minimum depreciation life"), DepreciationLives()...),
			},
			Checks: []rules.Check{notAfterEvalDate("bought_on", "购置之日", "the day of purchase")},
			Require: []rules.Condition{
				{Name: "sme", Text: rules.T("中小微企业", "a small, medium or micro firm"), Expr: "size in " + smeSizes},
				{Name: "bought_in_2022", Text: rules.T("2022年新购置", "bought in 2022"), Expr: within("bought_on", "2022-01-01", "2022-12-31")},
				{Name: "unit_value_floor", Text: rules.T("单位价值在500万元以上", "unit value of 5,000,000 or more"), Expr: "unit_value >= equipment_value_floor"},
			},
			Outputs: []rules.Output{
				{Name: "deduction", Title: rules.T("当年一次性税前扣除额", "deducted in the year"), Unit: rules.Yuan, Expr: "unit_value * equipment_deduction_share[min_life]"},
				{Name: "share", Title: rules.T("扣除比例", "share deducted"), Unit: rules.Percent, Expr: "equipment_deduction_share[min_life]"},
			},
			Reading: rules.T("设备带有购置之日，须在2022年内，否则条件bought_in_2022不满足；评估日期为“截至”之日（如次年汇算清缴之日），自2022年1月1日起适用、不设终点。“500万元以上”含500万元；折旧为3年的全额一次性扣除。",
				"The equipment carries its day of purchase, which must fall in 2022, or the condition bought_in_2022 fails; the evaluation date is the “as of” day (such as the next year's annual settlement): the rule applies from 2022-01-01 with no end. “500万元以上” includes 5,000,000; a 3-year life is deducted in full."),
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
			InForce: since2022,
			Inputs: []rules.Input{
				inIndustry(),
				rules.ChoiceInput("taxpayer", rules.T("纳税人类别", "kind of taxpayer"), VATTaxpayers()...),
				rules.DateInput("period_date", rules.T("税款所属期（当期）内的一日", "a day of the tax period (当期)")),
				money("creditable_input", "当期可抵扣进项税额", "creditable input VAT of the period"),
				money("vat_payable", "当期抵减前的增值税应纳税额", "VAT payable of the period before the offset").Omittable(),
			},
			Defs: []rules.Def{{Name: "additional", Title: rules.T("按当期可抵扣进项税额加计的金额", "the additional amount on creditable input VAT"),
				Expr: "taxpayer in " + serviceTaxpayers + " ? creditable_input * additional_deduction_rate[taxpayer] : 0"}},
			Checks: []rules.Check{
				notAfterEvalDate("period_date", "税款所属期", "the tax period"),
				{Field: "taxpayer", Text: rules.T("生产性、生活性服务业纳税人的行业为服务业", "a productive or lifestyle service taxpayer is in a service industry"),
					Expr: "!(taxpayer in " + serviceTaxpayers + ") || !(industry in " + list(nonService...) + ")"},
			},
			Require: []rules.Condition{
				{Name: "covered_taxpayer",
					Text: rules.T("生产性、生活性服务业纳税人，公共交通运输服务，或航空和铁路运输企业分支机构", "a productive or lifestyle service taxpayer, public transport, or an airline or railway branch"),
					Expr: `taxpayer != "其他纳税人"`},
				{Name: "period_in_2022", Text: rules.T("税款所属期在2022年1月1日至2022年12月31日", "a tax period from 2022-01-01 to 2022-12-31"),
					Expr: within("period_date", "2022-01-01", "2022-12-31")},
			},
			Outputs: []rules.Output{
				{Name: "offset", Title: rules.T("实际抵减的增值税应纳税额", "VAT payable actually offset"), Unit: rules.Yuan,
					Expr: "taxpayer in " + serviceTaxpayers + " ? min(additional, vat_payable) : 0"},
				{Name: "additional_deduction", Title: rules.T("加计抵减额", "additional deduction"), Unit: rules.Yuan, Expr: "additional"},
				{Name: "not_offset", Title: rules.T("本期未抵减的加计抵减额（不计入本期）", "additional deduction not offset in the period (not counted)"), Unit: rules.Yuan,
					Expr: "taxpayer in " + serviceTaxpayers + " ? additional - min(additional, vat_payable) : 0"},
				{Name: "vat_exempt", Title: rules.T("免征增值税", "VAT exempt"), Expr: `taxpayer == "公共交通运输服务"`, Cite: cite("一、6", quotePublicTransport)},
				{Name: "prepayment_suspended", Title: rules.T("暂停预缴增值税", "VAT prepayment suspended"), Expr: `taxpayer == "航空和铁路运输企业分支机构"`, Cite: cite("一、6", quoteAirRail)},
			},
			Reading: rules.T("每项申报带有税款所属期内的一日，须在2022年内，否则条件period_in_2022不满足；评估日期为“截至”之日，自2022年1月1日起适用、不设终点。加计抵减额＝当期可抵扣进项税额×10%（生产性）或15%（生活性）；其用途是“抵减增值税应纳税额”，故当期实际得到的是其中不超过当期应纳税额的部分：实际抵减额＝min(加计抵减额, 应纳税额)，计入合计；超出部分本文件未作规定（国家规定可结转），不计入本期。生产性、生活性服务业纳税人须属服务业：行业为农林牧渔、采矿、制造、电热燃水或建筑业的企业标明为服务业纳税人，事实相互矛盾，为无效输入。",
				"Each claim carries a day of its tax period, which must fall in 2022, or the condition period_in_2022 fails; the evaluation date is the “as of” day: the rule applies from 2022-01-01 with no end. Additional deduction = creditable input VAT × 10% (productive) or 15% (lifestyle); it serves “抵减增值税应纳税额”, so what the firm gets in the period is the part up to the period's VAT payable: offset = min(additional deduction, VAT payable), counted in the total; the rest is not settled by this notice (national rules carry it forward) and is not counted for the period. A productive or lifestyle service taxpayer is in a service industry: a firm of agriculture, mining, manufacturing, utilities or construction stated to be one states facts that contradict each other, an invalid input."),
		},
	}
	return params, rs
}

// The methods of the tax measures (一、1 to 一、6).

// VATCreditRefund says whether a firm is in the scope of the monthly full
// refund of incremental VAT credits and the one-off refund of the stock
// (增值税留抵退税, 一、1): small and micro firms (individual businesses
// included, whatever their size) and firms of the six listed industries
// (relief.vat.credit_refund).
func (e *Evaluator) VATCreditRefund(on rules.Date, f Firm) (res Eligibility, err error) {
	err = e.creditRefund.EvalInto(on, &f, &res)
	return res, err
}

// TaxDeferral returns the taxes a manufacturing SME defers (制造业中小微企业
// 延缓缴纳部分税费, 一、2) and the new due date: medium firms 50%, small and
// micro 100%, for 6 months. The claim gives its tax period: 2021 Q4 (a
// further 6 months on the date already deferred to), 2022 Q1 or Q2; the
// evaluation date is the day as of which it is assessed, on or after the
// period's first day (relief.tax.deferral).
func (e *Evaluator) TaxDeferral(on rules.Date, c TaxDeferralCase) (res Deferral, err error) {
	err = e.deferral.EvalInto(on, &c, &res)
	return res, err
}

// SmallScaleVATExemption returns the VAT a small-scale taxpayer does not pay
// on sales from 2022-04-01 to 2022-12-31 (小规模纳税人免征增值税, 一、3): the
// VAT at 3% on its sales at that levy rate, and the prepayment at 3%
// suspended (relief.vat.small_scale_exemption). The sales carry their own
// day; sales outside the period fail the condition sold_in_period.
func (e *Evaluator) SmallScaleVATExemption(on rules.Date, c SmallScaleCase) (res VATExemption, err error) {
	err = e.smallScale.EvalInto(on, &c, &res)
	return res, err
}

// SixTaxesTwoFees returns the 50% cut of one of the “六税两费” (一、4) for
// small-scale VAT taxpayers, small low-profit enterprises and individual
// businesses, and the tax due; securities stamp duty is not cut, and a case
// that does not qualify owes the full amount
// (relief.tax.six_taxes_two_fees).
func (e *Evaluator) SixTaxesTwoFees(on rules.Date, c LocalTaxCase) (res SixTaxesReduction, err error) {
	err = e.sixTaxes.EvalInto(on, &c, &res)
	return res, err
}

// SmallProfitCIT returns the corporate income tax on the part of a small
// low-profit enterprise's annual taxable income above 1,000,000 and up to
// 3,000,000: 25% counted, taxed at 20% (小型微利企业所得税, 一、5). At an
// income of 1,000,000 or less the clause does not apply; a small low-profit
// enterprise with an income above 3,000,000 is an invalid input
// (relief.tax.small_profit_cit).
func (e *Evaluator) SmallProfitCIT(on rules.Date, c IncomeCase) (res CITSlice, err error) {
	err = e.smallProfit.EvalInto(on, &c, &res)
	return res, err
}

// EquipmentDeduction returns the one-off pre-tax deduction of equipment an
// SME bought in 2022 with a unit value of 5,000,000 or more (设备器具一次性
// 税前扣除, 一、5): all of it for a 3-year life, half for 4, 5 or 10 years
// (relief.tax.equipment_deduction). The equipment carries its day of
// purchase; the evaluation date may be later, such as the annual
// settlement.
func (e *Evaluator) EquipmentDeduction(on rules.Date, c EquipmentCase) (res EquipmentDeduction, err error) {
	err = e.equipment.EvalInto(on, &c, &res)
	return res, err
}

// RDSuperDeduction returns a tech SME's R&D super-deduction at 100% (was
// 75%) (研发费用加计扣除, 一、5) (relief.tax.rd_super_deduction).
func (e *Evaluator) RDSuperDeduction(on rules.Date, c RDCase) (res SuperDeduction, err error) {
	err = e.rd.EvalInto(on, &c, &res)
	return res, err
}

// VATAdditionalDeduction returns the VAT relief of 2022 for service and
// transport taxpayers (服务业等行业税收减免, 一、6): productive services add
// 10%, lifestyle services 15% of creditable input VAT against VAT payable,
// of which the firm gets the part up to the period's VAT payable; public
// transport is exempt; airline and railway branches suspend prepayment
// (relief.vat.additional_deduction). The claim carries a day of its tax
// period, and a service taxpayer of a non-service industry is an invalid
// input.
func (e *Evaluator) VATAdditionalDeduction(on rules.Date, c ServiceVATCase) (res ServiceVATRelief, err error) {
	err = e.addDeduction.EvalInto(on, &c, &res)
	return res, err
}
