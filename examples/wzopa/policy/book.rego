# The figures of 温政发〔2022〕6号 that the screening reads, as the library's
# book states them (welfare/*.go), each with the clause it rests on. Money
# is in fen, rates are integer ratios (see decimal.rego). The local
# standards the document refers to but does not state are inputs.
package wzpolicy.welfare

# 附则3: in force from 2022-05-01 to 2025-12-31.
in_force_from := [2022, 5, 1]

in_force_to := [2025, 12, 31]

# 附则1: 市区 is 市本级, 鹿城区, 龙湾区, 瓯海区, 洞头区 and 市级功能区; the other
# units of Wenzhou are counties; 市外 is registered outside Wenzhou.
area := {
	"市本级": "市区", "鹿城区": "市区", "龙湾区": "市区", "瓯海区": "市区", "洞头区": "市区", "市级功能区": "市区",
	"瑞安市": "县（市）", "乐清市": "县（市）", "龙港市": "县（市）",
	"永嘉县": "县（市）", "平阳县": "县（市）", "苍南县": "县（市）", "文成县": "县（市）", "泰顺县": "县（市）",
	"市外": "市外",
}

# Enumerations of the household's facts (welfare/household.go).
statuses := {"低保", "低边", "无"}

tekun_supports := {"政府供养机构集中供养", "社会机构集中供养", "分散供养", "非特困人员"}

self_cares := {"完全丧失生活自理能力", "中度丧失生活自理能力", "轻度丧失生活自理能力", "具备生活自理能力"}

disability_kinds := {"视力", "听力", "言语", "肢体", "智力", "精神", "多重", "无"}

care_modes := {"居家养老", "机构养老"}

child_categories := {"机构养育孤儿", "社会散居孤儿", "艾滋病病毒感染儿童", "事实无人抚养儿童", "困境儿童", "无"}

family_planning_categories := {"患重病的计生困难家庭", "独生子女死亡或伤残家庭", "生活有特殊困难的计生家庭", "计生困难家庭留守人员", "无"}

risk_classes := {"Ⅰ类", "Ⅱ类", "无"}

origins := {"省内", "省外"}

income_kinds := {"就业收入", "经营收入", "公益性岗位补贴", "青苗补偿费", "来料加工收入", "退役军人生活补助", "折股量化收益", "其他收入"}

# 二、1: a 低保 or 低边 member's first job or own business is not counted
# for 1 year, a disabled member's job for 3; the 2 years after, the cost is
# deducted at the 低边 standard; green-crop compensation up to 50,000 and
# outsourced processing up to 20,000 are not counted.
first_job_exempt_years := 1

disabled_exempt_years := 3

cost_deduction_years := 2

green_crop_cap := 5000000

outsourced_cap := 2000000

# 二、3: the 特困 basic standard is at least 50% of last year's urban
# per-capita consumption and 1.3 times the 低保 standard (×12, the yearly
# total of 二、8); the care fee is 80%, 40%, 20% or 10% of the minimum
# wage by self-care, half of it in dispersed support.
tekun_consumption_share := {"num": 5, "den": 10}

tekun_dibao_multiple := {"num": 13, "den": 10}

months_per_year := 12

care_fee_rate_tenths := {
	"完全丧失生活自理能力": 8,
	"中度丧失生活自理能力": 4,
	"轻度丧失生活自理能力": 2,
	"具备生活自理能力": 1,
}

dispersed_care_share := {"num": 1, "den": 2}

# 二、4: at least 10% of the 低保 standard.
veteran_supplement_share := {"num": 1, "den": 10}

# 二、5: the care subsidy of 低保 persons aged 60 or over, by self-care:
# 500, 250, 125; of high age (80 or over): 125. High-age allowance in
# 市区: 80–89 50, 90–99 200, 100 or over 500 a month.
elderly_min_age := 60

high_age_min := 80

elderly_care_subsidy := {
	"完全丧失生活自理能力": 50000,
	"中度丧失生活自理能力": 25000,
	"轻度丧失生活自理能力": 12500,
}

high_age_care_subsidy := 12500

high_age_allowance_min := 80

high_age_allowance(age) := 5000 if {
	age >= 80
	age < 90
}

high_age_allowance(age) := 20000 if {
	age >= 90
	age < 100
}

high_age_allowance(age) := 50000 if age >= 100

# 二、6: at least 70% of last year's urban per-capita living consumption;
# children are under 18 (未成年人保护法 第二条); severe disability is grade 1
# or 2; mental or intellectual disability of grade 3 or 4.
child_living_share := {"num": 7, "den": 10}

child_age_limit := 18

severe_disability_grade := 2

child_disability_grade := 3

# 二、7: 3,500, 3,000, 3,000 and 1,500 yuan a household.
fp_grant := {
	"患重病的计生困难家庭": 350000,
	"独生子女死亡或伤残家庭": 300000,
	"生活有特殊困难的计生家庭": 300000,
	"计生困难家庭留守人员": 150000,
}

# 二、9: the guardian of a class Ⅰ patient 150, class Ⅱ 400 a month; the
# care subsidy 200 a month; the long-acting injection 10,000 a year.
guardian_subsidy := {"Ⅰ类": 15000, "Ⅱ类": 40000}

mental_care_subsidy := 20000

injection_subsidy := 1000000

# 六、20: 60 tonnes of water, 60 m³ of gas and 180 kWh a household a year;
# free public transport in 市区 from 65.
water_quota := 60

gas_quota := 60

electricity_quota := 180

transport_age := 65

# 四、14: medical assistance of 特困 persons in full, of 低保, 低边 and the
# county's hardship persons 80%.
assistance_tekun_share := {"num": 1, "den": 1}

assistance_other_share := {"num": 8, "den": 10}

# 五、17: the nutrition meal subsidy is 1.6 times the provincial standard.
meal_multiple := {"num": 16, "den": 10}

# 八、25: 6 months of residence registration in Zhejiang.
residence_registration_months := 6

# 三、10: priority rental for grade 1 and 2 disabilities; new citizens with
# a labour contract of a year or more and 3 consecutive months insured.
rental_disability_grade := 2

new_citizen_contract_years := 1

new_citizen_insured_months := 3

# 三、11: 100%, 80%, 50% of the market average rent for 低保, 低边 and other
# supported families without housing in 市区 or with 15 m² a person or
# less; public-rental rent waived in full.
rent_area_limit := 15

rent_subsidy_share := {
	"低保": {"num": 1, "den": 1},
	"低边": {"num": 8, "den": 10},
	"其他保障家庭": {"num": 5, "den": 10},
}

rent_waiver_share := 1

# 三、12: 15,000 a household from the province (a new build in principle
# 100 m² or less); 30,000 from the city for low-income farm households.
rural_renovation_grant := 1500000

renovation_area_cap := 100

relocation_grant := 3000000

# 八、27: 300 a month for a household of 1 or 2, 400 for 3 or more, for 3
# years in all.
worker_rent_subsidy(n) := 30000 if {
	n >= 1
	n < 3
}

worker_rent_subsidy(n) := 40000 if n >= 3

worker_subsidy_years := 3

# 七、21: a public-welfare post insured 600 + 300 a month, not insured 700.
post_insured := 60000

post_insurance_subsidy := 30000

post_uninsured := 70000

# 七、22: two thirds of the contributions, for 3 years (to retirement when
# it is less than 5 years away at the first approval), for graduates within
# 2 years of leaving school; not with 200,000 or more subscribed. The
# job-seeking grant is 3,000 once.
flexible_share := {"num": 2, "den": 3}

flexible_subsidy_years := 3

retirement_window_years := 5

graduate_window_years := 2

subscription_limit := 20000000

job_seeking_grant := 300000

# 四、15: veterans' medical aid, 50% of the remaining cost, within a yearly
# cap of 50% of last year's local per-capita consumption (a medical year).
veteran_aid_share := {"num": 1, "den": 2}

veteran_aid_cap_share := {"num": 1, "den": 2}

# 四、16: rehabilitation training under 7 (under 9 when unfit for school):
# a month at most 500, 2,400, 3,600; a year 5,000, 24,000, 36,000, by class;
# the living allowance 1,000 a month, at most 10,000 a year.
rehab_age_limit := 7

rehab_deferred_age_limit := 9

rehab_monthly_cap := {"视力残疾": 50000, "听力、言语、肢体、智力、多重残疾": 240000, "孤独症": 360000}

rehab_yearly_cap := {"视力残疾": 500000, "听力、言语、肢体、智力、多重残疾": 2400000, "孤独症": 3600000}

rehab_living_allowance := 100000

rehab_living_yearly_cap := 1000000

# 五、18: the study grants by scheme, in the order of the clause; a minor is
# under 18 (未成年人保护法 第二条).
study_grant_schemes := ["残联助学补助", "工会助学帮扶", "计生助学补助"]

study_levels := {"小学", "初中", "中专（高中）", "大专", "本科以上", "成人高考自学考试取证"}

federation_grant := {
	"低保低边": {"中专（高中）": 200000, "大专": 300000, "本科以上": 400000, "成人高考自学考试取证": 350000},
	"其他": {"中专（高中）": 100000, "大专": 200000, "本科以上": 300000, "成人高考自学考试取证": 250000},
}

union_study_cap := 1000000

fp_study_grant := {"中专（高中）": 200000, "大专": 400000, "本科以上": 400000}

minor_age_limit := 18

# 八、27: an out-of-province graduate's parent holds a permit 1 year
# (graduating 2021–2022), 2 years (2023), 3 years (2024 on); 3 consecutive
# years at a Wenzhou junior high.
parity_permit_years(year) := 1 if {
	year >= 2021
	year < 2023
}

parity_permit_years(year) := 2 if year == 2023

parity_permit_years(year) := 3 if year >= 2024

parity_junior_years := 3
