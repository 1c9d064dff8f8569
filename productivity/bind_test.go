package productivity_test

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/internal/typedtest"
	"github.com/wzpolicy/wzpolicy/productivity"
	"github.com/wzpolicy/wzpolicy/rules"
)

// The evaluator binds every rule by name when it is made: a book lacking a
// rule, or an output a result reads, is refused there, naming it.
func TestBindingsCheckedWhenMade(t *testing.T) {
	typedtest.BindingsChecked(t, productivity.Book(), func(b *rules.Book) error {
		_, err := productivity.NewEvaluator(b)
		return err
	})
}
