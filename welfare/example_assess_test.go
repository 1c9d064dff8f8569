package welfare_test

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// A statement for an 85-year-old widow of 鹿城区 on 低保 who rents on the
// market, rendered in Chinese.
func ExampleEvaluator_Assess() {
	h := welfare.Household{Locality: welfare.Lucheng, Status: welfare.Dibao,
		Housing: &welfare.Housing{MarketRent: decimal.RequireFromString("1200")},
		Members: []welfare.Member{{Name: "王阿婆", BirthDate: rules.MustDate(1938, 3, 1), SelfCare: welfare.MildlyDependent,
			ResidentMedical: true, Medical: &welfare.MedicalCosts{CompliantCost: decimal.RequireFromString("2000"),
				Visit: welfare.Inpatient, Designated: true}}},
		Income: welfare.Income{PeriodMonths: 12, Items: []welfare.IncomeItem{
			{Kind: welfare.OtherIncome, Amount: decimal.RequireFromString("3600")}}},
	}
	st, err := welfare.Default().Assess(on, h, local2ex)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, en := range st.Members[0].Granted() {
		line := en.Clause + " " + en.Title.Zh + " " + en.Amount.StringFixed(2)
		if en.Outcome != "" {
			line += " " + en.Outcome
		}
		fmt.Println(line)
	}
	fmt.Println()
	fmt.Print(st)
	// Output:
	// 二、5 低保老年人养老服务补贴 125.00
	// 二、5 高龄津贴 50.00
	// 四、14 困难群众医疗救助 1600.00
	// 六、19 城乡居民基本医保个人缴费补助 380.00
	// 六、20 免费乘坐公共交通 0.00 免费乘坐公共交通
	//
	// 温政发〔2022〕6号 帮扶事项评估（免申直享） 2023年6月1日
	// 【家庭 鹿城区，低保，1人】
	//   享受
	//     二、1 最低生活保障金：每月最低生活保障金 785.00 元/月；家庭人均月收入 300.00 元/人·月
	//     三、10 保障性租赁住房与优先实物配租：可获得的住房保障 依申请优先安排实物配租；依据的保障类别 低保低边无房户
	//     三、11 住房租赁补贴与公共租赁住房租金免缴：每月租赁补贴或免缴租金 1200.00 元/户·月；保障方式 租赁补贴
	//     六、20 水电气定额免费和有线电视费用减免：免费水量 60 吨/户·年；免费天然气 60 立方米/户·年；免费用电基数 180 度/户·年；免收有线电视初装费及视听维护费 是
	//   不符合条件
	//     二、7 计生困难家庭补助：未满足：经认定的计生困难家庭类别（category = 无）
	//     二、8 建档困难职工生活帮扶：未满足：经认定的建档困难职工家庭（registered = 否）
	//   未评估（缺少事实）
	//     三、12 农村困难家庭危房改造与低收入农户安居补助：缺少 Household.Renovation
	//     八、27 公交、环卫一线工作人员租赁补贴：缺少 Member.Employment
	// 【成员1 王阿婆，85周岁】
	//   享受
	//     二、5 低保老年人养老服务补贴：每月养老服务补贴 125.00 元/人·月
	//     二、5 高龄津贴：每月高龄津贴 50.00 元/人·月
	//     四、14 困难群众医疗救助：医疗救助金额 1600.00 元
	//     六、19 城乡居民基本医保个人缴费补助：财政补助的个人缴费 380.00 元/人·年
	//     六、20 免费乘坐公共交通：帮扶内容 免费乘坐公共交通
	//   按实评估
	//     六、19 资助医疗救助对象参加全民健康补充医疗保险：资助医疗救助对象参加全民健康补充医疗保险，补助资金由属地政府统筹支持
	//   不符合条件
	//     二、3 特困人员照料护理费用：未满足：特困人员（tekun_support = 非特困人员）
	//     二、4 低保退役军人生活补助：未满足：退役军人（veteran = 否）
	//     二、6 孤困儿童基本生活最低养育标准：未满足：儿童（未满18周岁）（age = 85 年, child_age_limit = 18 年）；未满足：儿童福利机构养育的孤儿、社会散居孤儿、艾滋病病毒感染儿童、事实无人抚养儿童，或低保低边中的重度残疾、三级四级精神或智力残疾儿童及其他困境儿童（category = 无, assisted = 是, severe = 否, mental_3_4 = 否）
	//     二、9 严重精神障碍患者监护补助：未满足：纳入管理的严重精神障碍患者（patient = 否）；未满足：有危险性评估等级风险的患者（Ⅰ类或Ⅱ类）（risk_class = 无）；未满足：监护人有效履行监护责任（guardian_fulfils = 否）
	//     二、9 严重精神障碍患者护理照料补贴：未满足：纳入管理的严重精神障碍患者（patient = 否）；未满足：纳入当地村（社）管理（community_managed = 否）
	//     二、9 精神分裂症患者长效针剂注射治疗补助：未满足：纳入管理的严重精神障碍患者（patient = 否）；未满足：精神分裂症患者（schizophrenia = 否）；未满足：治疗依从性差（poor_compliance = 否）；未满足：弱监护或无监护（weak_guardianship = 否）；未满足：具有肇事肇祸风险（incident_risk = 否）；未满足：经评估认定（injection_approved = 否）
	//     四、15 低保低边退役军人医疗援助：未满足：退役军人（veteran = 否）
	//     四、16 残疾人意外伤害保险：未满足：残疾人（持证）（disability = 无）
	//     六、19 城乡居民基本养老保险个人缴费代缴：未满足：参加城乡居民基本养老保险（enrolled = 否）
	//   未评估（缺少事实）
	//     四、16 残疾儿童康复训练费补贴：缺少 Member.Rehab
	//     四、16 残疾儿童康复生活补贴：缺少 Member.Rehab
	//     五、17 义务教育营养餐补助：缺少 Member.Student
	//     五、18 助学补助（残联助学补助）：缺少 Member.Student
	//     五、18 助学补助（工会助学帮扶）：缺少 Member.Student
	//     五、18 助学补助（计生助学补助）：缺少 Member.Student
	//     七、21 公益性岗位补贴：缺少 Member.Employment
	//     七、22 灵活就业社保补贴：缺少 Member.Employment.Flexible
	//     七、22 求职创业补贴：缺少 Member.Student
	//     八、25 直接办理居住证：缺少 Member.Migrant
	//     八、27 随迁子女就读高中同城待遇：缺少 Member.Student
}

// The same kind of statement in English, for a household whose daughter
// qualifies for two study grants: only the higher is paid (附则2).
func ExampleStatement_Text() {
	h := welfare.Household{Locality: welfare.Ouhai, Status: welfare.Dibian, HardshipWorker: true,
		Members: []welfare.Member{{Name: "Zhang", BirthDate: rules.MustDate(2003, 8, 1), Disability: welfare.Hearing, DisabilityGrade: 3,
			Student: &welfare.Student{Level: welfare.Bachelor, Tuition: decimal.RequireFromString("3000")}}}}
	st, err := welfare.Default().Assess(on, h, local2ex)
	if err != nil {
		fmt.Println(err)
		return
	}
	lines := splitLines(st.Text(rules.English))
	for i, l := range lines {
		if contains(l, "study grants") || contains(l, "[Take the higher]") && i+1 < len(lines) {
			fmt.Println(l)
		}
	}
	fmt.Println(lines[len(lines)-1])
	// Output:
	//     五、18 study grants (残联助学补助): study grant of the year 4000.00 yuan per person; how it is given 每学年
	//     五、18 study grants (工会助学帮扶): the higher is paid: 助学补助（残联助学补助）
	//     五、18 study grants (计生助学补助): not met: a child of a recognised family-planning hardship family (scheme = family-planning study grant, family_planning = none)
	// [Take the higher]
	//   member 1: 助学补助（残联助学补助） 4000.00 yuan per person paid, not 助学补助（工会助学帮扶） (温政发〔2022〕6号 附则2)
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := range len(s) {
		if s[i] == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return out
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

func ExampleStatement_String() {
	st, _ := welfare.Default().Assess(on, welfare.Household{Locality: welfare.Taishun, Status: welfare.Dibao,
		Members: []welfare.Member{{Name: "甲", BirthDate: rules.MustDate(1990, 1, 1)}},
		Income:  welfare.Income{PeriodMonths: 12}}, local2ex)
	lines := splitLines(st.String())
	fmt.Println(lines[1])
	fmt.Println(lines[3])
	// Output:
	// 【家庭 泰顺县，低保，1人】
	//     二、1 最低生活保障金：每月最低生活保障金 1085.00 元/月；家庭人均月收入 0.00 元/人·月
}

func ExampleSection_Granted() {
	st, _ := welfare.Default().Assess(on, welfare.Household{Locality: welfare.Lucheng, Status: welfare.Dibao,
		Members: []welfare.Member{{Name: "乙", BirthDate: rules.MustDate(1930, 1, 1), SelfCare: welfare.SelfCaring}}}, local2ex)
	for _, en := range st.Members[0].Granted() {
		fmt.Println(en.Rule, en.Part, en.Amount.StringFixed(2))
	}
	// Output:
	// welfare.elderly.care_subsidy  125.00
	// welfare.elderly.high_age_allowance  200.00
	// welfare.utilities.free_quota.transport  0.00
}

func ExampleSection_Entry() {
	st, _ := welfare.Default().Assess(on, welfare.Household{Locality: welfare.Lucheng,
		Members: []welfare.Member{{Name: "丙", BirthDate: rules.MustDate(1943, 6, 2)}}}, local2ex)
	en, _ := st.Members[0].Entry(welfare.RuleHighAgeAllowance, "")
	fmt.Println(en.Status, en.Failed[0].In(rules.Chinese))
	// Output: 不符合条件 未满足：80周岁以上（age = 79 年, high_age_allowance_min = 80 年）
}

// A county that pays more assesses with its own derived book.
func ExampleEvaluator_Assess_derivedBook() {
	h := welfare.Household{Locality: welfare.Yongjia, Members: []welfare.Member{{Name: "陈", BirthDate: rules.MustDate(1953, 2, 1),
		Tekun: welfare.TekunDispersed, SelfCare: welfare.FullyDependent}}}
	st, err := county2().Assess(on, h, local2ex)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, en := range st.Members[0].Granted() {
		fmt.Println(en.Rule, en.Amount.StringFixed(2))
	}
	// Output:
	// welfare.tekun.basic_standard 1500.00
	// welfare.tekun.care_fee 912.00
}

// A household's facts are checked before it is assessed: every problem at
// once, by Go field path, members numbered as the statement numbers them.
func ExampleHousehold_Validate() {
	h := welfare.Household{
		Status: welfare.Dibao,
		Members: []welfare.Member{
			{Name: "甲", BirthDate: rules.MustDate(1980, 5, 1), Disability: welfare.Physical},
		},
	}
	var he *welfare.HouseholdError
	if errors.As(h.Validate(rules.MustDate(2022, 6, 1)), &he) {
		for _, p := range he.Problems {
			fmt.Println(p.Text(rules.Chinese))
		}
	}
	// Output:
	// Locality：户籍所在地未给出（市本级、鹿城区、龙湾区、瓯海区、洞头区、市级功能区、瑞安市、乐清市、龙港市、永嘉县、平阳县、苍南县、文成县、泰顺县、市外）
	// Members[0].DisabilityGrade（成员1）：肢体残疾未给出残疾等级（1至4级）
}
