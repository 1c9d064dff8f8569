// Command wzscreen screens a synthetic population of Wenzhou households for
// the benefits of 温政发〔2022〕6号 paid without application (九、30 免申直享)
// with welfare.Evaluator.Screen over the batch package's worker pool, and
// prints the grants by benefit; with -reform it prices a reform — one
// parameter of the document set to another value in a derived book —
// against the document's own figures: what changes by benefit and
// locality, and how many households are better off, worse off or
// unchanged, with examples of each. With -firms it screens synthetic firms
// for the relief measures of 温政发〔2022〕7号.
//
//	go run ./examples/wzscreen -n 200000
//	go run ./examples/wzscreen -n 100000 -reform high_age_care_subsidy=150
//	go run ./examples/wzscreen -firms 200000
//
// The population is examples/population's: synthetic, its shares and
// standards documented there, made up where no source is named. Nothing
// here is a statistic of Wenzhou.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"github.com/wzpolicy/wzpolicy/examples/population"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "wzscreen:", err)
		os.Exit(1)
	}
}

func run(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("wzscreen", flag.ContinueOnError)
	n := fs.Int("n", 100000, "households to screen")
	firms := fs.Int("firms", 0, "firms to screen for the relief measures (0: none)")
	seed := fs.Uint64("seed", 1, "seed of the synthetic population")
	on := fs.String("on", "2023-06-01", "the assessment date of the households")
	firmsOn := fs.String("firms-on", "2022-06-30", "the assessment date of the firms (the relief notice is in force 2022-04-01 to 2022-06-30)")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "goroutines screening")
	reform := fs.String("reform", "", "price a reform: param=value, a parameter of the welfare book set to value from -from")
	from := fs.String("from", "2023-01-01", "the day the reform's value applies from")
	if err := fs.Parse(args); err != nil {
		return err
	}
	day, err := rules.ParseDate(*on)
	if err != nil {
		return fmt.Errorf("-on: %w", err)
	}
	cfg := population.Config{Seed: *seed, On: day}
	ctx := context.Background()
	if *firms > 0 {
		fday, err := rules.ParseDate(*firmsOn)
		if err != nil {
			return fmt.Errorf("-firms-on: %w", err)
		}
		t, elapsed, err := screenRelief(ctx, population.Config{Seed: *seed, On: fday}, *firms, *workers)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "screened %d firms in %v: %.0f firms/s\n", *firms, elapsed, float64(*firms)/elapsed.Seconds())
		for _, r := range t.ByRule() {
			fmt.Fprintf(w, "  %-45s %8d  %s %s\n", r.Rule, r.Count, r.Amount.StringFixed(2), r.Unit)
		}
		if *n == 0 {
			return nil
		}
	}
	var reformed *welfare.Evaluator
	if *reform != "" {
		param, value, ok := strings.Cut(*reform, "=")
		if !ok {
			return fmt.Errorf("-reform %q: want param=value", *reform)
		}
		start, err := rules.ParseDate(*from)
		if err != nil {
			return fmt.Errorf("-from: %w", err)
		}
		if reformed, err = reformOf(param, value, start); err != nil {
			return fmt.Errorf("-reform: %w", err)
		}
	}
	p, err := screenWelfare(ctx, cfg, *n, *workers, reformed)
	if err != nil {
		return err
	}
	p.report(w, *workers)
	return nil
}
