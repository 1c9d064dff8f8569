# The household's facts that cannot be read as given: the checks of
# welfare.Household.Validate, and amounts not given to the fen. Where the
# library assesses every benefit that does not read a refused fact, this
# policy refuses the household: screening lists the problems and grants
# nothing.
package wzpolicy.welfare

problems contains "on: not a date, or outside the document's period (2022-05-01 to 2025-12-31)" if {
	not in_force
}

in_force if {
	on
	not after(in_force_from, on)
	not after(on, in_force_to)
}

problems contains "Locality: not one of the localities" if not area[hh.Locality]

problems contains "Status: not one of 低保, 低边, 无" if not status in statuses

problems contains "FamilyPlanning: not one of the categories" if not fact(hh, "FamilyPlanning", "无") in family_planning_categories

problems contains "Origin: not one of the origins" if not fact(hh, "Origin", "温州户籍") in {"温州户籍", "浙江省内非温州户籍", "浙江省外户籍"}

problems contains sprintf("SocialAssistance[%d]: not one of the kinds", [j]) if {
	some j, k in object.get(hh, "SocialAssistance", [])
	not k in {"受灾人员救助", "医疗救助", "教育救助", "就业救助", "临时救助", "支出型困难救助", "一事一议帮扶"}
}

problems contains sprintf("Members[%d].BirthDate: after the assessment date", [i]) if {
	some i, m in members
	after(ymd(m.BirthDate), on)
}

problems contains sprintf("Members[%d].%s: not one of the document's values", [i, name]) if {
	some i, m in members
	some name, values in {
		"Tekun": tekun_supports, "SelfCare": self_cares, "Disability": disability_kinds,
		"CareMode": care_modes, "ChildCategory": child_categories,
	}
	v := text(m, name)
	v != ""
	not v in values
}

problems contains sprintf("Members[%d].DisabilityGrade: a disabled member has a grade from 1 to 4, others none", [i]) if {
	some i, m in members
	not grade_fits(m)
}

grade_fits(m) if {
	not disabled(m)
	grade(m) == 0
}

grade_fits(m) if {
	disabled(m)
	grade(m) in {1, 2, 3, 4}
}

problems contains sprintf("Members[%d].Mental.RiskClass: not one of the classes", [i]) if {
	some i, m in members
	is_object(m.Mental)
	not fact(m.Mental, "RiskClass", "无") in risk_classes
}

problems contains sprintf("Members[%d].Mental.Guardian: not a member other than the patient, nor named", [i]) if {
	some i, m in members
	g := m.Mental.Guardian
	is_object(g)
	not guardian_fits(i, g)
}

guardian_fits(_, g) if {
	g.Member == null
	object.get(g, "Name", "") != ""
}

guardian_fits(i, g) if {
	is_number(g.Member)
	g.Member >= 0
	g.Member < count(members)
	g.Member != i
	object.get(g, "Name", "") in {"", object.get(members[g.Member], "Name", "")}
}

problems contains "Income.PeriodMonths: negative" if period_months < 0

problems contains sprintf("Income.Items[%d].Kind: not one of the kinds", [j]) if {
	some j, it in income_items
	not it.Kind in income_kinds
}

problems contains sprintf("Income.Items[%d].Amount: negative", [j]) if {
	some j, it in income_items
	fen(it.Amount) < 0
}

problems contains sprintf("Income.Items[%d].Member: not one of the household's members", [j]) if {
	some j, it in income_items
	not member_index(it.Member)
}

member_index(j) if {
	is_number(j)
	j >= 0
	j < count(members)
}

problems contains sprintf("Income.Items: more than %d items", [max_income_items]) if {
	count(income_items) > max_income_items
}

# Amounts are read in fen: a figure with more than two decimals (or more
# than twelve digits of yuan) is refused rather than rounded.
problems contains sprintf("Income.Items[%d].Amount: not an amount to the fen", [j]) if {
	some j, it in income_items
	not fen(it.Amount)
}

problems contains sprintf("standards.%s: not an amount to the fen", [name]) if {
	some name, v in input.standards
	is_string(v)
	not fen(v)
}

problems contains sprintf("standards.TekunCareFee[%s]: not an amount to the fen", [k]) if {
	some k, v in object.get(input.standards, "TekunCareFee", {})
	not fen(v)
}

problems contains sprintf("Housing.%s: not an amount to the fen", [name]) if {
	some name in {"FloorAreaPerCapita", "MarketRent", "PublicRent", "ContractYears"}
	v := housing[name]
	v != null # ContractYears not given
	not fen(v)
}

problems contains sprintf("Members[%d].Medical.%s: not an amount to the fen", [i, name]) if {
	some i, m in members
	some name in {"CompliantCost", "OtherReimbursed", "VeteranAidPaidThisYear"}
	v := m.Medical[name]
	not fen(v)
}

problems contains "Renovation.NewArea: not an amount to the fen" if {
	v := hh.Renovation.NewArea
	not fen(v)
}

problems contains sprintf("Members[%d].Employment.Flexible.%s: not an amount to the fen", [i, name]) if {
	some i, m in members
	some name in {"Contributions", "Subscribed"}
	v := m.Employment.Flexible[name]
	not fen(v)
}

problems contains sprintf("Members[%d].Rehab.%s: not an amount to the fen", [i, name]) if {
	some i, m in members
	some name in {"Fee", "SubsidyPaidThisYear", "AllowancePaidThisYear"}
	v := m.Rehab[name]
	not fen(v)
}

problems contains sprintf("Members[%d].Student.Tuition: not an amount to the fen", [i]) if {
	some i, m in members
	v := m.Student.Tuition
	v != null # not given
	not fen(v)
}
