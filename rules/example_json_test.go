package rules_test

import (
	"encoding/json"
	"fmt"

	"github.com/wzpolicy/wzpolicy/rules"
)

func ExampleResult_MarshalJSON() {
	res, _ := allowanceBook().Eval("welfare.elderly.high_age_allowance", june, rules.Inputs{"birth_date": "1930-06-02", "shiqu_hukou": true})
	b, _ := json.Marshal(res)
	var j struct {
		Value   string
		Unit    struct{ Zh, En string }
		Figures []struct{ Name, Value string }
		Trace   []struct{ Kind, Name string }
	}
	_ = json.Unmarshal(b, &j)
	fmt.Println(j.Value, j.Unit.Zh, j.Unit.En)
	fmt.Println(j.Figures)
	fmt.Println(j.Trace[0], j.Trace[len(j.Trace)-1])
	// Output:
	// 200 元/月 yuan per month
	// [{allowance 200}]
	// {input birth_date} {output allowance}
}

func ExampleResult_UnmarshalJSON() {
	res, _ := allowanceBook().Eval("welfare.elderly.high_age_allowance", june, rules.Inputs{"birth_date": "1930-06-02", "shiqu_hukou": true})
	b, _ := json.Marshal(res)
	var back rules.Result
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println(err)
		return
	}
	f, _ := back.Figure("allowance")
	fmt.Println(f, back.Receipt.Rule)
	fmt.Println(len(back.Trace()), back.Explain(rules.Chinese) == "")
	// Output:
	// allowance = 200.00 元/月 welfare.elderly.high_age_allowance
	// 6 true
}

func ExampleUnmarshalOneOf() {
	var s rules.Status
	fmt.Println(json.Unmarshal([]byte(`"享受"`), &s), s)
	fmt.Println(json.Unmarshal([]byte(`"granted"`), &s))
	// Output:
	// <nil> 享受
	// status: "granted" is not one of: 享受, 不符合条件, 就高不重复享受, 按实评估, 不在适用期间, 未评估
}

func ExampleCodes() {
	fmt.Println(rules.Codes())
	// Output: [unknown_rule not_in_force invalid_input case_by_case invalid_override compile evaluation]
}
