package graph

import (
	"context"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/actorgraph/actorgraph"
)

// Store is the Neo4j graph of actors, negotiations and articles. It holds
// the one driver of the process and is safe for concurrent use.
type Store struct {
	driver neo4j.DriverWithContext
	cfg    Config
}

var _ actorgraph.Store = (*Store)(nil)

// Open connects to Neo4j and checks that the server answers, accepts the
// credentials and has the database. Its errors are *actorgraph.Error of
// kind KindUnavailable, KindAuth or KindUsage with one line saying what to
// do; they never contain the password.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if strings.TrimSpace(cfg.URI) == "" {
		return nil, actorgraph.Errorf(actorgraph.KindUsage, "", "no neo4j uri: set ACTORGRAPH_NEO4J_URI or --neo4j-uri")
	}
	timeout := cfg.connectTimeout()
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""),
		func(c *config.Config) {
			c.SocketConnectTimeout = timeout
			c.ConnectionAcquisitionTimeout = timeout
			if cfg.MaxRetryTime > 0 {
				c.MaxTransactionRetryTime = cfg.MaxRetryTime
			}
		})
	if err != nil {
		return nil, &actorgraph.Error{Kind: actorgraph.KindUsage, Input: RedactURI(cfg.URI), Msg: "bad neo4j uri (want e.g. bolt://localhost:7687)"}
	}
	safe := cfg
	safe.Password = "" // the driver holds the credentials; the Store does not
	safe.URI = RedactURI(cfg.URI)
	s := &Store{driver: driver, cfg: safe}
	if err := s.check(ctx, timeout); err != nil {
		_ = driver.Close(context.WithoutCancel(ctx))
		return nil, err
	}
	return s, nil
}

// check verifies connectivity and credentials, then runs a trivial query on
// the configured database so that a missing database is reported at once.
func (s *Store) check(ctx context.Context, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	if err := s.driver.VerifyConnectivity(ctx); err != nil {
		return classify(s.cfg, connectWhat, err)
	}
	_, err := neo4j.ExecuteQuery(ctx, s.driver, "RETURN 1", nil,
		neo4j.EagerResultTransformer, s.readConfig())
	return classify(s.cfg, "check database", err)
}

// Driver returns the store's driver, for packages that run their own
// queries (the saved-query runner). It must not be closed by them.
func (s *Store) Driver() neo4j.DriverWithContext { return s.driver }

// Database returns the name of the database the store uses ("" for the
// server's default).
func (s *Store) Database() string { return s.cfg.Database }

// Config returns the store's configuration, without the password (only
// the driver keeps the credentials).
func (s *Store) Config() Config { return s.cfg }

// Close closes the driver.
func (s *Store) Close(ctx context.Context) error {
	return s.driver.Close(ctx)
}

// Version returns the server's agent string, e.g. "Neo4j/5.26.0".
func (s *Store) Version(ctx context.Context) (string, error) {
	info, err := s.driver.GetServerInfo(ctx)
	if err != nil {
		return "", classify(s.cfg, "server info", err)
	}
	return info.Agent(), nil
}

// Ping checks that the server answers and accepts the credentials.
func (s *Store) Ping(ctx context.Context) error {
	return classify(s.cfg, "ping", s.driver.VerifyConnectivity(ctx))
}

// session opens a session on the store's database.
func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: mode})
}

// readConfig routes an ExecuteQuery call to the store's database, as a
// read.
func (s *Store) readConfig() neo4j.ExecuteQueryConfigurationOption {
	return func(c *neo4j.ExecuteQueryConfiguration) {
		c.Database = s.cfg.Database
		c.Routing = neo4j.Read
	}
}

// Wipe deletes every relationship, then every node, of the store's
// database, in transactions of 10,000, so that a large graph (one left by
// make bench, say) never needs one huge transaction: detaching a node with
// a hundred thousand relationships in one would exceed the memory a
// transaction may use. The schema stays. For tests and benchmarks.
func (s *Store) Wipe(ctx context.Context) error {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	for _, cypher := range []string{
		"MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS",
		"MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS",
	} {
		if _, err := s.runCounted(ctx, sess, cypher, nil); err != nil {
			return classify(s.cfg, "wipe graph", err)
		}
	}
	return nil
}
