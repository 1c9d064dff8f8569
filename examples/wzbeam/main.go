// Command wzbeam screens a population of households for the benefits of
// 温政发〔2022〕6号 paid without application (免申直享, 九、30) as an Apache
// Beam pipeline, with the library's welfare screening, and writes each
// household's benefits and the exact totals by rule, part and locality.
//
// Usage:
//
//	wzbeam --input=FILE --output=DIR --date=YYYY-MM-DD [--runner=…] [Beam's flags]
//
// The input is JSON Lines, one household a line, {"id":i,"household":{…}}
// (what population.WriteJSONL and wzpop write); a path or glob on any
// filesystem Beam knows (local, gs://). Under the output folder (or gs://
// prefix) it writes results.jsonl (each household's grants), refused.jsonl
// (the lines not screened, and why), and totals.jsonl, by_rule.jsonl and
// by_locality.jsonl (count and exact sum of the grants). The date is the
// screening date; nothing reads the clock.
//
// Without --runner the pipeline runs on Beam's prism runner, in this
// process. --runner=flink, spark or dataflow, with Beam's flags for them
// (--endpoint, --environment_type; --project, --region,
// --staging_location, --temp_location), runs the same program on a
// cluster: see the README.
//
// Exit status: 0 when the pipeline ran to the end (lines refused
// included: refused.jsonl lists them), 1 when it failed, 2 for a wrong use.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	"github.com/wzpolicy/wzpolicy/rules"
)

var (
	input  = flag.String("input", "", "the population: JSON Lines, one household a line (a path or glob, local or gs://)")
	output = flag.String("output", "", "the folder (or gs:// prefix) the outputs are written under")
	date   = flag.String("date", "", "the screening date, YYYY-MM-DD")
)

func main() {
	flag.Parse()
	beam.Init() // a worker started by a runner is this binary too: Init runs its harness and exits
	if *input == "" || *output == "" || *date == "" {
		fmt.Fprintln(os.Stderr, "wzbeam: --input, --output and --date are required")
		flag.Usage()
		os.Exit(2)
	}
	on, err := rules.ParseDate(*date)
	if err != nil {
		fmt.Fprintf(os.Stderr, "wzbeam: --date: %v\n", err)
		os.Exit(2)
	}
	if err := run(context.Background(), Options{Input: *input, Output: *output, On: on}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(ctx context.Context, opt Options) error {
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, opt); err != nil {
		return err
	}
	return beamx.Run(ctx, p)
}
