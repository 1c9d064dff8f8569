// Command wzcase evaluates a case against the wzpolicy rule books and prints
// the figures with their explanation and citations.
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
// Numbers may be JSON numbers or strings; they are read exactly. "lang" is
// "zh" (the default) or "en". A file that is not such a case, or a case the
// rule refuses, gives a one-line error naming the problem and exit status 1.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/expropriation"
	"github.com/wzpolicy/wzpolicy/internal/books"
	"github.com/wzpolicy/wzpolicy/roads"
	"github.com/wzpolicy/wzpolicy/rules"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	switch len(args) {
	case 0:
		if err := worked(stdout); err != nil {
			fmt.Fprintln(stderr, "wzcase:", err)
			return 1
		}
		return 0
	case 1:
		if args[0] == "-h" || args[0] == "--help" {
			fmt.Fprintln(stdout, "usage: wzcase [case.json]")
			return 0
		}
		if err := evalFile(args[0], stdout); err != nil {
			fmt.Fprintf(stderr, "wzcase: %s: %v\n", args[0], err)
			return 1
		}
		return 0
	}
	fmt.Fprintln(stderr, "usage: wzcase [case.json]")
	return 2
}

// caseFile is the JSON form of a case.
type caseFile struct {
	Rule   string          `json:"rule"`
	Date   string          `json:"date"`
	Inputs json.RawMessage `json:"inputs"`
	Lang   string          `json:"lang"`
}

func evalFile(path string, w io.Writer) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return errors.New(strings.TrimPrefix(err.Error(), "open "+path+": "))
	}
	var c caseFile
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return fmt.Errorf("not a case: %v", err)
	}
	if dec.More() {
		return errors.New("not a case: more than one JSON value")
	}
	if c.Rule == "" {
		return errors.New(`field "rule": missing`)
	}
	on, err := rules.ParseDate(c.Date)
	if err != nil {
		return fmt.Errorf(`field "date": %q is not a date of the form YYYY-MM-DD`, c.Date)
	}
	lang := rules.Chinese
	switch c.Lang {
	case "", "zh":
	case "en":
		lang = rules.English
	default:
		return fmt.Errorf(`field "lang": %q is not "zh" or "en"`, c.Lang)
	}
	in := rules.Inputs{}
	if len(c.Inputs) > 0 {
		d := json.NewDecoder(bytes.NewReader(c.Inputs))
		d.UseNumber()
		if err := d.Decode(&in); err != nil {
			return fmt.Errorf(`field "inputs": not an object of input values: %v`, err)
		}
	}
	book := books.Find(c.Rule)
	if book == nil {
		return fmt.Errorf(`field "rule": no rule %q in the books of this command`, c.Rule)
	}
	res, err := book.Eval(c.Rule, on, in)
	if err != nil {
		return describe(err)
	}
	printResult(w, res, lang)
	return nil
}

// describe turns an evaluation error into one line naming the field.
func describe(err error) error {
	var re *rules.Error
	if !errors.As(err, &re) {
		return err
	}
	switch {
	case re.Code == rules.CodeCaseByCase:
		return fmt.Errorf("%s: %s — %s", re.Rule, re.Msg, re.Cite.Ref())
	case re.Field != "" && re.Code == rules.CodeInvalidInput && re.Field != "date":
		return fmt.Errorf("inputs.%s: %s", re.Field, re.Msg)
	case re.Code == rules.CodeNotInForce:
		return fmt.Errorf(`field "date": %s`, re.Msg)
	}
	return errors.New(strings.TrimPrefix(err.Error(), "rules: "))
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
	home := expropriation.Premises{District: expropriation.Lucheng, Use: expropriation.Residential, Area: d("90"),
		PlanDate: rules.MustDate(2022, 5, 20)}
	fmt.Fprintln(w, "== 鹿城区住户：临时安置费与搬迁费 ==")
	fee, err := expropriation.TemporaryResettlementFee(on, home, d("20"), d("18"))
	if err != nil {
		return err
	}
	printResult(w, fee.Result, rules.Chinese)
	moving, err := expropriation.MovingFee(on, home)
	if err != nil {
		return err
	}
	printResult(w, moving.Result, rules.Chinese)
	fmt.Fprintf(w, "合计 %s 元（临时安置费 %s + 搬迁费 %s）\n\n", fee.Amount.Add(moving.Amount).StringFixed(2), fee.Amount.StringFixed(2), moving.Amount.StringFixed(2))

	// 文成县's rural roads in 2023: 120 km of county road, 350 of township
	// road, 900 of village road, with 2,000,000 yuan of provincial subsidy.
	fmt.Fprintln(w, "== 文成县2023年农村公路日常养护资金 ==")
	on = rules.MustDate(2023, 3, 1)
	n := roads.Network{CountyRoad: d("120"), TownshipRoad: d("350"), VillageRoad: d("900")}
	funding, err := roads.RoutineFunding(on, roads.Wencheng, 2023, n, new(d("2000000")))
	if err != nil {
		return err
	}
	printResult(w, funding.Result, rules.Chinese)
	return nil
}
