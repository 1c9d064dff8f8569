// Command ratios prints the speed table of wzpolicy: every trio of
// [speed.All] (a rule hand-written in Go, through its typed function,
// through the book with the Inputs map built once, and built per call),
// timed interleaved over several rounds, as medians and worsts of paired
// ratios to the hand-written rule, in Markdown.
//
//	go run ./internal/speed/ratios                  # 10 rounds of 200ms runs
//	go run ./internal/speed/ratios -rounds 20 -benchtime 500ms
//	go run ./internal/speed/ratios -run 'welfare|relief'
//
// See package [speed] for what the columns mean.
package main

import (
	"flag"
	"fmt"
	"os"
	"regexp"

	"github.com/wzpolicy/wzpolicy/internal/speed"
)

func main() {
	rounds := flag.Int("rounds", 10, "rounds; each times every variant of every trio once")
	benchtime := flag.Duration("benchtime", 0, "length of one timed run of one variant (0: 200ms)")
	seed := flag.Uint64("seed", 1, "seed of the shuffled order")
	run := flag.String("run", "", "only the trios whose rule ID matches this regexp")
	quiet := flag.Bool("q", false, "do not report progress on stderr")
	flag.Parse()

	cfg := speed.Config{Rounds: *rounds, BenchTime: *benchtime, Seed: *seed}
	if *run != "" {
		re, err := regexp.Compile(*run)
		if err != nil {
			fmt.Fprintln(os.Stderr, "ratios: -run:", err)
			os.Exit(2)
		}
		cfg.Match = re
	}
	if !*quiet {
		cfg.Progress = os.Stderr
	}
	if err := speed.Run(os.Stdout, cfg); err != nil {
		fmt.Fprintln(os.Stderr, "ratios:", err)
		os.Exit(1)
	}
}
