package rules_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

func d(s string) rules.Date {
	v, err := rules.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return v
}

func TestNewDateRefusesDaysThatDoNotExist(t *testing.T) {
	for _, c := range []struct {
		y    int
		m    time.Month
		d    int
		good bool
	}{
		{2024, 2, 29, true}, {2023, 2, 29, false}, {2022, 4, 31, false}, {2022, 13, 1, false},
		{2022, 0, 1, false}, {2022, 1, 0, false}, {0, 1, 1, false}, {10000, 1, 1, false}, {2022, 12, 31, true},
	} {
		_, err := rules.NewDate(c.y, c.m, c.d)
		if (err == nil) != c.good {
			t.Errorf("NewDate(%d, %d, %d): error %v, want valid=%t", c.y, c.m, c.d, err, c.good)
		}
	}
	for _, s := range []string{"2022-02-30", "2022/05/01", "", "20220501", "2022-5-1"} {
		if _, err := rules.ParseDate(s); err == nil {
			t.Errorf("ParseDate(%q): want an error", s)
		}
	}
}

// Civil Code art. 202: a period in months or years ends on the
// corresponding day, or on the last day of a month without one.
func TestCorrespondingDay(t *testing.T) {
	for _, c := range []struct {
		from string
		add  func(rules.Date) rules.Date
		want string
	}{
		{"2022-01-31", func(x rules.Date) rules.Date { return x.AddMonths(1) }, "2022-02-28"},
		{"2024-01-31", func(x rules.Date) rules.Date { return x.AddMonths(1) }, "2024-02-29"},
		{"2022-03-31", func(x rules.Date) rules.Date { return x.AddMonths(-1) }, "2022-02-28"},
		{"2022-05-01", func(x rules.Date) rules.Date { return x.AddMonths(12) }, "2023-05-01"},
		{"2022-11-30", func(x rules.Date) rules.Date { return x.AddMonths(3) }, "2023-02-28"},
		{"2024-02-29", func(x rules.Date) rules.Date { return x.AddYears(1) }, "2025-02-28"},
		{"2024-02-29", func(x rules.Date) rules.Date { return x.AddYears(4) }, "2028-02-29"},
		{"2022-05-01", func(x rules.Date) rules.Date { return x.AddDays(30) }, "2022-05-31"},
		{"2022-12-31", func(x rules.Date) rules.Date { return x.AddDays(1) }, "2023-01-01"},
		{"2022-03-01", func(x rules.Date) rules.Date { return x.AddDays(-1) }, "2022-02-28"},
	} {
		if got := c.add(d(c.from)).String(); got != c.want {
			t.Errorf("from %s: got %s, want %s", c.from, got, c.want)
		}
	}
}

// 周岁: the N-th birthday completes N years.
func TestFullYears(t *testing.T) {
	for _, c := range []struct {
		birth, on string
		want      int
	}{
		{"1942-06-01", "2022-05-31", 79},
		{"1942-06-01", "2022-06-01", 80},
		{"1942-06-01", "2022-06-02", 80},
		{"2000-02-29", "2022-02-27", 21},
		{"2000-02-29", "2022-02-28", 22}, // no 29 February in 2022: 28 February (art. 202)
		{"2000-02-29", "2024-02-28", 23},
		{"2000-02-29", "2024-02-29", 24},
		{"2022-06-01", "2022-05-31", -1},
	} {
		if got := d(c.birth).FullYears(d(c.on)); got != c.want {
			t.Errorf("born %s, on %s: %d full years, want %d", c.birth, c.on, got, c.want)
		}
	}
}

// FullYears is, for every birth day of three years around a 29 February and
// every day of two later years, the number of corresponding days
// (AddYears) reached by the day: the definition, counted one year at a time.
func TestFullYearsEveryDay(t *testing.T) {
	for birth := d("1999-01-01"); birth.Before(d("2002-01-01")); birth = birth.AddDays(1) {
		for on := d("2023-01-01"); on.Before(d("2025-01-01")); on = on.AddDays(1) {
			want := 0
			for !birth.AddYears(want + 1).After(on) {
				want++
			}
			if got := birth.FullYears(on); got != want {
				t.Fatalf("born %s, on %s: %d full years, want %d", birth, on, got, want)
			}
		}
	}
}

// Whole months count to the corresponding day of a later month, or to its
// last day where it has none (Civil Code art. 202).
func TestFullMonths(t *testing.T) {
	for _, c := range []struct {
		from, on string
		want     int
	}{
		{"2022-01-15", "2022-02-14", 0},
		{"2022-01-15", "2022-02-15", 1},
		{"2022-01-31", "2022-02-27", 0},
		{"2022-01-31", "2022-02-28", 1}, // no 31 February: its last day
		{"2022-01-31", "2022-03-30", 1},
		{"2022-01-31", "2022-03-31", 2},
		{"2024-02-29", "2025-02-28", 12},
		{"2022-01-01", "2023-01-01", 12},
		{"2022-03-01", "2022-02-01", -1},
	} {
		if got := d(c.from).FullMonths(d(c.on)); got != c.want {
			t.Errorf("from %s to %s: %d full months, want %d", c.from, c.on, got, c.want)
		}
	}
}

func TestPeriods(t *testing.T) {
	// "valid for 5 years from 2022-05-01" is in force through 2027-04-30.
	p := rules.YearsFrom(d("2022-05-01"), 5)
	got := []bool{p.Contains(d("2022-04-30")), p.Contains(d("2022-05-01")), p.Contains(d("2027-04-30")), p.Contains(d("2027-05-01")), p.Contains(rules.Date{})}
	if diff := cmp.Diff([]bool{false, true, true, false, false}, got); diff != "" {
		t.Errorf("YearsFrom(2022-05-01, 5) = %s (-want +got):\n%s", p, diff)
	}
	open := rules.Since(d("2022-03-08"))
	if open.Contains(d("2022-03-07")) || !open.Contains(d("2022-03-08")) || !open.Contains(d("2099-12-31")) {
		t.Errorf("Since(2022-03-08) = %s: wrong days", open)
	}
	if s := p.Chinese(); s != "2022年5月1日至2027年4月30日" {
		t.Errorf("Chinese() = %q", s)
	}
	if s := open.Chinese(); s != "2022年3月8日起" {
		t.Errorf("Chinese() = %q", s)
	}
	if (rules.Period{}).Contains(d("2022-05-01")) {
		t.Error("the zero Period holds no day")
	}
}

func TestDateTime(t *testing.T) {
	at, err := rules.ParseDateTime("2022-05-01 22:30")
	if err != nil {
		t.Fatal(err)
	}
	// 4 hours after 22:30 is 02:30 the next day.
	if got := at.Add(4 * time.Hour).String(); got != "2022-05-02 02:30:00" {
		t.Errorf("22:30 + 4h = %s", got)
	}
	if got := at.Add(-23 * time.Hour).String(); got != "2022-04-30 23:30:00" {
		t.Errorf("22:30 − 23h = %s", got)
	}
	if at.Chinese() != "2022年5月1日22时30分" {
		t.Errorf("Chinese() = %q", at.Chinese())
	}
	for _, s := range []string{"2022-05-01", "2022-05-01 24:00", "yesterday"} {
		if _, err := rules.ParseDateTime(s); err == nil {
			t.Errorf("ParseDateTime(%q): want an error", s)
		}
	}
	if _, err := rules.NewDateTime(d("2022-05-01"), 24, 0, 0); err == nil {
		t.Error("NewDateTime at hour 24: want an error")
	}
}

func TestDateText(t *testing.T) {
	var x rules.Date
	if err := x.UnmarshalText([]byte("2022-05-01")); err != nil || x.String() != "2022-05-01" || x.Chinese() != "2022年5月1日" {
		t.Errorf("UnmarshalText: %v, %s", err, x)
	}
	if b, _ := x.MarshalText(); string(b) != "2022-05-01" {
		t.Errorf("MarshalText = %s", b)
	}
	if err := x.UnmarshalText([]byte("May 1")); err == nil {
		t.Error("UnmarshalText(May 1): want an error")
	}
	if !(rules.Date{}).IsZero() || (rules.Date{}).String() != "" {
		t.Error("the zero Date is zero and prints empty")
	}
}

// In JSON a date, a date-time and a rate write their text, and their zero
// value (not given) null, which reads back as the zero value; "" is refused
// for a date, and read as not given for a rate, as its text form is.
func TestTextFactsJSON(t *testing.T) {
	at, _ := rules.ParseDateTime("2022-05-01 22:30")
	type facts struct {
		On rules.Date
		At rules.DateTime
		R  rules.Rate
	}
	eq := func(a, b facts) bool { return a.On == b.On && a.At == b.At && a.R.Equal(b.R) }
	for _, c := range []struct {
		v    facts
		want string
	}{
		{facts{d("2022-05-01"), at, rules.Pct("6.5")}, `{"On":"2022-05-01","At":"2022-05-01 22:30:00","R":"6.5%"}`},
		{facts{}, `{"On":null,"At":null,"R":null}`},
	} {
		b, err := json.Marshal(c.v)
		if err != nil || string(b) != c.want {
			t.Errorf("%+v writes %s, %v; want %s", c.v, b, err, c.want)
		}
		var back facts
		if err := json.Unmarshal(b, &back); err != nil || !eq(back, c.v) {
			t.Errorf("%s reads back as %+v, %v", b, back, err)
		}
	}
	var f facts
	for _, bad := range []string{`{"On":""}`, `{"At":""}`} {
		if err := json.Unmarshal([]byte(bad), &f); err == nil {
			t.Errorf("%s accepted", bad)
		}
	}
	if err := json.Unmarshal([]byte(`{"R":""}`), &f); err != nil || f.R.Valid() {
		t.Errorf(`{"R":""} reads as %v, %v; want the zero Rate`, f.R, err)
	}
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// Day arithmetic is the Gregorian calendar's: every day of the years a case
// may hold, and some beyond, agrees with package time.
func TestDayArithmeticAgreesWithTime(t *testing.T) {
	first := time.Date(1600, 1, 1, 12, 0, 0, 0, time.UTC)
	origin := rules.MustDate(1600, 1, 1)
	for i, tm := 0, first; tm.Year() < 2401; i, tm = i+1, tm.AddDate(0, 0, 1) {
		d := rules.DateOf(tm)
		if got := origin.AddDays(i); got != d {
			t.Fatalf("1600-01-01 + %d days = %s, time says %s", i, got, d)
		}
		if got := origin.DaysUntil(d); got != i {
			t.Fatalf("days from 1600-01-01 to %s = %d, time says %d", d, got, i)
		}
		if got := d.AddDays(-i); got != origin {
			t.Fatalf("%s − %d days = %s, want 1600-01-01", d, i, got)
		}
		if dim := time.Date(tm.Year(), tm.Month()+1, 0, 0, 0, 0, 0, time.UTC).Day(); tm.Day() == 1 {
			if last := d.AddMonths(1).AddDays(-1); last.Day() != dim {
				t.Fatalf("last day of %d-%02d: %s, time says day %d", tm.Year(), tm.Month(), last, dim)
			}
		}
	}
}
