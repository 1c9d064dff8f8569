package relief

import "github.com/wzpolicy/wzpolicy/rules"

var book = rules.MustCompile(spec())

// Book returns the compiled rules of the notice. It is shared and safe for
// concurrent use; derive a new book ([rules.Book.Derive]) to override a
// figure, and evaluate it with [NewEvaluator].
func Book() *rules.Book { return book }
