// Command dictconv converts the field's event-coding dictionaries (the
// PETRARCH-2 CAMEO verb dictionary and the Phoenix actor and agent
// dictionaries, MIT) into the compact tab-separated files that the
// extractor embeds, under extract/gazetteer/data/phoenix. Rerun it when
// the dictionaries change:
//
//	go run ./tools/dictconv -in ../shared/dictionaries
//
// It keeps what the extractor's conventions use (see docs/model.md):
//   - verbs and phrase patterns whose CAMEO code maps to a relation type,
//     a pattern only where it changes the type its verb already gives;
//   - persons, with their roles in governments and international bodies,
//     dated; titles and demonyms are stripped from their other names;
//   - international organizations and non-state groups (rebels, parties,
//     militant groups), a group affiliated with its country;
//   - agent nouns of the roles the extractor knows (agentcodes.txt).
//
// Governments come from the project's own countries.txt, not from here:
// Phoenix also codes cities and provinces as their country, which the
// model does not.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	in := flag.String("in", "../shared/dictionaries", "folder of the PETRARCH/Phoenix dictionaries")
	data := flag.String("data", "extract/gazetteer/data", "the extractor's data folder (reads countries.txt, titles.txt, cameotypes.txt, agentcodes.txt)")
	flag.Parse()
	if err := run(*in, *data); err != nil {
		fmt.Fprintln(os.Stderr, "dictconv:", err)
		os.Exit(1)
	}
}

func run(in, data string) error {
	k, err := loadKnowledge(data)
	if err != nil {
		return err
	}
	out := filepath.Join(data, "phoenix")
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	steps := []func(string, string, *knowledge) error{convertVerbs, convertActors, convertAgents, copyLicence}
	for _, step := range steps {
		if err := step(in, out, k); err != nil {
			return err
		}
	}
	return nil
}
