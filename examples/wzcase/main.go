// Command wzcase evaluates a case against the wzpolicy rule books and prints
// the figures with their explanation and citations: a rule's case, a
// take-the-higher group's, or a household's or firm's assessment.
//
// Run with no arguments, it works two cases: a 鹿城区 household whose home
// is expropriated (temporary resettlement fee and moving fee, 温政发〔2022〕8号)
// and a mountain county's rural road funding (温政办〔2022〕16号). Given a JSON
// file, it evaluates the case in it instead:
//
//	{
//	  "rule": "expropriation.moving.fee",
//	  "date": "2022-06-01",
//	  "inputs": {"district": "鹿城区", "use": "住宅用房", "area": "90", "plan_date": "2022-05-20"},
//	  "lang": "zh"
//	}
//
// or a group's ("group", with each member rule's inputs) or an assessment's
// ("assessment": "welfare.household" with a household, "relief.firm" with a
// firm): the forms of wzpolicy.Case.
//
// The file is read strictly: it is a regular file of at most
// wzpolicy.MaxAssessmentBytes (1 MiB; a rule's case, at most 64 KiB, is a
// few hundred bytes; a device such as /dev/zero, a directory or a pipe is
// refused before it is read), holding one JSON object with exactly the
// fields of a case, spelt so — a field not in the list, spelt otherwise
// ("Rule") or given twice, and anything after the object, are refused
// (wzpolicy.DecodeCase). Numbers may be JSON numbers or strings; they are
// read exactly. Input values are strings, numbers or true/false. "lang" is
// "zh" (the default) or "en", and sets the language of the explanation and
// of the error.
//
// A file that is not such a case, or a case the rule refuses, gives one
// line on standard error — the file's name quoted, then the problem, naming
// the field and quoting the value, and no Go type — and exit status 1.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy"
	"github.com/wzpolicy/wzpolicy/expropriation"
	"github.com/wzpolicy/wzpolicy/roads"
	"github.com/wzpolicy/wzpolicy/rules"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the command: it writes the result to stdout, an error to stderr
// as one line, and returns the exit status — 0, 1 for a case it cannot
// evaluate, 2 for a wrong use.
func run(args []string, stdout, stderr io.Writer) int {
	switch len(args) {
	case 0:
		if err := worked(stdout); err != nil {
			fmt.Fprintln(stderr, "wzcase:", rules.EscapeControl(err.Error()))
			return 1
		}
		return 0
	case 1:
		if args[0] == "-h" || args[0] == "--help" {
			fmt.Fprintln(stdout, "usage: wzcase [case.json]")
			return 0
		}
		if err := evalFile(args[0], stdout); err != nil {
			fmt.Fprintf(stderr, "wzcase: %q: %s\n", args[0], rules.EscapeControl(err.Error()))
			return 1
		}
		return 0
	}
	fmt.Fprintln(stderr, "usage: wzcase [case.json]")
	return 2
}

// readCase reads a case file of at most wzpolicy.MaxAssessmentBytes. Anything but a
// regular file — a directory, a device such as /dev/zero, a named pipe —
// is refused before it is read.
func readCase(path string) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fileError(err)
	}
	if err := checkFile(fi); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fileError(err)
	}
	defer f.Close()
	if fi, err = f.Stat(); err != nil { // the file opened, which may have been replaced since
		return nil, fileError(err)
	}
	if err := checkFile(fi); err != nil {
		return nil, err
	}
	raw, err := io.ReadAll(io.LimitReader(f, wzpolicy.MaxAssessmentBytes+1))
	if err != nil {
		return nil, fileError(err)
	}
	if len(raw) > wzpolicy.MaxAssessmentBytes {
		return nil, tooLarge()
	}
	return raw, nil
}

func checkFile(fi os.FileInfo) error {
	if !fi.Mode().IsRegular() {
		return errors.New("not a regular file: give a JSON file holding a case")
	}
	if fi.Size() > wzpolicy.MaxAssessmentBytes {
		return tooLarge()
	}
	return nil
}

func tooLarge() error {
	return fmt.Errorf("larger than %d bytes (1 MiB): a rule's case is a few hundred bytes, a household's or firm's a few kilobytes", wzpolicy.MaxAssessmentBytes)
}

// fileError is the error of the operating system without the path, which
// the caller names.
func fileError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func evalFile(path string, w io.Writer) error {
	raw, err := readCase(path)
	if err != nil {
		return err
	}
	c, err := wzpolicy.DecodeCase(raw)
	if err != nil {
		return err
	}
	lang := c.Language()
	a, err := c.Eval()
	if err != nil {
		return describe(err, rules.English)
	}
	switch {
	case a.Result != nil:
		printResult(w, a.Result, lang)
	case a.Group != nil:
		printGroup(w, a.Group, lang)
	case a.Statement != nil:
		fmt.Fprintln(w, a.Statement.Text(lang))
	case a.Assessment != nil:
		fmt.Fprintln(w, a.Assessment.Text(lang))
	}
	return nil
}

// describe turns an evaluation error into one line naming the field, in
// the case's language.
func describe(err error, lang rules.Lang) error {
	var re *rules.Error
	if !errors.As(err, &re) {
		return err
	}
	msg := strings.TrimPrefix(re.Reason(lang), "rules: ")
	switch {
	case re.Code == rules.CodeCaseByCase:
		return fmt.Errorf("%s: %s — %s", re.Rule, msg, re.Cite.Ref())
	case re.Field != "" && re.Code == rules.CodeInvalidInput && re.Field != "date":
		return fmt.Errorf("inputs.%s: %s", wzpolicy.QuoteName(re.Field), msg)
	case re.Code == rules.CodeNotInForce:
		return fmt.Errorf(`field "date": %s`, msg)
	case re.Code == rules.CodeEvaluation:
		return fmt.Errorf("%s: the rule failed to evaluate this case, a defect of the rule to report: %s", re.Rule, msg)
	}
	return errors.New(strings.TrimPrefix(re.Message(lang), "rules: "))
}

// printGroup prints each member evaluated, then the one paid.
func printGroup(w io.Writer, g *rules.GroupResult, lang rules.Lang) {
	for _, m := range g.Members {
		printResult(w, m, lang)
	}
	switch {
	case g.Chosen == "" && lang == rules.English:
		fmt.Fprintf(w, "%s: no member qualifies\n", g.Title.In(lang))
	case g.Chosen == "":
		fmt.Fprintf(w, "%s：无符合条件的项目\n", g.Title.In(lang))
	case lang == rules.English:
		fmt.Fprintf(w, "%s: the higher is paid, %s, %s (%s)\n", g.Title.In(lang), g.Chosen, g.Value, g.Cite)
	default:
		fmt.Fprintf(w, "%s：就高享受 %s，%s（%s）\n", g.Title.In(lang), g.Chosen, g.Value, g.Cite)
	}
}

func printResult(w io.Writer, res *rules.Result, lang rules.Lang) {
	fmt.Fprint(w, res.Explain(lang))
	if lang == rules.English {
		fmt.Fprintln(w, "Citations:")
	} else {
		fmt.Fprintln(w, "引用条款：")
	}
	for _, c := range res.Citations() {
		fmt.Fprintln(w, "  "+c.String())
	}
	fmt.Fprintln(w)
}

// worked computes the two worked cases.
func worked(w io.Writer) error {
	d := decimal.RequireFromString
	on := rules.MustDate(2022, 6, 1)

	// A 鹿城区 household: 90 m² of residential floor area, temporarily
	// resettled for 18 months at the 20 yuan/m²·month the project's plan of
	// 2022-05-20 chose within 附件1's 12–26.
	home := expropriation.Premises{Locality: expropriation.Lucheng, Use: expropriation.Residential, Area: d("90"),
		PlanDate: rules.MustDate(2022, 5, 20)}
	fmt.Fprintln(w, "== 鹿城区住户：临时安置费与搬迁费 ==")
	fee, err := expropriation.Default().TemporaryResettlementFee(on, expropriation.Resettlement{Premises: home, Rate: d("20"), Months: d("18")})
	if err != nil {
		return err
	}
	printResult(w, fee.Result(), rules.Chinese)
	moving, err := expropriation.Default().MovingFee(on, home)
	if err != nil {
		return err
	}
	printResult(w, moving.Result(), rules.Chinese)
	fmt.Fprintf(w, "合计 %s 元（临时安置费 %s + 搬迁费 %s）\n\n", fee.Amount.Add(moving.Amount).StringFixed(2), fee.Amount.StringFixed(2), moving.Amount.StringFixed(2))

	// 文成县's rural roads in 2023: 120 km of county road, 350 of township
	// road, 900 of village road, with 2,000,000 yuan of provincial subsidy.
	fmt.Fprintln(w, "== 文成县2023年农村公路日常养护资金 ==")
	on = rules.MustDate(2023, 3, 1)
	n := roads.Network{CountyRoad: d("120"), TownshipRoad: d("350"), VillageRoad: d("900")}
	funding, err := roads.Default().RoutineFunding(on, roads.FundedNetwork{
		NetworkYear:       roads.NetworkYear{Locality: roads.Wencheng, Year: 2023, Network: n},
		ProvincialSubsidy: new(d("2000000")),
	})
	if err != nil {
		return err
	}
	printResult(w, funding.Result(), rules.Chinese)
	return nil
}
