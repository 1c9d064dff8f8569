// Package typedtest holds what the domain packages' tests of hostile input
// share: the invariants every error and every result of a typed function
// keeps, and seeds for fuzz targets that build their cases with
// [rulestest.Fill].
//
// Whatever a caller passes, a typed function returns either a result that
// explains itself, or an [*rules.Error] (possibly wrapped) whose code is
// one the engine knows; an invalid input names its field; and no input
// makes a rule fail in evaluation, which would be a defect of the rule.
package typedtest

import (
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Numbers no caller means: beyond the engine's limits of size and
// precision, refused before any arithmetic.
var (
	Huge        = decimal.New(1, 999_999_999) // 1e999999999
	OverPrecise = decimal.New(1, -40)         // 40 decimal places
)

// Codes are the codes of [rules.Error] a typed function may return. A
// compile or override error cannot come from evaluating a compiled book,
// and an evaluation error is a defect of the rule: neither is here.
var Codes = map[rules.Code]bool{
	rules.CodeUnknownRule:  true,
	rules.CodeNotInForce:   true,
	rules.CodeInvalidInput: true,
	rules.CodeCaseByCase:   true,
}

// CheckErr fails the test unless err is nil or an [*rules.Error] (or wraps
// one) of a code in [Codes], naming its field when the input is invalid.
// It reports whether err was nil.
func CheckErr(t testing.TB, err error) bool {
	t.Helper()
	if err == nil {
		return true
	}
	var re *rules.Error
	switch {
	case !errors.As(err, &re):
		t.Fatalf("an error that is not a *rules.Error: %T: %v", err, err)
	case re.Code == rules.CodeEvaluation:
		t.Fatalf("a rule failed in evaluation (a defect of the rule): %v", err)
	case !Codes[re.Code]:
		t.Fatalf("an error of unexpected code %q: %v", re.Code, err)
	case re.Code == rules.CodeInvalidInput && re.Field == "":
		t.Fatalf("an invalid input that names no field: %v", err)
	case !errors.Is(err, &rules.Error{Code: re.Code}):
		t.Fatalf("the error does not match the sentinel of its code %q: %v", re.Code, err)
	}
	return false
}

// Explains fails the test unless res is a result that explains itself, in
// Chinese and in English, and cites the text it rests on.
func Explains(t testing.TB, res *rules.Result) {
	t.Helper()
	switch {
	case res == nil:
		t.Fatal("a typed function returned no error and no result")
	case res.Explain(rules.Chinese) == "" || res.Explain(rules.English) == "":
		t.Fatalf("%s: a result without explanation", res.Rule)
	case len(res.Citations()) == 0:
		t.Fatalf("%s: a result without citations", res.Rule)
	}
}

// Timed runs f and fails the test when it took more than two seconds: no
// input may make a typed function compute for long. (A fuzz target cannot
// stop a call that hangs; this reports one that is merely slow.)
func Timed(t testing.TB, f func()) {
	t.Helper()
	start := time.Now()
	f()
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("the call took %s", d)
	}
}

// WantInvalid fails the test unless err matches [rules.ErrInvalidInput] and
// its [*rules.Error] names field.
func WantInvalid(t testing.TB, err error, field string) {
	t.Helper()
	var re *rules.Error
	if !errors.Is(err, rules.ErrInvalidInput) || !errors.As(err, &re) {
		t.Fatalf("want an invalid input naming %s, got %v", field, err)
	}
	name := re.Field
	if re.Input != "" {
		name = re.Input // a typed call's error names the Go field, and the rule's input
	}
	if name != field {
		t.Fatalf("want an invalid input naming %s, got one naming %q: %v", field, name, err)
	}
	if len(err.Error()) > 2000 { // room for the list of a text's values, not for an input repeated
		t.Errorf("the message repeats the input: %d bytes", len(err.Error()))
	}
}

// Seed returns bytes from which [rulestest.Fill], given the same texts,
// builds a value equal to v: a worked case as the seed of a fuzz target,
// from which the fuzzer mutates. It panics on a value Fill cannot build
// (a slice of 4 or more, a decimal of more than 63 bits, a text neither
// among texts nor of 15 bytes or fewer, a day after 2079 other than the
// 1st to 28th of a month): seeds are written in tests.
func Seed(v any, texts []string) []byte {
	b, ok := TrySeed(v, texts)
	if !ok {
		panic(fmt.Sprintf("typedtest: Fill cannot build %#v", v))
	}
	return b
}

// TrySeed is [Seed] for values Fill may not be able to build, such as
// worked cases written for other tests: ok is false when it cannot.
func TrySeed(v any, texts []string) (b []byte, ok bool) {
	defer func() {
		if recover() != nil {
			b, ok = nil, false
		}
	}()
	e := &encoder{texts: texts}
	e.encode(reflect.ValueOf(v), 0)
	return e.buf, true
}

type encoder struct {
	buf   []byte
	texts []string
}

func (e *encoder) uint64(x uint64) {
	e.buf = binary.LittleEndian.AppendUint64(e.buf, x)
}

var (
	decimalType = reflect.TypeFor[decimal.Decimal]()
	dateType    = reflect.TypeFor[rules.Date]()
)

// encode mirrors rulestest.Fill: the same order of fields, the same depth
// limits, one choice of bytes for each value.
func (e *encoder) encode(v reflect.Value, depth int) {
	switch v.Type() {
	case decimalType:
		e.decimal(v.Interface().(decimal.Decimal))
		return
	case dateType:
		e.date(v.Interface().(rules.Date))
		return
	}
	switch v.Kind() {
	case reflect.Bool:
		if v.Bool() {
			e.buf = append(e.buf, 1)
		} else {
			e.buf = append(e.buf, 0)
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if n := v.Int(); n >= 0 && n < 40 {
			e.buf = append(e.buf, byte(n))
		} else {
			e.buf = append(e.buf, 230)
			e.uint64(uint64(n))
		}
	case reflect.String:
		e.text(v.String())
	case reflect.Pointer:
		if depth > 6 {
			return
		}
		if v.IsNil() {
			e.buf = append(e.buf, 0)
			return
		}
		e.buf = append(e.buf, 1)
		e.encode(v.Elem(), depth+1)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				e.encode(v.Field(i), depth+1)
			}
		}
	case reflect.Slice:
		if depth > 6 {
			return
		}
		if v.Len() > 3 {
			panic(fmt.Sprintf("typedtest: a slice of %d: Fill makes at most 3", v.Len()))
		}
		e.buf = append(e.buf, byte(v.Len()))
		for i := range v.Len() {
			e.encode(v.Index(i), depth+1)
		}
	case reflect.Map:
		if depth > 6 {
			return
		}
		if v.Len() > 2 {
			panic(fmt.Sprintf("typedtest: a map of %d: Fill makes at most 2", v.Len()))
		}
		e.buf = append(e.buf, byte(v.Len()))
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i]) < fmt.Sprint(keys[j]) })
		for _, k := range keys {
			e.encode(k, depth+1)
			e.encode(v.MapIndex(k), depth+1)
		}
	default:
		panic(fmt.Sprintf("typedtest: Fill does not fill a %s", v.Type()))
	}
}

func (e *encoder) text(s string) {
	if s == "" {
		e.buf = append(e.buf, 0)
		return
	}
	for i, x := range e.texts {
		if x == s && i < 256 {
			e.buf = append(e.buf, 32, byte(i))
			return
		}
	}
	if len(s) > 15 {
		panic(fmt.Sprintf("typedtest: %q is not among the texts and longer than Fill makes", s))
	}
	e.buf = append(e.buf, 240, byte(len(s)))
	e.buf = append(e.buf, s...)
}

func (e *encoder) decimal(d decimal.Decimal) {
	c, exp := d.Coefficient(), d.Exponent()
	switch {
	case c.Sign() == 0:
		e.buf = append(e.buf, 0)
	case c.Sign() > 0 && c.BitLen() <= 63 && exp >= -128 && exp <= 127:
		e.buf = append(e.buf, 200)
		e.uint64(c.Uint64() << 1)
		e.buf = append(e.buf, byte(int8(exp)))
	case c.Sign() < 0 && exp == 0 && new(big.Int).Neg(c).Cmp(big.NewInt(255)) <= 0:
		e.buf = append(e.buf, 160, byte(-c.Int64()))
	default:
		panic(fmt.Sprintf("typedtest: Fill does not make the decimal %s", d))
	}
}

var fillEpoch = time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)

func (e *encoder) date(d rules.Date) {
	if d.IsZero() {
		e.buf = append(e.buf, 0)
		return
	}
	t := time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
	if n := int(t.Sub(fillEpoch).Hours() / 24); n >= 0 && n < 1<<16 {
		e.buf = append(e.buf, 16, byte(n>>8), byte(n))
		return
	}
	if d.Day() > 28 {
		panic(fmt.Sprintf("typedtest: Fill does not make the date %s", d))
	}
	e.buf = append(e.buf, 230)
	e.uint64(uint64(d.Year() - 1))
	e.buf = append(e.buf, byte(d.Month()-1), byte(d.Day()-1))
}

// Quickly runs f and fails the test when it has not returned within a
// second: a hostile input is refused before any arithmetic is done with it.
func Quickly(t testing.TB, f func() error) error {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- f() }()
	select {
	case err := <-done:
		return err
	case <-time.After(time.Second):
		t.Fatal("still computing after a second")
		return nil
	}
}

// Row is one row of a table of bad input: a call of a typed function, or
// of the book, with one input bad in one way, and the field the error
// must name. Make rows with [Bad].
type Row struct {
	name  string // the class of bad input and the input, e.g. "negative area"
	field string // the input the error names
	call  func() error
}

// Bad returns the row named name (the class of bad input and the input,
// e.g. "negative area"), whose call must fail naming field.
func Bad(name, field string, call func() error) Row { return Row{name, field, call} }

// RunRows runs every row as a subtest: each must end, within a second, in
// an error matching [rules.ErrInvalidInput] naming its field.
func RunRows(t *testing.T, rows []Row) {
	t.Helper()
	seen := map[string]bool{}
	for _, r := range rows {
		if seen[r.name] {
			t.Fatalf("two rows named %q", r.name)
		}
		seen[r.name] = true
		t.Run(r.name, func(t *testing.T) {
			WantInvalid(t, Quickly(t, r.call), r.field)
		})
	}
}

// With returns a copy of base with the pairs kv (an input's name, then its
// value) set; a nil value removes the input.
func With(base rules.Inputs, kv ...any) rules.Inputs {
	in := maps.Clone(base)
	if in == nil {
		in = rules.Inputs{}
	}
	for i := 0; i+1 < len(kv); i += 2 {
		k := kv[i].(string)
		if kv[i+1] == nil {
			delete(in, k)
			continue
		}
		in[k] = kv[i+1]
	}
	return in
}

// Eval returns a row's call: the rule of the book evaluated on the date
// with the inputs, keeping only its error.
func Eval(b *rules.Book, id string, on rules.Date, in rules.Inputs) func() error {
	return func() error { _, err := b.Eval(id, on, in); return err }
}

// specOf is the spec a book was compiled from, as the book hands it out.
func specOf(b *rules.Book) rules.Spec {
	s := rules.Spec{Params: b.Params(), Groups: b.Groups()}
	for _, id := range b.RuleIDs() {
		r, _ := b.Rule(id)
		s.Rules = append(s.Rules, r)
	}
	return s
}

// BindingsChecked shows that a domain's evaluator binds its rules by name
// when it is made, and reports every misfit at once: over a book with none
// of its rules, newEvaluator fails naming each; over a book in which every
// rule's outputs are renamed, it fails naming each rule whose outputs a
// result reads, with an output it reads. At least one rule's outputs must
// be read.
func BindingsChecked(t *testing.T, b *rules.Book, newEvaluator func(*rules.Book) error) {
	t.Helper()
	if err := newEvaluator(b); err != nil {
		t.Fatalf("the domain's own book: %v", err)
	}
	spec := specOf(b)
	empty, err := rules.Compile(rules.Spec{Params: spec.Params})
	if err != nil {
		t.Fatalf("the book's parameters alone: %v", err)
	}
	err = newEvaluator(empty)
	for _, r := range spec.Rules {
		if err == nil || !strings.Contains(err.Error(), r.ID) {
			t.Errorf("a book without %s: want an error naming it, got %v", r.ID, err)
		}
	}
	renamed := specOf(b)
	for i, r := range renamed.Rules {
		for j := range r.Outputs {
			renamed.Rules[i].Outputs[j].Name += "_renamed"
		}
	}
	nb, err := rules.Compile(renamed)
	if err != nil {
		t.Fatalf("the book with every output renamed: %v", err)
	}
	err = newEvaluator(nb)
	if err == nil {
		t.Fatalf("the book with every output renamed: want an error, got none: the results read no output by name")
	}
	read := 0
	for _, line := range strings.Split(err.Error(), "\n") {
		for _, r := range spec.Rules {
			if !strings.Contains(line, r.ID+":") {
				continue
			}
			read++
			named := false
			for _, o := range r.Outputs {
				named = named || strings.Contains(line, strconv.Quote(o.Name))
			}
			if !named {
				t.Errorf("%s with its outputs renamed: want the error to name an output, got %q", r.ID, line)
			}
		}
	}
	if read == 0 {
		t.Errorf("no rule named in the error of the book with every output renamed: %v", err)
	}
	t.Logf("%d rules, %d misfits of renamed outputs", len(spec.Rules), read)
}
