package rulestest

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/wzpolicy/wzpolicy/rules"
	"go.yaml.in/yaml/v3"
)

// Worked cases of whole assessments — a household screened for every
// benefit of the welfare opinions, a firm for every relief measure — as data
// files, the way a caseworker checks a statement: every benefit granted,
// with its figure, and nothing else granted; for the others, the reason
// where the case says so. docs/testcases.md documents the format.
//
// A file:
//
//	assessment: welfare.household          # which assessment; the domain's test checks it
//	facts: {standards: {Dibao: "1085"}}     # facts every case gives unless it gives its own
//	cases:
//	  - name: a patient given long-acting injections
//	    clause: 二、9 经评估认定后给予患者每年每人1万元补助
//	    date: 2022-06-01
//	    facts:
//	      household: {Locality: 鹿城区, Status: 低保, Members: [{Name: 甲, …}]}
//	    expect:
//	      家庭: {享受: {welfare.dibao.allowance: 785.00 元/户·月}}
//	      成员1:
//	        享受: {welfare.mental.guardian_subsidy.injection: 10000.00 元/人·年}
//	        不符合条件: {welfare.elderly.high_age_allowance: [aged_80]}
//
// Every section of the statement must appear under expect, and its 享受
// (granted) list is complete: a benefit granted that the case does not list
// fails it, as does one listed that is not granted. The other lists check
// only the entries they name.

// Outcome is the status of an entry of a statement, in the words every
// assessment shares.
type Outcome string

const (
	OutcomeGranted         Outcome = "granted"
	OutcomeNotGranted      Outcome = "not_granted"
	OutcomeNotPaid         Outcome = "not_paid"
	OutcomeAssessedLocally Outcome = "assessed_locally"
	OutcomeNotAssessed     Outcome = "not_assessed"
	OutcomeNotInForce      Outcome = "not_in_force"
)

// outcomeKeys maps every accepted spelling of an outcome list to its name.
var outcomeKeys = map[string]Outcome{
	"granted": OutcomeGranted, "享受": OutcomeGranted,
	"not_granted": OutcomeNotGranted, "不符合条件": OutcomeNotGranted,
	"not_paid": OutcomeNotPaid, "就高不重复享受": OutcomeNotPaid,
	"assessed_locally": OutcomeAssessedLocally, "按实评估": OutcomeAssessedLocally,
	"not_assessed": OutcomeNotAssessed, "未评估": OutcomeNotAssessed,
	"not_in_force": OutcomeNotInForce, "不在适用期间": OutcomeNotInForce,
}

// Statement is an assessment as the cases compare it: sections (the
// household, each member, the firm) of entries, each keyed by its rule and
// part as the statement names them ("welfare.education.study_grant（残联助学补助）",
// or the rule alone for a rule of one benefit).
type Statement struct {
	Sections []Section
	Text     string // the statement as a caseworker reads it, shown when a case fails
	English  string // the statement in English, when the assessment writes one; Text when empty
	// Assessed is the domain's own statement or assessment the view was
	// made from (a *welfare.Statement, a *relief.Assessment); when set,
	// [RunAssessments] checks it round-trips through JSON to the same
	// bytes, and for the first case of each file that the decoded value
	// agrees on every exported field ([JSONRoundTrip]), so that every
	// worked case covers its JSON.
	Assessed any
}

// Section is one part of a statement.
type Section struct {
	Key     string // "家庭", "成员1", "企业"
	Entries []Entry
}

// Entry is one benefit or measure of a section.
type Entry struct {
	Key     string
	Outcome Outcome
	// Detail is what the case compares for the outcome: for granted, the
	// figure with its unit ("10000.00 元/人·年") or the outcome in words;
	// for not paid, the benefit paid instead; for assessed locally, the
	// reference figure ("" when none); for not assessed, the facts missing
	// or invalid; for not in force, "".
	Detail string
	Failed []string // not granted: the conditions failed, in the rule's order
	Met    []string // the conditions met, in the rule's order, for an entry evaluated to a result
}

// AssessmentCase is one worked case of an assessment file.
type AssessmentCase struct {
	Source     string // file:line
	Assessment string // the file's assessment: what the domain's test runs
	Name       string
	Clause     string
	Date       rules.Date
	facts      map[string]*yaml.Node
	expect     map[string]map[Outcome]*yaml.Node
	met        map[string]*yaml.Node // by section: 满足 / met, the conditions each entry meets
	expectLine map[string]int
	wantErr    error
	field      string
}

// Facts decodes the case's fact with the given key ("household",
// "standards", "profile") into the Go value into points to, by Go field
// names. It reports whether the case gives the fact.
func (c *AssessmentCase) Facts(key string, into any) (bool, error) {
	n := c.facts[key]
	if n == nil {
		return false, nil
	}
	v := reflect.ValueOf(into)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return false, fmt.Errorf("%s: Facts needs a pointer, got %T", c.Source, into)
	}
	if err := decodeNode(n, v.Elem(), key); err != nil {
		return true, fmt.Errorf("%s: %v", c.Source, err)
	}
	return true, nil
}

// FactKeys returns the keys of the facts the case gives, sorted.
func (c *AssessmentCase) FactKeys() []string {
	keys := make([]string, 0, len(c.facts))
	for k := range c.facts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// LoadAssessments reads the cases of an assessment file. Every problem — a
// key it does not know, a case without a clause or expectation — is an
// error naming the file and line.
func LoadAssessments(path string) ([]*AssessmentCase, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, unreadable(path, err)
	}
	return parseAssessments(path, raw)
}

// parseAssessments reads the cases of an assessment file's text; path
// names it in errors.
func parseAssessments(path string, raw []byte) ([]*AssessmentCase, error) {
	top, err := topNode(path, raw)
	if err != nil {
		return nil, err
	}
	l := &loader{path: path}
	cases := l.assessmentFile(top)
	if len(l.problems) > 0 {
		return nil, &LoadError{Problems: l.problems}
	}
	return cases, nil
}

var assessmentKeys = map[string]string{
	"assessment": "assessment", "评估": "assessment",
	"date": "date", "日期": "date", "评估日期": "date",
	"facts": "facts", "事实": "facts",
	"cases": "cases", "案例": "cases",
	"name": "name", "名称": "name",
	"clause": "clause", "条款": "clause", "依据": "clause",
	"expect": "expect", "预期": "expect",
	"error": "error", "错误": "error",
	"field": "field", "字段": "field",
}

func (l *loader) assessmentFields(n *yaml.Node, what rules.Text, names []string) map[string]*yaml.Node {
	return l.keyed(n, what, assessmentKeys, names)
}

func (l *loader) factNodes(n *yaml.Node) map[string]*yaml.Node {
	out := map[string]*yaml.Node{}
	if n == nil {
		return out
	}
	if n.Kind != yaml.MappingNode {
		l.fail(n, "事实必须是事实名（household、standards、profile…）与值的映射", "facts must be a mapping of fact names (household, standards, profile…) to values")
		return out
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		out[n.Content[i].Value] = n.Content[i+1]
	}
	return out
}

func (l *loader) assessmentFile(n *yaml.Node) []*AssessmentCase {
	top := l.assessmentFields(n, inFile, assessFileKeyNames)
	var kind string
	if v := top["assessment"]; v != nil {
		kind = l.text(v, "assessment")
	} else {
		l.fail(n, "文件未写明评估种类（评估: / assessment:）", "the file names no assessment (assessment: / 评估:)")
	}
	var defDate rules.Date
	if v := top["date"]; v != nil {
		defDate = l.date(v)
	}
	shared := l.factNodes(top["facts"])
	list := top["cases"]
	if list == nil || list.Kind != yaml.SequenceNode || len(list.Content) == 0 {
		l.fail(n, "文件中没有案例列表（案例: / cases:）", "the file has no list of cases (cases: / 案例:)")
		return nil
	}
	var out []*AssessmentCase
	for _, cn := range list.Content {
		before := l.unknown
		f := l.assessmentFields(cn, inCase, assessCaseKeyNames)
		misspelt := l.unknown > before // what a misspelt key leaves missing is not reported besides
		c := &AssessmentCase{Source: fmt.Sprintf("%s:%d", l.path, cn.Line), Assessment: kind, Date: defDate,
			facts: map[string]*yaml.Node{}, expect: map[string]map[Outcome]*yaml.Node{}, met: map[string]*yaml.Node{}, expectLine: map[string]int{}}
		if v := f["name"]; v != nil {
			c.Name = l.text(v, "name")
		} else if !misspelt {
			l.fail(cn, "案例缺少名称（名称: / name:）", "a case needs a name (name: / 名称:)")
		}
		if v := f["clause"]; v != nil {
			c.Clause = l.text(v, "clause")
		}
		if !misspelt && strings.TrimSpace(c.Clause) == "" {
			l.fail(cn, "案例“%s”未引用条款（条款: / clause:）", "case %q cites no clause (clause: / 条款:)", c.Name)
		}
		if v := f["date"]; v != nil {
			c.Date = l.date(v)
		}
		if !misspelt && c.Date.IsZero() {
			l.fail(cn, "案例“%s”缺少评估日期（日期: / date:）", "case %q has no assessment date (date: / 日期:)", c.Name)
		}
		for k, v := range shared {
			c.facts[k] = v
		}
		for k, v := range l.factNodes(f["facts"]) {
			c.facts[k] = v
		}
		if v := f["error"]; v != nil {
			name := l.text(v, "error")
			if c.wantErr = errorNames[strings.ToLower(name)]; c.wantErr == nil {
				l.fail(v, "错误“%s”不是以下之一：不在有效期内、输入无效、按实评估、未知规则、计算错误", "error %q is none of: not in force, invalid input, case by case, unknown rule, evaluation", name)
			}
		}
		if v := f["field"]; v != nil {
			c.field = l.text(v, "field")
		}
		if v := f["expect"]; v != nil {
			l.expectation(c, v)
		}
		if !misspelt && len(c.expect) == 0 && c.wantErr == nil {
			l.fail(cn, "案例“%s”没有预期：请给出 预期（评估单的每一部分）或 错误", "case %q expects nothing: give expect: (each section of the statement) or error:", c.Name)
		}
		out = append(out, c)
	}
	return out
}

// expectation reads expect: a mapping of section keys to mappings of
// outcome lists.
func (l *loader) expectation(c *AssessmentCase, v *yaml.Node) {
	if v.Kind != yaml.MappingNode {
		l.fail(v, "预期必须是各部分（家庭、成员1、企业…）与结果的映射", "expect must be a mapping of sections (家庭, 成员1, 企业…) to outcomes")
		return
	}
	for i := 0; i+1 < len(v.Content); i += 2 {
		sk, sv := v.Content[i], v.Content[i+1]
		if _, dup := c.expect[sk.Value]; dup {
			l.fail(sk, "部分“%s”重复", "section %q given twice", sk.Value)
		}
		lists := map[Outcome]*yaml.Node{}
		c.expect[sk.Value], c.expectLine[sk.Value] = lists, sk.Line
		if sv.Kind == yaml.ScalarNode && sv.ShortTag() == "!!null" {
			continue // a section with nothing granted and nothing else checked
		}
		if sv.Kind != yaml.MappingNode {
			l.fail(sv, "部分 %s 必须是结果（享受、不符合条件…）与条目的映射", "section %s must be a mapping of outcomes (享受, 不符合条件…) to entries", sk.Value)
			continue
		}
		for j := 0; j+1 < len(sv.Content); j += 2 {
			ok, ov := sv.Content[j], sv.Content[j+1]
			if ok.Value == "满足" || ok.Value == "met" {
				if ov.Kind != yaml.MappingNode {
					l.fail(ov, "部分 %s，%s：请给出条目与其满足的条件的映射", "section %s, %s: give a mapping of entries to the conditions they meet", sk.Value, ok.Value)
					continue
				}
				c.met[sk.Value] = ov
				continue
			}
			o, known := outcomeKeys[ok.Value]
			if !known {
				l.fail(ok, "部分 %s：不认识的结果“%s”；结果有：享受/granted、不符合条件/not_granted、就高不重复享受/not_paid、按实评估/assessed_locally、未评估/not_assessed、不在适用期间/not_in_force", "section %s: unknown outcome %q; the outcomes are 享受/granted, 不符合条件/not_granted, 就高不重复享受/not_paid, 按实评估/assessed_locally, 未评估/not_assessed, 不在适用期间/not_in_force", sk.Value, ok.Value)
				continue
			}
			if ov.Kind != yaml.MappingNode && !(ov.Kind == yaml.ScalarNode && ov.ShortTag() == "!!null") {
				l.fail(ov, "部分 %s，%s：请给出条目与其结果的映射", "section %s, %s: give a mapping of entries to what they show", sk.Value, ok.Value)
				continue
			}
			lists[o] = ov
		}
	}
}

// wantEntry is an entry a case expects.
type wantEntry struct {
	line    int
	outcome Outcome
	detail  string
	failed  []string
	met     []string // for a 满足 / met list
	hasWant bool     // the case states the detail or the conditions
}

func wantEntries(n *yaml.Node, o Outcome) (map[string]wantEntry, error) {
	out := map[string]wantEntry{}
	if n == nil || n.Kind != yaml.MappingNode {
		return out, nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		w := wantEntry{line: k.Line, outcome: o}
		switch {
		case v.Kind == yaml.ScalarNode && v.ShortTag() == "!!null":
		case v.Kind == yaml.ScalarNode:
			w.detail, w.hasWant = v.Value, true
		case v.Kind == yaml.SequenceNode && o == OutcomeNotGranted:
			for _, x := range v.Content {
				w.failed = append(w.failed, x.Value)
			}
			w.hasWant = true
		default:
			return nil, fmt.Errorf("line %d: %s: give a single value (or, for 不符合条件, the list of conditions)", v.Line, k.Value)
		}
		if _, dup := out[k.Value]; dup {
			return nil, fmt.Errorf("line %d: entry %s given twice", k.Line, k.Value)
		}
		out[k.Value] = w
	}
	return out, nil
}

// wantMet reads a section's 满足 / met list: each entry with the list of
// the conditions it meets, in the rule's order ([] for none).
func wantMet(n *yaml.Node) (map[string]wantEntry, error) {
	out := map[string]wantEntry{}
	if n == nil {
		return out, nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if v.Kind != yaml.SequenceNode {
			return nil, fmt.Errorf("line %d: %s: give the list of the conditions it meets ([] for none)", v.Line, k.Value)
		}
		w := wantEntry{line: k.Line, hasWant: true}
		for _, x := range v.Content {
			w.met = append(w.met, x.Value)
		}
		if _, dup := out[k.Value]; dup {
			return nil, fmt.Errorf("line %d: entry %s given twice", k.Line, k.Value)
		}
		out[k.Value] = w
	}
	return out, nil
}

// assessmentTitles are the titles of the assessments the data files name.
var assessmentTitles = map[string]rules.Text{
	"welfare.household": rules.T("整户评估", "a whole household's assessment"),
	"relief.firm":       rules.T("整企评估", "a whole firm's assessment"),
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// RunAssessments runs the cases of every assessment file matching the
// patterns, one subtest per file and case. assess runs one case: it decodes
// the case's facts, assesses them and returns the statement as the cases
// compare it, or the assessment's error. A statement that carries the
// domain's own (Statement.Assessed) is checked to round-trip through JSON.
func RunAssessments(t *testing.T, assess func(c *AssessmentCase) (*Statement, error), patterns ...string) {
	t.Helper()
	for _, path := range Files(t, patterns...) {
		cases, err := LoadAssessments(path)
		if err != nil {
			t.Error(err)
			continue
		}
		t.Run(filepath.Base(path), func(t *testing.T) {
			for i, c := range cases {
				t.Run(c.Name, func(t *testing.T) {
					t.Parallel() // cases share nothing but the evaluator, which is safe to share
					// Every case's JSON bytes; every exported field of the
					// first case of each file.
					if msg := CheckAssessmentCase(c, assess, i == 0).failure(); msg != "" {
						t.Error(msg)
					}
				})
			}
		})
	}
}
