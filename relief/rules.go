package relief

import (
	"strings"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Notice is 温政发〔2022〕7号, which issues the 30 measures. Its measures are
// cited by section and number ("一、13", "二、22"); the three closing
// provisions (附则) as 附则1–3.
// A caller gets a copy, which cites it as well as the package does; no
// caller can change the document for others.
func Notice() rules.Document { return notice }

var notice = rules.Document{
	Number:  "温政发〔2022〕7号",
	Title:   "温州市人民政府关于印发应对新冠肺炎疫情进一步帮助市场主体纾困解难30条措施的通知",
	Issuer:  "温州市人民政府",
	Issued:  rules.MustDate(2022, 3, 30),
	InForce: rules.Between(rules.MustDate(2022, 4, 1), rules.MustDate(2022, 6, 30)),
	Clauses: `[一二三]、([1-9]|[12][0-9]|30)|附则[1-3]`,
}

// Rule IDs, as in the catalogue: the appendix's eligibility, then the
// measures in the notice's order.
const (
	RuleEligibility            = "relief.eligibility.enterprise"
	RuleVATCreditRefund        = "relief.vat.credit_refund"
	RuleTaxDeferral            = "relief.tax.deferral"
	RuleSmallScaleExemption    = "relief.vat.small_scale_exemption"
	RuleSixTaxesTwoFees        = "relief.tax.six_taxes_two_fees"
	RuleSmallProfitCIT         = "relief.tax.small_profit_cit"
	RuleEquipmentDeduction     = "relief.tax.equipment_deduction"
	RuleRDSuperDeduction       = "relief.tax.rd_super_deduction"
	RuleVATAdditionalDeduction = "relief.vat.additional_deduction"
	RuleInspectionDiscount     = "relief.fee.inspection_discount"
	RuleUnionRefund            = "relief.fee.union_refund"
	RuleStateOwnedRentWaiver   = "relief.rent.state_owned_waiver"
	RuleEpidemicPrevention     = "relief.subsidy.epidemic_prevention"
	RuleImportedGoodsTesting   = "relief.subsidy.imported_goods_testing"
	RuleGuaranteeFee           = "relief.finance.guarantee_fee"
	RuleBridgeLoanFee          = "relief.finance.bridge_loan_fee"
	RuleUnemploymentDeferral   = "relief.insurance.unemployment_deferral"
	RuleConsumptionEvent       = "relief.subsidy.consumption_event"
	RuleNEVTradeIn             = "relief.subsidy.nev_trade_in"
	RuleExhibition             = "relief.subsidy.exhibition"
	RuleExhibitionTech         = "relief.subsidy.exhibition_tech"
	RuleTravelAgency           = "relief.reward.travel_agency"
	RuleBookstoreRent          = "relief.subsidy.bookstore_rent"
	RuleCinema                 = "relief.subsidy.cinema"
	RulePropertyManagement     = "relief.subsidy.property_management"
	RuleHighwayDiscount        = "relief.toll.highway_discount"
	RuleGreenChannel           = "relief.toll.green_channel"
)

// Units of the measures.
var (
	// PersonTime is a person-time (人次), the count of visitors of measure 22.
	PersonTime = rules.NewUnit("人次", "person-time").Plural("person-times")
	// Seat is a cinema seat (座位).
	Seat = rules.NewUnit("座", "seat").Plural("seats")
	// Car is a vehicle (辆).
	Car = rules.NewUnit("辆", "vehicle").Plural("vehicles")

	// YuanPerMonth is a monthly rent: 元/月.
	YuanPerMonth = rules.Yuan.Per(rules.Month)
	// YuanPerSquareMetreMonth is the bookstore rent subsidy rate: 元/平方米·月.
	YuanPerSquareMetreMonth = rules.Yuan.Per(rules.SquareMetre).Per(rules.Month).Label("元/平方米·月", "yuan per m² per month")
	// YuanPerSeatMonth is the cinema subsidy rate: 元/座·月.
	YuanPerSeatMonth = rules.Yuan.Per(Seat).Per(rules.Month).Label("元/座·月", "yuan per seat per month")
	// YuanPerPersonTime is the travel-agency reward rate: 元/人次.
	YuanPerPersonTime = rules.Yuan.Per(PersonTime).Label("元/人次", "yuan per person-time")
	// PerMonth is a monthly rate, such as the bridge-loan fee (月息).
	PerMonth = rules.Number.Per(rules.Month).Label("/月", "per month")
)

// In-force periods. The evaluation date is the date "as of" which a case is
// assessed (for a subsidy, the day of application: 附则1 “申报时”); a fact
// with a date of its own (a sale, a payment, a purchase, an event stopped,
// a tax period) carries that date as an input, and the window the clause
// states for it is a named condition on that date. A rule whose facts
// carry their dates is in force from the first day of its window with no
// end, since the notice sets no last day for applying (附则3: “具体申报指南
// 另行制定”): an assessment after the window still reports on facts inside
// it. A rule whose facts carry no date of their own is in force for the
// notice's period (附则3: “除已明确限定期限外，有效期至2022年6月30日”).
var (
	since2021Q4 = rules.Since(rules.MustDate(2021, 10, 1))
	since2022   = rules.Since(rules.MustDate(2022, 1, 1))
	sinceApril  = rules.Since(rules.MustDate(2022, 4, 1))
	aprilToJune = rules.Between(rules.MustDate(2022, 4, 1), rules.MustDate(2022, 6, 30))
)

// Windows of the facts, as expressions over a date input.
func within(input, first, last string) string {
	return input + ` >= date("` + first + `") && ` + input + ` <= date("` + last + `")`
}

// inNoticePeriod is the notice's own period (附则3), for facts of a measure
// that states no period of its own.
func inNoticePeriod(input string) string {
	return input + " >= notice_first_day && " + input + " <= notice_last_day"
}

// notAfterEvalDate is the check that a fact dated input happened on or
// before the evaluation date: a case is assessed as of a day, and a fact
// after it is not yet a fact.
func notAfterEvalDate(input, zh, en string) rules.Check {
	return rules.Check{Field: input, Text: rules.T(zh+"不晚于评估日期", en+" is on or before the evaluation date"),
		Expr: input + " <= eval_date"}
}

// allOf is the conjunction of a rule's conditions, for an output computed
// whether or not the case is eligible ([rules.Output.Always]), such as the
// fee payable at the standard when a cut is not granted.
func allOf(cs []rules.Condition) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = "(" + c.Expr + ")"
		if c.When != "" {
			parts[i] = "(!(" + c.When + ") || " + parts[i] + ")"
		}
	}
	return strings.Join(parts, " && ")
}

func cite(clause, quote string) rules.Citation { return notice.Cite(clause, quote) }

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func fixed(name, zh, en string, unit rules.Unit, value string, c rules.Citation) rules.Param {
	return rules.Fixed(name, rules.T(zh, en), unit, value, c)
}

func capped(p rules.Param) rules.Param {
	p.Cap = true
	return p
}

func table(name, zh, en string, unit rules.Unit, c rules.Citation, rows ...rules.Row) rules.Param {
	return rules.Param{Name: name, Title: rules.T(zh, en), Unit: unit,
		History: []rules.Dated{{Value: rules.Table{Rows: rows}, Cite: c}}}
}

func row(key, value string, c rules.Citation) rules.Row {
	return rules.Row{Keys: []string{key}, Value: dec(value), Cite: c}
}

// list writes a list of texts for an expression: ["a", "b"].
func list[T ~string](xs ...T) string {
	q := make([]string, len(xs))
	for i, x := range xs {
		q[i] = `"` + string(x) + `"`
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// Quotes of the closing provisions (附则).
const (
	quoteScope      = "本政策所指享受奖补的企业为申报时注册地和财政收入在市区范围内具有独立法人资格的企业"
	quoteExclusions = "不含房地产企业、国有及国有控股企业、行政事业单位，除政策另有规定外"
	quoteMujun      = "“亩均论英雄”综合评价C、D类企业、列入严重失信名单企业均不享受资金奖补政策"
	quoteEffective  = "本政策自2022年4月1日起生效，除已明确限定期限外，有效期至2022年6月30日"
)

// The inputs that describe a firm, shared by the rules that need them.
func inRegistration() rules.Input {
	return rules.ChoiceInput("registration", rules.T("申报时注册地", "place of registration when applying"), Localities()...)
}

func inFiscalRevenue() rules.Input {
	return rules.ChoiceInput("fiscal_revenue", rules.T("财政收入所在地", "where the firm's fiscal revenue is paid"), Localities()...)
}

func inEntity() rules.Input {
	return rules.ChoiceInput("entity_type", rules.T("主体类型", "kind of entity"), EntityTypes()...)
}

func inLegalPerson() rules.Input {
	return rules.FlagInput("independent_legal_person", rules.T("具有独立法人资格", "is an independent legal person"))
}

func inIndustry() rules.Input {
	return rules.ChoiceInput("industry", rules.T("行业", "industry"), Industries()...)
}

func inOwnership() rules.Input {
	return rules.ChoiceInput("ownership", rules.T("所有制", "ownership"), Ownerships()...)
}

func inMujun() rules.Input {
	return rules.ChoiceInput("mujun_class", rules.T("“亩均论英雄”综合评价类别", "class in the 亩均 evaluation"), MujunClasses()...)
}

func inCredit() rules.Input {
	return rules.ChoiceInput("credit", rules.T("信用状况", "credit status"), CreditStatuses()...)
}

func inSize() rules.Input {
	return rules.ChoiceInput("size", rules.T("企业规模", "size class"), Sizes()...)
}

func money(name, zh, en string) rules.Input {
	return rules.NumberInput(name, rules.T(zh, en), rules.Yuan, rules.Range{Lo: rules.Incl("0")})
}

// payment is the input of an amount that is itself the fact claimed — a
// payment, a spending, a cost, a rent, a fee or a toll billed: above zero,
// since a payment of nothing is no payment (and a Go zero left unset would
// otherwise be granted a figure of 0).
func payment(name, zh, en string) rules.Input {
	return rules.NumberInput(name, rules.T(zh, en), rules.Yuan, rules.Range{Lo: rules.Excl("0")})
}

// yearStarted is the check that a year of a case (of a spending, of counts)
// has begun by the evaluation date: a year not yet begun has no facts.
func yearStarted(input, zh, en string) rules.Check {
	return rules.Check{Field: input, Text: rules.T(zh+"已开始（不晚于评估日期所在年度）", en+" has begun by the evaluation date"),
		Expr: `add_years(date("2000-01-01"), ` + input + ` - 2000) <= eval_date`}
}

func flag(name, zh, en string) rules.Input { return rules.FlagInput(name, rules.T(zh, en)) }

// firmInputs returns the inputs of the appendix's eligibility.
func firmInputs() []rules.Input {
	return []rules.Input{inRegistration(), inFiscalRevenue(), inEntity(), inLegalPerson(),
		inIndustry(), inOwnership(), inMujun(), inCredit()}
}

// Condition names of the appendix's eligibility; a subsidy rule that a firm
// fails names the same condition as relief.eligibility.enterprise does.
const (
	CondRegisteredInUrban     = "registered_in_urban"
	CondRevenueInUrban        = "revenue_in_urban"
	CondLegalPersonEnterprise = "legal_person_enterprise"
	CondNotRealEstate         = "not_real_estate"
	CondNotStateOwned         = "not_state_owned"
	CondNotPublicInstitution  = "not_public_institution"
	CondNotMujunCD            = "not_mujun_cd"
	CondNotSeriouslyDishonest = "not_seriously_dishonest"
)

// eligibility returns the appendix's conditions, one for each exclusion.
func eligibility() []rules.Condition {
	urban := list(UrbanLocalities()...)
	return []rules.Condition{
		{Name: CondRegisteredInUrban, Text: rules.T("申报时注册地在市区范围内", "registered in 市区 when applying"),
			Expr: "registration in " + urban, Cite: cite("附则1", quoteScope)},
		{Name: CondRevenueInUrban, Text: rules.T("财政收入在市区范围内", "fiscal revenue paid in 市区"),
			Expr: "fiscal_revenue in " + urban, Cite: cite("附则1", quoteScope)},
		{Name: CondLegalPersonEnterprise, Text: rules.T("具有独立法人资格的企业", "an enterprise with independent legal personality"),
			Expr: `entity_type == "企业" && independent_legal_person`, Cite: cite("附则1", quoteScope)},
		{Name: CondNotRealEstate, Text: rules.T("不是房地产企业", "not a real-estate firm"),
			Expr: `industry != "房地产业"`, Cite: cite("附则1", quoteExclusions)},
		{Name: CondNotStateOwned, Text: rules.T("不是国有及国有控股企业", "not state-owned or state-controlled"),
			Expr: `ownership == "非国有"`, Cite: cite("附则1", quoteExclusions)},
		{Name: CondNotPublicInstitution, Text: rules.T("不是行政事业单位", "not an administrative or public institution"),
			Expr: `entity_type != "行政事业单位"`, Cite: cite("附则1", quoteExclusions)},
		{Name: CondNotMujunCD, Text: rules.T("不是“亩均论英雄”综合评价C、D类企业", "not in class C or D of the 亩均 evaluation"),
			Expr: `!(mujun_class in ["C类", "D类"])`, Cite: cite("附则2", quoteMujun)},
		{Name: CondNotSeriouslyDishonest, Text: rules.T("未列入严重失信名单", "not on the serious-dishonesty list"),
			Expr: `credit != "列入严重失信名单"`, Cite: cite("附则2", quoteMujun)},
	}
}

// subsidy returns a subsidy rule's conditions: the appendix's, then its own.
func subsidy(own ...rules.Condition) []rules.Condition {
	return append(eligibility(), own...)
}

// withFirm returns the appendix's inputs followed by a rule's own.
func withFirm(own ...rules.Input) []rules.Input {
	return append(firmInputs(), own...)
}

// The industries outside the service sector (第一、二产业); every other
// industry of [Industries] is a service industry (服务业).
var nonService = []Industry{Agriculture, Mining, Manufacturing, Utilities, Construction}

// industrial are the industries of 工业 (mining, manufacturing, and power,
// heat, gas and water), as the national statistics define it.
var industrial = []Industry{Mining, Manufacturing, Utilities}

// retail are the industries a measure naming 零售 covers: 零售业 and the
// physical bookstores, which are retailers.
var retail = []Industry{Retail, Bookshop}

// spec is the notice as rules.
func spec() rules.Spec {
	var s rules.Spec
	for _, part := range []func() ([]rules.Param, []rules.Rule){eligibilityRules, taxRules, feeRules, serviceRules} {
		ps, rs := part()
		s.Params = append(s.Params, ps...)
		s.Rules = append(s.Rules, rs...)
	}
	return s
}

func eligibilityRules() ([]rules.Param, []rules.Rule) {
	params := []rules.Param{
		{Name: "notice_first_day", Title: rules.T("本政策生效日", "first day the notice applies"),
			History: []rules.Dated{{Value: rules.MustDate(2022, 4, 1), Cite: cite("附则3", quoteEffective)}}},
		{Name: "notice_last_day", Title: rules.T("本政策有效期最后一日（除已明确限定期限外）", "last day of the notice's period (where a measure states none)"),
			History: []rules.Dated{{Value: rules.MustDate(2022, 6, 30), Cite: cite("附则3", quoteEffective)}}},
	}
	return params, []rules.Rule{{
		ID:      RuleEligibility,
		Title:   rules.T("享受奖补的企业条件", "which firms may receive the subsidies"),
		Cite:    cite("附则1", quoteScope),
		InForce: since2022,
		Inputs:  firmInputs(),
		Require: eligibility(),
		Reading: rules.T(
			"附则1、2的条件约束本政策的资金奖补措施（13、19、21、22、24、25、26条；20条对单位消费者适用附则2）；税费、收费、通行费、金融措施不适用。评估日期为申报之日（“申报时”）：自奖补措施最早的期间起点2022年1月1日起适用，本文件未定申报截止日（“具体申报指南另行制定”），故不设终点。房地产企业指房地产开发经营企业，物业服务企业不在其列（26条专门支持物业服务企业）。",
			"The appendix's conditions bind the subsidy and reward measures (13, 19, 21, 22, 24, 25, 26; appendix 2 also for unit buyers under 20); tax, fee, toll and finance measures do not carry them. The evaluation date is the day of application (“申报时”): the rule applies from 2022-01-01, the earliest start of the subsidies' windows, with no end, since the notice sets no last day for applying (“具体申报指南另行制定”). Real-estate firms are developers and traders; property-service firms are not among them (measure 26 supports them)."),
	}}
}
