package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// knowledge is what the converter reads from the project's own data.
type knowledge struct {
	countries  map[string]string // ISO3 -> name
	demonyms   map[string]bool   // lower case
	titleWords map[string]bool   // lower-case words of titles
	types      map[string]string // CAMEO code prefix -> relation type or "-"
	agentKinds map[string]string // role code -> state, group or -
}

func loadKnowledge(data string) (*knowledge, error) {
	k := &knowledge{countries: map[string]string{}, demonyms: map[string]bool{}, titleWords: map[string]bool{},
		types: map[string]string{}, agentKinds: map[string]string{}}
	files := []struct {
		name string
		fn   func([]string)
	}{
		{"countries.txt", func(f []string) {
			k.countries[f[1]] = f[0]
			for _, d := range strings.Split(f[3], ",") {
				k.demonyms[strings.ToLower(strings.TrimSpace(d))] = true
			}
		}},
		{"titles.txt", func(f []string) {
			for _, w := range strings.Fields(strings.ToLower(f[0])) {
				k.titleWords[w] = true
			}
		}},
		{"cameotypes.txt", func(f []string) { k.types[f[0]] = f[1] }},
		{"agentcodes.txt", func(f []string) { k.agentKinds[f[0]] = f[1] }},
	}
	for _, fl := range files {
		if err := eachLine(filepath.Join(data, fl.name), fl.fn); err != nil {
			return nil, err
		}
	}
	for _, w := range []string{"former", "acting", "deputy", "vice", "senior", "chief", "top", "mr", "mrs", "ms", "dr", "sir", "the"} {
		k.titleWords[w] = true
	}
	return k, nil
}

func eachLine(path string, fn func([]string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		fields := strings.Split(l, "|")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		if len(fields) < 2 && !strings.HasSuffix(path, "titles.txt") {
			return fmt.Errorf("%s: bad line %q", path, l)
		}
		fn(fields)
	}
	return sc.Err()
}

// relType returns the relation type of a CAMEO code by its longest known
// prefix, or "-".
func (k *knowledge) relType(code string) string {
	for n := len(code); n >= 2; n-- {
		if t, ok := k.types[code[:n]]; ok {
			return t
		}
	}
	return "-"
}
