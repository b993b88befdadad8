package actorgraph_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// composeFile is the part of docker-compose.yml that the checks below read.
type composeFile struct {
	Services map[string]struct {
		Image    string   `yaml:"image"`
		Build    any      `yaml:"build"`
		Profiles []string `yaml:"profiles"`
		Volumes  []any    `yaml:"volumes"`
	} `yaml:"services"`
}

// docker-compose.yml: `docker compose up -d` starts Neo4j and the watcher
// but not the one-shot ingest (a profile); ingest and watch share one
// image; ./inbox is never created by Docker (as root) but comes with the
// repository.
func TestComposeFile(t *testing.T) {
	b, err := os.ReadFile("docker-compose.yml")
	if err != nil {
		t.Fatal(err)
	}
	var c composeFile
	if err := yaml.Unmarshal(b, &c); err != nil {
		t.Fatal(err)
	}
	ingest, watch, neo4j := c.Services["ingest"], c.Services["watch"], c.Services["neo4j"]
	if len(ingest.Profiles) == 0 || len(watch.Profiles) != 0 || len(neo4j.Profiles) != 0 {
		t.Errorf("profiles: ingest %v (want one), watch %v and neo4j %v (want none)", ingest.Profiles, watch.Profiles, neo4j.Profiles)
	}
	if ingest.Image == "" || ingest.Image != watch.Image || ingest.Build == nil {
		t.Errorf("images: ingest %q, watch %q; want one name, built from the Dockerfile", ingest.Image, watch.Image)
	}
	inbox := false
	for _, v := range watch.Volumes {
		m, ok := v.(map[string]any)
		if !ok || m["source"] != "./inbox" {
			if s, _ := v.(string); strings.HasPrefix(s, "./inbox") {
				t.Errorf("watch mounts %q: Docker would create a missing ./inbox as root", s)
			}
			continue
		}
		bind, _ := m["bind"].(map[string]any)
		inbox = bind["create_host_path"] == false
	}
	if !inbox {
		t.Error("watch: want ./inbox mounted with bind.create_host_path: false")
	}
	if _, err := os.Stat("inbox/.gitkeep"); err != nil {
		t.Errorf("inbox/ must come with the repository: %v", err)
	}
}

// The project's own docs say everything a user needs: they name no file
// outside the repository, and every file they link to exists.
func TestDocsSelfContained(t *testing.T) {
	docs, _ := filepath.Glob("docs/*.md")
	links := regexp.MustCompile(`\]\(([^)#:]+)(#[^)]*)?\)`)
	for _, doc := range append(docs, "README.md") {
		b, err := os.ReadFile(doc)
		if err != nil {
			t.Fatal(err)
		}
		for _, bad := range []string{"MODEL.md", "../shared", "/work/"} {
			if strings.Contains(string(b), bad) {
				t.Errorf("%s names %s, which is not in the repository", doc, bad)
			}
		}
		for _, m := range links.FindAllStringSubmatch(string(b), -1) {
			if _, err := os.Stat(filepath.Join(filepath.Dir(doc), m[1])); err != nil {
				t.Errorf("%s links to %s: %v", doc, m[1], err)
			}
		}
	}
}
