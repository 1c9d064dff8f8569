package batch_test

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/batch"
)

func count(n int) iter.Seq2[int, error] {
	return batch.Values(func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	})
}

// failingAt yields 0 … n−1, and err in place of record at.
func failingAt(n, at int, err error) iter.Seq2[int, error] {
	return func(yield func(int, error) bool) {
		for i := range n {
			if i == at {
				yield(0, err)
				return
			}
			if !yield(i, nil) {
				return
			}
		}
	}
}

// Results come back in input order however long each record takes.
func TestRunKeepsInputOrder(t *testing.T) {
	for _, chunk := range []int{1, 7, 0} {
		keepsInputOrder(t, batch.Options{Workers: 4, Ahead: 7, Chunk: chunk})
	}
}

func keepsInputOrder(t *testing.T, opt batch.Options) {
	var got []int
	err := batch.Run(context.Background(), count(500), opt,
		func(_ int, in *int, out *int) error {
			if *in%7 == 0 {
				time.Sleep(time.Duration(*in%5) * 100 * time.Microsecond)
			}
			*out = *in * *in
			return nil
		},
		func(seq int, in *int, out *int) error {
			if seq != *in || *out != *in**in {
				t.Errorf("record %d: got in %d out %d", seq, *in, *out)
			}
			got = append(got, seq)
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 500 || !slices.IsSorted(got) {
		t.Errorf("chunk %d: emitted %d records, in order: %t", opt.Chunk, len(got), slices.IsSorted(got))
	}
}

// The first error stops the run and names the record; records before it
// were all emitted, none after it.
func TestRunStopsAtTheFirstError(t *testing.T) {
	bad := errors.New("refused")
	for _, c := range []struct {
		name       string
		work, emit int // the record that fails, -1 for none
		src        iter.Seq2[int, error]
	}{
		{"work", 123, -1, count(1000)},
		{"emit", -1, 321, count(1000)},
		{"source", -1, -1, failingAt(1000, 77, bad)},
	} {
		for _, chunk := range []int{1, 10, 0} {
			stopsAt(t, c.name, c.src, c.work, c.emit, batch.Options{Workers: 3, Chunk: chunk}, bad)
		}
	}
}

// stopsAt runs a source whose record work (or emit, or the source at 77)
// fails, and checks the run stops there, every record before it emitted.
func stopsAt(t *testing.T, name string, src iter.Seq2[int, error], failWork, failEmit int, opt batch.Options, bad error) {
	t.Helper()
	last := -1
	err := batch.Run(context.Background(), src, opt,
		func(_ int, in *int, out *int) error {
			if *in == failWork {
				return bad
			}
			*out = *in
			return nil
		},
		func(seq int, _ *int, _ *int) error {
			if seq == failEmit {
				return bad
			}
			if seq != last+1 {
				t.Errorf("%s, chunk %d: emitted %d after %d", name, opt.Chunk, seq, last)
			}
			last = seq
			return nil
		})
	want := max(failWork, failEmit)
	if want < 0 {
		want = 77
	}
	var be *batch.Error
	if !errors.As(err, &be) || be.Seq != want || !errors.Is(err, bad) {
		t.Errorf("%s, chunk %d: got %v, want the error of record %d", name, opt.Chunk, err, want)
	}
	if last != want-1 {
		t.Errorf("%s, chunk %d: last emitted %d, want %d", name, opt.Chunk, last, want-1)
	}
}

// A caller's cancellation stops the run and is its error.
func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	endless := batch.Values(func(yield func(int) bool) {
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
		}
	})
	err := batch.Run(ctx, endless, batch.Options{Workers: 2},
		func(_ int, in *int, out *int) error { *out = *in; return nil },
		func(seq int, _ *int, _ *int) error {
			if seq == 1000 {
				cancel()
			}
			return nil
		})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
}

// A run whose work evaluates into the slot's result allocates nothing per
// record: the ring of slots is made once.
func TestRunAllocatesNothingPerRecord(t *testing.T) {
	const n = 20000
	run := func() {
		_ = batch.Run(context.Background(), count(n), batch.Options{Workers: 2},
			func(_ int, in *int, out *[4]int) error { out[0] = *in; return nil },
			func(int, *int, *[4]int) error { return nil })
	}
	if per := testing.AllocsPerRun(3, run) / n; per > 0.01 {
		t.Errorf("%.3f allocations per record, want none", per)
	}
}

// Sums are exact: three grants of 1,085.50 and one of 0.10 (added as
// 10 × 10⁻², AddScaled) in 鹿城区, two
// of 200 in 瑞安市; a locality's totals are kept unit by unit, never a
// monthly allowance added to a one-off grant.
func TestTotals(t *testing.T) {
	var a, b batch.Totals
	const monthly, perPerson, once = "元/户·月", "元/人·月", "元"
	dibao := batch.Key{Rule: "welfare.dibao.allowance", Locality: "鹿城区", Unit: monthly}
	for range 3 {
		a.Add(dibao, decimal.RequireFromString("1085.50"))
	}
	a.AddScaled(dibao, 10, -2) // 0.10
	highAge := batch.Key{Rule: "welfare.elderly.high_age_allowance", Locality: "瑞安市", Unit: perPerson}
	b.Add(highAge, decimal.RequireFromString("200"))
	b.Add(highAge, decimal.RequireFromString("200"))
	b.Add(batch.Key{Rule: "welfare.dibao.allowance", Locality: "瑞安市", Unit: monthly}, decimal.RequireFromString("10"))
	b.Add(batch.Key{Rule: "welfare.medical.assistance", Locality: "瑞安市", Unit: once}, decimal.RequireFromString("1600"))
	a.Merge(&b)
	type row struct {
		Rule, Locality, Unit string
		Count                int
		Amount               string
	}
	rows := func(rs []batch.Row) []row {
		var out []row
		for _, r := range rs {
			out = append(out, row{r.Rule, r.Locality, r.Unit, r.Count, r.Amount.String()})
		}
		return out
	}
	if d := cmp.Diff([]row{
		{"welfare.dibao.allowance", "瑞安市", monthly, 1, "10"},
		{"welfare.dibao.allowance", "鹿城区", monthly, 4, "3256.6"}, // 3 × 1,085.50 + 0.10
		{"welfare.elderly.high_age_allowance", "瑞安市", perPerson, 2, "400"},
		{"welfare.medical.assistance", "瑞安市", once, 1, "1600"},
	}, rows(a.Rows())); d != "" {
		t.Errorf("Rows (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]row{
		{"welfare.dibao.allowance", "", monthly, 5, "3266.6"},
		{"welfare.elderly.high_age_allowance", "", perPerson, 2, "400"},
		{"welfare.medical.assistance", "", once, 1, "1600"},
	}, rows(a.ByRule())); d != "" {
		t.Errorf("ByRule (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]row{
		{"", "瑞安市", once, 1, "1600"},
		{"", "瑞安市", perPerson, 2, "400"}, // by the units' text: 元, 元/人·月, 元/户·月
		{"", "瑞安市", monthly, 1, "10"},
		{"", "鹿城区", monthly, 4, "3256.6"},
	}, rows(a.ByLocality())); d != "" {
		t.Errorf("ByLocality (-want +got):\n%s", d)
	}
	var c batch.Totals
	c.Merge(&a)
	if !c.Equal(&a) {
		t.Error("a merged into an empty Totals is not equal to a")
	}
	c.Add(dibao, decimal.Zero)
	if c.Equal(&a) {
		t.Error("one more grant of zero is still equal")
	}
}

// A reform that raises one benefit in one locality and grants another
// once more: the two keys changed, with their differences, and nothing
// else.
func TestDiff(t *testing.T) {
	var base, reform batch.Totals
	dibao := batch.Key{Rule: "welfare.dibao.allowance", Locality: "鹿城区"}
	age := batch.Key{Rule: "welfare.elderly.high_age_allowance", Locality: "瑞安市"}
	base.Add(dibao, decimal.RequireFromString("785"))
	base.Add(age, decimal.RequireFromString("50"))
	reform.Add(dibao, decimal.RequireFromString("835.50")) // the standard raised by 50.50
	reform.Add(age, decimal.RequireFromString("50"))
	reform.Add(age, decimal.RequireFromString("100"))
	got := batch.Diff(&base, &reform)
	type change struct {
		Rule               string
		Base, Reform       int
		BaseAmt, ReformAmt string
		Delta              string
	}
	var rows []change
	for _, c := range got {
		rows = append(rows, change{c.Rule, c.BaseCount, c.ReformCount, c.BaseAmount.String(), c.ReformAmount.String(), c.Delta.String()})
	}
	if d := cmp.Diff([]change{
		{"welfare.dibao.allowance", 1, 1, "785", "835.5", "50.5"},
		{"welfare.elderly.high_age_allowance", 1, 2, "50", "150", "100"},
	}, rows); d != "" {
		t.Errorf("Diff (-want +got):\n%s", d)
	}
	if d := batch.Diff(&base, &base); len(d) != 0 {
		t.Errorf("a population against itself changed %d keys", len(d))
	}
}

// A Tally adds under its key as Totals.Add does, however the Totals grows
// or is merged into: four grants of 200 (one added as 2 × 10², AddScaled)
// and one merged in, 1,000 over five; a key only looked up has no row. A
// hint finds the key it was given with, and a hint given with another key
// finds that key: never the first's total.
func TestTally(t *testing.T) {
	var a, b batch.Totals
	highAge := batch.Key{Rule: "welfare.elderly.high_age_allowance", Locality: "瑞安市", Unit: "元/人·月"}
	c := a.TallyHint(7, highAge)
	c.Add(decimal.RequireFromString("200"))
	for i := range 2000 { // the table grows past the tally's key
		a.Add(batch.Key{Rule: "welfare.other", Part: fmt.Sprint(i), Unit: "元"}, decimal.NewFromInt(1))
	}
	c.Add(decimal.RequireFromString("200.00"))
	a.TallyHint(7, highAge).AddScaled(2, 2)
	a.Add(highAge, decimal.RequireFromString("200"))
	b.Add(highAge, decimal.RequireFromString("200"))
	a.Merge(&b)
	b.Tally(batch.Key{Rule: "welfare.unused", Unit: "元"})
	if got := b.Rows(); len(got) != 1 || got[0].Key != highAge {
		t.Errorf("b's rows: %v; want only %v", got, highAge)
	}
	// The same hint with another key (瓯海区, built apart from a string of
	// its own), and again with the first.
	other := batch.Key{Rule: highAge.Rule, Locality: string([]byte("瓯海区")), Unit: highAge.Unit}
	a.TallyHint(7, other).AddScaled(5, 0)
	a.TallyHint(7, highAge).AddScaled(0, 0)
	rows := map[string]batch.Row{}
	for _, r := range a.Rows() {
		if r.Rule == highAge.Rule {
			rows[r.Locality] = r
		}
	}
	if r := rows["瑞安市"]; len(rows) != 2 || r.Count != 6 || r.Amount.String() != "1000" || rows["瓯海区"].Count != 1 || rows["瓯海区"].Amount.String() != "5" {
		t.Fatalf("the tallied keys' totals: %+v; want 瑞安市 6 grants, 1000, and 瓯海区 1 grant, 5", rows)
	}
}
