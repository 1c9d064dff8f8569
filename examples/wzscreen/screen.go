package main

import (
	"context"
	"fmt"
	"io"
	"iter"
	"runtime"
	"slices"
	"time"

	"github.com/wzpolicy/wzpolicy/batch"
	"github.com/wzpolicy/wzpolicy/examples/population"
	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// household is one record of a welfare screening: the household and its
// number in the population.
type household struct {
	id int
	h  welfare.Household
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
	examples            [4][]int // the first households of each change, by number
	reformed            bool
	elapsed             time.Duration
}

// maxExamples is how many households of each kind of change are kept.
const maxExamples = 3

// screener is a worker's part of a pricing, with its screenings, reused
// from household to household.
type screener struct {
	p            pricing
	base, reform welfare.Screening
}

// screenWelfare screens n households of the population with the baseline
// evaluator and, when reform is not nil, with the reform's, on workers
// goroutines. Only totals, counts and examples are kept, so the households
// are screened in no order (batch.Fold), each worker keeping its own part,
// and the parts are added up at the end.
func screenWelfare(ctx context.Context, cfg population.Config, n int, workers int, reform *welfare.Evaluator) (*pricing, error) {
	base := welfare.Default()
	start := time.Now()
	parts, err := batch.Fold(ctx, households(cfg, 0, n), batch.Options{Workers: workers},
		func(w *screener, in *household) error {
			w.p.households++
			w.p.persons += len(in.h.Members)
			err := base.Screen(cfg.On, in.h, population.Standards(in.h.Locality), &w.base)
			if err == nil && reform != nil {
				err = reform.Screen(cfg.On, in.h, population.Standards(in.h.Locality), &w.reform)
			}
			if err != nil {
				if !isHouseholdError(err) {
					return err // the date's or a rule's: no household's
				}
				w.p.refused++
				return nil
			}
			w.base.AddTo(&w.p.base)
			if reform != nil {
				w.reform.AddTo(&w.p.reform)
				c := welfare.Compare(&w.base, &w.reform)
				w.p.fare[c]++
				// A worker takes households in increasing order: its first
				// are its lowest.
				if len(w.p.examples[c]) < maxExamples {
					w.p.examples[c] = append(w.p.examples[c], in.id)
				}
			}
			return nil
		})
	p := &pricing{reformed: reform != nil}
	for i := range parts {
		p.add(&parts[i].p)
	}
	p.elapsed = time.Since(start)
	return p, err
}

// add adds a worker's part to the pricing. The examples kept are the
// lowest numbers of all the workers', as a screening in order would keep.
func (p *pricing) add(o *pricing) {
	p.base.Merge(&o.base)
	p.reform.Merge(&o.reform)
	p.households += o.households
	p.persons += o.persons
	p.refused += o.refused
	for c := range p.fare {
		p.fare[c] += o.fare[c]
		p.examples[c] = append(p.examples[c], o.examples[c]...)
		slices.Sort(p.examples[c])
		p.examples[c] = p.examples[c][:min(len(p.examples[c]), maxExamples)]
	}
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
