package speed

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"runtime"
	"slices"
	"strconv"
	"strings"
)

// Ratios are a variant's times over the hand-written version's, one per
// round, and what they come to.
type Ratios struct {
	Rounds []float64 // variant ns/op ÷ hand ns/op, per round (paired)
	Median float64
	Worst  float64 // the largest
}

// Row is a trio's line of the table.
type Row struct {
	Rule   string
	Ratios [nVariants]Ratios // by variant; Hand's are all 1
	Allocs [nVariants]float64
	Bytes  [nVariants]float64
	HandNs float64 // the hand-written version's median ns/op, for scale only
}

// Summarise computes the rows of the table: per trio and variant the
// median and the worst of the per-round ratios, and the median
// allocations and bytes per evaluation.
func Summarise(ms []Measurement) []Row {
	rows := make([]Row, len(ms))
	for i, m := range ms {
		row := Row{Rule: m.Trio.Rule}
		for _, v := range Variants() {
			if !m.Trio.Has(v) {
				row.Ratios[v] = Ratios{Median: math.NaN(), Worst: math.NaN()}
				row.Allocs[v], row.Bytes[v] = math.NaN(), math.NaN()
				continue
			}
			var ratios, allocs, bytes, ns []float64
			for _, s := range m.Samples {
				ratios = append(ratios, s[v].NsPerOp/s[Hand].NsPerOp)
				allocs = append(allocs, s[v].AllocsPerOp)
				bytes = append(bytes, s[v].BytesPerOp)
				ns = append(ns, s[v].NsPerOp)
			}
			row.Ratios[v] = Ratios{Rounds: ratios, Median: median(ratios), Worst: slices.Max(ratios)}
			row.Allocs[v], row.Bytes[v] = median(allocs), median(bytes)
			if v == Hand {
				row.HandNs = median(ns)
			}
		}
		rows[i] = row
	}
	return rows
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n == 0 {
		return math.NaN()
	}
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// compared are the variants the table compares with the hand-written one.
var compared = []Variant{Typed, Book, BookMap, MapAlone, ShapeAlone}

// WriteTable writes the rows as a Markdown table, with the summary rows
// (the median across trios of the medians, and the worst trio) and the
// issue's targets judged on the medians.
func WriteTable(w io.Writer, rows []Row, cfg Config) error {
	var b strings.Builder
	rounds := 0
	if len(rows) > 0 {
		rounds = len(rows[0].Ratios[Hand].Rounds)
	}
	fmt.Fprintf(&b, "Ratios of time per evaluation to the hand-written rule's, paired within each round: %d rounds of %v per variant run, %s %s/%s, GOMAXPROCS %d, seed %d.\n\n",
		rounds, cfg.BenchTime, runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.GOMAXPROCS(0), cfg.Seed)
	row := func(cells ...string) { b.WriteString("| " + strings.Join(cells, " | ") + " |\n") }
	row("rule", "typed median", "typed worst", "book median", "book worst", "book+map median", "book+map worst", "map alone median", "map alone worst",
		"typed shape alone median", "typed shape alone worst",
		"allocs/op hand · typed · book · book+map · map · shape", "B/op hand · typed · book · book+map · map · shape", "hand ns/op")
	row("---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:")
	for _, r := range rows {
		cells := []string{"`" + r.Rule + "`"}
		for _, v := range compared {
			cells = append(cells, ratio(r.Ratios[v].Median), ratio(r.Ratios[v].Worst))
		}
		row(append(cells, joinCounts(r.Allocs[:], 1), joinCounts(r.Bytes[:], 0), fmt.Sprintf("%.0f", r.HandNs))...)
	}
	if len(rows) > 0 {
		cells := []string{fmt.Sprintf("**median of the %d trios**", len(rows))}
		for _, v := range compared {
			var meds []float64
			for _, r := range rows {
				if !math.IsNaN(r.Ratios[v].Median) {
					meds = append(meds, r.Ratios[v].Median)
				}
			}
			cells = append(cells, "**"+ratio(median(meds))+"**", "")
		}
		row(append(cells, "", "", "")...)
		cells = []string{"**worst trio**"}
		for _, v := range compared {
			// cmp.Compare orders NaN (a trio without the variant) first.
			med := slices.MaxFunc(rows, func(x, y Row) int { return cmp.Compare(x.Ratios[v].Median, y.Ratios[v].Median) })
			worst := slices.MaxFunc(rows, func(x, y Row) int { return cmp.Compare(x.Ratios[v].Worst, y.Ratios[v].Worst) })
			cells = append(cells, "**"+ratio(med.Ratios[v].Median)+"** `"+med.Rule+"`", "**"+ratio(worst.Ratios[v].Worst)+"** `"+worst.Rule+"`")
		}
		row(append(cells, "", "", "")...)
	}
	b.WriteString("\nEach ratio is a variant's ns/op over the hand-written version's, timed a moment apart in the same round; " +
		"median and worst are over the rounds. Allocations and bytes are medians per evaluation. " +
		"Compare ratios, not absolute times: hand ns/op is for scale only.\n")
	writeTargets(&b, rows)
	_, err := io.WriteString(w, b.String())
	return err
}

// writeTargets judges the targets on the median ratios.
func writeTargets(b *strings.Builder, rows []Row) {
	if len(rows) == 0 {
		return
	}
	b.WriteString("\nTargets, judged on the medians:\n")
	every := func(v Variant, limit float64) {
		var over []string
		for _, r := range rows {
			if r.Ratios[v].Median > limit {
				over = append(over, fmt.Sprintf("`%s` %s", r.Rule, ratio(r.Ratios[v].Median)))
			}
		}
		fmt.Fprintf(b, "- %s ≤ %s hand on every trio: met on %d of %d", v, ratio(limit), len(rows)-len(over), len(rows))
		if len(over) > 0 {
			fmt.Fprintf(b, " (over: %s)", strings.Join(over, ", "))
		}
		b.WriteString(".\n")
	}
	every(Typed, 1)
	for _, r := range rows {
		if r.Rule == "expropriation.temporary_resettlement.fee" {
			met := "met"
			if r.Ratios[Typed].Median > 0.5 {
				met = "not met"
			}
			fmt.Fprintf(b, "- typed ≤ 0.50× hand on `%s`: %s (%s).\n", r.Rule, met, ratio(r.Ratios[Typed].Median))
		}
	}
	every(BookMap, 1)
	var out []string
	for _, r := range rows {
		if r.Ratios[MapAlone].Median > 1 {
			out = append(out, fmt.Sprintf("`%s` %s", r.Rule, ratio(r.Ratios[MapAlone].Median)))
		}
	}
	fmt.Fprintf(b, "- book+map cannot be ≤ 1.00× where building the map alone is over 1×: %d of %d trios", len(out), len(rows))
	if len(out) > 0 {
		fmt.Fprintf(b, " (%s)", strings.Join(out, ", "))
	}
	b.WriteString(".\n")
	out = out[:0]
	for _, r := range rows {
		if r.Ratios[ShapeAlone].Median > 1 {
			out = append(out, fmt.Sprintf("`%s` %s", r.Rule, ratio(r.Ratios[ShapeAlone].Median)))
		}
	}
	fmt.Fprintf(b, "- typed cannot be ≤ 1.00× where the typed method's shape alone is over 1×: %d of the trios that have it", len(out))
	if len(out) > 0 {
		fmt.Fprintf(b, " (%s)", strings.Join(out, ", "))
	}
	b.WriteString(".\n")
}

func ratio(x float64) string {
	if math.IsNaN(x) {
		return "—"
	}
	return fmt.Sprintf("%.2f×", x)
}

// joinCounts joins per-evaluation counts, to the given decimal places
// where a run's average is not whole (an allocation made once per run, or
// by the runtime).
func joinCounts(xs []float64, places int) string {
	scale := math.Pow(10, float64(places))
	parts := make([]string, len(xs))
	for i, x := range xs {
		if math.IsNaN(x) {
			parts[i] = "—"
			continue
		}
		x = math.Round(x*scale) / scale
		parts[i] = strconv.FormatFloat(x, 'f', -1, 64)
	}
	return strings.Join(parts, " · ")
}
