package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// loadCases are worked cases the server answers (not errors), up to three
// of each rule, as request bodies.
func loadCases(t testing.TB) []string {
	t.Helper()
	var bodies []string
	per := map[string]int{}
	for _, c := range workedCases(t) {
		if c.Err != nil || c.Members != nil || per[c.Rule] == 3 {
			continue
		}
		per[c.Rule]++
		bodies = append(bodies, caseBody(t, c, ""))
	}
	return bodies
}

// loadClient keeps a connection per worker alive, as a calling service
// would.
func loadClient(workers int) *http.Client {
	return &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: workers, MaxConnsPerHost: workers}, Timeout: 10 * time.Second}
}

func evalOnce(client *http.Client, url, body string) (int, []byte, error) {
	resp, err := client.Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	return resp.StatusCode, raw, err
}

// TestLoad serves a loopback server with its real limits to several
// clients at once for a bounded time, and reports throughput and latency.
// Every answer under concurrency is the same bytes as the answer to the
// same case sent alone, and a batch of the same cases, evaluated on every
// core, gives the same results in the order sent.
func TestLoad(t *testing.T) {
	addr := start(t, defaultConfig())
	url := "http://" + addr + "/v1/eval"
	bodies := loadCases(t)
	if len(bodies) < 150 {
		t.Fatalf("only %d cases", len(bodies))
	}
	const workers = 8
	client := loadClient(workers)
	want := make([][]byte, len(bodies))
	for i, b := range bodies {
		status, raw, err := evalOnce(client, url, b)
		if err != nil || status != 200 {
			t.Fatalf("case %d alone: %d %v %s", i, status, err, raw)
		}
		want[i] = raw
	}

	duration := 2 * time.Second
	if testing.Short() {
		duration = 500 * time.Millisecond
	}
	var mu sync.Mutex
	var latencies []time.Duration
	var mismatches, failures int
	var wg sync.WaitGroup
	start := time.Now()
	stop := start.Add(duration)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			bad, failed := 0, 0
			for i := w * 37; time.Now().Before(stop); i++ {
				k := i % len(bodies)
				t0 := time.Now()
				status, raw, err := evalOnce(client, url, bodies[k])
				mine = append(mine, time.Since(t0))
				switch {
				case err != nil || status != 200:
					failed++
				case !bytes.Equal(raw, want[k]):
					bad++
				}
			}
			mu.Lock()
			latencies = append(latencies, mine...)
			mismatches += bad
			failures += failed
			mu.Unlock()
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	if len(latencies) == 0 {
		t.Fatal("no request completed")
	}
	slices.Sort(latencies)
	p50 := latencies[len(latencies)/2]
	p99 := latencies[(len(latencies)*99)/100]
	t.Logf("%d requests from %d clients in %v: %.0f requests/s, p50 %v, p99 %v",
		len(latencies), workers, elapsed.Round(time.Millisecond), float64(len(latencies))/elapsed.Seconds(), p50, p99)
	if failures > 0 || mismatches > 0 {
		t.Errorf("%d requests failed and %d answers differ from the answer to the same case alone", failures, mismatches)
	}

	// A batch of every case, four times over, on the shared pool.
	var nd strings.Builder
	for range 4 {
		for _, b := range bodies {
			nd.WriteString(b + "\n")
		}
	}
	resp, err := client.Post("http://"+addr+"/v1/batch", "application/x-ndjson", strings.NewReader(nd.String()))
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	lines := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
	if resp.StatusCode != 200 || len(lines) != 4*len(bodies) {
		t.Fatalf("batch: %d, %d lines for %d cases", resp.StatusCode, len(lines), 4*len(bodies))
	}
	for i, line := range lines {
		var it struct {
			Index  int
			Result json.RawMessage
		}
		if err := json.Unmarshal([]byte(line), &it); err != nil || it.Index != i {
			t.Fatalf("line %d: index %d, %v", i, it.Index, err)
		}
		var alone bytes.Buffer
		_ = json.Compact(&alone, want[i%len(bodies)])
		if !bytes.Equal(it.Result, alone.Bytes()) {
			t.Fatalf("line %d: the batch's result differs from the case's alone", i)
		}
	}
}

// BenchmarkEval measures POST /v1/eval on loopback with parallel clients;
// it reports requests/s and p99 latency.
func BenchmarkEval(b *testing.B) {
	addr := start(b, defaultConfig())
	url := "http://" + addr + "/v1/eval"
	bodies := loadCases(b)
	client := loadClient(64)
	var mu sync.Mutex
	var latencies []time.Duration
	b.ResetTimer()
	t0 := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		var mine []time.Duration
		for i := 0; pb.Next(); i++ {
			s := time.Now()
			status, _, err := evalOnce(client, url, bodies[i%len(bodies)])
			if err != nil || status != 200 {
				b.Errorf("%d %v", status, err)
				return
			}
			mine = append(mine, time.Since(s))
		}
		mu.Lock()
		latencies = append(latencies, mine...)
		mu.Unlock()
	})
	el := time.Since(t0)
	if len(latencies) > 0 {
		slices.Sort(latencies)
		b.ReportMetric(float64(len(latencies))/el.Seconds(), "req/s")
		b.ReportMetric(float64(latencies[(len(latencies)*99)/100].Microseconds())/1000, "p99-ms")
	}
}
