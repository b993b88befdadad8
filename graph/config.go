package graph

import (
	"strings"
	"time"
)

// Config says how to reach Neo4j. The password is never printed: String
// leaves it out.
type Config struct {
	URI      string // e.g. bolt://localhost:7687
	User     string
	Password string
	Database string // "" means the server's default database
	// ConnectTimeout bounds connecting to the server, both for one socket
	// and for Open as a whole; 0 means 10 seconds.
	ConnectTimeout time.Duration
	// MaxRetryTime bounds the driver's retries of a transient write
	// failure (deadlock, leader switch); 0 means the driver's 30 seconds.
	MaxRetryTime time.Duration
}

// GoString describes c for %#v, without its password.
func (c Config) GoString() string {
	return "graph.Config{" + c.String() + "}"
}

// String describes c without its password.
func (c Config) String() string {
	return c.User + "@" + c.URI + "/" + c.Database
}

func (c Config) connectTimeout() time.Duration {
	if c.ConnectTimeout > 0 {
		return c.ConnectTimeout
	}
	return 10 * time.Second
}

// RedactURI returns uri with its user information (bolt://user:secret@host)
// replaced by "xxxxx", so that a password written into the URI is never
// printed. Other URIs are returned as they are; it needs no valid URI.
func RedactURI(uri string) string {
	i := strings.Index(uri, "://")
	if i < 0 {
		return uri
	}
	rest := uri[i+3:]
	host := rest
	if j := strings.IndexAny(rest, "/?#"); j >= 0 {
		host = rest[:j]
	}
	at := strings.LastIndex(host, "@")
	if at < 0 {
		return uri
	}
	return uri[:i+3] + "xxxxx@" + rest[at+1:]
}
