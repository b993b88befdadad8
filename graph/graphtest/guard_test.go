package graphtest

import (
	"context"
	"strings"
	"testing"
)

// TestGuardRefusesUnmarkedData checks that Open's guard refuses a database
// holding nodes when the test marker index is missing, and allows it once
// the marker is back or ACTORGRAPH_TEST_WIPE=1.
func TestGuardRefusesUnmarkedData(t *testing.T) {
	s := Open(t)
	ctx := context.Background()
	if err := guard(ctx, s); err != nil {
		t.Fatalf("guard on a fresh test database: %v", err)
	}
	if err := run(ctx, s, "CREATE (:Article {id: 'guard-test'})"); err != nil {
		t.Fatal(err)
	}
	if err := guard(ctx, s); err != nil {
		t.Fatalf("guard on a marked database with data: %v", err)
	}
	if err := run(ctx, s, "DROP INDEX "+markerIndex); err != nil {
		t.Fatal(err)
	}
	err := guard(ctx, s)
	if err == nil || !strings.Contains(err.Error(), "refusing to wipe") {
		t.Fatalf("guard on unmarked data = %v, want a refusal", err)
	}
	t.Setenv(WipeEnv, "1")
	if err := guard(ctx, s); err != nil {
		t.Fatalf("guard with %s=1: %v", WipeEnv, err)
	}
	// Leave the database marked for the next test.
	if err := run(ctx, s, "CREATE INDEX "+markerIndex+" IF NOT EXISTS FOR (n:ActorgraphTestMarker) ON (n.id)"); err != nil {
		t.Fatal(err)
	}
}
