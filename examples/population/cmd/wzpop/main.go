// Command wzpop writes a synthetic population of Wenzhou households, or of
// firms, as JSON Lines to standard output: the households of
// github.com/wzpolicy/wzpolicy/examples/population, one record a line,
// {"id":0,"household":{…}}, for screening benefits paid without
// application (免申直享) without real data.
//
//	wzpop -seed 1 -n 1000 -on 2023-06-01 > households.jsonl
//	wzpop -firms -n 1000 -on 2022-06-30 > firms.jsonl
//
// Flags:
//
//	-seed  the population's seed (default 1): the same seed, date and
//	       index always give the same household
//	-n     how many households (or firms) to write, 0 to n-1 (default 10)
//	-on    the assessment date, YYYY-MM-DD (default 2023-06-01): ages,
//	       income periods and other dates are drawn relative to it
//	-firms write firms for the relief measures instead, one a line,
//	       {"id":0,"firm":{…}}: a relief.Profile
//
// The lines read back with population.ReadJSONL (households), or with
// encoding/json into the record's type. A wrong flag gives the usage on
// standard error and exit status 2; a failed write, exit status 1.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/wzpolicy/wzpolicy/examples/population"
	"github.com/wzpolicy/wzpolicy/examples/population/internal/jsonlines"
	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/rules"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// firmRecord is one line of the firms' JSON Lines.
type firmRecord struct {
	ID   int            `json:"id"`
	Firm relief.Profile `json:"firm"`
}

// run is the command: it writes the lines to stdout, an error to stderr,
// and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("wzpop", flag.ContinueOnError)
	fs.SetOutput(stderr)
	seed := fs.Uint64("seed", 1, "the population's `seed`")
	n := fs.Int("n", 10, "how many households (or firms) to write")
	on := fs.String("on", "2023-06-01", "the assessment `date`, YYYY-MM-DD")
	firms := fs.Bool("firms", false, "write firms for the relief measures instead of households")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "wzpop: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return 2
	}
	day, err := rules.ParseDate(*on)
	if err != nil {
		fmt.Fprintf(stderr, "wzpop: -on: %s\n", rules.EscapeControl(err.Error()))
		return 2
	}
	if *n < 0 {
		fmt.Fprintf(stderr, "wzpop: -n: %d is negative\n", *n)
		return 2
	}
	cfg := population.Config{Seed: *seed, On: day}
	if *firms {
		err = writeFirms(stdout, cfg, *n)
	} else {
		err = population.WriteJSONL(stdout, cfg, *n)
	}
	if err != nil {
		fmt.Fprintln(stderr, "wzpop:", err)
		return 1
	}
	return 0
}

func writeFirms(w io.Writer, cfg population.Config, n int) error {
	enc := jsonlines.NewEncoder(w)
	for i, p := range population.Firms(cfg, n) {
		if err := enc.Encode(firmRecord{ID: i, Firm: p}); err != nil {
			return fmt.Errorf("firm %d: %w", i, err)
		}
	}
	return enc.Flush()
}
