package relief

import "github.com/wzpolicy/wzpolicy/rules"

// Quotes of the service-sector measures (二、19–28).
const (
	quoteEvent         = "对一、二季度市区批发零售业、住宿和餐饮业等因疫情防控停止举办“百场促消费”活动的主办方，按照企业活动实际支出的30%、最高30万元标准给予补助"
	quoteNEVPeriod     = "2022年1月1日至2022年12月31日期间"
	quoteNEV           = "对在市区内注册的单位消费者和市区内或者拥有市区内居住证的个人消费者，通过淘汰老旧汽车并新购买新能源车的，给予购置车辆每辆2000元的一次性消费补助"
	quoteNEVQuota      = "活动期间让利数暂定2000辆，同一消费者仅享受一次以旧换新补助"
	quoteExhCancelled  = "一、二季度因疫情原因无法延期而被取消的，且已纳入重点展会目录的，按照该会展项目主办方实际支出成本的30%、最高30万元标准给予补助"
	quoteExhTech       = "对市区办展企业新开发APP或利用互联网实现线上线下融合发展业务的，给予企业投入50万元以上（包括设备、技术、软件投入）部分的10%、最高100万元技改补助"
	quoteExhHeading    = "给予办展企业补助"
	quoteExhOrganiser  = "按照该会展项目主办方实际支出成本的30%、最高30万元标准给予补助"
	quoteTravel        = "对2022年度本地旅行社年招徕市外过夜游客（游览1个以上A级景区）超过3000人次的，给予超出部分20元/人的奖励"
	quoteStudy         = "对招徕和接待外地来温疗休养、研学团队超过1000人次、每次在温酒店民宿住宿3晚以上的，给予1000人次以内20元/人、1000人次以上部分30元/人的奖励"
	quoteTravelHigher  = "接待人数计入旅行社招徕市外游客总人次，就高奖励、不重复享受"
	quoteBookstore     = "对市区承租非国有物业的实体书店，按图书经营面积予以6个月（一、二季度）补助，每平方米每月20元"
	quoteCinema        = "影院按座位数予以6个月（一、二季度）补助，每个座位每月25元"
	quoteCinemaCounty  = "各县（市）参照执行"
	quoteProperty      = "对市区物业服务企业在防疫物资购置、消杀服务等额外支出，按照企业实际在管物业项目建筑面积大小给予分档补贴"
	quotePropertyTiers = "100万平方米以下的补贴1万元，100万平方米（含）以上、200万平方米以下的补贴2万元，200万平方米（含）以上的补贴4万元"
	quoteContainer     = "对合法装载国际标准集装箱运输专用车辆，落实高速公路通行费六五折优惠政策"
	quoteFreightETC    = "对使用我省发行的电子不停车收费（ETC）车载装置的合法装载货运车辆，实行市、县（市、区）属国有全资或控股的高速公路路段通行费八五折优惠政策"
	quoteGreenChannel  = "对整车合法装载运输全国统一《鲜活农产品品种目录》内产品的车辆，免收车辆通行费"
)

func serviceRules() ([]rules.Param, []rules.Rule) {
	m2 := rules.SquareMetre
	params := []rules.Param{
		fixed("event_subsidy_rate", "活动实际支出补助比例", "share of the event spending subsidised", rules.Percent, "0.3", cite("二、19", quoteEvent)),
		capped(fixed("event_subsidy_cap", "活动补助最高额", "highest event subsidy", rules.Yuan, "300000", cite("二、19", quoteEvent))),
		fixed("nev_subsidy", "以旧换新每辆补助", "trade-in subsidy per car", rules.Yuan, "2000", cite("二、20", quoteNEV)),
		fixed("nev_quota", "让利数（暂定）", "cars in the programme (provisional)", Car, "2000", cite("二、20", quoteNEVQuota)),
		fixed("exhibition_cancel_rate", "被取消展会实际支出成本补助比例", "share of a cancelled exhibition's cost subsidised", rules.Percent, "0.3", cite("二、21", quoteExhCancelled)),
		capped(fixed("exhibition_cancel_cap", "被取消展会补助最高额", "highest subsidy for a cancelled exhibition", rules.Yuan, "300000", cite("二、21", quoteExhCancelled))),
		fixed("exhibition_tech_threshold", "技改投入起算额（50万元以上部分）", "investment above which the subsidy counts", rules.Yuan, "500000", cite("二、21", quoteExhTech)),
		fixed("exhibition_tech_rate", "技改补助比例", "technology subsidy share", rules.Percent, "0.1", cite("二、21", quoteExhTech)),
		capped(fixed("exhibition_tech_cap", "技改补助最高额", "highest technology subsidy", rules.Yuan, "1000000", cite("二、21", quoteExhTech))),
		fixed("overnight_threshold", "市外过夜游客奖励起点（超过）", "overnight visitors above which the reward counts", PersonTime, "3000", cite("二、22", quoteTravel)),
		fixed("overnight_rate", "超出部分奖励标准", "reward per visitor above it", YuanPerPersonTime, "20", cite("二、22", quoteTravel)),
		fixed("study_threshold", "疗休养、研学团队奖励起点（超过）", "retreat and study visitors above which the reward applies", PersonTime, "1000", cite("二、22", quoteStudy)),
		fixed("study_split", "疗休养、研学奖励分段点", "where the study reward's second rate starts", PersonTime, "1000", cite("二、22", quoteStudy)),
		fixed("study_rate_within", "1000人次以内奖励标准", "reward per visitor up to the split", YuanPerPersonTime, "20", cite("二、22", quoteStudy)),
		fixed("study_rate_above", "1000人次以上部分奖励标准", "reward per visitor above the split", YuanPerPersonTime, "30", cite("二、22", quoteStudy)),
		fixed("bookstore_rate", "实体书店租金补助标准", "bookstore rent subsidy rate", YuanPerSquareMetreMonth, "20", cite("二、24", quoteBookstore)),
		fixed("bookstore_months", "实体书店补助月数", "months of bookstore subsidy", rules.Month, "6", cite("二、24", quoteBookstore)),
		fixed("cinema_rate", "影院补助标准", "cinema subsidy rate", YuanPerSeatMonth, "25", cite("二、25", quoteCinema)),
		fixed("cinema_months", "影院补助月数", "months of cinema subsidy", rules.Month, "6", cite("二、25", quoteCinema)),
		{Name: "property_subsidy", Title: rules.T("物业服务企业分档补贴", "property-service subsidy by managed floor area"), Unit: rules.Yuan,
			History: []rules.Dated{{Cite: cite("二、26", quotePropertyTiers), Value: &rules.Bracket{Of: m2, Bands: []rules.Band{
				{Range: rules.Range{Lo: rules.Incl("0"), Hi: rules.Excl("1000000")}, Value: dec("10000")},
				{Range: rules.Range{Lo: rules.Incl("1000000"), Hi: rules.Excl("2000000")}, Value: dec("20000")},
				{Range: rules.Range{Lo: rules.Incl("2000000")}, Value: dec("40000")},
			}}}}},
		fixed("container_toll_share", "集装箱运输车辆通行费折扣（六五折）", "share of the toll a container truck pays (65%)", rules.Percent, "0.65", cite("二、27", quoteContainer)),
		fixed("freight_etc_toll_share", "货运车辆ETC通行费折扣（八五折）", "share of the toll a freight vehicle with ETC pays (85%)", rules.Percent, "0.85", cite("二、27", quoteFreightETC)),
	}

	highwayConds := []rules.Condition{
		{Name: "legally_loaded", Text: rules.T("合法装载", "legally loaded"), Expr: "legally_loaded"},
		{Name: "zhejiang_etc", Text: rules.T("货运车辆使用我省发行的ETC车载装置", "a freight vehicle uses a Zhejiang-issued ETC unit"),
			When: `vehicle != "国际标准集装箱运输专用车辆"`, Expr: `zhejiang_etc`, Cite: cite("二、27", quoteFreightETC)},
		{Name: "local_state_section", Text: rules.T("货运车辆行驶市、县（市、区）属国有全资或控股路段", "a freight vehicle on a city- or county-owned section"),
			When: `vehicle != "国际标准集装箱运输专用车辆"`, Expr: `local_state_section`, Cite: cite("二、27", quoteFreightETC)},
	}
	rs := []rules.Rule{
		{
			ID:      RuleConsumptionEvent,
			Title:   rules.T("消费活动主办方补贴", "subsidy for organisers of stopped consumption events"),
			Cite:    cite("二、19", quoteEvent),
			InForce: since2022,
			Inputs: withFirm(
				rules.DateInput("stopped_on", rules.T("活动停止举办之日", "day the event was stopped")),
				flag("campaign_event", "“百场促消费”活动", "a “百场促消费” event"),
				flag("stopped_for_epidemic", "因疫情防控停止举办", "stopped for epidemic control"),
				payment("spending", "企业活动实际支出", "the event's actual spending"),
			),
			Checks: []rules.Check{notAfterEvalDate("stopped_on", "活动停止举办之日", "the day the event was stopped")},
			Require: subsidy(
				rules.Condition{Name: "organiser_industry", Text: rules.T("批发零售业、住宿和餐饮业的主办方", "an organiser in wholesale, retail, lodging or catering"),
					Expr: "industry in " + list(append([]Industry{Wholesale, Lodging, Catering}, retail...)...)},
				rules.Condition{Name: "stopped_in_q1_q2", Text: rules.T("一、二季度停止举办", "stopped in Q1 or Q2"), Expr: within("stopped_on", "2022-01-01", "2022-06-30")},
				rules.Condition{Name: "campaign_event", Text: rules.T("“百场促消费”活动的主办方", "organiser of a “百场促消费” event"), Expr: "campaign_event"},
				rules.Condition{Name: "stopped_for_epidemic", Text: rules.T("因疫情防控停止举办", "stopped for epidemic control"), Expr: "stopped_for_epidemic"},
			),
			Outputs: []rules.Output{{Name: "subsidy", Title: rules.T("主办方补助", "subsidy"), Unit: rules.Yuan,
				Expr: "min(spending * event_subsidy_rate, event_subsidy_cap)"}},
			Reading: rules.T("每项活动带有其停止举办之日，须在一、二季度（2022年1月1日至6月30日），否则条件stopped_in_q1_q2不满足；评估日期为“截至”之日（申报之日），自2022年1月1日起适用、不设终点。主办方须为批发零售业、住宿和餐饮业企业（零售含实体书店）：“等”按第1条的读法为列举后的煞尾，不再扩展到其他行业。补助按每项活动计，最高30万元。",
				"Each event carries the day it was stopped, which must fall in Q1–Q2 (2022-01-01 to 2022-06-30), or the condition stopped_in_q1_q2 fails; the evaluation date is the “as of” day (of application): the rule applies from 2022-01-01 with no end. The organiser must be a wholesale, retail (bookstores included), lodging or catering firm: 等 is read as in measure 1, closing the list, not extending it to other industries. The subsidy is per event, at most 300,000."),
		},
		{
			ID:      RuleNEVTradeIn,
			Title:   rules.T("新能源汽车以旧换新补助", "new-energy car trade-in subsidy"),
			Cite:    cite("二、20", quoteNEV),
			InForce: since2022,
			Inputs: []rules.Input{
				rules.DateInput("bought_on", rules.T("购车之日", "day of purchase")),
				rules.ChoiceInput("consumer", rules.T("消费者类别", "kind of consumer"), ConsumerKinds()...),
				rules.ChoiceInput("locality", rules.T("单位注册地或个人户籍地", "a unit's place of registration, a person's hukou"), Localities()...),
				flag("urban_residence_permit", "持有市区居住证（户籍不在市区的个人）", "holds a 市区 residence permit (a person without 市区 hukou)").Omittable(),
				flag("scrapped_old_car", "淘汰老旧汽车", "scrapped an old car"),
				flag("bought_new_energy", "新购买新能源车", "bought a new new-energy car"),
				flag("received_before", "已享受过以旧换新补助", "has had a trade-in subsidy before"),
				rules.CountInput("quota_used", rules.T("此前已补助车辆数", "cars subsidised before this one"), Car, rules.Range{Lo: rules.Incl("0")}),
				rules.ChoiceInput("mujun_class", rules.T("“亩均论英雄”综合评价类别（单位消费者）", "class in the 亩均 evaluation (unit consumers)"),
					MujunClasses()...).Omittable(),
				rules.ChoiceInput("credit", rules.T("信用状况（单位消费者）", "credit status (unit consumers)"), CreditStatuses()...).Omittable(),
			},
			Checks: []rules.Check{
				notAfterEvalDate("bought_on", "购车之日", "the day of purchase"),
				{Field: "mujun_class", Text: rules.T("单位消费者须说明“亩均论英雄”综合评价类别（未参评的填未参评）", "a unit consumer states its 亩均 class (未参评 if not evaluated)"),
					Expr: `consumer == "个人" || given(mujun_class)`},
				{Field: "credit", Text: rules.T("单位消费者须说明信用状况", "a unit consumer states its credit status"),
					Expr: `consumer == "个人" || given(credit)`},
			},
			Require: []rules.Condition{
				{Name: "consumer_in_urban", Text: rules.T("在市区内注册的单位，或市区内或者拥有市区内居住证的个人", "a unit registered in 市区, or a person of 市区 or holding a 市区 residence permit"),
					Expr: "locality in " + list(UrbanLocalities()...) + ` || consumer == "个人" && urban_residence_permit`},
				{Name: "bought_in_2022", Text: rules.T("2022年1月1日至2022年12月31日期间购车", "bought from 2022-01-01 to 2022-12-31"),
					Expr: within("bought_on", "2022-01-01", "2022-12-31"), Cite: cite("二、20", quoteNEVPeriod)},
				{Name: "scrapped_old_car", Text: rules.T("淘汰老旧汽车", "scrapped an old car"), Expr: "scrapped_old_car"},
				{Name: "bought_new_energy", Text: rules.T("新购买新能源车", "bought a new new-energy car"), Expr: "bought_new_energy"},
				{Name: "once_per_consumer", Text: rules.T("同一消费者仅享受一次以旧换新补助", "once per consumer"), Expr: "!received_before", Cite: cite("二、20", quoteNEVQuota)},
				{Name: "within_quota", Text: rules.T("让利数暂定2000辆", "within the provisional 2,000 cars"), Expr: "quota_used < nev_quota", Cite: cite("二、20", quoteNEVQuota)},
				{Name: CondNotMujunCD, Text: rules.T("单位消费者不是“亩均论英雄”综合评价C、D类企业", "a unit consumer is not in class C or D of the 亩均 evaluation"),
					When: `consumer != "个人"`, Expr: `!(mujun_class in ["C类", "D类"])`, Cite: cite("附则2", quoteMujun)},
				{Name: CondNotSeriouslyDishonest, Text: rules.T("单位消费者未列入严重失信名单", "a unit consumer is not on the serious-dishonesty list"),
					When: `consumer != "个人"`, Expr: `credit != "列入严重失信名单"`, Cite: cite("附则2", quoteMujun)},
			},
			Outputs: []rules.Output{{Name: "subsidy", Title: rules.T("一次性消费补助", "one-off subsidy"), Unit: rules.Yuan, Expr: "nev_subsidy"}},
			Reading: rules.T(
				"购车带有其购车之日，须在2022年1月1日至12月31日，否则条件bought_in_2022不满足；评估日期为“截至”之日，自2022年1月1日起适用、不设终点。此前是否已享受补助、此前已补助车辆数须说明，未说明的为缺少事实，不当作未享受、未用额度；户籍不在市区的个人须说明是否持有市区居住证，未说明的为缺少事实，不当作未持有（单位和户籍在市区的个人无须说明）。本条明定单位和个人消费者，附则1的适用对象“除政策另有规定外”不适用；附则2“C、D类企业、列入严重失信名单企业均不享受资金奖补政策”不设例外，对单位消费者适用。“市区内”的个人读作户籍在市区。每位消费者一次、一辆；让利数2000辆按此前已补助车辆数核对。",
				"The purchase carries its day, which must fall from 2022-01-01 to 2022-12-31, or the condition bought_in_2022 fails; the evaluation date is the “as of” day: the rule applies from 2022-01-01 with no end. Whether the consumer had the subsidy before and how many cars were subsidised before must be stated: unstated, they are missing facts, never read as “not before” and “quota free”; a person without 市区 hukou states whether they hold a 市区 residence permit, which unstated is a missing fact, never read as “no permit” (a unit, or a person of 市区, need not state it). The clause names unit and person consumers, so appendix 1's scope (“除政策另有规定外”) gives way; appendix 2's exclusion of class C/D and seriously dishonest firms from all subsidies has no exception and binds unit consumers. A person “市区内” is read as having 市区 hukou. One car, once per consumer; the 2,000-car quota is checked against the cars subsidised before."),
		},
		{
			ID:      RuleExhibition,
			Title:   rules.T("被取消展会补助", "subsidy for cancelled exhibitions"),
			Cite:    cite("二、21", quoteExhCancelled),
			InForce: since2022,
			Inputs: withFirm(
				rules.DateInput("cancelled_on", rules.T("展会被取消之日", "day the exhibition was cancelled")),
				flag("organiser", "该会展项目的主办方", "the organiser of the exhibition"),
				flag("listed_key_exhibition", "已纳入重点展会目录", "on the list of key exhibitions"),
				flag("cancelled_for_epidemic", "因疫情原因无法延期而被取消", "cancelled for the epidemic, unable to be postponed"),
				payment("cancelled_cost", "被取消展会主办方实际支出成本", "actual cost of the cancelled exhibition to its organiser"),
			),
			Checks: []rules.Check{notAfterEvalDate("cancelled_on", "展会被取消之日", "the day of cancellation")},
			Require: subsidy(
				rules.Condition{Name: "exhibition_firm", Text: rules.T("办展企业", "an exhibition organising firm"), Expr: `industry == "办展企业"`, Cite: cite("二、21", quoteExhHeading)},
				rules.Condition{Name: "organiser", Text: rules.T("该会展项目主办方", "the organiser of the exhibition"), Expr: "organiser", Cite: cite("二、21", quoteExhOrganiser)},
				rules.Condition{Name: "cancelled_in_q1_q2", Text: rules.T("一、二季度被取消", "cancelled in Q1 or Q2"), Expr: within("cancelled_on", "2022-01-01", "2022-06-30")},
				rules.Condition{Name: "listed_key_exhibition", Text: rules.T("已纳入重点展会目录", "on the list of key exhibitions"), Expr: "listed_key_exhibition"},
				rules.Condition{Name: "cancelled_for_epidemic", Text: rules.T("因疫情原因无法延期而被取消", "cancelled for the epidemic, unable to be postponed"), Expr: "cancelled_for_epidemic"},
			),
			Outputs: []rules.Output{
				{Name: "subsidy", Title: rules.T("被取消展会补助", "cancelled exhibition subsidy"), Unit: rules.Yuan, Expr: "min(cancelled_cost * exhibition_cancel_rate, exhibition_cancel_cap)"},
			},
			Reading: rules.T(
				"第21条两项补助各自独立，一项不符合条件不影响另一项：本规则为被取消展会一项，技改一项见relief.subsidy.exhibition_tech。条目为“给予办展企业补助”，补助对象为“该会展项目主办方”：须为办展企业且为该展会的主办方。展会带有其被取消之日，须在一、二季度（2022年1月1日至6月30日），否则条件cancelled_in_q1_q2不满足；评估日期为“截至”之日，自2022年1月1日起适用、不设终点。补助＝min(成本×30%, 30万元)，按每个展会计。",
				"Measure 21's two subsidies are separate; one failing does not affect the other: this rule is the cancelled-exhibition part, the technology part is relief.subsidy.exhibition_tech. The measure is headed “给予办展企业补助” and pays “该会展项目主办方”: the firm must be an exhibition organising firm and the organiser of that exhibition. The exhibition carries the day it was cancelled, which must fall in Q1–Q2 (2022-01-01 to 2022-06-30), or the condition cancelled_in_q1_q2 fails; the evaluation date is the “as of” day: the rule applies from 2022-01-01 with no end. Subsidy = min(cost × 30%, 300,000), per exhibition."),
		},
		{
			ID:      RuleExhibitionTech,
			Title:   rules.T("办展企业技改补助", "technology subsidy for exhibition firms"),
			Cite:    cite("二、21", quoteExhTech),
			InForce: sinceApril,
			Inputs: withFirm(
				rules.DateInput("invested_on", rules.T("技改投入之日", "day of the investment")),
				flag("online_offline_project", "新开发APP或利用互联网实现线上线下融合发展业务", "a new app or an online-offline business"),
				money("tech_investment", "新开发APP或线上线下融合发展业务投入（设备、技术、软件）", "investment in a new app or online-offline business (equipment, technology, software)"),
			),
			Checks: []rules.Check{notAfterEvalDate("invested_on", "技改投入之日", "the day of the investment")},
			Require: subsidy(
				rules.Condition{Name: "exhibition_firm", Text: rules.T("市区办展企业", "an exhibition organising firm of 市区"), Expr: `industry == "办展企业"`},
				rules.Condition{Name: "online_offline_project", Text: rules.T("新开发APP或利用互联网实现线上线下融合发展业务", "a new app or an online-offline business"), Expr: "online_offline_project"},
				rules.Condition{Name: "invested_in_period", Text: rules.T("技改补助未另定期限，投入须在本政策有效期内（2022年4月1日至6月30日）", "the technology subsidy states no period of its own, so the investment falls within the notice's period (2022-04-01 to 2022-06-30)"),
					Expr: inNoticePeriod("invested_on"), Cite: cite("附则3", quoteEffective)},
				rules.Condition{Name: "above_500k", Text: rules.T("企业投入50万元以上部分", "an investment with a part above 500,000"), Expr: "tech_investment > exhibition_tech_threshold"},
			),
			Outputs: []rules.Output{
				{Name: "subsidy", Title: rules.T("技改补助", "technology subsidy"), Unit: rules.Yuan,
					Expr: "min((tech_investment - exhibition_tech_threshold) * exhibition_tech_rate, exhibition_tech_cap)"},
			},
			Reading: rules.T(
				"第21条技改一项，与被取消展会一项（relief.subsidy.exhibition）各自独立。须为市区办展企业（条目“给予办展企业补助”）。“50万元以上部分”为投入减50万元：在50万元处为零（含与不含无差别），故投入须超过50万元，否则条件above_500k不满足；补助＝min((投入−50万元)×10%, 100万元)。该项未另定期限，按附则3，投入须在本政策有效期内（2022年4月1日至6月30日），否则条件invested_in_period不满足；评估日期为“截至”之日，自2022年4月1日起适用、不设终点。",
				"Measure 21's technology part, separate from the cancelled-exhibition part (relief.subsidy.exhibition). The firm must be an exhibition organising firm of 市区 (the measure is headed “给予办展企业补助”). “50万元以上部分” is the investment less 500,000: zero at 500,000 (whether the bound is included or not), so the investment must exceed 500,000, or the condition above_500k fails; subsidy = min((investment − 500,000) × 10%, 1,000,000). The part states no period of its own, so under appendix 3 the investment must fall within the notice's period (2022-04-01 to 2022-06-30), or the condition invested_in_period fails; the evaluation date is the “as of” day: the rule applies from 2022-04-01 with no end."),
		},
		{
			ID:      RuleTravelAgency,
			Title:   rules.T("旅游业支持奖励", "travel-agency rewards"),
			Cite:    cite("二、22", quoteTravel),
			InForce: since2022,
			Inputs: withFirm(
				rules.CountInput("reward_year", rules.T("招徕、接待人次所属年度", "year of the counts"), rules.Number, rules.Range{Lo: rules.Incl("2000"), Hi: rules.Incl("2100")}),
				rules.CountInput("overnight_visitors", rules.T("年招徕市外过夜游客（游览1个以上A级景区，含疗休养、研学团队）", "overnight visitors from outside the city in the year (visiting at least one A-level site; retreat and study groups included)"), PersonTime, rules.Range{Lo: rules.Incl("0")}),
				rules.CountInput("study_visitors", rules.T("招徕和接待外地来温疗休养、研学团队（每次住宿3晚以上）", "retreat and study-group visitors from elsewhere (each staying 3 nights or more)"), PersonTime, rules.Range{Lo: rules.Incl("0")}).Optional("0"),
			),
			Checks: []rules.Check{
				yearStarted("reward_year", "人次所属年度", "the year of the counts"),
				{Field: "study_visitors",
					Text: rules.T("疗休养、研学团队人数计入市外游客总人次，不超过总人次", "retreat and study visitors count in the overnight total, so they are not more than it"),
					Expr: "study_visitors <= overnight_visitors"},
			},
			Defs: []rules.Def{
				{Name: "overnight_reward", Title: rules.T("市外过夜游客奖励", "overnight visitor reward"),
					Expr: "overnight_visitors > overnight_threshold ? (overnight_visitors - overnight_threshold) * overnight_rate : 0"},
				{Name: "study_reward", Title: rules.T("疗休养、研学团队奖励", "retreat and study reward"),
					Expr: "study_visitors > study_threshold ? study_split * study_rate_within + (study_visitors - study_split) * study_rate_above : 0"},
			},
			Require: subsidy(
				rules.Condition{Name: "travel_agency", Text: rules.T("本地旅行社", "a local travel agency"), Expr: `industry == "旅行社"`},
				rules.Condition{Name: "reward_year_2022", Text: rules.T("2022年度的招徕、接待人次", "the counts of 2022"), Expr: "reward_year == 2022"},
				rules.Condition{Name: "above_threshold", Text: rules.T("年招徕市外过夜游客超过3000人次，或疗休养、研学团队超过1000人次", "more than 3,000 overnight visitors, or more than 1,000 retreat and study visitors"),
					Expr: "overnight_visitors > overnight_threshold || study_visitors > study_threshold"},
			),
			Outputs: []rules.Output{
				{Name: "reward", Title: rules.T("奖励（就高）", "reward (the higher)"), Unit: rules.Yuan, Expr: "max(overnight_reward, study_reward)", Cite: cite("二、22", quoteTravelHigher)},
				{Name: "overnight_reward", Title: rules.T("市外过夜游客奖励", "overnight visitor reward"), Unit: rules.Yuan, Expr: "overnight_reward"},
				{Name: "study_reward", Title: rules.T("疗休养、研学团队奖励", "retreat and study reward"), Unit: rules.Yuan, Expr: "study_reward", Cite: cite("二、22", quoteStudy)},
				{Name: "basis", Title: rules.T("奖励依据", "reward paid"),
					Expr: `study_reward > overnight_reward ? "疗休养、研学团队奖励" : "市外过夜游客奖励"`},
			},
			Reading: rules.T(
				"人次带有其所属年度，须为2022年度，否则条件reward_year_2022不满足；评估日期为“截至”之日（年度人次在年度结束后才确定，申报可在2023年），自2022年1月1日起适用、不设终点。“超过3000人次”“超过1000人次”不含本数；超出部分按人次计。疗休养、研学团队：1000人次以内20元/人，超过1000人次的部分30元/人。两项“就高奖励、不重复享受”：取较高者，相等时按市外过夜游客奖励。",
				"The counts carry their year, which must be 2022, or the condition reward_year_2022 fails; the evaluation date is the “as of” day (a year's counts are known only after it ends, so an application may come in 2023): the rule applies from 2022-01-01 with no end. “超过3000人次” and “超过1000人次” exclude the number; the excess is counted in person-times. Retreat and study groups: 20 per person up to 1,000, 30 per person above. The two rewards are “就高奖励、不重复享受”: the higher is paid, the overnight reward on a tie."),
		},
		{
			ID:      RuleBookstoreRent,
			Title:   rules.T("实体书店租金补助", "rent subsidy for physical bookstores"),
			Cite:    cite("二、24", quoteBookstore),
			InForce: since2022,
			Inputs: withFirm(
				rules.ChoiceInput("landlord", rules.T("出租方", "landlord"), Landlords()...),
				rules.NumberInput("book_area", rules.T("图书经营面积", "book-selling floor area"), rules.SquareMetre, rules.Range{Lo: rules.Excl("0")}),
			),
			Require: subsidy(
				rules.Condition{Name: "physical_bookstore", Text: rules.T("实体书店", "a physical bookstore"), Expr: `industry == "实体书店"`},
				rules.Condition{Name: "non_state_premises", Text: rules.T("承租非国有物业", "renting non-state property"), Expr: `landlord == "非国有单位或个人"`},
			),
			Outputs: []rules.Output{{Name: "subsidy", Title: rules.T("租金补助", "rent subsidy"), Unit: rules.Yuan,
				Expr: "bookstore_rate * book_area * bookstore_months"}},
			Reading: rules.T("补助对象为实体书店（行业为实体书店的企业）。补助为一、二季度的6个月，面积为该期间的图书经营面积；评估日期为“截至”之日（申报之日），自2022年1月1日起适用、不设终点（本文件未定申报截止日）。本条不按实际经营月数折算。",
				"The subsidy is for physical bookstores (firms whose industry is 实体书店). It is for the 6 months of Q1–Q2, on the book-selling area of those months; the evaluation date is the “as of” day (of application): the rule applies from 2022-01-01 with no end (the notice sets no last day for applying). The clause does not prorate by months of business."),
		},
		{
			ID:      RuleCinema,
			Title:   rules.T("影院补助", "cinema subsidy"),
			Cite:    cite("二、25", quoteCinema),
			InForce: since2022,
			Inputs:  withFirm(rules.CountInput("seats", rules.T("座位数", "seats"), Seat, rules.Range{Lo: rules.Excl("0")})),
			CaseByCase: []rules.Condition{{Name: "county",
				Text: rules.T("各县（市）参照执行，标准由县（市）确定", "counties follow by reference and set their own figures"),
				Expr: `industry == "影院" && registration in ` + list(Ruian, Yueqing, Longgang, Yongjia, Pingyang, Cangnan, Wencheng, Taishun), Cite: cite("二、25", quoteCinemaCounty)}},
			Require: subsidy(rules.Condition{Name: "cinema", Text: rules.T("影院", "a cinema"), Expr: `industry == "影院"`}),
			Outputs: []rules.Output{{Name: "subsidy", Title: rules.T("影院补助", "cinema subsidy"), Unit: rules.Yuan,
				Expr: "cinema_rate * seats * cinema_months"}},
			Reading: rules.T("补助对象为影院（行业为影院的企业）。补助为一、二季度的6个月，座位数为该期间的座位数；评估日期为“截至”之日（申报之日），自2022年1月1日起适用、不设终点。本条为市区补助（附则1），县（市）影院由各县（市）参照执行，按实评估；非影院的县（市）企业不符合条件。",
				"The subsidy is for cinemas (firms whose industry is 影院). It is for the 6 months of Q1–Q2, on the seats of those months; the evaluation date is the “as of” day (of application): the rule applies from 2022-01-01 with no end. It is a 市区 subsidy (appendix 1); county cinemas are for each county to follow by reference — assessed there, not a figure here; a county firm that is not a cinema does not qualify."),
		},
		{
			ID:    RulePropertyManagement,
			Title: rules.T("物业防疫物资、消杀支出补贴", "subsidy for property firms' epidemic spending"),
			Cite:  cite("二、26", quoteProperty),
			Inputs: withFirm(
				rules.NumberInput("managed_area", rules.T("实际在管物业项目建筑面积", "floor area of the properties actually managed"), rules.SquareMetre, rules.Range{Lo: rules.Excl("0")}),
				flag("extra_spending", "有防疫物资购置、消杀服务等额外支出", "had extra spending on prevention supplies or disinfection"),
			),
			Require: subsidy(
				rules.Condition{Name: "property_service_firm", Text: rules.T("物业服务企业", "a property-service firm"), Expr: `industry == "物业服务业"`},
				rules.Condition{Name: "extra_spending", Text: rules.T("有防疫物资购置、消杀服务等额外支出", "extra spending on prevention supplies or disinfection"), Expr: "extra_spending"},
			),
			Outputs: []rules.Output{{Name: "subsidy", Title: rules.T("分档补贴", "subsidy"), Unit: rules.Yuan, Expr: "bracket(property_subsidy, managed_area)"}},
			Reading: rules.T("100万平方米属中间一档（条文写明“100万平方米（含）以上”），故首档为不满100万平方米；200万平方米属最高一档。本项与第13条防疫支出补助同属本文件；附则2“不重复享受、就高”所指为中央、省政策及我市现有其他政策，不及于本文件两条之间，本文件亦未规定两条择一，两项可同时享受。",
				"1,000,000 m² is in the middle tier (the clause says “100万平方米（含）以上”), so the first tier is below 1,000,000 m²; 2,000,000 m² is in the top tier. This subsidy and measure 13's are both of this notice; appendix 2's “不重复享受、就高” concerns central, provincial and other existing city policies, not two measures of this notice, which does not make them exclusive either: both may be paid."),
		},
		{
			ID:    RuleHighwayDiscount,
			Title: rules.T("高速公路差异化收费", "highway toll discounts"),
			Cite:  cite("二、27", quoteContainer),
			Inputs: []rules.Input{
				rules.ChoiceInput("vehicle", rules.T("车辆类别", "vehicle"), Vehicles()...),
				flag("legally_loaded", "合法装载", "legally loaded"),
				flag("zhejiang_etc", "使用我省发行的ETC车载装置（货运车辆）", "uses an ETC unit issued in Zhejiang (freight vehicles)").Omittable(),
				flag("local_state_section", "市、县（市、区）属国有全资或控股的高速公路路段（货运车辆）", "a section wholly owned or controlled by the city or a county (freight vehicles)").Omittable(),
				payment("toll", "按标准计算的通行费", "toll at the standard rate"),
			},
			Defs: []rules.Def{
				{Name: "share", Title: rules.T("应付比例", "share of the toll paid"),
					Expr: `vehicle == "国际标准集装箱运输专用车辆" ? container_toll_share : freight_etc_toll_share`},
				{Name: "granted", Title: rules.T("符合优惠条件", "the discount applies"), Expr: allOf(highwayConds)},
			},
			Require: highwayConds,
			Outputs: []rules.Output{
				{Name: "reduction", Title: rules.T("优惠金额", "toll saved"), Unit: rules.Yuan, Expr: "toll - toll * share"},
				{Name: "payable", Title: rules.T("应付通行费", "toll payable"), Unit: rules.Yuan, Always: true, Expr: "granted ? toll * share : toll"},
			},
			Reading: rules.T("“六五折”即按65%收取，“八五折”即按85%收取。集装箱车辆的六五折不限路段；货运车辆的八五折限我省ETC和市、县属国有路段。是否合法装载须说明；货运车辆须说明是否使用我省ETC、是否市、县属国有路段，集装箱车辆无须说明。未说明的为缺少事实，不当作否。",
				"“六五折” charges 65% and “八五折” 85% of the toll. The container discount applies on any section; the freight discount needs a Zhejiang ETC unit and a city- or county-owned section. Whether the vehicle is legally loaded must be stated; a freight vehicle states whether it uses a Zhejiang ETC unit and whether the section is city- or county-owned, which a container truck need not. Unstated, they are missing facts, never read as no."),
		},
		{
			ID:    RuleGreenChannel,
			Title: rules.T("鲜活农产品运输“绿色通道”", "green channel for fresh produce"),
			Cite:  cite("二、28", quoteGreenChannel),
			Inputs: []rules.Input{
				flag("whole_vehicle_legal_load", "整车合法装载", "a whole-vehicle legal load"),
				flag("listed_produce", "《鲜活农产品品种目录》内产品", "produce in the national fresh-produce catalogue"),
				payment("toll", "按标准计算的通行费", "toll at the standard rate"),
			},
			Require: []rules.Condition{
				{Name: "whole_vehicle_legal_load", Text: rules.T("整车合法装载", "a whole-vehicle legal load"), Expr: "whole_vehicle_legal_load"},
				{Name: "listed_produce", Text: rules.T("运输全国统一《鲜活农产品品种目录》内产品", "carrying produce of the national catalogue"), Expr: "listed_produce"},
			},
			Outputs: []rules.Output{{Name: "waived", Title: rules.T("免收通行费", "toll waived"), Unit: rules.Yuan, Expr: "toll"}},
		},
	}
	return params, rs
}

// The methods of the service-sector measures (二、19 to 二、28).

// ConsumptionEventSubsidy returns the subsidy for the organiser of a
// “百场促消费” event stopped for epidemic control in Q1–Q2 (消费活动主办方
// 补贴, 二、19): 30% of the actual spending, at most 300,000, for a
// wholesale, retail, lodging or catering organiser. The event carries the
// day it was stopped (relief.subsidy.consumption_event). Whether it was a
// “百场促消费” event (Campaign) and whether it was stopped for epidemic
// control must be stated: nil is reported missing, an error matching
// [rules.ErrInvalidInput] naming the fact, never a subsidy refused.
func (e *Evaluator) ConsumptionEventSubsidy(on rules.Date, c EventCase) (res EventSubsidy, err error) {
	err = e.event.EvalInto(on, &c, &res)
	return res, err
}

// NEVTradeInSubsidy returns the 2,000-yuan subsidy for scrapping an old car
// and buying a new-energy car in 2022 (新能源汽车以旧换新, 二、20): for units
// registered in 市区 and persons of 市区 or holding its residence permit,
// once per consumer, within the 2,000-car quota
// (relief.subsidy.nev_trade_in). The purchase carries its own day; whether
// the consumer had the subsidy before and the cars subsidised before must
// be stated (nil is reported missing), and so must, for a person whose
// hukou is not in 市区, whether they hold a 市区 residence permit
// (UrbanResidencePermit): nil is then an error matching
// [rules.ErrInvalidInput] naming urban_residence_permit, never a subsidy
// refused.
func (e *Evaluator) NEVTradeInSubsidy(on rules.Date, c TradeInCase) (res TradeInSubsidy, err error) {
	err = e.nev.EvalInto(on, &c, &res)
	return res, err
}

// ExhibitionSubsidy returns the subsidy for an exhibition firm that
// organised a listed key exhibition cancelled for the epidemic in Q1–Q2
// (给予办展企业补助, 二、21): 30% of its actual cost, at most 300,000
// (relief.subsidy.exhibition). It is separate from the technology subsidy
// ([Evaluator.ExhibitionTechSubsidy]). Whether the firm organised it,
// whether it is listed and whether it was cancelled for the epidemic,
// unable to be postponed (CancelledForEpidemic), must be stated: nil is
// reported missing, an error matching [rules.ErrInvalidInput] naming the
// fact, never a subsidy refused.
func (e *Evaluator) ExhibitionSubsidy(on rules.Date, c ExhibitionCase) (res ExhibitionSubsidy, err error) {
	err = e.exhibition.EvalInto(on, &c, &res)
	return res, err
}

// ExhibitionTechSubsidy returns the technology subsidy of a 市区 exhibition
// firm for a new app or an online-offline business (办展企业技改补助, 二、21):
// 10% of the investment above 500,000, at most 1,000,000, for an
// investment within the notice's period (relief.subsidy.exhibition_tech).
func (e *Evaluator) ExhibitionTechSubsidy(on rules.Date, c ExhibitionTechCase) (res ExhibitionTechSubsidy, err error) {
	err = e.exhibitionTech.EvalInto(on, &c, &res)
	return res, err
}

// TravelAgencyReward returns a local travel agency's reward for 2022 (旅游
// 业支持奖励, 二、22): 20 yuan for each overnight visitor above 3,000; or, for
// more than 1,000 retreat and study-group visitors, 20 yuan each up to
// 1,000 and 30 above — the higher of the two, not both. The counts carry
// their year (relief.reward.travel_agency).
func (e *Evaluator) TravelAgencyReward(on rules.Date, c VisitorsCase) (res TravelReward, err error) {
	err = e.travel.EvalInto(on, &c, &res)
	return res, err
}

// BookstoreRentSubsidy returns the rent subsidy of a 市区 physical bookstore
// (a firm whose industry is [Bookshop]) renting non-state property (实体书店
// 租金补助, 二、24): 20 yuan per m² of book-selling area per month for the 6
// months of Q1–Q2 (relief.subsidy.bookstore_rent).
func (e *Evaluator) BookstoreRentSubsidy(on rules.Date, c BookstoreCase) (res BookstoreSubsidy, err error) {
	err = e.bookstore.EvalInto(on, &c, &res)
	return res, err
}

// CinemaSubsidy returns a cinema's subsidy (a firm whose industry is
// [Cinema]) (影院补助, 二、25): 25 yuan per seat per month for the 6 months of
// Q1–Q2. County cinemas are for the counties to follow by reference
// ([rules.ErrCaseByCase]) (relief.subsidy.cinema).
func (e *Evaluator) CinemaSubsidy(on rules.Date, c CinemaCase) (res CinemaSubsidy, err error) {
	err = e.cinema.EvalInto(on, &c, &res)
	return res, err
}

// PropertyManagementSubsidy returns a 市区 property-service firm's subsidy
// for extra epidemic spending (物业防疫物资、消杀支出补贴, 二、26) by managed
// floor area: below 1,000,000 m² 10,000; from 1,000,000 m² (included) to
// below 2,000,000 m² 20,000; from 2,000,000 m² 40,000. It may be paid
// beside [Evaluator.EpidemicPreventionSubsidy]: the notice does not make
// the two exclusive (relief.subsidy.property_management). Whether the firm
// had extra spending on prevention supplies or disinfection
// (ExtraSpending) must be stated: nil is reported missing, an error
// matching [rules.ErrInvalidInput] naming extra_spending, never a subsidy
// refused.
func (e *Evaluator) PropertyManagementSubsidy(on rules.Date, c PropertyCase) (res PropertySubsidy, err error) {
	err = e.property.EvalInto(on, &c, &res)
	return res, err
}

// HighwayTollDiscount returns the toll cut (高速差异化收费, 二、27): legally
// loaded standard-container trucks pay 65%; legally loaded freight vehicles
// with a Zhejiang ETC unit pay 85% on city- or county-owned sections; other
// trips pay the standard toll (relief.toll.highway_discount). Whether the
// vehicle is legally loaded (LegallyLoaded) must be stated, and for a
// freight vehicle whether it uses a Zhejiang ETC unit (ZhejiangETC) and
// drives a city- or county-owned section (LocalStateSection): nil is
// reported missing, an error matching [rules.ErrInvalidInput] naming the
// fact, never the standard toll charged.
func (e *Evaluator) HighwayTollDiscount(on rules.Date, t HighwayTrip) (res TollReduction, err error) {
	err = e.highway.EvalInto(on, &t, &res)
	return res, err
}

// GreenChannelToll returns the toll waived for a whole-vehicle legal load of
// catalogue fresh produce (鲜活农产品运输“绿色通道”, 二、28)
// (relief.toll.green_channel). Whether the load is a whole-vehicle legal
// load (WholeVehicleLegalLoad) and whether the produce is in the national
// catalogue (ListedProduce) must be stated: nil is reported missing, an
// error matching [rules.ErrInvalidInput] naming the fact, never a waiver
// refused.
func (e *Evaluator) GreenChannelToll(on rules.Date, t ProduceTrip) (res TollWaiver, err error) {
	err = e.green.EvalInto(on, &t, &res)
	return res, err
}
