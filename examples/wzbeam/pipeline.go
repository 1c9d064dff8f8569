package main

import (
	"bufio"
	"cmp"
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/wzpolicy/wzpolicy/batch"
	"github.com/wzpolicy/wzpolicy/examples/population"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// The pipeline's functions and types are registered by name, so that a
// worker — another process on another machine, for Flink, Spark or
// Dataflow — finds them in its copy of the binary.
func init() {
	register.DoFn5x1[context.Context, string, func(string), func(string), func(batch.Key, Sum), error](&screenFn{})
	register.Emitter1[string]()
	register.Emitter2[batch.Key, Sum]()
	register.Combiner1[Sum](&sumFn{})
	register.Function2x2(byRule)
	register.Function2x2(byLocality)
	register.DoFn3x1[context.Context, []byte, func(*string) bool, error](&writeLinesFn{})
	register.Iter1[string]()
	register.DoFn3x1[context.Context, []byte, func(*batch.Key, *Sum) bool, error](&writeTotalsFn{})
	register.Iter2[batch.Key, Sum]()
	beam.RegisterType(reflect.TypeFor[batch.Key]())
	beam.RegisterType(reflect.TypeFor[Sum]())
}

// Options are what a run of the pipeline screens, on which date, and
// where it writes.
type Options struct {
	// Input is the population: JSON Lines, one household a line, on any
	// filesystem Beam knows (a local path, gs://…); a glob reads many files.
	Input string
	// Output is the folder (or object prefix) the outputs are written under.
	Output string
	// On is the screening date.
	On rules.Date
}

// The outputs, under Options.Output.
const (
	ResultsFile    = "results.jsonl"     // each household screened: Result
	RefusedFile    = "refused.jsonl"     // each line not screened: Refused
	TotalsFile     = "totals.jsonl"      // count and sum by rule, part and locality: Total
	ByRuleFile     = "by_rule.jsonl"     // by rule and part, over every locality
	ByLocalityFile = "by_locality.jsonl" // by locality, over every rule
)

// Path returns the path of an output file.
func (o Options) Path(name string) string {
	return strings.TrimSuffix(o.Output, "/") + "/" + name
}

// Build adds to s the pipeline that screens the population of opt.Input
// on opt.On and writes its outputs under opt.Output (see the README):
//
//	read ─ screen ┬─ results ──────────────────────────────── results.jsonl
//	              ├─ refused ──────────────────────────────── refused.jsonl
//	              └─ grants ─ combine ┬────────────────────── totals.jsonl
//	                                  ├─ by rule ─ combine ─── by_rule.jsonl
//	                                  └─ by locality ─ combine ─ by_locality.jsonl
//
// It checks the date first, so that a date the rules are not in force on
// is an error here, before the pipeline is submitted, and not on every
// worker.
func Build(s beam.Scope, opt Options) error {
	if opt.Input == "" || opt.Output == "" {
		return errors.New("wzbeam: no input or no output")
	}
	if err := welfare.Default().Screen(opt.On, welfare.Household{Locality: welfare.Lucheng}, welfare.LocalStandards{}, new(welfare.Screening)); err != nil {
		return fmt.Errorf("wzbeam: screening date: %w", err)
	}
	lines := textio.Read(s.Scope("Read"), opt.Input)
	results, refused, grants := beam.ParDo3(s.Scope("Screen"), &screenFn{On: opt.On.String()}, lines)
	writeLines(s.Scope("WriteResults"), opt.Path(ResultsFile), results)
	writeLines(s.Scope("WriteRefused"), opt.Path(RefusedFile), refused)

	totals := beam.CombinePerKey(s.Scope("Totals"), &sumFn{}, grants)
	writeTotals(s.Scope("WriteTotals"), opt.Path(TotalsFile), totals)
	s1 := s.Scope("ByRule")
	writeTotals(s1, opt.Path(ByRuleFile), beam.CombinePerKey(s1, &sumFn{}, beam.ParDo(s1, byRule, totals)))
	s2 := s.Scope("ByLocality")
	writeTotals(s2, opt.Path(ByLocalityFile), beam.CombinePerKey(s2, &sumFn{}, beam.ParDo(s2, byLocality, totals)))
	return nil
}

// screenFn screens each household of the population with the library's
// welfare evaluator and emits its results line, or its refusal, and each
// grant keyed by rule, part and locality.
type screenFn struct {
	On string `json:"on"` // the screening date, YYYY-MM-DD

	on  rules.Date
	e   *welfare.Evaluator
	sc  welfare.Screening                           // reused from one household to the next
	std map[welfare.Locality]welfare.LocalStandards // each locality's, drawn once
}

func (f *screenFn) Setup() error {
	on, err := rules.ParseDate(f.On)
	if err != nil {
		return fmt.Errorf("wzbeam: screening date: %w", err)
	}
	f.on, f.e, f.std = on, welfare.Default(), map[welfare.Locality]welfare.LocalStandards{}
	return nil
}

// standards returns the local standards of a locality: the synthetic
// population's. A real screening reads each locality's published
// standards here.
func (f *screenFn) standards(loc welfare.Locality) welfare.LocalStandards {
	s, ok := f.std[loc]
	if !ok {
		s = population.Standards(loc)
		f.std[loc] = s
	}
	return s
}

func (f *screenFn) ProcessElement(_ context.Context, line string, results, refused func(string), grants func(batch.Key, Sum)) error {
	if strings.TrimSpace(line) == "" {
		return nil
	}
	id, h, err := decodeRecord([]byte(line))
	if err != nil {
		return emitRefusal(refused, id, line, err)
	}
	if err := f.e.Screen(f.on, h, f.standards(h.Locality), &f.sc); err != nil {
		if isRefusal(err) {
			return emitRefusal(refused, id, line, err)
		}
		return fmt.Errorf("wzbeam: household %d: %w", *id, err)
	}
	out, err := marshalLine(resultOf(*id, &f.sc))
	if err != nil {
		return err
	}
	results(out)
	for _, g := range f.sc.Grants {
		if g.Status == rules.Granted {
			grants(batch.Key{Rule: g.Rule, Part: g.Part, Locality: string(f.sc.Locality), Unit: g.Unit.String()}, sumOf(g.Amount, g.Unit))
		}
	}
	return nil
}

func emitRefusal(refused func(string), id *int, line string, err error) error {
	out, err := marshalLine(refusal(id, line, err))
	if err != nil {
		return err
	}
	refused(out)
	return nil
}

// byRule rekeys a total to its rule, part and unit, over every locality.
func byRule(k batch.Key, s Sum) (batch.Key, Sum) {
	return batch.Key{Rule: k.Rule, Part: k.Part, Unit: k.Unit}, s
}

// byLocality rekeys a total to its locality and unit, over every rule: a
// monthly allowance is never added to a one-off grant.
func byLocality(k batch.Key, s Sum) (batch.Key, Sum) {
	return batch.Key{Locality: k.Locality, Unit: k.Unit}, s
}

// Total is a line of the totals: the key's rule, part, locality and unit
// (those it is kept by, as batch.Key), the number of grants and the exact
// sum of their amounts, to the fen.
type Total struct {
	Rule     string `json:"rule,omitempty"`
	Part     string `json:"part,omitempty"`
	Locality string `json:"locality,omitempty"`
	Count    int    `json:"count"`
	Amount   string `json:"amount"`
	Unit     string `json:"unit,omitempty"`
}

// writeLines writes the lines of col to one file, in no particular order.
// The file is written even when col is empty: it is one worker's single
// element (an impulse) reading col whole as a side input.
func writeLines(s beam.Scope, filename string, col beam.PCollection) {
	filesystem.ValidateScheme(filename)
	beam.ParDo0(s, &writeLinesFn{Filename: filename}, beam.Impulse(s), beam.SideInput{Input: col})
}

type writeLinesFn struct {
	Filename string `json:"filename"`
}

func (w *writeLinesFn) ProcessElement(ctx context.Context, _ []byte, lines func(*string) bool) error {
	return writeFile(ctx, w.Filename, func(emit func(string) error) error {
		var line string
		for lines(&line) {
			if err := emit(line); err != nil {
				return err
			}
		}
		return nil
	})
}

// writeTotals writes the totals of col to one file, sorted by rule, part
// and locality as batch.Totals.Rows sorts them, so that a run writes the
// same file whatever the runner.
func writeTotals(s beam.Scope, filename string, col beam.PCollection) {
	filesystem.ValidateScheme(filename)
	beam.ParDo0(s, &writeTotalsFn{Filename: filename}, beam.Impulse(s), beam.SideInput{Input: col})
}

type writeTotalsFn struct {
	Filename string `json:"filename"`
}

func (w *writeTotalsFn) ProcessElement(ctx context.Context, _ []byte, totals func(*batch.Key, *Sum) bool) error {
	var rows []Total
	var k batch.Key
	var sum Sum
	for totals(&k, &sum) {
		d, err := amountOf(sum)
		if err != nil {
			return err
		}
		rows = append(rows, Total{Rule: k.Rule, Part: k.Part, Locality: k.Locality, Count: sum.Count, Amount: fen(d), Unit: k.Unit})
	}
	slices.SortFunc(rows, func(a, b Total) int {
		return cmp.Or(cmp.Compare(a.Rule, b.Rule), cmp.Compare(a.Part, b.Part), cmp.Compare(a.Locality, b.Locality), cmp.Compare(a.Unit, b.Unit))
	})
	return writeFile(ctx, w.Filename, func(emit func(string) error) error {
		for _, r := range rows {
			line, err := marshalLine(r)
			if err != nil {
				return err
			}
			if err := emit(line); err != nil {
				return err
			}
		}
		return nil
	})
}

// writeFile creates (or truncates) the file and writes each line that
// lines emits, a newline after each.
func writeFile(ctx context.Context, filename string, lines func(emit func(string) error) error) (err error) {
	fs, err := filesystem.New(ctx, filename)
	if err != nil {
		return err
	}
	defer fs.Close()
	f, err := fs.OpenWrite(ctx, filename)
	if err != nil {
		return err
	}
	defer func() {
		if e := f.Close(); err == nil {
			err = e
		}
	}()
	w := bufio.NewWriterSize(f, 1<<20)
	err = lines(func(line string) error {
		if _, err := w.WriteString(line); err != nil {
			return err
		}
		return w.WriteByte('\n')
	})
	if err != nil {
		return err
	}
	return w.Flush()
}
