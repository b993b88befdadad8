package main

import "testing"

func TestBrowserURL(t *testing.T) {
	cases := []struct{ uri, http, want string }{
		{"bolt://localhost:7687", "localhost:7474", "http://localhost:7474/browser/"},
		{"bolt://127.0.0.1:7688", "127.0.0.1:7475", "http://localhost:7475/browser/"},
		{"neo4j://neo4j:7687", "0.0.0.0:7474", "http://localhost:7474/browser/"},
		{"bolt://db.example.org:7687", ":8474", "http://db.example.org:8474/browser/"},
		{"bolt://db.example.org:7687", "", "http://db.example.org:7474/browser/"},
		{"bolt://[::1]:7687", "garbage", "http://localhost:7474/browser/"},
	}
	for _, c := range cases {
		if got := browserURL(c.uri, c.http); got != c.want {
			t.Errorf("browserURL(%q, %q) = %q, want %q", c.uri, c.http, got, c.want)
		}
	}
}
