package domains_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/rules/rulestest/domains"
)

// Checking a data file outside go test: each case's outcome, and for a
// failure what differs, in plain words. 三（六）: 15,000 a km of county road
// a year, so 2 km need 30,000; the second case expects 20,000.
func ExampleChecker() {
	dir, _ := os.MkdirTemp("", "cases")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "cases.yaml")
	os.WriteFile(path, []byte(`rule: roads.funding.routine_minimum
cases:
  - name: two kilometres of county road
    clause: 三（六） 每年每公里县道15000元
    date: 2023-06-01
    inputs: {county: 瑞安市, year: 2023, county_road_km: 2, township_road_km: 0, village_road_km: 0, provincial_subsidy: 0}
    expect: {minimum: "30000.00"}
  - name: a slip of the pen
    clause: 三（六） 每年每公里县道15000元
    date: 2023-06-01
    inputs: {county: 瑞安市, year: 2023, county_road_km: 2, township_road_km: 0, village_road_km: 0, provincial_subsidy: 0}
    expect: {minimum: "20000.00"}
`), 0o644)

	fo := domains.Checker().CheckFile(path)
	for _, c := range fo.Cases {
		fmt.Println(c.Name, c.Passed())
		for _, f := range c.Findings {
			fmt.Println(" ", f.In(rules.Chinese))
			fmt.Println(" ", f.In(rules.English))
		}
	}
	// Output:
	// two kilometres of county road true
	// a slip of the pen false
	//   minimum（公共财政资金最低总额）：预期 20000.00 元/年，实际 30000.00 元/年
	//   minimum (minimum public funding): expected 20000.00 yuan per year, got 30000.00 yuan per year
}
