package population_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy"
	"github.com/wzpolicy/wzpolicy/examples/population"
	"github.com/wzpolicy/wzpolicy/relief"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// cmpOpts compare amounts by value and dates and rates as values.
var cmpOpts = cmp.Options{
	cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) }),
	cmp.Comparer(func(a, b rules.Date) bool { return a == b }),
	cmp.Comparer(func(a, b rules.Rate) bool { return a.Equal(b) }),
}

// Every household of 2,000 is assessed without an error and without a
// problem of its facts.
func TestHouseholdsAssess(t *testing.T) {
	t.Parallel()
	cfg := population.Config{Seed: 7, On: on}
	for i, h := range population.Households(cfg, 2000) {
		if err := h.Validate(cfg.On); err != nil {
			t.Errorf("household %d: %v", i, err)
			continue
		}
		st, err := welfare.Default().Assess(cfg.On, h, population.Standards(h.Locality))
		if err != nil {
			t.Errorf("household %d: %v", i, err)
			continue
		}
		for _, p := range st.Problems {
			t.Errorf("household %d: %s", i, p.Text(rules.English))
		}
		// A benefit may lack a fact the household's records do not hold,
		// never have one its rule refuses.
		for _, sec := range append([]welfare.Section{st.Household}, st.Members...) {
			for _, en := range sec.NotAssessed {
				if en.Invalid != "" || en.Error != nil {
					t.Errorf("household %d, member %d: %s: %s", i, sec.Member, en.Rule, en.Invalid)
				}
			}
		}
	}
}

// The assessment date is within the welfare document's period, and the
// households assess on the first and last days of it too.
func TestHouseholdsAssessOverThePeriod(t *testing.T) {
	t.Parallel()
	for _, day := range []rules.Date{rules.MustDate(2022, 5, 1), on, rules.MustDate(2025, 12, 31)} {
		cfg := population.Config{Seed: 3, On: day}
		for i, h := range population.Households(cfg, 300) {
			st, err := welfare.Default().Assess(cfg.On, h, population.Standards(h.Locality))
			if err != nil {
				t.Fatalf("%s, household %d: %v", day, i, err)
			}
			if len(st.Problems) > 0 {
				t.Fatalf("%s, household %d: %s", day, i, st.Problems[0].Text(rules.English))
			}
		}
	}
}

// Every firm of 2,000 is assessed without an error, after the notice's
// period as within it.
func TestFirmsAssess(t *testing.T) {
	t.Parallel()
	for _, day := range []rules.Date{on, rules.MustDate(2022, 6, 30), rules.MustDate(2022, 4, 1)} {
		cfg := population.Config{Seed: 7, On: day}
		for i, p := range population.Firms(cfg, 2000) {
			a, err := relief.Default().Assess(cfg.On, p, population.Tiers())
			if err != nil {
				t.Errorf("%s, firm %d: %v", day, i, err)
				continue
			}
			// Every claim states the facts its measure needs, and none
			// the measure refuses.
			for _, it := range a.Items {
				if it.Status == rules.NotAssessed {
					t.Errorf("%s, firm %d: %s %s not assessed: %s: %s", day, i, it.Rule, it.Claim, it.Field, it.Note)
				}
			}
		}
	}
}

// The same (cfg, i) gives the same household and firm, in any order; the
// iterators yield what Household and Firm return.
func TestDeterministic(t *testing.T) {
	cfg := population.Config{Seed: 42, On: on}
	var hs []welfare.Household
	var fs []relief.Profile
	for i, h := range population.Households(cfg, 200) {
		if i != len(hs) {
			t.Fatalf("yielded index %d, want %d", i, len(hs))
		}
		hs = append(hs, h)
	}
	for _, f := range population.Firms(cfg, 200) {
		fs = append(fs, f)
	}
	for i := 199; i >= 0; i-- {
		if d := cmp.Diff(hs[i], population.Household(cfg, i), cmpOpts); d != "" {
			t.Fatalf("household %d differs when drawn again (-first +again):\n%s", i, d)
		}
		if d := cmp.Diff(fs[i], population.Firm(cfg, i), cmpOpts); d != "" {
			t.Fatalf("firm %d differs when drawn again (-first +again):\n%s", i, d)
		}
	}
	if cmp.Equal(population.Household(cfg, 0), population.Household(population.Config{Seed: 43, On: on}, 0), cmpOpts) &&
		cmp.Equal(population.Household(cfg, 1), population.Household(population.Config{Seed: 43, On: on}, 1), cmpOpts) {
		t.Error("seeds 42 and 43 draw the same households")
	}
}

// Households drawn concurrently are the ones drawn in order.
func TestConcurrent(t *testing.T) {
	cfg := population.Config{Seed: 5, On: on}
	got := make([]welfare.Household, 400)
	done := make(chan struct{})
	for w := range 4 {
		go func() {
			for i := w; i < len(got); i += 4 {
				got[i] = population.Household(cfg, i)
			}
			done <- struct{}{}
		}()
	}
	for range 4 {
		<-done
	}
	for i, h := range population.Households(cfg, len(got)) {
		if d := cmp.Diff(h, got[i], cmpOpts); d != "" {
			t.Fatalf("household %d (-in order +concurrently):\n%s", i, d)
		}
	}
}

// The JSON Lines form reads back to the households drawn.
func TestJSONLRoundTrip(t *testing.T) {
	cfg := population.Config{Seed: 11, On: on}
	var buf bytes.Buffer
	if err := population.WriteJSONL(&buf, cfg, 500); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 500 {
		t.Fatalf("%d lines, want 500", len(lines))
	}
	// Any encoding/json reader reads the lines.
	for i, line := range lines {
		var rec population.Record
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if d := cmp.Diff(population.Household(cfg, i), rec.Household, cmpOpts); d != "" || rec.ID != i {
			t.Fatalf("line %d, id %d (-drawn +read by encoding/json):\n%s", i+1, rec.ID, d)
		}
	}
	n := 0
	for rec, err := range population.ReadJSONL(&buf) {
		if err != nil {
			t.Fatal(err)
		}
		if rec.ID != n {
			t.Fatalf("record %d has id %d", n, rec.ID)
		}
		if d := cmp.Diff(population.Household(cfg, n), rec.Household, cmpOpts); d != "" {
			t.Fatalf("household %d (-drawn +read):\n%s", n, d)
		}
		n++
	}
	if n != 500 {
		t.Fatalf("read %d records, want 500", n)
	}
}

// A line that is not a record is an error naming the line, and reading
// stops.
func TestReadJSONLErrors(t *testing.T) {
	var good bytes.Buffer
	if err := population.WriteJSONL(&good, population.Config{Seed: 1, On: on}, 1); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, in, want string }{
		{"not JSON", "{", "line 1"},
		{"unknown field", `{"id":0,"household":{"Locality":"鹿城区"},"extra":1}`, `unknown field "extra"`},
		{"unknown household field", `{"id":0,"household":{"Locality":"鹿城区","Wealth":1}}`, `unknown field "Wealth"`},
		{"no household", `{"id":3}`, `"household" is missing`},
		{"no id", `{"household":{"Locality":"鹿城区"}}`, `"id" is missing`},
		{"an empty status", `{"id":0,"household":{"Locality":"鹿城区","Status":""}}`, "household"},
		{"a locality none of the document's", `{"id":0,"household":{"Locality":"杭州"}}`, "杭州"},
		{"two values", `{"id":0,"household":{"Locality":"鹿城区"}} {}`, "more than one"},
		{"second line", good.String() + "\n" + "[]\n", "line 3"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var errs []error
			for _, err := range population.ReadJSONL(strings.NewReader(c.in)) {
				if err != nil {
					errs = append(errs, err)
				}
			}
			if len(errs) != 1 || !strings.Contains(errs[0].Error(), c.want) {
				t.Errorf("errors %v, want one containing %q", errs, c.want)
			}
		})
	}
}

// WriteJSONL refuses a zero date and a negative count before writing.
func TestWriteJSONLRefuses(t *testing.T) {
	var buf bytes.Buffer
	if err := population.WriteJSONL(&buf, population.Config{}, 1); err == nil || buf.Len() > 0 {
		t.Errorf("zero date: %v, wrote %d bytes", err, buf.Len())
	}
	if err := population.WriteJSONL(&buf, population.Config{On: on}, -1); err == nil || buf.Len() > 0 {
		t.Errorf("negative count: %v, wrote %d bytes", err, buf.Len())
	}
}

// The shares over 20,000 households are the documented ones.
func TestMarginals(t *testing.T) {
	t.Parallel()
	cfg := population.Config{Seed: 2023, On: on}
	const n = 20000
	var members, dibao, dibian, outside, housing, migrants, mental, tekun, people, aged65, aged80, children int
	for _, h := range population.Households(cfg, n) {
		members += len(h.Members)
		switch h.Status {
		case welfare.Dibao:
			dibao++
		case welfare.Dibian:
			dibian++
		}
		if h.Locality == welfare.OutsideWenzhou {
			outside++
		}
		if h.Housing != nil {
			housing++
		}
		for _, m := range h.Members {
			people++
			age := m.BirthDate.FullYears(on)
			if age >= 65 {
				aged65++
			}
			if age >= 80 {
				aged80++
			}
			if age < 15 {
				children++
			}
			if m.Migrant != nil {
				migrants++
			}
			if m.Mental != nil {
				mental++
			}
			if m.Tekun != welfare.NotTekun {
				tekun++
			}
		}
	}
	share := func(k, of int) float64 { return float64(k) / float64(of) }
	mean := share(members, n)
	t.Logf("members %.3f; 低保 %.2f%%, 低边 %.2f%%, 市外 %.2f%%, housing %.1f%% of households; aged 0–14 %.1f%%, 65+ %.1f%%, 80+ %.2f%%, migrants %.1f%%, mental %.2f%%, 特困 %.2f%% of people",
		mean, 100*share(dibao, n), 100*share(dibian, n), 100*share(outside, n), 100*share(housing, n),
		100*share(children, people), 100*share(aged65, people), 100*share(aged80, people), 100*share(migrants, people), 100*share(mental, people), 100*share(tekun, people))
	for _, c := range []struct {
		what    string
		got     float64
		low, hi float64
	}{
		{"mean members", mean, 2.5, 2.7},
		{"低保 share", share(dibao, n), 0.03, 0.05},
		{"低边 share", share(dibian, n), 0.03, 0.05},
		{"市外 share", share(outside, n), 0.08, 0.12},
		{"share of people aged 80 or over", share(aged80, people), 0.01, 0.04},
		{"share of people with a mental-health record", share(mental, people), 0.002, 0.02},
	} {
		if c.got < c.low || c.got > c.hi {
			t.Errorf("%s %.4f, want %.4f–%.4f", c.what, c.got, c.low, c.hi)
		}
	}
}

// A household and a firm written by encoding/json read back as they were,
// the facts not given (a zero date, a zero enumerated fact) included:
// those write null, which reads back as not given. The same JSON is a
// case wzpolicy.DecodeCase reads strictly.
func TestEncodingJSONRoundTrip(t *testing.T) {
	t.Parallel()
	cfg := population.Config{Seed: 3, On: on}
	nulls := 0
	for i := range 2000 {
		h := population.Household(cfg, i)
		b, err := json.Marshal(h)
		if err != nil {
			t.Fatal(err)
		}
		nulls += bytes.Count(b, []byte(":null"))
		var back welfare.Household
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("household %d: %v\n%s", i, err, b)
		}
		if d := cmp.Diff(h, back, cmpOpts); d != "" {
			t.Fatalf("household %d (-drawn +read back):\n%s", i, d)
		}
		c := fmt.Sprintf(`{"assessment": "welfare.household", "date": %q, "inputs": {"household": %s}}`, cfg.On, b)
		if _, err := wzpolicy.DecodeCase([]byte(c)); err != nil {
			t.Fatalf("household %d as a case: %v", i, err)
		}

		f := population.Firm(cfg, i)
		if b, err = json.Marshal(f); err != nil {
			t.Fatal(err)
		}
		var fb relief.Profile
		if err := json.Unmarshal(b, &fb); err != nil {
			t.Fatalf("firm %d: %v\n%s", i, err, b)
		}
		if d := cmp.Diff(f, fb, cmpOpts); d != "" {
			t.Fatalf("firm %d (-drawn +read back):\n%s", i, d)
		}
	}
	if nulls == 0 {
		t.Fatal("no fact written as not given: the round trip checks nothing of them")
	}
}
