// Package speed measures what the library costs against the same rules
// written by hand, and prints the table the README's speed claim quotes.
//
// # Trios
//
// A [Trio] is one rule and one fixed, realistic case, evaluated four ways
// ([Variant]), and its inputs map built alone:
//
//   - hand: the rule written by hand in Go with shopspring/decimal, as a
//     careful engineer would without the library — the same checks of the
//     date, the inputs and their ranges, the same conditions and figures;
//     no explanation, no citations;
//   - typed: the domain package's typed function;
//   - book: Book().Eval by rule ID, with the case's Inputs map built once;
//   - book+map: Book().Eval with the Inputs map built on every call, as
//     callers that keep their cases in their own structs do;
//   - map alone: the Inputs map of book+map built, and nothing evaluated:
//     what book+map pays before the book starts. Where it alone costs more
//     than the hand-written rule, book+map cannot come within 1× of it;
//   - typed shape alone (the high-age allowance and ride-hailing vehicle
//     eligibility only): the case built as typed builds it and passed, by
//     value, to a function of the typed method's shape that evaluates
//     nothing and returns a result keeping a copy of the case, as
//     rules.Outcome does for the explanation asked for later. Where it
//     alone costs more than the hand-written rule, which takes its few
//     facts as arguments, typed cannot come within 1× of it.
//
// Only public APIs are used: the typed functions, Book().Eval and the
// Result it returns. Before anything is timed, every variant must give the
// trio's figure, worked by hand from the document's text (Trio.Want; each
// trio's file quotes the clauses), never computed with the library.
//
// The trios ([All]): welfare.dibao.allowance (a household's income counted
// item by item under 二、1's exemptions, then the allowance), the high-age
// allowance, two relief measures behind the appendix's eight exclusions
// (the bookstore rent subsidy and the travel-agency reward), the
// temporary resettlement fee, the routine-maintenance minimum of rural
// roads, ride-hailing vehicle eligibility (thirteen conditions), the grain
// reserve check and the scale-up reward (two bracket lookups, three
// instalments, six conditions).
//
// # Running it
//
//	go run ./internal/speed/ratios                # 10 rounds of 200ms runs: under two minutes
//	go run ./internal/speed/ratios -rounds 20 -benchtime 500ms -run 'welfare|relief'
//
// For benchstat, the same variants as ordinary benchmarks, run one after
// the other rather than interleaved:
//
//	go test ./internal/speed -run '^$' -bench . -count 10
//
// # Method
//
// The number of evaluations in one timed run is calibrated once per variant
// to last about -benchtime. Then each round times every variant of every
// trio once: the trios in a shuffled order, and each trio's variants
// one after the other in a shuffled order, so that a variant and the
// hand-written rule it is divided by are timed a moment apart, on the same
// state of a shared, noisy machine. The heap is collected before each timed
// run; the garbage a run makes is collected on its own clock. Per round and
// trio, each variant's ns/op is divided by the hand-written rule's: a paired
// ratio. These machines are shared: compare ratios, not absolute times.
//
// # The table
//
// One row per trio:
//
//   - typed, book, book+map, map alone median: the median over the rounds of the
//     variant's paired ratio to hand (0.80× is faster than hand);
//   - worst: the largest of those ratios, the round least favourable to
//     the library;
//   - allocs/op and B/op: allocations and bytes per evaluation of hand,
//     typed, book, book+map and map alone, medians over the rounds (a fraction is an
//     allocation made once per run, or by the runtime);
//   - hand ns/op: the hand-written rule's median time, for scale only.
//
// Then two summary rows: the median across trios of each variant's
// medians, and the worst trio — the largest median, and the largest ratio
// of any round, each with its rule. Last, the targets judged on the
// medians: typed ≤ 1× hand on every trio (≤ 0.5× on the resettlement fee),
// and book+map ≤ 1× hand on every trio, with the trios where the map alone
// already costs more than that. A speed claim quotes the median
// row and the worst trio, never the most favourable rule alone.
//
// # Adding a trio
//
// Write a file with the case, its figure worked by hand in a comment
// quoting the clauses, a hand-written function that checks what the rule
// checks (its in-force period, each input's range, each condition) and
// computes what the typed function returns, and the four variants keeping
// the figure in a sink of the file's own; list it in [All].
package speed
