package actorgraph_test

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestPasswordComesFromDotEnv: compose takes the password from .env and
// bakes none in, .env is ignored by git, the README says how to set it, and
// no tracked file holds the password of .env.
func TestPasswordComesFromDotEnv(t *testing.T) {
	root := "."
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(root, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	compose := read("docker-compose.yml")
	if !strings.Contains(compose, "NEO4J_AUTH: neo4j/${NEO4J_PASSWORD") ||
		!strings.Contains(compose, "ACTORGRAPH_NEO4J_PASSWORD: ${NEO4J_PASSWORD") {
		t.Error("docker-compose.yml does not take NEO4J_AUTH and ACTORGRAPH_NEO4J_PASSWORD from ${NEO4J_PASSWORD}")
	}
	if m := regexp.MustCompile(`(?m)^\s*(NEO4J_AUTH:\s*neo4j/|[A-Z_]*PASSWORD:\s*)[^$\s]`).FindString(compose); m != "" {
		t.Errorf("docker-compose.yml sets a literal password: %q", m)
	}
	if !regexp.MustCompile(`(?m)^/?\.env$`).MatchString(read(".gitignore")) {
		t.Error(".gitignore does not ignore .env")
	}
	readme := read("README.md")
	for _, want := range []string{".env", "NEO4J_PASSWORD=", "ACTORGRAPH_NEO4J_PASSWORD"} {
		if !strings.Contains(readme, want) {
			t.Errorf("README.md does not mention %s", want)
		}
	}
	pw := neo4jPassword(root)
	if pw == "" {
		t.Log("no password in .env or the environment: tracked files not scanned")
		return
	}
	out, err := exec.Command("git", "-C", root, "ls-files", "-z").Output()
	if err != nil {
		t.Skipf("not a git checkout: %v", err)
	}
	for _, name := range strings.Split(strings.TrimRight(string(out), "\x00"), "\x00") {
		if name == ".env" {
			t.Error(".env is tracked by git")
		}
		b, err := os.ReadFile(filepath.Join(root, name))
		if err == nil && bytes.Contains(b, []byte(pw)) {
			t.Errorf("tracked file %s contains the Neo4j password", name)
		}
	}
}

// neo4jPassword is the password the tests use: ACTORGRAPH_NEO4J_PASSWORD,
// else NEO4J_PASSWORD of root/.env (which make and scripts/neo4j.sh
// write); "" when neither is set.
func neo4jPassword(root string) string {
	if pw := os.Getenv("ACTORGRAPH_NEO4J_PASSWORD"); pw != "" {
		return pw
	}
	b, err := os.ReadFile(filepath.Join(root, ".env"))
	if err != nil {
		return ""
	}
	pw := ""
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		if v, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "NEO4J_PASSWORD="); ok {
			pw = v
		}
	}
	return pw
}
