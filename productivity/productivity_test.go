package productivity_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/internal/typedtest"
	"github.com/wzpolicy/wzpolicy/productivity"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

var (
	firstDay = rules.MustDate(2022, 4, 30)

	dayBefore = firstDay.AddDays(-1)

	// dayIn is in the policy's period and in year 2 (2024) of the scale-up
	// schedule of su, whose year 1 is 2023.
	dayIn = rules.MustDate(2024, 6, 1)
)

func TestQuotesAreInTheText(t *testing.T) {
	rulestest.Quotes(t, productivity.Book(), map[string]string{
		productivity.Measures().Number: "../testdata/sources/7-productivity.txt",
	})
}

var hqBase = rules.Inputs{
	"locality": "龙湾区", "mujun_class": "A类", "credit": "未列入严重失信名单",
	"hq_in_wenzhou": true, "manufacturing": true, "wenzhou_output": "1200000000",
	"honour": "世界500强", "recognition": "首次入选", "listed_on": "2023-08-15",
}

var scaleBase = rules.Inputs{
	"locality": "瓯海区", "above_scale": true, "mujun_class": "B类", "credit": "未列入严重失信名单",
	"productivity": "30", "city_industry_average": "25",
	"output": "2500000000", "output_year": 2022, "previous_highest_output": "800000000", "first_year": 2023,
}

// The 40/30/30 shares of measure 六 pay the whole reward.
func TestScaleUpSharesAddUp(t *testing.T) {
	p, ok := productivity.Book().Param("scale_up_share")
	if !ok {
		t.Fatal("no parameter scale_up_share")
	}
	sum := decimal.Zero
	for _, r := range p.History[0].Value.(rules.Table).Rows {
		sum = sum.Add(r.Value.(decimal.Decimal))
	}
	if !sum.Equal(decimal.NewFromInt(1)) {
		t.Errorf("六 第1年40%%、第2年30%%、第3年30%%: shares add up to %s, want 1", sum)
	}
}

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

var (
	firm = productivity.Firm{Locality: productivity.Ouhai, AboveScale: true, Mujun: productivity.MujunB, Credit: productivity.CreditNormal}
	su   = productivity.ScaleUp{Productivity: d("30"), CityAverage: d("25"), Output: d("2500000000"), OutputYear: 2022,
		PreviousHighest: new(d("800000000")), FirstYear: 2023, KeptYear2: productivity.TierKept}
	hq = productivity.Headquarters{HQInWenzhou: new(true), Manufacturing: new(true), WenzhouOutput: d("1200000000"),
		Honour: productivity.ZhejiangTop100, Recognition: productivity.FirstListing, ListedOn: rules.MustDate(2023, 8, 15)}
)

// The typed functions evaluate the same rules as the book: same figures.
func TestTypedFunctionsMatchTheBook(t *testing.T) {
	b := productivity.Book()
	eval := func(id string, in rules.Inputs) string {
		t.Helper()
		res, err := b.Eval(id, dayIn, in)
		if err != nil {
			t.Fatal(err)
		}
		return res.Value.String()
	}
	var got, want []string
	add := func(typed string, err error, book string) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		got, want = append(got, typed), append(want, book)
	}

	p, err := productivity.Default().LabourProductivity(dayIn, productivity.Labour{ValueAdded: d("4600"), AverageEmployees: d("200")})
	add(p.Value.String(), err, eval(productivity.RuleLabourRatio, rules.Inputs{"value_added": "4600", "average_employees": "200"}))

	low, err := productivity.Default().LowEfficiencyFlag(dayIn, productivity.FirmProductivity{Firm: productivity.Firm{AboveScale: true}, Productivity: d("21"), CityAverage: d("30")})
	add(boolText(low.Listed), err, eval(productivity.RuleLowEfficiency, rules.Inputs{"above_scale": true, "productivity": "21", "city_industry_average": "30"}))

	tech, err := productivity.Default().TechUpgradeBonus(dayIn, productivity.TechUpgradeClaim{Firm: firm, TechUpgrade: productivity.TechUpgrade{InProductionOn: rules.MustDate(2023, 3, 1), OutputGrowth: rules.Pct("15"),
		ProductivityGrowth: rules.Pct("30"), Base: new(d("10000000")), AlreadyGranted: new(d("2500000"))}})
	add(tech.Amount.String(), err, eval(productivity.RuleTechUpgradeBonus, rules.Inputs{"locality": "瓯海区", "above_scale": true,
		"mujun_class": "B类", "credit": "未列入严重失信名单", "in_production_on": "2023-03-01", "output_growth": "15%", "productivity_growth": "30%",
		"base": "10000000", "already_granted": "2500000"}))

	entry, err := productivity.Default().ProjectEntryThreshold(dayIn, productivity.Project{ProvincialAverage: d("18.5"), Productivity: d("20")})
	add(entry.Min.String(), err, eval(productivity.RuleProjectEntry, rules.Inputs{"provincial_industry_average": "18.5", "project_productivity": "20"}))

	land, err := productivity.Default().LandSupplyThreshold(dayIn, productivity.Expansion{CityAverage: d("18.5"), Productivity: d("20")})
	add(land.Min.String(), err, eval(productivity.RuleLandSupply, rules.Inputs{"city_industry_average": "18.5", "firm_productivity": "20"}))

	reward, err := productivity.Default().HeadquartersReward(dayIn, productivity.HeadquartersClaim{Firm: firm, Headquarters: hq})
	add(reward.Amount.String(), err, eval(productivity.RuleHeadquartersReward, rules.Inputs{"locality": "瓯海区", "mujun_class": "B类",
		"credit": "未列入严重失信名单", "hq_in_wenzhou": true, "manufacturing": true, "wenzhou_output": "1200000000",
		"honour": "浙江企业100强", "recognition": "首次入选", "listed_on": "2023-08-15"}))

	award, err := productivity.Default().ScaleUpReward(dayIn, productivity.ScaleUpClaim{Firm: firm, ScaleUp: su})
	add(award.Amount.String(), err, eval(productivity.RuleScaleUpReward, typedtest.With(scaleBase, "kept_tier_year2", "保持")))

	elig, err := productivity.Default().EnterpriseEligibility(dayIn, productivity.Firm{Mujun: productivity.MujunC, Credit: productivity.CreditNormal})
	add(boolText(elig.Eligible()), err, eval(productivity.RuleEnterpriseEligibility, rules.Inputs{"mujun_class": "C类", "credit": "未列入严重失信名单"}))

	choice, err := productivity.Default().RewardChoice(dayIn, productivity.RewardClaims{Firm: firm, Headquarters: &hq, ScaleUp: &su})
	g, gerr := b.EvalGroup(productivity.RuleRewardChoice, dayIn, map[string]rules.Inputs{
		productivity.RuleHeadquartersReward: typedtest.With(hqBase, "locality", "瓯海区", "mujun_class", "B类", "honour", "浙江企业100强"),
		productivity.RuleScaleUpReward:      typedtest.With(scaleBase, "kept_tier_year2", "保持")})
	if gerr != nil {
		t.Fatal(gerr)
	}
	add(choice.Rule+" "+choice.Amount.String(), err, g.Chosen+" "+g.Value.String())

	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("typed functions differ from the book (-book +typed):\n%s", d)
	}

	// The hand-worked figures behind them: 4,600 ÷ 200 = 23; 30 × 70% = 21 is listed;
	// 10,000,000 × 7% = 700,000 capped to 3,000,000 − 2,500,000 = 500,000; 18.5 × 1.1 = 20.35;
	// 18.5 × 1.15 = 21.275; 浙江企业100强 2,000,000; 2,000,000 − 500,000 = 1,500,000 and
	// 2,000,000 > 1,500,000; class C is excluded.
	hand := []string{"23", "true", "500000", "20.35", "21.275", "2000000", "1500000", "false",
		productivity.RuleHeadquartersReward + " 2000000"}
	if d := cmp.Diff(hand, want); d != "" {
		t.Errorf("the book differs from the hand-worked figures (-hand +book):\n%s", d)
	}
}

func boolText(b bool) string { return map[bool]string{true: "true", false: "false"}[b] }

func TestScaleUpSchedule(t *testing.T) {
	// 六: 1,500,000 paid 40% in 2023, 30% in 2024 (tier kept), 30% in 2025 (not yet known).
	award, err := productivity.Default().ScaleUpReward(dayIn, productivity.ScaleUpClaim{Firm: firm, ScaleUp: su})
	if err != nil {
		t.Fatal(err)
	}
	type inst struct {
		Year   int
		Amount string
		Status productivity.InstalmentStatus
	}
	var got []inst
	for _, i := range award.Instalments {
		got = append(got, inst{i.Year, i.Amount.StringFixed(2), i.Status})
	}
	want := []inst{
		{2023, "600000.00", productivity.InstalmentDue},
		{2024, "450000.00", productivity.InstalmentDue},
		{2025, "450000.00", productivity.InstalmentPending},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("schedule (-want +got):\n%s", d)
	}
	if award.TierReward.String() != "2000000" || award.PriorReward.String() != "500000" || !award.Eligible() {
		t.Errorf("tier %s, prior %s, eligible %t; want 2000000, 500000, true", award.TierReward, award.PriorReward, award.Eligible())
	}

	// 六 分3年给予奖励 (措施已经明确时间的，从其规定): year 3 is confirmed in
	// 2025, after the policy's 2024-12-31, and paid: 1,500,000 × 30% = 450,000.
	kept := su
	kept.KeptYear3 = productivity.TierKept
	award, err = productivity.Default().ScaleUpReward(rules.MustDate(2025, 6, 1), productivity.ScaleUpClaim{Firm: firm, ScaleUp: kept})
	if err != nil {
		t.Fatal(err)
	}
	if a := award.Instalments[2]; a.Year != 2025 || a.Amount.StringFixed(2) != "450000.00" || a.Status != productivity.InstalmentDue {
		t.Errorf("year 3 confirmed in 2025: %d %s %s, want 2025 450000.00 应付", a.Year, a.Amount, a.Status)
	}

	lost := su
	lost.KeptYear2 = productivity.TierLost
	award, err = productivity.Default().ScaleUpReward(dayIn, productivity.ScaleUpClaim{Firm: firm, ScaleUp: lost})
	if err != nil {
		t.Fatal(err)
	}
	if a := award.Instalments[2]; !a.Amount.IsZero() || a.Status != productivity.InstalmentForfeited {
		t.Errorf("六 期间未能保持该规模梯队的，后续不予奖励: year 3 = %s %s, want 0 不予奖励", a.Amount, a.Status)
	}

	excluded := firm
	excluded.Credit = productivity.SeriouslyDishonest
	award, err = productivity.Default().ScaleUpReward(dayIn, productivity.ScaleUpClaim{Firm: excluded, ScaleUp: su})
	if err != nil {
		t.Fatal(err)
	}
	if award.Eligible() || award.Instalments != nil || len(award.Failed()) != 1 || award.Failed()[0].Name != "not_seriously_dishonest" {
		t.Errorf("末段 列入严重失信名单企业不享受: eligible %t, instalments %v, failed %v", award.Eligible(), award.Instalments, award.Failed())
	}
}

func TestTypedErrors(t *testing.T) {
	county := firm
	county.Locality = productivity.Wencheng
	if _, err := productivity.Default().ScaleUpReward(dayIn, productivity.ScaleUpClaim{Firm: county, ScaleUp: su}); !errors.Is(err, rules.ErrCaseByCase) {
		t.Errorf("末段 各县（市）参照制定: want ErrCaseByCase, got %v", err)
	}
	noLocality := firm
	noLocality.Locality = ""
	var re *rules.Error
	_, err := productivity.Default().TechUpgradeBonus(dayIn, productivity.TechUpgradeClaim{Firm: noLocality, TechUpgrade: productivity.TechUpgrade{InProductionOn: rules.MustDate(2023, 3, 1)}})
	if !errors.As(err, &re) || re.Input != "locality" || !errors.Is(err, rules.ErrInvalidInput) {
		t.Errorf("no locality: want an invalid-input error on locality, got %v", err)
	}
	recert := hq
	recert.Recognition = productivity.Recertified
	recert.TaxTrend = productivity.Grew
	_, err = productivity.Default().HeadquartersReward(dayIn, productivity.HeadquartersClaim{Firm: firm, Headquarters: recert})
	if !errors.As(err, &re) || re.Input != "wenzhou_output_trend" {
		t.Errorf("五 重新通过认定 without the output trend: want an error on wenzhou_output_trend, got %v", err)
	}
	if _, err := productivity.Default().LabourProductivity(dayBefore, productivity.Labour{ValueAdded: d("4600"), AverageEmployees: d("200")}); !errors.Is(err, rules.ErrNotInForce) {
		t.Errorf("末段 本政策自4月30日起施行: want ErrNotInForce on 2022-04-29, got %v", err)
	}
	if _, err := productivity.Default().RewardChoice(dayIn, productivity.RewardClaims{Firm: firm}); !errors.Is(err, rules.ErrInvalidInput) {
		t.Errorf("a choice with neither measure: want ErrInvalidInput, got %v", err)
	}
}

func TestParse(t *testing.T) {
	type parsed struct {
		in  string
		got string
		err bool
	}
	var got []parsed
	add := func(in string, v string, err error) { got = append(got, parsed{in, v, err != nil}) }
	for _, s := range []string{"瓯海区", "温州市"} {
		v, err := productivity.ParseLocality(s)
		add(s, string(v), err)
	}
	for _, s := range []string{"D类", "E类"} {
		v, err := productivity.ParseMujunClass(s)
		add(s, string(v), err)
	}
	for _, s := range []string{"中国民营企业500强", "中国民营企业500 强"} {
		v, err := productivity.ParseHonour(s)
		add(s, string(v), err)
	}
	for _, s := range []string{"重新通过认定", "复评"} {
		v, err := productivity.ParseRecognition(s)
		add(s, string(v), err)
	}
	for _, s := range []string{"未增长", "下降"} {
		v, err := productivity.ParseTrend(s)
		add(s, string(v), err)
	}
	for _, s := range []string{"未保持", "否"} {
		v, err := productivity.ParseTierStatus(s)
		add(s, string(v), err)
	}
	want := []parsed{
		{"瓯海区", "瓯海区", false}, {"温州市", "", true},
		{"D类", "D类", false}, {"E类", "", true},
		{"中国民营企业500强", "中国民营企业500强", false}, {"中国民营企业500 强", "", true},
		{"重新通过认定", "重新通过认定", false}, {"复评", "", true},
		{"未增长", "未增长", false}, {"下降", "", true},
		{"未保持", "未保持", false}, {"否", "", true},
	}
	if d := cmp.Diff(want, got, cmp.AllowUnexported(parsed{})); d != "" {
		t.Errorf("parse (-want +got):\n%s", d)
	}
	if _, err := productivity.ParseLocality("温州市"); err == nil || !strings.Contains(err.Error(), "鹿城区") || !strings.Contains(err.Error(), "泰顺县") {
		t.Errorf("ParseLocality error should list the valid localities, got %v", err)
	}
}

// A cap (不超过300万元) may be lowered by a district's rules, never raised;
// the document's book is unchanged.
func TestDerivedBook(t *testing.T) {
	local := &rules.Document{Number: "瓯海区技改实施细则（示例）", Title: "智能化技改追加补助实施细则", Issuer: "瓯海区经信局",
		Issued: rules.MustDate(2023, 1, 1), InForce: rules.Since(rules.MustDate(2023, 1, 1))}
	override := func(v string) rules.Override {
		return rules.Override{Param: "tech_upgrade_bonus_cap", From: rules.MustDate(2023, 1, 1), Value: v,
			Cite: local.Cite("三", "追加补助总额不超过"+v+"元")}
	}
	derived, err := productivity.Book().Derive(override("2000000"))
	if err != nil {
		t.Fatal(err)
	}
	big := productivity.TechUpgrade{InProductionOn: rules.MustDate(2023, 3, 1), OutputGrowth: rules.Pct("20"), ProductivityGrowth: rules.Pct("40"),
		Base: new(d("50000000")), AlreadyGranted: new(decimal.Zero)}
	got, err := productivity.MustEvaluator(derived).TechUpgradeBonus(dayIn, productivity.TechUpgradeClaim{Firm: firm, TechUpgrade: big})
	if err != nil {
		t.Fatal(err)
	}
	orig, err := productivity.Default().TechUpgradeBonus(dayIn, productivity.TechUpgradeClaim{Firm: firm, TechUpgrade: big})
	if err != nil {
		t.Fatal(err)
	}
	// 50,000,000 × 10% = 5,000,000: capped at the district's 2,000,000, the document's 3,000,000.
	if got.Amount.StringFixed(2) != "2000000.00" || orig.Amount.StringFixed(2) != "3000000.00" {
		t.Errorf("derived %s, original %s; want 2000000.00, 3000000.00", got.Amount, orig.Amount)
	}
	if _, err := productivity.Book().Derive(override("4000000")); !errors.Is(err, rules.ErrInvalidOverride) {
		t.Errorf("raising the cap (不超过300万元): want ErrInvalidOverride, got %v", err)
	}
	if _, err := productivity.NewEvaluator(derived); err != nil {
		t.Errorf("NewEvaluator over a derived book: %v", err)
	}
}

// A fact the caller did not state is reported missing, never read in the
// firm's favour (audit F2, F3): before the fix a firm whose credit status
// nobody gave was "not on the list", an unknown earlier output was 0 (the
// whole tier paid instead of the difference: 2,000,000 for 2.5 billion
// instead of 2,000,000 − 1,000,000 from a 1.5 billion year), and an unknown
// earlier bonus was none (the whole 3,000,000 cap). Nor is an unstated
// premise read against the firm: headquarters in Wenzhou and manufacturing
// (五) were bools, and a firm that said nothing was refused.
func TestTypedUnstatedFactsAreMissing(t *testing.T) {
	field := func(err error) string {
		var re *rules.Error
		if !errors.As(err, &re) || !errors.Is(err, rules.ErrInvalidInput) {
			return "not an invalid-input error: " + errorText(err)
		}
		return re.Input
	}
	noCredit := firm
	noCredit.Credit = ""
	noPrior := su
	noPrior.PreviousHighest = nil
	noYear := su
	noYear.OutputYear = 0
	tech := productivity.TechUpgrade{InProductionOn: rules.MustDate(2023, 3, 1), OutputGrowth: rules.Pct("20"), ProductivityGrowth: rules.Pct("45"),
		Base: new(d("40000000"))}
	noDate := tech
	noDate.InProductionOn, noDate.AlreadyGranted = rules.Date{}, new(decimal.Zero)
	noHQDate := hq
	noHQDate.ListedOn = rules.Date{}
	noSeat, noTrade := hq, hq
	noSeat.HQInWenzhou, noTrade.Manufacturing = nil, nil

	var got []string
	_, err := productivity.Default().HeadquartersReward(dayIn, productivity.HeadquartersClaim{Firm: noCredit, Headquarters: hq})
	got = append(got, field(err))
	_, err = productivity.Default().ScaleUpReward(dayIn, productivity.ScaleUpClaim{Firm: noCredit, ScaleUp: su})
	got = append(got, field(err))
	_, err = productivity.Default().ScaleUpReward(dayIn, productivity.ScaleUpClaim{Firm: firm, ScaleUp: noPrior})
	got = append(got, field(err))
	_, err = productivity.Default().ScaleUpReward(dayIn, productivity.ScaleUpClaim{Firm: firm, ScaleUp: noYear})
	got = append(got, field(err))
	_, err = productivity.Default().TechUpgradeBonus(dayIn, productivity.TechUpgradeClaim{Firm: firm, TechUpgrade: tech})
	got = append(got, field(err))
	_, err = productivity.Default().TechUpgradeBonus(dayIn, productivity.TechUpgradeClaim{Firm: firm, TechUpgrade: noDate})
	got = append(got, field(err))
	_, err = productivity.Default().HeadquartersReward(dayIn, productivity.HeadquartersClaim{Firm: firm, Headquarters: noHQDate})
	got = append(got, field(err))
	_, err = productivity.Default().EnterpriseEligibility(dayIn, productivity.Firm{Mujun: productivity.MujunA, Credit: ""})
	got = append(got, field(err))
	_, err = productivity.Default().RewardChoice(dayIn, productivity.RewardClaims{Firm: noCredit, Headquarters: &hq, ScaleUp: &su})
	got = append(got, field(err))
	_, err = productivity.Default().HeadquartersReward(dayIn, productivity.HeadquartersClaim{Firm: firm, Headquarters: noSeat})
	got = append(got, field(err))
	_, err = productivity.Default().HeadquartersReward(dayIn, productivity.HeadquartersClaim{Firm: firm, Headquarters: noTrade})
	got = append(got, field(err))
	want := []string{"credit", "credit", "previous_highest_output", "output_year", "already_granted", "in_production_on", "listed_on", "credit", "credit",
		"hq_in_wenzhou", "manufacturing"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("fields named (-want +got):\n%s", d)
	}

	// Stated, the figures are the difference and the rest of the cap:
	// 2.5 billion (20亿 tier, 2,000,000) from 1.5 billion (10亿 tier,
	// 1,000,000) is 1,000,000 (六 进档的奖励差额); 40,000,000 × 10% =
	// 4,000,000, capped at 3,000,000 − 0 (二 追加补助总额不超过300万元).
	from15 := su
	from15.PreviousHighest = new(d("1500000000"))
	a, err := productivity.Default().ScaleUpReward(dayIn, productivity.ScaleUpClaim{Firm: firm, ScaleUp: from15})
	if err != nil || a.Amount.String() != "1000000" {
		t.Errorf("scale-up from 1.5 billion: %s %v, want 1000000", a.Amount, err)
	}
	tech.AlreadyGranted = new(decimal.Zero)
	b, err := productivity.Default().TechUpgradeBonus(dayIn, productivity.TechUpgradeClaim{Firm: firm, TechUpgrade: tech})
	if err != nil || b.Amount.StringFixed(2) != "3000000.00" {
		t.Errorf("tech bonus with none granted before: %s %v, want 3000000.00", b.Amount, err)
	}
}

func errorText(err error) string {
	if err == nil {
		return "no error"
	}
	return err.Error()
}

func TestEveryEntryPointHasAnExample(t *testing.T) {
	rulestest.Examples(t, ".", "Evaluator")
}
