package batch_test

import (
	"context"
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/wzpolicy/wzpolicy/batch"
)

// Fold totals grants over a stream on two workers, each adding to totals
// of its own, merged at the end. Here each record is a grant of 200 yuan
// in one of two localities: 1,000 records, 500 in each, 100,000 yuan
// each.
func ExampleFold() {
	grants := batch.Values(func(yield func(int) bool) {
		for i := range 1000 {
			if !yield(i) {
				return
			}
		}
	})
	type worker struct{ t batch.Totals }
	localities := [2]string{"鹿城区", "瑞安市"}
	states, err := batch.Fold(context.Background(), grants, batch.Options{Workers: 2},
		func(w *worker, i *int) error {
			w.t.Add(batch.Key{Rule: "welfare.elderly.high_age_allowance", Locality: localities[*i%2], Unit: "元/人·月"}, decimal.NewFromInt(200))
			return nil
		})
	if err != nil {
		fmt.Println(err)
		return
	}
	var t batch.Totals
	for i := range states {
		t.Merge(&states[i].t)
	}
	for _, r := range t.Rows() {
		fmt.Println(r.Locality, r.Count, r.Amount)
	}
	// Output:
	// 瑞安市 500 100000
	// 鹿城区 500 100000
}
