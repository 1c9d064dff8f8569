package rulestest

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// Examples checks that the package in dir has a runnable example (a
// function ExampleX with an "// Output:" comment) for every entry point: each
// exported package-level function, and each exported method of the named
// types (for example "Book", "Result", "Evaluator"). Examples are the
// documentation that cannot go stale; this keeps them complete.
func Examples(t testing.TB, dir string, types ...string) {
	t.Helper()
	fset := token.NewFileSet()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]*ast.File{}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, e.Name()), nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		files[e.Name()] = f
	}
	wantTypes := map[string]bool{}
	for _, ty := range types {
		wantTypes[ty] = true
	}
	need := map[string]bool{}
	have := map[string]bool{}
	for name, f := range files {
		test := strings.HasSuffix(name, "_test.go")
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok {
				continue
			}
			if test {
				if strings.HasPrefix(fn.Name.Name, "Example") && hasOutput(f, fn) {
					have[strings.TrimPrefix(fn.Name.Name, "Example")] = true
				}
				continue
			}
			if !fn.Name.IsExported() {
				continue
			}
			if fn.Recv == nil {
				need[fn.Name.Name] = true
				continue
			}
			if recv := receiver(fn); wantTypes[recv] {
				need[recv+"_"+fn.Name.Name] = true
			}
		}
	}
	var missing []string
	for n := range need {
		if !have[n] && !haveSuffixed(have, n) {
			missing = append(missing, "Example"+n)
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		t.Errorf("no runnable example %s (with // Output:)", m)
	}
}

// haveSuffixed accepts ExampleX_suffix, go's form for more examples of X.
func haveSuffixed(have map[string]bool, n string) bool {
	for h := range have {
		if strings.HasPrefix(h, n+"_") {
			rest := strings.TrimPrefix(h, n+"_")
			if rest != "" && rest[0] >= 'a' && rest[0] <= 'z' {
				return true
			}
		}
	}
	return false
}

func receiver(fn *ast.FuncDecl) string {
	t := fn.Recv.List[0].Type
	if s, ok := t.(*ast.StarExpr); ok {
		t = s.X
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

func hasOutput(f *ast.File, fn *ast.FuncDecl) bool {
	for _, cg := range f.Comments {
		if cg.Pos() < fn.Body.Lbrace || cg.End() > fn.Body.Rbrace {
			continue
		}
		text := cg.Text()
		if strings.HasPrefix(text, "Output:") || strings.HasPrefix(text, "Unordered output:") {
			return true
		}
	}
	return false
}
