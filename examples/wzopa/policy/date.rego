# Dates as the library counts them: full years (周岁), whole months, and
# the corresponding day (Civil Code art. 201–202), on [year, month, day]
# triples of small integers. OPA's own time.add_date normalises 31 January
# plus one month to 3 March, not to the last day of February, so the
# calendar is written out here.
package wzpolicy.welfare

# ymd(s) is the date s ("2023-06-01", as rules.Date writes itself) as
# [year, month, day]; undefined for null (not given) or a date that does not
# exist.
ymd(s) := [y, m, d] if {
	is_string(s)
	regex.match(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`, s)
	p := split(s, "-")
	y := to_number(p[0]) + 0
	m := to_number(p[1]) + 0
	d := to_number(p[2]) + 0
	m >= 1
	m <= 12
	d >= 1
	d <= days_in(y, m)
}

# day_number(t) orders dates: a later date has a larger number.
day_number(t) := ((t[0] * 10000) + (t[1] * 100)) + t[2]

after(a, b) if day_number(a) > day_number(b)

leap(y) if {
	y % 4 == 0
	y % 100 != 0
}

leap(y) if y % 400 == 0

days_in(y, 2) := 29 if leap(y)

days_in(y, 2) := 28 if not leap(y)

days_in(_, m) := 30 if m in {4, 6, 9, 11}

days_in(_, m) := 31 if m in {1, 3, 5, 7, 8, 10, 12}

# add_months(t, n) is the corresponding day n months after t; a day the
# month does not have becomes its last day (29 February → 28 February).
add_months(t, n) := [y, m, min([t[2], days_in(y, m)])] if {
	total := (((t[0] * 12) + t[1]) - 1) + n
	total >= 0
	y := quotient(total, 12)
	m := (total % 12) + 1
}

# next_day(t) is the day after t.
next_day(t) := [t[0], t[1], t[2] + 1] if t[2] < days_in(t[0], t[1])

next_day(t) := [t[0], t[1] + 1, 1] if {
	t[2] == days_in(t[0], t[1])
	t[1] < 12
}

next_day(t) := [t[0] + 1, 1, 1] if {
	t[2] == days_in(t[0], t[1])
	t[1] == 12
}

# full_years(b, on) is the age in full years (周岁) on on of a person born
# on b: one more at each corresponding day of b.
full_years(b, on) := n - late(add_months(b, 12 * n), on) if {
	n := on[0] - b[0]
}

# full_months(from, on) is the number of whole months from from to on:
# the n-th corresponding day completes n months. Negative when on is
# before from.
full_months(from, on) := n - late(add_months(from, n), on) if {
	n := ((on[0] * 12) + on[1]) - ((from[0] * 12) + from[1])
}

late(c, on) := 1 if after(c, on)

late(c, on) := 0 if not after(c, on)
