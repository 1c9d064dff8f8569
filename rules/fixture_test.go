package rules

import "github.com/shopspring/decimal"

// Engine tests run on a small book built from real clauses of two of the
// documents — the high-age allowance and the 渐退期 of 温政发〔2022〕6号, the
// property-management tiers and the travel-agency rewards of 温政发〔2022〕7号
// — so that every figure in them comes from the text. These are fixtures of
// the engine's mechanics; the welfare and relief packages own the real rules.

var (
	welfareDoc = &Document{
		Number:  "温政发〔2022〕6号",
		Title:   "温州市人民政府关于进一步帮扶特殊群体推进共同富裕的若干政策意见",
		Issuer:  "温州市人民政府",
		Issued:  MustDate(2022, 4, 1),
		InForce: Between(MustDate(2022, 5, 1), MustDate(2025, 12, 31)),
		Clauses: `[一二三四五六七八九]、\d+|附件\d(、\d)?`,
	}
	reliefDoc = &Document{
		Number:  "温政发〔2022〕7号",
		Title:   "温州市人民政府关于应对新冠肺炎疫情进一步帮助市场主体纾困解难30条措施",
		Issuer:  "温州市人民政府",
		Issued:  MustDate(2022, 4, 1),
		InForce: Between(MustDate(2022, 4, 1), MustDate(2022, 6, 30)),
	}
)

const (
	quoteHighAge   = "80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元"
	quoteShiqu     = "市区户口且符合以下条件之一的老年人，可以按以下标准发放高龄津贴"
	quotePhaseOut  = "对人均收入超过低保标准或低边标准或因首次企业认缴超标的低保低边，可给予一年渐退期"
	quoteProperty  = "100万平方米以下的补贴1万元，100万平方米（含）以上、200万平方米以下的补贴2万元，200万平方米（含）以上的补贴4万元"
	quoteOvernight = "对2022年度本地旅行社年招徕市外过夜游客（游览1个以上A级景区）超过3000人次的，给予超出部分20元/人的奖励"
	quoteStudy     = "给予1000人次以内20元/人、1000人次以上部分30元/人的奖励"
	quoteHigher    = "接待人数计入旅行社招徕市外游客总人次，就高奖励、不重复享受"
)

var (
	yuanPerMonth  = Yuan.Per(Month).Label("元/月", "yuan per month")
	yuanPerPerson = Yuan.Per(Person).Label("元/人", "yuan per person")
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// FixtureSpec returns the engine's test book.
func FixtureSpec() Spec {
	highAge := welfareDoc.Cite("二、5", quoteHighAge)
	property := reliefDoc.Cite("26", quoteProperty)
	return Spec{
		Params: []Param{
			{Name: "high_age_allowance", Title: T("高龄津贴标准", "high-age allowance"), Unit: yuanPerMonth, Floor: true,
				History: []Dated{{Cite: highAge, Value: &Bracket{Of: Year, Bands: []Band{
					{Range: Range{Lo: Incl("80"), Hi: Excl("90")}, Value: dec("50")},
					{Range: Range{Lo: Incl("90"), Hi: Excl("100")}, Value: dec("200")},
					{Range: Range{Lo: Incl("100")}, Value: dec("500")},
				}}}}},
			Fixed("high_age_min", T("高龄津贴起始年龄", "first age of the allowance"), Year, "80", highAge),
			Fixed("phase_out_years", T("渐退期", "phase-out period"), Year, "1", welfareDoc.Cite("二、1", quotePhaseOut)),
			{Name: "property_tiers", Title: T("物业服务企业分档补贴", "property-service subsidy tiers"), Unit: Yuan,
				History: []Dated{{Cite: property, Value: &Bracket{Of: SquareMetre, Bands: []Band{
					{Range: Range{Lo: Excl("0"), Hi: Excl("1000000")}, Value: dec("10000")},
					{Range: Range{Lo: Incl("1000000"), Hi: Excl("2000000")}, Value: dec("20000")},
					{Range: Range{Lo: Incl("2000000")}, Value: dec("40000")},
				}}}}},
			Fixed("overnight_threshold", T("市外过夜游客奖励起点", "overnight visitors before the reward"), Person, "3000", reliefDoc.Cite("22", quoteOvernight)),
			Fixed("overnight_rate", T("超出部分奖励标准", "reward per visitor above the threshold"), yuanPerPerson, "20", reliefDoc.Cite("22", quoteOvernight)),
			Fixed("study_split", T("研学团队分段人次", "study-group split"), Person, "1000", reliefDoc.Cite("22", quoteStudy)),
			Fixed("study_rate_low", T("1000人次以内奖励标准", "reward per visitor up to the split"), yuanPerPerson, "20", reliefDoc.Cite("22", quoteStudy)),
			Fixed("study_rate_high", T("1000人次以上部分奖励标准", "reward per visitor above the split"), yuanPerPerson, "30", reliefDoc.Cite("22", quoteStudy)),
		},
		Rules: []Rule{
			{
				ID: "welfare.elderly.high_age_allowance", Title: T("高龄津贴", "high-age allowance"), Cite: highAge,
				Inputs: []Input{
					DateInput("birth_date", T("出生日期", "date of birth")),
					FlagInput("shiqu_hukou", T("市区户口", "hukou in the city districts")),
				},
				Defs: []Def{{Name: "age", Title: T("周岁", "age in full years"), Expr: "full_years(birth_date, eval_date)"}},
				Require: []Condition{
					{Name: "shiqu_hukou", Text: T("市区户口", "hukou in the city districts"), Expr: "shiqu_hukou", Cite: welfareDoc.Cite("二、5", quoteShiqu)},
					{Name: "aged_80", Text: T("年满80周岁", "aged 80 or over"), Expr: "age >= high_age_min"},
				},
				Outputs: []Output{{Name: "allowance", Title: T("高龄津贴", "high-age allowance"), Unit: yuanPerMonth, Expr: "bracket(high_age_allowance, age)"}},
			},
			{
				ID: "welfare.dibao.phase_out", Title: T("低保渐退期", "phase-out period"), Cite: welfareDoc.Cite("二、1", quotePhaseOut),
				Inputs:  []Input{DateInput("exceeded_on", T("收入超标认定日", "day the income was found above the standard"))},
				Outputs: []Output{{Name: "ends", Title: T("渐退期届满日", "last day of the phase-out"), Expr: "add_years(exceeded_on, phase_out_years)"}},
			},
			{
				ID: "relief.subsidy.property_management", Title: T("物业服务企业防疫补贴", "property-service epidemic subsidy"), Cite: property,
				Inputs:  []Input{NumberInput("area", T("在管物业项目建筑面积", "floor area managed"), SquareMetre, Range{Lo: Excl("0")})},
				Outputs: []Output{{Name: "subsidy", Title: T("补贴", "subsidy"), Unit: Yuan, Expr: "bracket(property_tiers, area)"}},
			},
			{
				ID: "relief.reward.travel_agency.overnight", Title: T("市外过夜游客奖励", "overnight-visitor reward"), Cite: reliefDoc.Cite("22", quoteOvernight),
				Inputs:  []Input{CountInput("visitors", T("市外过夜游客人次", "overnight visitors from outside the city"), Person, Range{Lo: Incl("0")})},
				Require: []Condition{{Name: "above_3000", Text: T("超过3000人次", "more than 3,000 visitors"), Expr: "visitors > overnight_threshold"}},
				Outputs: []Output{{Name: "reward", Title: T("奖励", "reward"), Unit: Yuan, Expr: "(visitors - overnight_threshold) * overnight_rate"}},
			},
			{
				ID: "relief.reward.travel_agency.study", Title: T("疗休养研学团队奖励", "retreat and study-group reward"), Cite: reliefDoc.Cite("22", quoteStudy),
				Inputs:  []Input{CountInput("visitors", T("团队人次", "group visitors"), Person, Range{Lo: Incl("0")})},
				Require: []Condition{{Name: "above_1000", Text: T("超过1000人次", "more than 1,000 visitors"), Expr: "visitors > study_split"}},
				Outputs: []Output{{Name: "reward", Title: T("奖励", "reward"), Unit: Yuan,
					Expr: "min(visitors, study_split) * study_rate_low + max(visitors - study_split, 0) * study_rate_high"}},
			},
		},
		Groups: []Group{{ID: "relief.reward.travel_agency", Title: T("旅行社奖励", "travel-agency reward"), Cite: reliefDoc.Cite("22", quoteHigher),
			Rules: []string{"relief.reward.travel_agency.overnight", "relief.reward.travel_agency.study"}}},
	}
}
