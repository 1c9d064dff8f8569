package rulestest

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
	"go.yaml.in/yaml/v3"
)

// The data files: worked cases written as YAML by the people who own the
// clauses, next to each domain (testdata/*.yaml). docs/testcases.md
// documents the format. Keys may be written in English or in Chinese.

// keys maps every accepted spelling of a key to its English name.
var keys = map[string]string{
	"rule": "rule", "规则": "rule",
	"date": "date", "日期": "date", "评估日期": "date",
	"cases": "cases", "案例": "cases",
	"name": "name", "名称": "name",
	"clause": "clause", "条款": "clause", "依据": "clause",
	"inputs": "inputs", "输入": "inputs",
	"expect": "expect", "预期": "expect", "结果": "expect",
	"eligible": "eligible", "符合条件": "eligible",
	"failed": "failed", "未满足": "failed",
	"error": "error", "错误": "error",
	"field": "field", "字段": "field",
	"message": "message", "消息": "message",
	"tolerance": "tolerance", "容差": "tolerance",
}

// errorNames maps the ways a data file may name an expected error to its
// sentinel: the stable code, the English words, or the Chinese.
var errorNames = map[string]error{
	"not_in_force": rules.ErrNotInForce, "not in force": rules.ErrNotInForce, "不在有效期内": rules.ErrNotInForce, "未生效或已失效": rules.ErrNotInForce,
	"invalid_input": rules.ErrInvalidInput, "invalid input": rules.ErrInvalidInput, "输入无效": rules.ErrInvalidInput,
	"case_by_case": rules.ErrCaseByCase, "case by case": rules.ErrCaseByCase, "assessed case by case": rules.ErrCaseByCase, "按实评估": rules.ErrCaseByCase,
	"unknown_rule": rules.ErrUnknownRule, "unknown rule": rules.ErrUnknownRule, "未知规则": rules.ErrUnknownRule,
	"evaluation": rules.ErrEvaluation, "计算错误": rules.ErrEvaluation,
}

// Load reads the cases of a data file. Every problem — a key it does not
// know, a case without a clause, a date that is not a date, a number
// written so that it cannot be exact — is a [LoadProblem] naming the file
// and line, in the *[LoadError] returned; a misspelt key is reported with
// the keys it could have meant.
func Load(path string) ([]Case, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, unreadable(path, err)
	}
	return parseCases(path, raw)
}

// parseCases reads the cases of a data file's text; path names it in errors.
func parseCases(path string, raw []byte) ([]Case, error) {
	top, err := topNode(path, raw)
	if err != nil {
		return nil, err
	}
	l := &loader{path: path}
	cases := l.file(top)
	if len(l.problems) > 0 {
		return nil, &LoadError{Problems: l.problems}
	}
	return cases, nil
}

// topNode parses a data file's text and returns its top node.
func topNode(path string, raw []byte) (*yaml.Node, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		return nil, unreadable(path, err)
	}
	if len(doc.Content) == 0 {
		return nil, &LoadError{Problems: []LoadProblem{{Path: path, Msg: rules.T("文件是空的", "empty file")}}}
	}
	return doc.Content[0], nil
}

type loader struct {
	path     string
	problems []LoadProblem
	unknown  int // unknown keys found so far
}

// fail records a problem at n's line, its message formatted in Chinese and
// English with the same arguments.
func (l *loader) fail(n *yaml.Node, zh, en string, args ...any) {
	l.failT(n, rules.T(fmt.Sprintf(zh, args...), fmt.Sprintf(en, args...)))
}

// failT records a problem at n's line.
func (l *loader) failT(n *yaml.Node, msg rules.Text) {
	l.problems = append(l.problems, LoadProblem{Path: l.path, Line: n.Line, Msg: msg})
}

// Where a mapping is, for messages.
var (
	inFile = rules.T("文件", "the file")
	inCase = rules.T("案例", "a case")
)

// fields returns a mapping's values by English key, reporting unknown and
// repeated keys; names are the keys the place takes, for suggestions.
func (l *loader) fields(n *yaml.Node, what rules.Text, names []string) map[string]*yaml.Node {
	return l.keyed(n, what, keys, names)
}

// keyed returns a mapping's values by the English names keys gives its
// keys, reporting unknown and repeated keys. A key is known in the place
// when names has its English name; an unknown key is reported with the
// keys of names it could have meant.
func (l *loader) keyed(n *yaml.Node, what rules.Text, keys map[string]string, names []string) map[string]*yaml.Node {
	out := map[string]*yaml.Node{}
	if n.Kind != yaml.MappingNode {
		l.failT(n, rules.T(what.Zh+"必须是键与值的映射", what.En+" must be a mapping of keys to values"))
		return out
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		name, ok := keys[k.Value]
		// A key of another place (a case's expect: given for the whole
		// file) would do nothing there.
		elsewhere := ok && !slices.Contains(names, name)
		if !ok || elsewhere {
			sug, near := suggest(k.Value, names, keys)
			if elsewhere {
				sug, near = suggest("", names, keys)
			}
			p := LoadProblem{Path: l.path, Line: k.Line, Key: k.Value, Suggest: sug}
			list := strings.Join(sug, ", ")
			switch {
			case elsewhere:
				p.Msg = rules.T(fmt.Sprintf("%s：键“%s”不能用在此处；此处可用的键：%s", what.Zh, k.Value, list),
					fmt.Sprintf("%s: key %q does not belong here; the keys here are: %s", what.En, k.Value, list))
			case near:
				p.Msg = rules.T(fmt.Sprintf("%s：不认识的键“%s”；是否应为 %s？", what.Zh, k.Value, strings.Join(sug, "，或 ")),
					fmt.Sprintf("%s: unknown key %q; did you mean %s?", what.En, k.Value, strings.Join(sug, ", or ")))
			default:
				p.Msg = rules.T(fmt.Sprintf("%s：不认识的键“%s”；此处可用的键：%s", what.Zh, k.Value, list),
					fmt.Sprintf("%s: unknown key %q; the keys here are: %s", what.En, k.Value, list))
			}
			l.problems = append(l.problems, p)
			l.unknown++
			continue
		}
		if _, dup := out[name]; dup {
			l.failT(k, rules.T(fmt.Sprintf("%s：键“%s”重复", what.Zh, k.Value), fmt.Sprintf("%s: key %q given twice", what.En, k.Value)))
		}
		out[name] = v
	}
	return out
}

func (l *loader) file(n *yaml.Node) []Case {
	top := l.fields(n, inFile, fileKeyNames)
	defRule, defDate := "", rules.Date{}
	if r := top["rule"]; r != nil {
		defRule = l.text(r, "rule")
	}
	if d := top["date"]; d != nil {
		defDate = l.date(d)
	}
	shared := l.inputs(top["inputs"])
	list := top["cases"]
	if list == nil || list.Kind != yaml.SequenceNode || len(list.Content) == 0 {
		l.fail(n, "文件中没有案例列表（案例: / cases:）", "the file has no list of cases (cases: / 案例:)")
		return nil
	}
	var out []Case
	for _, cn := range list.Content {
		c := l.oneCase(cn, defRule, defDate)
		if len(shared) > 0 {
			in := rules.Inputs{}
			for k, v := range shared {
				in[k] = v
			}
			for k, v := range c.Inputs {
				in[k] = v
			}
			c.Inputs = in
		}
		out = append(out, c)
	}
	return out
}

// members reads the inputs of a group's members: a mapping of rule IDs to
// mappings of input names to values.
func (l *loader) members(v *yaml.Node) map[string]rules.Inputs {
	out := map[string]rules.Inputs{}
	for i := 0; i+1 < len(v.Content); i += 2 {
		out[v.Content[i].Value] = l.inputs(v.Content[i+1])
	}
	return out
}

// isMembers reports whether an inputs mapping gives member rules' inputs
// (its values are mappings) rather than input values.
func isMembers(v *yaml.Node) bool {
	return v != nil && v.Kind == yaml.MappingNode && len(v.Content) >= 2 && v.Content[1].Kind == yaml.MappingNode
}

// inputs reads a mapping of input names to values.
func (l *loader) inputs(v *yaml.Node) rules.Inputs {
	if v == nil {
		return nil
	}
	in := rules.Inputs{}
	if v.Kind != yaml.MappingNode {
		l.fail(v, "输入必须是输入名与值的映射", "inputs must be a mapping of input names to values")
		return in
	}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, x := v.Content[i], v.Content[i+1]
		in[k.Value] = l.input(x, k.Value)
	}
	return in
}

func (l *loader) oneCase(n *yaml.Node, defRule string, defDate rules.Date) Case {
	before := l.unknown
	f := l.fields(n, inCase, caseKeyNames)
	// A misspelt key is the one problem of the case: what it leaves
	// missing (the clause of "clasue:") is not reported besides.
	misspelt := l.unknown > before
	c := Case{Rule: defRule, Date: defDate, Source: fmt.Sprintf("%s:%d", l.path, n.Line)}
	if v := f["name"]; v != nil {
		c.Name = l.text(v, "name")
	} else if !misspelt {
		l.fail(n, "案例缺少名称（名称: / name:）", "a case needs a name (name: / 名称:)")
	}
	if v := f["clause"]; v != nil {
		c.Clause = l.text(v, "clause")
	}
	if !misspelt && strings.TrimSpace(c.Clause) == "" {
		l.fail(n, "案例“%s”未引用条款（条款: / clause:）：请写明预期结果出自文件的哪一条款", "case %q cites no clause (clause: / 条款:): say where in the document the expected result comes from", c.Name)
	}
	if v := f["rule"]; v != nil {
		c.Rule = l.text(v, "rule")
	}
	if !misspelt && c.Rule == "" {
		l.fail(n, "案例“%s”未写规则编号（规则: / rule:），文件也未给出", "case %q names no rule (rule: / 规则:), and the file gives none", c.Name)
	}
	if v := f["date"]; v != nil {
		c.Date = l.date(v)
	}
	if !misspelt && c.Date.IsZero() {
		l.fail(n, "案例“%s”缺少评估日期（日期: / date:）", "case %q has no evaluation date (date: / 日期:)", c.Name)
	}
	if isMembers(f["inputs"]) {
		c.Members = l.members(f["inputs"])
	} else {
		c.Inputs = l.inputs(f["inputs"])
	}
	if v := f["expect"]; v != nil {
		c.Want = map[string]string{}
		if v.Kind != yaml.MappingNode {
			l.fail(v, "预期必须是输出名与值的映射", "expect must be a mapping of output names to values")
		}
		for i := 0; v.Kind == yaml.MappingNode && i+1 < len(v.Content); i += 2 {
			k, x := v.Content[i], v.Content[i+1]
			c.Want[k.Value] = l.scalar(x, "expected "+k.Value)
		}
	}
	if v := f["eligible"]; v != nil {
		var b bool
		if err := v.Decode(&b); err != nil {
			l.fail(v, "符合条件须为 true 或 false", "eligible must be true or false")
		}
		c.Eligible = &b
	}
	if v := f["failed"]; v != nil {
		c.Failed = []string{}
		if v.Kind != yaml.SequenceNode {
			l.fail(v, "未满足须为条件名的列表", "failed must be a list of condition names")
		}
		for _, x := range v.Content {
			c.Failed = append(c.Failed, l.text(x, "failed condition"))
		}
	}
	if v := f["error"]; v != nil {
		name := l.text(v, "error")
		if c.Err = errorNames[strings.ToLower(name)]; c.Err == nil {
			l.fail(v, "错误“%s”不是以下之一：不在有效期内、输入无效、按实评估、未知规则、计算错误（not in force, invalid input, case by case, unknown rule, evaluation）", "error %q is none of: not in force, invalid input, case by case, unknown rule, evaluation (不在有效期内, 输入无效, 按实评估, 未知规则, 计算错误)", name)
		}
	}
	if v := f["field"]; v != nil {
		c.Field = l.text(v, "field")
	}
	if v := f["message"]; v != nil {
		c.Message = l.text(v, "message")
	}
	if v := f["tolerance"]; v != nil {
		d, err := decimal.NewFromString(l.scalar(v, "tolerance"))
		if err != nil || d.Sign() < 0 {
			l.fail(v, "容差须为不小于0的数", "tolerance must be a number of zero or more")
		}
		c.Tolerance = d
	}
	if !misspelt && c.Want == nil && c.Eligible == nil && c.Failed == nil && c.Err == nil {
		l.fail(n, "案例“%s”没有预期：请给出 预期、符合条件、未满足 或 错误", "case %q expects nothing: give expect:, eligible:, failed: or error:", c.Name)
	}
	return c
}

func (l *loader) scalar(n *yaml.Node, what string) string {
	if n.Kind != yaml.ScalarNode {
		l.fail(n, "%s必须是单个值", "%s must be a single value", what)
		return ""
	}
	return n.Value
}

func (l *loader) text(n *yaml.Node, what string) string { return l.scalar(n, what) }

func (l *loader) date(n *yaml.Node) rules.Date {
	d, err := rules.ParseDate(l.scalar(n, "date"))
	if err != nil {
		l.fail(n, "“%s”不是 YYYY-MM-DD 格式的日期", "%q is not a date of the form YYYY-MM-DD", n.Value)
	}
	return d
}

// input reads an input's value exactly: a number keeps the digits written
// (90.5 is 90.5, never a float), yes/no are booleans, everything else the
// text written.
func (l *loader) input(n *yaml.Node, name string) any {
	if n.Kind != yaml.ScalarNode {
		l.fail(n, "输入 %s 必须是单个值", "input %s must be a single value", name)
		return nil
	}
	switch n.ShortTag() {
	case "!!bool":
		var b bool
		if err := n.Decode(&b); err != nil {
			l.fail(n, "输入 %s：%v", "input %s: %v", name, err)
		}
		return b
	case "!!null":
		l.fail(n, "输入 %s 没有值；不提供此输入时请删去该键", "input %s has no value; leave it out instead", name)
		return nil
	}
	return n.Value
}

// RunFiles runs the cases of every data file matching the patterns (such
// as "testdata/*.yaml") against the book, one subtest per file and case, as
// [Checker.CheckFile] checks them. A pattern that matches no file fails; a
// file that does not load is one failure naming its problems, and every
// other file runs.
func RunFiles(t *testing.T, b *rules.Book, patterns ...string) {
	t.Helper()
	ck := Checker{Book: func(string) *rules.Book { return b }}
	for _, path := range Files(t, patterns...) {
		fo := ck.CheckFile(path)
		if len(fo.Problems) > 0 {
			t.Error((&LoadError{Problems: fo.Problems}).Error())
			continue
		}
		t.Run(filepath.Base(path), func(t *testing.T) {
			t.Helper()
			for _, o := range fo.Cases {
				t.Run(o.Name, func(t *testing.T) {
					t.Helper()
					if msg := o.failure(); msg != "" {
						t.Error(msg)
					}
				})
			}
		})
	}
}

// Files returns the files matching the patterns, sorted; a pattern that
// matches nothing fails the test.
func Files(t testing.TB, patterns ...string) []string {
	t.Helper()
	var files []string
	for _, p := range patterns {
		m, err := filepath.Glob(p)
		if err != nil {
			t.Fatal(err)
		}
		if len(m) == 0 {
			t.Errorf("no data file matches %s", p)
		}
		files = append(files, m...)
	}
	sort.Strings(files)
	return files
}
