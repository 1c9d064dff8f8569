package rules

import (
	"sort"
	"strconv"
	"strings"
)

// Unit is the unit of a number: yuan, square metres, yuan per square metre
// per month. The compiler checks units through every expression — a sum of
// yuan per month and yuan per year, or a comparison of a floor area with an
// amount of money, does not compile — and every money output and parameter
// carries one.
//
// Units are products of base dimensions made with [NewUnit], combined with
// [Unit.Per] and [Unit.Times]. The zero Unit is a pure number (a count of
// nothing in particular, a rate, a factor). [Percent] is a pure number shown
// as a percentage: the value 0.5 reads "50%".
type Unit struct {
	p *unitDef // nil for a pure number
}

type unitDef struct {
	key    string // canonical dimensions, "" for a pure number
	zh, en string // display labels
	plural string // the English label of a count other than one ("years"); "" when it does not change
	pct    bool   // display a pure number as a percentage
	money  bool   // yuan to the first power, possibly per something
}

func (u Unit) def() *unitDef {
	if u.p == nil {
		return &unitDef{}
	}
	return u.p
}

// NewUnit returns a base dimension with its Chinese and English names,
// for example NewUnit("元", "yuan"). Two base units with the same names are
// the same dimension; define each once and share it.
func NewUnit(zh, en string) Unit {
	d := &unitDef{key: zh + "|" + en, zh: zh, en: en}
	d.money = d.isMoney()
	u := Unit{d}
	registerBase(u)
	return u
}

// Common units.
var (
	Number      = Unit{}                                      // a pure number
	Percent     = Unit{&unitDef{zh: "%", en: "%", pct: true}} // a pure number shown as a percentage
	Yuan        = NewUnit("元", "yuan")
	SquareMetre = NewUnit("平方米", "m²")
	Kilometre   = NewUnit("公里", "km")
	Year        = NewUnit("年", "year").plural("years")
	Month       = NewUnit("月", "month").plural("months")
	Day         = NewUnit("天", "day").plural("days")
	Hour        = NewUnit("小时", "hour").plural("hours")
	Person      = NewUnit("人", "person").plural("persons")
	Household   = NewUnit("户", "household").plural("households")
)

// plural sets the English label of a count other than one: 82 years,
// 1 year. Only the base units above have one; a unit relabelled with
// [Unit.Label] reads its new label for every count.
func (u Unit) plural(en string) Unit {
	u.p.plural = en
	return u
}

// Plural returns the base unit u with the English label of a count other
// than one, as a domain's own units need it: NewUnit("座", "seat").Plural("seats")
// reads "1 seat", "5 seats". The dimensions and the Chinese are unchanged.
func (u Unit) Plural(en string) Unit {
	d := *u.def()
	d.plural = en
	p := Unit{&d}
	pluralBase(u, p)
	return p
}

// Per returns u divided by v: Yuan.Per(Month) is yuan per month.
func (u Unit) Per(v Unit) Unit { return combine(u, v, -1) }

// Times returns u multiplied by v.
func (u Unit) Times(v Unit) Unit { return combine(u, v, 1) }

// Label returns u with other display names; the dimensions are unchanged.
func (u Unit) Label(zh, en string) Unit {
	d := *u.def()
	d.zh, d.en, d.plural = zh, en, ""
	return Unit{&d}
}

// IsNumber reports whether u is a pure number (including [Percent]).
func (u Unit) IsNumber() bool { return u.def().key == "" }

// IsPercent reports whether values of u are shown as percentages.
func (u Unit) IsPercent() bool { return u.def().pct }

// Same reports whether u and v have the same dimensions.
func (u Unit) Same(v Unit) bool { return u.def().key == v.def().key }

// IsMoney reports whether u is an amount of yuan, possibly per something
// (yuan, yuan per month, yuan per km per year). Money is rounded to the fen
// unless a rule says otherwise.
func (u Unit) IsMoney() bool { return u.p != nil && u.p.money }

func (u *unitDef) isMoney() bool {
	for _, d := range u.dims() {
		if d.zh == "元" && d.en == "yuan" {
			return d.exp == 1
		}
	}
	return false
}

// In returns the unit's name in lang.
func (u Unit) In(lang Lang) string {
	if lang == English {
		return u.def().en
	}
	return u.def().zh
}

// String returns the Chinese name of the unit.
func (u Unit) String() string { return u.def().zh }

type dim struct {
	zh, en string
	exp    int
}

// dims decodes a key: entries "zh|en^exp" joined by "·".
func (u *unitDef) dims() []dim {
	if u.key == "" {
		return nil
	}
	var ds []dim
	for _, part := range strings.Split(u.key, "·") {
		exp := 1
		if i := strings.LastIndex(part, "^"); i >= 0 {
			exp, _ = strconv.Atoi(part[i+1:])
			part = part[:i]
		}
		zh, en, _ := strings.Cut(part, "|")
		ds = append(ds, dim{zh, en, exp})
	}
	return ds
}

func combine(u, v Unit, sign int) Unit {
	exps := map[dim]int{}
	for _, d := range u.def().dims() {
		exps[dim{zh: d.zh, en: d.en}] += d.exp
	}
	for _, d := range v.def().dims() {
		exps[dim{zh: d.zh, en: d.en}] += sign * d.exp
	}
	var ds []dim
	for d, exp := range exps {
		if exp != 0 {
			ds = append(ds, dim{d.zh, d.en, exp})
		}
	}
	if len(ds) == 0 {
		if u.IsPercent() && v.IsNumber() {
			return Percent
		}
		return Number
	}
	sort.Slice(ds, func(i, j int) bool {
		if (ds[i].exp > 0) != (ds[j].exp > 0) {
			return ds[i].exp > 0
		}
		return ds[i].zh < ds[j].zh
	})
	key := make([]string, len(ds))
	for i, d := range ds {
		key[i] = d.zh + "|" + d.en
		if d.exp != 1 {
			key[i] += "^" + strconv.Itoa(d.exp)
		}
	}
	out := &unitDef{
		key: strings.Join(key, "·"),
		zh:  label(ds, func(d dim) string { return d.zh }, "/", "·"),
		en:  label(ds, func(d dim) string { return d.en }, " per ", " per "),
	}
	out.money = out.isMoney()
	return Unit{out}
}

func label(ds []dim, name func(dim) string, per, sep string) string {
	var num, den []string
	for _, d := range ds {
		n, e := name(d), d.exp
		if e < 0 {
			e = -e
		}
		if e != 1 {
			n += "^" + strconv.Itoa(e)
		}
		if d.exp > 0 {
			num = append(num, n)
		} else {
			den = append(den, n)
		}
	}
	s := strings.Join(num, "·")
	if s == "" {
		s = "1"
	}
	if len(den) > 0 {
		s += per + strings.Join(den, sep)
	}
	return s
}
