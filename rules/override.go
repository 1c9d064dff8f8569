package rules

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/shopspring/decimal"
)

// Override replaces a parameter's value from a date on: the figure a
// district's plan chose, a county that pays more, a reform. It cites the
// text that sets it — a locality's own document, or a reform's draft.
type Override struct {
	Param string
	From  Date // first day the new value applies; it replaces every value from then on
	// Value is the new value: for a number, a decimal.Decimal or a string
	// ("16000"); for a table, a Table with the same keys; for a bracket, a
	// *Bracket with the same bands.
	Value any
	Cite  Citation
}

// Derive returns a new book in which the overrides apply; b is unchanged.
// Each override is validated against its parameter — a floor (不低于) can
// only be raised, a cap (不超过) only lowered, a range never left — and the
// new book is compiled like the original. Problems are reported together in
// a [*CompileError] whose entries match [ErrInvalidOverride].
func (b *Book) Derive(overrides ...Override) (*Book, error) {
	var problems []*Error
	add := func(name string, t Text) {
		problems = append(problems, (&Error{Code: CodeInvalidOverride, Rule: "parameter " + name}).with(t))
	}
	params := append([]Param(nil), b.spec.Params...)
	changed := map[int]bool{}
	for _, o := range overrides {
		cp, ok := b.params[o.Param]
		if !ok {
			add(o.Param, msgUnknownParam.text())
			continue
		}
		if o.From.IsZero() {
			add(o.Param, msgOverrideNoDate.text())
			continue
		}
		if msg := o.Cite.check(); msg != "" || o.Cite.IsZero() {
			t := msgNoOverrideCite.text()
			if msg != "" {
				t = T(t.Zh+"："+msg, t.En+": "+msg)
			}
			add(o.Param, t)
			continue
		}
		value, err := overrideValue(cp, o.Value)
		if err.En != "" {
			add(o.Param, err)
			continue
		}
		if msgs := checkOverride(cp, o.From, value); len(msgs) > 0 {
			for _, msg := range msgs {
				add(o.Param, msg)
			}
			continue // refused: nothing of it is copied
		}
		p := params[cp.idx]
		var hist []Dated
		for _, h := range p.History {
			if h.From.Before(o.From) {
				hist = append(hist, h)
			}
		}
		p.History = append(hist, Dated{From: o.From, Value: value, Cite: o.Cite})
		params[cp.idx] = p.clone() // the book owns the override's value
		changed[cp.idx] = true
	}
	if len(problems) > 0 {
		return nil, &CompileError{Problems: problems}
	}

	// The derived book shares the compiled rules and groups: they read
	// parameters by their place in the book, which an override keeps.
	nb := &Book{spec: b.spec, rules: b.rules, order: b.order, groups: b.groups, gorder: b.gorder,
		plist: append([]*param(nil), b.plist...), params: make(map[string]*param, len(b.params))}
	nb.spec.Params = params
	for name, p := range b.params {
		nb.params[name] = p
	}
	for idx := range changed {
		p := params[idx]
		cp := compileParam(p, func(field, msg string) {
			problems = append(problems, &Error{Code: CodeInvalidOverride, Rule: "parameter " + p.Name, Field: field, Msg: msg})
		})
		cp.idx = idx
		nb.plist[idx], nb.params[p.Name] = cp, cp
	}
	nb.rdocs = b.rdocs
	nb.docs = mergeDocs(paramDocs(nb.spec.Params), nb.rdocs)
	for i := range nb.docs {
		for _, msg := range nb.docs[i].check() {
			problems = append(problems, &Error{Code: CodeInvalidOverride, Field: "document", Msg: msg})
		}
	}
	if len(problems) > 0 {
		return nil, &CompileError{Problems: problems}
	}
	parent := b.htext
	nb.htext = sync.OnceValue(func() *hashText {
		ht := *parent()
		ht.params = append([][]byte(nil), ht.params...)
		for idx := range changed {
			ht.params[idx] = paramText(nb.spec.Params[idx])
		}
		ht.docs = docsText(nb.docs)
		return &ht
	})
	nb.hash = sync.OnceValue(func() string { return nb.htext().sum() })
	return nb, nil
}

// overrideValue reads an override's value in the parameter's shape.
func overrideValue(p *param, x any) (any, Text) {
	switch {
	case p.shape.bracket:
		switch v := x.(type) {
		case *Bracket:
			if v != nil {
				return v, Text{}
			}
		case Bracket:
			return &v, Text{}
		}
	case p.shape.table > 0:
		if t, ok := x.(Table); ok {
			return t, Text{}
		}
	case p.shape.kind == KindNumber:
		if !p.Unit.IsPercent() && isPercentText(x) {
			return nil, msgPercent.text(clip(fmt.Sprint(x)), unitText(p.Unit))
		}
		d, err := decimalOf(x)
		if err != nil {
			return nil, textOf(err)
		}
		return d, Text{}
	case p.shape.kind == KindText:
		if s, ok := x.(string); ok {
			return s, Text{}
		}
	case p.shape.kind == KindDate:
		switch v := x.(type) {
		case Date:
			return v, Text{}
		case string:
			if d, err := ParseDate(v); err == nil {
				return d, Text{}
			}
		}
	}
	return nil, msgOverrideShape.text(p.shape)
}

// checkOverride compares an override with every value of the book in
// force on or after from: it must have the same shape (a table's keys, a
// bracket's bands), hold what the parameter may hold (its texts; without a
// declared range, a number keeps the sign of the figure it replaces), and
// respect a floor or a cap.
func checkOverride(p *param, from Date, value any) []Text {
	var problems []Text
	for i, h := range p.history {
		if i+1 < len(p.history) && !p.history[i+1].from.After(from) {
			continue // replaced before the override starts
		}
		when := from
		if h.from.After(from) {
			when = h.from
		}
		problems = append(problems, compareShape(p, h, value, when)...)
	}
	return dedupe(problems)
}

func dedupe(xs []Text) []Text {
	var out []Text
	for _, x := range xs {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

func compareShape(p *param, doc paramValue, value any, when Date) []Text {
	var problems []Text
	num := func(what Text, old, nu decimal.Decimal) {
		if !withinLimits(nu) { // before any comparison, which would scale it
			problems = append(problems, what.prefix(msgDecimalTooLarge.text(nu.NumDigits(), nu.Exponent())))
			return
		}
		if p.Floor && nu.LessThan(old) {
			problems = append(problems, what.prefix(msgBelowFloor.text(nu, old, dateText(when))))
		}
		if p.Cap && nu.GreaterThan(old) {
			problems = append(problems, what.prefix(msgAboveCap.text(nu, old, dateText(when))))
		}
		if p.Range.IsZero() {
			switch o, n := old.Sign(), nu.Sign(); {
			case o > 0 && n <= 0, o < 0 && n >= 0, o == 0 && n < 0:
				problems = append(problems, what.prefix(msgOverrideSign.text(nu, old)))
			}
		}
		if isCount(p.Unit) && old.IsInteger() && (!nu.IsInteger() || nu.Abs().GreaterThan(decimal.NewFromInt(maxCount))) {
			problems = append(problems, what.prefix(msgOverrideCount.text(nu, unitText(p.Unit), maxCount)))
		}
	}
	allowed := textsOf(doc)
	if len(p.OneOf) > 0 {
		allowed = p.OneOf
	}
	text := func(what Text, s string) {
		if !slices.Contains(allowed, s) {
			problems = append(problems, what.prefix(msgNotOneOf.text(clip(s), T(strings.Join(allowed, "、"), strings.Join(allowed, ", ")))))
		}
	}
	switch v := value.(type) {
	case decimal.Decimal:
		num(Text{}, doc.scalar.n.Dec(), v)
	case string:
		text(Text{}, v)
	case Date:
		if msg := dateProblem(v); msg.En != "" {
			problems = append(problems, msg)
		}
	case *Bracket:
		old := doc.bracket
		if len(old.Bands) != len(v.Bands) {
			return []Text{msgOverrideShape.text(T(fmt.Sprintf("同样的%d档", len(old.Bands)), fmt.Sprintf("the same bands, %d of them", len(old.Bands))))}
		}
		for i := range old.Bands {
			if old.Bands[i].Range.String() != v.Bands[i].Range.String() {
				return []Text{msgOverrideShape.text(T("同样的分档，"+old.Bands[i].Range.String(), "the same bands, "+old.Bands[i].Range.String()))}
			}
			num(T("档"+old.Bands[i].Range.String()+"：", "band "+old.Bands[i].Range.String()+": "), old.Bands[i].Value, v.Bands[i].Value)
		}
	case Table:
		old := doc.table
		if len(v.Rows) != len(old.rows) {
			return []Text{msgOverrideShape.text(T(fmt.Sprintf("%d行，键为%s", len(old.rows), clip(strings.Join(old.keysOf(), "、"))), fmt.Sprintf("%d rows, with the keys %s", len(old.rows), clip(strings.Join(old.keysOf(), ", ")))))}
		}
		nt, errs := compileTable(v)
		if len(errs) > 0 {
			return untranslated(errs)
		}
		if nt.kind != old.kind || strings.Join(nt.keysOf(), ",") != strings.Join(old.keysOf(), ",") {
			return []Text{msgOverrideShape.text(T(kindText(old.kind).Zh+"表，键为"+clip(strings.Join(old.keysOf(), "、")), "a table of "+old.kind.String()+" with the keys "+clip(strings.Join(old.keysOf(), ", "))))}
		}
		for _, k := range old.keysOf() {
			var a, c Value
			if old.keys == 1 {
				a, c = old.one[k], nt.one[k]
			} else {
				k1, k2, _ := strings.Cut(k, "/")
				a, c = old.two[k1][k2], nt.two[k1][k2]
			}
			switch a.kind {
			case KindNumber:
				num(T("项"+k+"：", "entry "+k+": "), a.n.Dec(), c.n.Dec())
			case KindText:
				text(T("项"+k+"：", "entry "+k+": "), c.text)
			}
		}
	}
	return problems
}

// isCount reports whether u counts days, months, years or hours: figures
// that date arithmetic takes as whole counts.
func isCount(u Unit) bool {
	return u.Same(Day) || u.Same(Month) || u.Same(Year) || u.Same(Hour)
}
