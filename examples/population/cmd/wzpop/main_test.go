package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/examples/population"
	"github.com/wzpolicy/wzpolicy/rules"
)

var cmpOpts = cmp.Options{
	cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) }),
	cmp.Comparer(func(a, b rules.Date) bool { return a == b }),
	cmp.Comparer(func(a, b rules.Rate) bool { return a.Equal(b) }),
}

func TestHouseholds(t *testing.T) {
	var out, errs bytes.Buffer
	if code := run([]string{"-seed", "9", "-n", "5", "-on", "2023-06-01"}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	cfg := population.Config{Seed: 9, On: rules.MustDate(2023, 6, 1)}
	n := 0
	for rec, err := range population.ReadJSONL(&out) {
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(population.Household(cfg, rec.ID), rec.Household, cmpOpts); d != "" || rec.ID != n {
			t.Fatalf("record %d (id %d) (-drawn +written):\n%s", n, rec.ID, d)
		}
		n++
	}
	if n != 5 {
		t.Errorf("%d records, want 5", n)
	}
}

func TestFirms(t *testing.T) {
	var out, errs bytes.Buffer
	if code := run([]string{"-firms", "-n", "50", "-on", "2022-06-30"}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	cfg := population.Config{Seed: 1, On: rules.MustDate(2022, 6, 30)}
	dec := json.NewDecoder(&out)
	dec.DisallowUnknownFields()
	for i := range 50 {
		var rec firmRecord
		if err := dec.Decode(&rec); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if d := cmp.Diff(population.Firm(cfg, i), rec.Firm, cmpOpts); d != "" || rec.ID != i {
			t.Fatalf("firm %d (id %d) (-drawn +written):\n%s", i, rec.ID, d)
		}
	}
}

func TestWrongUse(t *testing.T) {
	for _, args := range [][]string{{"-on", "2023-13-01"}, {"-n", "-1"}, {"-bogus"}, {"extra"}} {
		var out, errs bytes.Buffer
		if code := run(args, &out, &errs); code != 2 || out.Len() > 0 || errs.Len() == 0 {
			t.Errorf("%q: exit %d, %d bytes out, stderr %q", args, code, out.Len(), errs.String())
		}
	}
}

type failing struct{}

func (failing) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteFails(t *testing.T) {
	var errs bytes.Buffer
	if code := run([]string{"-n", "100"}, failing{}, &errs); code != 1 || !strings.Contains(errs.String(), "disk full") {
		t.Errorf("exit %d, stderr %q", code, errs.String())
	}
}
