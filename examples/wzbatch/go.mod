module github.com/wzpolicy/wzpolicy/examples/wzbatch

go 1.26.0

require (
	github.com/schollz/progressbar/v3 v3.19.1
	github.com/shopspring/decimal v1.6.0
	github.com/wzpolicy/wzpolicy v0.0.0
	golang.org/x/term v0.48.0
)

require (
	github.com/expr-lang/expr v1.17.8 // indirect
	github.com/mitchellh/colorstring v0.0.0-20190213212951-d06e56a500db // indirect
	github.com/rivo/uniseg v0.4.7 // indirect
	golang.org/x/sys v0.50.0 // indirect
)

replace github.com/wzpolicy/wzpolicy => ../..
