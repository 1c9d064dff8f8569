package ridehail_test

import (
	"testing"

	"github.com/wzpolicy/wzpolicy/internal/typedtest"
	"github.com/wzpolicy/wzpolicy/ridehail"
	"github.com/wzpolicy/wzpolicy/rules"
)

// The evaluator binds every rule by name when it is made: a book lacking a
// rule, or an output a result reads, is refused there, naming it.
func TestBindingsCheckedWhenMade(t *testing.T) {
	typedtest.BindingsChecked(t, ridehail.Book(), func(b *rules.Book) error {
		_, err := ridehail.NewEvaluator(b)
		return err
	})
}
