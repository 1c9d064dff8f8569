package rules_test

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// fpCategory is a family-planning hardship category of 温政发〔2022〕6号
// 二、7, with its English labels.
type fpCategory string

var fpEnglish = map[fpCategory]string{
	"患重病的计生困难家庭":  "family-planning hardship household with a serious illness",
	"独生子女死亡或伤残家庭": "household whose only child died or is disabled",
	"无":           "none",
}

func (c fpCategory) English() string { return fpEnglish[c] }

// fpDecision is what the rule below writes of a case.
type fpDecision string

func (d fpDecision) English() string {
	return map[fpDecision]string{"予以补助": "grant", "不予补助": "no grant"}[d]
}

func fpBook(t testing.TB) *rules.Book {
	clause := opinions.Cite("二、7", "对市区患重病的计生困难家庭、独生子女死亡或伤残家庭的父母和生活有特殊困难的计生家庭，以及计生困难家庭的留守儿童、留守妇女、留守老年人，经认定后分别给予3500元/户、3000元/户、1500元/户补助")
	perHousehold := rules.Yuan.Per(rules.Household)
	b, err := rules.Compile(rules.Spec{
		Params: []rules.Param{{Name: "fp_grant", Title: rules.T("计生困难家庭补助", "family-planning hardship grant"), Unit: perHousehold,
			History: []rules.Dated{{Cite: clause, Value: rules.Table{Rows: []rules.Row{
				{Keys: []string{"患重病的计生困难家庭"}, Value: decimal.NewFromInt(3500)},
				{Keys: []string{"独生子女死亡或伤残家庭"}, Value: decimal.NewFromInt(3000)},
			}}}}}},
		Rules: []rules.Rule{{
			ID: "welfare.family_planning.grant", Title: rules.T("计生困难家庭补助", "family-planning hardship grant"), Cite: clause,
			Inputs: []rules.Input{rules.ChoiceInput("category", rules.T("计生困难家庭类别", "family-planning hardship category"),
				fpCategory("患重病的计生困难家庭"), fpCategory("独生子女死亡或伤残家庭"), fpCategory("无"))},
			Defs:    []rules.Def{{Name: "kind", Title: rules.T("类别", "category read"), Expr: "category"}},
			Require: []rules.Condition{{Name: "recognised", Text: rules.T("经认定的计生困难家庭", "a recognised hardship category"), Expr: `kind != "无"`}},
			Outputs: []rules.Output{{Name: "grant", Title: rules.T("补助", "grant"), Unit: perHousehold, Expr: "fp_grant[category]"},
				{Name: "decision", Title: rules.T("决定", "decision"), Expr: `kind != "无" ? "予以补助" : "不予补助"`, Always: true}},
			Labels: rules.Choices(fpDecision("予以补助"), fpDecision("不予补助")),
		}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// An English explanation shows each text of a labelled input by its label,
// in the inputs, the values computed from them, the facts of a failure and
// the keys of the table entries read; the Chinese shows the document's words.
func TestChoiceInputExplainsInEnglish(t *testing.T) {
	b := fpBook(t)
	res, err := b.Eval("welfare.family_planning.grant", june, rules.Inputs{"category": "无"})
	if err != nil {
		t.Fatal(err)
	}
	en, zh := res.Explain(rules.English), res.Explain(rules.Chinese)
	for _, want := range []string{
		"  family-planning hardship category category = none\n",
		"  category read kind = none  ← category\n",
		"  not met: a recognised hardship category (kind = none)",
		"  decision decision = no grant  ← ",
	} {
		if !strings.Contains(en, want) {
			t.Errorf("English explanation lacks %q:\n%s", want, en)
		}
	}
	for _, want := range []string{"  计生困难家庭类别 category = 无\n", "（kind = 无）", "  决定 decision = 不予补助  ← "} {
		if !strings.Contains(zh, want) {
			t.Errorf("Chinese explanation lacks %q:\n%s", want, zh)
		}
	}
	if strings.Contains(zh, "none") {
		t.Errorf("Chinese explanation shows an English label:\n%s", zh)
	}
	if strings.Contains(en, "= 无") {
		t.Errorf("English explanation shows a Chinese value:\n%s", en)
	}

	// 二、7: 独生子女死亡或伤残家庭 3000元/户.
	res, err = b.Eval("welfare.family_planning.grant", june, rules.Inputs{"category": "独生子女死亡或伤残家庭"})
	if err != nil {
		t.Fatal(err)
	}
	en = res.Explain(rules.English)
	for _, want := range []string{
		"fp_grant[household whose only child died or is disabled] = 3000.00 yuan per household",
		"grant = 3000.00 yuan per household",
	} {
		if !strings.Contains(en, want) {
			t.Errorf("English explanation lacks %q:\n%s", want, en)
		}
	}
	if zh := res.Explain(rules.Chinese); !strings.Contains(zh, "fp_grant[独生子女死亡或伤残家庭] = 3000.00 元/户") {
		t.Errorf("Chinese explanation changed the table key:\n%s", zh)
	}
	var step rules.Step
	for _, s := range res.Trace() {
		if s.Name == "category" {
			step = s
		}
	}
	if got := step.Format(rules.English); got != "household whose only child died or is disabled" {
		t.Errorf("trace step in English = %q", got)
	}
	if got := step.Format(rules.Chinese); got != "独生子女死亡或伤残家庭" {
		t.Errorf("trace step in Chinese = %q", got)
	}
	if step.Value.String() != "独生子女死亡或伤残家庭" || !step.Value.Equal(rules.TextValue("独生子女死亡或伤残家庭")) {
		t.Errorf("the label changed the value: %q", step.Value)
	}
}

// Once a text input has labels, every value has one, not empty, and no two
// the same; a compile error says which.
func TestChoiceInputLabelsAreComplete(t *testing.T) {
	for _, c := range []struct {
		labels []string
		want   string
	}{
		{[]string{"yes"}, "2 values"},
		{[]string{"yes", " "}, `"乙" has an empty English label`},
		{[]string{"same", "same"}, `"甲" and "乙" have the same English label "same"`},
	} {
		in := rules.TextInput("choice", rules.T("选项", "choice"), "甲", "乙")
		in.Labels = c.labels
		_, err := rules.Compile(rules.Spec{Rules: []rules.Rule{{
			ID: "welfare.test.choice", Title: rules.T("选项", "choice"), Cite: opinions.Cite("二、7", "经认定后"),
			Inputs:  []rules.Input{in},
			Require: []rules.Condition{{Name: "first", Text: rules.T("甲", "the first"), Expr: `choice == "甲"`}},
		}}})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("labels %q: error %v, want one saying %q", c.labels, err, c.want)
		}
	}
}

// A rule's own labels give each word one label.
func TestRuleLabelsAreChecked(t *testing.T) {
	for _, c := range []struct {
		labels []rules.Text
		want   string
	}{
		{[]rules.Text{rules.T("予以补助", "")}, "needs a word and an English label"},
		{[]rules.Text{rules.T("予以补助", "grant"), rules.T("予以补助", "paid")}, `word "予以补助" has two English labels`},
	} {
		_, err := rules.Compile(rules.Spec{Rules: []rules.Rule{{
			ID: "welfare.test.words", Title: rules.T("决定", "decision"), Cite: opinions.Cite("二、7", "经认定后"),
			Inputs:  []rules.Input{rules.FlagInput("recognised", rules.T("经认定", "recognised"))},
			Outputs: []rules.Output{{Name: "decision", Title: rules.T("决定", "decision"), Expr: `recognised ? "予以补助" : "不予补助"`}},
			Labels:  c.labels,
		}}})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("labels %q: error %v, want one saying %q", c.labels, err, c.want)
		}
	}
}
