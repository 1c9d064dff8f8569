package rulestest

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/wzpolicy/wzpolicy/rules"
)

// LoadProblem is one reason a data file cannot be read: where, and what is
// wrong, in Chinese and English. A file with a problem runs none of its
// cases; every other file runs all the same.
type LoadProblem struct {
	Path string
	Line int // from 1; 0 when the file could not be read at all
	// Key is, for a key the format does not know, the key as written;
	// Suggest the keys it could have meant ("clause / 条款"): those
	// spelt nearly alike, or, when none is, every key the place takes.
	Key     string
	Suggest []string
	Msg     rules.Text // what is wrong
}

// Error returns the problem in English: "testdata/x.yaml:7: a case:
// unknown key "clasue"; did you mean clause / 条款 / 依据?".
func (p LoadProblem) Error() string { return p.In(rules.English) }

// In returns the problem in lang, after its file and line.
func (p LoadProblem) In(lang rules.Lang) string {
	if p.Line == 0 {
		return p.Path + ": " + p.Msg.In(lang)
	}
	return fmt.Sprintf("%s:%d: %s", p.Path, p.Line, p.Msg.In(lang))
}

// LoadError is the error [Load] and [LoadAssessments] return for a file
// they cannot read: every problem found, in the order of the file.
type LoadError struct {
	Problems []LoadProblem
}

// Error returns the problems in English, one a line.
func (e *LoadError) Error() string { return e.In(rules.English) }

// In returns the problems in lang, one a line.
func (e *LoadError) In(lang rules.Lang) string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.In(lang)
	}
	return strings.Join(lines, "\n")
}

// yamlLine finds the line a YAML syntax error names.
var yamlLine = regexp.MustCompile(`line (\d+)`)

// unreadable is the problem of a file that is not YAML, or cannot be read.
func unreadable(path string, err error) *LoadError {
	p := LoadProblem{Path: path, Msg: rules.T("无法读取："+err.Error(), "cannot be read: "+err.Error())}
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		p.Line, _ = strconv.Atoi(m[1])
		p.Msg = rules.T("不是有效的YAML："+err.Error(), "is not valid YAML: "+err.Error())
	}
	return &LoadError{Problems: []LoadProblem{p}}
}

// A place's keys, for suggestions: the English name of each key a mapping
// takes there, in the order the format documents them.
var (
	fileKeyNames       = []string{"rule", "date", "inputs", "cases"}
	caseKeyNames       = []string{"name", "clause", "rule", "date", "inputs", "expect", "eligible", "failed", "error", "field", "message", "tolerance"}
	assessFileKeyNames = []string{"assessment", "date", "facts", "cases"}
	assessCaseKeyNames = []string{"name", "clause", "date", "facts", "expect", "error", "field"}
)

// suggest returns the keys a misspelt key could have meant, each as its
// spellings ("clause / 条款 / 依据"): the keys among names that one of
// whose spellings is at most a slip away from key (a letter or character
// missing, extra, changed, or two swapped; case aside), or every key of
// names when none is. near reports which.
func suggest(key string, names []string, spellings map[string]string) (out []string, near bool) {
	all := map[string][]string{}
	for s, name := range spellings {
		all[name] = append(all[name], s)
	}
	label := func(name string) string {
		ss := all[name]
		sort.Slice(ss, func(i, j int) bool { return spellingRank(ss[i]) < spellingRank(ss[j]) })
		return strings.Join(ss, " / ")
	}
	k := strings.ToLower(key)
	for _, name := range names {
		for _, s := range all[name] {
			n := utf8.RuneCountInString(s)
			slack := 1
			if n >= 5 {
				slack = 2
			}
			if distance(k, strings.ToLower(s)) <= slack {
				out = append(out, label(name))
				break
			}
		}
	}
	if len(out) > 0 {
		return out, true
	}
	for _, name := range names {
		out = append(out, label(name))
	}
	return out, false
}

// spellingOrder is the order in which docs/testcases.md gives each key's
// spellings: the English name, then the Chinese.
var spellingOrder = strings.Fields(`rule 规则 date 日期 评估日期 cases 案例 name 名称 clause 条款 依据
	inputs 输入 expect 预期 结果 eligible 符合条件 failed 未满足 error 错误 field 字段 message 消息
	tolerance 容差 assessment 评估 facts 事实`)

func spellingRank(s string) int {
	for i, x := range spellingOrder {
		if x == s {
			return i
		}
	}
	return len(spellingOrder)
}

// distance is the number of edits — a character inserted, removed,
// changed, or two neighbours swapped — that turn a into b.
func distance(a, b string) int {
	x, y := []rune(a), []rune(b)
	d := make([][]int, len(x)+1)
	for i := range d {
		d[i] = make([]int, len(y)+1)
		d[i][0] = i
	}
	for j := range y {
		d[0][j+1] = j + 1
	}
	for i := 1; i <= len(x); i++ {
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(x)][len(y)]
}
