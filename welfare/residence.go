package welfare

import "github.com/wzpolicy/wzpolicy/rules"

// ResidencePermit says whether a migrant worker may get a residence permit
// directly (直接办理居住证, 八、25): one who came from another Zhejiang city
// or moves between Wenzhou's counties, and holds a valid Zhejiang residence
// permit or has 6 months of residence registration in Zhejiang and is now
// registered in Wenzhou (Member.Migrant).
func ResidencePermit(on rules.Date, m Member) (Decision, error) { return std().ResidencePermit(on, m) }

// ResidencePermit is the package's [ResidencePermit] over e's book.
func (e *Evaluator) ResidencePermit(on rules.Date, m Member) (Decision, error) {
	mg, ok := Migrant{}, m.Migrant != nil
	if ok {
		mg = *m.Migrant
	}
	return decision(e.permit.Eval(on, flag(mg.Worker), opt(ok, text(mg.From)), flag(mg.ZhejiangPermit),
		opt(mg.RegisteredMonths != 0, count(mg.RegisteredMonths)), flag(mg.RegisteredInWenzhou)))
}

// origin is where the household is registered, as 八、27 tells it: a
// Wenzhou locality is 温州户籍; one outside Wenzhou (市外), the household's
// Origin. A locality not given is missing, and one none of the document's
// is invalid: neither is read as outside Wenzhou.
func origin(h Household) (rules.Value, error) {
	switch {
	case h.Locality == "":
		return rules.Value{}, invalidFact(RuleHighSchoolParity, "hukou", "missing")
	case h.Locality.Wenzhou():
		return text(WenzhouHukou), nil
	}
	if err := known(RuleHighSchoolParity, "hukou", h.Locality, Localities()); err != nil {
		return rules.Value{}, err
	}
	return text(h.Origin), nil // 市外
}

// HighSchoolParity says whether a junior-high graduate registered outside
// Wenzhou gets same-city treatment in high school (就读高中享受同城待遇,
// 八、27): a Zhejiang student with school status in Wenzhou; an
// out-of-province student in the year of graduation (应届) after 3
// consecutive years at a Wenzhou junior high, whose parent or guardian had
// held a Zhejiang residence permit in Wenzhou, on the day of graduation
// (Student.GraduatedOn), for 1 year (graduating from 2021), 2 years (from
// 2023) or 3 years (from 2024). For an out-of-province student a fact not
// given — the day of graduation, the permit's date, the years in Wenzhou
// — is an error naming it, not a denial. The household's registration is
// h.Locality: a Wenzhou one is 温州户籍, 市外 takes h.Origin; a locality not
// given is missing and one none of the document's invalid (hukou).
func HighSchoolParity(on rules.Date, h Household, m Member) (Decision, error) {
	return std().HighSchoolParity(on, h, m)
}

// HighSchoolParity is the package's [HighSchoolParity] over e's book.
func (e *Evaluator) HighSchoolParity(on rules.Date, h Household, m Member) (Decision, error) {
	st, ok := studentOf(m)
	year := rules.Value{}
	switch {
	case st.GraduationYear != 0:
		year = count(st.GraduationYear)
	case !st.GraduatedOn.IsZero():
		year = count(st.GraduatedOn.Year())
	}
	from, err := origin(h)
	if err != nil {
		return Decision{}, err
	}
	return decision(e.parity.Eval(on, from, opt(ok, text(st.Level)), flag(st.SchoolStatusInWenzhou),
		year, day(st.GraduatedOn), day(st.ParentPermitSince), opt(st.JuniorYearsInWenzhou != 0, count(st.JuniorYearsInWenzhou))))
}
