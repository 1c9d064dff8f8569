package rules_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/wzpolicy/wzpolicy/rules"
)

// Each kind of error has its status, wrapped or not; a defect has none and
// comes back as it was.
func TestStatusOf(t *testing.T) {
	defect := fmt.Errorf("assessing: %w", &rules.Error{Code: rules.CodeEvaluation, Rule: "r", Msg: "division by zero"})
	for _, c := range []struct {
		name     string
		eligible bool
		err      error
		want     rules.Status
		wantErr  error
	}{
		{"eligible", true, nil, rules.Granted, nil},
		{"a condition failed", false, nil, rules.NotGranted, nil},
		{"按实评估", false, &rules.Error{Code: rules.CodeCaseByCase, Rule: "r", Msg: "由各地按实评估"}, rules.CaseByCase, nil},
		{"out of period", false, fmt.Errorf("x: %w", &rules.Error{Code: rules.CodeNotInForce, Rule: "r"}), rules.NotInForce, nil},
		{"missing fact", false, &rules.Error{Code: rules.CodeInvalidInput, Rule: "r", Field: "area", Msg: "missing"}, rules.NotAssessed, nil},
		{"a defect", true, defect, "", defect},
		{"an unknown rule", false, &rules.Error{Code: rules.CodeUnknownRule, Rule: "r"}, "", rules.ErrUnknownRule},
	} {
		got, err := rules.StatusOf(c.eligible, c.err)
		if got != c.want || !errors.Is(err, c.wantErr) || (c.wantErr == nil) != (err == nil) {
			t.Errorf("%s: StatusOf = %q, %v; want %q, %v", c.name, got, err, c.want, c.wantErr)
		}
	}
}

func TestStatusesHaveEnglish(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range rules.Statuses() {
		e := s.English()
		if e == string(s) || seen[e] {
			t.Errorf("status %q: English %q is missing or shared", s, e)
		}
		seen[e] = true
	}
}

// The statuses a statement can show, in Chinese and English.
func ExampleStatuses() {
	for _, s := range rules.Statuses() {
		fmt.Printf("%s: %s\n", s, s.English())
	}
	// Output:
	// 享受: granted
	// 不符合条件: not granted
	// 就高不重复享受: not paid (another is paid instead)
	// 按实评估: assessed case by case
	// 不在适用期间: not in force
	// 未评估: not assessed
}
