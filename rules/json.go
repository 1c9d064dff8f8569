package rules

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/shopspring/decimal"
)

// JSON. The shapes are described in docs/json.md: snake_case keys, numbers
// as decimal strings (never floats), units as their Chinese and English
// labels with their dimensions, citations with the document, clause and
// quote, and a result's trace as a list of steps. Nothing here runs while a
// rule is evaluated: a result is marshalled from what the evaluation kept,
// its trace and facts replayed on demand as [Result.Trace] replays them.
//
// Decoding refuses what a book could not have produced: a unit of a base
// dimension no [NewUnit] made, a status, code or kind not in its list, a
// number that is not a decimal, a value of no kind. It ignores keys it does
// not know, so that a reader keeps reading what a later version adds.

// valueType is the name of a value's kind in JSON: "number", "bool",
// "text", "date", "date-time"; "" for the invalid Value.
func valueType(v Value) string {
	if v.kind == KindInvalid {
		return ""
	}
	return v.kind.String()
}

// decodeValue reads a value written by [Value.MarshalJSON], of the kind
// named typ.
func decodeValue(typ string, raw json.RawMessage) (Value, error) {
	if typ == "" {
		if len(raw) == 0 || string(raw) == "null" {
			return Value{}, nil
		}
		return Value{}, errors.New("rules: a value without its type")
	}
	if typ == "bool" {
		var b bool
		if err := json.Unmarshal(raw, &b); err != nil {
			return Value{}, fmt.Errorf("rules: bool value: %w", err)
		}
		return BoolValue(b), nil
	}
	if string(raw) == "null" {
		switch typ {
		case "date":
			return DateValue(Date{}), nil
		case "date-time":
			return DateTimeValue(DateTime{}), nil
		}
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return Value{}, fmt.Errorf("rules: %s value: %w", typ, err)
	}
	switch typ {
	case "number":
		d, err := decimal.NewFromString(s)
		if err != nil || !withinLimits(d) {
			return Value{}, fmt.Errorf("rules: %s", msgNotANumber.text(clip(s)).En)
		}
		return NumberValue(d), nil
	case "text":
		return TextValue(s), nil
	case "date":
		d, err := ParseDate(s)
		if err != nil {
			return Value{}, err
		}
		return DateValue(d), nil
	case "date-time":
		t, err := ParseDateTime(s)
		if err != nil {
			return Value{}, err
		}
		return DateTimeValue(t), nil
	}
	return Value{}, fmt.Errorf("rules: unknown value type %q (number, bool, text, date, date-time)", clip(typ))
}

type jsonFigure struct {
	Name  string          `json:"name"`
	Title Text            `json:"title"`
	Type  string          `json:"type,omitempty"`
	Value json.RawMessage `json:"value"`
	Unit  Unit            `json:"unit"`
}

// MarshalJSON writes the figure as {"name", "title", "type", "value",
// "unit"}: type is the kind of the value ("number", "bool", "text", "date",
// "date-time"), which a number written as a string needs to be read back.
func (f Figure) MarshalJSON() ([]byte, error) {
	v, err := f.Value.MarshalJSON()
	if err != nil {
		return nil, err
	}
	return json.Marshal(jsonFigure{Name: f.Name, Title: f.Title, Type: valueType(f.Value), Value: v, Unit: f.Unit})
}

// UnmarshalJSON reads a figure written by [Figure.MarshalJSON].
func (f *Figure) UnmarshalJSON(b []byte) error {
	var j jsonFigure
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("rules: figure: %w", err)
	}
	v, err := decodeValue(j.Type, j.Value)
	if err != nil {
		return fmt.Errorf("rules: figure %s: %w", j.Name, err)
	}
	*f = Figure{Name: j.Name, Title: j.Title, Value: v, Unit: j.Unit}
	return nil
}

type jsonFailure struct {
	Name  string   `json:"name"`
	Text  Text     `json:"text"`
	Cite  Citation `json:"cite,omitzero"`
	Facts []Figure `json:"facts,omitempty"`
}

// MarshalJSON writes the failure as {"name", "text", "cite", "facts"}: the
// condition, its requirement, its clause and the values that decided it
// ([Failure.Facts]).
func (f Failure) MarshalJSON() ([]byte, error) {
	return json.Marshal(jsonFailure{Name: f.Name, Text: f.Text, Cite: f.Cite, Facts: f.Facts()})
}

// UnmarshalJSON reads a failure written by [Failure.MarshalJSON]; the
// decoded failure's Facts are those read.
func (f *Failure) UnmarshalJSON(b []byte) error {
	var j jsonFailure
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("rules: failure: %w", err)
	}
	// The facts are held by a result of their own, so that a Failure —
	// built by every evaluation that fails a condition — is no larger for
	// what only a decoded one needs.
	*f = Failure{Name: j.Name, Text: j.Text, Cite: j.Cite, res: &Result{decoded: &decoded{facts: j.Facts}}}
	return nil
}

type jsonStep struct {
	Kind    string          `json:"kind"`
	Name    string          `json:"name"`
	Title   Text            `json:"title"`
	Type    string          `json:"type,omitempty"`
	Value   json.RawMessage `json:"value"`
	Unit    Unit            `json:"unit"`
	Expr    string          `json:"expr,omitempty"`
	Cite    Citation        `json:"cite,omitzero"`
	Default bool            `json:"default,omitempty"`
	Key     string          `json:"key,omitempty"`
	Band    bool            `json:"band,omitempty"`
	Lookup  json.RawMessage `json:"lookup,omitempty"`
}

var stepKinds = []string{"input", "parameter", "definition", "output"}

// MarshalText writes the kind as "input", "parameter", "definition" or
// "output".
func (k StepKind) MarshalText() ([]byte, error) {
	if int(k) >= len(stepKinds) {
		return nil, fmt.Errorf("rules: no step kind %d", k)
	}
	return []byte(stepKinds[k]), nil
}

// UnmarshalText reads a kind written by [StepKind.MarshalText]; another
// word is refused.
func (k *StepKind) UnmarshalText(b []byte) error {
	i := slices.Index(stepKinds, string(b))
	if i < 0 {
		return fmt.Errorf("rules: unknown step kind %q (input, parameter, definition, output)", clip(string(b)))
	}
	*k = StepKind(i)
	return nil
}

// MarshalJSON writes the step as {"kind", "name", "title", "type",
// "value", "unit"} and, where they apply, "expr" (definitions and outputs),
// "cite" (parameters), "default" (inputs), "key", "band" and "lookup"
// (table and bracket parameters, the lookup a number).
func (s Step) MarshalJSON() ([]byte, error) {
	kind, err := s.Kind.MarshalText()
	if err != nil {
		return nil, err
	}
	v, err := s.Value.MarshalJSON()
	if err != nil {
		return nil, err
	}
	j := jsonStep{Kind: string(kind), Name: s.Name, Title: s.Title, Type: valueType(s.Value), Value: v, Unit: s.Unit,
		Expr: s.Expr, Cite: s.Cite, Default: s.Default, Key: s.Key, Band: s.Band}
	if s.Lookup.kind != KindInvalid {
		if j.Lookup, err = s.Lookup.MarshalJSON(); err != nil {
			return nil, err
		}
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads a step written by [Step.MarshalJSON].
func (s *Step) UnmarshalJSON(b []byte) error {
	var j jsonStep
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("rules: step: %w", err)
	}
	var kind StepKind
	if err := kind.UnmarshalText([]byte(j.Kind)); err != nil {
		return err
	}
	v, err := decodeValue(j.Type, j.Value)
	if err != nil {
		return fmt.Errorf("rules: step %s: %w", j.Name, err)
	}
	var lookup Value
	if len(j.Lookup) > 0 {
		if lookup, err = decodeValue("number", j.Lookup); err != nil {
			return fmt.Errorf("rules: step %s: lookup: %w", j.Name, err)
		}
	}
	*s = Step{Kind: kind, Name: j.Name, Title: j.Title, Value: v, Unit: j.Unit, Expr: j.Expr, Cite: j.Cite,
		Default: j.Default, Key: j.Key, Band: j.Band, Lookup: lookup}
	return nil
}

type jsonResult struct {
	Rule       string            `json:"rule"`
	Title      Text              `json:"title"`
	Date       Date              `json:"date,omitzero"`
	Type       string            `json:"type,omitempty"`
	Value      json.RawMessage   `json:"value"`
	Unit       Unit              `json:"unit"`
	Eligible   bool              `json:"eligible"`
	Failed     []Failure         `json:"failed,omitempty"`
	Conditions []ConditionResult `json:"conditions,omitempty"`
	Figures    []Figure          `json:"figures,omitempty"`
	Citations  []Citation        `json:"citations,omitempty"`
	Trace      []Step            `json:"trace,omitempty"`
	Receipt    Receipt           `json:"receipt"`
}

// MarshalJSON writes the result as {"rule", "title", "date", "type",
// "value", "unit", "eligible", "failed", "figures", "citations", "trace",
// "receipt"}: the fields of the Result, with [Result.Citations] and
// [Result.Trace]. Marshalling replays the evaluation for the trace, as
// explaining it does; evaluating never pays for it.
func (r *Result) MarshalJSON() ([]byte, error) {
	v, err := r.Value.MarshalJSON()
	if err != nil {
		return nil, err
	}
	return json.Marshal(jsonResult{Rule: r.Rule, Title: r.Title, Date: r.Date, Type: valueType(r.Value), Value: v,
		Unit: r.Unit, Eligible: r.Eligible, Failed: r.Failed, Conditions: r.Conditions(), Figures: r.Figures, Citations: r.Citations(),
		Trace: r.Trace(), Receipt: r.Receipt})
}

// UnmarshalJSON reads a result written by [Result.MarshalJSON]. A decoded
// result has no rule behind it: its [Result.Trace], [Result.Citations] and
// the [Failure.Facts] of its failures are those read, and
// [Result.Explain], which renders the rule itself (its period, its
// reading), returns "". To explain it again, evaluate the receipt's rule
// with the same inputs and book.
func (r *Result) UnmarshalJSON(b []byte) error {
	var j jsonResult
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("rules: result: %w", err)
	}
	v, err := decodeValue(j.Type, j.Value)
	if err != nil {
		return fmt.Errorf("rules: result %s: %w", j.Rule, err)
	}
	*r = Result{Rule: j.Rule, Title: j.Title, Date: j.Date, Value: v, Unit: j.Unit, Eligible: j.Eligible,
		Failed: j.Failed, Figures: j.Figures, Receipt: j.Receipt, decoded: &decoded{trace: j.Trace, cites: j.Citations, conds: j.Conditions}}
	return nil
}

// decoded is what a result read from JSON holds in place of the rule and
// the inputs to replay.
type decoded struct {
	trace []Step
	cites []Citation
	conds []ConditionResult
	facts []Figure // of a decoded failure or condition: the facts read
}

type jsonCondition struct {
	Name  string   `json:"name"`
	Text  Text     `json:"text"`
	State string   `json:"state"`
	Facts []Figure `json:"facts,omitempty"`
}

// The states of a condition in JSON.
const (
	stateMet           = "met"
	stateFailed        = "failed"
	stateNotApplicable = "not_applicable"
	stateUndecided     = "undecided"
)

// MarshalJSON writes the condition as {"name", "text", "state", "facts"}:
// its state is "met", "failed", "not_applicable" ([Condition.When] does
// not hold) or "undecided" (a fact it reads is not given, in a case
// another condition refuses); facts are the values it read, for a
// condition met or failed. Its clause is among the result's citations.
func (c ConditionResult) MarshalJSON() ([]byte, error) {
	j := jsonCondition{Name: c.Name, Text: c.Text}
	switch {
	case c.Unknown:
		j.State = stateUndecided
	case !c.Applies:
		j.State = stateNotApplicable
	case c.Met:
		j.State, j.Facts = stateMet, c.Facts()
	default:
		j.State, j.Facts = stateFailed, c.Facts()
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads a condition written by [ConditionResult.MarshalJSON];
// its Facts are those read, and its Cite is not written, so it is zero.
func (c *ConditionResult) UnmarshalJSON(b []byte) error {
	var j jsonCondition
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("rules: condition: %w", err)
	}
	*c = ConditionResult{Name: j.Name, Text: j.Text, res: &Result{decoded: &decoded{facts: j.Facts}}}
	switch j.State {
	case stateMet:
		c.Applies, c.Met = true, true
	case stateFailed:
		c.Applies = true
	case stateNotApplicable:
	case stateUndecided:
		c.Applies, c.Unknown = true, true
	default:
		return fmt.Errorf("rules: condition %s: state %q is none of met, failed, not_applicable, undecided", j.Name, j.State)
	}
	return nil
}

type jsonGroupResult struct {
	Group   string          `json:"group"`
	Title   Text            `json:"title"`
	Date    Date            `json:"date,omitzero"`
	Chosen  string          `json:"chosen,omitempty"`
	Type    string          `json:"type,omitempty"`
	Value   json.RawMessage `json:"value"`
	Unit    Unit            `json:"unit"`
	Members []*Result       `json:"members,omitempty"`
	Cite    Citation        `json:"cite,omitzero"`
}

// MarshalJSON writes the group's evaluation as {"group", "title", "date",
// "chosen", "type", "value", "unit", "members", "cite"}, each member a
// result as [Result.MarshalJSON] writes it.
func (g *GroupResult) MarshalJSON() ([]byte, error) {
	v, err := g.Value.MarshalJSON()
	if err != nil {
		return nil, err
	}
	return json.Marshal(jsonGroupResult{Group: g.Group, Title: g.Title, Date: g.Date, Chosen: g.Chosen,
		Type: valueType(g.Value), Value: v, Unit: g.Unit, Members: g.Members, Cite: g.Cite})
}

// UnmarshalJSON reads a group's evaluation written by
// [GroupResult.MarshalJSON].
func (g *GroupResult) UnmarshalJSON(b []byte) error {
	var j jsonGroupResult
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("rules: group result: %w", err)
	}
	v, err := decodeValue(j.Type, j.Value)
	if err != nil {
		return fmt.Errorf("rules: group %s: %w", j.Group, err)
	}
	*g = GroupResult{Group: j.Group, Title: j.Title, Date: j.Date, Chosen: j.Chosen, Value: v, Unit: j.Unit,
		Members: j.Members, Cite: j.Cite}
	return nil
}

type jsonError struct {
	Code      Code     `json:"code"`
	Rule      string   `json:"rule,omitempty"`
	Field     string   `json:"field,omitempty"`
	Input     string   `json:"input,omitempty"`
	Msg       string   `json:"msg,omitempty"`
	MsgZh     string   `json:"msg_zh,omitempty"`
	Line      int      `json:"line,omitempty"`
	Col       int      `json:"col,omitempty"`
	Cite      Citation `json:"cite,omitzero"`
	Cause     string   `json:"cause,omitempty"`
	Reference *Result  `json:"reference,omitempty"`
}

// MarshalJSON writes the error as {"code", "rule", "field", "input", "msg",
// "msg_zh", "line", "col", "cite", "cause", "reference"}: msg is the
// message in English, msg_zh in Chinese, cause the text of the underlying
// error, reference the result [Error.Reference] holds.
func (e *Error) MarshalJSON() ([]byte, error) {
	j := jsonError{Code: e.Code, Rule: e.Rule, Field: e.Field, Input: e.Input, Msg: e.Msg, MsgZh: e.MsgZh, Line: e.Line, Col: e.Col, Cite: e.Cite, Reference: e.Reference}
	if e.Err != nil {
		j.Cause = e.Err.Error()
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads an error written by [Error.MarshalJSON]; its
// underlying error, if any, is an error with the cause's text.
func (e *Error) UnmarshalJSON(b []byte) error {
	var j jsonError
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("rules: error: %w", err)
	}
	*e = Error{Code: j.Code, Rule: j.Rule, Field: j.Field, Input: j.Input, Msg: j.Msg, MsgZh: j.MsgZh, Line: j.Line, Col: j.Col, Cite: j.Cite, Reference: j.Reference}
	if j.Cause != "" {
		e.Err = errors.New(j.Cause)
	}
	return nil
}

// Codes lists every error code, in the order they are declared.
func Codes() []Code {
	return []Code{CodeUnknownRule, CodeNotInForce, CodeInvalidInput, CodeCaseByCase, CodeInvalidOverride, CodeCompile, CodeEvaluation}
}

// UnmarshalText reads a code, refusing one not among [Codes].
func (c *Code) UnmarshalText(b []byte) error { return UnmarshalOneOf(c, b, Codes(), "error code") }

// MarshalJSON writes a code as its text, or null for the zero Code.
func (c Code) MarshalJSON() ([]byte, error) { return MarshalOneOf(c) }

// UnmarshalText reads a status, refusing one not among [Statuses] (the
// empty status included).
func (s *Status) UnmarshalText(b []byte) error { return UnmarshalOneOf(s, b, Statuses(), "status") }

// MarshalJSON writes a status as its text, or null for the zero Status.
func (s Status) MarshalJSON() ([]byte, error) { return MarshalOneOf(s) }
