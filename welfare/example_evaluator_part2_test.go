package welfare_test

import (
	"sync"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/rules"
	"github.com/wzpolicy/wzpolicy/welfare"
)

// county2 is a county that pays more than the city's floors of part 2
// (附则2: 各地原有各类补助或减免额度超本政策标准的，不降低标准，就高执行):
// nutrition meals at 1.8 times the provincial standard, rent subsidies of
// 90% for 低边 and 60% for other supported families, 350 and 450 for bus and
// sanitation workers, veterans' medical aid at 60%, 800 on an uninsured
// public-welfare post, 3,500 to job seekers, 2,500 of operating grant and
// 1,200 a month of rehabilitation living allowance. It also counts the
// disabled-employment quota rounded down, a reading the city leaves open.
// county2 is built once: deriving a book compiles it again.
var county2 = sync.OnceValue(func() *welfare.Evaluator {
	notice := &rules.Document{Number: "某县帮扶政策实施细则（示例）", Title: "某县特殊群体帮扶政策实施细则", Issuer: "某县人民政府",
		Issued: rules.MustDate(2022, 4, 1), InForce: rules.Since(rules.MustDate(2022, 5, 1))}
	from := rules.MustDate(2022, 5, 1)
	n := decimal.RequireFromString
	row := func(k, v string) rules.Row { return rules.Row{Keys: []string{k}, Value: n(v)} }
	b, err := welfare.Book().Derive(
		rules.Override{Param: "meal_multiple", From: from, Value: "1.8", Cite: notice.Cite("一", "全省标准的1.8倍")},
		rules.Override{Param: "rent_subsidy_share", From: from, Cite: notice.Cite("二", "100%、90%、60%"),
			Value: rules.Table{Rows: []rules.Row{row("低保", "1"), row("低边", "0.9"), row("其他保障家庭", "0.6")}}},
		rules.Override{Param: "worker_rent_subsidy", From: from, Cite: notice.Cite("三", "每月350元、450元"),
			Value: &rules.Bracket{Of: rules.Number, Bands: []rules.Band{
				{Range: rules.Range{Lo: rules.Incl("1"), Hi: rules.Excl("3")}, Value: n("350")},
				{Range: rules.Range{Lo: rules.Incl("3")}, Value: n("450")},
			}}},
		rules.Override{Param: "veteran_aid_share", From: from, Value: "0.6", Cite: notice.Cite("四", "剩余自负合规医疗费用的60%")},
		rules.Override{Param: "post_uninsured", From: from, Value: "800", Cite: notice.Cite("五", "每人每月800元岗位补贴")},
		rules.Override{Param: "job_seeking_grant", From: from, Value: "3500", Cite: notice.Cite("六", "每人发放3500元")},
		rules.Override{Param: "operating_grant", From: from, Value: "2500", Cite: notice.Cite("七", "每年2500元运营补助")},
		rules.Override{Param: "rehab_living_allowance", From: from, Value: "1200", Cite: notice.Cite("八", "每月1200元")},
		rules.Override{Param: "disabled_quota_rounding", From: from, Value: "向下取整", Cite: notice.Cite("九", "应安排人数向下取整")},
	)
	if err != nil {
		panic(err)
	}
	return welfare.MustEvaluator(b)
})
