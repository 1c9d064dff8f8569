package main

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
)

// FuzzBatch: any input, as JSON Lines or CSV, gives one line of output per
// record and never stops the batch or panics.
func FuzzBatch(f *testing.F) {
	// the first three cases of the samples: an assessment in a seed would
	// make each execution cost milliseconds
	f.Add([]byte(firstLines(readFileF(f, "testdata/sample.jsonl"), 3)), false)
	f.Add([]byte(firstLines(readFileF(f, "testdata/sample.csv"), 4)), true)
	f.Add([]byte("{\"rule\": \"expropriation.moving.fee\"\n\n[1]\n\xff\n"), false)
	f.Add([]byte("rule,date,inputs\n\"a,b\n,,\n"), true)
	f.Fuzz(func(t *testing.T, in []byte, csv bool) {
		s := newSplitter(bytes.NewReader(in), 1<<10, csv)
		b := &batch{src: s, workers: 2, window: 4, format: jsonLine}
		if csv {
			h, err := readHeader(s)
			if err != nil || h == nil {
				return // a header that is not one stops the command before any case
			}
			b.header = h
		}
		n := 0
		err := b.run(context.Background(), func(o outcome, line []byte) error {
			n++
			if o.rec.seq != n-1 || !bytes.HasSuffix(line, []byte("}\n")) || bytes.Count(line, []byte("\n")) != 1 {
				t.Fatalf("output %d: record %d, %q", n, o.rec.seq, line)
			}
			if (o.answer == nil) == (o.err == nil) {
				t.Fatalf("record %d: neither or both of an answer and an error", o.rec.seq)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if !csv && n > strings.Count(string(in), "\n")+1 {
			t.Fatalf("%d outputs for %d lines", n, strings.Count(string(in), "\n")+1)
		}
	})
}

func readFileF(f *testing.F, name string) string {
	f.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		f.Fatal(err)
	}
	return string(b)
}

func firstLines(s string, n int) string {
	lines := strings.SplitAfter(s, "\n")
	return strings.Join(lines[:min(n, len(lines))], "")
}
