package rulestest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
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
// written so that it cannot be exact — is an error naming the file and
// line.
func Load(path string) ([]Case, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return parseCases(path, raw)
}

// parseCases reads the cases of a data file's text; path names it in errors.
func parseCases(path string, raw []byte) ([]Case, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	if len(doc.Content) == 0 {
		return nil, fmt.Errorf("%s: empty file", path)
	}
	l := &loader{path: path}
	cases := l.file(doc.Content[0])
	if len(l.errs) > 0 {
		return nil, errors.Join(l.errs...)
	}
	return cases, nil
}

type loader struct {
	path string
	errs []error
}

func (l *loader) fail(n *yaml.Node, format string, args ...any) {
	l.errs = append(l.errs, fmt.Errorf("%s:%d: %s", l.path, n.Line, fmt.Sprintf(format, args...)))
}

// fields returns a mapping's values by English key, reporting unknown and
// repeated keys.
func (l *loader) fields(n *yaml.Node, what string) map[string]*yaml.Node {
	return l.keyed(n, what, keys)
}

// keyed returns a mapping's values by the English names keys gives its
// keys, reporting unknown and repeated keys.
func (l *loader) keyed(n *yaml.Node, what string, keys map[string]string) map[string]*yaml.Node {
	out := map[string]*yaml.Node{}
	if n.Kind != yaml.MappingNode {
		l.fail(n, "%s must be a mapping of keys to values", what)
		return out
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		name, ok := keys[k.Value]
		if !ok {
			l.fail(k, "%s: unknown key %q", what, k.Value)
			continue
		}
		if _, dup := out[name]; dup {
			l.fail(k, "%s: key %q given twice", what, k.Value)
		}
		out[name] = v
	}
	return out
}

func (l *loader) file(n *yaml.Node) []Case {
	top := l.fields(n, "the file")
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
		l.fail(n, "the file has no list of cases (cases: / 案例:)")
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
		l.fail(v, "inputs must be a mapping of input names to values")
		return in
	}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, x := v.Content[i], v.Content[i+1]
		in[k.Value] = l.input(x, k.Value)
	}
	return in
}

func (l *loader) oneCase(n *yaml.Node, defRule string, defDate rules.Date) Case {
	f := l.fields(n, "a case")
	c := Case{Rule: defRule, Date: defDate, Source: fmt.Sprintf("%s:%d", l.path, n.Line)}
	if v := f["name"]; v != nil {
		c.Name = l.text(v, "name")
	} else {
		l.fail(n, "a case needs a name (name: / 名称:)")
	}
	if v := f["clause"]; v != nil {
		c.Clause = l.text(v, "clause")
	}
	if strings.TrimSpace(c.Clause) == "" {
		l.fail(n, "case %q cites no clause (clause: / 条款:): say where in the document the expected result comes from", c.Name)
	}
	if v := f["rule"]; v != nil {
		c.Rule = l.text(v, "rule")
	}
	if c.Rule == "" {
		l.fail(n, "case %q names no rule (rule: / 规则:), and the file gives none", c.Name)
	}
	if v := f["date"]; v != nil {
		c.Date = l.date(v)
	}
	if c.Date.IsZero() {
		l.fail(n, "case %q has no evaluation date (date: / 日期:)", c.Name)
	}
	if isMembers(f["inputs"]) {
		c.Members = l.members(f["inputs"])
	} else {
		c.Inputs = l.inputs(f["inputs"])
	}
	if v := f["expect"]; v != nil {
		c.Want = map[string]string{}
		if v.Kind != yaml.MappingNode {
			l.fail(v, "expect must be a mapping of output names to values")
		}
		for i := 0; v.Kind == yaml.MappingNode && i+1 < len(v.Content); i += 2 {
			k, x := v.Content[i], v.Content[i+1]
			c.Want[k.Value] = l.scalar(x, "expected "+k.Value)
		}
	}
	if v := f["eligible"]; v != nil {
		var b bool
		if err := v.Decode(&b); err != nil {
			l.fail(v, "eligible must be true or false")
		}
		c.Eligible = &b
	}
	if v := f["failed"]; v != nil {
		c.Failed = []string{}
		if v.Kind != yaml.SequenceNode {
			l.fail(v, "failed must be a list of condition names")
		}
		for _, x := range v.Content {
			c.Failed = append(c.Failed, l.text(x, "failed condition"))
		}
	}
	if v := f["error"]; v != nil {
		name := l.text(v, "error")
		if c.Err = errorNames[strings.ToLower(name)]; c.Err == nil {
			l.fail(v, "error %q is none of: not in force, invalid input, case by case, unknown rule, evaluation (不在有效期内, 输入无效, 按实评估, 未知规则, 计算错误)", name)
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
			l.fail(v, "tolerance must be a number of zero or more")
		}
		c.Tolerance = d
	}
	if c.Want == nil && c.Eligible == nil && c.Failed == nil && c.Err == nil {
		l.fail(n, "case %q expects nothing: give expect:, eligible:, failed: or error:", c.Name)
	}
	return c
}

func (l *loader) scalar(n *yaml.Node, what string) string {
	if n.Kind != yaml.ScalarNode {
		l.fail(n, "%s must be a single value", what)
		return ""
	}
	return n.Value
}

func (l *loader) text(n *yaml.Node, what string) string { return l.scalar(n, what) }

func (l *loader) date(n *yaml.Node) rules.Date {
	d, err := rules.ParseDate(l.scalar(n, "date"))
	if err != nil {
		l.fail(n, "%q is not a date of the form YYYY-MM-DD", n.Value)
	}
	return d
}

// input reads an input's value exactly: a number keeps the digits written
// (90.5 is 90.5, never a float), yes/no are booleans, everything else the
// text written.
func (l *loader) input(n *yaml.Node, name string) any {
	if n.Kind != yaml.ScalarNode {
		l.fail(n, "input %s must be a single value", name)
		return nil
	}
	switch n.ShortTag() {
	case "!!bool":
		var b bool
		if err := n.Decode(&b); err != nil {
			l.fail(n, "input %s: %v", name, err)
		}
		return b
	case "!!null":
		l.fail(n, "input %s has no value; leave it out instead", name)
		return nil
	}
	return n.Value
}

// RunFiles runs the cases of every data file matching the patterns (such
// as "testdata/*.yaml") against the book, one subtest per file and case. A
// pattern that matches no file, or a file that does not load, fails.
func RunFiles(t *testing.T, b *rules.Book, patterns ...string) {
	t.Helper()
	files := Files(t, patterns...)
	for _, path := range files {
		cases, err := Load(path)
		if err != nil {
			t.Error(err)
			continue
		}
		t.Run(filepath.Base(path), func(t *testing.T) {
			t.Helper()
			Run(t, b, cases)
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
