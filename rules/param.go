package rules

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/shopspring/decimal"
)

// Param is a named figure a document sets, with its history: each entry
// applies from its date until the next one. Rules read parameters by name;
// the value in force on the evaluation date is used, and its citation goes
// into the result.
//
// A value is a decimal.Decimal, a string, a [Date] (a day the document
// names, such as the end of a waiver period), a [Table] or a [Bracket]. Every
// entry of the history has the same kind (and, for tables and brackets, the
// same keys and bands).
type Param struct {
	Name    string
	Title   Text
	Unit    Unit // unit of the number, or of the table's or bracket's values
	History []Dated

	// What the parameter may hold, and so how an override may change it
	// (see [Book.Derive]):
	Floor bool  // 不低于: the document's value is a floor; overrides may only raise it
	Cap   bool  // 不超过, 最高: a cap; overrides may only lower it
	Range Range // every value, the document's and any override, must lie in it
	// OneOf lists the texts a text parameter (or a table of texts) may
	// hold. Without it, an override may only pick among the texts the
	// document's own value uses; without a Range, an override of a number
	// keeps the sign of the document's figure (a positive figure stays
	// above zero, so a divisor never becomes zero).
	OneOf []string
}

// Dated is one entry of a parameter's history.
type Dated struct {
	From  Date // first day the value applies; the zero Date: from the start
	Value any  // decimal.Decimal, string, Date, Table or *Bracket
	Cite  Citation
}

// Fixed returns a parameter with one value for the whole life of the
// document, written as a decimal string ("15", "0.5"); it panics on a
// malformed number, so use it for the package's own figures.
func Fixed(name string, title Text, unit Unit, value string, cite Citation) Param {
	return Param{Name: name, Title: title, Unit: unit,
		History: []Dated{{Value: decimal.RequireFromString(value), Cite: cite}}}
}

// Table maps one key, or a pair of keys, to a figure: a district and a use
// of premises to a rate, a road class to a subsidy. Rules index it like a
// map: rate_min[district][use].
type Table struct {
	Rows []Row
}

// Row is one entry of a [Table]: its keys, its value (a decimal.Decimal or
// a string) and, when it comes from another clause than the parameter's,
// its own citation.
type Row struct {
	Keys  []string
	Value any
	Cite  Citation
}

// shape describes what kind of value a parameter holds.
type shape struct {
	kind    Kind // of the scalar, or of the table's values
	table   int  // number of keys, 0 for a scalar
	bracket bool
}

func (s shape) String() string {
	switch {
	case s.bracket:
		return "bracket"
	case s.table > 0:
		return fmt.Sprintf("table of %s with %d key(s)", s.kind, s.table)
	}
	return s.kind.String()
}

// paramValue is one entry of a compiled parameter's history.
type paramValue struct {
	from    Date
	cite    Citation
	scalar  Value
	table   *table
	bracket *Bracket
	cbr     *cbracket // the bracket compiled for evaluation
}

// table is a compiled Table.
type table struct {
	keys  int
	kind  Kind
	one   map[string]Value
	two   map[string]map[string]Value
	cites map[string]Citation // by joined key, for rows with their own citation
	rows  []Row
}

func (t *table) lookup1(k string) (Value, bool) {
	v, ok := t.one[k]
	return v, ok
}

func (t *table) lookup2(k1, k2 string) (Value, bool) {
	v, ok := t.two[k1][k2]
	return v, ok
}

// param is a compiled parameter.
type param struct {
	Param
	idx     int // place in the book's parameters, the same in books derived from it
	shape   shape
	history []paramValue // sorted by from
}

// at returns the entry in force on day: the last one starting on or
// before it. Histories are short, so a scan beats a search.
func (p *param) at(day Date) (*paramValue, bool) {
	for i := len(p.history) - 1; i >= 0; i-- {
		if !p.history[i].from.After(day) {
			return &p.history[i], true
		}
	}
	return nil, false
}

// compileParam checks a parameter and builds its compiled form.
func compileParam(p Param, add func(field, msg string)) *param {
	cp := &param{Param: p}
	if !isIdent(p.Name) {
		add("", fmt.Sprintf("parameter name %q is not an identifier (letters, digits and _)", p.Name))
	}
	if p.Title.Zh == "" || p.Title.En == "" {
		add("", "parameter needs a Chinese and an English title")
	}
	if p.Floor && p.Cap {
		add("", "parameter cannot be both a floor and a cap")
	}
	if msg := p.Range.check(); msg != "" {
		add("", msg)
	}
	if len(p.History) == 0 {
		add("", "parameter has no value")
		return cp
	}
	for i, h := range p.History {
		where := fmt.Sprintf("value %d", i+1)
		if !h.From.IsZero() {
			where = "value from " + h.From.String()
		}
		if msg := h.Cite.check(); msg != "" {
			add(where, msg)
		}
		pv, sh, problems := compileValue(h.Value, p)
		for _, msg := range problems {
			add(where, msg)
		}
		if len(p.OneOf) > 0 {
			for _, t := range textsOf(pv) {
				if !slices.Contains(p.OneOf, t) {
					add(where, msgNotOneOf.text(t, strings.Join(p.OneOf, ", ")).En)
				}
			}
		}
		pv.from, pv.cite = h.From, h.Cite
		if i == 0 {
			cp.shape = sh
		} else if sh != cp.shape {
			add(where, fmt.Sprintf("is a %s, the first value a %s", sh, cp.shape))
		}
		if i > 0 && !h.From.After(p.History[i-1].From) {
			add(where, "history must be in date order, each entry after the one before")
		}
		cp.history = append(cp.history, pv)
	}
	return cp
}

func compileValue(x any, p Param) (paramValue, shape, []string) {
	var problems []string
	inRange := func(what string, d decimal.Decimal) {
		if !withinLimits(d) {
			problems = append(problems, what+": "+msgDecimalTooLarge.text(d.NumDigits(), d.Exponent()).En)
			return
		}
		if !p.Range.Contains(d) {
			problems = append(problems, fmt.Sprintf("%s %s is outside the parameter's range %s", what, d, p.Range))
		}
	}
	switch v := x.(type) {
	case decimal.Decimal:
		inRange("value", v)
		return paramValue{scalar: NumberValue(v)}, shape{kind: KindNumber}, problems
	case string:
		return paramValue{scalar: TextValue(v)}, shape{kind: KindText}, nil
	case Date:
		if v.IsZero() {
			break
		}
		return paramValue{scalar: DateValue(v)}, shape{kind: KindDate}, nil
	case *Bracket:
		if v == nil {
			break
		}
		problems = append(problems, v.check()...)
		for _, b := range v.Bands {
			inRange("band value", b.Value)
		}
		return paramValue{bracket: v, cbr: v.compile()}, shape{kind: KindNumber, bracket: true}, problems
	case Bracket:
		return compileValue(&v, p)
	case Table:
		t, problems := compileTable(v)
		for _, r := range t.rows {
			if d, ok := r.Value.(decimal.Decimal); ok {
				inRange("entry "+strings.Join(r.Keys, "/"), d)
			}
		}
		return paramValue{table: t}, shape{kind: t.kind, table: t.keys}, problems
	}
	return paramValue{}, shape{}, []string{fmt.Sprintf("value of type %T; want decimal.Decimal, string, Date, Table or *Bracket", x)}
}

func compileTable(tb Table) (*table, []string) {
	var problems []string
	t := &table{cites: map[string]Citation{}, rows: tb.Rows}
	if len(tb.Rows) == 0 {
		return t, []string{"table has no rows"}
	}
	t.keys = len(tb.Rows[0].Keys)
	switch t.keys {
	case 1:
		t.one = map[string]Value{}
	case 2:
		t.two = map[string]map[string]Value{}
	default:
		return t, []string{fmt.Sprintf("table rows have %d keys; a table has one or two", t.keys)}
	}
	for i, r := range tb.Rows {
		if len(r.Keys) != t.keys {
			problems = append(problems, fmt.Sprintf("row %d has %d keys, the first row %d", i+1, len(r.Keys), t.keys))
			continue
		}
		var v Value
		switch x := r.Value.(type) {
		case decimal.Decimal:
			v = NumberValue(x)
		case string:
			v = TextValue(x)
		default:
			problems = append(problems, fmt.Sprintf("row %d: value of type %T; want decimal.Decimal or string", i+1, r.Value))
			continue
		}
		if i == 0 {
			t.kind = v.kind
		} else if v.kind != t.kind {
			problems = append(problems, fmt.Sprintf("row %d is a %s, the first row a %s", i+1, v.kind, t.kind))
		}
		key := strings.Join(r.Keys, "/")
		if !r.Cite.IsZero() {
			if msg := r.Cite.check(); msg != "" {
				problems = append(problems, "row "+key+" "+msg)
			}
			t.cites[key] = r.Cite
		}
		dup := false
		if t.keys == 1 {
			_, dup = t.one[r.Keys[0]]
			t.one[r.Keys[0]] = v
		} else {
			m := t.two[r.Keys[0]]
			if m == nil {
				m = map[string]Value{}
				t.two[r.Keys[0]] = m
			}
			_, dup = m[r.Keys[1]]
			m[r.Keys[1]] = v
		}
		if dup {
			problems = append(problems, "row "+key+" appears twice")
		}
	}
	return t, problems
}

// keysOf returns the table's keys, sorted, for messages.
func (t *table) keysOf() []string {
	var ks []string
	if t.keys == 1 {
		for k := range t.one {
			ks = append(ks, k)
		}
	} else {
		for k, m := range t.two {
			for k2 := range m {
				ks = append(ks, k+"/"+k2)
			}
		}
	}
	sort.Strings(ks)
	return ks
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case r == '_', r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		case r >= '0' && r <= '9' && i > 0:
		default:
			return false
		}
	}
	return !reserved[s]
}

// reserved are words of the expression language and names the engine
// defines; inputs, parameters and definitions cannot take them.
var reserved = map[string]bool{
	"in": true, "not": true, "and": true, "or": true, "matches": true, "contains": true,
	"startsWith": true, "endsWith": true, "let": true, "if": true, "else": true,
	"nil": true, "true": true, "false": true, "eval_date": true,
}

// textsOf returns the texts a parameter's value holds: its own text, or
// the distinct texts of a table of texts.
func textsOf(pv paramValue) []string {
	var out []string
	switch {
	case pv.table != nil:
		for _, r := range pv.table.rows {
			if t, ok := r.Value.(string); ok && !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
	case pv.scalar.kind == KindText:
		out = append(out, pv.scalar.text)
	}
	return out
}
