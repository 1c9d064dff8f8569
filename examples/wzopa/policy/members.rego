# A member's benefits, as the library's rules grant them (welfare/tekun.go,
# elderly.go, family.go, rehab.go, expenses.go). Each grant follows its
# rule's conditions and the facts the rule needs: a benefit whose figure
# needs a standard or a fact the household data does not give is not
# granted (the library lists it as not assessed).
package wzpolicy.welfare

able := "具备生活自理能力"

# 二、3 welfare.tekun.basic_standard, listed for 特困 members only: the
# monthly minimum, max(50% × urban consumption, 1.3 × 低保 standard × 12)
# ÷ 12, rounded up to the fen.
grants contains grant(i, "welfare.tekun.basic_standard", monthly, "元/人·月") if {
	some i, m in members
	tekun(m) != "非特困人员"
	c := tekun_consumption_share
	k := tekun_dibao_multiple
	by_consumption := (standard("UrbanConsumption") * c.num) * k.den
	by_dibao := ((standard("Dibao") * k.num) * months_per_year) * c.den
	monthly := div_up(max([by_consumption, by_dibao]), (c.den * k.den) * months_per_year)
}

# 二、3 welfare.tekun.care_fee: the minimum wage × the rate of the member's
# self-care class in a social institution, half of that in dispersed
# support; a government institution's is fixed locally (not granted here).
grants contains grant(i, "welfare.tekun.care_fee", fee, "元/人·月") if {
	some i, m in members
	support := tekun(m)
	rate := care_fee_rate_tenths[m.SelfCare]
	fee := care_fee(support, standard("MinimumWage") * rate)
}

care_fee("社会机构集中供养", tenths) := div_half(tenths, 10)

care_fee("分散供养", tenths) := div_half(tenths * dispersed_care_share.num, 10 * dispersed_care_share.den)

# 二、4 welfare.veteran.dibao_supplement: a Wenzhou-registered veteran in a
# 低保 household, at least 10% of the 低保 standard, rounded up to the fen.
grants contains grant(i, "welfare.veteran.dibao_supplement", supplement, "元/人·月") if {
	wenzhou
	status == "低保"
	some i, m in members
	m.Veteran == true
	s := veteran_supplement_share
	supplement := div_up(standard("Dibao") * s.num, s.den)
}

# 二、5 welfare.elderly.care_subsidy: a Wenzhou-registered 低保 member aged
# 60 or over, at home or in institutional care the county approved, who
# is dependent, of high age or (in an institution) demented. The
# self-care class must be given as assessed.
grants contains grant(i, "welfare.elderly.care_subsidy", subsidy, "元/人·月") if {
	wenzhou
	status == "低保"
	some i, m in members
	age[i] >= elderly_min_age
	m.SelfCare in self_cares
	subsidy := care_subsidy(i, m)
}

home_care(m) if fact(m, "CareMode", "居家养老") == "居家养老"

institution(m) if {
	m.CareMode == "机构养老"
	m.CareApproved == true
}

care_subsidy(i, m) := max([dependent_tier(m.SelfCare), high_age_tier(age[i])]) if {
	home_care(m)
	in_need_at_home(i, m)
}

care_subsidy(i, m) := n if {
	institution(m)
	in_need_in_institution(i, m)
	n := fen(input.standards.TekunCareFee[m.SelfCare])
	n > 0
}

in_need_at_home(_, m) if m.SelfCare != able

in_need_at_home(i, _) if age[i] >= high_age_min

in_need_in_institution(i, m) if in_need_at_home(i, m)

in_need_in_institution(_, m) if m.Dementia == true

dependent_tier(sc) := elderly_care_subsidy[sc] if sc != able

dependent_tier(sc) := 0 if sc == able

high_age_tier(a) := high_age_care_subsidy if a >= high_age_min

high_age_tier(a) := 0 if a < high_age_min

# 二、5 welfare.elderly.high_age_allowance: 市区 registrations aged 80 or
# over; the counties set their own figures (not granted here).
grants contains grant(i, "welfare.elderly.high_age_allowance", high_age_allowance(a), "元/人·月") if {
	urban
	some i, a in age
	a >= high_age_allowance_min
}

# 二、6 welfare.child.basic_living: a Wenzhou-registered child under 18
# who is an orphan, HIV-infected or de facto unsupported, or in a 低保 or
# 低边 household severely disabled, of a grade 3–4 mental or intellectual
# disability, or otherwise in difficulty: at least 70% of the urban
# per-capita living consumption, rounded up to the fen.
grants contains grant(i, "welfare.child.basic_living", yearly, "元/人·年") if {
	wenzhou
	some i, m in members
	age[i] < child_age_limit
	grade_fits_kind(m)
	child_in_scope(m)
	s := child_living_share
	yearly := div_up(standard("UrbanLivingConsumption") * s.num, s.den)
}

# The rule's check: a disabled child has a grade, others none.
grade_fits_kind(m) if {
	disabled(m)
	grade(m) != 0
}

grade_fits_kind(m) if {
	not disabled(m)
	grade(m) == 0
}

child_in_scope(m) if fact(m, "ChildCategory", "无") in {"机构养育孤儿", "社会散居孤儿", "艾滋病病毒感染儿童", "事实无人抚养儿童"}

child_in_scope(m) if {
	assisted
	disabled(m)
	grade(m) <= severe_disability_grade
}

child_in_scope(m) if {
	assisted
	disability(m) in {"精神", "智力"}
	grade(m) >= child_disability_grade
}

child_in_scope(m) if {
	assisted
	m.ChildCategory == "困境儿童"
}

# 二、9 welfare.mental.guardian_subsidy.guardian: the guardian of a class Ⅰ
# or Ⅱ patient who effectively fulfils the duty.
grants contains grant(i, "welfare.mental.guardian_subsidy.guardian", guardian_subsidy[risk], "元/人·月") if {
	wenzhou
	some i, m in members
	is_object(m.Mental)
	not contradictory_guardianship(m.Mental)
	risk := fact(m.Mental, "RiskClass", "无")
	m.Mental.GuardianFulfils == true
}

contradictory_guardianship(x) if {
	x.WeakGuardianship == true
	x.GuardianFulfils == true
}

# 二、9 welfare.mental.guardian_subsidy.community: a 特困, 低保 or 低边
# patient under village or community management.
grants contains grant(i, "welfare.mental.guardian_subsidy.community", mental_care_subsidy, "元/人·月") if {
	wenzhou
	some i, m in members
	is_object(m.Mental)
	m.Mental.CommunityManaged == true
	mental_hardship(m)
}

mental_hardship(m) if tekun(m) != "非特困人员"

mental_hardship(_) if assisted

# 二、9 welfare.mental.guardian_subsidy.injection: a schizophrenia patient
# with poor compliance, weak or no guardianship and a risk of incidents,
# assessed and approved.
grants contains grant(i, "welfare.mental.guardian_subsidy.injection", injection_subsidy, "元/人·年") if {
	wenzhou
	some i, m in members
	x := m.Mental
	is_object(x)
	not contradictory_guardianship(x)
	x.Schizophrenia == true
	x.PoorCompliance == true
	x.WeakGuardianship == true
	x.IncidentRisk == true
	x.InjectionApproved == true
}

# 四、16 welfare.disability.institution_grants.accident_insurance: cover
# bought for a certified disabled person, not money paid.
grants contains decision(i, "welfare.disability.institution_grants.accident_insurance", "由政府为残疾人购买意外伤害保险") if {
	some i, m in members
	disabled(m)
}

# 六、19 welfare.insurance.premium_subsidy.pension: the lowest tier paid in
# full for an enrolled 低保 or 低边 member, 特困 person or disabled person.
grants contains grant(i, "welfare.insurance.premium_subsidy.pension", standard("PensionLowestTier"), "元/人·年") if {
	some i, m in members
	m.ResidentPension == true
	pension_group(m)
}

pension_group(_) if assisted

pension_group(m) if tekun(m) != "非特困人员"

pension_group(m) if disabled(m)

# 六、19 welfare.insurance.premium_subsidy.medical: the individual
# contribution in full for an enrolled hardship person, certified disabled
# person, or orphan or child in difficulty under 18.
grants contains grant(i, "welfare.insurance.premium_subsidy.medical", standard("MedicalContribution"), "元/人·年") if {
	some i, m in members
	m.ResidentMedical == true
	medical_group(i, m)
}

medical_group(_, m) if hardship(m)

medical_group(_, m) if disabled(m)

medical_group(i, m) if {
	m.ChildCategory in {"机构养育孤儿", "社会散居孤儿", "困境儿童", "事实无人抚养儿童", "艾滋病病毒感染儿童"}
	age[i] < child_age_limit
}

# 六、20 welfare.utilities.free_quota.transport: 市区 registrations aged 65
# or over, certified disabled persons and hardship persons.
grants contains decision(i, "welfare.utilities.free_quota.transport", "免费乘坐公共交通") if {
	urban
	some i, m in members
	transport_group(i, m)
}

transport_group(_, m) if disabled(m)

transport_group(_, m) if hardship(m)

transport_group(i, _) if age[i] >= transport_age
