# The household's benefits, as the library's rules grant them
# (welfare/dibao.go, family.go, expenses.go).
package wzpolicy.welfare

# 二、1 welfare.dibao.allowance: a 低保 household whose per-capita monthly
# counted income is below the 低保 standard gets the difference × its
# members, computed as (standard × members × months − counted income) ÷
# months, one division, rounded half away from zero to the fen. A
# household with nothing counted need not give its period: the allowance is
# then the standard × members.
#
# The rule takes a counted income of 0 or more; the income rules never
# count less (the shares of an item apportioned by month are at most the
# item), and a negative counted income is not assessed, as in the library.
grants contains grant(-1, "welfare.dibao.allowance", allowance, "元/月") if {
	status == "低保"
	n := count(members)
	n >= 1
	dibao := standard("Dibao")
	inc := income
	inc.counted >= 0 # the rule's input range: counted_income in [0, ∞)
	allowance := dibao_allowance(dibao * n, inc.counted, inc.months)
}

dibao_allowance(line, 0, 0) := line

dibao_allowance(line, counted, months) := div_half((line * months) - counted, months) if {
	months > 0
	counted < line * months
}

# 二、7 welfare.family_planning.hardship_grant: a recognised
# family-planning hardship household registered in 市区.
grants contains grant(-1, "welfare.family_planning.hardship_grant", fp_grant[category], "元/户") if {
	urban
	category := fact(hh, "FamilyPlanning", "无")
}

# 二、8 welfare.worker.living_aid: a registered hardship worker's household
# registered in Wenzhou, at most the 低保 standard × 12.
grants contains grant(-1, "welfare.worker.living_aid", standard("Dibao") * months_per_year, "元/户·年") if {
	wenzhou
	hh.HardshipWorker == true
}

# 六、20 welfare.utilities.free_quota.utilities: a Wenzhou-registered 低保
# or 低边 household, or one with a 特困 person in dispersed support or a
# scattered orphan under 18: 60 t of water, 60 m³ of gas, 180 kWh a year
# and the cable-TV fees waived.
grants contains g if {
	wenzhou
	quota_group
	g := {
		"member": -1, "rule": "welfare.utilities.free_quota.utilities", "part": "", "amount": "", "unit": "",
		"outcome": "水、天然气、用电基数及有线电视费用减免",
		"quantities": [
			{"name": "water", "amount": format_int(water_quota, 10), "unit": "吨/户·年"},
			{"name": "gas", "amount": format_int(gas_quota, 10), "unit": "立方米/户·年"},
			{"name": "electricity", "amount": format_int(electricity_quota, 10), "unit": "度/户·年"},
		],
	}
}

quota_group if assisted

quota_group if {
	some m in members
	m.Tekun == "分散供养"
}

# The youngest scattered orphan is under 18; every scattered orphan needs
# a date of birth for the youngest to be known.
quota_group if {
	orphans := {i | some i, m in members; m.ChildCategory == "社会散居孤儿"}
	count(orphans) > 0
	every i in orphans {
		birth[i]
	}
	some i in orphans
	age[i] < child_age_limit
}
