package welfare_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// A statement for an 85-year-old widow of 鹿城区 on 低保 who rents on the
// market, rendered in Chinese.
func ExampleEvaluator_Assess() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// The locality's standards, which the document leaves to the caller: its
	// monthly 低保 and 低边 standards and minimum wage, last year's per-capita
	// consumption, the lowest pension tier, the residents' medical
	// contribution and the provincial meal standard.
	local := welfare.LocalStandards{
		Dibao:                  decimal.RequireFromString("1085"),
		Dibian:                 decimal.RequireFromString("1627.50"),
		MinimumWage:            decimal.RequireFromString("2280"),
		UrbanConsumption:       decimal.RequireFromString("36000"),
		UrbanLivingConsumption: decimal.RequireFromString("30000"),
		ResidentConsumption:    decimal.RequireFromString("40000"),
		PensionLowestTier:      decimal.RequireFromString("100"),
		MedicalContribution:    decimal.RequireFromString("380"),
		ProvincialMealStandard: decimal.RequireFromString("1000"),
	}
	h := welfare.Household{Locality: welfare.Lucheng, Status: welfare.Dibao,
		Housing: &welfare.Housing{OwnsHome: new(false), MarketRent: decimal.RequireFromString("1200")},
		Members: []welfare.Member{{Name: "王阿婆", BirthDate: rules.MustDate(1938, 3, 1), SelfCare: welfare.MildlyDependent,
			ResidentMedical: true, Medical: &welfare.MedicalCosts{CompliantCost: decimal.RequireFromString("2000"),
				Visit: welfare.Inpatient, Designated: true}}},
		Income: welfare.Income{PeriodMonths: 12, Items: []welfare.IncomeItem{
			{Kind: welfare.OtherIncome, Amount: decimal.RequireFromString("3600")}}},
	}
	st, err := welfare.Default().Assess(on, h, local)
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
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// The locality's standards, which the document leaves to the caller: its
	// monthly 低保 and 低边 standards and minimum wage, last year's per-capita
	// consumption, the lowest pension tier, the residents' medical
	// contribution and the provincial meal standard.
	local := welfare.LocalStandards{
		Dibao:                  decimal.RequireFromString("1085"),
		Dibian:                 decimal.RequireFromString("1627.50"),
		MinimumWage:            decimal.RequireFromString("2280"),
		UrbanConsumption:       decimal.RequireFromString("36000"),
		UrbanLivingConsumption: decimal.RequireFromString("30000"),
		ResidentConsumption:    decimal.RequireFromString("40000"),
		PensionLowestTier:      decimal.RequireFromString("100"),
		MedicalContribution:    decimal.RequireFromString("380"),
		ProvincialMealStandard: decimal.RequireFromString("1000"),
	}
	h := welfare.Household{Locality: welfare.Ouhai, Status: welfare.Dibian, HardshipWorker: true,
		Members: []welfare.Member{{Name: "Zhang", BirthDate: rules.MustDate(2003, 8, 1), Disability: welfare.Hearing, DisabilityGrade: 3,
			Student: &welfare.Student{Level: welfare.Bachelor, Tuition: new(decimal.RequireFromString("3000"))}}}}
	st, err := welfare.Default().Assess(on, h, local)
	if err != nil {
		fmt.Println(err)
		return
	}
	lines := strings.Split(strings.TrimSuffix(st.Text(rules.English), "\n"), "\n")
	for i, l := range lines {
		if strings.Contains(l, "study grants") || strings.Contains(l, "[Take the higher]") && i+1 < len(lines) {
			fmt.Println(l)
		}
	}
	fmt.Println(lines[len(lines)-1])
	// Output:
	//     五、18 study grants (残联助学补助): study grant of the year 4000.00 yuan per person; how it is given 每学年
	//     五、18 study grants (工会助学帮扶): the higher is paid: 助学补助（残联助学补助）
	//     五、18 study grants (计生助学补助): not met: a child of a recognised family-planning hardship family (family_planning = none)
	// [Take the higher]
	//   member 1: 助学补助（残联助学补助） 4000.00 yuan per person paid, not 助学补助（工会助学帮扶） (温政发〔2022〕6号 附则2)
}

func ExampleStatement_String() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// The locality's standards, which the document leaves to the caller: its
	// monthly 低保 and 低边 standards and minimum wage, last year's per-capita
	// consumption, the lowest pension tier, the residents' medical
	// contribution and the provincial meal standard.
	local := welfare.LocalStandards{
		Dibao:                  decimal.RequireFromString("1085"),
		Dibian:                 decimal.RequireFromString("1627.50"),
		MinimumWage:            decimal.RequireFromString("2280"),
		UrbanConsumption:       decimal.RequireFromString("36000"),
		UrbanLivingConsumption: decimal.RequireFromString("30000"),
		ResidentConsumption:    decimal.RequireFromString("40000"),
		PensionLowestTier:      decimal.RequireFromString("100"),
		MedicalContribution:    decimal.RequireFromString("380"),
		ProvincialMealStandard: decimal.RequireFromString("1000"),
	}
	st, _ := welfare.Default().Assess(on, welfare.Household{Locality: welfare.Taishun, Status: welfare.Dibao,
		Members: []welfare.Member{{Name: "甲", BirthDate: rules.MustDate(1990, 1, 1)}},
		Income:  welfare.Income{PeriodMonths: 12}}, local)
	lines := strings.Split(strings.TrimSuffix(st.String(), "\n"), "\n")
	fmt.Println(lines[1])
	fmt.Println(lines[3])
	// Output:
	// 【家庭 泰顺县，低保，1人】
	//     二、1 最低生活保障金：每月最低生活保障金 1085.00 元/月；家庭人均月收入 0.00 元/人·月
}

func ExampleSection_Granted() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// The locality's standards, which the document leaves to the caller: its
	// monthly 低保 and 低边 standards and minimum wage, last year's per-capita
	// consumption, the lowest pension tier, the residents' medical
	// contribution and the provincial meal standard.
	local := welfare.LocalStandards{
		Dibao:                  decimal.RequireFromString("1085"),
		Dibian:                 decimal.RequireFromString("1627.50"),
		MinimumWage:            decimal.RequireFromString("2280"),
		UrbanConsumption:       decimal.RequireFromString("36000"),
		UrbanLivingConsumption: decimal.RequireFromString("30000"),
		ResidentConsumption:    decimal.RequireFromString("40000"),
		PensionLowestTier:      decimal.RequireFromString("100"),
		MedicalContribution:    decimal.RequireFromString("380"),
		ProvincialMealStandard: decimal.RequireFromString("1000"),
	}
	st, _ := welfare.Default().Assess(on, welfare.Household{Locality: welfare.Lucheng, Status: welfare.Dibao,
		Members: []welfare.Member{{Name: "乙", BirthDate: rules.MustDate(1930, 1, 1), SelfCare: welfare.SelfCaring}}}, local)
	for _, en := range st.Members[0].Granted() {
		fmt.Println(en.Rule, en.Part, en.Amount.StringFixed(2))
	}
	// Output:
	// welfare.elderly.care_subsidy  125.00
	// welfare.elderly.high_age_allowance  200.00
	// welfare.utilities.free_quota.transport  0.00
}

func ExampleSection_Entry() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// The locality's standards, which the document leaves to the caller: its
	// monthly 低保 and 低边 standards and minimum wage, last year's per-capita
	// consumption, the lowest pension tier, the residents' medical
	// contribution and the provincial meal standard.
	local := welfare.LocalStandards{
		Dibao:                  decimal.RequireFromString("1085"),
		Dibian:                 decimal.RequireFromString("1627.50"),
		MinimumWage:            decimal.RequireFromString("2280"),
		UrbanConsumption:       decimal.RequireFromString("36000"),
		UrbanLivingConsumption: decimal.RequireFromString("30000"),
		ResidentConsumption:    decimal.RequireFromString("40000"),
		PensionLowestTier:      decimal.RequireFromString("100"),
		MedicalContribution:    decimal.RequireFromString("380"),
		ProvincialMealStandard: decimal.RequireFromString("1000"),
	}
	st, _ := welfare.Default().Assess(on, welfare.Household{Locality: welfare.Lucheng,
		Members: []welfare.Member{{Name: "丙", BirthDate: rules.MustDate(1943, 6, 2)}}}, local)
	en, _ := st.Members[0].Entry(welfare.RuleHighAgeAllowance, "")
	fmt.Println(en.Status, en.Failed[0].In(rules.Chinese))
	// Output: 不符合条件 未满足：80周岁以上（age = 79 年, high_age_allowance_min = 80 年）
}

// A county that pays more assesses with its own derived book.
func ExampleEvaluator_Assess_derivedBook() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// The locality's standards, which the document leaves to the caller: its
	// monthly 低保 and 低边 standards and minimum wage, last year's per-capita
	// consumption, the lowest pension tier, the residents' medical
	// contribution and the provincial meal standard.
	local := welfare.LocalStandards{
		Dibao:                  decimal.RequireFromString("1085"),
		Dibian:                 decimal.RequireFromString("1627.50"),
		MinimumWage:            decimal.RequireFromString("2280"),
		UrbanConsumption:       decimal.RequireFromString("36000"),
		UrbanLivingConsumption: decimal.RequireFromString("30000"),
		ResidentConsumption:    decimal.RequireFromString("40000"),
		PensionLowestTier:      decimal.RequireFromString("100"),
		MedicalContribution:    decimal.RequireFromString("380"),
		ProvincialMealStandard: decimal.RequireFromString("1000"),
	}
	h := welfare.Household{Locality: welfare.Yongjia, Members: []welfare.Member{{Name: "陈", BirthDate: rules.MustDate(1953, 2, 1),
		Tekun: welfare.TekunDispersed, SelfCare: welfare.FullyDependent}}}
	// A county that pays more than the city derives its own book (附则2:
	// 各地原有各类补助…超本政策标准的，不降低标准，就高执行):
	// nutrition meals at 1.8 times the provincial standard, which this household does not draw on.
	notice := &rules.Document{Number: "某县帮扶政策实施细则（示例）", Title: "某县特殊群体帮扶政策实施细则", Issuer: "某县人民政府",
		Issued: rules.MustDate(2022, 4, 1), InForce: rules.Since(rules.MustDate(2022, 5, 1))}
	countyBook, err := welfare.Book().Derive(rules.Override{Param: "meal_multiple", From: rules.MustDate(2022, 5, 1), Value: "1.8", Cite: notice.Cite("一", "全省标准的1.8倍")})
	if err != nil {
		fmt.Println(err)
		return
	}
	county := welfare.MustEvaluator(countyBook)
	st, err := county.Assess(on, h, local)
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

// The caseworker's view of the statement of ExampleEvaluator_Assess: what
// is granted and the conditions it meets, what is near, what could not be
// assessed; the benefits refused on several conditions are only counted.
func ExampleStatement_Brief() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// The locality's standards, which the document leaves to the caller: its
	// monthly 低保 and 低边 standards and minimum wage, last year's per-capita
	// consumption, the lowest pension tier, the residents' medical
	// contribution and the provincial meal standard.
	local := welfare.LocalStandards{
		Dibao:                  decimal.RequireFromString("1085"),
		Dibian:                 decimal.RequireFromString("1627.50"),
		MinimumWage:            decimal.RequireFromString("2280"),
		UrbanConsumption:       decimal.RequireFromString("36000"),
		UrbanLivingConsumption: decimal.RequireFromString("30000"),
		ResidentConsumption:    decimal.RequireFromString("40000"),
		PensionLowestTier:      decimal.RequireFromString("100"),
		MedicalContribution:    decimal.RequireFromString("380"),
		ProvincialMealStandard: decimal.RequireFromString("1000"),
	}
	h := welfare.Household{Locality: welfare.Lucheng, Status: welfare.Dibao,
		Housing: &welfare.Housing{OwnsHome: new(false), MarketRent: decimal.RequireFromString("1200")},
		Members: []welfare.Member{{Name: "王阿婆", BirthDate: rules.MustDate(1938, 3, 1), SelfCare: welfare.MildlyDependent,
			ResidentMedical: true, Medical: &welfare.MedicalCosts{CompliantCost: decimal.RequireFromString("2000"),
				Visit: welfare.Inpatient, Designated: true}}},
		Income: welfare.Income{PeriodMonths: 12, Items: []welfare.IncomeItem{
			{Kind: welfare.OtherIncome, Amount: decimal.RequireFromString("3600")}}},
	}
	st, err := welfare.Default().Assess(on, h, local)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(st.Brief(rules.Chinese))
	// Output:
	// 温政发〔2022〕6号 帮扶事项评估（免申直享）（经办视图） 2023年6月1日
	// 【家庭 鹿城区，低保，1人】
	//   享受
	//     二、1 最低生活保障金：每月最低生活保障金 785.00 元/月；家庭人均月收入 300.00 元/人·月
	//       已满足：认定最低生活保障对象（低保家庭）（household_status = 低保）；低保人均月收入低于当地最低生活保障标准（months = 12 月, dibao_standard = 1085.00 元/人·月, counted_income = 3600.00 元, dibao_total = 13020.00 元）
	//     三、10 保障性租赁住房与优先实物配租：可获得的住房保障 依申请优先安排实物配租；依据的保障类别 低保低边无房户
	//       已满足：市区范围本地户籍（area = 市区）；低保低边无房户、优抚对象、一级和二级残疾人、孤寡老年人、成年孤儿、见义勇为伤残人员、英雄模范、市级以上劳动模范、计生特殊困难家庭、主要劳动力丧失劳动能力的家庭或其他依法应当优先保障的家庭（assisted = 是, owns_home = 否, special_care = 否, family_planning = 无, priority_category = 无）
	//     三、11 住房租赁补贴与公共租赁住房租金免缴：每月租赁补贴或免缴租金 1200.00 元/户·月；保障方式 租赁补贴
	//       已满足：温州户籍（area = 市区）；租赁补贴：市区家庭（在市区无房）（area = 市区）；在市区无房或人均住房建筑面积15平方米以下（owns_home = 否, rent_area_limit = 15 平方米/人）；低保、低边或其他保障家庭（household_status = 低保, other_supported = 否）
	//     六、20 水电气定额免费和有线电视费用减免：免费水量 60 吨/户·年；免费天然气 60 立方米/户·年；免费用电基数 180 度/户·年；免收有线电视初装费及视听维护费 是
	//       已满足：温州户籍（area = 市区）；社会散居孤儿（未满18周岁）、低保低边或分散供养特困人员（household_status = 低保, tekun_support = 非特困人员, scattered_orphan = 否, child_age_limit = 18 年）
	//   接近（仅一项条件未满足）
	//     二、7 计生困难家庭补助：未满足：经认定的计生困难家庭类别（category = 无）
	//       已满足：市区（area = 市区）
	//     二、8 建档困难职工生活帮扶：未满足：经认定的建档困难职工家庭（registered = 否）
	//       已满足：温州户籍（area = 市区）
	//   未评估（缺少事实）
	//     三、12 农村困难家庭危房改造与低收入农户安居补助：缺少 Household.Renovation
	//     八、27 公交、环卫一线工作人员租赁补贴：缺少 Member.Employment
	// 【成员1 王阿婆，85周岁】
	//   享受
	//     二、5 低保老年人养老服务补贴：每月养老服务补贴 125.00 元/人·月
	//       已满足：温州户籍（area = 市区）；城乡低保（household_status = 低保）；60周岁以上（age = 85 年, elderly_min_age = 60 年）；失能、失智或高龄（80周岁以上）（in_need = 是）；居家养老，或家庭不具备照料条件经县级民政部门批准纳入机构养老（care_mode = 居家养老）
	//     二、5 高龄津贴：每月高龄津贴 50.00 元/人·月
	//       已满足：温州户籍（市区户口；各县（市）参照执行）（area = 市区）；80周岁以上（age = 85 年, high_age_allowance_min = 80 年）
	//     四、14 困难群众医疗救助：医疗救助金额 1600.00 元
	//       已满足：特困人员、低保低边或县级人民政府认定的其他特殊困难人员（tekun_support = 非特困人员, household_status = 低保, county_recognised = 否）
	//     六、19 城乡居民基本医保个人缴费补助：财政补助的个人缴费 380.00 元/人·年
	//       已满足：参加城乡居民基本医保（enrolled = 是）；困难群众、持证残疾人、孤儿及困境儿童（未满18周岁）（tekun_support = 非特困人员, household_status = 低保, low_income_farmer = 否, disability = 无, child_category = 无, child_age_limit = 18 年）
	//     六、20 免费乘坐公共交通：帮扶内容 免费乘坐公共交通
	//       已满足：温州户籍（area = 市区）；市区（area = 市区）；65周岁以上老年人、持证残疾人或困难群众（disability = 无, tekun_support = 非特困人员, household_status = 低保, low_income_farmer = 否, transport_age = 65 年）
	//   按实评估
	//     六、19 资助医疗救助对象参加全民健康补充医疗保险：资助医疗救助对象参加全民健康补充医疗保险，补助资金由属地政府统筹支持
	//   接近（仅一项条件未满足）
	//     二、3 特困人员照料护理费用：未满足：特困人员（tekun_support = 非特困人员）
	//     二、4 低保退役军人生活补助：未满足：退役军人（veteran = 否）
	//       已满足：温州户籍（area = 市区）；低保中的（household_status = 低保）
	//     四、15 低保低边退役军人医疗援助：未满足：退役军人（veteran = 否）
	//       已满足：低保低边（household_status = 低保）；住院和特殊病种门诊医疗费用（visit = 住院）；在定点医疗机构发生（designated = 是）；本医保年度援助未达封顶线（cap_left = 20000.00 元）
	//     四、16 残疾人意外伤害保险：未满足：残疾人（持证）（disability = 无）
	//     六、19 城乡居民基本养老保险个人缴费代缴：未满足：参加城乡居民基本养老保险（enrolled = 否）
	//       已满足：低保对象、低边对象、特困人员、残疾人（household_status = 低保, tekun_support = 非特困人员, disability = 无）
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
	//   另有4项不符合条件（两项以上条件未满足），详见完整清单
}

// A 79-year-old of 鹿城区 is one condition short of the high-age allowance
// (二、5: 80周岁以上); the conditions she meets are listed with it.
func ExampleSection_Near() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// The locality's standards, which the document leaves to the caller: its
	// monthly 低保 and 低边 standards and minimum wage, last year's per-capita
	// consumption, the lowest pension tier, the residents' medical
	// contribution and the provincial meal standard.
	local := welfare.LocalStandards{
		Dibao:                  decimal.RequireFromString("1085"),
		Dibian:                 decimal.RequireFromString("1627.50"),
		MinimumWage:            decimal.RequireFromString("2280"),
		UrbanConsumption:       decimal.RequireFromString("36000"),
		UrbanLivingConsumption: decimal.RequireFromString("30000"),
		ResidentConsumption:    decimal.RequireFromString("40000"),
		PensionLowestTier:      decimal.RequireFromString("100"),
		MedicalContribution:    decimal.RequireFromString("380"),
		ProvincialMealStandard: decimal.RequireFromString("1000"),
	}
	st, _ := welfare.Default().Assess(on, welfare.Household{Locality: welfare.Lucheng,
		Members: []welfare.Member{{Name: "丁", BirthDate: rules.MustDate(1943, 6, 2)}}}, local)
	for _, en := range st.Members[0].Near() {
		if en.Rule != welfare.RuleHighAgeAllowance {
			continue
		}
		for _, c := range en.Conditions() {
			fmt.Println(c.In(rules.Chinese))
		}
	}
	// Output:
	// 满足：温州户籍（市区户口；各县（市）参照执行）（area = 市区）
	// 未满足：80周岁以上（age = 79 年, high_age_allowance_min = 80 年）
}

// A statement sent as JSON reads back as it was; an amount no rule could
// have computed is refused.
func ExampleStatement_UnmarshalJSON() {
	on := rules.MustDate(2023, 6, 1) // the date of the case
	// The locality's standards, which the document leaves to the caller: its
	// monthly 低保 and 低边 standards and minimum wage, last year's per-capita
	// consumption, the lowest pension tier, the residents' medical
	// contribution and the provincial meal standard.
	local := welfare.LocalStandards{
		Dibao:                  decimal.RequireFromString("1085"),
		Dibian:                 decimal.RequireFromString("1627.50"),
		MinimumWage:            decimal.RequireFromString("2280"),
		UrbanConsumption:       decimal.RequireFromString("36000"),
		UrbanLivingConsumption: decimal.RequireFromString("30000"),
		ResidentConsumption:    decimal.RequireFromString("40000"),
		PensionLowestTier:      decimal.RequireFromString("100"),
		MedicalContribution:    decimal.RequireFromString("380"),
		ProvincialMealStandard: decimal.RequireFromString("1000"),
	}
	st, _ := welfare.Default().Assess(on, welfare.Household{Locality: welfare.Taishun, Status: welfare.Dibao,
		Members: []welfare.Member{{Name: "甲", BirthDate: rules.MustDate(1990, 1, 1)}},
		Income:  welfare.Income{PeriodMonths: 12}}, local)
	b, _ := json.Marshal(st)
	var back welfare.Statement
	fmt.Println(json.Unmarshal(b, &back), back.Household.Granted()[0].Amount.StringFixed(2))
	err := json.Unmarshal([]byte(`{"household":{"member":-1,"entries":[{"rule":"welfare.dibao.allowance","amount":"1e9999"}]}}`), &back)
	fmt.Println(errors.Is(err, rules.ErrInvalidInput))
	// Output:
	// <nil> 1085.00
	// true
}
