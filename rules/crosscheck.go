package rules

import (
	"fmt"

	"github.com/expr-lang/expr/vm"
	"github.com/shopspring/decimal"
)

// CrossCheck evaluates the rule for a case twice — with the book's compiled
// closures, and with expr's own virtual machine running the same checked
// program — and reports the first expression on which they disagree. The
// two share nothing but the parsed rule and the function table, so an
// agreement is evidence that the compiler translated the rule faithfully.
// It is meant for tests (rulestest runs it on every worked case); a case
// the rule refuses is not cross-checked and returns nil.
func (b *Book) CrossCheck(id string, on Date, in Inputs) error {
	cr, ok := b.rules[id]
	if !ok {
		return (&Error{Code: CodeUnknownRule, Rule: id}).with(msgUnknownRule.text())
	}
	res, err := b.Eval(id, on, in)
	if err != nil {
		return nil
	}
	f := res.traced()
	if f == nil {
		return fmt.Errorf("rules: %s: the evaluation could not be replayed", id)
	}
	// Compute every definition the closures can compute, so that the
	// machine sees the same environment whatever branch it takes.
	for j := range cr.defs {
		if !f.done[j] && cr.need(f, cr.defs[j].deps) == nil {
			if v, ok := safeEval(cr.defs[j].node, f); ok {
				f.vals[cr.nInputs+j], f.done[j] = v, true
			}
		}
	}
	env := cr.vmEnv(f)
	check := func(what string, ce cexpr) error {
		if cr.need(f, ce.deps) != nil {
			return nil // it reads a figure the case did not need, and so lacks
		}
		want, ok := safeEval(ce.node, f)
		if !ok {
			return nil
		}
		prog, err := b.program(cr, ce.src)
		if err != nil {
			return fmt.Errorf("rules: %s: %s: expr does not compile what the book compiled: %v", id, what, err)
		}
		got, err := vm.Run(prog, env)
		if err != nil {
			return fmt.Errorf("rules: %s: %s: the closures give %s, expr's machine fails: %v", id, what, want, err)
		}
		if !sameAsGo(want, got) {
			return fmt.Errorf("rules: %s: %s: the closures give %s, expr's machine %v", id, what, want, got)
		}
		return nil
	}
	for j, d := range cr.defs {
		if err := check("definition "+cr.Defs[j].Name, d); err != nil {
			return err
		}
	}
	for _, c := range cr.checks {
		if err := check("check on "+c.Field, c.cexpr); err != nil {
			return err
		}
	}
	for _, c := range cr.require {
		if c.when != nil {
			if err := check("condition "+c.Name+" (when)", *c.when); err != nil {
				return err
			}
		}
		if err := check("condition "+c.Name, c.cexpr); err != nil {
			return err
		}
	}
	if res.Eligible {
		for _, o := range cr.outputs {
			if err := check("output "+o.Name, o.cexpr); err != nil {
				return err
			}
		}
	}
	return nil
}

func safeEval(n *cnode, f *frame) (v Value, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return n.eval(f), true
}

// vmEnv is the environment expr's machine sees: every name of the rule with
// its value in the frame, as the Go values the checker typed.
func (cr *crule) vmEnv(f *frame) map[string]any {
	env := map[string]any{"eval_date": f.date}
	for i, in := range cr.inputs {
		if f.have[i] {
			env[in.Name] = goOf(f.vals[i])
		}
	}
	for j, d := range cr.Defs {
		if f.done[j] {
			env[d.Name] = goOf(f.vals[cr.nInputs+j])
		}
	}
	for k, p := range cr.params {
		pv := f.params[k]
		switch {
		case pv.bracket != nil:
			env[p.Name] = pv.bracket
		case pv.table != nil:
			env[p.Name] = tableGo(pv.table)
		default:
			env[p.Name] = goOf(pv.scalar)
		}
	}
	return env
}

func goOf(v Value) any {
	switch v.kind {
	case KindNumber:
		return v.n.Dec()
	case KindBool:
		return v.b
	case KindText:
		return v.text
	case KindDate:
		return v.at.d
	case KindDateTime:
		return v.at
	}
	return nil
}

func tableGo(t *table) any {
	switch {
	case t.keys == 1 && t.kind == KindNumber:
		m := map[string]decimal.Decimal{}
		for k, v := range t.one {
			m[k] = v.n.Dec()
		}
		return m
	case t.keys == 1:
		m := map[string]string{}
		for k, v := range t.one {
			m[k] = v.text
		}
		return m
	case t.kind == KindNumber:
		m := map[string]map[string]decimal.Decimal{}
		for k, row := range t.two {
			m[k] = map[string]decimal.Decimal{}
			for k2, v := range row {
				m[k][k2] = v.n.Dec()
			}
		}
		return m
	}
	m := map[string]map[string]string{}
	for k, row := range t.two {
		m[k] = map[string]string{}
		for k2, v := range row {
			m[k][k2] = v.text
		}
	}
	return m
}

func sameAsGo(v Value, x any) bool {
	switch v.kind {
	case KindNumber:
		d, ok := x.(decimal.Decimal)
		return ok && d.Equal(v.n.Dec())
	case KindBool:
		b, ok := x.(bool)
		return ok && b == v.b
	case KindText:
		s, ok := x.(string)
		return ok && s == v.text
	case KindDate:
		d, ok := x.(Date)
		return ok && d == v.at.d
	case KindDateTime:
		t, ok := x.(DateTime)
		return ok && t == v.at
	}
	return false
}

// program is an expression of the rule in expr's own bytecode, with the
// environment the book checked it in: the rule's inputs and definitions,
// the book's parameters and the evaluation date. Each is compiled once
// per book, when first cross-checked.
func (b *Book) program(cr *crule, src string) (*vm.Program, error) {
	key := cr.ID + "\x00" + src
	if p, ok := b.progs.Load(key); ok {
		return p.(*vm.Program), nil
	}
	p, err := b.compileProgram(cr, src)
	if err == nil {
		b.progs.Store(key, p)
	}
	return p, err
}

// compileProgram compiles one of the rule's expressions with expr.
func (b *Book) compileProgram(cr *crule, src string) (*vm.Program, error) {
	env := envOf(src, func(name string) (any, bool) {
		if name == "eval_date" {
			return Date{}, true
		}
		if i, ok := cr.byName[name]; ok {
			return goZero(cr.inputs[i].Kind), true
		}
		for j, d := range cr.Defs {
			if d.Name == name {
				return goZero(cr.defs[j].node.kind), true
			}
		}
		if p, ok := b.params[name]; ok {
			return p.goValue(), true
		}
		return nil, false
	})
	return compileSafely(src, exprCompileOptions(env, &literalPatcher{runes: []rune(src)}))
}
