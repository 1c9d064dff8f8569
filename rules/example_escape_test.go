package rules_test

import (
	"fmt"

	"github.com/wzpolicy/wzpolicy/rules"
)

// A caller's text with a newline, quoted in a message, stays one line.
func ExampleEscapeControl() {
	fmt.Println("“" + rules.EscapeControl("鹿城\n区") + "”不是以下之一")
	fmt.Println(rules.EscapeControl("a\r\nb\tc\x00d\u2028e 中文"))
	// Output:
	// “鹿城\n区”不是以下之一
	// a\r\nb\tc\x00d\u2028e 中文
}
