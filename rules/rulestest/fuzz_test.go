package rulestest

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzLoad reads any text as a data file of worked cases, seeded with every
// data file of the repository: a file is loaded or refused with an error,
// never a panic.
func FuzzLoad(f *testing.F) {
	files, _ := filepath.Glob("../../*/testdata/*.yaml")
	more, _ := filepath.Glob("../../*/testdata/assessments/*.yaml")
	for _, path := range append(files, more...) {
		raw, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	f.Add([]byte("cases: [{name: x, clause: y, date: 2022-01-01, rule: r, inputs: {a: *b}}]"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		cases, err := parseCases("fuzz.yaml", raw)
		if err == nil {
			for _, c := range cases {
				if c.Name == "" || c.Clause == "" || c.Rule == "" || c.Date.IsZero() {
					t.Fatalf("a case loaded without its name, clause, rule or date: %+v", c)
				}
			}
		}
		acs, err := parseAssessments("fuzz.yaml", raw)
		if err == nil {
			for _, c := range acs {
				for _, k := range c.FactKeys() {
					var anything struct{ A, B string }
					_, _ = c.Facts(k, &anything)
				}
			}
		}
	})
}
