package scripts_test

import (
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// fakeTools are stand-ins for java, mvn and curl that scripts/neo4j.sh
// runs. Each appends its command line to $LOG/argv; java and curl also
// append what they read through the channel meant for the password (an
// @-file argument, or stdin after -K -) to $LOG/channel. The "server"
// (java with CommunityEntryPoint) only sleeps: the test listens on its
// Bolt port.
var fakeTools = map[string]string{
	"java": `printf '%s\n' "java $*" >> "$LOG/argv"
for a in "$@"; do case "$a" in @*) cat "${a#@}" >> "$LOG/channel" ;; esac; done
case "$*" in *CommunityEntryPoint*) exec sleep 300 ;; esac
exit 0`,
	"mvn": `printf '%s\n' "mvn $*" >> "$LOG/argv"
for a in "$@"; do case "$a" in -Dmdep.outputFile=*) f=${a#*=}; mkdir -p "${f%/*}"; echo /fake/neo4j.jar > "$f" ;; esac; done`,
	"curl": `printf '%s\n' "curl $*" >> "$LOG/argv"
case "$*" in *"-K -"*) cat >> "$LOG/channel"; printf 200 ;; esac
exit 0`,
}

// TestNeo4jScriptKeepsPasswordOffCommandLines runs scripts/neo4j.sh start
// on a fresh home, with fake java, mvn and curl that record their command
// lines: the password of .env (with a quote, a backslash and a space in
// it) is in none of them, and it reaches the admin tool and curl through
// an @-file and stdin, quoted as they read it.
func TestNeo4jScriptKeepsPasswordOffCommandLines(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("needs bash")
	}
	root, logDir, bin := t.TempDir(), t.TempDir(), t.TempDir()
	const pw = `pa"ss\word 9f1c`
	for name, body := range fakeTools {
		writeFile(t, filepath.Join(bin, name), "#!/usr/bin/env bash\n"+body+"\n")
		os.Chmod(filepath.Join(bin, name), 0o755)
	}
	script, err := os.ReadFile(filepath.Join(repoRoot(t), "scripts", "neo4j.sh"))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{"scripts", "tools/neo4j"} {
		if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	writeFile(t, filepath.Join(root, "scripts", "neo4j.sh"), string(script))
	writeFile(t, filepath.Join(root, "tools", "neo4j", "pom.xml"), "<project/>\n")
	writeFile(t, filepath.Join(root, ".env"), "NEO4J_PASSWORD="+pw+"\n")
	bolt, http := freePort(t), freePort(t)
	cmd := exec.Command("bash", filepath.Join(root, "scripts", "neo4j.sh"), "start")
	cmd.Env = append(os.Environ(), "PATH="+bin+":"+os.Getenv("PATH"), "LOG="+logDir,
		"NEO4J_LOCAL_HOME="+filepath.Join(root, "home"), "NEO4J_BOLT_PORT="+bolt, "NEO4J_HTTP_PORT="+http)
	out := &strings.Builder{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	stop := exec.Command("bash", filepath.Join(root, "scripts", "neo4j.sh"), "stop")
	stop.Env = cmd.Env
	t.Cleanup(func() { stop.Run() })
	listenWhenStarted(t, filepath.Join(root, "home", "run", "neo4j.pid"), bolt)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("neo4j.sh start: %v\n%s", err, out)
	}
	argv, _ := os.ReadFile(filepath.Join(logDir, "argv"))
	channel, _ := os.ReadFile(filepath.Join(logDir, "channel"))
	if strings.Contains(string(argv), "word 9f1c") {
		t.Errorf("the password is on a command line:\n%s", argv)
	}
	quoted := `"pa\"ss\\word 9f1c"`
	if !strings.Contains(string(channel), quoted+"\n") || !strings.Contains(string(channel), `user = "neo4j:pa\"ss\\word 9f1c"`) {
		t.Errorf("the admin tool and curl did not get the password %s through their files:\n%s\nargv:\n%s\nscript:\n%s", quoted, channel, argv, out)
	}
}

// listenWhenStarted waits for the fake server's pid file, then answers on
// its Bolt port until the test ends.
func listenWhenStarted(t *testing.T, pidfile, port string) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if _, err := os.Stat(pidfile); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("neo4j.sh did not start the server within 30 s")
		}
	}
	ln, err := net.Listen("tcp", "127.0.0.1:"+port)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.Close()
		}
	}()
}

// repoRoot is the folder of go.mod, one up from scripts/.
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("no go.mod in %s", root)
	}
	return root
}

// writeFile writes content to path, making its folder.
func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
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
