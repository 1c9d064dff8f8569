package expropriation_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/expropriation"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

var (
	dayIn = rules.MustDate(2022, 6, 1)
)

func TestQuotesAreInTheText(t *testing.T) {
	rulestest.Quotes(t, expropriation.Book(), map[string]string{
		expropriation.Notice().Number: "../testdata/sources/3-expropriation.txt",
	})
}

// The typed functions evaluate the same rules as the book: same figures.
func TestTypedFunctionsMatchTheBook(t *testing.T) {
	d := func(s string) decimal.Decimal { return decimal.RequireFromString(s) }
	p := expropriation.Premises{Locality: expropriation.Lucheng, Use: expropriation.Residential, Area: d("90"), PlanDate: rules.MustDate(2022, 5, 20)}

	rr, err := expropriation.Default().ResettlementRange(dayIn, expropriation.Premises{Locality: p.Locality, Use: p.Use})
	if err != nil {
		t.Fatal(err)
	}
	fee, err := expropriation.Default().TemporaryResettlementFee(dayIn, expropriation.Resettlement{Premises: p, Rate: d("20"), Months: d("18")})
	if err != nil {
		t.Fatal(err)
	}
	moving, err := expropriation.Default().MovingFee(dayIn, p)
	if err != nil {
		t.Fatal(err)
	}
	book, err := expropriation.Book().Eval(expropriation.RuleResettlementFee, dayIn,
		rules.Inputs{"district": "鹿城区", "use": "住宅用房", "area": "90", "rate": "20", "months": "18", "plan_date": "2022-05-20"})
	if err != nil {
		t.Fatal(err)
	}
	got := []string{rr.Min.String(), rr.Max.String(), fee.Amount.StringFixed(2), moving.Amount.StringFixed(2), book.Value.Number().StringFixed(2)}
	// 附件1: 12–26; 20 × 90 × 18 = 32,400; 15 × 90 = 1,350.
	want := []string{"12", "26", "32400.00", "1350.00", "32400.00"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("typed functions (-want +got):\n%s", d)
	}

	_, err = expropriation.Default().MovingFee(dayIn, expropriation.Premises{Locality: expropriation.Lucheng, Use: expropriation.Industrial, Area: d("500"), PlanDate: rules.MustDate(2022, 5, 20)})
	if !errors.Is(err, rules.ErrCaseByCase) {
		t.Errorf("industrial moving fee: want a case-by-case error (附件1 工业用房等按实评估), got %v", err)
	}
	_, err = expropriation.Default().TemporaryResettlementFee(dayIn, expropriation.Resettlement{Premises: expropriation.Premises{Locality: "瑞安市", Use: expropriation.Residential, Area: d("90"), PlanDate: rules.MustDate(2022, 5, 20)}, Rate: d("20"), Months: d("18")})
	var re *rules.Error
	if !errors.As(err, &re) || re.Input != "district" || !errors.Is(err, rules.ErrInvalidInput) {
		t.Errorf("unknown district: want an invalid-input error on district, got %v", err)
	}
}

// The date of the compensation plan decides whether the notice's standards
// apply, and the fee is computed as of any later date (audit F7): a plan of
// 2024-03-01 resettling a household for 24 months is still paid at its
// rate in 2025; a plan of 2021 is not this notice's; an unstated plan date
// is missing.
func TestPlanDate(t *testing.T) {
	d := func(s string) decimal.Decimal { return decimal.RequireFromString(s) }
	home := expropriation.Premises{Locality: expropriation.Lucheng, Use: expropriation.Residential, Area: d("100"),
		PlanDate: rules.MustDate(2024, 3, 1)}
	// 正文 2022年3月5日至2024年3月4日…按照本通知规定执行; 附件1 鹿城区 住宅用房 12-26:
	// 20 × 100 × 12 = 24,000.
	fee, err := expropriation.Default().TemporaryResettlementFee(rules.MustDate(2025, 6, 1), expropriation.Resettlement{Premises: home, Rate: d("20"), Months: d("12")})
	if err != nil || !fee.Eligible() || fee.Amount.StringFixed(2) != "24000.00" {
		t.Errorf("plan of 2024-03-01, evaluated 2025-06-01: %s applies %t %v; want 24000.00", fee.Amount, fee.Eligible(), err)
	}
	old := home
	old.PlanDate = rules.MustDate(2021, 12, 1)
	fee, err = expropriation.Default().TemporaryResettlementFee(rules.MustDate(2022, 6, 1), expropriation.Resettlement{Premises: old, Rate: d("20"), Months: d("12")})
	if err != nil || fee.Eligible() || !fee.Amount.IsZero() || len(fee.FailedNames()) != 1 || fee.FailedNames()[0] != "plan_in_period" {
		t.Errorf("plan of 2021-12-01: %s applies %t %v; want not applying (plan_in_period)", fee.Amount, fee.Eligible(), err)
	}
	unstated := home
	unstated.PlanDate = rules.Date{}
	_, err = expropriation.Default().MovingFee(rules.MustDate(2022, 6, 1), unstated)
	var re *rules.Error
	if !errors.As(err, &re) || re.Input != "plan_date" || !errors.Is(err, rules.ErrInvalidInput) {
		t.Errorf("no plan date: want an invalid-input error on plan_date, got %v", err)
	}
}

func TestParse(t *testing.T) {
	if d, err := expropriation.ParseLocality("洞头区"); err != nil || d != expropriation.Dongtou {
		t.Errorf("ParseLocality(洞头区) = %q, %v", d, err)
	}
	if _, err := expropriation.ParseLocality("瑞安市"); err == nil {
		t.Error("ParseLocality(瑞安市): want an error listing the districts")
	}
	if u, err := expropriation.ParseUse("仓储用房"); err != nil || u != expropriation.Storage {
		t.Errorf("ParseUse(仓储用房) = %q, %v", u, err)
	}
	if _, err := expropriation.ParseUse("商铺"); err == nil {
		t.Error("ParseUse(商铺): want an error")
	}
}

// A district plan that raises the household floor derives a new book; the
// notice's book is unchanged, and a plan may not go below the notice's floor.
func TestDerivedBook(t *testing.T) {
	plan := &rules.Document{Number: "鹿城区征收补偿方案（示例）", Title: "某项目房屋征收补偿方案", Issuer: "鹿城区人民政府",
		Issued: rules.MustDate(2022, 5, 1), InForce: rules.Since(rules.MustDate(2022, 5, 1))}
	floor := func(v string) rules.Override {
		rows := []rules.Row{}
		for _, d := range expropriation.Localities() {
			val := "1000"
			if d == expropriation.Lucheng {
				val = v
			}
			rows = append(rows, rules.Row{Keys: []string{string(d)}, Value: decimal.RequireFromString(val)})
		}
		return rules.Override{Param: "moving_min_per_household", From: rules.MustDate(2022, 5, 1),
			Value: rules.Table{Rows: rows}, Cite: plan.Cite("三", "住宅用房搬迁费每户不低于"+v+"元")}
	}
	derived, err := expropriation.Book().Derive(floor("1200"))
	if err != nil {
		t.Fatal(err)
	}
	ev := expropriation.MustEvaluator(derived)
	small := expropriation.Premises{Locality: expropriation.Lucheng, Use: expropriation.Residential, Area: decimal.NewFromInt(60), PlanDate: rules.MustDate(2022, 5, 20)}
	got, err := ev.MovingFee(dayIn, small)
	if err != nil {
		t.Fatal(err)
	}
	orig, err := expropriation.Default().MovingFee(dayIn, small)
	if err != nil {
		t.Fatal(err)
	}
	earlier := small
	earlier.PlanDate = rules.MustDate(2022, 4, 20)
	before, err := ev.MovingFee(rules.MustDate(2022, 4, 30), earlier)
	if err != nil {
		t.Fatal(err)
	}
	// The plan's 1,200 from 2022-05-01; the notice's 1,000 before it and in the original book.
	if got.Amount.StringFixed(2) != "1200.00" || orig.Amount.StringFixed(2) != "1000.00" || before.Amount.StringFixed(2) != "1000.00" {
		t.Errorf("derived %s, original %s, before the plan %s; want 1200.00, 1000.00, 1000.00", got.Amount, orig.Amount, before.Amount)
	}
	if derived.Hash() == expropriation.Book().Hash() {
		t.Error("a derived book must have its own hash")
	}
	if _, err := expropriation.Book().Derive(floor("900")); !errors.Is(err, rules.ErrInvalidOverride) {
		t.Errorf("a plan below the notice's floor (每户不低于1000元): want ErrInvalidOverride, got %v", err)
	}
}

func TestEveryEntryPointHasAnExample(t *testing.T) {
	rulestest.Examples(t, ".", "Evaluator")
}

// A data file cannot write a float; from Go, a float amount is refused, never
// rounded into a figure.
func TestFloatAmountsAreRefused(t *testing.T) {
	_, err := expropriation.Book().Eval(expropriation.RuleResettlementFee, dayIn,
		rules.Inputs{"district": "鹿城区", "use": "住宅用房", "area": 90.5, "rate": "20", "months": "18", "plan_date": "2022-05-20"})
	var re *rules.Error
	if !errors.As(err, &re) || re.Input != "area" || !errors.Is(err, rules.ErrInvalidInput) {
		t.Errorf("a float area: got %v, want an invalid input on area", err)
	}
}
