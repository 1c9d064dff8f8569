# A member's benefits of sections 四, 五 and 八 that the screening covers
# (welfare/medical.go, education.go, residence.go). Each needs the facts of
# its section (Member.Medical, Member.Student, Member.Migrant): without
# them the library does not assess it, and the policy does not grant it.
package wzpolicy.welfare

# 四、14 welfare.medical.assistance: of the compliant cost left after the
# basic and critical-illness insurance (above zero: no cost is no claim),
# 100% for a 特困 person, 80% for a 低保 or 低边 member or one the county
# recognises.
grants contains grant(i, "welfare.medical.assistance", assistance, "元") if {
	some [i, assistance] in grants_medical_assistance
}

medical_hardship(m) if tekun(m) != "非特困人员"

medical_hardship(_) if assisted

medical_hardship(m) if m.CountyRecognised == true

assistance_share(m) := assistance_tekun_share if tekun(m) != "非特困人员"

assistance_share(m) := assistance_other_share if tekun(m) == "非特困人员"

# 四、15 welfare.veteran.medical_aid: a veteran in a 低保 or 低边 household,
# for inpatient or special-disease outpatient costs at a designated
# institution: 50% of the self-paid compliant cost left after the medical
# assistance (as 四、14 pays it) and every other payer, within the yearly
# cap of 50% of last year's local per-capita consumption less the aid
# already paid this year; min(remaining × s, cap left) over the common
# denominator of the two shares, rounded once.
grants contains grant(i, "welfare.veteran.medical_aid", aid, "元") if {
	some i, m in members
	x := m.Medical
	is_object(x)
	cost := fen(x.CompliantCost)
	cost > 0
	other := fen(x.OtherReimbursed)
	other >= 0
	paid := fen(x.VeteranAidPaidThisYear)
	paid >= 0
	assistance_paid := object.get(medical_assistance, i, 0)
	assistance_paid + other <= cost
	s := veteran_aid_share
	c := veteran_aid_cap_share
	cap := standard("ResidentConsumption") * c.num # × c.den
	paid * c.den <= cap
	m.Veteran == true
	assisted
	x.Visit in {"住院", "特殊病种门诊"}
	x.Designated == true
	cap_left := cap - (paid * c.den) # × c.den
	cap_left > 0
	remaining := (cost - assistance_paid) - other
	aid := div_half(min([(remaining * s.num) * c.den, cap_left * s.den]), s.den * c.den)
}

# medical_assistance[i] is member i's medical assistance of 四、14, in fen,
# when granted.
medical_assistance[i] := a if {
	some g in grants_medical_assistance
	i := g[0]
	a := g[1]
}

grants_medical_assistance contains [i, a] if {
	some i, m in members
	is_object(m.Medical)
	medical_hardship(m)
	cost := fen(m.Medical.CompliantCost)
	cost > 0
	share := assistance_share(m)
	a := div_half(cost * share.num, share.den)
}

# 五、17 welfare.education.nutrition_meal: a pupil of a compulsory-education
# school aided by it, 1.6 times the provincial standard, or the locality's
# own where it already pays more.
grants contains grant(i, "welfare.education.nutrition_meal", meal, "元/人·年") if {
	some i, m in members
	is_object(m.Student)
	m.Student.Level in {"小学", "初中"}
	m.Student.Aided == true
	k := meal_multiple
	meal := max([div_half(standard("ProvincialMealStandard") * k.num, k.den), local_meal_standard])
}

# The locality's own standard where it gives one (LocalMealStandard), else
# none: 0 never wins over 1.6 times the provincial one.
local_meal_standard := object.get(standards_fen, "LocalMealStandard", 0)

# 八、25 welfare.residence.permit: a migrant worker from another Zhejiang
# city, or moving between Wenzhou's counties, with a valid Zhejiang
# residence permit, or 6 months of registration in Zhejiang and now
# registered in Wenzhou.
grants contains decision(i, "welfare.residence.permit", route) if {
	some i, m in members
	x := m.Migrant
	is_object(x)
	x.Worker == true
	x.From in {"浙江省内其他城市", "温州市域内其他县（市、区）"}
	route := permit_route(x)
}

permit_route(x) := "持有有效浙江省居住证" if x.ZhejiangPermit == true

permit_route(x) := "省内累计居住登记达到规定时间且目前居住登记在温州" if {
	x.ZhejiangPermit != true
	x.RegisteredInWenzhou == true
	x.RegisteredMonths >= residence_registration_months
}

# 四、16 welfare.disability.rehab_subsidy: a child with a listed disability
# or autism, under 7 (under 9 when found unfit for school, with a deferral
# certificate) when the months claimed begin, trained at a designated
# institution: min(fee, monthly limit × months, yearly limit − paid this
# year), the limits by class; none once the year's limit is used up.
grants contains grant(i, "welfare.disability.rehab_subsidy", subsidy, "元") if {
	some i, m in members
	r := m.Rehab
	is_object(r)
	age_limit := rehab_age_limit_of(r)
	rehab_checks(i, r, age_limit, fen(r.SubsidyPaidThisYear), rehab_yearly_cap[rehab_class(m)])
	rehab_listed(m)
	rehab_age_fits(i, r)
	r.Designated == true
	year_left := rehab_yearly_cap[rehab_class(m)] - fen(r.SubsidyPaidThisYear)
	year_left > 0
	fee := fen(r.Fee)
	fee > 0
	months := r.Months
	months >= 1
	subsidy := min([fee, rehab_monthly_cap[rehab_class(m)] * months, year_left])
}

rehab_class(m) := "孤独症" if m.Autism == true

rehab_class(m) := "视力残疾" if {
	m.Autism != true
	disability(m) == "视力"
}

rehab_class(m) := "听力、言语、肢体、智力、多重残疾" if {
	m.Autism != true
	disability(m) != "视力"
}

rehab_listed(m) if m.Autism == true

rehab_listed(m) if disability(m) in {"视力", "听力", "言语", "肢体", "智力", "多重"}

rehab_age_limit_of(r) := rehab_deferred_age_limit if r.SchoolDeferred == true

rehab_age_limit_of(r) := rehab_age_limit if r.SchoolDeferred != true

rehab_age_fits(i, _) if trained_age(i) < rehab_age_limit

rehab_age_fits(i, r) if {
	r.SchoolDeferred == true
	trained_age(i) < rehab_deferred_age_limit
}

# trained_age(i) is member i's age when the months claimed begin, or on
# the date when they are not given.
trained_age(i) := full_years(birth[i], ymd(members[i].Rehab.From))

trained_age(i) := age[i] if not ymd(members[i].Rehab.From)

# The rules' checks: paid this year within the year's limit; the months
# claimed begin after the birth and by the date, and before the birthday
# at the age limit (a claim across it is made in two).
rehab_checks(i, r, age_limit, paid, yearly_limit) if {
	birth[i]
	paid >= 0
	paid <= yearly_limit
	not rehab_from_misplaced(i, r)
	not rehab_across_birthday(i, r, age_limit)
}

rehab_from_misplaced(_, r) if after(ymd(r.From), on)

rehab_from_misplaced(i, r) if after(birth[i], ymd(r.From))

rehab_across_birthday(i, r, limit) if {
	from := ymd(r.From)
	r.Months >= 1
	trained_age(i) < limit
	not months_before_birthday(i, from, r.Months, limit)
}

months_before_birthday(i, from, months, limit) if {
	birthday := add_months(birth[i], 12 * limit)
	months <= full_months(from, add_months(birthday, 1))
	after(birthday, add_months(add_months(from, months), -1))
}

# 四、16 welfare.disability.rehab_living_allowance: the family of a disabled
# child or a child with autism found unfit for school, with a deferral
# certificate, in training under 9: 1,000 a month, at most 10,000 a year.
grants contains grant(i, "welfare.disability.rehab_living_allowance", allowance, "元") if {
	some i, m in members
	r := m.Rehab
	is_object(r)
	rehab_checks(i, r, rehab_deferred_age_limit, fen(r.AllowancePaidThisYear), rehab_living_yearly_cap)
	rehab_listed(m)
	r.SchoolDeferred == true
	trained_age(i) < rehab_deferred_age_limit
	year_left := rehab_living_yearly_cap - fen(r.AllowancePaidThisYear)
	year_left > 0
	months := r.Months
	months >= 1
	allowance := min([rehab_living_allowance * months, year_left])
}

# 八、27 welfare.education.high_school_parity: a junior-high graduate
# registered outside Wenzhou with school status in Wenzhou gets same-city
# treatment in high school; one registered outside Zhejiang only in the
# year of graduation, after 3 consecutive years at a Wenzhou junior high,
# and with a parent or guardian who, on the day of graduation, had held a
# Zhejiang residence permit in Wenzhou for the years the year of
# graduation requires (1 from 2021, 2 from 2023, 3 from 2024).
grants contains decision(i, "welfare.education.high_school_parity", "就读高中享受同城待遇") if {
	some i, m in members
	st := m.Student
	is_object(st)
	parity_checks(st)
	student_origin != "温州户籍"
	st.Level == "初中"
	st.SchoolStatusInWenzhou == true
	parity_route(st)
}

# student_origin is the student's registration as 八、27 tells it: the
# household's, and for one registered outside Wenzhou its Origin.
student_origin := "温州户籍" if wenzhou

student_origin := hh.Origin if {
	hukou_area == "市外"
	text(hh, "Origin") != ""
}

# graduation_year is the year of junior-high graduation given, else the
# year of the day of graduation; undefined when neither is given.
graduation_year(st) := st.GraduationYear if st.GraduationYear != 0

graduation_year(st) := ymd(st.GraduatedOn)[0] if {
	object.get(st, "GraduationYear", 0) == 0
	ymd(st.GraduatedOn)
}

# The rule's checks, each where its facts are given: the permit obtained
# by the date; the year of graduation from 2021 and not after the date's;
# the day of graduation within that year.
parity_checks(st) if {
	not parity_permit_late(st)
	not parity_year_misplaced(st)
	not parity_day_misplaced(st)
}

parity_permit_late(st) if after(ymd(st.ParentPermitSince), on)

parity_year_misplaced(st) if graduation_year(st) < 2021

parity_year_misplaced(st) if graduation_year(st) > on[0]

parity_day_misplaced(st) if ymd(st.GraduatedOn)[0] != graduation_year(st)

parity_route(_) if student_origin == "浙江省内非温州户籍"

parity_route(st) if {
	student_origin == "浙江省外户籍"
	year := graduation_year(st)
	year == on[0] # 应届: the date falls in the year of graduation
	st.JuniorYearsInWenzhou >= parity_junior_years
	full_years(ymd(st.ParentPermitSince), ymd(st.GraduatedOn)) >= parity_permit_years(year)
}
