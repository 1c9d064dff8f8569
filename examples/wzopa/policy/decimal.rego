# Exact money in Rego.
#
# OPA computes with integers exactly (big.Int for +, -, * and %), but a
# number with a fraction goes through a binary big.Float with a 64-bit
# mantissa: 0.1 is not a tenth there. So no fraction ever enters a
# computation here: every amount is an integer number of fen (0.01 yuan),
# every rate of the book an integer ratio, and every quotient is taken
# only where it is exact (an integer divisor that divides its dividend, far
# below 2^64), after the remainder that decides the rounding has been
# found with %.
package wzpolicy.welfare

# fen(s) is the decimal text s, as json.Marshal writes a decimal.Decimal
# ("1085", "1627.5", "-3"), in fen. It is undefined for text with more than
# two decimals or twelve digits of yuan, or that is no number: the caller's
# amounts are given to the fen (see problems).
fen(s) := n if {
	is_string(s)
	regex.match(`^-?[0-9]{1,12}(\.[0-9]{1,2})?$`, s)
	parts := split(trim_prefix(s, "-"), ".")
	m := ((to_number(parts[0]) + 0) * 100) + cents(parts)
	n := signed(startswith(s, "-"), m)
}

cents(parts) := 0 if count(parts) == 1

cents(parts) := (to_number(parts[1]) + 0) * 10 if {
	count(parts) == 2
	count(parts[1]) == 1
}

cents(parts) := to_number(parts[1]) + 0 if {
	count(parts) == 2
	count(parts[1]) == 2
}

signed(true, m) := 0 - m

signed(false, m) := m

# quotient(n, d) is the whole quotient of n ≥ 0 by d > 0: n less its
# remainder, divided by d. That division is of a multiple of d below 2^64,
# which OPA's float quotient gives exactly; a larger dividend leaves the
# quotient undefined rather than rounded.
quotient(n, d) := (n - (n % d)) / d if n < 18446744073709551616

# div_half(n, d) is n/d rounded half away from zero to a whole number
# (四舍五入), for n ≥ 0 and d > 0.
div_half(n, d) := quotient(n, d) + half_bump(n % d, d)

half_bump(r, d) := 1 if {
	2 * r >= d
} else := 0

# div_up(n, d) is n/d rounded up (进位), for n ≥ 0 and d > 0: any
# remainder rounds away from zero.
div_up(n, d) := quotient(n, d) + up_bump(n % d)

up_bump(r) := 1 if {
	r > 0
} else := 0

# fen_text(n) writes n fen (n ≥ 0) as yuan: 123456 → "1234.56".
fen_text(n) := concat("", [format_int(quotient(n, 100), 10), ".", two_digits(n % 100)])

two_digits(r) := concat("", ["0", format_int(r, 10)]) if r < 10

two_digits(r) := format_int(r, 10) if r >= 10
