package rules

import (
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

type genCase struct {
	Kind string `rule:"kind"`
}

type genResult struct {
	Figure decimal.Decimal `rule:"figure"`
}

// A rule generated code cannot take — here a table holding a number beyond
// the int64 form — is left to the interpreter and listed as such, and the
// file still parses, with nothing of the rule half written into it; a rule
// it can take is registered.
func TestGenerateLeavesWhatItCannotTake(t *testing.T) {
	doc := Document{Number: "示例", Title: "示例", Issuer: "示例", Issued: MustDate(2022, 1, 1), InForce: Since(MustDate(2022, 1, 1))}
	cite := doc.Cite("一", "示例")
	kind := TextInput("kind", T("类别", "kind"), "a", "b")
	huge := Table{Rows: []Row{{Keys: []string{"a"}, Value: decimal.RequireFromString("123456789012345678901234567890")},
		{Keys: []string{"b"}, Value: decimal.NewFromInt(1)}}}
	b := MustCompile(Spec{
		Params: []Param{{Name: "huge", Title: T("大数", "huge"), Unit: Number, History: []Dated{{Cite: cite, Value: huge}}},
			Fixed("small", T("小数", "small"), Number, "7", cite)},
		Rules: []Rule{
			{ID: "example.huge", Title: T("大", "huge"), Cite: cite, Inputs: []Input{kind},
				Outputs: []Output{{Name: "figure", Title: T("数", "figure"), Unit: Number, Expr: "huge[kind]"}}},
			{ID: "example.small", Title: T("小", "small"), Cite: cite, Inputs: []Input{kind},
				Outputs: []Output{{Name: "figure", Title: T("数", "figure"), Unit: Number, Expr: "kind == \"a\" ? small : small * 2"}}},
		},
	})
	src, err := generate("rules", []any{MustBind[genCase, genResult](b, "example.huge").b, MustBind[genCase, genResult](b, "example.small").b})
	if err != nil {
		t.Fatalf("%v\n%s", err, src)
	}
	text := string(src)
	if _, err := parser.ParseFile(token.NewFileSet(), "fast_gen.go", src, 0); err != nil {
		t.Fatalf("the generated file does not parse: %v", err)
	}
	for _, want := range []string{"//   - example.huge (genCase → genResult): a number beyond the int64 form", `fastpath.Register("` + b.Hash() + `", "example.small", fast0)`} {
		if !strings.Contains(text, want) {
			t.Errorf("the generated file lacks %q:\n%s", want, text)
		}
	}
	for _, not := range []string{"table_huge", `"example.huge", fast`} {
		if strings.Contains(text, not) {
			t.Errorf("the generated file has %q, of the rule left to the interpreter:\n%s", not, text)
		}
	}
}
