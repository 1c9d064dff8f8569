package welfare

import (
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
)

// Section 二、5: the care subsidy for older 低保 persons and the high-age
// allowance.

const (
	quoteCareSubsidy   = "以服务形式对城乡低保60周岁以上居家养老的失能、失智及高龄老年人给予养老服务补贴"
	quoteCareTiers     = "补贴标准按照生活完全不能自理、基本不能自理、部分不能自理分为三档，参照浙江省重度残疾人护理补贴每人每月500元、250元、125元的标准执行"
	quoteHighAgeCare   = "80周岁以上的高龄老年人按每人每月125元执行"
	quoteCareInstitute = "家庭不具备照料条件，经县级民政部门批准纳入机构养老的城乡低保60周岁以上的失能、失智及高龄老年人，可参照当地特困供养人员护理费用标准执行"
	quoteCareDibian    = "居家养老的低保低边60周岁以上的失能、失智及高龄老年人的养老服务补贴标准，由各地结合实际确定"
	quoteHighAge       = "市区户口且符合以下条件之一的老年人，可以按以下标准发放高龄津贴：80周岁至89周岁的老年人每人每月50元、90周岁至99周岁的老年人每人每月200元、100周岁以上的老年人每人每月不低于500元"
	quoteHighAgeCounty = "各县（市）参照执行，已超上述津贴标准执行的地区在现有基础上不降低标准"
)

// Definitions and checks of the rules that read a date of birth.
var (
	defAge    = rules.Def{Name: "age", Title: rules.T("周岁", "age in full years"), Expr: "full_years(birth_date, eval_date)"}
	checkBorn = rules.Check{Field: "birth_date", Text: rules.T("出生日期不晚于评估日期", "born on or before the evaluation date"),
		Expr: "birth_date <= eval_date"}
)

func elderlySpec() ([]rules.Param, []rules.Rule) {
	tier := func(level SelfCare, v string) rules.Row {
		return rules.Row{Keys: []string{string(level)}, Value: d(v)}
	}
	params := []rules.Param{
		fixed("elderly_min_age", rules.T("养老服务补贴年龄下限", "care subsidy: lowest age"), rules.Year, "60", cite("二、5", quoteCareSubsidy)),
		fixed("high_age_min", rules.T("高龄老年人年龄下限", "high age: lowest age"), rules.Year, "80", cite("二、5", quoteHighAgeCare)),
		{Name: "elderly_care_subsidy", Title: rules.T("养老服务补贴标准（按生活自理能力）", "care subsidy by ability to care for oneself"),
			Unit: YuanPerPersonMonth, Floor: true,
			History: []rules.Dated{{Value: rules.Table{Rows: []rules.Row{
				tier(FullyDependent, "500"), tier(ModeratelyDependent, "250"), tier(MildlyDependent, "125"),
			}}, Cite: cite("二、5", quoteCareTiers)}}},
		floor("high_age_care_subsidy", rules.T("高龄老年人养老服务补贴标准", "care subsidy of persons of high age"),
			YuanPerPersonMonth, "125", cite("二、5", quoteHighAgeCare)),
		fixed("high_age_allowance_min", rules.T("高龄津贴年龄下限", "high-age allowance: lowest age"), rules.Year, "80", cite("二、5", quoteHighAge)),
		{Name: "high_age_allowance", Title: rules.T("高龄津贴标准", "high-age allowance"), Unit: YuanPerPersonMonth, Floor: true,
			History: []rules.Dated{{Value: &rules.Bracket{Of: rules.Year, Bands: []rules.Band{
				{Range: rules.Range{Lo: rules.Incl("80"), Hi: rules.Excl("90")}, Value: d("50")},
				{Range: rules.Range{Lo: rules.Incl("90"), Hi: rules.Excl("100")}, Value: d("200")},
				{Range: rules.Range{Lo: rules.Incl("100")}, Value: d("500")},
			}}, Cite: cite("二、5", quoteHighAge)}}},
		highAgeStandards(),
	}
	return params, []rules.Rule{careSubsidyRule(), highAgeRule()}
}

// Whose figures the high-age allowance pays, by registration (二、5).
const (
	highAgeCityFigures = "市区标准"        // 市区户口: the figures of 二、5
	highAgeByReference = "县（市）参照执行"    // a county: its own figures, 市区's for reference
	highAgeOwnFigures  = "本地标准（派生规则簿）" // a county whose derived book holds its own figures
	highAgeNotCovered  = "不适用"         // registered outside Wenzhou
)

// highAgeStandards says, for each registration, whether the book's figures
// of 二、5 are the ones paid there. A county's own book (Book.Derive) sets
// its row to highAgeOwnFigures together with its figures.
func highAgeStandards() rules.Param {
	var rows []rules.Row
	for _, l := range Localities() {
		v := highAgeByReference
		switch {
		case l == OutsideWenzhou:
			v = highAgeNotCovered
		case urbanLocalities[l]:
			v = highAgeCityFigures
		}
		rows = append(rows, rules.Row{Keys: []string{string(l)}, Value: v})
	}
	return rules.Param{Name: "high_age_standard_of", Title: rules.T("高龄津贴按谁的标准发放（按户籍地）", "whose figures the high-age allowance pays, by registration"),
		History: []rules.Dated{{Value: rules.Table{Rows: rows}, Cite: cite("二、5", quoteHighAgeCounty)}},
		OneOf:   []string{highAgeCityFigures, highAgeByReference, highAgeOwnFigures, highAgeNotCovered}}
}

func careSubsidyRule() rules.Rule {
	home := fmt.Sprintf("care_mode == %q", HomeCare)
	wenzhou := fmt.Sprintf("area != %q", areaOutside)
	return rules.Rule{
		ID:    RuleElderlyCareSubsidy,
		Title: rules.T("低保老年人养老服务补贴", "care service subsidy of older 低保 persons"),
		Cite:  cite("二、5", quoteCareSubsidy),
		Inputs: []rules.Input{inBirthDate, inStatus, inSelfCare,
			rules.FlagInput("dementia", rules.T("失智", "dementia")).Omittable(),
			rules.ChoiceInput("care_mode", rules.T("养老方式", "mode of care"), CareModes()...).Optional(string(HomeCare)),
			rules.FlagInput("county_approved", rules.T("经县级民政部门批准纳入机构养老", "institutional care approved by the county civil-affairs department")).Optional(false),
			rules.NumberInput("institution_care_standard", rules.T("当地特困供养人员护理费用标准（按本人生活自理能力）", "local 特困 care-fee standard for the person's self-care class"),
				YuanPerPersonMonth, rules.Range{Lo: rules.Excl("0")}).Omittable(),
			inHukou,
		},
		Defs: []rules.Def{defAge, defArea,
			{Name: "dependent", Title: rules.T("失能（丧失生活自理能力）", "dependent (lost the ability to care for oneself)"),
				Expr: fmt.Sprintf("self_care != %q", SelfCaring)},
			{Name: "high_age", Title: rules.T("高龄（80周岁以上）", "of high age (80 or over)"), Expr: "age >= high_age_min"},
			// The self-care class is read first: every case in need has its
			// figure from it; dementia only where the class and age leave
			// the need open.
			{Name: "in_need", Title: rules.T("失能、失智或高龄", "dependent, demented or of high age"), Expr: "dependent || high_age || dementia"},
			{Name: "institution", Title: rules.T("经批准机构养老", "approved institutional care"),
				Expr: fmt.Sprintf("care_mode == %q && county_approved", InstitutionalCare)},
			{Name: "in_scope", Title: rules.T("温州户籍城乡低保60周岁以上，居家或经批准机构养老", "a Wenzhou-registered 低保 person aged 60 or over, at home or in approved institutional care"),
				Expr: fmt.Sprintf("%s && household_status == %q && age >= elderly_min_age && (%s || institution)", wenzhou, Dibao, home)},
		},
		CaseByCase: []rules.Condition{
			{Name: "dibian_home_care",
				Text: rules.T("居家养老的低保边缘60周岁以上的失能、失智及高龄老年人的养老服务补贴标准，由各地结合实际确定",
					"home-cared 低边 persons aged 60 or over who are dependent, demented or of high age: the standard is set locally"),
				Expr: fmt.Sprintf("%s && household_status == %q && %s && age >= elderly_min_age && (high_age || in_need)", wenzhou, Dibian, home),
				Cite: cite("二、5", quoteCareDibian)},
			{Name: "dementia_without_tier",
				Text: rules.T("补贴标准按生活自理能力分为三档；失智而评估为具备生活自理能力、未满80周岁的，档次待评估",
					"the subsidy is tiered by ability to care for oneself; a demented person assessed as able and under 80 falls in no tier until assessed"),
				Expr: fmt.Sprintf("%s && household_status == %q && %s && age >= elderly_min_age && !high_age && !dependent && dementia", wenzhou, Dibao, home),
				Cite: cite("二、5", quoteCareTiers)},
		},
		Checks: []rules.Check{checkBorn},
		Require: []rules.Condition{condWenzhou,
			{Name: "dibao", Text: rules.T("城乡低保", "in a 低保 household"), Expr: fmt.Sprintf("household_status == %q", Dibao)},
			{Name: "aged_60", Text: rules.T("60周岁以上", "aged 60 or over"), Expr: "age >= elderly_min_age"},
			// Whether the person is in need is asked only of those the
			// other conditions leave in scope: an unassessed self-care
			// class or dementia is then missing, never read as "able".
			{Name: "in_need", Text: rules.T("失能、失智或高龄（80周岁以上）", "dependent, demented or of high age (80 or over)"), When: "in_scope", Expr: "in_need"},
			{Name: "care_setting", Text: rules.T("居家养老，或家庭不具备照料条件经县级民政部门批准纳入机构养老",
				"cared for at home, or placed in an institution with the county civil-affairs department's approval"),
				Expr: home + " || institution", Cite: cite("二、5", quoteCareInstitute)},
		},
		Outputs: []rules.Output{{Name: "subsidy", Title: rules.T("每月养老服务补贴", "monthly care service subsidy"), Unit: YuanPerPersonMonth,
			Expr: "institution ? institution_care_standard : max(dependent ? elderly_care_subsidy[self_care] : 0, high_age ? high_age_care_subsidy : 0)"}},
		Reading: rules.T(
			"“高龄”指80周岁以上（本款“80周岁以上的高龄老年人”），“以上”含本数；“生活完全不能自理、基本不能自理、部分不能自理”依次对应完全、中度、轻度丧失生活自理能力；"+
				"高龄且失能的，取所在档次与高龄标准中的较高者；补贴以服务形式提供。经批准机构养老的，按调用方给出的当地特困供养人员护理费用标准，未给出的为缺少输入。"+
				"生活自理能力须经评估给出（“具备生活自理能力”亦须明示），未给出的为缺少输入，不按具备生活自理能力处理；是否失智同样须给出，仅在能力与年龄不足以判断时读取。"+
				"低边家庭的居家老人由各地确定（按实评估），不属低保低边的不在本款范围。"+
				"本款未另定适用对象，按附则1限温州户籍：养老服务补贴不属八、26纳入新市民的社会救助。",
			"“高龄” is 80 or over (this clause's “80周岁以上的高龄老年人”), the figure included; the three grades are the "+
				"full, moderate and mild loss of self-care of 二、3, in that order; a dependent person of high age gets the "+
				"higher of the tier and the high-age figure; the subsidy is given as services. Approved institutional care "+
				"gets the local 特困 care-fee standard the caller gives, missing when not given. The self-care class must be "+
				"given as assessed (“able” too, stated): one not given is a missing input, never read as able; dementia must "+
				"be given as well, and is read only where the class and the age leave the need open. 低边 elders at home: "+
				"set locally (case by case); others are outside the clause. The clause says nothing otherwise of whom it "+
				"covers, so 附则1 holds it to Wenzhou registrations: the care subsidy is not the social assistance 八、26 "+
				"opens to new citizens."),
	}
}

func highAgeRule() rules.Rule {
	return rules.Rule{
		ID:     RuleHighAgeAllowance,
		Title:  rules.T("高龄津贴", "high-age allowance"),
		Cite:   cite("二、5", quoteHighAge),
		Inputs: []rules.Input{inBirthDate, inHukou},
		Defs: []rules.Def{defAge,
			{Name: "area", Title: rules.T("户籍所在区域", "area of the registration"), Expr: "locality_area[hukou]"}},
		Checks: []rules.Check{checkBorn},
		Require: []rules.Condition{
			{Name: "wenzhou_hukou", Text: rules.T("温州户籍（市区户口；各县（市）参照执行）", "registered in Wenzhou (市区; the counties follow by reference)"),
				Expr: fmt.Sprintf("area != %q", areaOutside), Cite: cite("二、5", quoteHighAgeCounty)},
			{Name: "aged_80", Text: rules.T("80周岁以上", "aged 80 or over"), Expr: "age >= high_age_allowance_min"},
		},
		Outputs: []rules.Output{
			{Name: "allowance", Title: rules.T("每月高龄津贴", "monthly high-age allowance"), Unit: YuanPerPersonMonth,
				Expr: "bracket(high_age_allowance, age)"},
		},
		ByReference: []rules.Condition{{Name: "county",
			Text: rules.T("县（市）户籍：各县（市）参照执行，已超上述津贴标准执行的地区在现有基础上不降低标准，津贴标准由县（市）确定",
				"a county registration: the counties follow by reference, those already paying more keep their figure, and the county sets its own"),
			Expr: fmt.Sprintf("high_age_standard_of[hukou] == %q", highAgeByReference), Cite: cite("二、5", quoteHighAgeCounty)}},
		Reading: rules.T(
			"按周岁：80至89周岁即[80, 90)，90至99周岁即[90, 100)，100周岁以上含100。标准为市区户口的；各县（市）参照执行，"+
				"已超标准的地区不降低标准，故县（市）户籍的津贴由县（市）确定：结果为按实评估，以市区标准为参考，而非按市区标准发放。"+
				"市区标准为下限：以派生规则簿（Book.Derive）给出更高标准，不得低于本标准（附则2）；县（市）以派生规则簿给出本地标准时，"+
				"同时将 high_age_standard_of 中本县（市）一行改为“本地标准（派生规则簿）”。",
			"full years: 80 to 89 is [80, 90), 90 to 99 is [90, 100), 100 or over includes 100. The figures are for 市区 "+
				"registrations; the counties follow by reference and those already paying more keep their figure, so a county "+
				"registration's allowance is the county's own: the result is assessed locally, with 市区's figures as the "+
				"reference, not paid at 市区's figures. 市区's figures are minimums: a higher figure is given in a derived book "+
				"(Book.Derive), never less than these (附则2); a county giving its own figures in a derived book also sets its "+
				"row of high_age_standard_of to “本地标准（派生规则簿）”."),
	}
}

// careCase is a member's case of 二、5's care subsidy, with the local 特困
// care-fee standard of the member's class: with no class, none is given,
// and the rule reports the class missing.
type careCase struct {
	MemberCase
	Standard decimal.Decimal `rule:"institution_care_standard,omitzero"`
}

// careCaseOf is a member's case of the care subsidy, with the local
// standard of the member's ability to care for oneself.
func careCaseOf(c MemberCase) careCase {
	in := careCase{MemberCase: c}
	if c.SelfCare != "" {
		in.Standard = c.LocalStandards.TekunCareFee[c.SelfCare]
	}
	return in
}

// ElderlyCareSubsidy is the monthly care service subsidy of an older member.
type ElderlyCareSubsidy struct {
	Amount decimal.Decimal `rule:"subsidy"` // 元/人·月
	Unit   rules.Unit
	rules.Outcome[careCase]
}

// ElderlyCareSubsidy returns the monthly care service subsidy (养老服务补贴,
// 二、5) of a member of a 低保 household aged 60 or over who is dependent,
// demented or aged 80 or over: 500, 250 or 125 yuan by self-care ability,
// 125 for high age alone; in approved institutional care, the local 特困
// care-fee standard for the member's class (LocalStandards.TekunCareFee).
// 低边 elders at home are assessed locally ([rules.ErrCaseByCase]).
func (e *Evaluator) ElderlyCareSubsidy(on rules.Date, c MemberCase) (ElderlyCareSubsidy, error) {
	r, err := e.care.Eval(on, careCaseOf(c))
	if err != nil {
		return r, err
	}
	r.Unit = e.units.care
	return r, nil
}

// HighAgeAllowance is the monthly high-age allowance of a member.
type HighAgeAllowance struct {
	Amount decimal.Decimal `rule:"allowance"` // 元/人·月
	Unit   rules.Unit
	rules.Outcome[MemberCase]
}

// HighAgeAllowance returns the monthly high-age allowance (高龄津贴, 二、5) of
// a member registered in 市区 (the member's date of birth, the household's
// locality): 50 yuan at 80–89, 200 at 90–99, at least 500 at 100 or over,
// in full years on the evaluation date. The counties follow these figures
// by reference and set their own (各县（市）参照执行): for a county
// registration the error matches [rules.ErrCaseByCase] and carries 市区's
// figures as the reference ([rules.Error.Reference]), unless the
// evaluator's book holds that county's own figures ([CountyHighAgeAllowance]).
func (e *Evaluator) HighAgeAllowance(on rules.Date, c MemberCase) (r HighAgeAllowance, err error) {
	if err = e.highAge.EvalInto(on, &c, &r); err == nil {
		r.Unit = e.units.highAge
	}
	return r, err
}

// CountyHighAgeAllowance returns the overrides by which a county's own book
// pays the county's high-age allowance (二、5: 各县（市）参照执行，已超上述津贴
// 标准执行的地区在现有基础上不降低标准): its figures by age band, from a date,
// citing the county's text, with the county's registrations marked as paid
// at the book's figures. Pass them to [rules.Book.Derive]; the figures may
// not be below 市区's.
func CountyHighAgeAllowance(county Locality, from rules.Date, figures *rules.Bracket, c rules.Citation) []rules.Override {
	t := highAgeStandards().History[0].Value.(rules.Table)
	rows := make([]rules.Row, len(t.Rows))
	for i, r := range t.Rows {
		rows[i] = rules.Row{Keys: append([]string(nil), r.Keys...), Value: r.Value}
		if r.Keys[0] == string(county) {
			rows[i].Value = highAgeOwnFigures
		}
	}
	return []rules.Override{
		{Param: "high_age_allowance", From: from, Value: figures, Cite: c},
		{Param: "high_age_standard_of", From: from, Value: rules.Table{Rows: rows}, Cite: c},
	}
}
