package graphtest

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph"
	"github.com/actorgraph/actorgraph/graph"
)

// RequireEnv names the variable that turns "Neo4j unreachable" from a skip
// into a failure.
const RequireEnv = "ACTORGRAPH_REQUIRE_NEO4J"

// WipeEnv names the variable that allows Open to empty a database that
// holds data it did not make itself.
const WipeEnv = "ACTORGRAPH_TEST_WIPE"

// DefaultURI is the test instance that `make test` starts (scripts/neo4j.sh
// with NEO4J_LOCAL_HOME=.neo4j-test), apart from the 7687 one that
// `make demo` and users ingest into.
const DefaultURI = "bolt://127.0.0.1:7688"

// markerIndex is a schema object (not a node, so no count changes) that
// marks a database as one that tests may wipe.
const markerIndex = "actorgraph_test_marker"

// Config returns the Neo4j settings for tests from the environment, with
// the password from .env when ACTORGRAPH_NEO4J_PASSWORD is unset.
func Config() graph.Config {
	cfg := graph.Config{
		URI:            env("ACTORGRAPH_NEO4J_URI", DefaultURI),
		User:           env("ACTORGRAPH_NEO4J_USER", "neo4j"),
		Password:       os.Getenv("ACTORGRAPH_NEO4J_PASSWORD"),
		Database:       env("ACTORGRAPH_NEO4J_DATABASE", "neo4j"),
		ConnectTimeout: 10 * time.Second,
	}
	if cfg.Password == "" {
		cfg.Password = dotenvPassword()
	}
	return cfg
}

func env(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// dotenvPassword reads NEO4J_PASSWORD from the .env next to go.mod, found by
// walking up from the working directory; "" when there is none.
func dotenvPassword() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
	f, err := os.Open(filepath.Join(dir, ".env"))
	if err != nil {
		return ""
	}
	defer f.Close()
	pw := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "NEO4J_PASSWORD="); ok {
			pw = strings.Trim(v, `"'`)
		}
	}
	return pw
}

// Open returns a Store on an empty database with the schema applied, for
// the duration of the test. See the package documentation.
func Open(t testing.TB) *graph.Store {
	t.Helper()
	if testing.Short() {
		t.Skip("needs Neo4j; skipped with -short")
	}
	cfg := Config()
	ctx := context.Background()
	s, err := graph.Open(ctx, cfg)
	if actorgraph.KindOf(err) == actorgraph.KindAuth {
		err = fmt.Errorf("%w; is it this checkout's own test Neo4j? Another clone's on the same port has "+
			"another password: `make test TEST_BOLT_PORT=... TEST_HTTP_PORT=...` starts this one's on free ports", err)
	}
	if err != nil {
		if os.Getenv(RequireEnv) == "1" {
			t.Fatalf("neo4j required (%s=1): %v", RequireEnv, err)
		}
		t.Skipf("neo4j not available: %v", err)
	}
	t.Cleanup(func() { _ = s.Close(context.Background()) })
	lock(t, cfg.URI+"/"+cfg.Database)
	if err := guard(ctx, s); err != nil {
		t.Fatalf("%s: %v", cfg.URI, err)
	}
	if err := Wipe(ctx, s); err != nil {
		t.Fatalf("wipe test database: %v", err)
	}
	if err := s.Migrate(ctx); err != nil {
		t.Fatalf("apply schema: %v", err)
	}
	if err := run(ctx, s, "CREATE INDEX "+markerIndex+" IF NOT EXISTS FOR (n:ActorgraphTestMarker) ON (n.id)"); err != nil {
		t.Fatalf("mark test database: %v", err)
	}
	return s
}

// guard refuses to wipe a database that holds nodes but was never marked
// by Open, so tests pointed at a real graph by mistake do not empty it.
func guard(ctx context.Context, s *graph.Store) error {
	if os.Getenv(WipeEnv) == "1" {
		return nil
	}
	data, err := neo4j.ExecuteQuery(ctx, s.Driver(), "MATCH (n) WITH n LIMIT 1 RETURN count(n) > 0 AS hasData", nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.Database()))
	if err != nil {
		return err
	}
	idx, err := neo4j.ExecuteQuery(ctx, s.Driver(), "SHOW INDEXES YIELD name WHERE name = $marker RETURN count(*) > 0 AS marked",
		map[string]any{"marker": markerIndex},
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.Database()))
	if err != nil {
		return err
	}
	hasData, _ := data.Records[0].Get("hasData")
	marked, _ := idx.Records[0].Get("marked")
	if hasData == true && marked != true {
		return errors.New("the database holds data that tests did not write; refusing to wipe it. " +
			"Run tests on their own instance (make test uses " + DefaultURI + "), or set " + WipeEnv + "=1 to allow it")
	}
	return nil
}

func run(ctx context.Context, s *graph.Store, cypher string) error {
	_, err := neo4j.ExecuteQuery(ctx, s.Driver(), cypher, nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.Database()))
	return err
}

// held records the databases locked by this process. A second Open while
// one is held (two calls in one test, or t.Parallel) would wait for itself
// forever, so it fails at once instead.
var (
	heldMu sync.Mutex
	held   = map[string]bool{}
)

// lock takes an exclusive lock named after the database, held until the
// test's cleanup, so that concurrently running test binaries take turns.
func lock(t testing.TB, name string) {
	t.Helper()
	heldMu.Lock()
	if held[name] {
		heldMu.Unlock()
		t.Fatalf("graphtest.Open: %s is already held by this test process; call Open once per test and not from parallel tests", name)
	}
	held[name] = true
	heldMu.Unlock()
	t.Cleanup(func() {
		heldMu.Lock()
		delete(held, name)
		heldMu.Unlock()
	})
	sum := sha256.Sum256([]byte(name))
	path := filepath.Join(os.TempDir(), "actorgraph-neo4j-"+hex.EncodeToString(sum[:8])+".lock")
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		t.Fatalf("open test lock: %v", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		t.Fatalf("take test lock %s: %v", path, err)
	}
	t.Cleanup(func() {
		_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	})
}

// Wipe deletes every relationship, then every node (graph.Store.Wipe);
// the schema stays.
func Wipe(ctx context.Context, s *graph.Store) error {
	return s.Wipe(ctx)
}

// Rows runs a read query and returns its records as maps from column to
// value, failing the test on error.
func Rows(t testing.TB, s *graph.Store, cypher string, params map[string]any) []map[string]any {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), s.Driver(), cypher, params,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.Database()),
		neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		t.Fatalf("query %q: %v", cypher, err)
	}
	rows := make([]map[string]any, len(res.Records))
	for i, rec := range res.Records {
		rows[i] = rec.AsMap()
	}
	return rows
}
