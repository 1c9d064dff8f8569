package rulestest

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
	"go.yaml.in/yaml/v3"
)

// Writing cases as data files. When the environment variable
// RULESTEST_WRITE names a directory, Run also writes every case it runs
// into that directory as data files, one per rule, keeping the comment
// written above each case in the Go source (the hand-worked arithmetic).
// This is how cases written in Go move into data files; cases whose inputs
// a data file cannot hold (a float, to test that floats are refused) are
// left out and listed in skipped.txt.

var written = struct {
	sync.Mutex
	byRule   map[string][]Case
	comments map[string][]string // by case name, in source order
	scanned  bool
	skipped  []string
}{byRule: map[string][]Case{}, comments: map[string][]string{}}

func writeCases(cases []Case) {
	dir := os.Getenv("RULESTEST_WRITE")
	if dir == "" {
		return
	}
	written.Lock()
	defer written.Unlock()
	if !written.scanned {
		scanComments(".")
		written.scanned = true
	}
	for _, c := range cases {
		if why := unwritable(c); why != "" {
			written.skipped = append(written.skipped, fmt.Sprintf("%s: %s (%s)", c.Rule, c.Name, why))
			continue
		}
		written.byRule[c.Rule] = append(written.byRule[c.Rule], c)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		panic(err)
	}
	for id, cs := range written.byRule {
		out, err := marshalCases(id, cs)
		if err != nil {
			panic(err)
		}
		if err := os.WriteFile(filepath.Join(dir, id+".yaml"), out, 0o644); err != nil {
			panic(err)
		}
	}
	sort.Strings(written.skipped)
	if err := os.WriteFile(filepath.Join(dir, "skipped.txt"), []byte(strings.Join(written.skipped, "\n")+"\n"), 0o644); err != nil {
		panic(err)
	}
}

// unwritable says why a case cannot be a data case, or "".
func unwritable(c Case) string {
	for name, v := range c.Inputs {
		switch v.(type) {
		case string, bool, int, int64, int32, decimal.Decimal, rules.Date, rules.DateTime:
		default:
			return fmt.Sprintf("input %s is a %T", name, v)
		}
	}
	if c.Err != nil && errorName(c.Err) == "" {
		return "an error data files do not name"
	}
	return ""
}

func errorName(err error) string {
	for _, e := range []struct {
		err  error
		name string
	}{{rules.ErrNotInForce, "not in force"}, {rules.ErrInvalidInput, "invalid input"}, {rules.ErrCaseByCase, "case by case"},
		{rules.ErrUnknownRule, "unknown rule"}, {rules.ErrEvaluation, "evaluation"}} {
		if err == e.err {
			return e.name
		}
	}
	return ""
}

// scanComments reads the comments written just above each case literal
// (an element of a []rulestest.Case with a Name) in the Go test files.
func scanComments(dir string) {
	entries, _ := os.ReadDir(dir)
	var files []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), "_test.go") {
			files = append(files, e.Name())
		}
	}
	sort.Strings(files)
	for _, name := range files {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ParseComments)
		if err != nil {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.CompositeLit)
			if !ok {
				return true
			}
			for _, el := range lit.Elts {
				cl, ok := el.(*ast.CompositeLit)
				if !ok {
					continue
				}
				caseName := ""
				for _, kv := range cl.Elts {
					if kv, ok := kv.(*ast.KeyValueExpr); ok {
						if k, ok := kv.Key.(*ast.Ident); ok && k.Name == "Name" {
							if s, ok := kv.Value.(*ast.BasicLit); ok {
								caseName, _ = strconv.Unquote(s.Value)
							}
						}
					}
				}
				if caseName == "" {
					continue
				}
				written.comments[caseName] = append(written.comments[caseName], commentAbove(fset, f, cl))
			}
			return true
		})
	}
}

// commentAbove returns the comment lines that end on the line just above n.
func commentAbove(fset *token.FileSet, f *ast.File, n ast.Node) string {
	line := fset.Position(n.Pos()).Line
	for _, cg := range f.Comments {
		if fset.Position(cg.End()).Line == line-1 {
			return strings.TrimSpace(cg.Text())
		}
	}
	return ""
}

func marshalCases(id string, cases []Case) ([]byte, error) {
	str := func(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: s} }
	quoted := func(s string) *yaml.Node {
		return &yaml.Node{Kind: yaml.ScalarNode, Value: s, Style: yaml.DoubleQuotedStyle}
	}
	pair := func(m *yaml.Node, k string, v *yaml.Node) { m.Content = append(m.Content, str(k), v) }
	list := &yaml.Node{Kind: yaml.SequenceNode}
	seen := map[string]int{}
	for _, c := range cases {
		m := &yaml.Node{Kind: yaml.MappingNode}
		if cs := written.comments[c.Name]; seen[c.Name] < len(cs) {
			m.HeadComment = cs[seen[c.Name]]
		}
		seen[c.Name]++
		pair(m, "name", str(c.Name))
		pair(m, "clause", str(c.Clause))
		pair(m, "date", str(c.Date.String()))
		if len(c.Inputs) > 0 {
			in := &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle}
			names := make([]string, 0, len(c.Inputs))
			for k := range c.Inputs {
				names = append(names, k)
			}
			sort.Strings(names)
			for _, k := range names {
				var v *yaml.Node
				switch x := c.Inputs[k].(type) {
				case bool:
					v = &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: strconv.FormatBool(x)}
				case string:
					v = str(x)
				default:
					v = str(fmt.Sprint(x))
				}
				pair(in, k, v)
			}
			pair(m, "inputs", in)
		}
		if c.Want != nil {
			want := &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle}
			names := make([]string, 0, len(c.Want))
			for k := range c.Want {
				names = append(names, k)
			}
			sort.Strings(names)
			for _, k := range names {
				pair(want, k, quoted(c.Want[k]))
			}
			pair(m, "expect", want)
		}
		if c.Eligible != nil {
			pair(m, "eligible", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: strconv.FormatBool(*c.Eligible)})
		}
		if c.Failed != nil {
			f := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
			for _, n := range c.Failed {
				f.Content = append(f.Content, str(n))
			}
			pair(m, "failed", f)
		}
		if c.Err != nil {
			pair(m, "error", str(errorName(c.Err)))
		}
		if c.Field != "" {
			pair(m, "field", str(c.Field))
		}
		list.Content = append(list.Content, m)
	}
	doc := &yaml.Node{Kind: yaml.MappingNode}
	doc.HeadComment = "Worked cases of " + id + ", each from the clause it cites.\nFormat: docs/testcases.md."
	pair(doc, "rule", str(id))
	pair(doc, "cases", list)
	for _, c := range list.Content {
		for i := 0; i < len(c.Content); i += 2 {
			if c.Content[i].Value == "rule" {
				c.Content = append(c.Content[:i], c.Content[i+2:]...)
			}
		}
	}
	var b strings.Builder
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return []byte(b.String()), nil
}
