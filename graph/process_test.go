package graph_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/graphtest"
)

// writerEnv tells a re-executed test binary to act as one writer process:
// "from:to:reverse" over syntheticDocs(processDocs, processSeed).
const writerEnv = "ACTORGRAPH_TEST_WRITER"

const (
	processDocs = 30
	processSeed = 7
)

// TestConcurrentProcessesMakeNoDuplicates runs two writer processes (this
// test binary, re-executed) on overlapping articles at the same time and
// compares the graph with one clean write of the union.
func TestConcurrentProcessesMakeNoDuplicates(t *testing.T) {
	s := graphtest.Open(t)
	ctx := context.Background()
	if err := writeInBatches(ctx, s, syntheticDocs(processDocs, processSeed), processDocs); err != nil {
		t.Fatal(err)
	}
	clean := counts(t, s)
	if err := graphtest.Wipe(ctx, s); err != nil {
		t.Fatal(err)
	}
	var cmds []*exec.Cmd
	var outs []*strings.Builder
	for _, spec := range []string{"0:20:0", "8:30:1"} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestWriterProcess$", "-test.count=1", "-test.v")
		out := &strings.Builder{}
		cmd.Stdout, cmd.Stderr = out, out
		cmd.Env = append(os.Environ(), writerEnv+"="+spec)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds, outs = append(cmds, cmd), append(outs, out)
	}
	for i, cmd := range cmds {
		if err := cmd.Wait(); err != nil || !strings.Contains(outs[i].String(), "--- PASS: TestWriterProcess") {
			t.Fatalf("writer %d: %v\n%s", i, err, outs[i])
		}
	}
	assertCounts(t, counts(t, s), clean)
	assertNoDuplicates(t, s)
}

// TestWriterProcess is the writer half of the test above; it does nothing
// unless started by it. It opens its own Store (the parent holds the
// harness lock and has prepared the database).
func TestWriterProcess(t *testing.T) {
	spec := os.Getenv(writerEnv)
	if spec == "" {
		t.Skip("runs only as a child of TestConcurrentProcessesMakeNoDuplicates")
	}
	var from, to, reverse int
	if _, err := fmt.Sscanf(strings.ReplaceAll(spec, ":", " "), "%d %d %d", &from, &to, &reverse); err != nil {
		t.Fatalf("%s=%q: %v", writerEnv, spec, err)
	}
	ctx := context.Background()
	s, err := graph.Open(ctx, graphtest.Config())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)
	docs := syntheticDocs(processDocs, processSeed)[from:to]
	if reverse == 1 {
		for i, j := 0, len(docs)-1; i < j; i, j = i+1, j-1 {
			docs[i], docs[j] = docs[j], docs[i]
		}
	}
	if err := writeInBatches(ctx, s, docs, 4); err != nil {
		t.Fatal(err)
	}
	t.Log("wrote " + strconv.Itoa(len(docs)) + " articles")
}
