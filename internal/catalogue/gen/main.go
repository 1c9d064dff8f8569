// Command gen writes the catalogue of rules and the coverage report of the
// data cases into a directory (go generate runs it for docs/).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/wzpolicy/wzpolicy"
	"github.com/wzpolicy/wzpolicy/internal/catalogue"
)

func main() {
	dir := flag.String("dir", "docs", "directory to write catalogue.md and coverage.md into")
	root := flag.String("root", "../..", "the module's root, where the domains' testdata are")
	flag.Parse()
	var cat, cov bytes.Buffer
	if err := catalogue.Write(&cat, wzpolicy.Domains()); err != nil {
		fail(err)
	}
	report, err := catalogue.Measure(*root, wzpolicy.Domains())
	if err != nil {
		fail(err)
	}
	if err := report.Write(&cov); err != nil {
		fail(err)
	}
	for name, content := range map[string][]byte{"catalogue.md": cat.Bytes(), "coverage.md": cov.Bytes()} {
		if err := os.WriteFile(filepath.Join(*dir, name), content, 0o644); err != nil {
			fail(err)
		}
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gen:", err)
	os.Exit(1)
}
