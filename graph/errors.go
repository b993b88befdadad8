package graph

import (
	"context"
	"errors"
	"fmt"
	"net"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph"
)

// Neo4j status codes that the store maps to an error kind.
const (
	codeUnauthorized     = "Neo.ClientError.Security.Unauthorized"
	codeAuthRateLimit    = "Neo.ClientError.Security.AuthenticationRateLimit"
	codeDBNotFound       = "Neo.ClientError.Database.DatabaseNotFound"
	codeSchemaExists     = "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists"
	codeIndexExists      = "Neo.ClientError.Schema.IndexAlreadyExists"
	codeConstraintExists = "Neo.ClientError.Schema.ConstraintAlreadyExists"
	// codeMemoryPool: the server's transactions together would pass
	// dbms.memory.transaction.total.max. Neo4j calls it transient and the
	// driver retries it for 30 s, but a query that needs that much memory
	// needs it again: Store.Run does not retry it (outOfMemory).
	codeMemoryPool = "Neo.TransientError.General.MemoryPoolOutOfMemoryError"
	// codeTxMemory: one transaction passed db.memory.transaction.max.
	codeTxMemory = "Neo.ClientError.General.TransactionOutOfMemoryError"
	// codeArgument: a parameter's value is not one the statement can use
	// (e.g. a negative LIMIT).
	codeArgument = "Neo.ClientError.Statement.ArgumentError"
)

// outOfMemory carries a memory error out of a transaction function. It does
// not unwrap to the driver's error, whose code would make the driver retry.
type outOfMemory struct {
	code, msg string
}

func (e *outOfMemory) Error() string { return e.code + ": " + e.msg }

// connectWhat is the context of the first connection in Open: a driver
// usage error there (the server answered HTTP) means no Bolt server.
const connectWhat = "connect"

// startHint tells the user how to get a Neo4j to talk to.
const startHint = "start Neo4j with `scripts/neo4j.sh start` (or `make neo4j`, or `docker compose up -d neo4j`), or set ACTORGRAPH_NEO4J_URI"

// neo4jCode returns the Neo4j status code in err's chain, or "".
func neo4jCode(err error) string {
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) {
		return ne.Code
	}
	return ""
}

// classify turns a driver error into an *actorgraph.Error whose kind says
// what went wrong, judged by the driver's error types and Neo4j status
// codes, never by message text. what is short lowercase context such as
// "write batch". The password never appears: the driver does not put it in
// its errors and cfg.String leaves it out.
func classify(cfg Config, what string, err error) error {
	if err == nil {
		return nil
	}
	var ae *actorgraph.Error
	if errors.As(err, &ae) {
		return err
	}
	if outOfMemoryErr(err) {
		return &actorgraph.Error{Kind: actorgraph.KindUsage, Err: err, Msg: fmt.Sprintf(
			"%s: neo4j at %s has not enough memory for the transaction: narrow a query (a window with from and to, an actor, "+
				"a lower limit), write smaller batches (--batch-size), or give Neo4j more memory (the setting named below, "+
				"or a larger heap: NEO4J_HEAP for scripts/neo4j.sh)", what, cfg.URI)}
	}
	switch code := neo4jCode(err); code {
	case codeUnauthorized, codeAuthRateLimit:
		if cfg.Password == "" {
			return &actorgraph.Error{Kind: actorgraph.KindAuth, Err: err, Msg: fmt.Sprintf(
				"no password: set ACTORGRAPH_NEO4J_PASSWORD (neo4j at %s refused user %q without one; see NEO4J_PASSWORD in .env)", cfg.URI, cfg.User)}
		}
		return &actorgraph.Error{Kind: actorgraph.KindAuth, Err: err, Msg: fmt.Sprintf(
			"neo4j at %s refused the credentials of user %q: set ACTORGRAPH_NEO4J_PASSWORD (see NEO4J_PASSWORD in .env)", cfg.URI, cfg.User)}
	case codeDBNotFound:
		return &actorgraph.Error{Kind: actorgraph.KindUsage, Err: err, Msg: fmt.Sprintf(
			"neo4j at %s has no database %q: set ACTORGRAPH_NEO4J_DATABASE", cfg.URI, cfg.Database)}
	case codeArgument:
		var ne *neo4j.Neo4jError
		errors.As(err, &ne)
		return &actorgraph.Error{Kind: actorgraph.KindUsage, Msg: fmt.Sprintf("%s: bad parameter value: %s", what, ne.Msg)}
	}
	var ue *neo4j.UsageError
	if errors.As(err, &ue) && what == connectWhat {
		return &actorgraph.Error{Kind: actorgraph.KindUnavailable, Err: err, Msg: fmt.Sprintf(
			"cannot reach neo4j at %s: it does not answer as a Bolt server (is it the HTTP port? Bolt is usually 7687)", cfg.URI)}
	}
	if errors.Is(err, context.Canceled) {
		return &actorgraph.Error{Kind: actorgraph.KindCancelled, Msg: what, Err: err}
	}
	if unreachable(err) {
		return &actorgraph.Error{Kind: actorgraph.KindUnavailable, Err: err, Msg: fmt.Sprintf(
			"cannot reach neo4j at %s: %s", cfg.URI, startHint)}
	}
	return fmt.Errorf("%s: %w", what, err)
}

// outOfMemoryErr reports whether err says the server had not enough
// memory for a transaction. When the driver gave up retrying, the last
// error it saw decides.
func outOfMemoryErr(err error) bool {
	var te *neo4j.TransactionExecutionLimit
	if errors.As(err, &te) {
		return len(te.Errors) > 0 && outOfMemoryErr(te.Errors[len(te.Errors)-1])
	}
	var oom *outOfMemory
	code := neo4jCode(err)
	return errors.As(err, &oom) || code == codeMemoryPool || code == codeTxMemory
}

// unreachable reports whether err says the server could not be reached or
// the connection was lost. When the driver gave up retrying, the last error
// it saw decides.
func unreachable(err error) bool {
	var te *neo4j.TransactionExecutionLimit
	if errors.As(err, &te) {
		return len(te.Errors) > 0 && unreachable(te.Errors[len(te.Errors)-1])
	}
	var ce *neo4j.ConnectivityError
	var ne net.Error
	return errors.As(err, &ce) || errors.As(err, &ne) || errors.Is(err, context.DeadlineExceeded)
}

// alreadyExists reports whether err says an equivalent schema rule exists,
// which a concurrent Migrate may cause despite IF NOT EXISTS.
func alreadyExists(err error) bool {
	switch neo4jCode(err) {
	case codeSchemaExists, codeIndexExists, codeConstraintExists:
		return true
	}
	return false
}

// constraintViolated reports whether err is a uniqueness constraint that
// rejected a write.
func constraintViolated(err error) bool {
	return neo4jCode(err) == "Neo.ClientError.Schema.ConstraintValidationFailed"
}
