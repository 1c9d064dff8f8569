package wzpolicy_test

import (
	"fmt"

	"github.com/wzpolicy/wzpolicy"
	"github.com/wzpolicy/wzpolicy/rules"
)

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
