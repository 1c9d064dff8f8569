package rules

import (
	"fmt"

	"github.com/expr-lang/expr/ast"
)

// Table lookups, t[k] and t[k1][k2], and bracket lookups, bracket(b, x).

// member compiles a table lookup: rate_min[district][use].
func (c *nodeCompiler) member(n *ast.MemberNode) *cnode {
	var keys []ast.Node
	var cur ast.Node = n
	for {
		m, ok := cur.(*ast.MemberNode)
		if !ok {
			break
		}
		if m.Optional || m.Method {
			return c.errorf(m, "only table lookups t[key] are supported")
		}
		keys = append([]ast.Node{m.Property}, keys...)
		cur = m.Node
	}
	id, ok := cur.(*ast.IdentifierNode)
	var s *symbol
	if ok {
		s = c.rc.syms[id.Value]
	}
	if s == nil || s.src != srcParam || s.par.shape.table == 0 {
		return c.errorf(n, "only table parameters can be indexed")
	}
	c.ref(s)
	if len(keys) != s.par.shape.table {
		return c.errorf(n, "table %s has %d key(s), indexed with %d", s.name, s.par.shape.table, len(keys))
	}
	fs := make([]func(*frame) string, len(keys))
	kns := make([]*cnode, len(keys))
	for i, k := range keys {
		kn := c.compile(k)
		if !c.want(k, kn, KindText, "a table key") {
			return &cnode{}
		}
		fs[i] = kn.text
		kns[i] = kn
	}
	k, name := s.pidx, s.name
	// Each lookup site keeps, in the frame, the last entry it read: a rule
	// evaluated again for the same district reads it without hashing.
	site := c.rc.sites
	c.rc.sites++
	var get func(f *frame) *Value
	if len(fs) == 1 {
		a := fs[0]
		get = func(f *frame) *Value {
			key, pv, e := a(f), f.params[k], &f.sites[site]
			if e.pv != pv || e.k1 != key {
				v, ok := pv.table.lookup1(key)
				if !ok {
					panic(evalFailure(msgNoEntry.text(name, strconvQuote(key))))
				}
				*e = siteCache{pv: pv, k1: key, v: v}
			}
			if f.tracing {
				f.looked = append(f.looked, lookup{param: k, k1: key})
			}
			return &e.v
		}
	} else {
		a, b := fs[0], fs[1]
		get = func(f *frame) *Value {
			k1, k2 := a(f), b(f)
			pv, e := f.params[k], &f.sites[site]
			if e.pv != pv || e.k1 != k1 || e.k2 != k2 {
				v, ok := pv.table.lookup2(k1, k2)
				if !ok {
					panic(evalFailure(msgNoEntry.text(name, strconvQuote(k1)+"/"+strconvQuote(k2))))
				}
				*e = siteCache{pv: pv, k1: k1, k2: k2, v: v}
			}
			if f.tracing {
				f.looked = append(f.looked, lookup{param: k, k1: k1, k2: k2})
			}
			return &e.v
		}
	}
	out := &cnode{kind: s.par.shape.kind, unit: s.unit, gen: func(g *emitter) string {
		args := make([]string, len(kns))
		for i, kn := range kns {
			args[i] = kn.gen(g)
		}
		return g.table(k, args)
	}}
	switch out.kind {
	case KindNumber:
		out.num = func(f *frame) number { return get(f).n }
	case KindText:
		out.text = func(f *frame) string { return get(f).text }
	}
	return out
}

func strconvQuote(s string) string { return fmt.Sprintf("%q", s) }

func compileBracket(c *nodeCompiler, n *ast.CallNode, _ string) *cnode {
	if len(n.Arguments) != 2 {
		return c.errorf(n, "bracket() takes a bracket parameter and a number")
	}
	var s *symbol
	if id, ok := n.Arguments[0].(*ast.IdentifierNode); ok {
		s = c.rc.syms[id.Value]
	}
	if s == nil || s.src != srcParam || !s.par.shape.bracket {
		return c.errorf(n.Arguments[0], "bracket() looks up a bracket parameter by name")
	}
	c.ref(s)
	x := c.compile(n.Arguments[1])
	if !c.want(n.Arguments[1], x, KindNumber, "bracket()") {
		return &cnode{}
	}
	of := s.par.history[0].bracket.Of
	if !x.zero && !x.unit.Same(of) {
		return c.errorf(n.Arguments[1], "bracket %s is by %s, got %s", s.name, unitName(of), unitName(x.unit))
	}
	k, get := s.pidx, x.num
	return &cnode{kind: KindNumber, unit: s.unit, gen: func(g *emitter) string { return g.bracket(k, x.gen(g)) }, num: func(f *frame) number {
		pv, v := f.params[k], get(f)
		i := pv.cbr.band(v)
		if i < 0 {
			bracketLookup(pv.bracket, v.Dec()) // reports the miss
		}
		f.looked = append(f.looked, lookup{param: k, band: i, x: v})
		return pv.cbr.values[i]
	}}
}
