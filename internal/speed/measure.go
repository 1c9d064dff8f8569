package speed

import (
	"fmt"
	"io"
	"math/rand/v2"
	"regexp"
	"runtime"
	"time"
)

// Config says how to measure.
type Config struct {
	// Rounds is the number of rounds; every round times every variant of
	// every trio once. Zero means 10.
	Rounds int
	// BenchTime is how long one timed run of one variant lasts, roughly:
	// the number of evaluations per run is calibrated once, before the
	// rounds, to take this long. Zero means 200ms.
	BenchTime time.Duration
	// Seed seeds the shuffling of the order, so that a run can be repeated.
	Seed uint64
	// Match, when not nil, keeps only the trios whose rule ID it matches.
	Match *regexp.Regexp
	// Progress, when not nil, is told of each round as it ends.
	Progress io.Writer
}

func (c Config) withDefaults() Config {
	if c.Rounds <= 0 {
		c.Rounds = 10
	}
	if c.BenchTime <= 0 {
		c.BenchTime = 200 * time.Millisecond
	}
	return c
}

// Sample is one timed run of one variant.
type Sample struct {
	NsPerOp     float64
	AllocsPerOp float64
	BytesPerOp  float64
}

// Measurement is what Measure found for one trio: a sample per round and
// variant, the rounds in order.
type Measurement struct {
	Trio    Trio
	Samples [][nVariants]Sample // [round][variant]
}

// Measure checks that every variant of every trio gives the trio's figure,
// then times them: it calibrates each variant's number of evaluations per
// run, then runs the rounds. In each round the trios come in a shuffled
// order, and each trio's four variants in a shuffled order one after the
// other, so that a variant and the hand-written version it is compared
// with are timed a moment apart, on the same machine state. The garbage
// collector runs before each timed run, not within its clock unless the run
// itself makes it.
func Measure(cfg Config) ([]Measurement, error) {
	cfg = cfg.withDefaults()
	var trios []Trio
	for _, t := range All() {
		if cfg.Match == nil || cfg.Match.MatchString(t.Rule) {
			trios = append(trios, t)
		}
	}
	if len(trios) == 0 {
		return nil, fmt.Errorf("speed: no trio matches %v", cfg.Match)
	}
	for _, t := range trios {
		if err := Agree(t); err != nil {
			return nil, err
		}
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x7a706f6c696379)) // "zpolicy"

	// Calibrate: how many evaluations make a run of about BenchTime.
	n := make([][nVariants]int, len(trios))
	for _, i := range rng.Perm(len(trios)) {
		for _, v := range rng.Perm(int(nVariants)) {
			if !trios[i].Has(Variant(v)) {
				continue
			}
			k, err := calibrate(trios[i].run[v], cfg.BenchTime)
			if err != nil {
				return nil, fmt.Errorf("speed: %s %s: %w", trios[i].Rule, Variant(v), err)
			}
			n[i][v] = k
		}
	}

	out := make([]Measurement, len(trios))
	for i, t := range trios {
		out[i] = Measurement{Trio: t, Samples: make([][nVariants]Sample, cfg.Rounds)}
	}
	for r := range cfg.Rounds {
		for _, i := range rng.Perm(len(trios)) {
			for _, v := range rng.Perm(int(nVariants)) {
				if !trios[i].Has(Variant(v)) {
					continue
				}
				s, err := timed(trios[i].run[v], n[i][v])
				if err != nil {
					return nil, fmt.Errorf("speed: %s %s: %w", trios[i].Rule, Variant(v), err)
				}
				out[i].Samples[r][v] = s
			}
		}
		if cfg.Progress != nil {
			fmt.Fprintf(cfg.Progress, "round %d of %d done\n", r+1, cfg.Rounds)
		}
	}
	return out, nil
}

// Run measures as cfg says and writes the table to w.
func Run(w io.Writer, cfg Config) error {
	cfg = cfg.withDefaults()
	ms, err := Measure(cfg)
	if err != nil {
		return err
	}
	return WriteTable(w, Summarise(ms), cfg)
}

// calibrate returns the number of evaluations of f that take about d, as
// the testing package sizes b.N: from one, growing by the time each run
// took, at most 100-fold a step.
func calibrate(f func() error, d time.Duration) (int, error) {
	n := 1
	for {
		s, err := timed(f, n)
		if err != nil {
			return 0, err
		}
		took := time.Duration(s.NsPerOp * float64(n))
		if took >= d || n >= 1e9 {
			return n, nil
		}
		next := int(1.2 * float64(d) / max(s.NsPerOp, 1))
		n = min(max(next, n+1), 100*n, 1e9)
	}
}

// timed runs f n times on a freshly collected heap and returns the time and
// allocations per run.
func timed(f func() error, n int) (Sample, error) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	for range n {
		if err := f(); err != nil {
			return Sample{}, err
		}
	}
	took := time.Since(start)
	runtime.ReadMemStats(&after)
	return Sample{
		NsPerOp:     float64(took.Nanoseconds()) / float64(n),
		AllocsPerOp: float64(after.Mallocs-before.Mallocs) / float64(n),
		BytesPerOp:  float64(after.TotalAlloc-before.TotalAlloc) / float64(n),
	}, nil
}
