package welfare

import (
	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// mealCase is the case of welfare.education.nutrition_meal.
type mealCase struct {
	Level      StudyLevel      `rule:"level"`
	Aided      bool            `rule:"aided"`
	Provincial decimal.Decimal `rule:"provincial_standard,omitzero"`
	Local      decimal.Decimal `rule:"local_standard,omitzero"`
}

// NutritionMeal is an aided pupil's nutrition meal subsidy of 五、17.
type NutritionMeal struct {
	Amount     decimal.Decimal `rule:"standard"`    // 元/人·年; zero when not eligible
	ByMultiple decimal.Decimal `rule:"by_multiple"` // 1.6 times the provincial standard, 元/人·年
	rules.Outcome[mealCase]
}

// NutritionMeal returns the nutrition meal subsidy (营养餐补助, 五、17) of a
// pupil aided by a compulsory-education school: 1.6 times the provincial
// standard (LocalStandards.ProvincialMealStandard), or the locality's own
// standard where it already pays more (LocalMealStandard).
func (e *Evaluator) NutritionMeal(on rules.Date, m Member, s LocalStandards) (NutritionMeal, error) {
	return e.meal.Eval(on, mealCaseOf(m, s))
}

func mealCaseOf(m Member, s LocalStandards) mealCase {
	c := mealCase{Provincial: s.ProvincialMealStandard, Local: s.LocalMealStandard}
	if st := m.Student; st != nil {
		c.Level, c.Aided = st.Level, st.Aided
	}
	return c
}

// studyCase is the case of welfare.education.study_grant for one scheme.
type studyCase struct {
	Scheme         StudyGrantScheme       `rule:"scheme"`
	Hukou          Locality               `rule:"hukou"`
	Status         Status                 `rule:"household_status"`
	BirthDate      rules.Date             `rule:"birth_date"`
	Level          StudyLevel             `rule:"level"`
	Disability     DisabilityKind         `rule:"disability"`
	ParentDisabled bool                   `rule:"parent_disabled"`
	NotIndependent bool                   `rule:"not_independent"`
	HardshipWorker bool                   `rule:"hardship_worker"`
	Tuition        decimal.Decimal        `rule:"tuition,omitzero"`
	FamilyPlanning FamilyPlanningCategory `rule:"family_planning"`
}

// SchemeGrant is one scheme's study grant for a student.
type SchemeGrant struct {
	Scheme StudyGrantScheme
	Amount decimal.Decimal `rule:"grant"`  // the grant of the year, 元/人; zero when not eligible
	Period string          `rule:"period"` // 每学年, 一次性, 每年 or 经认定后每人
	Paid   bool            // the grant chosen under 附则2
	rules.Outcome[studyCase]
}

// StudyGrants are a student's study grants of 五、18 and the one paid.
type StudyGrants struct {
	// Chosen is the scheme paid: the eligible scheme with the highest
	// grant, the first in the order of 五、18 on a tie; "" when none.
	Chosen  StudyGrantScheme
	Amount  decimal.Decimal // the grant paid, 元/人
	Schemes []SchemeGrant   // every scheme, in the order of 五、18
}

// StudyGrant evaluates the study grants of 五、18 for a student member
// (Member.Student) and pays the highest: the disabled persons' federation's
// grant to 市区 disabled students and to disabled persons' children in 低保
// or 低边 households (2,000 to 4,000 a school year, 3,500 or 2,500 once for
// an adult or self-study exam certificate), the union's aid to registered
// hardship workers' children (the tuition paid, at most 10,000 a year), and
// the health commission's grant to 市区 family-planning hardship families'
// children (2,000 at high school, 4,000 at university).
//
// 附则2 pays only the higher of study grants of the same fiscal level to a
// person in a year. Only the federation's grant is said to come from the
// city's finance; the text does not say the others come from another level,
// so the library holds the three as one group and pays the highest. The
// engine's take-the-higher groups ([rules.Group]) take separate rules, and
// the three schemes are one catalogue rule evaluated three times; the
// choice here is the engine's rule for groups: the highest eligible figure,
// the first listed on a tie.
func (e *Evaluator) StudyGrant(on rules.Date, h Household, m Member) (StudyGrants, error) {
	out := StudyGrants{Amount: decimal.Zero}
	for _, scheme := range StudyGrantSchemes() {
		g, err := e.StudyGrantOf(on, h, m, scheme)
		if err != nil {
			return StudyGrants{}, err
		}
		out.Schemes = append(out.Schemes, g)
	}
	best := higher(len(out.Schemes), func(i int) (bool, decimal.Decimal) {
		return out.Schemes[i].Eligible(), out.Schemes[i].Amount
	})
	if best >= 0 {
		out.Schemes[best].Paid = true
		out.Chosen, out.Amount = out.Schemes[best].Scheme, out.Schemes[best].Amount
	}
	return out, nil
}

func studyCaseOf(h Household, m Member, scheme StudyGrantScheme) studyCase {
	c := studyCase{Scheme: scheme, Hukou: h.Locality, Status: h.Status, BirthDate: m.BirthDate, Disability: m.Disability,
		HardshipWorker: h.HardshipWorker, FamilyPlanning: h.FamilyPlanning}
	if st := m.Student; st != nil {
		c.Level, c.ParentDisabled, c.NotIndependent, c.Tuition = st.Level, st.ParentDisabled, st.NotIndependent, st.Tuition
	}
	return c
}

// StudyGrantOf evaluates one scheme of 五、18 for a student member,
// without the take-the-higher of 附则2 ([Evaluator.StudyGrant] applies it).
func (e *Evaluator) StudyGrantOf(on rules.Date, h Household, m Member, scheme StudyGrantScheme) (SchemeGrant, error) {
	g, err := e.study.Eval(on, studyCaseOf(h, m, scheme))
	if err != nil {
		return SchemeGrant{}, err
	}
	g.Scheme = scheme
	return g, nil
}

// higher returns the index of the eligible item with the highest amount,
// the first on a tie, or -1: the choice [rules.Book.EvalGroup] makes.
func higher(n int, item func(i int) (bool, decimal.Decimal)) int {
	best := -1
	var top decimal.Decimal
	for i := range n {
		ok, x := item(i)
		if ok && (best < 0 || x.GreaterThan(top)) {
			best, top = i, x
		}
	}
	return best
}
