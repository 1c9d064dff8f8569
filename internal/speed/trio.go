package speed

import (
	"fmt"

	"github.com/wzpolicy/wzpolicy/rules"
)

// Variant is one way of evaluating a trio's rule.
type Variant int

const (
	// Hand is the rule written by hand in Go with shopspring/decimal, as a
	// careful engineer would without the library: the same checks of date,
	// inputs and ranges, the same figures, no explanation, no citations.
	Hand Variant = iota
	// Typed is the domain package's typed function.
	Typed
	// Book is Book().Eval with the case's Inputs map built once, outside
	// the loop.
	Book
	// BookMap is Book().Eval with the Inputs map built on every call, as
	// callers that hold their case in their own structs do.
	BookMap
	// MapAlone builds the case's Inputs map as BookMap does, and
	// evaluates nothing: what BookMap pays before the book starts. Where
	// it alone costs more than the hand-written rule, BookMap cannot come
	// within 1× of it, whatever the book does.
	MapAlone
	// ShapeAlone builds the case as Typed does and passes it to a
	// function of the typed method's shape that evaluates nothing: it
	// takes the case by value and returns a result keeping a copy of it,
	// as rules.Outcome keeps one for the explanation asked for later.
	// Where it alone costs more than the hand-written rule, which takes
	// its few facts as arguments, the typed method cannot come within 1×
	// of it. Only some trios have it.
	ShapeAlone
	nVariants
)

// Variants returns the variants in the order of the table.
func Variants() []Variant { return []Variant{Hand, Typed, Book, BookMap, MapAlone, ShapeAlone} }

// mapSink keeps the map MapAlone builds, so that building it is not
// optimised away.
var mapSink rules.Inputs

func (v Variant) String() string {
	switch v {
	case Hand:
		return "hand"
	case Typed:
		return "typed"
	case Book:
		return "book"
	case BookMap:
		return "book+map"
	case MapAlone:
		return "map alone"
	case ShapeAlone:
		return "typed shape alone"
	}
	return fmt.Sprintf("Variant(%d)", int(v))
}

// Trio is one rule evaluated by hand, through its typed function and
// through the book, on one fixed realistic case. (The name is the issue's:
// hand, typed and book; the book is timed twice, with and without building
// the Inputs map.)
type Trio struct {
	Rule string // the rule's catalogue ID
	Case string // the case, in a few words
	// Cite names the clauses the hand-written version and Want are worked
	// from; the trio's file quotes them next to the code.
	Cite string
	// Want is the figure of the case, worked by hand from the text (never
	// computed with the library), in the form of Figure.
	Want string

	run    [nVariants]func() error // evaluate the case once, keep the figure in the trio's sink
	figure func() string           // the figure the last run kept
	reset  func()                  // clear the sink
}

// Run evaluates the case once with the variant and keeps the figure in the
// trio's sink, where [Trio.Figure] reads it. It is what the harness times.
// Trios share nothing, but a trio's sink is one: do not run a trio's
// variants concurrently.
func (t Trio) Run(v Variant) error { return t.run[v]() }

// Has reports whether the trio has the variant.
func (t Trio) Has(v Variant) bool { return t.run[v] != nil }

// Figure returns the figure the last [Trio.Run] kept, in the form of Want.
func (t Trio) Figure() string { return t.figure() }

// Reset clears the trio's sink, so that a variant that keeps nothing shows.
func (t Trio) Reset() { t.reset() }

// Agree checks that every variant of the trio gives the trio's figure,
// worked by hand.
func Agree(t Trio) error {
	if t.Want == "" || t.Cite == "" {
		return fmt.Errorf("speed: %s: the trio has no figure worked by hand, or no clause it is worked from", t.Rule)
	}
	for _, v := range Variants() {
		if v == ShapeAlone {
			// It gives no figure, and only some trios have it.
			shapeSink = false
			if t.Has(v) && (t.Run(v) != nil || !shapeSink) {
				return fmt.Errorf("speed: %s: %s does not run", t.Rule, v)
			}
			continue
		}
		if v == MapAlone {
			// It gives no figure, but must build the map book+map builds.
			mapSink = nil
			if err := t.Run(v); err != nil || len(mapSink) == 0 {
				return fmt.Errorf("speed: %s: %s builds no inputs map", t.Rule, v)
			}
			continue
		}
		t.Reset()
		if err := t.Run(v); err != nil {
			return fmt.Errorf("speed: %s %s: %w", t.Rule, v, err)
		}
		if got := t.Figure(); got != t.Want {
			return fmt.Errorf("speed: %s %s gives %q, worked by hand %q", t.Rule, v, got, t.Want)
		}
	}
	return nil
}

// All returns the trios, in the order of the catalogue of provisions.
func All() []Trio {
	return []Trio{
		dibaoTrio(),
		highAgeTrio(),
		bookstoreTrio(),
		travelAgencyTrio(),
		resettlementFeeTrio(),
		routineMinimumTrio(),
		vehicleTrio(),
		reserveTrio(),
		scaleUpTrio(),
	}
}
