package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/queries"
)

// resolveActors replaces, in args, the value of every parameter of q
// declared as an actor by the id of the actor or negotiation it names: its
// id, name, an alias or its ISO3 code, in any case and with or without
// accents (the saved query actors). A name that finds no node exactly is a
// usage error that offers the nearest ones.
func resolveActors(ctx context.Context, store *graph.Store, q queries.Query, args map[string]string) error {
	find, err := queries.Get("actors")
	if err != nil {
		return err
	}
	for _, p := range q.Params {
		v, ok := args[p.Name]
		if p.Type != queries.Actor || !ok || v == "null" || strings.TrimSpace(v) == "" {
			continue
		}
		res, err := runSaved(ctx, store, find, map[string]string{"q": v, "limit": "5"})
		if err != nil {
			return err
		}
		id, near := exactActor(res)
		if id == "" && len(near) == 0 && len([]rune(v)) > 3 {
			// nothing contains it: offer those that share its first letters
			if res, err = runSaved(ctx, store, find, map[string]string{"q": string([]rune(v)[:3]), "limit": "5"}); err != nil {
				return err
			}
			_, near = exactActor(res)
		}
		if id == "" {
			return unknownActor(p.Name, v, near)
		}
		args[p.Name] = id
	}
	return nil
}

// exactActor returns the id of the first exact match of an actors result,
// or "" and the names of the nearest rows.
func exactActor(res *graph.Result) (string, []string) {
	col := map[string]int{}
	for i, c := range res.Columns {
		col[c] = i
	}
	var near []string
	for _, row := range res.Rows {
		if exact, _ := row[col["exact"]].(bool); exact {
			id, _ := row[col["id"]].(string)
			return id, nil
		}
		name, _ := row[col["name"]].(string)
		id, _ := row[col["id"]].(string)
		near = append(near, fmt.Sprintf("%s (%s)", name, id))
	}
	return "", near
}

func unknownActor(param, v string, near []string) error {
	if len(near) == 0 {
		return usageError("%s: no actor named %q (see ingest query actors)", param, v)
	}
	return usageError("%s: no actor named %q; did you mean %s?", param, v, strings.Join(near, ", "))
}
