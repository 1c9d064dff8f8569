package main

import (
	"context"
	"fmt"
	"io"
	"iter"
	"runtime"
	"time"

	"github.com/wzpolicy/wzpolicy/batch"
	"github.com/wzpolicy/wzpolicy/examples/population"
	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// household is one record of a welfare screening: the household and its
// screening, which batch.Run's slots reuse.
type household struct {
	id int
	h  welfare.Household
}

// screened is a household's screening under the baseline and, when a
// reform is priced, under the reform.
type screened struct {
	base, reform welfare.Screening
	err          error // the household's facts stop its assessment
}

// households yields households from..from+n−1 of the population.
func households(cfg population.Config, from, n int) iter.Seq2[household, error] {
	return func(yield func(household, error) bool) {
		for i := from; i < from+n; i++ {
			if !yield(household{id: i, h: population.Household(cfg, i)}, nil) {
				return
			}
		}
	}
}

// pricing is what a welfare screening of a population found: the totals
// under the baseline (and the reform), households and persons screened,
// and, for a reform, how many households fare how, with a few of each.
type pricing struct {
	base, reform        batch.Totals
	households, persons int
	refused             int // households whose facts stop their assessment
	fare                [4]int
	examples            [4][]int
	reformed            bool
	elapsed             time.Duration
}

// maxExamples is how many households of each kind of change are kept.
const maxExamples = 3

// screenWelfare screens n households of the population with the baseline
// evaluator and, when reform is not nil, with the reform's, on workers
// goroutines.
func screenWelfare(ctx context.Context, cfg population.Config, n int, workers int, reform *welfare.Evaluator) (*pricing, error) {
	base := welfare.Default()
	p := &pricing{reformed: reform != nil}
	start := time.Now()
	err := batch.Run(ctx, households(cfg, 0, n), batch.Options{Workers: workers},
		func(_ int, in *household, out *screened) error {
			out.err = base.Screen(cfg.On, in.h, population.Standards(in.h.Locality), &out.base)
			if out.err == nil && reform != nil {
				out.err = reform.Screen(cfg.On, in.h, population.Standards(in.h.Locality), &out.reform)
			}
			if out.err != nil && !isHouseholdError(out.err) {
				return out.err // the date's or a rule's: no household's
			}
			return nil
		},
		func(_ int, in *household, out *screened) error {
			p.households++
			p.persons += len(in.h.Members)
			if out.err != nil {
				p.refused++
				return nil
			}
			out.base.AddTo(&p.base)
			if reform != nil {
				out.reform.AddTo(&p.reform)
				c := welfare.Compare(&out.base, &out.reform)
				p.fare[c]++
				if len(p.examples[c]) < maxExamples {
					p.examples[c] = append(p.examples[c], in.id)
				}
			}
			return nil
		})
	p.elapsed = time.Since(start)
	return p, err
}

func isHouseholdError(err error) bool {
	_, ok := err.(*welfare.HouseholdError)
	return ok
}

// report writes the screening's totals, and the reform's pricing.
func (p *pricing) report(w io.Writer, workers int) {
	fmt.Fprintf(w, "screened %d households (%d persons) in %v on %d workers (GOMAXPROCS %d): %.0f persons/s\n",
		p.households, p.persons, p.elapsed.Round(time.Millisecond), workers, runtime.GOMAXPROCS(0), float64(p.persons)/p.elapsed.Seconds())
	if p.refused > 0 {
		fmt.Fprintf(w, "%d households not assessed: their facts are refused\n", p.refused)
	}
	fmt.Fprintln(w, "\ngranted, by benefit (each in its own unit, never summed across units):")
	for _, r := range p.base.ByRule() {
		fmt.Fprintf(w, "  %-55s %-10s %8d  %s %s\n", r.Rule, r.Part, r.Count, r.Amount.StringFixed(2), r.Unit)
	}
	if !p.reformed {
		return
	}
	fmt.Fprintln(w, "\nunder the reform, what changes, by benefit and locality:")
	for _, c := range batch.Diff(&p.base, &p.reform) {
		fmt.Fprintf(w, "  %-45s %-8s %-6s %6d → %-6d Δ %s %s\n", c.Rule, c.Part, c.Locality, c.BaseCount, c.ReformCount, c.Delta.StringFixed(2), c.Unit)
	}
	fmt.Fprintln(w, "\nhouseholds:")
	for _, c := range []welfare.Change{welfare.BetterOff, welfare.WorseOff, welfare.Mixed, welfare.Unchanged} {
		fmt.Fprintf(w, "  %-50s %8d  e.g. %v\n", c, p.fare[c], p.examples[c])
	}
}

// firm is one record of a relief screening.
type firm struct {
	p relief.Profile
}

// screenRelief screens n firms of the population, totals by measure and
// registration. Only totals are kept, so the firms are screened in no
// order (batch.Fold), each worker adding to totals of its own.
func screenRelief(ctx context.Context, cfg population.Config, n int, workers int) (*batch.Totals, time.Duration, error) {
	e, tiers := relief.Default(), population.Tiers()
	src := func(yield func(firm, error) bool) {
		for i := range n {
			if !yield(firm{population.Firm(cfg, i)}, nil) {
				return
			}
		}
	}
	// worker is what each worker keeps: its screening, reused, and its
	// totals.
	type worker struct {
		sc relief.Screening
		t  batch.Totals
	}
	start := time.Now()
	states, err := batch.Fold(ctx, src, batch.Options{Workers: workers},
		func(w *worker, in *firm) error {
			if err := e.Screen(cfg.On, in.p, tiers, &w.sc); err != nil {
				return err
			}
			w.sc.AddTo(&w.t)
			return nil
		})
	var t batch.Totals
	for i := range states {
		t.Merge(&states[i].t)
	}
	return &t, time.Since(start), err
}

// reformOf derives the reform's book: one parameter set to a new value
// from a date, as a locality's notice would.
func reformOf(param, value string, from rules.Date) (*welfare.Evaluator, error) {
	notice := &rules.Document{Number: "（改革测算）", Title: "改革方案测算", Issuer: "（测算）", Issued: from, InForce: rules.Since(from)}
	b, err := welfare.Book().Derive(rules.Override{Param: param, From: from, Value: value, Cite: notice.Cite("一", param+" = "+value)})
	if err != nil {
		return nil, err
	}
	return welfare.NewEvaluator(b)
}
