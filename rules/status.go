package rules

import "errors"

// Status is the outcome of one benefit or measure in an assessment of a
// household or a firm: the same words in every document's statements.
type Status string

const (
	// Granted: the benefit applies; its figures are the amount due.
	Granted Status = "享受"
	// NotGranted: a condition failed; the failures say which and why.
	NotGranted Status = "不符合条件"
	// NotPaid: the benefit applies, but another is paid instead: the higher
	// of its group (就高不重复享受), or the one a clause allows only once
	// (同一消费者仅享受一次); the assessment's note says which.
	NotPaid Status = "就高不重复享受"
	// CaseByCase: the document leaves the case, or its figure, to a
	// locality or another assessment (按实评估); [ErrCaseByCase].
	CaseByCase Status = "按实评估"
	// NotInForce: the date is outside the benefit's period; [ErrNotInForce].
	NotInForce Status = "不在适用期间"
	// NotAssessed: a fact the benefit needs is missing or refused; the
	// assessment names it, and assesses every other benefit all the same.
	NotAssessed Status = "未评估"
)

// Statuses lists every status, in the order above.
func Statuses() []Status {
	return []Status{Granted, NotGranted, NotPaid, CaseByCase, NotInForce, NotAssessed}
}

// English is the status in English, for statements written in English.
func (s Status) English() string {
	switch s {
	case Granted:
		return "granted"
	case NotGranted:
		return "not granted"
	case NotPaid:
		return "not paid (another is paid instead)"
	case CaseByCase:
		return "assessed case by case"
	case NotInForce:
		return "not in force"
	case NotAssessed:
		return "not assessed"
	}
	return string(s)
}

// StatusOf is the status of one evaluation: of its eligibility when err is
// nil, else of the error's kind. An error of no status — a defect of a rule,
// an unknown rule, an invalid override — is returned as it is, for the
// assessment to fail with.
func StatusOf(eligible bool, err error) (Status, error) {
	switch {
	case err == nil && eligible:
		return Granted, nil
	case err == nil:
		return NotGranted, nil
	case errors.Is(err, ErrCaseByCase):
		return CaseByCase, nil
	case errors.Is(err, ErrNotInForce):
		return NotInForce, nil
	case errors.Is(err, ErrInvalidInput):
		return NotAssessed, nil
	}
	return "", err
}
