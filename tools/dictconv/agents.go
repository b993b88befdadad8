package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/actorgraph/actorgraph/extract/dict"
)

// convertAgents writes agents.tsv: the agent nouns whose first role code is
// one of agentcodes.txt other than "-".
func convertAgents(in, out string, k *knowledge) error {
	f, err := os.Open(filepath.Join(in, "Phoenix.agents.txt"))
	if err != nil {
		return err
	}
	defer f.Close()
	var skipped []error
	agents, err := dict.ReadPhoenixAgents(f, "Phoenix.agents.txt", &skipped)
	if err != nil {
		return err
	}
	report("Phoenix.agents.txt", skipped)
	seen := map[string]bool{}
	var keep []dict.Agent
	for _, a := range agents {
		if len(a.Code) < 3 || seen[a.Noun] {
			continue
		}
		if kind := k.agentKinds[a.Code[:3]]; kind == "" || kind == "-" {
			continue
		}
		seen[a.Noun] = true
		keep = append(keep, a)
	}
	sort.SliceStable(keep, func(i, j int) bool { return keep[i].Noun < keep[j].Noun })
	fmt.Fprintf(os.Stderr, "agents.tsv: %d of %d agent nouns\n", len(keep), len(agents))
	return writeSet(filepath.Join(out, "agents.tsv"), dict.Set{Agents: keep})
}

// copyLicence keeps the dictionaries' licence beside what is derived from
// them.
func copyLicence(in, out string, _ *knowledge) error {
	b, err := os.ReadFile(filepath.Join(in, "LICENSE"))
	if err != nil {
		return err
	}
	note := []byte("The files of this folder (verbs.tsv, actors.tsv, agents.tsv) are derived by\n" +
		"tools/dictconv from the PETRARCH-2 / Phoenix dictionaries of the Open Event\n" +
		"Data Alliance (openeventdata/petrarch2, petrarch2/data/dictionaries), which\n" +
		"are distributed under the following licence.\n\n")
	return os.WriteFile(filepath.Join(out, "LICENSE"), append(note, b...), 0o644)
}
