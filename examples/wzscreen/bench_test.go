package main

import (
	"context"
	"iter"
	"testing"

	"github.com/wzpolicy/wzpolicy/batch"
	"github.com/wzpolicy/wzpolicy/examples/population"
	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// pool is the size of the sample of the population each benchmark draws
// before it starts timing, so that it times screening and not drawing.
// Each benchmark draws its own sample and keeps no other: a relief
// benchmark's heap holds firms and not households too, as a screening of
// a stream of firms would.
const pool = 8192

// sample is a welfare benchmark's households, with their localities'
// standards, and how many persons they are.
type sample struct {
	households []household
	standards  []welfare.LocalStandards
	persons    int
}

func drawHouseholds() *sample {
	s := new(sample)
	for i := range pool {
		h := population.Household(cfg, i)
		s.households = append(s.households, household{id: i, h: h})
		s.standards = append(s.standards, population.Standards(h.Locality))
		s.persons += len(h.Members)
	}
	return s
}

// indices yields 0 … pool−1: the records of a batch benchmark are the
// places of its sample.
func indices() iter.Seq2[int, error] {
	return batch.Values(func(yield func(int) bool) {
		for i := range pool {
			if !yield(i) {
				return
			}
		}
	})
}

func drawFirms() []firm {
	firms := make([]firm, pool)
	for i := range firms {
		firms[i] = firm{population.Firm(firmCfg, i)}
	}
	return firms
}

// BenchmarkWelfareScreen screens households one after another on one
// goroutine, reusing one Screening: the cost per household (allocs/op),
// and persons/s per core.
func BenchmarkWelfareScreen(b *testing.B) {
	s := drawHouseholds()
	var sc welfare.Screening
	e := welfare.Default()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		r := &s.households[i%pool]
		if err := e.Screen(cfg.On, r.h, s.standards[i%pool], &sc); err != nil && !isHouseholdError(err) {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(s.persons)/pool*float64(b.N)/b.Elapsed().Seconds(), "persons/s")
}

// BenchmarkWelfareAssess is the same households assessed in full.
func BenchmarkWelfareAssess(b *testing.B) {
	s := drawHouseholds()
	e := welfare.Default()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		r := &s.households[i%pool]
		if _, err := e.Assess(cfg.On, r.h, s.standards[i%pool]); err != nil && !isHouseholdError(err) {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(s.persons)/pool*float64(b.N)/b.Elapsed().Seconds(), "persons/s")
}

// BenchmarkWelfareBatch screens the whole sample through batch.Run on
// every core, with totals by benefit and locality: one op is the sample.
func BenchmarkWelfareBatch(b *testing.B) {
	s := drawHouseholds()
	e := welfare.Default()
	b.ReportAllocs()
	for b.Loop() {
		var t batch.Totals
		err := batch.Run(context.Background(), indices(), batch.Options{},
			func(_ int, i *int, sc *welfare.Screening) error {
				if err := e.Screen(cfg.On, s.households[*i].h, s.standards[*i], sc); err != nil && !isHouseholdError(err) {
					return err
				}
				return nil
			},
			func(_ int, _ *int, sc *welfare.Screening) error { sc.AddTo(&t); return nil })
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(s.persons)*float64(b.N)/b.Elapsed().Seconds(), "persons/s")
	b.ReportMetric(float64(pool)*float64(b.N)/b.Elapsed().Seconds(), "households/s")
}

// BenchmarkWelfareFold screens the sample through batch.Fold on every
// core, each worker adding its households to totals of its own, merged at
// the end: the totals alone, in no order. One op is the sample.
func BenchmarkWelfareFold(b *testing.B) {
	s := drawHouseholds()
	e := welfare.Default()
	b.ReportAllocs()
	for b.Loop() {
		type worker struct {
			sc welfare.Screening
			t  batch.Totals
		}
		states, err := batch.Fold(context.Background(), indices(), batch.Options{},
			func(w *worker, i *int) error {
				if err := e.Screen(cfg.On, s.households[*i].h, s.standards[*i], &w.sc); err != nil {
					if isHouseholdError(err) {
						return nil
					}
					return err
				}
				w.sc.AddTo(&w.t)
				return nil
			})
		if err != nil {
			b.Fatal(err)
		}
		var t batch.Totals
		for i := range states {
			t.Merge(&states[i].t)
		}
	}
	b.ReportMetric(float64(s.persons)*float64(b.N)/b.Elapsed().Seconds(), "persons/s")
	b.ReportMetric(float64(pool)*float64(b.N)/b.Elapsed().Seconds(), "households/s")
}

// BenchmarkReliefScreen screens firms one after another on one goroutine.
func BenchmarkReliefScreen(b *testing.B) {
	firms := drawFirms()
	var sc relief.Screening
	e, tiers := relief.Default(), population.Tiers()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if err := e.Screen(firmCfg.On, firms[i%pool].p, tiers, &sc); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "firms/s")
}

// BenchmarkReliefBatch screens the sample of firms through batch.Run on
// every core: one op is the sample.
func BenchmarkReliefBatch(b *testing.B) {
	firms := drawFirms()
	e, tiers := relief.Default(), population.Tiers()
	b.ReportAllocs()
	for b.Loop() {
		var t batch.Totals
		err := batch.Run(context.Background(), indices(), batch.Options{},
			func(_ int, i *int, sc *relief.Screening) error { return e.Screen(firmCfg.On, firms[*i].p, tiers, sc) },
			func(_ int, _ *int, sc *relief.Screening) error { sc.AddTo(&t); return nil })
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(pool)*float64(b.N)/b.Elapsed().Seconds(), "firms/s")
}

// BenchmarkReliefFold screens the sample of firms through batch.Fold on
// every core, each worker adding its firms to totals of its own, merged at
// the end, as screenRelief does: one op is the sample.
func BenchmarkReliefFold(b *testing.B) {
	firms := drawFirms()
	e, tiers := relief.Default(), population.Tiers()
	b.ReportAllocs()
	for b.Loop() {
		type worker struct {
			sc relief.Screening
			t  batch.Totals
		}
		states, err := batch.Fold(context.Background(), indices(), batch.Options{},
			func(w *worker, i *int) error {
				if err := e.Screen(firmCfg.On, firms[*i].p, tiers, &w.sc); err != nil {
					return err
				}
				w.sc.AddTo(&w.t)
				return nil
			})
		if err != nil {
			b.Fatal(err)
		}
		var t batch.Totals
		for i := range states {
			t.Merge(&states[i].t)
		}
	}
	b.ReportMetric(float64(pool)*float64(b.N)/b.Elapsed().Seconds(), "firms/s")
}
