package main_test

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// The dedicated Neo4j that the fault test starts, kills and restarts, in
// its own folder and on two free ports picked at start; no other test uses
// it.
const (
	faultHome     = ".neo4j-fault"
	faultArticles = 1000
)

// faultServer runs scripts/neo4j.sh for a dedicated instance.
type faultServer struct {
	root       string
	home       string // NEO4J_LOCAL_HOME, relative to root
	extraConf  string // NEO4J_EXTRA_CONF: lines added to its neo4j.conf
	bolt, http string // ports
	cfg        graph.Config
	booting    sync.WaitGroup // boot goroutines, awaited before the final stop
}

// freePort returns a TCP port on which nothing listens now.
func freePort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return strconv.Itoa(l.Addr().(*net.TCPAddr).Port)
}

// script runs scripts/neo4j.sh arg; it may run in a goroutine.
func (f *faultServer) script(t *testing.T, arg string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, filepath.Join(f.root, "scripts", "neo4j.sh"), arg)
	cmd.Env = append(os.Environ(), "NEO4J_LOCAL_HOME="+f.home, "NEO4J_BOLT_PORT="+f.bolt,
		"NEO4J_HTTP_PORT="+f.http, "NEO4J_HEAP=512m", "NEO4J_PAGECACHE=128m", "NEO4J_EXTRA_CONF="+f.extraConf)
	out, err := cmd.CombinedOutput()
	t.Logf("scripts/neo4j.sh %s:\n%s", arg, out)
	return err
}

// newFaultServer prepares the fault test's dedicated instance, stopped,
// and stops it when the test ends. It skips under -short, and when Java or
// Maven is missing unless Neo4j is required.
func newFaultServer(t *testing.T) *faultServer {
	t.Helper()
	return newServer(t, faultHome, "")
}

// newServer prepares a dedicated instance in home with extraConf, as
// newFaultServer does.
func newServer(t *testing.T, home, extraConf string) *faultServer {
	t.Helper()
	if testing.Short() {
		t.Skip("starts its own Neo4j; skipped with -short")
	}
	for _, tool := range []string{"java", "mvn"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv(graphtest.RequireEnv) == "1" {
				t.Fatalf("%s=1 but %s is missing: scripts/neo4j.sh needs Java 17 and Maven", graphtest.RequireEnv, tool)
			}
			t.Skipf("%s is missing: scripts/neo4j.sh needs Java 17 and Maven", tool)
		}
	}
	f := &faultServer{root: repoRoot(t), home: home, extraConf: extraConf, bolt: freePort(t), http: freePort(t)}
	_ = f.script(t, "stop") // a server left by an interrupted run
	t.Cleanup(func() {
		f.booting.Wait()
		_ = f.script(t, "stop")
	})
	f.cfg = graph.Config{URI: "bolt://127.0.0.1:" + f.bolt, User: "neo4j", Database: "neo4j", ConnectTimeout: 30 * time.Second}
	return f
}

// boot starts the server in the background (afresh when its data was made
// with another password); the channel gets nil once it accepts a login.
func (f *faultServer) boot(t *testing.T) <-chan error {
	done := make(chan error, 1)
	f.booting.Add(1)
	go func() {
		defer f.booting.Done()
		err := f.start(t)
		if err == nil {
			if err = f.login(); actorgraph.KindOf(err) == actorgraph.KindAuth {
				_ = f.script(t, "reset")
				if err = f.start(t); err == nil {
					err = f.login()
				}
			}
		}
		done <- err
	}()
	return done
}

// start starts the server and checks that the one answering is ours.
func (f *faultServer) start(t *testing.T) error {
	if err := f.script(t, "start"); err != nil {
		return fmt.Errorf("start the fault Neo4j: %w", err)
	}
	if err := f.script(t, "status"); err != nil {
		return fmt.Errorf("port %s answers, but not the fault Neo4j: %w", f.bolt, err)
	}
	return nil
}

// login checks that the server takes the password of .env.
func (f *faultServer) login() error {
	pw, err := dotenv(f.root)
	if err != nil {
		return err
	}
	f.cfg.Password = pw
	st, err := graph.Open(context.Background(), f.cfg)
	if err != nil {
		return err
	}
	return st.Close(context.Background())
}

// kill ends the server abruptly (SIGKILL), as a crash or a pulled plug
// would, and waits until it is gone.
func (f *faultServer) kill(t *testing.T) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(f.root, f.home, "run", "neo4j.pid"))
	if err != nil {
		t.Fatalf("fault Neo4j pid: %v", err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		t.Fatalf("fault Neo4j pid %q: %v", b, err)
	}
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatalf("kill the fault Neo4j: %v", err)
	}
	for i := 0; i < 100 && syscall.Kill(pid, 0) == nil; i++ {
		time.Sleep(100 * time.Millisecond)
	}
}

// open returns a Store on the dedicated instance, closed at the end.
func (f *faultServer) open(t *testing.T) *graph.Store {
	t.Helper()
	st, err := graph.Open(context.Background(), f.cfg)
	if err != nil {
		t.Fatalf("open the fault Neo4j: %v", err)
	}
	t.Cleanup(func() { _ = st.Close(context.Background()) })
	return st
}

// dotenv reads NEO4J_PASSWORD from root/.env, which scripts/neo4j.sh writes.
func dotenv(root string) (string, error) {
	b, err := os.ReadFile(filepath.Join(root, ".env"))
	if err != nil {
		return "", err
	}
	pw := ""
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		if v, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "NEO4J_PASSWORD="); ok {
			pw = v
		}
	}
	return pw, nil
}
