// Package population draws a synthetic, seeded population of Wenzhou
// households and firms, for screening the benefits of 温政发〔2022〕6号 paid
// without application (免申直享, 九、30: [welfare.Evaluator.Assess]) and the
// relief measures of 温政发〔2022〕7号 ([relief.Evaluator.Assess]) over a
// whole city without real data: for benchmarks, batch runs and comparisons
// of engines.
//
// [Household] returns household i of the population a [Config] chooses, and
// [Firm] firm i: the same Config and index always give the same household
// or firm, in any order and in any process, so that shards of the
// population are drawn apart and agree. Each is drawn by its own generator
// (math/rand/v2's PCG seeded from the seed and the index), and drawing
// allocates nothing beyond the household or firm itself. [Households] and
// [Firms] yield them in order; [WriteJSONL] and [ReadJSONL] write and read
// households as JSON Lines ([Record]); the command wzpop writes them to
// standard output. [Standards] gives the local standards each household is
// assessed with, and [Tiers] the epidemic-subsidy tiers of the firms'
// assessment: both synthetic.
//
// The population is fixed by this package's code: a change of the
// generator draws other households from the same seed.
//
// # What is drawn from a source, and what is made up
//
// Everything below is synthetic. Where a figure comes from a published
// source, the source is named; every other share, range and amount is made
// up, chosen to look plausible and to make every benefit occur, and should
// not be read as a statistic of Wenzhou.
//
// Localities. A household is registered outside Wenzhou (市外) with
// probability 10% (made up); otherwise in one of Wenzhou's 12 county-level
// divisions, with probability proportional to its resident population at
// the end of 2021 in the Wenzhou Statistics Bureau's bulletin
// 2021年温州市人口主要数据公报 (1 March 2022,
// http://wztjj.wenzhou.gov.cn/art/2022/3/1/art_1243860_58726707.html), in
// 万人: 鹿城区 118.95, 龙湾区 73.29, 瓯海区 97.82, 洞头区 15.03, 永嘉县 87.00,
// 平阳县 86.59, 苍南县 84.58, 文成县 28.85, 泰顺县 26.64, 瑞安市 152.58,
// 乐清市 146.40, 龙港市 46.77 (964.50 in all). The bulletin lists the
// 浙南产业集聚区 (25.31) within 龙湾区; it stands here for the city-level
// function zones (市级功能区), and 龙湾区 keeps the rest (47.98). 市本级 is
// never drawn. These are residents, used as if they were registrations (户籍):
// an approximation. A household is rural with the share of its division's
// residents living outside towns (1 − the bulletin's 城镇化率: 鹿城 90.7%,
// 龙湾 99.9%, 集聚区 99.7%, 瓯海 83.8%, 洞头 54.3%, 永嘉 56.5%, 平阳 62.3%,
// 苍南 68.7%, 文成 44.3%, 泰顺 45.8%, 瑞安 67.2%, 乐清 65.9%, 龙港 97.2%);
// one registered outside Wenzhou with 30% (made up), and its registration
// is elsewhere in Zhejiang for 30% of them, outside the province for 70%
// (made up).
//
// Assistance status. 4% of all households are 低保 and 4% 低边 (the shares
// the library's users asked for, not a statistic); households registered
// outside Wenzhou are neither. The incomes of a 低保 household are held to
// 0.10–0.95 times the 低保 standard a person a month for 90% of them and
// 1.0–1.2 times for the rest; of a 低边 household to 1.0–1.5 times for 85%
// and 0.7–1.0 times for the rest (made up).
//
// Members and ages. A household has 1 to 6 members: 1 with probability 21%,
// 2 31%, 3 22%, 4 15%, 5 7.5%, 6 3.5% (35%, 30%, 18%, 10%, 5%, 2% for a 低保
// or 低边 household), a mean of about 2.63 (made up, to the 2.6 asked for; the 7th
// census of 2020 counted 2.37 persons a family household, 家庭户, as its
// bulletin is reproduced at http://m.gxscse.com/ShuJuXiangGuan/1015148.html).
// The kind of household decides the ages: a person alone (18–39 44%, 40–59
// 26%, 60–79 26%, 80–100 4%; older when assisted), a couple (the head 22–34
// 28%, 35–59 44%, 60–79 25%, 80–95 3%, the spouse within 3 years), a parent
// with a child, an old parent with an adult child, grandparents with a
// grandchild (隔代家庭), couples with one to three children (the eldest
// 0–25, the parents 23–36 years older, the children 1–6 years apart) and
// with one or two of the head's parents (21–30 years older). The resulting
// shares are about 17.5% aged 0–14, 14% aged 65 or over and 2.2% aged 80 or
// over (made up; the 2015 1% sample survey's bulletin gave 14.87% and 9.45%,
// http://wztjj.wenzhou.gov.cn/art/2017/8/8/art_1243860_5868354.html, and
// the population has aged since). The older persons of 市区 are granted the
// high-age allowance; those of the counties are assessed case by case, as
// 二、5 leaves their figure to the county.
//
// Persons (all made up). A certified disability (持证残疾人) with
// probability 1.5% under 18, 2% at 18–59, 5% at 60–79, 9% at 80 or over,
// four times as high in a 低保 or 低边 household; of kind 肢体 45%, 视力 13%,
// 听力 14%, 言语 1%, 智力 8%, 精神 12%, 多重 7%, of grade 1 12%, 2 20%, 3 28%,
// 4 40%. Autism 1% of children under 9. Self-care is assessed for persons
// of 60 or over (at 60–79: able 88%, partly 7%, moderately 3%, fully
// dependent 2%; at 80 or over: 62%, 20%, 10%, 8%), for disabled adults
// (half of those of grade 1 or 2 dependent) and for 特困 persons, and left
// not assessed for the others; dementia is stated for persons of 60 or
// over (2%, and 10% at 80 or over). Veterans are 3% of persons aged 35–95
// (8% in assisted households). 特困 persons live alone in Wenzhou households
// that are neither 低保 nor 低边: 5% of those of 60 or over, 15% of disabled
// adults under 60; supported dispersed 65%, in a government institution
// 25%, in a social institution 10%. 15% of dependent 低保 persons of 70 or
// over are in institutions with the county's approval. Children in a
// grandparents' household are scattered orphans (8%) or de facto
// unsupported (8%); 15% of children of assisted households (0.1% of the
// others) are recognised in difficulty, 0.01% are HIV-infected. Severe mental disorders under management (二、9) are 0.45%
// of persons of 16 or over (3% in assisted households): risk class none
// 55%, Ⅰ 30%, Ⅱ 15%; under community management 90%; weak guardianship
// 20% (schizophrenia 70%, poor compliance 80%, a risk of incidents 80%),
// otherwise a guardian who fulfils the duty 85% (schizophrenia 50%, poor
// compliance 35%, a risk 20%); the injection approved for 80% of the
// schizophrenia patients with poor compliance, weak guardianship and a
// risk of incidents, and 3% of the others; the guardian is
// another adult member where there is one. Enrolment in the residents'
// medical insurance and pension follows age, status and rural residence.
//
// Facts of sections 三 to 八 (all made up). Medical costs of a claim (3%
// of children, 5% of adults, 15% at 60–79, 25% at 80 or over, 2.5 times as
// many when assisted or 特困, at most 50%, and 60% of the veterans of
// assisted households): 55% inpatient, 20% special-disease outpatient, 92%
// at a designated institution; 3% of the others' patients are recognised
// by the county (县级认定). Rehabilitation for 75% of disabled or autistic
// children aged 1–8 (at a designated institution 85%, schooling deferred
// for 70% of those of 6 or over), with the months claimed before the age
// limit. Students by age: primary at 6–11, junior high at 12–14,
// senior secondary at 15–17 (92%), college or university at 18–21 (60%),
// adult exams rarely; aided pupils 8% (70% when assisted); tuition above
// compulsory schooling (none paid in it); 30% of college students in their year of
// graduation, 10% with a state student loan (40% when assisted); junior-high students registered outside Wenzhou with their
// school status (90%) and, in the final year, their graduation in June of
// the assessment's year and a parent's residence permit. Work for 70–85%
// of persons of working age (fewer when assisted or disabled): bus workers
// 0.4%, sanitation workers 0.6% (1.6% of the workers registered outside
// Wenzhou), 90% of them in front-line work (10% of the others),
// public-welfare posts for 0.3% (12% of those hard to employ),
// flexible employment 8% (25% when assisted) under 60, registered hard to employ
// 1.5% (30% when assisted). Migrant workers: every worker of a household
// registered outside Wenzhou, and 4% of Wenzhou's working in another of
// its counties. Housing facts for 90% of assisted households, 85% of those
// of bus and sanitation workers, 50% of those registered outside Wenzhou
// and 25% of the others, with home ownership 40%, 10% and 80%, and for
// those at work a labour contract (open-ended for 20%) and months insured
// (no contract and no month for the others); public
// rental for 15% of assisted households without a home. Rural house
// projects for 8% of assisted, 10% of low-income farm and 0.3% of other
// rural Wenzhou households. Low-income farm households are 5% of rural Wenzhou households
// (30% of assisted ones); family-planning hardship 1.5% (3% with a child
// of 15–22; five times as many when assisted); registered hardship workers
// 0.8% (five times when assisted); special-care families 0.8%; other social assistance stated for
// assisted households (a kind of it for 40%, none for the rest), for 2% of
// the others, with a kind, and as none for the other households in public
// rental housing. A vehicle not for hire is stated for
// households whose work is known (45%; 5% when assisted); whether the
// household is a poor family of a disabled person, where a member is
// disabled or a student graduates (yes for the disabled members'
// households that are assisted or low-income farm households, and 20% of
// the others).
//
// Income. Over the 12 months ending the day before the month of the
// assessment (Income.From to Income.To): wages (or, for 12%, business income) of
// 3,000–9,000 a month, up to 8,000 more for half of the workers of the city
// and the county-level cities, from a job begun within the last 20 years
// (a first job for 70% of those under 30 begun in the last 3 years); the
// post subsidy of a public-welfare post (700 a month, 600 when insured);
// pensions of persons of 60 or over but 特困 persons (an employee's pension
// of 2,500–6,000 a month for 60% of urban and 30% of rural persons, a
// residents' pension of 180–600 for the others); the 低保 veteran's
// supplement; and rural green-crop compensation (0.5%), outsourced
// processing (2%) and, for half of the low-income farm households,
// shareholding income (made up). An assisted household without any of
// these has another income (a 低边 household always, a 低保 one for 60%),
// held to its multiple like the others.
//
// Standards and tiers. [Standards] and [Tiers] are made up; see there.
//
// Firms (all made up). 70% enterprises, 29% individual businesses, 1%
// administrative and public institutions; enterprises micro 62%, small 27%,
// medium 8%, large 3%; 4% state-owned or state-controlled; industries
// weighted towards retail, manufacturing and wholesale, with the kinds of
// firm the measures name (bookstores, cinemas, travel agencies, exhibition
// organisers, property firms) frequent enough to occur in 2,000 firms;
// registered like households by the bulletin's population, 2% outside
// Wenzhou. Each measure is claimed by the kinds of firm it names, and by a
// few others, with its dated facts in 2022.
//
// # Screening
//
// Over 10,000 households assessed on 2023-06-01, about 2.5% of the results
// that are granted or not are granted; every benefit of the assessment is
// granted to some household except the supplementary health insurance of
// 六、19, whose amount the document leaves to the local government (an
// eligible member is assessed case by case). Over 10,000 firms assessed on
// 2022-06-30, every measure is granted to some firm except the testing
// costs of firms using imported goods (一、13), which the health
// commission's scheme decides (case by case). The tests check both.
package population
