// Package fastpath connects package rules with the Go code it generates
// for the domain packages' typed functions.
//
// A domain package's generated file (fast_gen.go, written by its
// TestGeneratedCode with -update, or go generate) registers, in its init, one
// function for each rule it binds, under the content hash of the book it
// was generated from. When rules binds that rule of a book with that hash
// to the same Go types, the binding evaluates through the function and
// falls back to the interpreter for every case the function does not take
// (it reports so). A book with any other hash — derived, overridden,
// edited since — never reaches generated code.
//
// The registry is written only by init functions, before any binding is
// made, and read afterwards: it needs no lock.
package fastpath

import (
	"sync"
	"sync/atomic"

	"github.com/wzpolicy/wzpolicy/internal/exact"
)

type key struct{ hash, rule string }

var registry = map[key][]any{}

// Register records fn, generated for the rule of the book with the content
// hash. Only generated init functions call it.
func Register(hash, rule string, fn any) {
	k := key{hash, rule}
	registry[k] = append(registry[k], fn)
}

// Registered returns how many functions are registered.
func Registered() int {
	n := 0
	for _, fns := range registry {
		n += len(fns)
	}
	return n
}

// Lookup returns the functions registered for the rule of the book with the
// content hash; a binding takes the one of its own Go types.
func Lookup(hash, rule string) []any { return registry[key{hash, rule}] }

// CrossCheck, when set, makes every binding that has generated code
// evaluate each case through the interpreter as well and panic if the two
// disagree in anything a caller sees. Tests set it; it doubles the cost of
// a typed evaluation.
var CrossCheck atomic.Bool

// Counts of evaluations through generated code, while CrossCheck is set:
// Taken, the cases the generated code answered; Declined, those it left to
// the interpreter.
var Taken, Declined atomic.Int64

// Recording, when set, makes every binding made afterwards be recorded for
// the generator (Recorded). Only the generator's tests set it.
var Recording atomic.Bool

var (
	mu       sync.Mutex
	recorded []recording
)

type recording struct {
	hash    string
	binding any
}

// Record keeps a binding of the book with the content hash for the
// generator while Recording is set.
func Record(hash string, b any) {
	if Recording.Load() {
		mu.Lock()
		recorded = append(recorded, recording{hash, b})
		mu.Unlock()
	}
}

// Recorded returns the bindings recorded of the book with the content hash,
// and forgets every binding recorded.
func Recorded(hash string) []any {
	mu.Lock()
	defer mu.Unlock()
	var out []any
	for _, r := range recorded {
		if r.hash == hash {
			out = append(out, r.binding)
		}
	}
	recorded = nil
	return out
}

// Generate writes the Go source of a domain package's generated file for
// the bindings recorded (Recorded), as package pkg. Package rules sets it.
var Generate func(pkg string, bindings []any) ([]byte, error)

// Decline is what generated code panics with to leave a case to the
// interpreter; the generated function recovers it.
type Decline struct{}

// Count returns n as a count of days, months or years, as the interpreter
// reads one; a fraction or a count beyond max declines the case.
func Count(n exact.Number, max int64) int {
	i, ok := n.Count(max)
	if !ok {
		panic(Decline{})
	}
	return i
}

// Fits reports whether n fits the int field p without writing it.
func Fits[T ~int | ~int8 | ~int16 | ~int32 | ~int64](_ *T, n int64) bool { return int64(T(n)) == n }

// SetInt writes n, which Fits, into the int field p.
func SetInt[T ~int | ~int8 | ~int16 | ~int32 | ~int64](p *T, n int64) { *p = T(n) }

// SetBool writes b into a yes/no field of any bool type.
func SetBool[T ~bool](p *T, b bool) { *p = T(b) }

// SetText writes s into a text field of any string type.
func SetText[T ~string](p *T, s string) { *p = T(s) }

// Absent is what generated code panics with when it reads an input the case
// does not give, outside a condition: the case is declined.
type Absent struct{}

// State is what a rule's generated function knows of the inputs it found
// absent. While it decides a condition that may read an input the case
// does not give (Soft), reading one sets Absent and yields the input's zero
// value, and the condition is undecided whatever it then evaluates to;
// anywhere else reading one panics with Absent.
type State struct{ Soft, Absent bool }

// Need returns v, the value of an input the case may leave out, when the
// case gives it (have).
func Need[T any](v T, have bool, s *State) T {
	if !have {
		if !s.Soft {
			panic(Absent{})
		}
		s.Absent = true
	}
	return v
}

// Seconds returns h hours as whole seconds, as add_hours reads them; a
// fraction of a second, or more than max hours, declines the case.
func Seconds(h exact.Number, max int64) int64 {
	s, ok := exact.Seconds(h, max)
	if !ok {
		panic(Decline{})
	}
	return s
}

// Compare evaluates a case of a rule, given by input name, through a
// binding's generated code and through the interpreter, from the same Go
// struct; it reports whether the generated code took the case and how the
// two differ ("" when they agree). Package rules sets it. It does not apply
// to a binding of another rule, or one without generated code.
var Compare func(binding any, rule string, on any, inputs map[string]any) (applies, taken bool, diff string)
