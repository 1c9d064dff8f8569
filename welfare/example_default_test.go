package welfare_test

import (
	"fmt"

	"github.com/wzpolicy/wzpolicy/welfare"
)

func ExampleDefault() {
	// The document's own book: a 低保 pupil aided by the school has 1.6
	// times the provincial meal standard of 1,000.
	m := welfare.Member{Student: &welfare.Student{Level: welfare.PrimarySchool, Aided: true}}
	b, _ := welfare.Default().NutritionMeal(on, m, local2ex)
	fmt.Println(b.Amount.StringFixed(2), welfare.Default().Book() == welfare.Book())
	// Output: 1600.00 true
}
