package rules_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// A shared book cannot be changed from outside: not through the spec it was
// compiled from, nor through anything an accessor or a result hands out.
// Every evaluation, explanation and receipt afterwards — and every book
// derived afterwards — is what it was.
func TestBookCannotBeChangedFromOutside(t *testing.T) {
	spec := rules.FixtureSpec()
	b, err := rules.Compile(spec)
	if err != nil {
		t.Fatal(err)
	}
	on := d("2023-06-01")
	ninety := rules.Inputs{"birth_date": "1933-01-01", "shiqu_hukou": true} // 90: 二、5 200 a month
	county := &rules.Document{Number: "乐清市旅游奖励办法（示例）", Title: "乐清市旅游奖励办法", Issuer: "乐清市人民政府",
		Issued: d("2022-06-01"), InForce: rules.Since(d("2022-07-01"))}
	unrelated := rules.Override{Param: "overnight_rate", From: d("2022-07-01"), Value: "25", Cite: county.Cite("二", "每人25元")}

	// What a caller sees, before anyone meddles.
	look := func() []string {
		res, err := b.Eval("welfare.elderly.high_age_allowance", on, ninety)
		if err != nil {
			t.Fatal(err)
		}
		derived, err := b.Derive(unrelated)
		if err != nil {
			t.Fatal(err)
		}
		dres, err := derived.Eval("welfare.elderly.high_age_allowance", on, ninety)
		if err != nil {
			t.Fatal(err)
		}
		r, _ := b.Rule("welfare.elderly.high_age_allowance")
		docs := ""
		for _, doc := range b.Documents() {
			docs += doc.Number + ";"
		}
		return []string{res.Value.Number().String(), res.Explain(rules.Chinese), res.Receipt.String(), b.Hash(),
			dres.Value.Number().String(), dres.Explain(rules.English), r.Outputs[0].Expr, docs}
	}
	before := look()

	// The spec it was compiled from.
	spec.Params[0].History[0].Value.(*rules.Bracket).Bands[1].Value = decimal.NewFromInt(999)
	spec.Rules[0].Outputs[0].Expr = "0"
	spec.Rules[0].Require = nil
	spec.Groups[0].Rules[0] = "x"

	// Everything the accessors hand out.
	p, _ := b.Param("high_age_allowance")
	p.History[0].Value.(*rules.Bracket).Bands[1].Value = decimal.NewFromInt(999)
	p.History[0].Cite.Quote = "改过的"
	for _, p := range b.Params() {
		if br, ok := p.History[0].Value.(*rules.Bracket); ok {
			br.Bands[0].Value = decimal.NewFromInt(1)
			br.Bands = br.Bands[:1]
		}
		p.History[0].Cite.Doc.Number = "改过的"
	}
	r, _ := b.Rule("welfare.elderly.high_age_allowance")
	r.Outputs[0].Expr = "by_area * 0"
	r.Require[1].Expr = "true"
	r.Defs[0].Expr = "0"
	r.Inputs[0].Name = "x"
	r.Cite.Doc.Number = "改过的"
	for _, g := range b.Groups() {
		g.Rules[0] = "x"
	}
	docs := b.Documents()
	docs[0].Number = "改过的"
	ids := b.RuleIDs()
	ids[0] = "x"

	// Everything a result hands out.
	res, _ := b.Eval("welfare.elderly.high_age_allowance", on, ninety)
	cites := res.Citations()
	cites[0].Doc.Number, cites[0].Quote = "改过的", "改过的"
	for _, s := range res.Trace() {
		s.Cite.Doc.Number = "改过的"
	}
	young, _ := b.Eval("welfare.elderly.high_age_allowance", on, rules.Inputs{"birth_date": "1960-01-01", "shiqu_hukou": true})
	young.Failed[0].Cite.Doc.Title = "改过的"

	if d := cmp.Diff(before, look()); d != "" {
		t.Errorf("the book changed from outside (-before +after):\n%s", d)
	}
	if before[0] != "200" {
		t.Errorf("二、5: 90 to 99 is 200 a month, got %s", before[0])
	}
}

// Derive copies what it is given: changing an override's bracket after
// deriving does not change the derived book.
func TestDeriveCopiesItsOverrides(t *testing.T) {
	b := fixture(t)
	county := &rules.Document{Number: "乐清市高龄津贴实施办法（示例）", Title: "乐清市高龄津贴发放办法", Issuer: "乐清市人民政府",
		Issued: d("2022-06-01"), InForce: rules.Since(d("2022-07-01"))}
	bands := &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
		{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: dec("60")},
		{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: dec("250")},
		{Range: rules.Range{Lo: rules.Incl("100")}, Value: dec("600")},
	}}
	raised, err := b.Derive(rules.Override{Param: "high_age_allowance", From: d("2022-07-01"), Value: bands,
		Cite: county.Cite("三", "90周岁至99周岁的老年人每人每月250元")})
	if err != nil {
		t.Fatal(err)
	}
	bands.Bands[1].Value = dec("1")
	res, err := raised.Eval("welfare.elderly.high_age_allowance", d("2023-06-01"), rules.Inputs{"birth_date": "1933-01-01", "shiqu_hukou": true})
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Value.Number().String(); got != "250" {
		t.Errorf("the county's 250 for 90 to 99, got %s", got)
	}
	// A nil bracket is refused as an override, not a panic.
	if _, err := b.Derive(rules.Override{Param: "high_age_allowance", From: d("2022-07-01"), Value: (*rules.Bracket)(nil),
		Cite: county.Cite("三", "90周岁至99周岁的老年人每人每月250元")}); err == nil {
		t.Error("a nil bracket override was accepted")
	}
}
