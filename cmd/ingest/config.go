package main

import (
	"errors"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/actorgraph/actorgraph/graph"
)

// configKeys are the keys that may come from flags, ACTORGRAPH_* variables or
// actorgraph.yaml. A flag named "neo4j-uri" is the key "neo4j.uri" and the
// variable ACTORGRAPH_NEO4J_URI.
var configKeys = []string{"neo4j.uri", "neo4j.user", "neo4j.password", "neo4j.database", "debug"}

// loadConfig binds every flag of cmd to viper, reads the config file and the
// environment. Precedence: flag > env > file > default.
func loadConfig(v *viper.Viper, cmd *cobra.Command, io *IO) error {
	v.SetEnvPrefix("ACTORGRAPH")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_", "-", "_"))
	v.AutomaticEnv()
	// Bind every key explicitly so env-only keys are seen (spf13/viper#761).
	for _, k := range configKeys {
		_ = v.BindEnv(k)
	}
	var bindErr error
	for _, fs := range []*pflag.FlagSet{cmd.Flags(), cmd.InheritedFlags()} {
		fs.VisitAll(func(f *pflag.Flag) {
			key := strings.Replace(f.Name, "-", ".", 1)
			if err := v.BindPFlag(key, f); err != nil && bindErr == nil {
				bindErr = err
			}
		})
	}
	if bindErr != nil {
		return bindErr
	}
	if err := bindDictionaries(v, cmd.Flags()); err != nil {
		return err
	}
	if file := v.GetString("config"); file != "" {
		v.SetConfigFile(file)
	} else {
		v.SetConfigName("actorgraph")
		v.SetConfigType("yaml")
		v.AddConfigPath(".")
	}
	if file := v.GetString("config"); file != "" {
		if _, err := os.Stat(file); err != nil {
			return usageError("config file %s: %v", file, err)
		}
	}
	if err := v.ReadInConfig(); err != nil {
		var notFound viper.ConfigFileNotFoundError
		if !errors.As(err, &notFound) {
			return usageError("config file %s: %v", v.ConfigFileUsed(), err)
		}
	}
	io.Debug = v.GetBool("debug")
	return nil
}

// neo4jConfig returns the database settings from v.
func neo4jConfig(v *viper.Viper) graph.Config {
	return graph.Config{
		URI:      v.GetString("neo4j.uri"),
		User:     v.GetString("neo4j.user"),
		Password: v.GetString("neo4j.password"),
		Database: v.GetString("neo4j.database"),
	}
}
