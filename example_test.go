package wzpolicy_test

import (
	"fmt"

	"github.com/wzpolicy/wzpolicy"
	"github.com/wzpolicy/wzpolicy/rules"
)

// A program that holds cases as data — a rule's catalogue ID, a date and the
// inputs by name, as an HTTP request or a batch line brings them — finds the
// rule's book and evaluates. Here 4.1(1) of the grain emergency plan: 市区
// keeps at least 15 days of market supply, and 1,200 t against 100 t a day
// is 12 days, 3 days (300 t) short.
func Example() {
	id := "grain.reserve.adequacy"
	d, ok := wzpolicy.Find(id)
	if !ok {
		fmt.Println("no such rule:", id)
		return
	}
	res, err := d.Book().Eval(id, rules.MustDate(2022, 6, 1), rules.Inputs{
		"locality": "市区", "reserve": "1200", "daily_supply": "100"})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, name := range []string{"days_covered", "min_days", "adequate", "shortfall"} {
		f, _ := res.Figure(name)
		fmt.Println(name, f.Format(rules.English))
	}
	// Output:
	// days_covered 12 days
	// min_days 15 days
	// adequate no
	// shortfall 300 t
}

// Any rule of any document by its catalogue ID, with the case as data: the
// moving fee of 附件1, 15 yuan a square metre for a home, at least 1,000 yuan
// a household, so 60 m² is paid 1,000 (15 × 60 = 900).
func ExampleFind() {
	d, ok := wzpolicy.Find("expropriation.moving.fee")
	if !ok {
		fmt.Println("no such rule")
		return
	}
	res, err := d.Book().Eval("expropriation.moving.fee", rules.MustDate(2022, 6, 1), rules.Inputs{
		"district": "鹿城区", "use": "住宅用房", "area": "60", "plan_date": "2022-05-20"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Name, res.Value)
	// Output: expropriation 1000
}

// Every domain, in the order of the catalogue.
func ExampleDomains() {
	for _, d := range wzpolicy.Domains() {
		fmt.Println(d.Name)
	}
	// Output:
	// welfare
	// relief
	// expropriation
	// roads
	// ridehail
	// grain
	// productivity
}
