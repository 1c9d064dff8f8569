# The household's housing benefits (welfare/housing.go, residence.go):
# rental housing (三、10), the rent subsidy or public-rental waiver (三、11),
# the bus and sanitation workers' rent subsidy (八、27) with the
# take-the-higher of the two (附则2), and rural house projects (三、12).
# Each needs the household's Housing (or Renovation): without it the
# library does not assess it, and the policy does not grant it.
package wzpolicy.welfare

housing := hh.Housing if is_object(hh.Housing)

# owns_home is whether the household owns housing, when stated. A
# condition that reads a required fact not stated is undecided, whatever
# its other terms: the library then does not assess the benefit.
owns_home := housing.OwnsHome if is_boolean(housing.OwnsHome)

# 三、10 welfare.housing.rental_eligibility, by the household's route: a
# 市区 registration applies for priority in-kind rental, any other as a new
# citizen for affordable rental housing.
grants contains decision(-1, "welfare.housing.rental_eligibility", "依申请优先安排实物配租") if {
	urban
	is_boolean(owns_home)
	priority_ground
}

priority_ground if {
	assisted
	owns_home == false
}

priority_ground if hh.SpecialCare == true

priority_ground if {
	some m in members
	disabled(m)
	grade(m) >= 1
	grade(m) <= rental_disability_grade
}

priority_ground if fact(hh, "FamilyPlanning", "无") in {"独生子女死亡或伤残家庭", "生活有特殊困难的计生家庭"}

priority_ground if fact(housing, "Priority", "无") != "无"

grants contains decision(-1, "welfare.housing.rental_eligibility", "可申请保障性租赁住房") if {
	not urban
	owns_home == false
	labour_contract
	is_number(housing.InsuredMonths) # null: not given
	housing.InsuredMonths >= new_citizen_insured_months
}

labour_contract if housing.OpenEndedContract == true

labour_contract if fen(housing.ContractYears) >= new_citizen_contract_years * 100

# 三、11 welfare.housing.rent_subsidy: in public rental housing anywhere in
# the city, a 低保, 低边, social-assistance or special-care family's rent
# waived in full; otherwise a 市区 低保, 低边 or other supported family
# without housing in 市区, or with 15 m² a person or less, is paid 100%,
# 80% or 50% of the market average rent.
rent_subsidy := fen(housing.PublicRent) * rent_waiver_share if {
	wenzhou
	housing.PublicRental == true
	waiver_class
	fen(housing.PublicRent) > 0
}

waiver_class if assisted

waiver_class if {
	some m in members
	tekun(m) != "非特困人员"
}

waiver_class if hh.SpecialCare == true

waiver_class if count(object.get(hh, "SocialAssistance", [])) > 0

rent_subsidy := div_half(fen(housing.MarketRent) * share.num, share.den) if {
	wenzhou
	housing.PublicRental != true
	urban
	is_boolean(owns_home)
	housing_need
	subsidy_class
	share := rent_subsidy_share[subsidy_class_of]
	fen(housing.MarketRent) > 0
}

housing_need if owns_home == false

housing_need if {
	owns_home == true
	area := fen(housing.FloorAreaPerCapita)
	area > 0
	area <= rent_area_limit * 100
}

subsidy_class if assisted

subsidy_class if housing.OtherSupported == true

subsidy_class_of := status if assisted

subsidy_class_of := "其他保障家庭" if not assisted

# 八、27 welfare.housing.sanitation_worker_subsidy: a household not
# registered in 市区 whose worker (the first member employed on a bus or in
# sanitation, else the first employed) works in the front line of a bus or
# sanitation service, has not been given a flat, and has been paid less
# than 3 years: 300 a month for 1 or 2 persons, 400 for 3 or more.
sanitation_subsidy := worker_rent_subsidy(count(members)) if {
	not urban
	w := worker
	w.Occupation in {"公交", "环卫"}
	w.FrontLine == true
	housing.InKindAllocated == false
	months := object.get(housing, "SubsidyMonthsReceived", 0)
	months >= 0
	months < worker_subsidy_years * months_per_year
}

worker := members[worker_index].Employment

worker_index := min(bus) if {
	bus := {j | some j, m in members; m.Employment.Occupation in {"公交", "环卫"}}
	count(bus) > 0
}

worker_index := min(employed) if {
	count({j | some j, m in members; m.Employment.Occupation in {"公交", "环卫"}}) == 0
	employed := {j | some j, m in members; is_object(m.Employment)}
	count(employed) > 0
}

# 附则2 welfare.group.housing: the same household is paid only the higher
# of the two in a year; on a tie, the rent subsidy (the group's first).
grants contains grant(-1, "welfare.housing.rent_subsidy", rent_subsidy, "元/户·月") if {
	not sanitation_higher
}

grants contains grant(-1, "welfare.housing.sanitation_worker_subsidy", sanitation_subsidy, "元/户·月") if {
	not rent_not_lower
}

sanitation_higher if sanitation_subsidy > rent_subsidy

rent_not_lower if rent_subsidy >= sanitation_subsidy

# 三、12 welfare.housing.rural_renovation: 15,000 from the province for a
# rural hardship family's dangerous house rebuilt (in principle 100 m² or
# less) or repaired, the year after the renovation; 30,000 from the city
# for a low-income farm household that relocates, builds, buys or rebuilds.
# A large new build with only the provincial grant is assessed case by case.
grants contains grant(-1, "welfare.housing.rural_renovation", total, "元/户") if {
	wenzhou
	r := hh.Renovation
	is_object(r)
	r.Project in {"危旧房拆建", "危房修缮", "异地搬迁", "自建房", "购房"}
	renovation_year_fits(r)
	some_renovation_grant(r)
	not renovation_case_by_case(r)
	total := provincial_grant(r) + city_grant(r)
}

renovation_year_fits(r) if object.get(r, "Year", 0) == 0

renovation_year_fits(r) if {
	r.Year > 0
	r.Year <= on[0]
}

some_renovation_grant(r) if provincial(r)

some_renovation_grant(r) if city(r)

provincial(r) if {
	r.Rural == true
	renovation_hardship
	r.Qualified == true
	r.Project in {"危旧房拆建", "危房修缮"}
}

renovation_hardship if assisted

renovation_hardship if {
	some m in members
	tekun(m) != "非特困人员"
}

renovation_hardship if low_income_farmer

city(r) if {
	low_income_farmer
	r.Project in {"异地搬迁", "自建房", "购房", "危旧房拆建"}
}

# large is undefined while a provincial new build's area is not given: the
# library then does not assess the project.
large(r) := false if not provincial(r)

large(r) := false if {
	provincial(r)
	r.Project != "危旧房拆建"
}

large(r) := fen(r.NewArea) > (renovation_area_cap * 100) if {
	provincial(r)
	r.Project == "危旧房拆建"
	fen(r.NewArea) > 0
}

renovation_case_by_case(r) if {
	large(r) == true
	not city(r)
}

# The provincial grant is paid at its figure unless the build is large; it
# needs the year of the renovation (paid the year after).
provincial_grant(r) := rural_renovation_grant if {
	provincial(r)
	large(r) == false
	r.Year > 0
}

provincial_grant(r) := 0 if {
	provincial(r)
	large(r) == true
	r.Year > 0
}

provincial_grant(r) := 0 if not provincial(r)

city_grant(r) := relocation_grant if city(r)

city_grant(r) := 0 if not city(r)
