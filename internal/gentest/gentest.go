// Package gentest keeps a domain package's generated code (fast_gen.go)
// current, and switches on the check that generated code and the
// interpreter agree on every case the package's tests evaluate.
//
// Each domain package has, in an internal test file:
//
//	func TestMain(m *testing.M) { os.Exit(gentest.Main(m)) }
//
//	func TestGeneratedCode(t *testing.T) {
//		gentest.Check(t, Book(), func() { MustEvaluator(Book()) })
//	}
//
// and the directive go:generate go test -run ^TestGeneratedCode$ -update .
package gentest

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/wzpolicy/wzpolicy/internal/fastpath"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
)

// File is the name of the generated file in a domain package.
const File = "fast_gen.go"

// Main runs the package's tests with every evaluation through generated
// code checked against the interpreter (fastpath.CrossCheck) — unless
// benchmarks are asked for (-bench), which time the library as its callers
// have it — and fails
// them if the package registers generated code and no test case reached
// it: a check that never runs is no check. With -v it reports how many
// typed evaluations the generated code answered and how many it left to
// the interpreter.
func Main(m *testing.M) int {
	flag.Parse()
	if f := flag.Lookup("test.bench"); f == nil || f.Value.String() == "" {
		// Not while benchmarks run: they time the library as callers
		// have it, not checked twice.
		fastpath.CrossCheck.Store(true)
	}
	code := m.Run()
	taken, declined := fastpath.Taken.Load(), fastpath.Declined.Load()
	if testing.Verbose() {
		fmt.Printf("generated code answered %d typed evaluations and left %d to the interpreter\n", taken, declined)
	}
	if code == 0 && taken == 0 && fastpath.CrossCheck.Load() && fastpath.Registered() > 0 && !testing.Short() && flagRun() == "" {
		fmt.Println("FAIL: the package has generated code, and no test case reached it")
		return 1
	}
	return code
}

// compare evaluates every worked case of the package's testdata through
// generated code and through the interpreter, from the same Go struct of
// each binding of its rule, and fails on any difference. It fails too if
// no worked case reaches generated code.
func compare(t *testing.T, bindings []any) {
	t.Helper()
	taken, declined := 0, 0
	for _, path := range rulestest.Files(t, "testdata/*.yaml") {
		cases, err := rulestest.Load(path)
		if err != nil {
			continue // the data-case test reports it
		}
		for _, c := range cases {
			for _, b := range bindings {
				applies, tk, diff := fastpath.Compare(b, c.Rule, c.Date, c.Inputs)
				if diff != "" {
					t.Errorf("%s: %s (%s): %s", path, c.Name, c.Rule, diff)
				}
				switch {
				case tk:
					taken++
				case applies:
					declined++
				}
			}
		}
	}
	t.Logf("worked cases: %d evaluations through generated code agree with the interpreter; %d left to it", taken, declined)
	if taken == 0 {
		t.Error("no worked case reaches generated code")
	}
}

// flagRun is the -run pattern: a run of some tests only may not reach the
// generated code.
func flagRun() string {
	if f := flag.Lookup("test.run"); f != nil {
		return f.Value.String()
	}
	return ""
}

// Check generates the package's code for the bindings build makes over
// book and compares it with File; with -update (go generate) it writes
// File instead. It logs the rules left to the interpreter.
func Check(t *testing.T, book *rules.Book, build func()) {
	t.Helper()
	fastpath.Recording.Store(true)
	build()
	fastpath.Recording.Store(false)
	bindings := fastpath.Recorded(book.Hash())
	got, err := fastpath.Generate("", bindings)
	if err != nil {
		t.Fatal(err)
	}
	compare(t, bindings)
	for _, line := range strings.Split(string(got), "\n") {
		if strings.HasPrefix(line, "//   - ") {
			t.Logf("left to the interpreter: %s", strings.TrimPrefix(line, "//   - "))
		}
	}
	if f := flag.Lookup("update"); f != nil && f.Value.String() == "true" {
		if err := os.WriteFile(File, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(File)
	if err != nil {
		t.Fatalf("%v: run go generate ./... and commit the result", err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s is stale: run go generate ./... and commit the result", File)
	}
}
