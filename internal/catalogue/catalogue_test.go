package catalogue_test

import (
	"bytes"
	"fmt"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wzpolicy/wzpolicy"
	"github.com/wzpolicy/wzpolicy/internal/catalogue"
)

// The committed catalogue is what the code would write.
func TestCatalogueIsCurrent(t *testing.T) {
	var got bytes.Buffer
	if err := catalogue.Write(&got, wzpolicy.Domains()); err != nil {
		t.Fatal(err)
	}
	current(t, "../../docs/catalogue.md", got.String())
}

// Every rule has data cases; the committed coverage report is current. Run
// with -v to print the report.
func TestCoverage(t *testing.T) {
	report, err := catalogue.Measure("../..", wzpolicy.Domains())
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := report.Write(&got); err != nil {
		t.Fatal(err)
	}
	if testing.Verbose() {
		fmt.Print(got.String())
	}
	for _, id := range report.Missing {
		t.Errorf("the catalogue's %s has no rule, group or rules of its parts", id)
	}
	for _, r := range report.Rules {
		if r.Cases == 0 {
			t.Errorf("%s has no data case in %s/testdata/*.yaml", r.ID, r.Domain)
		}
	}
	current(t, "../../docs/coverage.md", got.String())
}

func current(t *testing.T, path, got string) {
	t.Helper()
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v: run go generate ./...", err)
	}
	if d := cmp.Diff(string(want), got); d != "" {
		t.Errorf("%s is not what the code would write; run go generate ./... (-committed +generated):\n%s", path, d)
	}
}
