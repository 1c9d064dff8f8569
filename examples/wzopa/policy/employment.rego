# A member's employment benefits of section 七 (welfare/employment.go).
# Each needs the member's Employment (the flexible subsidy its Flexible,
# the job-seeking grant the member's Student): without it the library does
# not assess it, and the policy does not grant it.
package wzpolicy.welfare

# 七、21 welfare.employment.post_subsidy.public_post: a college graduate, a
# person hard to employ, a certified disabled hardship person or a member
# of a low-income farm household on a public-welfare post: insured, 600
# post and 300 insurance subsidy a month; not insured, 700.
grants contains grant(i, "welfare.employment.post_subsidy.public_post", monthly, "元/月") if {
	some i, m in members
	w := m.Employment
	is_object(w)
	w.PublicWelfarePost == true
	post_target(m, w)
	monthly := post_monthly(w)
}

post_target(_, w) if w.Graduate == true

post_target(_, w) if w.HardToEmploy == true

post_target(m, _) if {
	disabled(m)
	hardship(m)
}

post_target(_, _) if low_income_farmer

post_monthly(w) := post_insured + post_insurance_subsidy if w.Insured == true

post_monthly(w) := post_uninsured if w.Insured != true

# 七、22 welfare.employment.flexible_insurance: two thirds of the
# contributions a flexibly employed person insured as an individual paid,
# for a person in living difficulty hard to employ, a graduate within 2
# years of leaving school when approved, or a member of a low-income
# family; for 3 years from the first approval, or to retirement when it
# was less than 5 years away then; not with 200,000 or more subscribed in
# enterprises, nor with a family vehicle not used for hire.
grants contains grant(i, "welfare.employment.flexible_insurance", subsidy, "元") if {
	some i, m in members
	w := m.Employment
	x := w.Flexible
	is_object(x)
	approved := ymd(x.ApprovedOn)
	not after(approved, on)
	retirement_fits(x, approved)
	not left_school_late(x)
	flexible_target(w, x, approved)
	x.InsuredIndividually == true
	within_flexible_period(x, approved)
	fen(x.Subscribed) < subscription_limit
	hh.NonOperatingVehicle == false
	contributions := fen(x.Contributions)
	contributions > 0
	subsidy := div_half(contributions * flexible_share.num, flexible_share.den)
}

# A function call within not is taken out of it: an undefined date would
# make the whole expression undefined, so the test is a rule of its own.
left_school_late(x) if after(ymd(x.LeftSchoolOn), on)

retirement_fits(x, _) if not ymd(x.RetiresOn)

retirement_fits(x, approved) if after(ymd(x.RetiresOn), approved)

flexible_target(w, _, _) if {
	w.HardToEmploy == true
	w.LivingDifficulty == true
}

flexible_target(_, x, approved) if {
	left := ymd(x.LeftSchoolOn)
	not after(left, approved)
	not after(approved, add_months(left, 12 * graduate_window_years))
}

flexible_target(_, _, _) if assisted

flexible_target(_, _, _) if low_income_farmer

# The contributions' months end within the period; past the 3 years, only
# a retirement date can say.
within_flexible_period(x, approved) if {
	paid_for := flexible_paid_for(x)
	not after(approved, paid_for)
	retires := ymd(x.RetiresOn)
	not after(paid_for, flexible_until(approved, retires))
}

within_flexible_period(x, approved) if {
	paid_for := flexible_paid_for(x)
	not after(approved, paid_for)
	not ymd(x.RetiresOn)
	not after(paid_for, add_months(approved, 12 * flexible_subsidy_years))
}

flexible_paid_for(x) := ymd(x.PaidForUntil)

flexible_paid_for(x) := on if not ymd(x.PaidForUntil)

flexible_until(approved, retires) := retires if after(add_months(approved, 12 * retirement_window_years), retires)

flexible_until(approved, retires) := add_months(approved, 12 * flexible_subsidy_years) if {
	not after(add_months(approved, 12 * retirement_window_years), retires)
}

# 七、22 welfare.employment.job_seeking_grant: 3,000 once for a college
# student in the year of graduation who is 低保 or 低边, an orphan,
# disabled, a state student loan holder, of a low-income farm household,
# 特困, or of a recognised poor disabled person's family.
grants contains grant(i, "welfare.employment.job_seeking_grant", job_seeking_grant, "元/人") if {
	some i, m in members
	is_object(m.Student)
	m.Student.GraduatingYear == true
	job_seeking_target(m)
}

job_seeking_target(_) if assisted

job_seeking_target(m) if m.ChildCategory in {"机构养育孤儿", "社会散居孤儿"}

job_seeking_target(m) if disabled(m)

job_seeking_target(m) if m.Student.StudentLoan == true

job_seeking_target(_) if low_income_farmer

job_seeking_target(m) if tekun(m) != "非特困人员"

job_seeking_target(_) if hh.PoorDisabledFamily == true
