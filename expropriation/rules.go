package expropriation

import (
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Notice is 温政发〔2022〕8号.
// A caller gets a copy, which cites it as well as the package does; no
// caller can change the document for others.
func Notice() rules.Document { return notice }

var notice = rules.Document{
	Number:  "温政发〔2022〕8号",
	Title:   "温州市人民政府关于公布2022-2024年温州市区国有土地上房屋征收临时安置费和搬迁费标准的通知",
	Issuer:  "温州市人民政府",
	Issued:  rules.MustDate(2022, 3, 31),
	InForce: rules.Between(rules.MustDate(2022, 3, 5), rules.MustDate(2024, 3, 4)),
	Clauses: `正文|附件[1-6]|附件1–6`, // 附件1–6: words each annex says alike
}

// Rule IDs, as in the catalogue.
const (
	RuleResettlementRange = "expropriation.temporary_resettlement.range"
	RuleResettlementFee   = "expropriation.temporary_resettlement.fee"
	RuleMovingFee         = "expropriation.moving.fee"
)

// Units of the notice.
var (
	// YuanPerSquareMetreMonth is the unit of the temporary resettlement rates: 元/平方米·月.
	YuanPerSquareMetreMonth = rules.Yuan.Per(rules.SquareMetre).Per(rules.Month).Label("元/平方米·月", "yuan per m² per month")
	// YuanPerSquareMetre is the unit of the moving fee standard: 元/平方米.
	YuanPerSquareMetre = rules.Yuan.Per(rules.SquareMetre).Label("元/平方米", "yuan per m²")
)

// annex describes one district's annex: its number and its row of the
// resettlement table, quoted.
type annex struct {
	no                         int
	district                   Locality
	row                        string // the annex's table row, as printed
	residential, office, indus [2]string
}

var annexes = []annex{
	{1, Lucheng, "鹿城区 12-26 12-26 12-20", [2]string{"12", "26"}, [2]string{"12", "26"}, [2]string{"12", "20"}},
	{2, Longwan, "龙湾区 12-18 12-18 12-18", [2]string{"12", "18"}, [2]string{"12", "18"}, [2]string{"12", "18"}},
	{3, Ouhai, "瓯海区 12-18 12-18 12-18", [2]string{"12", "18"}, [2]string{"12", "18"}, [2]string{"12", "18"}},
	{4, Dongtou, "洞头区 7-10 7-10 7-10", [2]string{"7", "10"}, [2]string{"7", "10"}, [2]string{"7", "10"}},
	{5, Oujiangkou, "瓯江口产业集聚区 12-18 12-18 12-18", [2]string{"12", "18"}, [2]string{"12", "18"}, [2]string{"12", "18"}},
	{6, Zhenan, "浙南产业集聚区 12-15 12-15 12-15", [2]string{"12", "15"}, [2]string{"12", "15"}, [2]string{"12", "15"}},
}

// Quotes the rules rest on; each appears in every annex.
const (
	quoteTable       = "单位：元/平方米·月区域 住宅用房 办公用房工业用房（含仓储用房）"
	quoteResettleCBC = "营业用房等房屋征收临时安置费按实评估"
	quoteMovingRate  = "征收住宅用房、办公用房、营业用房搬迁费标准按15元/平方米计算"
	quoteMovingMin   = "征收住宅用房的搬迁费每户不低于1000元"
	quoteMovingCBC   = "工业用房等房屋征收搬迁费按实评估"
	quotePlan        = "各区和瓯江口产业集聚区、浙南产业集聚区可根据本通知公布的标准范围,在房屋征收与补偿方案中确定具体的临时安置费和搬迁费标准"
	quotePeriod      = "2022年3月5日至2024年3月4日临时安置费和搬迁费标准按照本通知规定执行"
)

func annexCite(no int, quote string) rules.Citation {
	return notice.Cite(fmt.Sprintf("附件%d", no), quote)
}

// everyAnnex cites words that each of the six annexes says alike, for a
// rule, condition or figure that reads the annex of the case's district
// whichever it is; the table row read cites the district's own annex.
func everyAnnex(quote string) rules.Citation {
	return notice.Cite("附件1–6", quote)
}

// spec is the notice as rules.
func spec() rules.Spec {
	var lo, hi, moving, movingMin []rules.Row
	for _, a := range annexes {
		c := annexCite(a.no, a.row)
		for _, u := range []struct {
			use Use
			r   [2]string
		}{{Residential, a.residential}, {Office, a.office}, {Industrial, a.indus}} {
			keys := []string{string(a.district), string(u.use)}
			lo = append(lo, rules.Row{Keys: keys, Value: decimal.RequireFromString(u.r[0]), Cite: c})
			hi = append(hi, rules.Row{Keys: keys, Value: decimal.RequireFromString(u.r[1]), Cite: c})
		}
		d := []string{string(a.district)}
		moving = append(moving, rules.Row{Keys: d, Value: decimal.RequireFromString("15"), Cite: annexCite(a.no, quoteMovingRate)})
		movingMin = append(movingMin, rules.Row{Keys: d, Value: decimal.RequireFromString("1000"), Cite: annexCite(a.no, quoteMovingMin)})
	}
	table := everyAnnex(quoteTable)
	params := []rules.Param{
		{Name: "resettlement_rate_min", Title: rules.T("临时安置费标准下限", "lowest temporary resettlement rate"),
			Unit: YuanPerSquareMetreMonth, History: []rules.Dated{{Value: rules.Table{Rows: lo}, Cite: table}}},
		{Name: "resettlement_rate_max", Title: rules.T("临时安置费标准上限", "highest temporary resettlement rate"),
			Unit: YuanPerSquareMetreMonth, History: []rules.Dated{{Value: rules.Table{Rows: hi}, Cite: table}}},
		{Name: "moving_rate", Title: rules.T("搬迁费标准", "moving fee per square metre"),
			Unit: YuanPerSquareMetre, History: []rules.Dated{{Value: rules.Table{Rows: moving}, Cite: everyAnnex(quoteMovingRate)}}},
		{Name: "standards_first_day", Title: rules.T("本通知标准执行起始日", "first day of the notice's standards"),
			History: []rules.Dated{{Value: notice.InForce.From, Cite: notice.Cite("正文", quotePeriod)}}},
		{Name: "standards_last_day", Title: rules.T("本通知标准执行截止日", "last day of the notice's standards"),
			History: []rules.Dated{{Value: notice.InForce.To, Cite: notice.Cite("正文", quotePeriod)}}},
		{Name: "moving_min_per_household", Title: rules.T("住宅用房搬迁费每户最低额", "lowest residential moving fee per household"),
			Unit: rules.Yuan, Floor: true,
			History: []rules.Dated{{Value: rules.Table{Rows: movingMin}, Cite: everyAnnex(quoteMovingMin)}}},
	}

	district := rules.ChoiceInput("district", rules.T("区域", "district or cluster"), Localities()...)
	use := rules.ChoiceInput("use", rules.T("房屋用途", "use of premises"), Uses()...)
	area := rules.NumberInput("area", rules.T("建筑面积", "floor area"), rules.SquareMetre, rules.Range{Lo: rules.Excl("0")})
	useClass := rules.Def{Name: "use_class", Title: rules.T("用途类别", "use class of the table"),
		Expr: `use == "仓储用房" ? "工业用房" : use`}
	resettleCBC := rules.Condition{Name: "business_and_other",
		Text: rules.T("营业用房等房屋征收临时安置费按实评估", "business and other premises: temporary resettlement fee assessed case by case"),
		Expr: `use in ["营业用房", "其他用房"]`, Cite: everyAnnex(quoteResettleCBC)}
	planDate := rules.DateInput("plan_date", rules.T("房屋征收与补偿方案确定具体标准之日（随房屋征收决定公告）",
		"date the compensation plan set its rates (announced with the expropriation decision)"))
	planChecks := []rules.Check{{Field: "plan_date",
		Text: rules.T("征收补偿方案确定之日不晚于评估日期", "the plan is made on or before the evaluation date"),
		Expr: "plan_date <= eval_date"}}
	planInPeriod := rules.Condition{Name: "plan_in_period",
		Text: rules.T("征收补偿方案在2022年3月5日至2024年3月4日期间确定（适用本通知标准）",
			"the compensation plan was made between 2022-03-05 and 2024-03-04 (the notice's standards apply)"),
		Expr: "plan_date >= standards_first_day && plan_date <= standards_last_day", Cite: notice.Cite("正文", quotePeriod)}
	// The fees are paid under a plan made within the notice's period, for
	// as long as the resettlement lasts: the plan's date is checked against
	// the period (planInPeriod), and the evaluation date is "as of".
	asOf := rules.Since(notice.InForce.From)
	planReading := rules.T(
		"本通知的标准适用于2022年3月5日至2024年3月4日期间确定的房屋征收与补偿方案（方案在公布的范围内确定具体标准，正文），以方案确定之日判断，不以评估日或支付日判断；"+
			"临时安置和搬迁可在2024年3月4日以后进行，仍按方案确定的标准计算，故评估日期为“截至”之日，可晚于该期间。此前或此后确定的方案适用其他年度公布的标准。",
		"The notice's standards apply to compensation plans made between 2022-03-05 and 2024-03-04 (a plan sets its rates within the "+
			"published ranges, 正文), judged by the date the plan is made, not by the evaluation or payment date; a resettlement or a move "+
			"may take place after 2024-03-04 and is still paid at the plan's rates, so the evaluation date is \"as of\" and may be later. Plans made "+
			"before or after use the standards published for their own years.")
	rangeDefs := []rules.Def{useClass,
		{Name: "rate_min", Title: rules.T("标准下限", "lowest rate"), Expr: "resettlement_rate_min[district][use_class]"},
		{Name: "rate_max", Title: rules.T("标准上限", "highest rate"), Expr: "resettlement_rate_max[district][use_class]"},
	}

	return rules.Spec{
		Params: params,
		Rules: []rules.Rule{
			{
				ID:         RuleResettlementRange,
				Title:      rules.T("临时安置费标准范围", "temporary resettlement rate range"),
				Cite:       everyAnnex(quoteTable),
				Inputs:     []rules.Input{district, use},
				Defs:       rangeDefs,
				CaseByCase: []rules.Condition{resettleCBC},
				Outputs: []rules.Output{
					{Name: "min", Title: rules.T("下限", "lowest rate"), Unit: YuanPerSquareMetreMonth, Expr: "rate_min", Round: rules.Exact},
					{Name: "max", Title: rules.T("上限", "highest rate"), Unit: YuanPerSquareMetreMonth, Expr: "rate_max", Round: rules.Exact},
				},
				Reading: rules.T("“12-26”含两端；仓储用房按工业用房；营业用房及其他用房按实评估。评估日期为征收补偿方案确定标准之日：本通知的范围适用于2022年3月5日至2024年3月4日期间确定的方案。",
					"“12-26” includes both ends; storage counts as industrial; business and other premises are assessed case by case. The evaluation date is the day the compensation plan sets its rates: the notice's ranges apply to plans made from 2022-03-05 to 2024-03-04."),
			},
			{
				ID:      RuleResettlementFee,
				Title:   rules.T("临时安置费", "temporary resettlement fee"),
				Cite:    notice.Cite("正文", quotePlan),
				InForce: asOf,
				Inputs: []rules.Input{district, use, area,
					rules.NumberInput("rate", rules.T("征收补偿方案确定的临时安置费标准", "rate chosen by the compensation plan"), YuanPerSquareMetreMonth, rules.Range{Lo: rules.Excl("0")}),
					rules.NumberInput("months", rules.T("临时安置月数", "months of temporary resettlement"), rules.Month, rules.Range{Lo: rules.Excl("0")}),
					planDate,
				},
				Defs:       rangeDefs,
				CaseByCase: []rules.Condition{resettleCBC},
				Checks: append([]rules.Check{{Field: "rate",
					Text: rules.T("临时安置费标准在本区域、本用途公布的标准范围内", "the rate lies within the range published for the district and use"),
					Expr: "rate >= rate_min && rate <= rate_max"}}, planChecks...),
				Require: []rules.Condition{planInPeriod},
				Outputs: []rules.Output{{Name: "fee", Title: rules.T("临时安置费", "temporary resettlement fee"), Unit: rules.Yuan,
					Expr: "rate * area * months", Cite: everyAnnex(quoteTable)}},
				Reading: rules.T("临时安置费＝方案确定的标准×建筑面积×月数；标准须在公布范围内（含两端）。"+planReading.Zh,
					"fee = the plan's rate × floor area × months; the rate must lie in the published range, ends included. "+planReading.En),
			},
			{
				ID:      RuleMovingFee,
				Title:   rules.T("搬迁费", "moving fee"),
				Cite:    everyAnnex(quoteMovingRate),
				InForce: asOf,
				Inputs:  []rules.Input{district, use, area, planDate},
				Checks:  planChecks,
				Require: []rules.Condition{planInPeriod},
				CaseByCase: []rules.Condition{{Name: "industrial_and_other",
					Text: rules.T("工业用房等房屋征收搬迁费按实评估", "industrial and other premises: moving fee assessed case by case"),
					Expr: `use in ["工业用房", "仓储用房", "其他用房"]`, Cite: everyAnnex(quoteMovingCBC)}},
				Defs: []rules.Def{{Name: "by_area", Title: rules.T("按面积计算的搬迁费", "moving fee by floor area"),
					Expr: "moving_rate[district] * area"}},
				Outputs: []rules.Output{{Name: "fee", Title: rules.T("搬迁费", "moving fee"), Unit: rules.Yuan,
					Expr: `use == "住宅用房" ? max(by_area, moving_min_per_household[district]) : by_area`}},
				Reading: rules.T("住宅用房、办公用房、营业用房按15元/平方米×建筑面积，住宅用房每户不低于1000元；工业用房等按实评估。"+planReading.Zh,
					"residential, office and business premises: 15 yuan/m² × floor area, at least 1,000 per residential household; industrial and other premises are assessed case by case. "+planReading.En),
			},
		},
	}
}
