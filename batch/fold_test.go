package batch_test

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"testing"
	"time"

	"github.com/wzpolicy/wzpolicy/batch"
)

// sumState is a worker's state in the tests: what it has added, and how
// many records.
type sumState struct {
	sum, n int
}

// fold sums the records of src on the options' workers.
func fold(t *testing.T, src iter.Seq2[int, error], opt batch.Options, work func(s *sumState, in *int) error) (sum, n, workers int, err error) {
	t.Helper()
	states, err := batch.Fold(context.Background(), src, opt, work)
	for _, s := range states {
		sum += s.sum
		n += s.n
	}
	return sum, n, len(states), err
}

// Every record is folded once, into one worker's state, whatever the
// chunk: 0 + 1 + … + 999 = 999 × 1,000 / 2 = 499,500.
func TestFoldEveryRecordOnce(t *testing.T) {
	for _, opt := range []batch.Options{
		{Workers: 4, Ahead: 7, Chunk: 1},
		{Workers: 3, Chunk: 10},
		{Workers: 2, Chunk: 1000},
		{Workers: 1},
		{},
	} {
		sum, n, workers, err := fold(t, count(1000), opt, func(s *sumState, in *int) error {
			if *in%7 == 0 {
				time.Sleep(time.Duration(*in%3) * 50 * time.Microsecond)
			}
			s.sum += *in
			s.n++
			return nil
		})
		if err != nil || sum != 499500 || n != 1000 {
			t.Errorf("%+v: sum %d of %d records, error %v; want 499500 of 1000", opt, sum, n, err)
		}
		if opt.Workers > 0 && workers != opt.Workers {
			t.Errorf("%+v: %d states, want one per worker", opt, workers)
		}
	}
}

// Fold's error is that of the earliest record that fails, in input
// order, even when a later record fails first: the same error Run gives.
func TestFoldErrorIsTheEarliest(t *testing.T) {
	bad, worse := errors.New("refused"), errors.New("refused too")
	for _, chunk := range []int{1, 10, 0} {
		opt := batch.Options{Workers: 3, Chunk: chunk}
		// Record 700 fails at once; record 123 fails after a wait, when
		// the workers have gone on to later records.
		_, _, _, err := fold(t, count(1000), opt, func(s *sumState, in *int) error {
			switch *in {
			case 123:
				time.Sleep(20 * time.Millisecond)
				return bad
			case 700:
				return worse
			}
			return nil
		})
		var be *batch.Error
		if !errors.As(err, &be) || be.Seq != 123 || !errors.Is(err, bad) {
			t.Errorf("chunk %d: got %v, want the error of record 123", chunk, err)
		}
		runErr := batch.Run(context.Background(), count(1000), opt,
			func(_ int, in *int, _ *int) error {
				switch *in {
				case 123:
					return bad
				case 700:
					return worse
				}
				return nil
			},
			func(int, *int, *int) error { return nil })
		if runErr.Error() != err.Error() {
			t.Errorf("chunk %d: Fold's error %q, Run's %q", chunk, err, runErr)
		}
	}
}

// A source's error stops the fold and names its place; the records read
// before it were all folded, each once.
func TestFoldSourceError(t *testing.T) {
	bad := errors.New("unreadable")
	seen := make([]bool, 77)
	_, _, _, err := fold(t, failingAt(1000, 77, bad), batch.Options{Workers: 2, Chunk: 10}, func(s *sumState, in *int) error {
		if seen[*in] {
			return fmt.Errorf("record %d folded twice", *in)
		}
		seen[*in] = true
		return nil
	})
	var be *batch.Error
	if !errors.As(err, &be) || be.Seq != 77 || !errors.Is(err, bad) {
		t.Errorf("got %v, want the source's error at record 77", err)
	}
	for i, ok := range seen {
		if !ok {
			t.Errorf("record %d, before the source's error, was not folded", i)
		}
	}
}

// A caller's cancellation stops the fold and is its error; no states are
// returned.
func TestFoldCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	endless := batch.Values(func(yield func(int) bool) {
		for i := 0; ; i++ {
			if i == 5000 {
				cancel()
			}
			if !yield(i) {
				return
			}
		}
	})
	states, err := batch.Fold(ctx, endless, batch.Options{Workers: 2}, func(s *sumState, in *int) error { s.n++; return nil })
	if !errors.Is(err, context.Canceled) || states != nil {
		t.Errorf("got %d states and %v, want none and context.Canceled", len(states), err)
	}
}

// A fold allocates nothing per record: its parts are made once.
func TestFoldAllocatesNothingPerRecord(t *testing.T) {
	const n = 20000
	run := func() {
		_, _ = batch.Fold(context.Background(), count(n), batch.Options{Workers: 2},
			func(s *sumState, in *int) error { s.sum += *in; return nil })
	}
	if per := testing.AllocsPerRun(3, run) / n; per > 0.01 {
		t.Errorf("%.3f allocations per record, want none", per)
	}
}
