package rules

// Deciding the conditions of eligibility of a case whose facts may be
// incomplete: which are met, failed, not applicable or undecided.

// decideConditions decides the rule's conditions of eligibility on a
// frame: met, failed, not applicable (When does not hold) or undecided (a
// fact it reads was not given). It returns the first input an undecided
// condition lacks, or -1.
func (cr *crule) decideConditions(f *frame, missing int) int {
	lacking := -1
	for i := range cr.require {
		c := &cr.require[i]
		if missing >= 0 && c.when != nil {
			if j := cr.lacks(f, c.when.deps); j >= 0 {
				f.undecided |= 1 << uint(i)
				lacking = firstOf(lacking, j)
				continue
			}
		}
		if !c.applies(f) {
			f.inapplicable |= 1 << uint(i)
			continue
		}
		if missing >= 0 {
			if j := cr.lacks(f, c.deps); j >= 0 {
				f.undecided |= 1 << uint(i)
				lacking = firstOf(lacking, j)
				continue
			}
		}
		holds := true
		if c.omits {
			// An input the caller may leave out, read when left out:
			// undecided, as for one not given.
			var ok bool
			var absent string
			if holds, ok, absent = c.decide(f); !ok {
				f.undecided |= 1 << uint(i)
				lacking = firstOf(lacking, cr.byName[absent])
				continue
			}
		} else {
			holds = c.node.truth(f)
		}
		if !holds {
			f.eligible = false
			f.failed |= 1 << uint(i)
		}
		if f.tracing {
			f.condFacts[i] = cr.facts(f, c.refs) // the values as they stood when the condition was decided
		}
	}
	return lacking
}

// lacks returns the first input among deps the caller did not give, or
// -1.
func (cr *crule) lacks(f *frame, deps []int) int {
	for _, i := range deps {
		if !f.have[i] && !cr.inputs[i].MayOmit {
			return i
		}
	}
	return -1
}

// firstOf returns the earlier of two input places, -1 meaning none, so
// that an error names the fact declared first whichever condition lacked
// it first.
func firstOf(a, b int) int {
	if a < 0 || b >= 0 && b < a {
		return b
	}
	return a
}

// need reports the first input among deps the caller did not give.
func (cr *crule) need(f *frame, deps []int) *Error {
	for _, i := range deps {
		if !f.have[i] {
			return inputErr(cr.ID, cr.inputs[i].Name, msgMissing.text())
		}
	}
	return nil
}
