package rules_test

import (
	"fmt"

	"github.com/wzpolicy/wzpolicy/rules"
)

// A caller's text with a newline, quoted in a message, stays one line.
func ExampleEscapeControl() {
	fmt.Println("“" + rules.EscapeControl("鹿城\n区") + "”不是以下之一")
	// Output: “鹿城\n区”不是以下之一
}
