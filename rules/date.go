package rules

import (
	"cmp"
	"encoding/json"
	"fmt"
	"time"
)

// Date is a civil date (年月日) without a time of day or a time zone: the
// dates the documents speak of — issue dates, in-force periods, dates of
// birth, deadlines — are days, not instants.
//
// The zero Date is "no date"; [Date.IsZero] reports it. It sorts before every
// real date and is never inside a [Period].
type Date struct {
	y int32
	m int8
	d int8
}

// NewDate returns the date y-m-d. It reports an error when no such day
// exists (month 13, 30 February, year outside 1–9999).
func NewDate(y int, m time.Month, d int) (Date, error) {
	if y < 1 || y > 9999 || m < time.January || m > time.December || d < 1 || d > daysIn(y, m) {
		return Date{}, fmt.Errorf("rules: no such date %04d-%02d-%02d", y, int(m), d)
	}
	return Date{int32(y), int8(m), int8(d)}, nil
}

// MustDate is [NewDate] for dates written in a package's own source; it
// panics on a date that does not exist.
func MustDate(y int, m time.Month, d int) Date {
	dt, err := NewDate(y, m, d)
	if err != nil {
		panic(err)
	}
	return dt
}

// ParseDate reads a date written as YYYY-MM-DD, in the years 1–9999.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil || t.Year() < 1 {
		return Date{}, (&Error{Code: CodeInvalidInput}).with(msgNotADate.text(clip(s)))
	}
	return DateOf(t), nil
}

// The dates a case may hold. Every fact of the documents — a birth, a
// registration, a payment, a deadline — lies well inside; a date outside
// is a mistake (a zero time.Time read as year 1, a year typed with five
// digits), refused as invalid input rather than computed with.
var (
	firstCaseDate = Date{1900, 1, 1}
	lastCaseDate  = Date{2199, 12, 31}
)

// dateProblem says why d cannot be a date of a case; "" when it can.
func dateProblem(d Date) Text {
	switch {
	case d.IsZero():
		return msgZeroDate.text()
	case !inCaseRange(d):
		return msgDateRange.text(d, dateText(firstCaseDate), dateText(lastCaseDate))
	}
	return Text{}
}

func inCaseRange(d Date) bool { return !d.Before(firstCaseDate) && !d.After(lastCaseDate) }

// CaseDate reports whether d can be the date of a case or of an
// evaluation: not the zero Date, and from 1900-01-01 to 2199-12-31. A rule
// evaluated on any other date refuses it as invalid input naming "date"
// ([ErrInvalidInput]), whatever the case.
func (d Date) CaseDate() bool { return !d.IsZero() && inCaseRange(d) }

// DateOf returns the calendar day of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{int32(y), int8(m), int8(d)}
}

// Year, Month and Day return the parts of the date.
func (d Date) Year() int         { return int(d.y) }
func (d Date) Month() time.Month { return time.Month(d.m) }
func (d Date) Day() int          { return int(d.d) }

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// String formats the date as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.y, d.m, d.d)
}

// Chinese formats the date as 2022年5月1日.
func (d Date) Chinese() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%d年%d月%d日", d.y, d.m, d.d)
}

// MarshalText and UnmarshalText make a Date read and write as YYYY-MM-DD in
// JSON and other text encodings.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// MarshalJSON writes the date as "YYYY-MM-DD", and the zero Date (a date
// not given) as null, which reads back as the zero Date: a struct holding
// dates not given round-trips through encoding/json, while the text ""
// is still refused when read.
func (d Date) MarshalJSON() ([]byte, error) { return textOrNull(d.IsZero(), d.String()), nil }

// UnmarshalText reads a date written as YYYY-MM-DD.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int { return cmp.Compare(d.key(), e.key()) }

// key orders dates as one number: year, month, day.
func (d Date) key() int64 { return int64(d.y)<<16 | int64(d.m)<<8 | int64(d.d) }

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.key() < e.key() }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.key() > e.key() }

// AddDays returns the date n days after d (before it for negative n).
func (d Date) AddDays(n int) Date { return civil(d.days() + int64(n)) }

// AddMonths returns the corresponding day n months after d. Following Civil
// Code art. 202, where that month has no corresponding day the result is its
// last day: 2022-01-31 plus one month is 2022-02-28.
func (d Date) AddMonths(n int) Date {
	total := int(d.y)*12 + int(d.m) - 1 + n
	y, m := total/12, time.Month(total%12+1)
	day := min(int(d.d), daysIn(y, m))
	return Date{int32(y), int8(m), int8(day)}
}

// AddYears returns the corresponding day n years after d; 29 February maps
// to 28 February in a year that has no 29 February (Civil Code art. 202).
func (d Date) AddYears(n int) Date { return d.AddMonths(12 * n) }

// DaysUntil returns the number of days from d to e (negative when e is
// before d).
func (d Date) DaysUntil(e Date) int { return int(e.days() - d.days()) }

// days returns the number of days from 1970-01-01 to d in the proleptic
// Gregorian calendar (the count of days from civil, after H. Hinnant).
func (d Date) days() int64 {
	y, m := int64(d.y), int64(d.m)
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400                   // [0, 399]
	mp := (m + 9) % 12                   // March is 0
	doy := (153*mp+2)/5 + int64(d.d) - 1 // [0, 365]
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civil returns the date n days after 1970-01-01, the inverse of days.
func civil(n int64) Date {
	n += 719468
	era := n / 146097
	if n < 0 && n%146097 != 0 {
		era--
	}
	doe := n - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	y := yoe + era*400
	if m <= 2 {
		y++
	}
	return Date{int32(y), int8(m), int8(d)}
}

// FullYears returns the number of whole years (周岁) from d to on: a person
// born on d is that many full years old on the day on. The N-th anniversary
// completes N years; for a date of birth of 29 February the anniversary in a
// common year falls on 28 February, as [Date.AddYears] counts it. It is
// negative when on is before d.
func (d Date) FullYears(on Date) int {
	n := int(on.y) - int(d.y)
	if d.m != 2 || d.d != 29 {
		// The corresponding day of year on.y is d's month and day.
		if on.m < d.m || on.m == d.m && on.d < d.d {
			n--
		}
		return n
	}
	if d.AddYears(n).After(on) {
		n--
	}
	return n
}

// FullMonths returns the number of whole months from d to on: the N-th
// corresponding day of a later month ([Date.AddMonths]) completes N months
// (Civil Code art. 201–202). It is negative when on is before d.
func (d Date) FullMonths(on Date) int {
	n := (int(on.y)*12 + int(on.m)) - (int(d.y)*12 + int(d.m))
	if d.AddMonths(n).After(on) {
		n--
	}
	return n
}

func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// Period is a span of days with both ends included. A zero To means the
// period has no end (open-ended, 长期有效). The zero Period holds no day.
type Period struct {
	From Date `json:"from,omitzero"` // first day in force
	To   Date `json:"to,omitzero"`   // last day in force; zero for an open end
}

// Between returns the period from the first to the last day, both included.
func Between(first, last Date) Period { return Period{From: first, To: last} }

// Since returns the open-ended period starting on first.
func Since(first Date) Period { return Period{From: first} }

// YearsFrom returns the period of n years starting on first, read as Civil
// Code art. 202 reads it: "valid for 5 years from 2022-05-01" ends on
// 2027-04-30.
func YearsFrom(first Date, n int) Period {
	return Period{From: first, To: first.AddYears(n).AddDays(-1)}
}

// IsZero reports whether p is the zero Period.
func (p Period) IsZero() bool { return p == Period{} }

// Contains reports whether day is inside the period, both ends included.
func (p Period) Contains(day Date) bool {
	if p.From.IsZero() || day.IsZero() || day.Before(p.From) {
		return false
	}
	return p.To.IsZero() || !day.After(p.To)
}

// String formats the period as "2022-05-01 – 2027-04-30", or
// "2022-03-08 –" when it has no end.
func (p Period) String() string {
	if p.To.IsZero() {
		return p.From.String() + " –"
	}
	return p.From.String() + " – " + p.To.String()
}

// Chinese formats the period as 2022年5月1日至2027年4月30日, or
// 2022年3月8日起 when it has no end.
func (p Period) Chinese() string {
	if p.To.IsZero() {
		return p.From.Chinese() + "起"
	}
	return p.From.Chinese() + "至" + p.To.Chinese()
}

// DateTime is a civil date and time of day, to the second, in the local
// time the documents are written in (Beijing time); it carries no zone.
// Deadlines counted in hours ("4小时内") are date-times. The zero DateTime is
// "no date-time".
type DateTime struct {
	d   Date
	sec int32 // seconds since midnight
}

// NewDateTime returns the date-time at hour:min:sec on the day d.
func NewDateTime(d Date, hour, min, sec int) (DateTime, error) {
	if d.IsZero() || hour < 0 || hour > 23 || min < 0 || min > 59 || sec < 0 || sec > 59 {
		return DateTime{}, fmt.Errorf("rules: no such date-time %s %02d:%02d:%02d", d, hour, min, sec)
	}
	return DateTime{d, int32(hour*3600 + min*60 + sec)}, nil
}

// ParseDateTime reads a date-time written as "YYYY-MM-DD HH:MM",
// "YYYY-MM-DD HH:MM:SS" or with a T between date and time.
func ParseDateTime(s string) (DateTime, error) {
	for _, layout := range []string{"2006-01-02 15:04", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02T15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil && t.Year() >= 1 {
			return DateTimeOf(t), nil
		}
	}
	return DateTime{}, (&Error{Code: CodeInvalidInput}).with(msgNotADateTime.text(clip(s)))
}

// DateTimeOf returns the civil date and time of t in t's own location.
func DateTimeOf(t time.Time) DateTime {
	h, m, s := t.Clock()
	return DateTime{DateOf(t), int32(h*3600 + m*60 + s)}
}

// Date returns the day of the date-time.
func (t DateTime) Date() Date { return t.d }

// Clock returns the hour, minute and second.
func (t DateTime) Clock() (hour, min, sec int) {
	s := int(t.sec)
	return s / 3600, s / 60 % 60, s % 60
}

// IsZero reports whether t is the zero DateTime.
func (t DateTime) IsZero() bool { return t == DateTime{} }

// Compare returns -1, 0 or +1 as t is before, equal to or after u.
func (t DateTime) Compare(u DateTime) int {
	if c := t.d.Compare(u.d); c != 0 {
		return c
	}
	return cmp.Compare(int(t.sec), int(u.sec))
}

// Before reports whether t is before u.
func (t DateTime) Before(u DateTime) bool { return t.Compare(u) < 0 }

// After reports whether t is after u.
func (t DateTime) After(u DateTime) bool { return t.Compare(u) > 0 }

// Add returns t plus the duration, to the second.
func (t DateTime) Add(d time.Duration) DateTime {
	total := int64(t.sec) + int64(d/time.Second)
	days := total / 86400
	rem := total % 86400
	if rem < 0 {
		rem += 86400
		days--
	}
	return DateTime{t.d.AddDays(int(days)), int32(rem)}
}

// String formats the date-time as "YYYY-MM-DD HH:MM:SS".
func (t DateTime) String() string {
	if t.IsZero() {
		return ""
	}
	h, m, s := t.Clock()
	return fmt.Sprintf("%s %02d:%02d:%02d", t.d, h, m, s)
}

// Chinese formats the date-time as 2022年5月1日14时30分.
func (t DateTime) Chinese() string {
	if t.IsZero() {
		return ""
	}
	h, m, s := t.Clock()
	out := fmt.Sprintf("%s%d时%02d分", t.d.Chinese(), h, m)
	if s != 0 {
		out += fmt.Sprintf("%02d秒", s)
	}
	return out
}

// MarshalText writes the date-time as "YYYY-MM-DD HH:MM:SS".
func (t DateTime) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// MarshalJSON writes the date-time as "YYYY-MM-DD HH:MM:SS", and the zero
// DateTime as null, as [Date.MarshalJSON] does.
func (t DateTime) MarshalJSON() ([]byte, error) { return textOrNull(t.IsZero(), t.String()), nil }

// textOrNull is the JSON of a value written as text: null when it is the
// zero value, otherwise the text as a JSON string.
func textOrNull(zero bool, text string) []byte {
	if zero {
		return []byte("null")
	}
	b, _ := json.Marshal(text) // a string always marshals
	return b
}

// UnmarshalText reads a date-time in the forms [ParseDateTime] takes.
func (t *DateTime) UnmarshalText(b []byte) error {
	v, err := ParseDateTime(string(b))
	if err != nil {
		return err
	}
	*t = v
	return nil
}
