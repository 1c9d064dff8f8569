package expropriation

import (
	"os"
	"testing"

	"github.com/wzpolicy/wzpolicy/internal/gentest"
)

//go:generate go test -run ^TestGeneratedCode$ -update .

// Every case this package's tests evaluate through generated code is
// evaluated by the interpreter too, and must agree.
func TestMain(m *testing.M) { os.Exit(gentest.Main(m)) }

// TestGeneratedCode fails while fast_gen.go is not what the package's
// bindings generate.
func TestGeneratedCode(t *testing.T) {
	gentest.Check(t, Book(), func() { MustEvaluator(Book()) })
}
