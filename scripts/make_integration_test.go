package scripts_test

import (
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// checkout copies the Makefile and scripts/neo4j.sh into a new folder that
// stands for another clone of the repository, with its own .env, and puts
// the fake java, mvn and curl of neo4j_integration_test.go first on PATH. It returns
// the folder and the environment to run make in.
func checkout(t *testing.T) (string, []string) {
	t.Helper()
	if _, err := exec.LookPath("make"); err != nil {
		t.Skip("needs make")
	}
	root, logDir, bin := t.TempDir(), t.TempDir(), t.TempDir()
	for name, body := range fakeTools {
		writeFile(t, filepath.Join(bin, name), "#!/usr/bin/env bash\n"+body+"\n")
		os.Chmod(filepath.Join(bin, name), 0o755)
	}
	for _, f := range []string{"Makefile", "scripts/neo4j.sh", "tools/neo4j/pom.xml"} {
		data, err := os.ReadFile(filepath.Join(repoRoot(t), f))
		if err != nil {
			t.Fatal(err)
		}
		os.MkdirAll(filepath.Dir(filepath.Join(root, f)), 0o755)
		writeFile(t, filepath.Join(root, f), string(data))
	}
	os.Chmod(filepath.Join(root, "scripts", "neo4j.sh"), 0o755)
	writeFile(t, filepath.Join(root, ".env"), "NEO4J_PASSWORD=another-clone-9f1c\n")
	env := append(os.Environ(), "PATH="+bin+":"+os.Getenv("PATH"), "LOG="+logDir, "MAKEFLAGS=")
	t.Cleanup(func() {
		stop := exec.Command("bash", filepath.Join(root, "scripts", "neo4j.sh"), "stop")
		stop.Env = append(env, "NEO4J_LOCAL_HOME=.neo4j-test")
		stop.Run()
	})
	return root, env
}

// makeTarget runs make in root and returns its exit status and output.
func makeTarget(t *testing.T, root string, env []string, args ...string) (int, string) {
	t.Helper()
	cmd := exec.Command("make", append([]string{"--no-print-directory", "-C", root}, args...)...)
	cmd.Env = env
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode(), string(out)
	} else if err != nil {
		t.Fatal(err)
	}
	return 0, string(out)
}

// TestMakeTestRefusesAnotherCheckoutsNeo4j: `make test` in a second
// checkout, whose test port is taken by a server that is not its own,
// stops at once and says how to choose other ports, instead of running
// every graph test against the other server. And when its own server
// runs on other ports than asked for, it says which.
func TestMakeTestRefusesAnotherCheckoutsNeo4j(t *testing.T) {
	root, env := checkout(t)
	other, err := net.Listen("tcp", "127.0.0.1:0") // the other checkout's Neo4j
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	_, taken, _ := net.SplitHostPort(other.Addr().String())
	start := time.Now()
	code, out := makeTarget(t, root, env, "test", "TEST_BOLT_PORT="+taken, "TEST_HTTP_PORT="+freePort(t))
	if code == 0 || !strings.Contains(out, "port "+taken+" answers, but not with the Neo4j of "+root+"/.neo4j-test") ||
		!strings.Contains(out, "make test TEST_BOLT_PORT=") || strings.Contains(out, "go test") {
		t.Errorf("make test on a taken port: exit %d, want a refusal naming the port and how to choose others:\n%s", code, out)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("the refusal took %v", d)
	}

	bolt, http := freePort(t), freePort(t)
	go func() { // the fake server's Bolt port, once the script started it
		for i := 0; i < 300; i++ {
			if _, err := os.Stat(filepath.Join(root, ".neo4j-test", "run", "neo4j.pid")); err == nil {
				if ln, err := net.Listen("tcp", "127.0.0.1:"+bolt); err == nil {
					t.Cleanup(func() { ln.Close() })
				}
				return
			}
			time.Sleep(50 * time.Millisecond)
		}
	}()
	if code, out := makeTarget(t, root, env, "test-neo4j-start", "TEST_BOLT_PORT="+bolt, "TEST_HTTP_PORT="+http); code != 0 {
		t.Fatalf("start on free ports: exit %d:\n%s", code, out)
	}
	code, out = makeTarget(t, root, env, "test-neo4j-start", "TEST_BOLT_PORT="+freePort(t), "TEST_HTTP_PORT="+freePort(t))
	if code == 0 || !strings.Contains(out, "already runs") || !strings.Contains(out, "make test TEST_BOLT_PORT="+bolt+" TEST_HTTP_PORT="+http) {
		t.Errorf("start on other ports than its running server's: exit %d:\n%s", code, out)
	}
}
