package population_test

import "github.com/wzpolicy/wzpolicy/rules"

// on is the assessment date of the tests: within the welfare document's
// period (2022-05-01 to 2025-12-31).
var on = rules.MustDate(2023, 6, 1)
