package main

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/batch"
	"github.com/wzpolicy/wzpolicy/examples/population"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// The tests run the pipeline on Beam's prism runner, in this process
// (ptest's default runner; -runner picks another).
func TestMain(m *testing.M) { ptest.Main(m) }

var on = rules.MustDate(2023, 6, 1)

// outputs are the files a run wrote, read back.
type outputs struct {
	results                    []Result
	refused                    []Refused
	totals, byRule, byLocality []Total
}

// runPipeline runs the pipeline over the population file in on the test's
// runner, and reads its outputs.
func runPipeline(t *testing.T, in string) outputs {
	t.Helper()
	opt := Options{Input: in, Output: filepath.Join(t.TempDir(), "out"), On: on}
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, opt); err != nil {
		t.Fatal(err)
	}
	if err := ptest.Run(p); err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	return outputs{
		results:    readJSONL[Result](t, opt.Path(ResultsFile)),
		refused:    readJSONL[Refused](t, opt.Path(RefusedFile)),
		totals:     readJSONL[Total](t, opt.Path(TotalsFile)),
		byRule:     readJSONL[Total](t, opt.Path(ByRuleFile)),
		byLocality: readJSONL[Total](t, opt.Path(ByLocalityFile)),
	}
}

func readJSONL[T any](t *testing.T, path string) []T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err) // every output is written, empty or not
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var v T
		d := json.NewDecoder(strings.NewReader(sc.Text()))
		d.DisallowUnknownFields()
		if err := d.Decode(&v); err != nil {
			t.Fatalf("%s: %q: %v", filepath.Base(path), sc.Text(), err)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// batchTotals screens the records with the library's batch API and
// returns its totals.
func batchTotals(t *testing.T, recs iter.Seq2[population.Record, error]) *batch.Totals {
	t.Helper()
	var totals batch.Totals
	e := welfare.Default()
	err := batch.Run(context.Background(), recs, batch.Options{},
		func(_ int, in *population.Record, out *welfare.Screening) error {
			return e.Screen(on, in.Household, population.Standards(in.Household.Locality), out)
		},
		func(_ int, _ *population.Record, out *welfare.Screening) error {
			out.AddTo(&totals)
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	return &totals
}

// checkTotals compares totals the pipeline wrote with the batch API's rows.
func checkTotals(t *testing.T, name string, got []Total, want []batch.Row) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d rows, the batch API has %d", name, len(got), len(want))
	}
	for i := range min(len(got), len(want)) {
		g, w := got[i], want[i]
		amount, err := decimal.NewFromString(g.Amount)
		if err != nil {
			t.Fatalf("%s: row %d: %v", name, i, err)
		}
		if (batch.Key{Rule: g.Rule, Part: g.Part, Locality: g.Locality, Unit: g.Unit}) != w.Key || g.Count != w.Count || !amount.Equal(w.Amount) {
			t.Errorf("%s: row %d: pipeline %+v, batch API %+v (%s)", name, i, g, w, w.Amount)
		}
	}
}

// totalsOfResults adds the grants of the results lines up, as a check of
// the results file against the totals.
func totalsOfResults(t *testing.T, results []Result) *batch.Totals {
	t.Helper()
	var totals batch.Totals
	for _, r := range results {
		for _, g := range r.Grants {
			totals.Add(batch.Key{Rule: g.Rule, Part: g.Part, Locality: string(r.Locality), Unit: g.Unit}, decimal.RequireFromString(g.Amount))
		}
	}
	return &totals
}

func compareWithBatch(t *testing.T, got outputs, want *batch.Totals) {
	t.Helper()
	checkTotals(t, TotalsFile, got.totals, want.Rows())
	checkTotals(t, ByRuleFile, got.byRule, want.ByRule())
	checkTotals(t, ByLocalityFile, got.byLocality, want.ByLocality())
	if !totalsOfResults(t, got.results).Equal(want) {
		t.Errorf("%s: the grants do not add up to the batch API's totals", ResultsFile)
	}
}

// The pipeline's totals over 2,000 households of the synthetic population
// (seed 1, screened on 2023-06-01) are the batch API's over the same file,
// key for key, count for count and to the last fen; and its results list
// every household once, with grants that add up to the same totals.
func TestPipelineMatchesBatch(t *testing.T) {
	const n = 2000
	in := filepath.Join(t.TempDir(), "population.jsonl")
	f, err := os.Create(in)
	if err != nil {
		t.Fatal(err)
	}
	if err := population.WriteJSONL(f, population.Config{Seed: 1, On: on}, n); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	got := runPipeline(t, in)

	if len(got.refused) > 0 {
		t.Errorf("refused %d lines, first %+v", len(got.refused), got.refused[0])
	}
	seen := make([]bool, n)
	for _, r := range got.results {
		if r.ID < 0 || r.ID >= n || seen[r.ID] {
			t.Fatalf("result of household %d: not one of 0 to %d, or a second one", r.ID, n-1)
		}
		seen[r.ID] = true
	}
	if len(got.results) != n {
		t.Errorf("%d results, want %d", len(got.results), n)
	}
	if len(got.byRule) < 20 {
		t.Errorf("only %d rules and parts granted over %d households: %+v", len(got.byRule), n, got.byRule)
	}

	f, err = os.Open(in)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	compareWithBatch(t, got, batchTotals(t, population.ReadJSONL(f)))
}

func marshal(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// handMade are a few households of the kinds the screening grants to, as
// population lines.
var handMade = []string{
	`{"id": 0, "household": {"Locality": "鹿城区", "Status": "低保",
	  "Housing": {"OwnsHome": false, "MarketRent": "1200"},
	  "Members": [{"Name": "甲", "BirthDate": "1938-03-01", "SelfCare": "轻度丧失生活自理能力", "ResidentMedical": true,
	    "Medical": {"CompliantCost": "2000", "Visit": "住院", "Designated": true}}],
	  "Income": {"PeriodMonths": 12, "Items": [{"Kind": "其他收入", "Amount": "3600"}]}}}`,
	`{"id": 1, "household": {"Locality": "瓯海区", "Members": [{"Name": "乙", "BirthDate": "1930-01-02"}]}}`,
	`{"id": 2, "household": {"Locality": "瑞安市", "Status": "低边",
	  "Members": [{"Name": "丙", "BirthDate": "1960-05-05", "Disability": "肢体", "DisabilityGrade": 1},
	    {"Name": "丁", "BirthDate": "2010-09-01"}]}}`,
	`{"id": 3, "household": {"Locality": "鹿城区", "Members": [{"Name": "戊", "BirthDate": "1990-01-01"}]}}`,
	`{"id": 4, "household": {"Locality": "龙湾区", "Status": "低保", "Members": [{"Name": "己", "BirthDate": "1945-07-01", "Veteran": true}]}}`,
}

// A handful of households, a blank line, lines that are not records and a
// household the library refuses: each household screened gives its line
// of results, with the benefits its statement grants; each other line its
// refusal; and the totals are the batch API's.
func TestPipelineHandMade(t *testing.T) {
	var recs []population.Record
	for _, line := range handMade {
		var r population.Record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("%s: %v", line, err)
		}
		recs = append(recs, r)
	}
	lines := append(slices.Clone(handMade), "",
		`{"id": 100, "household": {"Locality": "鹿城区"}, "extra": 1}`,
		"not json",
		`{"id": 101, "household": {"Locality": "杭州市"}}`,
		`{"id": 102, "household": {"Members": [{"Name": "庚", "BirthDate": "1950-01-01"}]}}`)
	for i := range lines {
		lines[i] = strings.ReplaceAll(lines[i], "\n", "")
	}
	in := filepath.Join(t.TempDir(), "population.jsonl")
	if err := os.WriteFile(in, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got := runPipeline(t, in)

	slices.SortFunc(got.results, func(a, b Result) int { return a.ID - b.ID })
	if len(got.results) != len(recs) {
		t.Fatalf("%d results, want %d", len(got.results), len(recs))
	}
	e := welfare.Default()
	granted := 0
	for i, r := range recs {
		st, err := e.Assess(on, r.Household, population.Standards(r.Household.Locality))
		if err != nil {
			t.Fatal(err)
		}
		want := Result{ID: r.ID, Locality: st.Locality, Grants: []GrantLine{}}
		for _, sec := range append([]welfare.Section{st.Household}, st.Members...) {
			for _, en := range sec.Granted() {
				want.Grants = append(want.Grants, GrantLine{Member: sec.Member, Rule: en.Rule, Part: en.Part,
					Amount: en.Amount.StringFixed(2), Unit: en.Unit.String(), Outcome: en.Outcome})
			}
		}
		if g, w := marshal(t, got.results[i]), marshal(t, want); g != w {
			t.Errorf("household %d:\n got %s\nwant %s", r.ID, g, w)
		}
		granted += len(want.Grants)
	}
	if granted == 0 {
		t.Fatal("no household was granted anything: the test checks nothing")
	}

	slices.SortFunc(got.refused, func(a, b Refused) int { // the lines without an id, by text; then by id
		idOf := func(r Refused) int {
			if r.ID == nil {
				return -1
			}
			return *r.ID
		}
		return cmp.Or(cmp.Compare(idOf(a), idOf(b)), strings.Compare(a.Line, b.Line))
	})
	if len(got.refused) != 4 {
		t.Fatalf("refused %+v, want 4 lines", got.refused)
	}
	for _, r := range got.refused {
		if r.Error == "" || (r.ID == nil) == (r.Line == "") {
			t.Errorf("refusal %+v: want an error and either the id or the line", r)
		}
	}
	for i, id := range []int{101, 102} { // a locality none of Wenzhou's; none
		if r := got.refused[2+i]; r.ID == nil || r.Line != "" || *r.ID != id {
			t.Errorf("refusals %+v: want household %d's", got.refused, id)
		}
	}

	compareWithBatch(t, got, batchTotals(t, batch.Values(slices.Values(recs))))
}
