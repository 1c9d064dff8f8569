package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"
)

// start serves the API with cfg on a loopback port and returns its address.
func start(t testing.TB, cfg config) string {
	t.Helper()
	if err := cfg.check(); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := newServer(cfg)
	s.http.ErrorLog = nil
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = s.serve(ln)
	}()
	t.Cleanup(func() {
		_ = s.http.Close()
		<-done
	})
	return ln.Addr().String()
}

// testConfig has limits small enough for tests; each test lowers the one
// it tries.
func testConfig() config {
	c := defaultConfig()
	c.readHeaderTimeout = 5 * time.Second
	c.readTimeout = 5 * time.Second
	c.writeTimeout = 6 * time.Second
	c.idleTimeout = 5 * time.Second
	return c
}

func dial(t *testing.T, addr string) net.Conn {
	t.Helper()
	c, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// closedWithin waits for the server to close c, reading and dropping what
// it sends, and fails if it has not after d. It returns what was read.
func closedWithin(t *testing.T, c net.Conn, d time.Duration) string {
	t.Helper()
	_ = c.SetReadDeadline(time.Now().Add(d))
	var got strings.Builder
	_, err := io.Copy(&got, c)
	if errors.Is(err, os.ErrDeadlineExceeded) {
		t.Fatalf("the connection is still open after %v; read %q", d, got.String())
	}
	return got.String()
}

// The issue: 200 clients sending one body byte a second were all still
// open after 40 s. The read timeout cuts a slow body off.
func TestSlowBodyIsCutOff(t *testing.T) {
	t.Parallel() // waits on timeouts: overlap them
	cfg := testConfig()
	cfg.readTimeout = 300 * time.Millisecond
	cfg.writeTimeout = time.Second
	addr := start(t, cfg)
	c := dial(t, addr)
	fmt.Fprintf(c, "POST /v1/eval HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n", len(movingFee))
	stop := make(chan struct{})
	defer close(stop)
	go func() { // a byte every 50 ms: the body would take 6 s
		for i := 0; i < len(movingFee); i++ {
			select {
			case <-stop:
				return
			case <-time.After(50 * time.Millisecond):
			}
			if _, err := c.Write([]byte{movingFee[i]}); err != nil {
				return
			}
		}
	}()
	t0 := time.Now()
	got := closedWithin(t, c, 2*time.Second)
	if !strings.HasPrefix(got, "HTTP/1.1 408 ") || !strings.Contains(got, `"code": "timeout"`) {
		t.Errorf("answer %q, want 408 with code timeout", got)
	}
	if el := time.Since(t0); el < cfg.readTimeout-50*time.Millisecond {
		t.Errorf("cut off after %v, before the read timeout of %v", el, cfg.readTimeout)
	}
}

// A connection opened and left silent is closed by the header timeout.
func TestSilentConnectionIsClosed(t *testing.T) {
	t.Parallel() // waits on timeouts: overlap them
	cfg := testConfig()
	cfg.readHeaderTimeout = 200 * time.Millisecond
	c := dial(t, start(t, cfg))
	fmt.Fprint(c, "GET /v1/rules HTTP/1.1\r\n")
	closedWithin(t, c, 2*time.Second)
}

// The issue: idle keep-alives stayed forever. The idle timeout closes them.
func TestIdleKeepAliveIsClosed(t *testing.T) {
	cfg := testConfig()
	cfg.idleTimeout = 200 * time.Millisecond
	c := dial(t, start(t, cfg))
	fmt.Fprint(c, "GET /v1/rules/expropriation.moving.fee HTTP/1.1\r\nHost: x\r\n\r\n")
	br := bufio.NewReader(c)
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.Close {
		t.Fatalf("status %d, close %v: want a kept-alive 200", resp.StatusCode, resp.Close)
	}
	t0 := time.Now()
	_ = c.SetReadDeadline(time.Now().Add(2 * time.Second))
	if _, err := br.ReadByte(); err != io.EOF {
		t.Fatalf("after %v idle: %v, want the server to have closed the connection", time.Since(t0), err)
	}
}

// The issue: with 256 descriptors, 300 slow clients starved the server.
// Connections beyond the bound are answered 503 at once and closed; the
// server serves again as soon as a slot is free.
func TestConnectionsAreBounded(t *testing.T) {
	cfg := testConfig()
	cfg.maxConns = 3
	addr := start(t, cfg)
	var held []net.Conn
	for range cfg.maxConns {
		c := dial(t, addr)
		fmt.Fprint(c, "GET /v1/rules HTTP/1.1\r\n") // and no more: the slot is held
		held = append(held, c)
	}
	// The server accepts in order: the held connections have the slots,
	// and each further one is answered 503 and closed.
	for i := range 2 * maxRefusing {
		c := dial(t, addr)
		fmt.Fprint(c, "GET /v1/rules HTTP/1.1\r\nHost: x\r\n\r\n")
		got := closedWithin(t, c, 2*time.Second)
		c.Close()
		resp, err := http.ReadResponse(bufio.NewReader(strings.NewReader(got)), nil)
		if err != nil {
			t.Fatalf("connection %d: %v: %q", i, err, got)
		}
		raw, _ := io.ReadAll(resp.Body)
		e := checkError(t, resp.StatusCode, resp.Header, raw)
		if resp.StatusCode != 503 || e["code"] != "overloaded" || resp.Header.Get("Retry-After") == "" {
			t.Fatalf("connection %d: %d %v, want 503 overloaded with Retry-After", i, resp.StatusCode, e)
		}
	}
	// A client that sends its request before reading gets the answer too.
	resp, err := http.Get("http://" + addr + "/v1/rules")
	if err != nil {
		t.Fatalf("full: %v, want 503", err)
	}
	resp.Body.Close()
	if resp.StatusCode != 503 {
		t.Errorf("full: status %d, want 503", resp.StatusCode)
	}
	// Free a slot: the server serves again.
	held[0].Close()
	deadline := time.Now().Add(2 * time.Second)
	for {
		resp, err := http.Get("http://" + addr + "/v1/rules/expropriation.moving.fee")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("a slot was freed, yet no request is served: %v", err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// The case at a small scale: more slow clients than the bound. Each
// is answered — 503 at once beyond the bound, 408 at the read timeout
// within it — and closed, and the server then serves.
func TestSlowClientsDoNotStarve(t *testing.T) {
	t.Parallel() // waits on timeouts: overlap them
	cfg := testConfig()
	cfg.maxConns = 4
	cfg.readTimeout = 300 * time.Millisecond
	cfg.writeTimeout = time.Second
	addr := start(t, cfg)
	const clients = 12
	answers := make(chan string, clients)
	for range clients {
		c := dial(t, addr)
		fmt.Fprintf(c, "POST /v1/eval HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n{", len(movingFee))
		go func() {
			_ = c.SetReadDeadline(time.Now().Add(2 * time.Second))
			var got strings.Builder
			_, err := io.Copy(&got, c)
			if errors.Is(err, os.ErrDeadlineExceeded) {
				answers <- "still open"
				return
			}
			answers <- got.String()
		}()
	}
	counts := map[string]int{}
	for range clients {
		got := <-answers
		status, _, _ := strings.Cut(strings.TrimPrefix(got, "HTTP/1.1 "), " ")
		counts[status]++
	}
	if counts["408"] != cfg.maxConns || counts["503"] != clients-cfg.maxConns {
		t.Errorf("answers %v, want %d of 408 and %d of 503", counts, cfg.maxConns, clients-cfg.maxConns)
	}
	resp, err := http.Get("http://" + addr + "/v1/rules/expropriation.moving.fee")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("after the slow clients: status %d", resp.StatusCode)
	}
}

func TestConfig(t *testing.T) {
	if err := defaultConfig().check(); err != nil {
		t.Errorf("the defaults: %v", err)
	}
	c := defaultConfig()
	c.writeTimeout = c.readTimeout
	if c.check() == nil {
		t.Error("a write timeout within the read timeout passed")
	}
	c = defaultConfig()
	c.idleTimeout = 0
	if c.check() == nil {
		t.Error("no idle timeout passed")
	}
	var out strings.Builder
	if code := run([]string{"-max-conns", "0"}, &out); code != 2 {
		t.Errorf("-max-conns 0: exit %d, want 2", code)
	}
	if code := run([]string{"-addr", "127.0.0.1:0", "extra"}, &out); code != 2 {
		t.Errorf("an extra argument: exit %d, want 2", code)
	}
}
