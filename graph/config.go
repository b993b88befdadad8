package graph

// Config says how to reach Neo4j. The password is never printed: String
// leaves it out.
type Config struct {
	URI      string // e.g. bolt://localhost:7687
	User     string
	Password string
	Database string // "" means the server's default database
}

// String describes c without its password.
func (c Config) String() string {
	return c.User + "@" + c.URI + "/" + c.Database
}
