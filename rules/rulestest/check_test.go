package rulestest_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
	"github.com/wzpolicy/wzpolicy/rules/rulestest/domains"
)

// checkOne checks a data file of one case and returns its outcome.
func checkOne(t *testing.T, content string) rulestest.CaseOutcome {
	t.Helper()
	fo := domains.Checker().CheckFile(write(t, content))
	if len(fo.Problems) > 0 || len(fo.Cases) != 1 {
		t.Fatalf("the file: %+v", fo)
	}
	return fo.Cases[0]
}

// Each kind of difference, in plain words in both languages: figures with
// their units, eligibility and conditions in words, errors by their kind
// and message.
func TestFindings(t *testing.T) {
	for _, c := range []struct {
		name, yaml string
		want       []rulestest.Finding
	}{{
		// 三（六）: 15,000 × 1 = 15,000 (in force 2022-05-01 to 2027-04-30),
		// for 鹿城 in 2023 the city pays 4,000 × 1: the county 11,000.
		"an error expected, a result got", `rule: roads.funding.routine_minimum
cases:
  - name: in force
    clause: 正文 本意见自2022年5月1日起施行
    date: 2023-06-01
    inputs: {county: 鹿城区, year: 2023, county_road_km: 1, township_road_km: 0, village_road_km: 0, provincial_subsidy: 0}
    error: not in force
`, []rulestest.Finding{{Kind: rulestest.FindingError,
			Want: rules.T("不在有效期内", "not in force"),
			Got:  rules.T("计算结果：shortfall = 11000.00 元/年", "a result: shortfall = 11000.00 yuan per year")}},
	}, {
		"a result expected, an error got", `rule: roads.funding.routine_minimum
cases:
  - name: a negative subsidy
    clause: 三（六）
    date: 2023-06-01
    inputs: {county: 鹿城区, year: 2023, county_road_km: 1, township_road_km: 0, village_road_km: 0, provincial_subsidy: -1}
    expect: {minimum: "15000.00"}
`, []rulestest.Finding{{Kind: rulestest.FindingError,
			Want: rules.T("计算结果", "a result"),
			Got:  rules.T("输入无效：provincial_subsidy：-1不在有效范围[0, ∞)内", "invalid input: provincial_subsidy: -1 is outside the valid range [0, ∞)")}},
	}, {
		// 二、5 80周岁至89周岁: born 1943-06-01 is 80 on 2023-06-01, and eligible.
		"a failure expected, none got", `rule: welfare.elderly.high_age_allowance
cases:
  - name: aged 80
    clause: 二、5 80周岁至89周岁的老年人每人每月50元
    date: 2023-06-01
    inputs: {birth_date: 1943-06-01, hukou: 鹿城区}
    failed: [aged_80]
`, []rulestest.Finding{
			{Kind: rulestest.FindingFailed, Want: rules.T("aged_80（80周岁以上）", "aged_80 (aged 80 or over)"), Got: rules.T("无", "none")},
			{Kind: rulestest.FindingEligible, Want: rules.T("不符合条件", "not eligible"), Got: rules.T("符合条件", "eligible")},
		},
	}, {
		// 五 浙江企业100强 2,000,000 > 六 the scale-up difference 1,500,000:
		// the headquarters reward is paid, not the scale-up.
		"a group pays another member", `rule: productivity.reward.choice
cases:
  - name: Zhejiang top 100 beats the scale-up difference
    clause: 五 首次给予200万元奖励；六 进档的奖励差额
    date: 2023-06-01
    inputs:
      productivity.reward.headquarters: {locality: 龙湾区, mujun_class: A类, credit: 未列入严重失信名单, hq_in_wenzhou: true, manufacturing: true, wenzhou_output: 1200000000, honour: 浙江企业100强, recognition: 首次入选, listed_on: 2022-12-20}
      productivity.reward.scale_up: {locality: 瓯海区, above_scale: true, mujun_class: B类, credit: 未列入严重失信名单, productivity: 30, city_industry_average: 25, output: 2500000000, previous_highest_output: 800000000, output_year: 2022, first_year: 2023}
    expect: {chosen: productivity.reward.scale_up, value: "1500000"}
`, []rulestest.Finding{
			{Kind: rulestest.FindingOutput, Name: "chosen", Title: rules.T("就高享受的措施", "the member paid"), Want: rules.T("productivity.reward.scale_up", "productivity.reward.scale_up"), Got: rules.T("productivity.reward.headquarters", "productivity.reward.headquarters")},
			{Kind: rulestest.FindingOutput, Name: "value", Title: rules.T("金额", "amount"), Want: rules.T("1500000.00 元", "1500000.00 yuan"), Got: rules.T("2000000.00 元", "2000000.00 yuan")},
		},
	}, {
		// 一、13 中型 50%, at most 30,000: min(40,000 × 50%, 30,000) = 20,000, not 30,000.
		"an assessment's figure", `assessment: relief.firm
date: 2022-05-16
facts:
  tiers:
    中型: {Rate: 50%, Cap: 30000}
cases:
  - name: prevention spending of a medium firm
    clause: 一、13 按照企业规模分类、分档给予不超过50%、最高不超过3万元的补助
    facts:
      profile: {Entity: 企业, IndependentLegalPerson: true, Size: 中型, Industry: 制造业, Registration: 龙湾区, FiscalRevenue: 龙湾区, Ownership: 非国有, Mujun: 未参评, Credit: 未列入严重失信名单, EpidemicSpending: {Year: 2022, Amount: 40000}}
    expect:
      企业:
        享受:
          relief.eligibility.enterprise: 符合条件
          relief.vat.credit_refund: 符合条件
          relief.subsidy.epidemic_prevention: 30000.00 元
`, []rulestest.Finding{{Kind: rulestest.FindingEntry, Name: "企业 relief.subsidy.epidemic_prevention", Want: rules.T("30000.00 元", "30000.00 元"), Got: rules.T("20000.00 元", "20000.00 元")}},
	}} {
		t.Run(c.name, func(t *testing.T) {
			o := checkOne(t, c.yaml)
			if d := cmp.Diff(c.want, o.Findings); d != "" {
				t.Errorf("findings (-want +got):\n%s\nreport:\n%s", d, o.Report(rules.English))
			}
			zh, en := o.Report(rules.Chinese), o.Report(rules.English)
			if !strings.Contains(zh, "条款：") || !strings.Contains(en, "clause: ") || zh == en {
				t.Errorf("the reports:\n%s\n%s", zh, en)
			}
			if strings.HasPrefix(c.yaml, "assessment:") && (!strings.Contains(zh, "评估：relief.firm（整企评估）") || !strings.Contains(en, "assessment: relief.firm (a whole firm's assessment)")) {
				t.Errorf("the reports do not name the assessment:\n%s\n%s", zh, en)
			}
		})
	}
}

// A misspelt Chinese key is found as an English one is.
func TestMisspeltChineseKey(t *testing.T) {
	fo := domains.Checker().CheckFile(write(t, "规则: x.y\n案例:\n  - 名称: a\n    条款: c\n    日期: 2022-01-01\n    预其: {v: \"1\"}\n"))
	if len(fo.Problems) != 1 || fo.Problems[0].Line != 6 || cmp.Diff([]string{"expect / 预期 / 结果"}, fo.Problems[0].Suggest) != "" {
		t.Errorf("got %+v", fo.Problems)
	}
}
