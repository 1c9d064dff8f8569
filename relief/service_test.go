package relief_test

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

func TestEligibility(t *testing.T) {
	r := relief.RuleEligibility
	ok := firm("零售业")
	cases := []rulestest.Case{
		{Name: "private retailer in 鹿城区", Clause: clauseScope, Rule: r, Date: dayIn, Inputs: ok, Eligible: rulestest.Yes},
		{Name: "registered at city level", Clause: clauseScope, Rule: r, Date: dayIn, Inputs: set(ok, "registration", "市本级", "fiscal_revenue", "市本级"), Eligible: rulestest.Yes},
		{Name: "in a city-level function zone", Clause: clauseScope, Rule: r, Date: dayIn, Inputs: set(ok, "registration", "市级功能区", "fiscal_revenue", "洞头区"), Eligible: rulestest.Yes},
		{Name: "class B", Clause: clauseMuJun, Rule: r, Date: dayIn, Inputs: set(ok, "mujun_class", "B类"), Eligible: rulestest.Yes},
		{Name: "property-service firm is not a real-estate firm", Clause: clauseScope, Rule: r, Date: dayIn, Inputs: set(ok, "industry", "物业服务业"), Eligible: rulestest.Yes},
		{Name: "registered in a county", Clause: clauseScope, Rule: r, Date: dayIn, Inputs: set(ok, "registration", "瑞安市"), Failed: []string{relief.CondRegisteredInUrban}},
		{Name: "revenue paid outside", Clause: clauseScope, Rule: r, Date: dayIn, Inputs: set(ok, "fiscal_revenue", "市外"), Failed: []string{relief.CondRevenueInUrban}},
		{Name: "a branch without legal personality", Clause: clauseScope, Rule: r, Date: dayIn, Inputs: set(ok, "independent_legal_person", false), Failed: []string{relief.CondLegalPersonEnterprise}},
		{Name: "an individual business", Clause: clauseScope, Rule: r, Date: dayIn, Inputs: set(ok, "entity_type", "个体工商户", "independent_legal_person", false), Failed: []string{relief.CondLegalPersonEnterprise}},
		{Name: "a public institution", Clause: clauseScope, Rule: r, Date: dayIn, Inputs: set(ok, "entity_type", "行政事业单位"),
			Failed: []string{relief.CondLegalPersonEnterprise, relief.CondNotPublicInstitution}},
		{Name: "a real-estate firm", Clause: clauseScope, Rule: r, Date: dayIn, Inputs: set(ok, "industry", "房地产业"), Failed: []string{relief.CondNotRealEstate}},
		{Name: "state-owned", Clause: clauseScope, Rule: r, Date: dayIn, Inputs: set(ok, "ownership", "国有"), Failed: []string{relief.CondNotStateOwned}},
		{Name: "state-controlled", Clause: clauseScope, Rule: r, Date: dayIn, Inputs: set(ok, "ownership", "国有控股"), Failed: []string{relief.CondNotStateOwned}},
		{Name: "class C", Clause: clauseMuJun, Rule: r, Date: dayIn, Inputs: set(ok, "mujun_class", "C类"), Failed: []string{relief.CondNotMuJunCD}},
		{Name: "class D", Clause: clauseMuJun, Rule: r, Date: dayIn, Inputs: set(ok, "mujun_class", "D类"), Failed: []string{relief.CondNotMuJunCD}},
		{Name: "seriously dishonest", Clause: clauseMuJun, Rule: r, Date: dayIn, Inputs: set(ok, "credit", "列入严重失信名单"), Failed: []string{relief.CondNotSeriouslyDishonest}},
		{Name: "every exclusion at once", Clause: clauseScope + "；" + clauseMuJun, Rule: r, Date: dayIn,
			Inputs: firm("房地产业", "registration", "乐清市", "fiscal_revenue", "乐清市", "independent_legal_person", false, "ownership", "国有控股", "mujun_class", "D类", "credit", "列入严重失信名单"),
			Failed: []string{relief.CondRegisteredInUrban, relief.CondRevenueInUrban, relief.CondLegalPersonEnterprise, relief.CondNotRealEstate,
				relief.CondNotStateOwned, relief.CondNotMuJunCD, relief.CondNotSeriouslyDishonest}},
		{Name: "a place that is not a locality", Clause: clauseScope, Rule: r, Date: dayIn, Inputs: set(ok, "registration", "温州"), Err: rules.ErrInvalidInput, Field: "registration"},
		{Name: "credit status missing", Clause: clauseMuJun, Rule: r, Date: dayIn, Inputs: without(ok, "credit"), Err: rules.ErrInvalidInput, Field: "credit"},
		{Name: "misspelt field", Clause: clauseScope, Rule: r, Date: dayIn, Inputs: set(without(ok, "registration"), "registraton", "鹿城区"), Err: rules.ErrInvalidInput, Field: "registraton"},
	}
	cases = append(cases, eligibleCases(r, "附则1–3: the subsidies' periods span 2022", jan1, dec31, ok)...)
	rulestest.Run(t, relief.Book(), cases)
}

func TestConsumptionEvent(t *testing.T) {
	r := relief.RuleConsumptionEvent
	const c = "二、19 按照企业活动实际支出的30%、最高30万元标准给予补助"
	in := firm("零售业", "campaign_event", true, "stopped_for_epidemic", true, "spending", "500000")
	cases := []rulestest.Case{
		// 500,000 × 30% = 150,000
		{Name: "half a million spent", Clause: c, Rule: r, Date: dayIn, Inputs: in, Want: want("subsidy", "150000.00")},
		// 1,000,000 × 30% = 300,000, the cap exactly
		{Name: "at the cap", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "spending", "1000000"), Want: want("subsidy", "300000.00")},
		{Name: "just above the cap", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "spending", "1000000.10"), Want: want("subsidy", "300000.00")},
		// 999,999.90 × 30% = 299,999.97
		{Name: "just below the cap", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "spending", "999999.90"), Want: want("subsidy", "299999.97")},
		{Name: "not a 百场促消费 event", Clause: "二、19 “百场促消费”活动的主办方", Rule: r, Date: dayIn, Inputs: set(in, "campaign_event", false), Failed: []string{"campaign_event"}},
		{Name: "stopped for another reason", Clause: "二、19 因疫情防控停止举办", Rule: r, Date: dayIn, Inputs: set(in, "stopped_for_epidemic", false), Failed: []string{"stopped_for_epidemic"}},
		{Name: "state-controlled organiser", Clause: clauseScope, Rule: r, Date: dayIn, Inputs: set(in, "ownership", "国有控股"), Failed: []string{relief.CondNotStateOwned}},
		{Name: "class D organiser", Clause: clauseMuJun, Rule: r, Date: dayIn, Inputs: set(in, "mujun_class", "D类"), Failed: []string{relief.CondNotMuJunCD}},
	}
	cases = append(cases, periodCases(r, "二、19 一、二季度……停止举办", jan1, docLast, in, want("subsidy", "150000.00"))...)
	rulestest.Run(t, relief.Book(), cases)
}

func TestNEVTradeIn(t *testing.T) {
	r := relief.RuleNEVTradeIn
	const c = "二、20 通过淘汰老旧汽车并新购买新能源车的，给予购置车辆每辆2000元的一次性消费补助"
	person := rules.Inputs{"consumer": "个人", "locality": "瓯海区", "scrapped_old_car": true, "bought_new_energy": true, "received_before": false, "quota_used": 0}
	unit := set(person, "consumer", "单位", "locality", "龙湾区", "mujun_class", "未参评", "credit", "未列入严重失信名单")
	cases := []rulestest.Case{
		{Name: "person of 市区", Clause: c, Rule: r, Date: dayIn, Inputs: person, Want: want("subsidy", "2000.00")},
		{Name: "person with a 市区 residence permit", Clause: "二、20 拥有市区内居住证的个人消费者", Rule: r, Date: dayIn,
			Inputs: set(person, "locality", "市外", "urban_residence_permit", true), Want: want("subsidy", "2000.00")},
		{Name: "person of a county without a permit", Clause: "二、20 市区内或者拥有市区内居住证的个人消费者", Rule: r, Date: dayIn,
			Inputs: set(person, "locality", "瑞安市"), Failed: []string{"consumer_in_urban"}},
		{Name: "unit registered in 市区", Clause: "二、20 在市区内注册的单位消费者", Rule: r, Date: dayIn, Inputs: unit, Want: want("subsidy", "2000.00")},
		{Name: "unit registered in a county", Clause: "二、20 在市区内注册的单位消费者", Rule: r, Date: dayIn,
			Inputs: set(unit, "locality", "乐清市", "urban_residence_permit", true), Failed: []string{"consumer_in_urban"}},
		{Name: "no old car scrapped", Clause: c, Rule: r, Date: dayIn, Inputs: set(person, "scrapped_old_car", false), Failed: []string{"scrapped_old_car"}},
		{Name: "a petrol car bought", Clause: c, Rule: r, Date: dayIn, Inputs: set(person, "bought_new_energy", false), Failed: []string{"bought_new_energy"}},
		{Name: "second trade-in", Clause: "二、20 同一消费者仅享受一次以旧换新补助", Rule: r, Date: dayIn, Inputs: set(person, "received_before", true), Failed: []string{"once_per_consumer"}},
		{Name: "the 2,000th car", Clause: "二、20 活动期间让利数暂定2000辆", Rule: r, Date: dayIn, Inputs: set(person, "quota_used", 1999), Want: want("subsidy", "2000.00")},
		{Name: "quota used up", Clause: "二、20 活动期间让利数暂定2000辆", Rule: r, Date: dayIn, Inputs: set(person, "quota_used", 2000), Failed: []string{"within_quota"}},
		{Name: "unit of class C", Clause: clauseMuJun, Rule: r, Date: dayIn, Inputs: set(unit, "mujun_class", "C类"), Failed: []string{relief.CondNotMuJunCD}},
		{Name: "dishonest unit", Clause: clauseMuJun, Rule: r, Date: dayIn, Inputs: set(unit, "credit", "列入严重失信名单"), Failed: []string{relief.CondNotSeriouslyDishonest}},
		{Name: "unit without its 亩均 class", Clause: clauseMuJun, Rule: r, Date: dayIn, Inputs: without(unit, "mujun_class"), Err: rules.ErrInvalidInput, Field: "mujun_class"},
		{Name: "unit without its credit status", Clause: clauseMuJun, Rule: r, Date: dayIn, Inputs: without(unit, "credit"), Err: rules.ErrInvalidInput, Field: "credit"},
		{Name: "half a car", Clause: "二、20 活动期间让利数暂定2000辆", Rule: r, Date: dayIn, Inputs: set(person, "quota_used", "10.5"), Err: rules.ErrInvalidInput, Field: "quota_used"},
	}
	cases = append(cases, periodCases(r, "二、20 2022年1月1日至2022年12月31日期间", jan1, dec31, person, want("subsidy", "2000.00"))...)
	rulestest.Run(t, relief.Book(), cases)
}

func TestExhibition(t *testing.T) {
	r := relief.RuleExhibition
	const cc = "二、21 一、二季度因疫情原因无法延期而被取消的，且已纳入重点展会目录的，按照该会展项目主办方实际支出成本的30%、最高30万元标准给予补助"
	const ct = "二、21 给予企业投入50万元以上（包括设备、技术、软件投入）部分的10%、最高100万元技改补助"
	cancelled := firm("会展业", "cancelled_cost", "500000", "listed_key_exhibition", true, "cancelled_for_epidemic", true)
	tech := firm("会展业", "tech_investment", "1500000", "online_offline_project", true)
	cases := []rulestest.Case{
		// 500,000 × 30% = 150,000
		{Name: "cancelled listed exhibition", Clause: cc, Rule: r, Date: mar31, Inputs: cancelled,
			Want: want("subsidy", "150000.00", "cancellation_subsidy", "150000.00", "tech_subsidy", "0.00")},
		// 1,000,000 × 30% = 300,000
		{Name: "cancelled: at the cap", Clause: cc, Rule: r, Date: dayIn, Inputs: set(cancelled, "cancelled_cost", "1000000"), Want: want("subsidy", "300000.00")},
		{Name: "cancelled: above the cap", Clause: cc, Rule: r, Date: dayIn, Inputs: set(cancelled, "cancelled_cost", "1000000.01"), Want: want("subsidy", "300000.00")},
		// (1,500,000 − 500,000) × 10% = 100,000
		{Name: "technology investment", Clause: ct, Rule: r, Date: dayIn, Inputs: tech, Want: want("subsidy", "100000.00", "tech_subsidy", "100000.00", "cancellation_subsidy", "0.00")},
		// (600,000 − 500,000) × 10% = 10,000
		{Name: "technology: 600,000", Clause: ct, Rule: r, Date: dayIn, Inputs: set(tech, "tech_investment", "600000"), Want: want("tech_subsidy", "10000.00")},
		{Name: "technology: exactly 500,000 leaves no part above", Clause: ct, Rule: r, Date: dayIn, Inputs: set(tech, "tech_investment", "500000"), Want: want("tech_subsidy", "0.00")},
		{Name: "technology: below 500,000", Clause: ct, Rule: r, Date: dayIn, Inputs: set(tech, "tech_investment", "300000"), Want: want("tech_subsidy", "0.00")},
		// (10,500,000 − 500,000) × 10% = 1,000,000, the cap exactly
		{Name: "technology: at the cap", Clause: ct, Rule: r, Date: dayIn, Inputs: set(tech, "tech_investment", "10500000"), Want: want("tech_subsidy", "1000000.00")},
		{Name: "technology: above the cap", Clause: ct, Rule: r, Date: dayIn, Inputs: set(tech, "tech_investment", "10500010"), Want: want("tech_subsidy", "1000000.00")},
		// (10,499,990 − 500,000) × 10% = 999,999
		{Name: "technology: just below the cap", Clause: ct, Rule: r, Date: dayIn, Inputs: set(tech, "tech_investment", "10499990"), Want: want("tech_subsidy", "999999.00")},
		// 200,000 × 30% + (1,500,000 − 500,000) × 10% = 60,000 + 100,000
		{Name: "both parts", Clause: cc + "；" + ct, Rule: r, Date: dayIn,
			Inputs: set(tech, "cancelled_cost", "200000", "listed_key_exhibition", true, "cancelled_for_epidemic", true),
			Want:   want("subsidy", "160000.00", "cancellation_subsidy", "60000.00", "tech_subsidy", "100000.00")},
		{Name: "exhibition not on the list", Clause: cc, Rule: r, Date: dayIn, Inputs: set(cancelled, "listed_key_exhibition", false), Failed: []string{"listed_key_exhibition"}},
		{Name: "postponed rather than cancelled", Clause: cc, Rule: r, Date: dayIn, Inputs: set(cancelled, "cancelled_for_epidemic", false), Failed: []string{"cancelled_for_epidemic"}},
		{Name: "investment in something else", Clause: ct, Rule: r, Date: dayIn, Inputs: set(tech, "online_offline_project", false), Failed: []string{"online_offline_project"}},
		{Name: "technology before the notice took effect", Clause: clausePeriod, Rule: r, Date: mar31, Inputs: tech, Failed: []string{"tech_part_in_force"}},
		{Name: "technology on the notice's first day", Clause: clausePeriod, Rule: r, Date: docFirst, Inputs: tech, Want: want("tech_subsidy", "100000.00")},
		{Name: "county exhibitor", Clause: clauseScope, Rule: r, Date: dayIn, Inputs: set(tech, "registration", "乐清市", "fiscal_revenue", "乐清市"),
			Failed: []string{relief.CondRegisteredInUrban, relief.CondRevenueInUrban}},
		{Name: "nothing claimed", Clause: cc, Rule: r, Date: dayIn, Inputs: firm("会展业"), Err: rules.ErrInvalidInput, Field: "cancelled_cost"},
	}
	cases = append(cases, periodCases(r, "二、21 一、二季度因疫情原因……被取消的", jan1, docLast, cancelled, want("subsidy", "150000.00"))...)
	rulestest.Run(t, relief.Book(), cases)
}

func TestTravelAgency(t *testing.T) {
	r := relief.RuleTravelAgency
	const co = "二、22 年招徕市外过夜游客……超过3000人次的，给予超出部分20元/人的奖励"
	const cs = "二、22 疗休养、研学团队超过1000人次……给予1000人次以内20元/人、1000人次以上部分30元/人的奖励"
	const ch = "二、22 接待人数计入旅行社招徕市外游客总人次，就高奖励、不重复享受"
	in := func(overnight, study int) rules.Inputs {
		return firm("旅行社", "overnight_visitors", overnight, "study_visitors", study)
	}
	cases := []rulestest.Case{
		{Name: "3,000 overnight visitors: not above", Clause: co, Rule: r, Date: dayIn, Inputs: in(3000, 0), Failed: []string{"above_threshold"}},
		// (3,001 − 3,000) × 20 = 20
		{Name: "3,001 overnight visitors", Clause: co, Rule: r, Date: dayIn, Inputs: in(3001, 0),
			Want: want("reward", "20.00", "overnight_reward", "20.00", "study_reward", "0.00", "basis", "市外过夜游客奖励")},
		{Name: "1,000 study visitors: not above", Clause: cs, Rule: r, Date: dayIn, Inputs: in(1000, 1000), Failed: []string{"above_threshold"}},
		// 1,000 × 20 + 1 × 30 = 20,030
		{Name: "1,001 study visitors", Clause: cs, Rule: r, Date: dayIn, Inputs: in(1001, 1001),
			Want: want("reward", "20030.00", "overnight_reward", "0.00", "study_reward", "20030.00", "basis", "疗休养、研学团队奖励")},
		// overnight (4,500 − 3,000) × 20 = 30,000; study 20,000 + 800 × 30 = 44,000 → 44,000
		{Name: "study reward is higher", Clause: ch, Rule: r, Date: dayIn, Inputs: in(4500, 1800),
			Want: want("reward", "44000.00", "overnight_reward", "30000.00", "study_reward", "44000.00", "basis", "疗休养、研学团队奖励")},
		// overnight 3,000 × 20 = 60,000; study 20,000 + 200 × 30 = 26,000 → 60,000
		{Name: "overnight reward is higher", Clause: ch, Rule: r, Date: dayIn, Inputs: in(6000, 1200),
			Want: want("reward", "60000.00", "overnight_reward", "60000.00", "study_reward", "26000.00", "basis", "市外过夜游客奖励")},
		// overnight 2,200 × 20 = 44,000; study 20,000 + 800 × 30 = 44,000: equal, one paid
		{Name: "equal rewards: one is paid", Clause: ch, Rule: r, Date: dayIn, Inputs: in(5200, 1800),
			Want: want("reward", "44000.00", "basis", "市外过夜游客奖励")},
		{Name: "more study visitors than the total", Clause: ch, Rule: r, Date: dayIn, Inputs: in(1000, 1500), Err: rules.ErrInvalidInput, Field: "study_visitors"},
		{Name: "a scenic area is not a travel agency", Clause: "二、22 本地旅行社", Rule: r, Date: dayIn, Inputs: set(in(4000, 0), "industry", "其他旅游业"), Failed: []string{"travel_agency"}},
		{Name: "state-owned agency", Clause: clauseScope, Rule: r, Date: dayIn, Inputs: set(in(4000, 0), "ownership", "国有"), Failed: []string{relief.CondNotStateOwned}},
		{Name: "fractional visitors", Clause: co, Rule: r, Date: dayIn, Inputs: set(in(4000, 0), "overnight_visitors", "4000.5"), Err: rules.ErrInvalidInput, Field: "overnight_visitors"},
	}
	cases = append(cases, periodCases(r, "二、22 对2022年度本地旅行社", jan1, dec31, in(4000, 0), want("reward", "20000.00"))...)
	rulestest.Run(t, relief.Book(), cases)
}

func TestBookstoreRent(t *testing.T) {
	r := relief.RuleBookstoreRent
	const c = "二、24 对市区承租非国有物业的实体书店，按图书经营面积予以6个月（一、二季度）补助，每平方米每月20元"
	in := firm("零售业", "landlord", "非国有单位或个人", "book_area", "300")
	cases := []rulestest.Case{
		// 20 × 300 × 6 = 36,000
		{Name: "300 m²", Clause: c, Rule: r, Date: dayIn, Inputs: in, Want: want("subsidy", "36000.00")},
		// 20 × 0.5 × 6 = 60
		{Name: "half a square metre", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "book_area", "0.5"), Want: want("subsidy", "60.00")},
		{Name: "renting from a city SOE", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "landlord", "市属国有企业"), Failed: []string{"non_state_premises"}},
		{Name: "own premises", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "landlord", "自有房产"), Failed: []string{"non_state_premises"}},
		{Name: "bookstore in a county", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "registration", "瑞安市", "fiscal_revenue", "瑞安市"),
			Failed: []string{relief.CondRegisteredInUrban, relief.CondRevenueInUrban}},
		{Name: "no area", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "book_area", "0"), Err: rules.ErrInvalidInput, Field: "book_area"},
	}
	cases = append(cases, periodCases(r, "二、24 6个月（一、二季度）", jan1, docLast, in, want("subsidy", "36000.00"))...)
	rulestest.Run(t, relief.Book(), cases)
}

func TestCinema(t *testing.T) {
	r := relief.RuleCinema
	const c = "二、25 影院按座位数予以6个月（一、二季度）补助，每个座位每月25元"
	in := firm("文化体育和娱乐业", "seats", 120)
	cases := []rulestest.Case{
		// 25 × 120 × 6 = 18,000
		{Name: "120 seats", Clause: c, Rule: r, Date: dayIn, Inputs: in, Want: want("subsidy", "18000.00")},
		// 25 × 1 × 6 = 150
		{Name: "one seat", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "seats", 1), Want: want("subsidy", "150.00")},
		{Name: "county cinema: the county follows by reference", Clause: "二、25 各县（市）参照执行", Rule: r, Date: dayIn,
			Inputs: set(in, "registration", "瑞安市", "fiscal_revenue", "瑞安市"), Err: rules.ErrCaseByCase},
		{Name: "cinema registered outside Wenzhou", Clause: clauseScope, Rule: r, Date: dayIn, Inputs: set(in, "registration", "市外"), Failed: []string{relief.CondRegisteredInUrban}},
		{Name: "state-controlled cinema", Clause: clauseScope, Rule: r, Date: dayIn, Inputs: set(in, "ownership", "国有控股"), Failed: []string{relief.CondNotStateOwned}},
		{Name: "no seats", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "seats", 0), Err: rules.ErrInvalidInput, Field: "seats"},
		{Name: "half a seat", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "seats", "10.5"), Err: rules.ErrInvalidInput, Field: "seats"},
	}
	cases = append(cases, periodCases(r, "二、25 6个月（一、二季度）", jan1, docLast, in, want("subsidy", "18000.00"))...)
	rulestest.Run(t, relief.Book(), cases)
}

func TestPropertyManagement(t *testing.T) {
	r := relief.RulePropertyManagement
	const c = "二、26 100万平方米以下的补贴1万元，100万平方米（含）以上、200万平方米以下的补贴2万元，200万平方米（含）以上的补贴4万元"
	in := func(area string) rules.Inputs {
		return firm("物业服务业", "managed_area", area, "extra_spending", true)
	}
	cases := []rulestest.Case{
		{Name: "small portfolio", Clause: c, Rule: r, Date: dayIn, Inputs: in("500"), Want: want("subsidy", "10000.00")},
		{Name: "just below 1 million m²", Clause: c, Rule: r, Date: dayIn, Inputs: in("999999.99"), Want: want("subsidy", "10000.00")},
		{Name: "1 million m² is in the middle tier", Clause: c, Rule: r, Date: dayIn, Inputs: in("1000000"), Want: want("subsidy", "20000.00")},
		{Name: "just below 2 million m²", Clause: c, Rule: r, Date: dayIn, Inputs: in("1999999.99"), Want: want("subsidy", "20000.00")},
		{Name: "2 million m² is in the top tier", Clause: c, Rule: r, Date: dayIn, Inputs: in("2000000"), Want: want("subsidy", "40000.00")},
		{Name: "5 million m²", Clause: c, Rule: r, Date: dayIn, Inputs: in("5000000"), Want: want("subsidy", "40000.00")},
		{Name: "no extra spending", Clause: "二、26 在防疫物资购置、消杀服务等额外支出", Rule: r, Date: dayIn, Inputs: set(in("500"), "extra_spending", false), Failed: []string{"extra_spending"}},
		{Name: "a real-estate developer", Clause: clauseScope, Rule: r, Date: dayIn, Inputs: set(in("500"), "industry", "房地产业"),
			Failed: []string{relief.CondNotRealEstate, "property_service_firm"}},
		{Name: "state-owned property firm", Clause: clauseScope, Rule: r, Date: dayIn, Inputs: set(in("1500000"), "ownership", "国有"), Failed: []string{relief.CondNotStateOwned}},
		{Name: "no area", Clause: c, Rule: r, Date: dayIn, Inputs: in("0"), Err: rules.ErrInvalidInput, Field: "managed_area"},
	}
	cases = append(cases, periodCases(r, clausePeriod, docFirst, docLast, in("1000000"), want("subsidy", "20000.00"))...)
	rulestest.Run(t, relief.Book(), cases)
}

func TestHighwayDiscount(t *testing.T) {
	r := relief.RuleHighwayDiscount
	const cc = "二、27 对合法装载国际标准集装箱运输专用车辆，落实高速公路通行费六五折优惠政策"
	const cf = "二、27 使用我省发行的电子不停车收费（ETC）车载装置的合法装载货运车辆，实行市、县（市、区）属国有全资或控股的高速公路路段通行费八五折优惠政策"
	container := rules.Inputs{"vehicle": "国际标准集装箱运输专用车辆", "legally_loaded": true, "toll": "1000"}
	freight := rules.Inputs{"vehicle": "货运车辆", "legally_loaded": true, "zhejiang_etc": true, "local_state_section": true, "toll": "1000"}
	cases := []rulestest.Case{
		// 1,000 × 65% = 650; saved 350
		{Name: "container truck", Clause: cc, Rule: r, Date: dayIn, Inputs: container, Want: want("reduction", "350.00", "payable", "650.00")},
		// 33.33 × 65% = 21.6645 → 21.66; saved 11.6655 → 11.67
		{Name: "container truck, rounded", Clause: cc, Rule: r, Date: dayIn, Inputs: set(container, "toll", "33.33"), Want: want("reduction", "11.67", "payable", "21.66")},
		// 1,000 × 85% = 850
		{Name: "freight with ETC on a city section", Clause: cf, Rule: r, Date: dayIn, Inputs: freight, Want: want("reduction", "150.00", "payable", "850.00")},
		{Name: "freight without a Zhejiang ETC", Clause: cf, Rule: r, Date: dayIn, Inputs: set(freight, "zhejiang_etc", false), Failed: []string{"zhejiang_etc"}},
		{Name: "freight on another section", Clause: cf, Rule: r, Date: dayIn, Inputs: set(freight, "local_state_section", false), Failed: []string{"local_state_section"}},
		{Name: "freight, neither", Clause: cf, Rule: r, Date: dayIn, Inputs: without(freight, "zhejiang_etc", "local_state_section"), Failed: []string{"zhejiang_etc", "local_state_section"}},
		{Name: "overloaded container truck", Clause: cc, Rule: r, Date: dayIn, Inputs: set(container, "legally_loaded", false), Failed: []string{"legally_loaded"}},
		{Name: "unknown vehicle", Clause: cc, Rule: r, Date: dayIn, Inputs: set(container, "vehicle", "客车"), Err: rules.ErrInvalidInput, Field: "vehicle"},
	}
	cases = append(cases, periodCases(r, clausePeriod, docFirst, docLast, container, want("payable", "650.00"))...)
	rulestest.Run(t, relief.Book(), cases)
}

func TestGreenChannel(t *testing.T) {
	r := relief.RuleGreenChannel
	const c = "二、28 对整车合法装载运输全国统一《鲜活农产品品种目录》内产品的车辆，免收车辆通行费"
	in := rules.Inputs{"whole_vehicle_legal_load": true, "listed_produce": true, "toll": "500"}
	cases := []rulestest.Case{
		{Name: "fresh produce", Clause: c, Rule: r, Date: dayIn, Inputs: in, Want: want("waived", "500.00")},
		{Name: "mixed load", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "whole_vehicle_legal_load", false), Failed: []string{"whole_vehicle_legal_load"}},
		{Name: "produce outside the catalogue", Clause: c, Rule: r, Date: dayIn, Inputs: set(in, "listed_produce", false), Failed: []string{"listed_produce"}},
		{Name: "missing toll", Clause: c, Rule: r, Date: dayIn, Inputs: without(in, "toll"), Err: rules.ErrInvalidInput, Field: "toll"},
	}
	cases = append(cases, periodCases(r, clausePeriod, docFirst, docLast, in, want("waived", "500.00"))...)
	rulestest.Run(t, relief.Book(), cases)
}
