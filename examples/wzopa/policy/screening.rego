# Household screening (九、30, 免申直享) of 温政发〔2022〕6号 in Rego: the
# benefits a household and its members are granted on a date, with their
# main figures, for every claim of welfare.Evaluator.Assess (see
# README.md).
#
# input:
#   on         the assessment date, "YYYY-MM-DD"
#   household  the household as json.Marshal writes a welfare.Household
#   standards  the locality's standards as json.Marshal writes a
#              welfare.LocalStandards (amounts as decimal text; "0" is not
#              given)
#
# data.wzpolicy.welfare.screening is {"grants": [...], "problems": [...]}.
# A grant is {"member", "rule", "part", "amount", "unit", "outcome",
# "quantities"}: member -1 for the household's own benefits, amount the
# main figure in yuan as decimal text ("" for a benefit that decides rather
# than pays, whose outcome says what it gives). A household with problems
# is not screened: its grants are empty and problems says why.
package wzpolicy.welfare

screening := {"grants": [], "problems": sort(problems)} if count(problems) > 0

screening := {"grants": [g | some g in grants], "problems": []} if count(problems) == 0

hh := input.household

members := ms if {
	ms := object.get(hh, "Members", [])
	is_array(ms)
} else := []

on := ymd(input.on)

hukou_area := area[hh.Locality]

wenzhou if hukou_area != "市外"

urban if hukou_area == "市区"

# status is the household's assistance status, 无 when not given.
status := text(hh, "Status") if text(hh, "Status") != ""

status := "无" if text(hh, "Status") == ""

assisted if status in {"低保", "低边"}

low_income_farmer if hh.LowIncomeFarmer == true

# standard(name) is the local standard name in fen; undefined when it is
# not given ("0"), as the library reads LocalStandards' zero value. The
# standards are read once, into standards_fen.
standard(name) := standards_fen[name]

standards_fen[name] := n if {
	some name, v in input.standards
	is_string(v)
	n := fen(v)
	n > 0
}

# fact(m, name, none) is a member's enumerated fact, none when not given.
fact(m, name, none) := v if {
	v := text(m, name)
	v != ""
}

fact(m, name, none) := none if text(m, name) == ""

# text(x, name) is the field name of x, or "" when it is left out or null:
# a date or an enumerated fact not given, as the library writes it.
text(x, name) := v if {
	v := object.get(x, name, null)
	v != null
} else := ""

tekun(m) := fact(m, "Tekun", "非特困人员")

disability(m) := fact(m, "Disability", "无")

disabled(m) if disability(m) != "无"

grade(m) := object.get(m, "DisabilityGrade", 0)

# hardship(m): a 困难群众 (附则1) — 低保, 低边, 特困 or a low-income farm
# household.
hardship(m) if tekun(m) != "非特困人员"

hardship(_) if assisted

hardship(_) if low_income_farmer

# birth[i] is member i's date of birth, when given and not after on.
birth[i] := b if {
	some i, m in members
	b := ymd(m.BirthDate)
	not after(b, on)
}

age[i] := full_years(b, on) if some i, b in birth

# A grant's parts.
grant(member, rule, amount, unit) := {
	"member": member, "rule": rule, "part": "", "amount": fen_text(amount), "unit": unit,
	"outcome": "", "quantities": [],
}

decision(member, rule, outcome) := {
	"member": member, "rule": rule, "part": "", "amount": "", "unit": "",
	"outcome": outcome, "quantities": [],
}
