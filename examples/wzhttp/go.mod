module github.com/wzpolicy/wzpolicy/examples/wzhttp

go 1.26

require (
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
	github.com/shopspring/decimal v1.6.0
	github.com/wzpolicy/wzpolicy v0.0.0
)

require (
	github.com/expr-lang/expr v1.17.8 // indirect
	github.com/google/go-cmp v0.7.0 // indirect
	go.yaml.in/yaml/v3 v3.0.6 // indirect
	golang.org/x/text v0.14.0 // indirect
)

replace github.com/wzpolicy/wzpolicy => ../..
