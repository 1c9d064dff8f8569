package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/wzpolicy/wzpolicy/rules"
)

func TestNegotiate(t *testing.T) {
	for _, c := range []struct {
		header string
		want   rules.Lang
	}{
		{"", rules.Chinese}, // the documents' language by default
		{"en", rules.English},
		{"EN-gb", rules.English},
		{"zh-CN,zh;q=0.9,en;q=0.8", rules.Chinese},
		{"en-US,en;q=0.9,zh;q=0.8", rules.English},
		{"en;q=0.5, zh;q=0.6", rules.Chinese},
		{"zh;q=0.5, en;q=0.6", rules.English},
		{"en;q=0.8, zh;q=0.8", rules.English}, // a tie: the first listed
		{"zh;q=0.8, en;q=0.8", rules.Chinese},
		{"fr, de;q=0.9", rules.Chinese},
		{"fr, en;q=0.1", rules.English},
		{"*", rules.Chinese},
		{"zh;q=0, *", rules.English}, // Chinese refused; any other
		{"zh;q=0", rules.English},
		{"en;q=0", rules.Chinese},
		{"en;q=0, zh;q=0", rules.Chinese},     // nothing acceptable: the default
		{"en;q=abc, zh;q=0.1", rules.Chinese}, // an entry that does not parse is ignored
		{"en;q=1.5, zh;q=0.1", rules.Chinese},
		{"en-US;q=0.3, en;q=0.9, zh;q=0.5", rules.English}, // a language's best q-value
		{"zh-Hant-TW;q=0.2,en;q=0.1", rules.Chinese},
	} {
		if got := negotiate([]string{c.header}); got != c.want {
			t.Errorf("Accept-Language %q: %s, want %s", c.header, langName(got), langName(c.want))
		}
	}
	if got := negotiate([]string{"fr", "en;q=0.5"}); got != rules.English {
		t.Errorf("two headers: %s, want en", langName(got))
	}
}

// Messages follow Accept-Language, and a case's own lang over it.
func TestMessagesInTheLanguageAsked(t *testing.T) {
	srv := httptest.NewServer(handler(defaultConfig()))
	defer srv.Close()
	const bad = `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "瑞安市", "use": "住宅用房", "area": 90}%s}`
	for _, c := range []struct{ accept, lang, want, contentLang string }{
		{"", "", "district：“瑞安市”不是以下之一", "zh"},
		{"en-GB,en;q=0.9", "", `district: "瑞安市" is not one of`, "en"},
		{"zh-CN", "", "district：“瑞安市”不是以下之一", "zh"},
		{"en", `, "lang": "zh"`, "district：“瑞安市”不是以下之一", "zh"},
		{"zh", `, "lang": "en"`, `district: "瑞安市" is not one of`, "en"},
	} {
		status, header, raw := post(t, srv.URL+"/v1/eval", "application/json", fmt.Sprintf(bad, c.lang), "Accept-Language", c.accept)
		e := checkError(t, status, header, raw)
		if status != 422 || !strings.HasPrefix(e["message"].(string), c.want) || header.Get("Content-Language") != c.contentLang ||
			!strings.HasPrefix(header.Get("Wzpolicy-Book-Hash"), "sha256:") {
			t.Errorf("Accept-Language %q, lang %q: %d %v %s, want %q", c.accept, c.lang, status, e["message"], header.Get("Content-Language"), c.want)
		}
	}
	// The server's own errors too.
	req, _ := http.NewRequest("GET", srv.URL+"/nothing", nil)
	req.Header.Set("Accept-Language", "en")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if e := checkError(t, resp.StatusCode, resp.Header, raw); !strings.HasPrefix(e["message"].(string), "no such path") {
		t.Errorf("404 in English: %v", e)
	}
	resp, err = http.Get(srv.URL + "/nothing")
	if err != nil {
		t.Fatal(err)
	}
	raw, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if e := checkError(t, resp.StatusCode, resp.Header, raw); !strings.HasPrefix(e["message"].(string), "没有路径") {
		t.Errorf("404 in Chinese: %v", e)
	}
}

// Every evaluation names the book that answered; /healthz lists every
// book's hash, the same.
func TestBookHash(t *testing.T) {
	srv := httptest.NewServer(handler(defaultConfig()))
	defer srv.Close()
	var health struct {
		Status string
		Books  map[string]string
	}
	if err := json.Unmarshal(get(t, srv.URL+"/healthz"), &health); err != nil || health.Status != "ok" || len(health.Books) != 7 {
		t.Fatalf("/healthz: %v %v", health, err)
	}
	status, header, raw := post(t, srv.URL+"/v1/eval", "application/json", movingFee)
	var res struct{ Receipt struct{ Book string } }
	_ = json.Unmarshal(raw, &res)
	if status != 200 || header.Get("Wzpolicy-Book-Hash") != health.Books["expropriation"] || res.Receipt.Book != health.Books["expropriation"] {
		t.Errorf("hash %q, receipt %q, /healthz %q", header.Get("Wzpolicy-Book-Hash"), res.Receipt.Book, health.Books["expropriation"])
	}
}

// batchItems reads a batch's answer: a JSON array, or NDJSON.
func batchItems(t *testing.T, ct string, raw []byte) []map[string]any {
	t.Helper()
	var items []map[string]any
	if strings.HasPrefix(ct, "application/json") {
		if err := json.Unmarshal(raw, &items); err != nil {
			t.Fatalf("not a JSON array: %v\n%s", err, raw)
		}
		return items
	}
	if !strings.HasPrefix(ct, "application/x-ndjson") {
		t.Fatalf("Content-Type %q", ct)
	}
	for _, line := range strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n") {
		var it map[string]any
		if err := json.Unmarshal([]byte(line), &it); err != nil {
			t.Fatalf("a line not JSON: %v: %q", err, line)
		}
		items = append(items, it)
	}
	return items
}

// A batch answers each case in the order sent, a bad case with its own
// error; the others go on. The moving fee of 鹿城区 住宅用房: 温政发〔2022〕8号
// 附件1 按15元/平方米计算, 15 × 90 = 1,350 元 (the worked case of
// expropriation/testdata/expropriation.moving.fee.yaml).
func TestBatch(t *testing.T) {
	srv := httptest.NewServer(handler(defaultConfig()))
	defer srv.Close()
	s := loadSpec(t, srv.URL)
	unknown := `{"rule": "welfare.nothing", "date": "2022-06-01"}`
	english := strings.Replace(movingFee, `"inputs"`, `"lang": "en", "inputs"`, 1)
	badInput := `{"rule": "expropriation.moving.fee", "date": "2022-06-01", "inputs": {"district": "瑞安市", "use": "住宅用房", "area": 90}}`
	for _, c := range []struct {
		name, ct, body string
		codes          []string // "" for a result
	}{
		{"array", "application/json", "[" + movingFee + "," + unknown + "," + english + "," + badInput + "]",
			[]string{"", "unknown_rule", "", "invalid_input"}},
		{"empty array", "application/json", "[]", nil},
		{"ndjson", "application/x-ndjson", movingFee + "\n" + unknown + "\r\n\n{bad\n" + english + "\n" + badInput,
			[]string{"", "unknown_rule", "bad_request", "bad_request", "", "invalid_input"}},
		{"a line too long", "application/x-ndjson", movingFee + "\n" + `{"rule": "` + strings.Repeat("x", maxCaseBytes) + `"}` + "\n" + movingFee + "\n",
			[]string{"", "body_too_large", ""}},
	} {
		t.Run(c.name, func(t *testing.T) {
			status, header, raw := post(t, srv.URL+"/v1/batch", c.ct, c.body, "Accept-Language", "en")
			if status != 200 {
				t.Fatalf("status %d: %s", status, raw)
			}
			if !strings.Contains(header.Get("Wzpolicy-Book-Hash"), "expropriation=sha256:") {
				t.Errorf("Wzpolicy-Book-Hash %q", header.Get("Wzpolicy-Book-Hash"))
			}
			items := batchItems(t, header.Get("Content-Type"), raw)
			if len(items) != len(c.codes) {
				t.Fatalf("%d items, want %d: %s", len(items), len(c.codes), raw)
			}
			for i, it := range items {
				b, _ := json.Marshal(it)
				if err := s.check(t, "BatchItem", b); err != nil {
					t.Errorf("item %d: %v", i, err)
				}
				if it["index"] != float64(i) {
					t.Errorf("item %d: index %v", i, it["index"])
				}
				if c.codes[i] == "" {
					res, _ := it["result"].(map[string]any)
					if res["value"] != "1350" {
						t.Errorf("item %d: %v, want the moving fee of 1350", i, it)
					}
					continue
				}
				e, _ := it["error"].(map[string]any)
				if e["code"] != c.codes[i] {
					t.Errorf("item %d: %v, want %s", i, it, c.codes[i])
				}
			}
		})
	}
	// The whole batch refused.
	for _, c := range []struct {
		name, ct, body string
		status         int
		code           string
	}{
		{"not an array", "application/json", movingFee, 400, "bad_request"},
		{"an array cut short", "application/json", "[" + movingFee + ",", 400, "bad_request"},
		{"more after the array", "application/json", "[]{}", 400, "bad_request"},
		{"text/plain", "text/plain", movingFee, 415, "unsupported_media_type"},
	} {
		status, header, raw := post(t, srv.URL+"/v1/batch", c.ct, c.body)
		if e := checkError(t, status, header, raw); status != c.status || e["code"] != c.code {
			t.Errorf("%s: %d %v, want %d %s", c.name, status, e, c.status, c.code)
		}
	}
}

// The bounds of a batch: over maxCases, a JSON array is refused whole and
// an NDJSON stream answers the cases within the bound, then says why it
// stopped.
func TestBatchBounds(t *testing.T) {
	cfg := defaultConfig()
	cfg.batch.maxCases = 3
	cfg.batch.maxArrayBytes = 4 << 10
	srv := httptest.NewServer(handler(cfg))
	defer srv.Close()
	five := strings.Repeat(movingFee+"\n", 5)
	status, header, raw := post(t, srv.URL+"/v1/batch", "application/json", "["+strings.Join(strings.Split(strings.TrimSpace(five), "\n"), ",")+"]")
	if e := checkError(t, status, header, raw); status != 413 || e["code"] != "too_many_cases" {
		t.Errorf("an array of 5: %d %v", status, e)
	}
	status, header, raw = post(t, srv.URL+"/v1/batch", "application/json", "["+strings.Repeat(" ", 5<<10)+"]")
	if e := checkError(t, status, header, raw); status != 413 || e["code"] != "body_too_large" {
		t.Errorf("an array over 4 KiB: %d %v", status, e)
	}
	status, header, raw = post(t, srv.URL+"/v1/batch", "application/x-ndjson", five)
	items := batchItems(t, header.Get("Content-Type"), raw)
	if status != 200 || len(items) != 4 || items[3]["error"].(map[string]any)["code"] != "too_many_cases" {
		t.Errorf("a stream of 5: %d %v", status, items)
	}
}

// An NDJSON batch is answered as it arrives: the answer to the first case
// comes back before the second case is sent.
func TestBatchStreams(t *testing.T) {
	srv := httptest.NewServer(handler(defaultConfig()))
	defer srv.Close()
	pr, pw := io.Pipe()
	req, _ := http.NewRequest("POST", srv.URL+"/v1/batch", pr)
	req.Header.Set("Content-Type", "application/x-ndjson")
	type answer struct {
		resp *http.Response
		err  error
	}
	answers := make(chan answer, 1)
	go func() {
		resp, err := http.DefaultClient.Do(req)
		answers <- answer{resp, err}
	}()
	if _, err := io.WriteString(pw, movingFee+"\n"); err != nil {
		t.Fatal(err)
	}
	var a answer
	select {
	case a = <-answers:
	case <-time.After(5 * time.Second):
		t.Fatal("no answer while the stream is open")
	}
	if a.err != nil {
		t.Fatal(a.err)
	}
	defer a.resp.Body.Close()
	lines := bufio.NewReader(a.resp.Body)
	got := make(chan string, 1)
	go func() {
		line, _ := lines.ReadString('\n')
		got <- line
	}()
	select {
	case line := <-got:
		if !strings.HasPrefix(line, `{"index":0,"result":{"rule":"expropriation.moving.fee"`) {
			t.Fatalf("first line %q", line)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the first case is not answered before the second is sent")
	}
	_, _ = io.WriteString(pw, `{"rule": "x", "date": "2022-06-01"}`+"\n")
	pw.Close()
	rest, _ := io.ReadAll(lines)
	if !strings.HasPrefix(string(rest), `{"index":1,"error":{"code":"unknown_rule"`) {
		t.Errorf("second line %q", rest)
	}
}

// On SIGTERM the server stops taking connections, finishes the request
// under way and run returns 0.
func TestGracefulShutdown(t *testing.T) {
	pr, pw := io.Pipe()
	exit := make(chan int, 1)
	go func() {
		exit <- run([]string{"-addr", "127.0.0.1:0", "-shutdown-timeout", "5s"}, pw)
		pw.Close()
	}()
	out := bufio.NewReader(pr)
	line, err := out.ReadString('\n')
	if err != nil {
		t.Fatal(err)
	}
	addr, ok := strings.CutPrefix(strings.TrimSpace(line), "wzhttp: listening on ")
	if !ok {
		t.Fatalf("first line %q", line)
	}
	rest := make(chan string, 1)
	go func() {
		b, _ := io.ReadAll(out)
		rest <- string(b)
	}()
	// A request under way: its headers and half its body sent.
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	half := len(movingFee) / 2
	fmt.Fprintf(c, "POST /v1/eval HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s", len(movingFee), movingFee[:half])
	time.Sleep(100 * time.Millisecond) // let the server read the headers
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	// New connections are refused once the listener is closed.
	deadline := time.Now().Add(3 * time.Second)
	for {
		d, err := net.DialTimeout("tcp", addr, 200*time.Millisecond)
		if err != nil {
			break
		}
		d.Close()
		if time.Now().After(deadline) {
			t.Fatal("still accepting connections after SIGTERM")
		}
		time.Sleep(20 * time.Millisecond)
	}
	select {
	case code := <-exit:
		t.Fatalf("run returned %d with a request under way", code)
	default:
	}
	fmt.Fprint(c, movingFee[half:])
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatalf("the request under way was not answered: %v", err)
	}
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || !bytes.Contains(body, []byte(`"value": "1350"`)) {
		t.Errorf("the request under way: %d %s", resp.StatusCode, body)
	}
	select {
	case code := <-exit:
		if code != 0 {
			t.Errorf("exit %d", code)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("run did not return after the last request")
	}
	if r := <-rest; !strings.Contains(r, "wzhttp: stopped") {
		t.Errorf("stderr %q", r)
	}
}

// A request still under way at the end of the grace period is cut off;
// serveUntil returns all the same.
func TestShutdownDeadline(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serveUntil(ctx, newServer(testConfig()), ln, 200*time.Millisecond) }()
	c := dial(t, ln.Addr().String())
	fmt.Fprintf(c, "POST /v1/eval HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n{", len(movingFee))
	time.Sleep(100 * time.Millisecond)
	t0 := time.Now()
	cancel()
	select {
	case <-done:
		if el := time.Since(t0); el < 150*time.Millisecond {
			t.Errorf("returned after %v, before the grace period", el)
		}
	case <-time.After(3 * time.Second):
		t.Fatal("serveUntil did not return after its grace period")
	}
	closedWithin(t, c, time.Second)
}

// The group of 附则2 on its own path: a rent of 480 waived in full beats a
// family of 2's workers' subsidy of 300 (welfare.group.housing.yaml, the
// first case: 三、11 and 八、27, 就高执行). Each path takes its own kind of
// case only.
func TestEndpointsTakeTheirKind(t *testing.T) {
	srv := httptest.NewServer(handler(defaultConfig()))
	defer srv.Close()
	group := `{"group": "welfare.group.housing", "date": "2023-06-01", "inputs": {
		"welfare.housing.rent_subsidy": {"hukou": "瑞安市", "household_status": "低边", "owns_home": false, "public_rental": true, "public_rent": 480},
		"welfare.housing.sanitation_worker_subsidy": {"hukou": "瑞安市", "occupation": "公交", "front_line": true, "in_kind": false, "members": 2, "months_received": 0}}}`
	status, header, raw := post(t, srv.URL+"/v1/groups/welfare.group.housing/eval", "application/json", group)
	var g struct {
		Group, Chosen, Value string
		Members              []any
	}
	_ = json.Unmarshal(raw, &g)
	if status != 200 || g.Chosen != "welfare.housing.rent_subsidy" || g.Value != "480" || len(g.Members) != 2 || header.Get("Wzpolicy-Book-Hash") == "" {
		t.Errorf("the group: %d %s", status, raw)
	}
	household := `{"assessment": "welfare.household", "date": "2022-06-01", "inputs": {"household": {"Locality": "鹿城区", "Members": [{"Name": "甲", "BirthDate": "1940-01-01"}]}}}`
	for _, c := range []struct {
		path, body string
		status     int
		code       string
		field      string
	}{
		{"/v1/groups/welfare.group.housing/eval", movingFee, 400, "bad_request", "rule"},
		{"/v1/groups/welfare.group.other/eval", group, 400, "bad_request", "group"},
		{"/v1/assess/welfare", movingFee, 400, "bad_request", "rule"},
		{"/v1/assess/relief", household, 400, "bad_request", "assessment"},
		{"/v1/assess/welfare", household, 200, "", ""},
		{"/v1/eval", household, 200, "", ""},
		{"/v1/eval", group, 200, "", ""},
		{"/v1/eval", `{"group": "welfare.nothing", "date": "2023-06-01", "inputs": {}}`, 404, "unknown_rule", ""},
	} {
		status, header, raw := post(t, srv.URL+c.path, "application/json", c.body)
		if status != c.status {
			t.Errorf("%s: %d, want %d: %s", c.path, status, c.status, raw)
			continue
		}
		if c.code == "" {
			continue
		}
		if e := checkError(t, status, header, raw); e["code"] != c.code || e["field"] != nil && e["field"] != c.field {
			t.Errorf("%s: %v, want %s %s", c.path, e, c.code, c.field)
		}
	}
	for path, code := range map[string]int{"/v1/params?domain=nothing": 404, "/v1/groups/nothing": 404, "/v1/rules/welfare.group.housing": 404} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if checkError(t, resp.StatusCode, resp.Header, raw); resp.StatusCode != code {
			t.Errorf("GET %s: %d, want %d", path, resp.StatusCode, code)
		}
	}
}
