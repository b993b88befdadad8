package graph

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph"
)

func TestClassify(t *testing.T) {
	cfg := Config{URI: "bolt://db.example.test:7687", User: "reader", Password: "hunter2-secret"}
	refused := &net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connection refused")}
	tests := []struct {
		name string
		err  error
		kind actorgraph.ErrorKind
		says []string
	}{
		{"unauthorized", &neo4j.Neo4jError{Code: "Neo.ClientError.Security.Unauthorized"}, actorgraph.KindAuth,
			[]string{cfg.URI, `"reader"`, "ACTORGRAPH_NEO4J_PASSWORD"}},
		{"rate limited", &neo4j.Neo4jError{Code: "Neo.ClientError.Security.AuthenticationRateLimit"}, actorgraph.KindAuth, []string{cfg.URI}},
		{"no database", &neo4j.Neo4jError{Code: "Neo.ClientError.Database.DatabaseNotFound"}, actorgraph.KindUsage, []string{"ACTORGRAPH_NEO4J_DATABASE"}},
		{"connectivity", &neo4j.ConnectivityError{Inner: refused}, actorgraph.KindUnavailable, []string{cfg.URI, "scripts/neo4j.sh start", "ACTORGRAPH_NEO4J_URI"}},
		{"net error", fmt.Errorf("dial: %w", refused), actorgraph.KindUnavailable, []string{cfg.URI}},
		{"timeout", context.DeadlineExceeded, actorgraph.KindUnavailable, []string{cfg.URI}},
		{"retries ran out on a lost server", &neo4j.TransactionExecutionLimit{Errors: []error{&neo4j.ConnectivityError{Inner: refused}}},
			actorgraph.KindUnavailable, []string{cfg.URI}},
		{"retries ran out on deadlocks", &neo4j.TransactionExecutionLimit{Errors: []error{&neo4j.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected"}}},
			actorgraph.KindInternal, []string{"write batch"}},
		{"cancelled", fmt.Errorf("run: %w", context.Canceled), actorgraph.KindCancelled, nil},
		{"memory pool, not retried", &outOfMemory{code: codeMemoryPool, msg: "dbms.memory.transaction.total.max threshold reached"},
			actorgraph.KindUsage, []string{"write batch", cfg.URI, "from and to", "NEO4J_HEAP", "dbms.memory.transaction.total.max"}},
		{"memory pool, retries ran out", &neo4j.TransactionExecutionLimit{Errors: []error{&neo4j.Neo4jError{Code: codeMemoryPool}}},
			actorgraph.KindUsage, []string{"not enough memory"}},
		{"transaction memory", &neo4j.Neo4jError{Code: codeTxMemory, Msg: "db.memory.transaction.max"},
			actorgraph.KindUsage, []string{"not enough memory", "db.memory.transaction.max"}},
		{"constraint", &neo4j.Neo4jError{Code: "Neo.ClientError.Schema.ConstraintValidationFailed", Msg: "already exists"},
			actorgraph.KindInternal, []string{"write batch", "ConstraintValidationFailed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := classify(cfg, "write batch", tt.err)
			if k := actorgraph.KindOf(err); k != tt.kind {
				t.Errorf("kind = %d, want %d (%v)", k, tt.kind, err)
			}
			for _, s := range tt.says {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("%q does not say %q", err, s)
				}
			}
			if strings.Contains(err.Error(), cfg.Password) {
				t.Errorf("%q contains the password", err)
			}
			if !errors.Is(err, tt.err) {
				t.Errorf("the driver error is not in the chain of %v", err)
			}
		})
	}
	if classify(cfg, "x", nil) != nil {
		t.Error("classify(nil) != nil")
	}
}

func TestAlreadyExists(t *testing.T) {
	for code, want := range map[string]bool{
		"Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists": true,
		"Neo.ClientError.Schema.IndexAlreadyExists":                true,
		"Neo.ClientError.Schema.ConstraintAlreadyExists":           true,
		"Neo.ClientError.Schema.ConstraintValidationFailed":        false,
	} {
		if got := alreadyExists(fmt.Errorf("apply: %w", &neo4j.Neo4jError{Code: code})); got != want {
			t.Errorf("alreadyExists(%s) = %v", code, got)
		}
	}
}

func TestConfigNeverFormatsPassword(t *testing.T) {
	cfg := Config{URI: "bolt://h:7687", User: "u", Password: "pw-must-not-show", Database: "neo4j"}
	for _, verb := range []string{"%v", "%+v", "%#v", "%s"} {
		if s := fmt.Sprintf(verb, cfg); strings.Contains(s, "pw-must-not-show") {
			t.Errorf("%s of Config shows the password: %s", verb, s)
		}
	}
}
