package rules

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/ast"
	"github.com/expr-lang/expr/conf"
	"github.com/expr-lang/expr/file"
	"github.com/expr-lang/expr/parser"
	"github.com/expr-lang/expr/vm"
	"github.com/shopspring/decimal"
)

// ruleIDPattern is the form of catalogue IDs: a domain and dotted parts.
var ruleIDPattern = regexp.MustCompile(`^[a-z][a-z_]*(\.[a-z0-9_]+)+$`)

// crule is a compiled rule.
type crule struct {
	Rule
	period  Period
	nInputs int
	nDefs   int
	inputs  []cinput
	byName  map[string]int // input name → index
	params  []*param       // parameters the rule reads, in frame order
	defs    []cexpr
	cbc     []ccond
	checks  []ccheck
	require []ccond
	outputs []coutput
	byRef   []ccond
	// figure marks the inputs only outputs read: the figures only an
	// eligible case needs (a standard, a wage), which a case that fails a
	// condition is not asked for. condOnly marks the inputs no check,
	// case-by-case or by-reference condition reads: those only conditions
	// of eligibility (and outputs) read, which a case that fails another
	// condition is not asked for either.
	figure   []bool
	condOnly []bool
	// plainConds is whether no condition of eligibility has a When or
	// reads an omittable input: with every fact given, each is decided by
	// its expression alone.
	plainConds bool
	groupsOf   []string           // groups the rule belongs to
	nSites     int                // table lookups of its expressions
	pool       sync.Pool          // of *frame
	labels     map[string]*string // English labels of its inputs' texts, where unambiguous
}

type cinput struct {
	Input
	def    Value
	hasDef bool
	enum   textSet
	rng    numRange
}

// cexpr is a compiled expression with the symbols it reads.
type cexpr struct {
	src  string
	node *cnode
	refs []*symbol
	deps []int // input slots it needs, directly or through definitions
	// omits is whether it reads an input the caller may leave out,
	// directly or through definitions: a reading that may find it absent.
	omits bool
}

type ccond struct {
	Condition
	cexpr
	when *cexpr // nil: the condition applies to every case
}

// decide evaluates a condition that reads an input the caller may leave
// out. It reports ok false, with the input's name, when the condition read
// one that was left out.
func (c *ccond) decide(f *frame) (holds, ok bool, absent string) {
	defer func() {
		if r := recover(); r != nil {
			p, isInput := r.(inputPanic)
			if !isInput {
				panic(r)
			}
			holds, ok, absent = false, false, p.field
		}
	}()
	return c.node.truth(f), true, ""
}

// applies reports whether the condition concerns the case.
func (c *ccond) applies(f *frame) bool { return c.when == nil || c.when.node.truth(f) }

type ccheck struct {
	Check
	cexpr
}

type coutput struct {
	Output
	cexpr
}

// ruleCompiler compiles one rule.
type ruleCompiler struct {
	b       *builder
	rule    *Rule
	syms    map[string]*symbol
	nInputs int
	params  []*param
	sites   int // table lookups, each with its place in a frame's cache
}

func (rc *ruleCompiler) problem(e *Error) {
	e.Rule = rc.rule.ID
	rc.b.problems = append(rc.b.problems, e)
}

func (rc *ruleCompiler) problemf(field, format string, args ...any) {
	rc.problem(&Error{Code: CodeCompile, Field: field, Msg: fmt.Sprintf(format, args...)})
}

func (b *builder) compileRule(r Rule) *crule {
	cr := &crule{Rule: r, byName: map[string]int{}}
	rc := &ruleCompiler{b: b, rule: &cr.Rule, syms: map[string]*symbol{}}
	if !ruleIDPattern.MatchString(r.ID) {
		rc.problemf("", "rule ID %q is not of the form domain.part.part", r.ID)
	}
	if r.Title.Zh == "" || r.Title.En == "" {
		rc.problemf("", "rule needs a Chinese and an English title")
	}
	if msg := r.Cite.check(); msg != "" {
		rc.problemf("", "rule %s", msg)
	}
	cr.period = r.InForce
	if cr.period.IsZero() && r.Cite.hasDoc() {
		cr.period = r.Cite.Doc.InForce
	}
	if !cr.period.To.IsZero() && cr.period.To.Before(cr.period.From) {
		rc.problemf("", "in-force period %s ends before it starts", cr.period)
	}

	rc.syms["eval_date"] = &symbol{name: "eval_date", title: T("评估日期", "evaluation date"), kind: KindDate, src: srcDate}
	for _, p := range b.paramList {
		rc.syms[p.Name] = &symbol{name: p.Name, title: p.Title, kind: p.shape.kind, unit: p.Unit, src: srcParam, par: p, pidx: -1}
	}
	seen := map[string]string{}
	name := func(what, n string) bool {
		if !isIdent(n) {
			rc.problemf(what, "name %q is not an identifier (letters, digits and _, not a reserved word)", n)
			return false
		}
		if prev, ok := seen[n]; ok {
			rc.problemf(what, "name %q is already used by %s", n, prev)
			return false
		}
		if s, ok := rc.syms[n]; ok && s.src == srcParam {
			rc.problemf(what, "name %q is already a parameter of the book", n)
			return false
		}
		seen[n] = what
		return true
	}

	for i, in := range r.Inputs {
		field := "input " + in.Name
		name(field, in.Name)
		ci := cinput{Input: in, rng: in.Range.compile()}
		switch in.Kind {
		case KindNumber:
			if msg := in.Range.check(); msg != "" {
				rc.problemf(field, "%s", msg)
			}
		case KindText:
			if len(in.OneOf) == 0 {
				rc.problemf(field, "a text input lists the values it takes (OneOf)")
			}
			ci.enum = newTextSet(in.OneOf)
		case KindBool, KindDate, KindDateTime:
		default:
			rc.problemf(field, "input has no kind")
		}
		if in.Title.Zh == "" || in.Title.En == "" {
			rc.problemf(field, "input needs a Chinese and an English title")
		}
		if msg := checkLabels(in); msg != "" {
			rc.problemf(field, "%s", msg)
		}
		if in.Default != nil {
			v, err := cr.convert(&ci, in.Default)
			if err != nil {
				rc.problemf(field, "default: %v", err.Msg)
			}
			ci.def, ci.hasDef = v, true
		}
		cr.inputs = append(cr.inputs, ci)
		cr.byName[in.Name] = i
		rc.syms[in.Name] = &symbol{name: in.Name, title: in.Title, kind: in.Kind, unit: in.Unit, src: srcInput, slot: i, enum: in.OneOf, mayOmit: in.MayOmit}
		if in.MayOmit && in.Default != nil {
			rc.problemf(field, "an input with a default is never omitted; drop MayOmit or the default")
		}
	}
	rc.nInputs = len(r.Inputs)
	cr.nInputs = rc.nInputs
	if msg := checkRuleLabels(r.Labels); msg != "" {
		rc.problemf("", "%s", msg)
	}
	cr.labelIndex()

	for j, d := range r.Defs {
		field := "definition " + d.Name
		ok := name(field, d.Name)
		ce := rc.compileExpr(field, d.Expr)
		if d.Unit != nil && ce.node.kind == KindNumber && !ce.node.zero && !ce.node.unit.Same(*d.Unit) {
			rc.problemf(field, "is in %s, declared %s", unitName(ce.node.unit), unitName(*d.Unit))
		}
		cr.defs = append(cr.defs, ce)
		if ok {
			unit := ce.node.unit
			if d.Unit != nil {
				unit = *d.Unit
			}
			rc.syms[d.Name] = &symbol{name: d.Name, title: d.Title, kind: ce.node.kind, unit: unit, src: srcDef, slot: rc.nInputs + j, def: ce.node, defRefs: ce.refs}
		}
		if d.Title.Zh == "" || d.Title.En == "" {
			rc.problemf(field, "definition needs a Chinese and an English title")
		}
	}
	cr.nDefs = len(r.Defs)

	conds := func(kind string, cs []Condition) []ccond {
		var out []ccond
		names := map[string]bool{}
		for _, c := range cs {
			field := kind + " " + c.Name
			if c.Name == "" || names[c.Name] {
				rc.problemf(field, "each condition needs a name of its own")
			}
			names[c.Name] = true
			if c.Text.Zh == "" || c.Text.En == "" {
				rc.problemf(field, "condition needs its requirement in Chinese and English")
			}
			if !c.Cite.IsZero() {
				if msg := c.Cite.check(); msg != "" {
					rc.problemf(field, "%s", msg)
				}
			}
			ce := rc.compileExpr(field, c.Expr)
			rc.wantKind(field, ce, KindBool)
			cc := ccond{Condition: c, cexpr: ce}
			if c.When != "" {
				we := rc.compileExpr(field+" (when)", c.When)
				rc.wantKind(field+" (when)", we, KindBool)
				cc.when = &we
			}
			out = append(out, cc)
		}
		return out
	}
	cr.cbc = conds("case-by-case", r.CaseByCase)
	for _, ck := range r.Checks {
		field := "check on " + ck.Field
		if _, ok := cr.byName[ck.Field]; !ok {
			rc.problemf(field, "checks an input the rule does not declare")
		}
		if ck.Text.Zh == "" || ck.Text.En == "" {
			rc.problemf(field, "check needs its requirement in Chinese and English")
		}
		ce := rc.compileExpr(field, ck.Expr)
		rc.wantKind(field, ce, KindBool)
		cr.checks = append(cr.checks, ccheck{Check: ck, cexpr: ce})
	}
	cr.require = conds("condition", r.Require)
	cr.plainConds = true
	for _, c := range cr.require {
		if c.when != nil || c.omits {
			cr.plainConds = false
		}
	}
	if len(cr.require) > 64 {
		rc.problemf("conditions", "a rule has at most 64 conditions, has %d", len(cr.require))
	}

	outNames := map[string]bool{}
	for _, o := range r.Outputs {
		field := "output " + o.Name
		if !isIdent(o.Name) || outNames[o.Name] {
			rc.problemf(field, "each output needs a name of its own")
		}
		outNames[o.Name] = true
		if o.Title.Zh == "" || o.Title.En == "" {
			rc.problemf(field, "output needs a Chinese and an English title")
		}
		if !o.Cite.IsZero() {
			if msg := o.Cite.check(); msg != "" {
				rc.problemf(field, "%s", msg)
			}
		}
		ce := rc.compileExpr(field, o.Expr)
		if n := ce.node; n.kind == KindNumber && !n.zero && !n.unit.Same(o.Unit) {
			rc.problemf(field, "is in %s, declared %s", unitName(n.unit), unitName(o.Unit))
		}
		cr.outputs = append(cr.outputs, coutput{Output: o, cexpr: ce})
	}
	cr.byRef = conds("by-reference", r.ByReference)
	cr.figure = make([]bool, len(cr.inputs))
	for i := range cr.figure {
		cr.figure[i] = true
	}
	decide := func(deps []int) {
		for _, d := range deps {
			cr.figure[d] = false
		}
	}
	cr.condOnly = make([]bool, len(cr.inputs))
	for i := range cr.condOnly {
		cr.condOnly[i] = true
	}
	for _, cs := range [][]ccond{cr.cbc, cr.require, cr.byRef} {
		for _, c := range cs {
			decide(c.deps)
			if c.when != nil {
				decide(c.when.deps)
			}
		}
	}
	for _, c := range cr.checks {
		decide(c.deps)
	}
	// Inputs a check, a case-by-case or a by-reference condition reads
	// decide before eligibility: they are asked for first.
	for _, cs := range [][]ccond{cr.cbc, cr.byRef} {
		for _, c := range cs {
			for _, d := range c.deps {
				cr.condOnly[d] = false
			}
			if c.when != nil {
				for _, d := range c.when.deps {
					cr.condOnly[d] = false
				}
			}
		}
	}
	for _, c := range cr.checks {
		for _, d := range c.deps {
			cr.condOnly[d] = false
		}
	}
	cr.params = rc.params
	cr.nSites = rc.sites
	return cr
}

func (rc *ruleCompiler) wantKind(field string, ce cexpr, k Kind) {
	if ce.node.kind != KindInvalid && ce.node.kind != k {
		rc.problemf(field, "must be a %s, is a %s", k, ce.node.kind)
	}
}

// compileExpr checks src with expr and compiles it to closures.
func (rc *ruleCompiler) compileExpr(field, src string) (ce cexpr) {
	ce.src = src
	ce.node = &cnode{}
	if strings.TrimSpace(src) == "" {
		rc.problemf(field, "has no expression")
		return ce
	}
	runes := []rune(src)
	lits := &literalPatcher{runes: runes}
	tree, err := parser.ParseWithConfig(src, parseConfig())
	if err == nil {
		ast.Walk(&tree.Node, lits)
		err = lits.err
	}
	if err != nil {
		e := &Error{Code: CodeCompile, Field: field, Msg: err.Error()}
		var fe *file.Error
		if errors.As(err, &fe) {
			e.Msg = fe.Message
			e.Line, e.Col = position(runes, fe.From)
		}
		e.Msg = goTypeNames.Replace(e.Msg)
		rc.problem(e)
		return ce
	}
	nc := &nodeCompiler{rc: rc, field: field, runes: runes}
	ce.node = nc.compile(tree.Node)
	ce.refs = nc.refs
	seen := map[int]bool{}
	var walk func(refs []*symbol)
	walk = func(refs []*symbol) {
		for _, s := range refs {
			switch s.src {
			case srcInput:
				if s.mayOmit {
					ce.omits = true
					continue
				}
				if !seen[s.slot] {
					seen[s.slot] = true
					ce.deps = append(ce.deps, s.slot)
				}
			case srcDef:
				walk(s.defRefs)
			}
		}
	}
	walk(ce.refs)
	return ce
}

// envOf returns the environment expr's checker needs for src: the values,
// of the Go types it checks with, of the names src uses, as lookup gives
// them. Giving expr every name of a rule and its book — a few hundred —
// cost more than checking the expression itself. A source that does not
// parse gets no names, and expr reports the error.
func envOf(src string, lookup func(name string) (any, bool)) map[string]any {
	env := map[string]any{}
	tree, err := parser.Parse(src)
	if err != nil {
		return env
	}
	ast.Find(tree.Node, func(n ast.Node) bool {
		if id, ok := n.(*ast.IdentifierNode); ok {
			if v, ok := lookup(id.Value); ok {
				env[id.Value] = v
			}
		}
		return false
	})
	return env
}

// parseConfig is expr's configuration for parsing a rule's expressions:
// with the rules' functions and none of expr's builtins, so that min(a, b)
// parses as a call of the rules' min. It is made once and only read.
var parseConfig = sync.OnceValue(func() *conf.Config {
	c := conf.CreateNew()
	for _, op := range exprOpts() {
		op(c)
	}
	for name := range c.Disabled {
		delete(c.Builtins, name)
	}
	return c
})

// exprOpts are the options every expression is compiled with, made once.
var exprOpts = sync.OnceValue(exprOptions)

// exprCompileOptions are the options of one expression: its environment,
// the patchers that make its literals exact decimals, re-type its calls
// and rewrite unary minus, and the operators and functions of every
// expression.
func exprCompileOptions(env map[string]any, lits *literalPatcher) []expr.Option {
	opts := append([]expr.Option{expr.Env(env), expr.Patch(lits), expr.Patch(&retypeCalls{})}, exprOpts()...)
	return append(opts, expr.Patch(&negPatcher{}))
}

// compileSafely is expr.Compile, with its panics as errors.
func compileSafely(src string, opts []expr.Option) (prog *vm.Program, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("expression does not compile: %v", r)
		}
	}()
	return expr.Compile(src, opts...)
}

// goValue is the value of the Go type expr's checker sees for a parameter.
func (p *param) goValue() any {
	switch {
	case p.shape.bracket:
		return (*Bracket)(nil)
	case p.shape.table == 1 && p.shape.kind == KindNumber:
		return map[string]decimal.Decimal{}
	case p.shape.table == 1:
		return map[string]string{}
	case p.shape.table == 2 && p.shape.kind == KindNumber:
		return map[string]map[string]decimal.Decimal{}
	case p.shape.table == 2:
		return map[string]map[string]string{}
	}
	return goZero(p.shape.kind)
}

// goZero is the zero value of the Go type of a kind, as expr checks it.
func goZero(k Kind) any {
	switch k {
	case KindNumber:
		return decimal.Decimal{}
	case KindBool:
		return false
	case KindText:
		return ""
	case KindDate:
		return Date{}
	case KindDateTime:
		return DateTime{}
	}
	return nil
}

// goTypeNames turns the Go types in expr's messages into the kinds rule
// authors know.
var goTypeNames = strings.NewReplacer(
	"decimal.Decimal", "number", "rules.DateTime", "date-time", "rules.Date", "date",
	"*rules.Bracket", "bracket", "map[string]map[string]", "table of ", "map[string]", "table of ",
)

// literalPatcher turns number literals into exact decimals read from the
// source text, before expr's parser has turned them into float64 or int:
// 1.10 keeps its two places and 0.1 is exactly a tenth.
type literalPatcher struct {
	runes []rune
	err   error
}

func (p *literalPatcher) Visit(node *ast.Node) {
	switch n := (*node).(type) {
	case *ast.IntegerNode, *ast.FloatNode:
		loc := n.Location()
		if loc.From < 0 || loc.To > len(p.runes) || loc.From >= loc.To {
			p.err = fmt.Errorf("cannot read the number literal at %d", loc.From)
			return
		}
		text := strings.ReplaceAll(string(p.runes[loc.From:loc.To]), "_", "")
		d, err := decimal.NewFromString(text)
		if err != nil || strings.HasPrefix(strings.ToLower(text), "0x") {
			p.err = &file.Error{Location: loc, Message: fmt.Sprintf("%q is not a decimal number", text)}
			return
		}
		ast.Patch(node, &ast.ConstantNode{Value: d})
		(*node).SetType(decType)
	}
}

// retypeCalls forgets the types of function calls before each pass of
// expr's patchers, so that its checker looks at their arguments again. Once
// it has typed a call it would not, and an operator inside an argument —
// the * in min(max(a - b, 0) * c, a) — would stay unpatched, to fail only
// when expr's machine runs it.
type retypeCalls struct{}

func (retypeCalls) Visit(node *ast.Node) {
	if call, ok := (*node).(*ast.CallNode); ok {
		call.SetType(nil)
	}
}

func (retypeCalls) Reset()             {}
func (retypeCalls) ShouldRepeat() bool { return false }

// negPatcher rewrites unary minus on a decimal, which expr cannot overload,
// into a call.
type negPatcher struct{ applied bool }

func (p *negPatcher) Visit(node *ast.Node) {
	n, ok := (*node).(*ast.UnaryNode)
	if !ok || n.Operator != "-" || n.Node.Type() != decType {
		return
	}
	call := &ast.CallNode{Callee: &ast.IdentifierNode{Value: fnNeg}, Arguments: []ast.Node{n.Node}}
	ast.Patch(node, call)
	(*node).SetType(decType)
	p.applied = true
}

func (p *negPatcher) Reset()             { p.applied = false }
func (p *negPatcher) ShouldRepeat() bool { return p.applied }
