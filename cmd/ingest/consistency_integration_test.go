package main_test

import (
	"io"
	"net"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// TestBoltURIAtHTTPPort: a bolt:// URI that reaches an HTTP server (such
// as Neo4j's own HTTP port) is "cannot reach neo4j" naming the URI, exit
// 3, as the README's table of exit codes says.
func TestBoltURIAtHTTPPort(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() { // an HTTP server's answer to the Bolt handshake's 20 bytes
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			io.ReadFull(c, make([]byte, 20))
			c.Write([]byte("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"))
			c.Close()
		}
	}()
	uri := "bolt://" + ln.Addr().String()
	r := ingest(t, time.Minute, []string{"ACTORGRAPH_NEO4J_URI=" + uri}, "migrate")
	if r.code != 3 || len(r.errLines()) != 1 || !strings.Contains(r.errOut, "cannot reach neo4j at "+uri+": it does not answer as a Bolt server") {
		t.Errorf("exit %d, want 3 and one line naming %s; stderr:\n%s", r.code, uri, r.errOut)
	}
}

// TestURIUserInfoRedacted: a password written into the URI
// (bolt://user:secret@host) is never printed: not when the server is
// unreachable, not in a bad URI, not in migrate's summary.
func TestURIUserInfoRedacted(t *testing.T) {
	closed := strings.Replace(closedPort(t), "bolt://", "bolt://neo4j:"+secret+"@", 1)
	for _, c := range []struct {
		uri  string
		code int
	}{{closed, 3}, {"bolt://neo4j:" + secret + "@127.0.0.1:notaport", 2}} {
		r := ingest(t, time.Minute, []string{"ACTORGRAPH_NEO4J_URI=" + c.uri}, "migrate", "--debug")
		noSecret(t, "migrate "+c.uri, secret, r)
		if r.code != c.code || !strings.Contains(r.errOut, "bolt://xxxxx@127.0.0.1:") {
			t.Errorf("%s: exit %d, want %d and the URI with xxxxx for its user info; stderr:\n%s", c.uri, r.code, c.code, r.errOut)
		}
	}
	graphtest.Open(t)
	cfg := graphtest.Config()
	uri := strings.Replace(cfg.URI, "bolt://", "bolt://"+cfg.User+":"+secret+"@", 1)
	env := append(neo4jEnv(cfg), "ACTORGRAPH_NEO4J_URI="+uri)
	r := ingest(t, time.Minute, env, "migrate")
	noSecret(t, "migrate with user info in the URI", secret, r)
	if r.code != 0 {
		t.Errorf("migrate: exit %d; stderr:\n%s", r.code, r.errOut)
	}
}

// TestNegativeLimitIsUsageError: -p limit=-1 is exit 2 with one line that
// names the query and the bad value, not a raw Neo4jError with exit 1.
func TestNegativeLimitIsUsageError(t *testing.T) {
	graphtest.Open(t)
	r := ingest(t, time.Minute, neo4jEnv(graphtest.Config()), "query", "tension", "-p", "limit=-1")
	if r.code != 2 || len(r.errLines()) != 1 || !strings.HasPrefix(r.errOut, "ingest: query tension: bad parameter value: LIMIT") ||
		strings.Contains(r.errOut, "Neo4jError") {
		t.Errorf("exit %d, want 2 and one usage line; stderr:\n%s", r.code, r.errOut)
	}
}

// TestJSONNulEscapeRefused: \u0000 inside a JSON string is refused as
// binary data, as a raw NUL byte in a text file is.
func TestJSONNulEscapeRefused(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "nul.json"), `{"title": "Evil\u0000title", "text": "Peru met Chile."}`)
	writeFile(t, filepath.Join(dir, "raw.txt"), "Title: T\n\nPeru met\x00 Chile.\n")
	r := ingest(t, time.Minute, nil, "extract", dir)
	if r.code != 1 || r.out != "" || len(r.errLines()) != 2 || strings.Count(r.errOut, ": binary data, not text (") != 2 {
		t.Errorf("exit %d, want 1, no article and two 'binary data' lines; stdout:\n%s\nstderr:\n%s", r.code, r.out, r.errOut)
	}
}
