package catalogue

import "testing"

// Clauses in the order the documents print them, each list from one
// document's numbering.
func TestCompareClauses(t *testing.T) {
	for _, ordered := range [][]string{
		{"一", "二、1", "二、2", "二、9", "三、10", "九、32", "附则1", "附则2", "附则3"},                 // welfare
		{"一、1", "一、9", "一、10", "一、15", "二、18", "二、28", "附则1"},                           // relief
		{"正文", "附件1", "附件2", "附件6"},                                                     // expropriation
		{"正文", "一", "二", "三（一）", "三（五）", "三（十）", "三（十二）", "四（一）"},                       // roads
		{"（一）", "（七）", "（十）", "（十）1", "（十）5", "（十一）", "（二十六）", "（三十三）"},                 // ridehail
		{"通知", "1.2", "1.5", "1.5.1", "1.5.4", "2.1", "4.1", "5.2–5.5", "5.3.1", "9.3"}, // grain
		{"序言", "一", "九", "十", "末段"},                                                     // productivity
	} {
		for i := 0; i+1 < len(ordered); i++ {
			a, b := ordered[i], ordered[i+1]
			if compareClauses(a, b) >= 0 || compareClauses(b, a) <= 0 {
				t.Errorf("%s is not ordered before %s", a, b)
			}
			if compareClauses(a, a) != 0 {
				t.Errorf("%s is not equal to itself", a)
			}
		}
	}
}

func TestChineseNumber(t *testing.T) {
	for s, want := range map[string]int{"一": 1, "九": 9, "十": 10, "十五": 15, "二十": 20, "二十六": 26, "三十三": 33, "一百零二": 102} {
		if got := chineseNumber([]rune(s)); got != want {
			t.Errorf("chineseNumber(%s) = %d, want %d", s, got, want)
		}
	}
}
