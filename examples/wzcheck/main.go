// Command wzcheck runs worked cases written as YAML data files — the cases
// the people who own a clause write (docs/testcases.md) — and prints a
// report a policy owner can read, in Chinese or English: per file, each
// case passed or failed; for a failure, its clause, the rule's title,
// expected and actual in plain words and the explanation of the result.
//
//	go run ./examples/wzcheck [-lang zh|en] [-rule ID] [PATH...]
//
// A PATH is a data file or a folder of them, read recursively (every
// *.yaml and *.yml); with none, it runs every domain's testdata folder
// (welfare/testdata, relief/testdata, …), from the module's root. It runs
// the cases of rules, of take-the-higher groups and of whole assessments
// (welfare.household, relief.firm), with the same code as go test. -rule
// keeps the cases of one rule, group or assessment. A file that cannot be
// read is reported with its line and why, and the other files still run.
//
// It writes nothing but its report: no generated document is touched.
// Exit status: 0 when every case passed, 1 when a case failed or a file
// could not be read, 2 for a wrong use.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/wzpolicy/wzpolicy"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest"
	"github.com/wzpolicy/wzpolicy/rules/rulestest/domains"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the command: it writes the report to stdout and a wrong use to
// stderr, and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("wzcheck", flag.ContinueOnError)
	fl.SetOutput(stderr)
	langName := fl.String("lang", "zh", "language of the report: zh (中文) or en (English)")
	rule := fl.String("rule", "", "run only the cases of this rule, group or assessment (welfare.household, relief.firm)")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: wzcheck [-lang zh|en] [-rule ID] [PATH...]")
		fmt.Fprintln(stderr, "  PATH: a YAML data file or a folder of them; every domain's testdata when none")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	var lang rules.Lang
	switch *langName {
	case "zh":
		lang = rules.Chinese
	case "en":
		lang = rules.English
	default:
		fmt.Fprintf(stderr, "wzcheck: -lang %q: give zh or en\n", *langName)
		return 2
	}
	paths := fl.Args()
	if len(paths) == 0 {
		for _, d := range wzpolicy.Domains() {
			paths = append(paths, filepath.Join(d.Name, "testdata"))
		}
	}
	files, err := dataFiles(paths)
	if err != nil {
		fmt.Fprintln(stderr, "wzcheck:", err)
		if len(fl.Args()) == 0 {
			fmt.Fprintln(stderr, "wzcheck: run it from the module's root, or name the files or folders to run")
		}
		return 2
	}
	ck := domains.Checker()
	ck.Rule = *rule
	var outcomes []rulestest.FileOutcome
	for _, f := range files {
		fo := ck.CheckFile(f)
		if *rule != "" && len(fo.Problems) == 0 && len(fo.Cases) == 0 {
			continue // no case of the rule
		}
		outcomes = append(outcomes, fo)
	}
	if *rule != "" && len(outcomes) == 0 {
		fmt.Fprintf(stderr, "wzcheck: no case of %s in %s\n", *rule, strings.Join(paths, ", "))
		return 2
	}
	if !report(stdout, outcomes, lang) {
		return 1
	}
	return 0
}

// dataFiles returns the data files the paths name: a file as it is, a
// folder's *.yaml and *.yml files at any depth; sorted, each once. A path
// that does not exist, or a folder without a data file, is a wrong use.
func dataFiles(paths []string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
			continue
		}
		n := len(out)
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			ext := strings.ToLower(filepath.Ext(path))
			if !d.IsDir() && (ext == ".yaml" || ext == ".yml") && !seen[path] {
				seen[path] = true
				out = append(out, path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(out) == n {
			return nil, fmt.Errorf("%s: no data file (*.yaml) in the folder", p)
		}
	}
	sort.Strings(out)
	return out, nil
}

// words are the report's fixed words in each language.
type words struct {
	pass, fail, unreadable, line, summary string
}

var wordsOf = map[rules.Lang]words{
	rules.Chinese: {pass: "通过", fail: "未通过", unreadable: "无法读取，此文件的案例均未运行：", line: "（第%s行）",
		summary: "合计：%d个文件，%d个案例，%d个通过，%d个未通过；%d个文件无法读取。"},
	rules.English: {pass: "PASS", fail: "FAIL", unreadable: "cannot be read; none of its cases ran:", line: " (line %s)",
		summary: "Summary: %d file(s), %d case(s): %d passed, %d failed; %d file(s) could not be read."},
}

// report writes the report of the files' outcomes in lang and reports
// whether every file was read and every case passed.
func report(w io.Writer, files []rulestest.FileOutcome, lang rules.Lang) bool {
	wd := wordsOf[lang]
	var cases, passed, failed, unreadable int
	for _, f := range files {
		fmt.Fprintln(w, f.Path)
		if len(f.Problems) > 0 {
			unreadable++
			fmt.Fprintln(w, "  "+wd.unreadable)
			for _, p := range f.Problems {
				fmt.Fprintln(w, "    "+p.In(lang))
			}
			continue
		}
		for _, c := range f.Cases {
			cases++
			line := ""
			if i := strings.LastIndex(c.Source, ":"); i >= 0 {
				line = fmt.Sprintf(wd.line, c.Source[i+1:])
			}
			if c.Passed() {
				passed++
				fmt.Fprintf(w, "  %s  %s%s\n", wd.pass, c.Name, line)
				continue
			}
			failed++
			fmt.Fprintf(w, "  %s  %s%s\n", wd.fail, c.Name, line)
			fmt.Fprintln(w, indent(strings.TrimRight(c.Report(lang), "\n"), "        "))
		}
	}
	fmt.Fprintf(w, wd.summary+"\n", len(files), cases, passed, failed, unreadable)
	return failed == 0 && unreadable == 0
}

// indent puts prefix before every line of s.
func indent(s, prefix string) string {
	return prefix + strings.ReplaceAll(s, "\n", "\n"+prefix)
}
