// Command gen writes the catalogue of rules (catalogue.md, catalogue/README.md
// and one catalogue/<domain>.md per document) and the coverage report of the
// data cases (coverage.md) into a directory; go generate runs it for docs/.
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
	dir := flag.String("dir", "docs", "directory to write the catalogue and coverage.md into")
	root := flag.String("root", "../..", "the module's root, where the domains' testdata are")
	flag.Parse()
	files, err := catalogue.Files(wzpolicy.Domains())
	if err != nil {
		fail(err)
	}
	report, err := catalogue.Measure(*root, wzpolicy.Domains())
	if err != nil {
		fail(err)
	}
	var cov bytes.Buffer
	if err := report.Write(&cov); err != nil {
		fail(err)
	}
	files = append(files, catalogue.File{Path: "coverage.md", Data: cov.Bytes()})
	if err := os.MkdirAll(filepath.Join(*dir, "catalogue"), 0o755); err != nil {
		fail(err)
	}
	// A file of a document the library no longer has would be left stale.
	old, err := filepath.Glob(filepath.Join(*dir, "catalogue", "*.md"))
	if err != nil {
		fail(err)
	}
	for _, f := range old {
		if err := os.Remove(f); err != nil {
			fail(err)
		}
	}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(*dir, filepath.FromSlash(f.Path)), f.Data, 0o644); err != nil {
			fail(err)
		}
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gen:", err)
	os.Exit(1)
}
