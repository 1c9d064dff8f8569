package population

// Names are for reports only (welfare.Member.Name): a household's head and
// children share a surname, the others have their own. They are common
// surnames of Wenzhou and common given names, combined once, so that
// drawing a name allocates nothing.

var (
	surnames = [...]string{"陈", "林", "黄", "王", "张", "李", "郑", "吴", "周", "徐", "金", "潘", "朱", "胡", "叶", "杨"}
	given    = [...]string{"志强", "建华", "海燕", "丽娟", "晓东", "秀英", "国平", "美玲", "子轩", "一诺", "欣怡", "浩然",
		"雨涵", "俊杰", "佳怡", "明亮", "春花", "玉兰", "德胜", "金凤", "伟", "芳", "敏", "静",
		"磊", "洋", "婷", "杰", "娜", "勇", "强", "慧"}
	fullNames = func() (t [len(surnames)][len(given)]string) {
		for i, s := range surnames {
			for j, g := range given {
				t[i][j] = s + g
			}
		}
		return t
	}()
)

// nameOf draws the name of member k, whose role is r, in a household of
// surname index sur.
func nameOf(s *source, sur int, r role) string {
	if r == roleSpouse || r == roleElder {
		sur = s.intn(len(surnames))
	}
	return fullNames[sur][s.intn(len(given))]
}
