package rules

import "github.com/shopspring/decimal"

// Deep copies. A book owns everything it was compiled from: Compile and
// Derive copy what they are given, and every accessor hands out a copy, so
// nothing a caller holds — a spec it keeps building, a parameter it read, a
// rule it inspects — can change a shared book or the books derived from it
// (time.Location and template.Template.Clone keep the same promise).

func (s Spec) clone() Spec {
	out := Spec{
		Params: make([]Param, len(s.Params)),
		Rules:  make([]Rule, len(s.Rules)),
		Groups: make([]Group, len(s.Groups)),
	}
	for i, p := range s.Params {
		out.Params[i] = p.clone()
	}
	for i, r := range s.Rules {
		out.Rules[i] = r.clone()
	}
	for i, g := range s.Groups {
		out.Groups[i] = g.clone()
	}
	return out
}

func (p Param) clone() Param {
	p.OneOf = append([]string(nil), p.OneOf...)
	p.History = append([]Dated(nil), p.History...)
	for i := range p.History {
		p.History[i].Value = cloneValue(p.History[i].Value)
	}
	return p
}

// cloneValue copies a parameter's value: brackets and tables are copied
// down to their bands, rows and keys; numbers, texts and dates are values.
func cloneValue(x any) any {
	switch v := x.(type) {
	case *Bracket:
		if v == nil {
			return v
		}
		c := v.clone()
		return &c
	case Bracket:
		return v.clone()
	case Table:
		return v.clone()
	case *decimal.Decimal:
		if v == nil {
			return v
		}
		d := *v
		return &d
	}
	return x
}

func (b Bracket) clone() Bracket {
	b.Bands = append([]Band(nil), b.Bands...)
	return b
}

func (t Table) clone() Table {
	t.Rows = append([]Row(nil), t.Rows...)
	for i := range t.Rows {
		t.Rows[i].Keys = append([]string(nil), t.Rows[i].Keys...)
		t.Rows[i].Value = cloneValue(t.Rows[i].Value)
	}
	return t
}

func (r Rule) clone() Rule {
	r.Inputs = append([]Input(nil), r.Inputs...)
	for i := range r.Inputs {
		in := &r.Inputs[i]
		in.OneOf = append([]string(nil), in.OneOf...)
		in.Labels = append([]string(nil), in.Labels...)
		in.Default = cloneValue(in.Default)
	}
	r.Defs = append([]Def(nil), r.Defs...)
	for i := range r.Defs {
		if u := r.Defs[i].Unit; u != nil {
			c := *u
			r.Defs[i].Unit = &c
		}
	}
	r.CaseByCase = append([]Condition(nil), r.CaseByCase...)
	r.Checks = append([]Check(nil), r.Checks...)
	r.Require = append([]Condition(nil), r.Require...)
	r.Outputs = append([]Output(nil), r.Outputs...)
	r.ByReference = append([]Condition(nil), r.ByReference...)
	r.Labels = append([]Text(nil), r.Labels...)
	return r
}

func (g Group) clone() Group {
	g.Rules = append([]string(nil), g.Rules...)
	return g
}
