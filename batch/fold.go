package batch

import (
	"context"
	"iter"
	"math"
	"sync"
	"sync/atomic"
)

// Fold evaluates every record of src on a bounded pool of workers, as Run
// does, but keeps no order: each worker folds the records it takes into a
// state of its own, and Fold returns the workers' states for the caller
// to combine. A state holds what a worker accumulates (a [Totals], merged
// afterwards with [Totals.Merge]) and whatever storage work reuses from
// one record to the next (a screening). No result passes through one
// goroutine and no ring of results is kept: aggregates over a stream cost
// the evaluation and the adding, and nothing per record beyond what work
// allocates.
//
// Each worker's state starts as S's zero value. work is called with the
// state of the worker that took the record, and never for one state from
// two goroutines at once. The records are read from src on the goroutine
// that called Fold.
//
// Fold stops at an error from src or work, or when ctx is done. Its error
// is the one Run would give for the same records: that of the earliest
// record, in input order, whose read or work failed, however the workers
// were scheduled, as an [*Error] naming its place; every record before it
// has been evaluated. On an error no states are returned: they would hold
// some records and not others.
func Fold[In, S any](ctx context.Context, src iter.Seq2[In, error], opt Options, work func(s *S, in *In) error) ([]S, error) {
	workers, ahead, chunk := opt.sizes()
	type part struct {
		seq, n int
		in     []In
	}
	parts := make([]part, ahead)
	free := make(chan int, ahead) // parts ready for records
	jobs := make(chan int, ahead) // parts holding records to evaluate
	for i := range parts {
		parts[i].in = make([]In, chunk)
		free <- i
	}
	var f failure
	f.at.Store(math.MaxInt64)
	states := make([]*padded[S], workers)
	var wg sync.WaitGroup
	for w := range workers {
		p := new(padded[S]) // apart from the others': each worker writes its own
		states[w] = p
		s := &p.s
		wg.Go(func() {
			for i := range jobs {
				p := &parts[i]
				// A part after a failing record is not needed; one before it
				// may hold an earlier failure, and is evaluated.
				if ctx.Err() == nil && int64(p.seq) < f.at.Load() {
					for k := range p.n {
						if err := work(s, &p.in[k]); err != nil {
							f.set(p.seq+k, err)
							break
						}
					}
				}
				free <- i
			}
		})
	}

	seq, i := 0, -1 // the part being filled, -1 for none
read:
	for in, err := range src {
		if err != nil {
			f.set(seq, err)
			break
		}
		if f.failed() {
			break // every record before the failing one has been read
		}
		if i < 0 {
			select {
			case i = <-free:
			case <-ctx.Done():
				break read
			}
			parts[i].seq, parts[i].n = seq, 0
		}
		p := &parts[i]
		p.in[p.n] = in
		p.n++
		seq++
		if p.n == chunk {
			jobs <- i
			i = -1
		}
	}
	if i >= 0 {
		jobs <- i // the last part, and what was read before an error
	}
	close(jobs)
	wg.Wait()

	if f.err != nil {
		return nil, &Error{Seq: f.seq, Err: f.err}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out := make([]S, workers)
	for w, p := range states {
		out[w] = p.s
	}
	return out, nil
}

// padded is a worker's state with a cache line's room either side: two
// states allocated one after the other never share a line, which each
// worker's writes would take from the other's core (false sharing).
type padded[S any] struct {
	_ [cacheLine]byte
	s S
	_ [cacheLine]byte
}

// cacheLine is the size of a cache line on the machines Go runs on, or
// more (amd64 and arm64 have 64 bytes; some arm64 cores fetch 128).
const cacheLine = 128

// failure is the earliest failing record Fold has seen.
type failure struct {
	at  atomic.Int64 // its place, math.MaxInt64 for none
	mu  sync.Mutex
	seq int
	err error
}

// set records the error of record seq, if it is the earliest yet.
func (f *failure) set(seq int, err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err == nil || seq < f.seq {
		f.seq, f.err = seq, err
		f.at.Store(int64(seq))
	}
}

func (f *failure) failed() bool { return f.at.Load() != math.MaxInt64 }
