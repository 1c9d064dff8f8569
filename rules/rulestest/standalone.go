package rulestest

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// StandAloneExamples checks that every example function (Example,
// ExampleX, ExampleX_y) of the package in dir stands alone as the package
// documentation shows it: go doc and pkg.go.dev print an example's body and
// nothing else, so a body that uses a variable, constant, type or helper
// function declared at package level in one of the package's _test.go files
// cannot be read or run there. The exception is go doc's whole-file example:
// a file with exactly one example, other declarations and no test, benchmark
// or fuzz target is shown whole, so its example may use what the file
// declares (a type with methods cannot be declared in a function body). It
// also fails an example written in the package itself rather than in its
// external test package (package x_test), whose body the documentation
// cannot run.
func StandAloneExamples(t testing.TB, dir string) {
	t.Helper()
	problems, err := strayReferences(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error(p)
	}
}

// strayReferences lists, one line each (file:line: example: what), the
// references of the examples in dir to declarations of the test files.
func strayReferences(dir string) ([]string, error) {
	fset := token.NewFileSet()
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	inModule, err := pathInModule(dir)
	if err != nil {
		return nil, err
	}
	// The files of each package clause: the package with its internal test
	// files, and the external test package.
	byPkg := map[string][]*ast.File{}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, e.Name()), nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		byPkg[f.Name.Name] = append(byPkg[f.Name.Name], f)
	}
	var problems []string
	for name, files := range byPkg {
		internal := !strings.HasSuffix(name, "_test")
		var examples []*ast.FuncDecl
		shownWhole := map[string]bool{} // the whole-file examples, by file name
		for _, f := range files {
			if !isTestFile(fset, f) {
				continue
			}
			if wholeFileExample(f) {
				shownWhole[fset.Position(f.Package).Filename] = true
			}
			has := false
			for _, decl := range f.Decls {
				if fn, ok := decl.(*ast.FuncDecl); ok && isExample(fn) {
					has = true
					examples = append(examples, fn)
					if internal {
						problems = append(problems, fmt.Sprintf("%s: %s is in package %s; write it in package %s_test, as a user of the package would",
							where(fset, fn.Pos()), fn.Name.Name, name, name))
					}
				}
			}
			for _, imp := range f.Imports {
				// An internal package's own examples are for the module's
				// readers, and import it.
				if p, _ := strconv.Unquote(imp.Path.Value); has && isInternal(p) && !isInternal(inModule) {
					problems = append(problems, fmt.Sprintf("%s: the examples import %s, which a user's module cannot import",
						where(fset, imp.Pos()), p))
				}
			}
		}
		if len(examples) == 0 {
			continue
		}
		info := &types.Info{Uses: map[*ast.Ident]types.Object{}}
		conf := types.Config{
			// Only the test package's own declarations matter here, so an
			// imported package is an empty stand-in: its names stay
			// unresolved, which is no reference to a test file.
			Importer: emptyImporter{},
			Error:    func(error) {},
		}
		pkg, _ := conf.Check(name, fset, files, info)
		if pkg == nil {
			continue
		}
		for _, fn := range examples {
			seen := map[types.Object]bool{}
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				id, ok := n.(*ast.Ident)
				if !ok {
					return true
				}
				obj := info.Uses[id]
				if obj == nil || seen[obj] || obj.Parent() != pkg.Scope() {
					return true
				}
				declared := fset.Position(obj.Pos()).Filename
				if !strings.HasSuffix(declared, "_test.go") {
					return true
				}
				if shownWhole[declared] && declared == fset.Position(fn.Pos()).Filename {
					return true // shown with the example
				}
				seen[obj] = true
				problems = append(problems, fmt.Sprintf("%s: %s uses %s %s, declared at package level in %s; declare it in the example's body, which is all the documentation shows",
					where(fset, id.Pos()), fn.Name.Name, kind(obj), obj.Name(), filepath.Base(declared)))
				return true
			})
		}
	}
	sort.Strings(problems)
	return problems, nil
}

// wholeFileExample is go/doc's test for a file shown whole as its example:
// exactly one example function, at least one other declaration (function,
// type, variable or constant), and no test, benchmark or fuzz target.
func wholeFileExample(f *ast.File) bool {
	examples, others := 0, 0
	for _, decl := range f.Decls {
		switch d := decl.(type) {
		case *ast.FuncDecl:
			name := d.Name.Name
			switch {
			case d.Recv == nil && isExample(d):
				examples++
			case d.Recv == nil && (isTestName(name, "Test") || isTestName(name, "Benchmark") || isTestName(name, "Fuzz")):
				return false
			default:
				others++
			}
		case *ast.GenDecl:
			if d.Tok != token.IMPORT {
				others++
			}
		}
	}
	return examples == 1 && others > 0
}

// isTestName is go test's test for a name of the kind prefix: the prefix
// alone, or followed by a character that is not a lower-case letter.
func isTestName(name, prefix string) bool {
	if !strings.HasPrefix(name, prefix) {
		return false
	}
	rest := name[len(prefix):]
	return rest == "" || !(rest[0] >= 'a' && rest[0] <= 'z')
}

// pathInModule is dir relative to the root of its module (the nearest
// directory above it with a go.mod), slash-separated; dir itself when no
// module is found.
func pathInModule(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for root := abs; ; root = filepath.Dir(root) {
		if _, err := os.Stat(filepath.Join(root, "go.mod")); err == nil {
			rel, err := filepath.Rel(root, abs)
			return filepath.ToSlash(rel), err
		}
		if filepath.Dir(root) == root {
			return filepath.ToSlash(abs), nil
		}
	}
}

// isInternal reports whether an import path has an internal element, which
// only the module's own packages may import.
func isInternal(p string) bool {
	for _, e := range strings.Split(p, "/") {
		if e == "internal" {
			return true
		}
	}
	return false
}

func isTestFile(fset *token.FileSet, f *ast.File) bool {
	return strings.HasSuffix(fset.Position(f.Package).Filename, "_test.go")
}

// isExample is go test's test for an example function: named Example or
// Example followed by anything, with no receiver, parameters or results.
func isExample(fn *ast.FuncDecl) bool {
	return fn.Recv == nil && isTestName(fn.Name.Name, "Example") &&
		fn.Type.Params.NumFields() == 0 && fn.Type.Results.NumFields() == 0 && fn.Body != nil
}

func where(fset *token.FileSet, p token.Pos) string {
	pos := fset.Position(p)
	return fmt.Sprintf("%s:%d", filepath.Base(pos.Filename), pos.Line)
}

func kind(obj types.Object) string {
	switch obj.(type) {
	case *types.Var:
		return "variable"
	case *types.Const:
		return "constant"
	case *types.TypeName:
		return "type"
	case *types.Func:
		return "function"
	}
	return "name"
}

// emptyImporter gives every import an empty, complete package named after
// the last element of its path (without a major version suffix).
type emptyImporter struct{}

func (emptyImporter) Import(p string) (*types.Package, error) {
	name := path.Base(p)
	if strings.HasPrefix(name, "v") && strings.Trim(name[1:], "0123456789") == "" && path.Dir(p) != "." {
		name = path.Base(path.Dir(p))
	}
	if i := strings.IndexByte(name, '.'); i > 0 {
		name = name[:i] // gopkg.in/yaml.v3
	}
	name = strings.TrimPrefix(name, "go-")
	pkg := types.NewPackage(p, name)
	pkg.MarkComplete()
	return pkg, nil
}
