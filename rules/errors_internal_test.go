package rules

import (
	"regexp"
	"testing"
	"unicode"
)

// Every message of the table has its Chinese, written in Chinese, taking
// the same arguments as its English.
func TestEveryMessageHasItsChinese(t *testing.T) {
	verb := regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z]`)
	for k, m := range messages {
		if m.en == "" || m.zh == "" {
			t.Errorf("message %d: en %q, zh %q", k, m.en, m.zh)
			continue
		}
		han := false
		for _, r := range m.zh {
			han = han || unicode.Is(unicode.Han, r)
		}
		if !han && msgKey(k) != msgCheckFailed { // a condition's own text, and its facts

			t.Errorf("message %d: the Chinese %q has no Chinese", k, m.zh)
		}
		if en, zh := len(verb.FindAllString(m.en, -1)), len(verb.FindAllString(m.zh, -1)); en != zh {
			t.Errorf("message %d: %d arguments in English %q, %d in Chinese %q", k, en, m.en, zh, m.zh)
		}
	}
}

// The arguments that are texts are given in the message's language, the
// others as they are.
func TestMessageArguments(t *testing.T) {
	got := msgWrongType.text(kindText(KindNumber), describe("十二"))
	if want := (Text{Zh: "应为数值，实为文本“十二”", En: `expected a number, got the text "十二"`}); got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
	// An override below a floor: the figures as they are, the date in
	// each language's way.
	got = msgBelowFloor.text("150", "200", dateText(MustDate(2022, 7, 1)))
	if want := (Text{Zh: "调整值150低于文件在2022年7月1日施行的下限200（不低于）",
		En: "override 150 is below the document's floor 200 (不低于) in force on 2022-07-01"}); got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
	// A problem of a book's own definition is written in English; in
	// Chinese, the kind of error says what it is about.
	e := &Error{Code: CodeCompile, Rule: "r", Field: "output x", Line: 1, Col: 5, Msg: "unknown name \"y\""}
	if got, want := e.Message(Chinese), `output x（第1行第5列）：规则书有误：unknown name "y"`; got != want {
		t.Errorf("compile error in Chinese: got %s, want %s", got, want)
	}
	if got, want := (&Error{Code: CodeEvaluation}).Message(Chinese), "计算失败"; got != want {
		t.Errorf("an error without a message: got %s, want %s", got, want)
	}
}
