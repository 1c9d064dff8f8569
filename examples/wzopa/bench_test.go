package wzopa_test

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/wzpolicy/wzpolicy/examples/wzopa"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// The speed of the library against OPA on the same households: the
// population of seed 1 on 2023-06-01 (benchHouseholds).
//
//	go test -run '^$' -bench 'Screen|Paired' -benchtime 5x
//
// The policy covers every claim of welfare.Evaluator.Assess, so each way
// does the same work. BenchmarkScreen times each way household by
// household, as Go benchmarks do; BenchmarkPaired runs every way over all
// the households in each round, in a rotating order, and reports the
// median and the least of the per-round ratios of OPA's time to each
// library way's.

const benchSize = 1000

// way is one way of screening household i of the bench set; it returns the
// number of grants found.
type way struct {
	name string
	run  func(ctx context.Context, i int) int
}

// benchSet is the households with what each way needs prepared outside the
// timing: the policy compiled and its query prepared, the inputs
// converted (for "opa-input"), a screening to reuse.
type benchSet struct {
	hs     []welfare.Household
	ss     []welfare.LocalStandards
	inputs []ast.Value
	ways   []way
}

func newBenchSet(tb testing.TB) *benchSet {
	tb.Helper()
	hs, ss := benchHouseholds(tb, benchSize)
	set := &benchSet{hs: hs, ss: ss}
	for i := range hs {
		in, err := wzopa.Input(hs[i], ss[i], on)
		if err != nil {
			tb.Fatal(err)
		}
		set.inputs = append(set.inputs, in)
	}
	e := welfare.Default()
	s := newScreener(tb)
	var sc welfare.Screening
	var buf []wzopa.Grant
	set.ways = []way{
		// The library's typed functions, one call per claim, with the
		// take-the-higher choices made in Go.
		{"library-typed", func(_ context.Context, i int) int {
			buf = typedGrants(e, on, hs[i], ss[i], buf[:0])
			return len(buf)
		}},
		// The library's screening: every claim, main figures only.
		{"library-screen", func(_ context.Context, i int) int {
			if err := e.Screen(on, hs[i], ss[i], &sc); err != nil {
				panic(err)
			}
			// The covered claims' grants, as the other ways count them: a
			// screening lists a benefit not paid for another of its group
			// too, and claims the policy does not encode.
			n := 0
			for j := range sc.Grants {
				if g := &sc.Grants[j]; g.Status == rules.Granted && wzopa.IsCovered(g.Rule) {
					n++
				}
			}
			return n
		}},
		// The library's assessment: every claim, with the full statement.
		{"library-assess", func(_ context.Context, i int) int {
			st, err := e.Assess(on, hs[i], ss[i])
			if err != nil {
				panic(err)
			}
			n := 0
			for _, sec := range append([]welfare.Section{st.Household}, st.Members...) {
				n += len(sec.Granted())
			}
			return n
		}},
		// OPA from the household: the conversion to Rego's input, the
		// evaluation and the grants read back.
		{"opa", func(ctx context.Context, i int) int {
			g, err := s.Screen(ctx, hs[i], ss[i], on)
			if err != nil {
				panic(err)
			}
			return len(g)
		}},
		// OPA from an input converted ahead: the evaluation and the grants
		// read back.
		{"opa-input", func(ctx context.Context, i int) int {
			g, err := s.ScreenInput(ctx, set.inputs[i])
			if err != nil {
				panic(err)
			}
			return len(g)
		}},
	}
	return set
}

var benchSets = map[string]*benchSet{}

func cachedBenchSet(tb testing.TB) *benchSet {
	if s, ok := benchSets["set"]; ok {
		return s
	}
	s := newBenchSet(tb)
	benchSets["set"] = s
	return s
}

// BenchmarkScreen times one household per operation, cycling through the
// bench set, for each way.
func BenchmarkScreen(b *testing.B) {
	set := cachedBenchSet(b)
	for _, w := range set.ways {
		b.Run(w.name, func(b *testing.B) {
			ctx := context.Background()
			i := 0
			b.ReportAllocs()
			for b.Loop() {
				w.run(ctx, i%len(set.hs))
				i++
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "households/s")
		})
	}
}

// pass is one way's run over the whole bench set in a round.
type pass struct {
	d       time.Duration
	mallocs uint64
	bytes   uint64
	grants  int
}

// BenchmarkPaired runs, in each round (one b.Loop iteration), every way
// over all the households, the order of the ways rotating from round to
// round and the heap collected before each pass, and reports per way the
// median households/s and the allocations per household, and for each
// library way the median and the worst over the rounds of OPA's time over
// the library's.
func BenchmarkPaired(b *testing.B) {
	set := cachedBenchSet(b)
	ctx := context.Background()
	n := len(set.hs)
	runs := make([][]pass, len(set.ways))
	round := 0
	for b.Loop() {
		for k := range set.ways {
			w := (k + round) % len(set.ways)
			var m0, m1 runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&m0)
			start := time.Now()
			grants := 0
			for i := range n {
				grants += set.ways[w].run(ctx, i)
			}
			d := time.Since(start)
			runtime.ReadMemStats(&m1)
			runs[w] = append(runs[w], pass{d: d, mallocs: m1.Mallocs - m0.Mallocs, bytes: m1.TotalAlloc - m0.TotalAlloc, grants: grants})
		}
		round++
	}
	b.StopTimer()
	// Every way found the same grants in every round: they timed the same
	// work.
	for w, ps := range runs {
		for r, p := range ps {
			if p.grants != runs[0][0].grants {
				b.Errorf("%s found %d grants in round %d, %s %d", set.ways[w].name, p.grants, r, set.ways[0].name, runs[0][0].grants)
			}
		}
	}
	opa := slices.IndexFunc(set.ways, func(w way) bool { return w.name == "opa" })
	for w, ps := range runs {
		name := set.ways[w].name
		b.ReportMetric(float64(n)/median(ps, func(p pass) float64 { return p.d.Seconds() }), name+"-households/s")
		b.ReportMetric(median(ps, func(p pass) float64 { return float64(p.mallocs) / float64(n) }), name+"-allocs/household")
		b.ReportMetric(median(ps, func(p pass) float64 { return float64(p.bytes) / float64(n) }), name+"-B/household")
		if w == opa || set.ways[w].name == "opa-input" {
			continue
		}
		ratios := make([]float64, len(ps))
		for r := range ps {
			ratios[r] = runs[opa][r].d.Seconds() / ps[r].d.Seconds()
		}
		b.ReportMetric(medianOf(ratios), "opa/"+name+"-median-x")
		b.ReportMetric(slices.Min(ratios), "opa/"+name+"-least-x")
	}
	if testing.Verbose() {
		for w, ps := range runs {
			b.Logf("%-16s grants per round %d; round times %v", set.ways[w].name, ps[0].grants, durations(ps))
		}
	}
}

func durations(ps []pass) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.d.Round(time.Millisecond).String())
	}
	return out
}

func median(ps []pass, f func(pass) float64) float64 {
	xs := make([]float64, len(ps))
	for i, p := range ps {
		xs[i] = f(p)
	}
	return medianOf(xs)
}

func medianOf(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// TestBenchWaysAgree checks that the ways the benchmarks time find the
// same grants on the bench set, so that they time the same work: the
// covered claims' grants of the library's typed functions, screening and
// assessment, and OPA's.
func TestBenchWaysAgree(t *testing.T) {
	if testing.Short() {
		t.Skip("the bench set's agreement is TestAgreePopulation's")
	}
	set := cachedBenchSet(t)
	e := welfare.Default()
	s := newScreener(t)
	var sc welfare.Screening
	for i, h := range set.hs {
		st, err := e.Assess(on, h, set.ss[i])
		if err != nil {
			t.Fatal(err)
		}
		lib := libraryGrants(st)
		typed := typedGrants(e, on, h, set.ss[i], nil)
		if err := e.Screen(on, h, set.ss[i], &sc); err != nil {
			t.Fatal(err)
		}
		screened := screeningGrants(&sc)
		opa, err := s.ScreenInput(t.Context(), set.inputs[i])
		if err != nil {
			t.Fatal(err)
		}
		for name, got := range map[string][]wzopa.Grant{"typed": typed, "OPA": opa} {
			if d := diff(lib, got); d != "" {
				t.Errorf("household %d: %s differs from Assess:\n%s", i, name, d)
			}
		}
		if d := diff(withoutQuantities(lib), screened); d != "" {
			t.Errorf("household %d: Screen differs from Assess:\n%s", i, d)
		}
	}
}

// screeningGrants are the granted benefits of a screening for the covered
// claims (a screening carries no quantities).
func screeningGrants(sc *welfare.Screening) []wzopa.Grant {
	var out []wzopa.Grant
	for _, g := range sc.Grants {
		if g.Status != rules.Granted || !wzopa.IsCovered(g.Rule) {
			continue
		}
		x := wzopa.Grant{Member: g.Member, Rule: g.Rule, Part: g.Part, Amount: g.Amount, Outcome: g.Outcome}
		if g.Outcome == "" {
			x.Unit = g.Unit.String()
		}
		out = append(out, x)
	}
	return out
}

func withoutQuantities(gs []wzopa.Grant) []wzopa.Grant {
	out := slices.Clone(gs)
	for i := range out {
		out[i].Quantities = nil
	}
	return out
}

// benchHouseholds returns n households of the bench set with their
// locality's standards.
func benchHouseholds(tb testing.TB, n int) ([]welfare.Household, []welfare.LocalStandards) {
	tb.Helper()
	hs, ss := populationHouseholds(n)
	if len(hs) != n {
		panic(fmt.Sprintf("%d households, want %d", len(hs), n))
	}
	return hs, ss
}
