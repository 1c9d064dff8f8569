package rulestest

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A package whose examples lean on its test files' declarations is caught,
// each reference once, with where it is; names an example declares itself,
// struct keys, other packages' names and the declarations of a whole-file
// example's own file are not references. An example may not import an
// internal package, which a user cannot.
func TestStandAloneExamplesCatches(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"go.mod": "module example.com/fee\n",
		"fee.go": `package fee

// Fee is the fee.
func Fee(area int) int { return 15 * area }

var june = 6
`,
		"helpers_test.go": `package fee_test

import "fmt"

const area = 60

type premises struct{ Area int }

func show(v int) { fmt.Println(v) }
`,
		"example_test.go": `package fee_test

import (
	"fmt"

	"example.com/fee"
)

var june = "2022-06-01"

func ExampleFee() {
	show(fee.Fee(area))
	show(fee.Fee(premises{Area: 1}.Area))
	fmt.Println(june)
	// Output: 900
}

func Example() {
	june := "2022-06-01"
	type premises struct{ june, area int }
	p := premises{june: 1, area: 2}
	fmt.Println(june, fee.Fee(p.area))
	// Output: 2022-06-01 30
}
`,
		// A whole-file example: go doc shows the file, the type with it.
		"whole_test.go": `package fee_test

import (
	"fmt"

	"example.com/fee"
)

type metres int

func (m metres) String() string { return fmt.Sprint(int(m), " m²") }

func ExampleFee_whole() {
	fmt.Println(metres(60), fee.Fee(60))
	// Output: 60 m² 900
}
`,
		// Not one: a test in the file, so only the example's body is shown.
		"mixed_test.go": `package fee_test

import (
	"fmt"
	"testing"

	"example.com/fee"
)

type rate int

func TestRate(t *testing.T) {}

func ExampleFee_mixed() {
	fmt.Println(rate(15), fee.Fee(1))
	// Output: 15 15
}
`,
		"internal_test.go": `package fee

import (
	"fmt"

	_ "example.com/fee/internal/rates"
)

func ExampleFee_internal() {
	fmt.Println(Fee(1), june)
	// Output: 15 6
}
`,
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := strayReferences(dir)
	if err != nil {
		t.Fatal(err)
	}
	const tail = ", declared at package level in "
	want := []string{
		"example_test.go:12: ExampleFee uses function show" + tail + "helpers_test.go; declare it in the example's body, which is all the documentation shows",
		"example_test.go:12: ExampleFee uses constant area" + tail + "helpers_test.go; declare it in the example's body, which is all the documentation shows",
		"example_test.go:13: ExampleFee uses type premises" + tail + "helpers_test.go; declare it in the example's body, which is all the documentation shows",
		"example_test.go:14: ExampleFee uses variable june" + tail + "example_test.go; declare it in the example's body, which is all the documentation shows",
		"internal_test.go:6: the examples import example.com/fee/internal/rates, which a user's module cannot import",
		"internal_test.go:9: ExampleFee_internal is in package fee; write it in package fee_test, as a user of the package would",
		"mixed_test.go:15: ExampleFee_mixed uses type rate" + tail + "mixed_test.go; declare it in the example's body, which is all the documentation shows",
	}
	// sorted as strayReferences sorts
	if d := cmp.Diff(sorted(want), got); d != "" {
		t.Errorf("strayReferences (-want +got):\n%s", d)
	}
}

func sorted(s []string) []string {
	out := append([]string(nil), s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

// Every package of the module: its examples stand alone on its
// documentation page. Nested modules (a go.mod of their own) are theirs to
// check.
func TestEveryPackagesExamplesStandAlone(t *testing.T) {
	root := filepath.Join("..", "..")
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatal(err)
	}
	checked := 0
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		if p != root {
			if n := d.Name(); n == "testdata" || strings.HasPrefix(n, ".") || strings.HasPrefix(n, "_") {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil {
				return filepath.SkipDir
			}
		}
		tests, _ := filepath.Glob(filepath.Join(p, "*_test.go"))
		if len(tests) == 0 {
			return nil
		}
		checked++
		rel, _ := filepath.Rel(root, p)
		t.Run(filepath.ToSlash(rel), func(t *testing.T) { StandAloneExamples(t, p) })
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 8 {
		t.Errorf("checked %d packages; the module has more with tests", checked)
	}
}
