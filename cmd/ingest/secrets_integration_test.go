package main_test

import (
	"bufio"
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// secret is a made-up password that no command may print.
const secret = "s3cret-Pa55word-9f1c"

// noSecret fails the test when r printed pw anywhere.
func noSecret(t *testing.T, what, pw string, r result) {
	t.Helper()
	if pw != "" && strings.Contains(r.both(), pw) {
		t.Errorf("%s printed the password:\n%s", what, r.both())
	}
}

// subcommands lists the commands of `ingest help`.
func subcommands(t *testing.T) []string {
	t.Helper()
	r := ingest(t, 30*time.Second, nil, "help")
	var cmds []string
	in := false
	sc := bufio.NewScanner(strings.NewReader(r.out))
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "Available Commands:"):
			in = true
		case in && strings.TrimSpace(line) == "":
			in = false
		case in:
			cmds = append(cmds, strings.Fields(line)[0])
		}
	}
	if len(cmds) < 4 {
		t.Fatalf("ingest help lists %v:\n%s", cmds, r.out)
	}
	return cmds
}

// TestHelpNeverShowsPassword: --help of every command, with the password in
// the environment, a flag and a config file, does not print it.
func TestHelpNeverShowsPassword(t *testing.T) {
	env := []string{"ACTORGRAPH_NEO4J_PASSWORD=" + secret}
	for _, cmd := range append([]string{""}, subcommands(t)...) {
		args := []string{"--help"}
		if cmd != "" {
			args = []string{cmd, "--help", "--neo4j-password", secret}
		}
		r := ingest(t, 30*time.Second, env, args...)
		if r.code != 0 || !strings.Contains(r.out, "Usage:") {
			t.Errorf("ingest %v: exit %d, stdout:\n%s", args, r.code, r.out)
		}
		noSecret(t, "ingest "+strings.Join(args, " "), secret, r)
	}
}

// closedPort returns a Bolt URI on which nothing listens.
func closedPort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	uri := "bolt://" + l.Addr().String()
	l.Close()
	return uri
}

// TestUnreachableNeverShowsPassword: a Neo4j that is not there gives one
// clear line and exit 3 for every database command, with --debug too, and
// the password (from env, flag or config file) is not in it.
func TestUnreachableNeverShowsPassword(t *testing.T) {
	uri := closedPort(t)
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), "Title: T\n\nPeru met Chile.\n")
	conf := filepath.Join(t.TempDir(), "actorgraph.yaml")
	writeFile(t, conf, "neo4j:\n  uri: "+uri+"\n  password: "+secret+"\n")
	cases := [][]string{
		{"run", dir},
		{"run", "--debug", dir},
		{"migrate", "--debug"},
		{"watch", "--once", "--debug", "--dir", dir},
		{"query", "tension", "--debug"},
		{"run", "--debug", "--config", conf, dir},
	}
	env := []string{"ACTORGRAPH_NEO4J_URI=" + uri, "ACTORGRAPH_NEO4J_PASSWORD=" + secret}
	for _, args := range cases {
		r := ingest(t, time.Minute, env, args...)
		noSecret(t, "ingest "+strings.Join(args, " "), secret, r)
		lines := r.errLines()
		if r.code != 3 || len(lines) == 0 || !strings.Contains(r.errOut, uri) || !strings.Contains(r.errOut, "cannot reach neo4j") {
			t.Errorf("ingest %v: exit %d, want 3 and a line naming %s; stderr:\n%s", args, r.code, uri, r.errOut)
		}
		if !strings.Contains(strings.Join(args, " "), "debug") && len(lines) != 1 {
			t.Errorf("ingest %v: %d stderr lines, want 1:\n%s", args, len(lines), r.errOut)
		}
	}
	r := ingest(t, time.Minute, nil, "run", "--neo4j-uri", "htp:/nowhere", "--neo4j-password", secret, "--debug", dir)
	noSecret(t, "ingest run with a bad URI", secret, r)
	if r.code != 2 {
		t.Errorf("bad URI: exit %d, want 2; stderr:\n%s", r.code, r.errOut)
	}
}

// TestWrongPasswordNeverShown: the real Neo4j refuses a wrong password; the
// message says which variable to set, exit 3, and neither the wrong nor the
// right password is printed. Neo4j locks a user out for a few seconds after
// three failures in a row, which would break other tests on the same
// server: so the repeated cases use a user that does not exist, user neo4j
// fails once, and a good login resets its count.
func TestWrongPasswordNeverShown(t *testing.T) {
	graphtest.Open(t)
	cfg := graphtest.Config()
	right := cfg.Password
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), "Title: T\n\nPeru met Chile.\n")
	check := func(args []string, r result) {
		t.Helper()
		noSecret(t, "ingest "+strings.Join(args, " "), secret, r)
		noSecret(t, "ingest "+strings.Join(args, " "), right, r)
		if r.code != 3 || !strings.Contains(r.errOut, "ACTORGRAPH_NEO4J_PASSWORD") {
			t.Errorf("ingest %v: exit %d, want 3 and a hint naming ACTORGRAPH_NEO4J_PASSWORD; stderr:\n%s", args, r.code, r.errOut)
		}
	}
	cfg.Password = secret
	args := []string{"run", "--debug", dir}
	check(args, ingest(t, time.Minute, neo4jEnv(cfg), args...))
	good, err := graph.Open(context.Background(), graphtest.Config()) // a new connection logs in
	if err != nil {
		t.Fatalf("good login after a failed one: %v", err)
	}
	good.Close(context.Background())
	cfg.User = "actorgraph-nobody"
	for _, args := range [][]string{{"run", dir}, {"migrate", "--debug"}, {"watch", "--once", "--dir", dir}, {"query", "tension"}} {
		check(args, ingest(t, time.Minute, neo4jEnv(cfg), args...))
	}
}

// repoRoot is the folder of go.mod.
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("no go.mod in %s", root)
	}
	return root
}
