package rules

import (
	"fmt"
	"slices"
	"strings"
)

// StepKind says what a [Step] of an explanation is.
type StepKind uint8

const (
	StepInput      StepKind = iota // a value of the case
	StepParameter                  // a figure of the document, in force on the date
	StepDefinition                 // an intermediate value of the rule
	StepOutput                     // a figure the rule yields
)

func (k StepKind) String() string {
	return [...]string{"input", "parameter", "definition", "output"}[k]
}

// Step is one line of an explanation: an input, a parameter with the clause
// it comes from, or a value the rule computed with the expression that
// computed it.
type Step struct {
	Kind    StepKind
	Name    string
	Title   Text
	Value   Value // invalid for a table or bracket parameter
	Unit    Unit
	Expr    string   // definitions and outputs: how the value was computed
	Cite    Citation // parameters: the clause of the value in force
	Default bool     // inputs: the caller gave none, the rule's default was used
	Key     string   // table and bracket parameters: the entry read, "鹿城区/住宅用房" or "[80, 90)"
	Band    bool     // Key is the band of a bracket the value fell in
	Lookup  Value    // for a bracket: the quantity looked up
	always  bool
	label   *string // a text's English label
}

// Format formats the step's value with its unit in lang: as [Value.Format]
// does, and in English a text of a labelled input (see [Input.Labels]) by
// its English label.
func (s Step) Format(lang Lang) string { return labelled(s.Value, s.Unit, s.label, lang) }

// Trace returns the steps of the evaluation in order: inputs, parameters
// read, definitions computed, outputs.
//
// The trace of a result read from JSON is the one read.
func (r *Result) Trace() []Step {
	if r.decoded != nil {
		return slices.Clone(r.decoded.trace)
	}
	t := r.traced()
	if t == nil {
		return nil
	}
	cr := t.rule
	var steps []Step
	for i, in := range cr.inputs {
		if !t.have[i] {
			continue
		}
		steps = append(steps, Step{Kind: StepInput, Name: in.Name, Title: in.Title, Value: t.vals[i], Unit: in.Unit, Default: t.dflt[i], label: cr.inputLabel(i, t.vals[i])})
	}
	steps = append(steps, t.paramSteps()...)
	for j, d := range cr.Defs {
		if !t.done[j] {
			continue
		}
		unit := cr.defs[j].node.unit
		if d.Unit != nil {
			unit = *d.Unit
		}
		steps = append(steps, Step{Kind: StepDefinition, Name: d.Name, Title: d.Title, Value: t.vals[cr.nInputs+j], Unit: unit, Expr: d.Expr, label: cr.textLabel(t.vals[cr.nInputs+j])})
	}
	for _, f := range r.Figures {
		o, _ := cr.output(f.Name)
		steps = append(steps, Step{Kind: StepOutput, Name: f.Name, Title: f.Title, Value: f.Value, Unit: f.Unit, Expr: o.Expr, always: o.Always, label: cr.textLabel(f.Value)})
	}
	return steps
}

func (cr *crule) output(name string) (Output, bool) {
	for _, o := range cr.outputs {
		if o.Name == name {
			return o.Output, true
		}
	}
	return Output{}, false
}

// paramSteps returns a step for each scalar parameter read and for each
// table entry and bracket band looked up, with the clause of each.
func (t *frame) paramSteps() []Step {
	var steps []Step
	cr := t.rule
	seen := map[lookup]bool{}
	for k, p := range cr.params {
		pv := t.params[k]
		if pv.table == nil && pv.bracket == nil {
			if !t.read[k] {
				continue // a parameter the evaluation did not need
			}
			steps = append(steps, Step{Kind: StepParameter, Name: p.Name, Title: p.Title, Value: pv.scalar, Unit: p.Unit, Cite: pv.cite, label: cr.textLabel(pv.scalar)})
			continue
		}
		for _, l := range t.looked {
			if l.param != k || seen[l] {
				continue
			}
			seen[l] = true
			s := Step{Kind: StepParameter, Name: p.Name, Title: p.Title, Unit: p.Unit, Cite: pv.cite}
			if pv.bracket != nil {
				band := pv.bracket.Bands[l.band]
				s.Key, s.Value, s.Band, s.Lookup = band.Range.String(), NumberValue(band.Value), true, numberValue(l.x)
			} else {
				key := l.k1
				if pv.table.keys == 1 {
					s.Value = pv.table.one[l.k1]
				} else {
					key += "/" + l.k2
					s.Value = pv.table.two[l.k1][l.k2]
				}
				s.Key, s.label = key, cr.textLabel(s.Value)
				if c, ok := pv.table.cites[key]; ok {
					s.Cite = c
				}
			}
			steps = append(steps, s)
		}
	}
	return steps
}

// Explain renders the evaluation as text in lang: the rule and its clause,
// the inputs, the parameters with their clauses, each value computed with
// its expression, the conditions that failed, the figures, and the receipt.
//
// A result read from JSON has no rule to render and explains as "": its
// [Result.Trace] holds the steps.
func (r *Result) Explain(lang Lang) string {
	t := r.traced()
	if t == nil {
		return ""
	}
	cr := t.rule
	zh := lang == Chinese
	label := func(z, e string) string {
		if zh {
			return z
		}
		return e
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s)\n", r.Title.In(lang), r.Rule)
	if zh {
		fmt.Fprintf(&b, "评估日期：%s（适用期间 %s）\n", r.Date.Chinese(), cr.period.Chinese())
		fmt.Fprintf(&b, "依据：%s\n", cr.Cite)
	} else {
		fmt.Fprintf(&b, "Evaluated on %s (in force %s)\n", r.Date, cr.period)
		fmt.Fprintf(&b, "Clause: %s\n", cr.Cite)
	}
	if cr.Reading.Zh != "" {
		fmt.Fprintf(&b, "%s%s\n", label("解读：", "Reading: "), cr.Reading.In(lang))
	}
	section := ""
	for _, s := range r.Trace() {
		head := [...][2]string{{"输入", "Inputs"}, {"参数", "Parameters"}, {"计算", "Computed"}, {"结果", "Result"}}[s.Kind]
		if s.Kind == StepOutput && !r.Eligible && !s.always {
			continue
		}
		if head[0] != section {
			section = head[0]
			b.WriteString(label(head[0], head[1]) + "\n")
		}
		name := s.Name
		switch {
		case s.Band:
			name += " " + s.Key
		case s.Key != "":
			name += "[" + cr.keyIn(s.Key, lang) + "]"
		}
		fmt.Fprintf(&b, "  %s %s = %s", s.Title.In(lang), name, s.Format(lang))
		switch {
		case s.Default:
			b.WriteString(label("（默认值）", " (default)"))
		case s.Kind == StepParameter:
			b.WriteString(label("　〔"+s.Cite.Ref()+"〕", "  ["+s.Cite.Ref()+"]"))
		case s.Expr != "":
			b.WriteString("  ← " + s.Expr)
		}
		b.WriteString("\n")
	}
	if !r.Eligible {
		b.WriteString(label("不符合条件\n", "Not eligible\n"))
		for _, f := range r.Failed {
			fmt.Fprintf(&b, "  %s　〔%s〕\n", f.In(lang), f.Cite.Ref())
		}
	}
	fmt.Fprintf(&b, "%s%s\n", label("凭据：", "Receipt: "), r.Receipt)
	return b.String()
}
