package main

import (
	"fmt"
	"os"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/extract/dict"
)

// dictionariesKey is the config key of users' dictionaries: the flag
// --dictionary (repeatable), ACTORGRAPH_DICTIONARIES (space-separated) or
// extract.dictionaries in actorgraph.yaml.
const dictionariesKey = "extract.dictionaries"

func addDictionaryFlag(f *pflag.FlagSet) {
	f.StringArray("dictionary", nil, "a dictionary of your own (actors, agents or verbs; TSV or PETRARCH/Phoenix format), added on top of the built-in ones; repeatable")
}

// bindDictionaries binds the flag and the environment variable to the key.
func bindDictionaries(v *viper.Viper, f *pflag.FlagSet) error {
	if err := v.BindEnv(dictionariesKey, "ACTORGRAPH_DICTIONARIES"); err != nil {
		return err
	}
	if fl := f.Lookup("dictionary"); fl != nil {
		return v.BindPFlag(dictionariesKey, fl)
	}
	return nil
}

// dictionaryPaths returns the users' dictionaries of the configuration.
func dictionaryPaths(v *viper.Viper) []string { return v.GetStringSlice(dictionariesKey) }

// newExtractor loads the extractor with the users' dictionaries named in
// the configuration. A file that cannot be read, or a bad entry, is a usage
// error naming the file and line, before anything is extracted or written.
// Each built-in entry a dictionary redefines is reported once on stderr.
func newExtractor(io *IO, paths []string) (*extract.Extractor, error) {
	var sets []dict.Set
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, usageError("dictionary %s: %v", path, err)
		}
		set, err := dict.Read(data, path, nil)
		if err != nil {
			return nil, usageError("dictionary %v", err)
		}
		sets = append(sets, set)
	}
	ex, err := extract.NewWith(sets...)
	if err != nil {
		return nil, usageError("%v", err)
	}
	for _, r := range ex.Redefined() {
		fmt.Fprintf(io.Err, "ingest: dictionary %s redefines a built-in entry\n", r)
	}
	return ex, nil
}
