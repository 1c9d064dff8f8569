package rules

import "testing"

// A derived book shares its parent's compiled rules, and is the book a
// full compile of its spec would make: the same content hash, the same
// documents, the same figures.
func TestDeriveSharesCompiledRules(t *testing.T) {
	b := MustCompile(FixtureSpec())
	county := Document{Number: "乐清市高龄津贴实施办法（示例）", Title: "乐清市高龄津贴发放办法", Issuer: "乐清市人民政府",
		Issued: MustDate(2022, 6, 1), InForce: Since(MustDate(2022, 7, 1))}
	raised, err := b.Derive(Override{Param: "high_age_allowance", From: MustDate(2022, 7, 1), Cite: county.Cite("三", "每人每月600元"),
		Value: &Bracket{Of: Year, Bands: []Band{
			{Range: Range{Lo: Incl("80"), Hi: Excl("90")}, Value: dec("50")},
			{Range: Range{Lo: Incl("90"), Hi: Excl("100")}, Value: dec("200")},
			{Range: Range{Lo: Incl("100")}, Value: dec("600")},
		}}})
	if err != nil {
		t.Fatal(err)
	}
	for id, cr := range b.rules {
		if raised.rules[id] != cr {
			t.Errorf("%s was compiled again", id)
		}
	}
	full, err := Compile(raised.spec)
	if err != nil {
		t.Fatal(err)
	}
	if raised.Hash() != full.Hash() {
		t.Errorf("derived hash %s, full compile %s", raised.Hash(), full.Hash())
	}
	if len(raised.Documents()) != len(full.Documents()) || raised.Documents()[len(full.Documents())-1] != full.Documents()[len(full.Documents())-1] {
		t.Errorf("documents: derived %v, full %v", raised.Documents(), full.Documents())
	}
	in := Inputs{"birth_date": "1920-01-01", "shiqu_hukou": true}
	for _, bk := range []*Book{raised, full} {
		res, err := bk.Eval("welfare.elderly.high_age_allowance", MustDate(2022, 8, 1), in)
		if err != nil || res.Value.Number().String() != "600" {
			t.Errorf("二、5 as the county raises it: 600, got %v %v", res, err)
		}
	}
	res, _ := b.Eval("welfare.elderly.high_age_allowance", MustDate(2022, 8, 1), in)
	if res.Value.Number().String() != "500" {
		t.Errorf("the parent book pays 500, got %s", res.Value.Number())
	}
}
