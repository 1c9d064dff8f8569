package main

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// config holds the limits of the server; each is a flag of the command.
type config struct {
	// readHeaderTimeout bounds the arrival of a request's headers, and so
	// how long a connection opened and left silent is kept.
	readHeaderTimeout time.Duration
	// readTimeout bounds the arrival of a whole request, headers and body:
	// a client sending its body a byte at a time is cut off with it.
	readTimeout time.Duration
	// writeTimeout bounds the time from the end of a request's headers to
	// the end of its answer. It exceeds readTimeout, which it includes.
	writeTimeout time.Duration
	// idleTimeout closes a keep-alive connection that sends no new request.
	idleTimeout time.Duration
	// maxHeaderBytes bounds a request's headers (net/http adds 4 KiB).
	maxHeaderBytes int
	// maxBody bounds a request's body.
	maxBody int64
	// maxConns bounds the connections served at once; one more is answered
	// 503 and closed.
	maxConns int
	// shutdownTimeout bounds a graceful shutdown: the requests under way
	// when SIGINT or SIGTERM arrives have that long to finish.
	shutdownTimeout time.Duration
	// batch bounds POST /v1/batch.
	batch batchLimits
}

// defaultConfig returns the limits of the command:
//
//   - 5 s for the headers and 10 s for a whole request: a case is a few
//     hundred bytes, and a client on any working link sends 64 KiB in 10 s;
//   - 20 s to answer, which must exceed the 10 s of reading the request;
//   - 30 s idle, enough for a client to reuse its connection for its next
//     case, short enough that idle connections do not hold the slots;
//   - 16 KiB of headers and, for one case, the bound of a case
//     (maxCaseBytes); a batch has its own bounds (defaultBatchLimits);
//   - 200 connections, below a descriptor limit of 256 with room for the
//     listener, the runtime's own descriptors and the refusals under way
//     (maxRefusing);
//   - 20 s for the requests under way to finish once asked to stop.
func defaultConfig() config {
	return config{
		readHeaderTimeout: 5 * time.Second,
		readTimeout:       10 * time.Second,
		writeTimeout:      20 * time.Second,
		idleTimeout:       30 * time.Second,
		maxHeaderBytes:    16 << 10,
		maxBody:           maxCaseBytes,
		maxConns:          200,
		shutdownTimeout:   20 * time.Second,
		batch:             defaultBatchLimits(),
	}
}

// flags defines a flag for each limit, defaulting to its value in c.
func (c *config) flags(fs *flag.FlagSet) {
	fs.DurationVar(&c.readHeaderTimeout, "read-header-timeout", c.readHeaderTimeout, "time allowed for a request's headers")
	fs.DurationVar(&c.readTimeout, "read-timeout", c.readTimeout, "time allowed for a whole request, headers and body")
	fs.DurationVar(&c.writeTimeout, "write-timeout", c.writeTimeout, "time allowed from the end of a request's headers to the end of its answer")
	fs.DurationVar(&c.idleTimeout, "idle-timeout", c.idleTimeout, "time a keep-alive connection may wait for its next request")
	fs.IntVar(&c.maxHeaderBytes, "max-header-bytes", c.maxHeaderBytes, "largest request headers, in bytes")
	fs.Int64Var(&c.maxBody, "max-body", c.maxBody, "largest request body, in bytes")
	fs.IntVar(&c.maxConns, "max-conns", c.maxConns, "most connections served at once; more are answered 503")
	fs.DurationVar(&c.shutdownTimeout, "shutdown-timeout", c.shutdownTimeout, "time the requests under way have to finish on SIGINT or SIGTERM")
	fs.IntVar(&c.batch.maxCases, "batch-max-cases", c.batch.maxCases, "most cases in one batch")
	fs.Int64Var(&c.batch.maxArrayBytes, "batch-max-bytes", c.batch.maxArrayBytes, "largest JSON array of cases, in bytes")
	fs.Int64Var(&c.batch.maxStreamBytes, "batch-max-stream-bytes", c.batch.maxStreamBytes, "largest NDJSON stream of cases, in bytes")
	fs.DurationVar(&c.batch.timeout, "batch-timeout", c.batch.timeout, "time allowed for a whole batch, reading and answering")
}

// check refuses limits that would leave the server unbounded.
func (c config) check() error {
	if c.readHeaderTimeout <= 0 || c.readTimeout <= 0 || c.writeTimeout <= 0 || c.idleTimeout <= 0 {
		return errors.New("every timeout must be positive")
	}
	if c.writeTimeout <= c.readTimeout {
		return errors.New("the write timeout must exceed the read timeout, which it includes")
	}
	if c.shutdownTimeout <= 0 || c.batch.timeout <= 0 {
		return errors.New("every timeout must be positive")
	}
	if c.maxHeaderBytes <= 0 || c.maxBody <= 0 || c.maxConns <= 0 || c.batch.maxCases <= 0 || c.batch.maxArrayBytes <= 0 || c.batch.maxStreamBytes <= 0 {
		return errors.New("every limit must be positive")
	}
	return nil
}

// server is the HTTP server of the API with its limits.
type server struct {
	http     *http.Server
	maxConns int
}

// newServer returns the server of the API with the limits of cfg. Serve it
// with its serve method, which bounds the connections too.
func newServer(cfg config) *server {
	return &server{
		http: &http.Server{
			Handler:           handler(cfg),
			ReadHeaderTimeout: cfg.readHeaderTimeout,
			ReadTimeout:       cfg.readTimeout,
			WriteTimeout:      cfg.writeTimeout,
			IdleTimeout:       cfg.idleTimeout,
			MaxHeaderBytes:    cfg.maxHeaderBytes,
		},
		maxConns: cfg.maxConns,
	}
}

// serve serves connections from ln, at most maxConns at once, until the
// server is shut down.
func (s *server) serve(ln net.Listener) error {
	return s.http.Serve(newLimitListener(ln, s.maxConns))
}

// Refusals: a connection beyond the bound is answered 503 and closed, by at
// most maxRefusing goroutines at once; beyond those, it is closed
// unanswered. A refusal reads the request's headers (for at most
// refuseLinger), writes the answer, half-closes the connection and reads
// and drops what else the client sends for at most refuseLinger — so that
// the client reads the answer rather than a reset.
const (
	maxRefusing  = 16
	refuseLinger = 500 * time.Millisecond
)

// limitListener accepts every connection, serves at most cap(slots) at
// once, and refuses the others at once with 503. Unlike a listener that
// stops accepting when full, it leaves no client waiting in the kernel's
// queue without an answer, and unlike a server that accepts everything, it
// holds a bounded number of descriptors: at most cap(slots)+maxRefusing.
type limitListener struct {
	net.Listener
	slots    chan struct{}
	refusing chan struct{}
	refusal  []byte
}

func newLimitListener(ln net.Listener, n int) *limitListener {
	var body bytes.Buffer
	writeJSON(&body, map[string]errorJSON{"error": {Code: "overloaded",
		Message: "服务器连接已满，请稍后重试 · the server is serving as many connections as it takes; try again shortly"}})
	var head bytes.Buffer
	head.WriteString("HTTP/1.1 503 Service Unavailable\r\n")
	head.WriteString("Content-Type: application/json; charset=utf-8\r\n")
	head.WriteString("Retry-After: 1\r\nConnection: close\r\n")
	head.WriteString("Content-Length: " + strconv.Itoa(body.Len()) + "\r\n\r\n")
	return &limitListener{
		Listener: ln,
		slots:    make(chan struct{}, n),
		refusing: make(chan struct{}, maxRefusing),
		refusal:  append(head.Bytes(), body.Bytes()...),
	}
}

// Accept returns the next connection there is a slot for.
func (l *limitListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		select {
		case l.slots <- struct{}{}:
			return &limitConn{Conn: c, release: func() { <-l.slots }}, nil
		default:
		}
		select {
		case l.refusing <- struct{}{}:
			go l.refuse(c)
		default:
			c.Close()
		}
	}
}

func (l *limitListener) refuse(c net.Conn) {
	defer func() {
		c.Close()
		<-l.refusing
	}()
	// Read the request's headers first: a client answered before it has
	// sent its request (net/http's among them) takes the answer for a
	// broken connection.
	_ = c.SetDeadline(time.Now().Add(refuseLinger))
	readHead(c)
	_ = c.SetWriteDeadline(time.Now().Add(refuseLinger))
	if _, err := c.Write(l.refusal); err != nil {
		return
	}
	if cw, ok := c.(interface{ CloseWrite() error }); ok {
		_ = cw.CloseWrite()
	}
	_ = c.SetReadDeadline(time.Now().Add(refuseLinger))
	_, _ = io.Copy(io.Discard, io.LimitReader(c, 1<<16))
}

// readHead reads from c up to the end of a request's headers, an error, or
// 16 KiB.
func readHead(c net.Conn) {
	var buf [1024]byte
	var tail []byte
	for n := 0; n < 16<<10; {
		k, err := c.Read(buf[:])
		n += k
		tail = append(tail, buf[:k]...)
		if bytes.Contains(tail, []byte("\r\n\r\n")) || err != nil {
			return
		}
		if len(tail) > 3 {
			tail = tail[len(tail)-3:]
		}
	}
}

// limitConn gives its slot back when it is closed.
type limitConn struct {
	net.Conn
	once    sync.Once
	release func()
}

func (c *limitConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(c.release)
	return err
}
