package welfare

import "github.com/wzpolicy/wzpolicy/rules"

// permitCase is the case of welfare.residence.permit.
type permitCase struct {
	Worker              bool          `rule:"migrant_worker"`
	Origin              MigrantOrigin `rule:"origin"`
	ZhejiangPermit      bool          `rule:"zhejiang_permit"`
	RegisteredMonths    int           `rule:"registered_months,omitzero"`
	RegisteredInWenzhou bool          `rule:"registered_in_wenzhou"`
}

// ResidencePermit says whether a migrant worker may get a residence permit
// directly (八、25), and on what ground.
type ResidencePermit struct {
	// Route is the ground: 持有有效浙江省居住证, or the months of
	// registration; "" when not eligible.
	Route string `rule:"route"`
	rules.Outcome[permitCase]
}

func permitCaseOf(m Member) permitCase {
	mg := m.Migrant
	if mg == nil {
		return permitCase{}
	}
	return permitCase{Worker: mg.Worker, Origin: mg.From, ZhejiangPermit: mg.ZhejiangPermit, RegisteredMonths: mg.RegisteredMonths,
		RegisteredInWenzhou: mg.RegisteredInWenzhou}
}

// ResidencePermit says whether a migrant worker may get a residence permit
// directly (直接办理居住证, 八、25): one who came from another Zhejiang city
// or moves between Wenzhou's counties, and holds a valid Zhejiang residence
// permit or has 6 months of residence registration in Zhejiang and is now
// registered in Wenzhou (Member.Migrant).
func (e *Evaluator) ResidencePermit(on rules.Date, m Member) (ResidencePermit, error) {
	return e.permit.Eval(on, permitCaseOf(m))
}

// origin is where the household is registered, as 八、27 tells it: a
// Wenzhou locality is 温州户籍; one outside Wenzhou (市外), the household's
// Origin. A locality not given is missing, and one none of the document's
// is invalid: neither is read as outside Wenzhou.
func origin(h Household) (HukouOrigin, error) {
	switch {
	case h.Locality == "":
		return "", invalidFact(RuleHighSchoolParity, "hukou", "missing")
	case h.Locality.Wenzhou():
		return WenzhouHukou, nil
	}
	if err := known(RuleHighSchoolParity, "hukou", h.Locality, Localities()); err != nil {
		return "", err
	}
	return h.Origin, nil // 市外
}

// parityCase is the case of welfare.education.high_school_parity: the
// student's registration as 八、27 tells it, and the year of graduation,
// are gathered in Go.
type parityCase struct {
	Origin            HukouOrigin `rule:"origin"`
	Level             StudyLevel  `rule:"level"`
	SchoolStatus      bool        `rule:"school_status"`
	GraduationYear    int         `rule:"graduation_year,omitzero"`
	GraduatedOn       rules.Date  `rule:"graduated_on"`
	ParentPermitSince rules.Date  `rule:"parent_permit_since"`
	JuniorYears       int         `rule:"junior_years,omitzero"`
}

// HighSchoolParity says whether a junior-high graduate registered outside
// Wenzhou gets same-city treatment in high school (八、27).
type HighSchoolParity struct {
	SameCity bool `rule:"same_city"` // 就读高中享受同城待遇
	// RequiredPermitYears are the years of a parent's permit an
	// out-of-province student needs; zero for others.
	RequiredPermitYears int `rule:"required_permit_years"`
	rules.Outcome[parityCase]
}

func parityCaseOf(h Household, m Member) (parityCase, error) {
	from, err := origin(h)
	if err != nil {
		return parityCase{}, err
	}
	c := parityCase{Origin: from}
	if st := m.Student; st != nil {
		c.Level, c.SchoolStatus, c.GraduatedOn, c.ParentPermitSince, c.JuniorYears = st.Level, st.SchoolStatusInWenzhou, st.GraduatedOn,
			st.ParentPermitSince, st.JuniorYearsInWenzhou
		switch {
		case st.GraduationYear != 0:
			c.GraduationYear = st.GraduationYear
		case !st.GraduatedOn.IsZero():
			c.GraduationYear = st.GraduatedOn.Year()
		}
	}
	return c, nil
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
func (e *Evaluator) HighSchoolParity(on rules.Date, h Household, m Member) (HighSchoolParity, error) {
	c, err := parityCaseOf(h, m)
	if err != nil {
		return HighSchoolParity{}, err
	}
	return e.parity.Eval(on, c)
}
