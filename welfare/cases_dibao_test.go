package welfare_test

import (
	"github.com/wzpolicy/wzpolicy/rules"
)

// Dates of the document: 附则3 "本政策自2022年5月1日起施行，有效期至2025年12月31日".
var (
	dayIn = rules.MustDate(2023, 6, 1)
)
