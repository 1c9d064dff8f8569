# A member's study grants of 五、18 (welfare/education.go): three schemes,
# each on its own conditions, of which 附则2 pays only the highest (the
# first in the order of 五、18 on a tie). Each needs the member's Student.
#
# A required input of a rule that is not given leaves the rule not
# assessed wherever an expression the case reaches names it, even on a
# branch not taken: the grant's one expression names the level for every
# scheme, so the union's aid, which pays by tuition at any level, needs
# the level too.
package wzpolicy.welfare

# study_grant[i][scheme] is member i's grant under a scheme, in fen, when
# the scheme grants it.
study_grant[i][scheme] := amount if {
	some i, m in members
	st := m.Student
	is_object(st)
	birth[i] # the rule's check: born, on or before the date
	st.Level in study_levels # a required input the grant's expression reads, whatever the scheme
	some scheme in study_grant_schemes
	amount := scheme_grant(scheme, i, m, st)
}

# 残联助学补助: 市区; a disabled student, or in a 低保 or 低边 household a
# disabled person's minor or dependent adult child; at secondary or high
# school, college or university, or with an adult or self-study exam
# certificate: 2,000/3,000/4,000 and 3,500 once for 低保 and 低边 households,
# 1,000/2,000/3,000 and 2,500 for others.
scheme_grant("残联助学补助", i, m, st) := federation_grant[study_class][st.Level] if {
	urban
	federation_target(i, m, st)
}

study_class := "低保低边" if assisted

study_class := "其他" if not assisted

federation_target(_, m, _) if disabled(m)

federation_target(i, _, st) if {
	assisted
	st.ParentDisabled == true
	age[i] < minor_age_limit
}

federation_target(_, _, st) if {
	assisted
	st.ParentDisabled == true
	st.NotIndependent == true
}

# 工会助学帮扶: a registered hardship worker's child, anywhere and at any
# level: the tuition paid this year, at most 10,000.
scheme_grant("工会助学帮扶", _, _, st) := min([tuition, union_study_cap]) if {
	hh.HardshipWorker == true
	tuition := fen(st.Tuition)
	tuition > 0
}

# 计生助学补助: a 市区 family-planning hardship family's child at high school
# (2,000) or university (4,000).
scheme_grant("计生助学补助", _, _, st) := fp_study_grant[st.Level] if {
	urban
	fact(hh, "FamilyPlanning", "无") != "无"
}

grants contains g if {
	some i, grants_of in study_grant
	paid := study_paid(grants_of)
	g := object.union(grant(i, "welfare.education.study_grant", grants_of[paid], "元/人"), {"part": paid})
}

# study_paid is the scheme paid of a member's grants: the highest, the
# first in the order of 五、18 on a tie.
study_paid(grants_of) := scheme if {
	top := max({a | some a in grants_of})
	scheme := [s | some s in study_grant_schemes; grants_of[s] == top][0]
}
