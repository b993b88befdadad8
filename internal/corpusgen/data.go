package corpusgen

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"strings"
)

//go:embed data/*.txt
var dataFS embed.FS

// country is a government of the cast.
type country struct {
	name, demonym, capital, iso3, article string
}

// organization is an international body of the cast.
type organization struct {
	name, article, kind string
}

// topic is what a negotiation is about.
type topic struct {
	word, phrase string
}

// catalog holds the parsed data files.
type catalog struct {
	countries []country
	orgs      []organization
	roles     []string
	topics    []topic
	venues    []string
	given     []string
	family    []string
	templates map[string][]*template
	titles    []*template
}

// lines returns the non-blank, non-comment lines of a data file with their
// 1-based line numbers.
func lines(fsys fs.FS, name string) ([]string, []int, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	var out []string
	var nums []int
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		out = append(out, s)
		nums = append(nums, n)
	}
	return out, nums, sc.Err()
}

// fields splits a data line on "|" into exactly n trimmed fields.
func fields(line string, n int) ([]string, error) {
	parts := strings.Split(line, "|")
	if len(parts) != n {
		return nil, fmt.Errorf("want %d fields separated by |, got %d", n, len(parts))
	}
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts, nil
}

// loadCatalog parses every data file of fsys.
func loadCatalog(fsys fs.FS) (*catalog, error) {
	c := &catalog{templates: map[string][]*template{}}
	steps := []struct {
		file string
		n    int
		add  func(f []string) error
	}{
		{"data/countries.txt", 5, func(f []string) error {
			c.countries = append(c.countries, country{f[0], f[1], f[2], f[3], f[4]})
			return nil
		}},
		{"data/organizations.txt", 3, func(f []string) error {
			c.orgs = append(c.orgs, organization{f[0], f[1], f[2]})
			return nil
		}},
		{"data/roles.txt", 1, func(f []string) error { c.roles = append(c.roles, f[0]); return nil }},
		{"data/topics.txt", 2, func(f []string) error { c.topics = append(c.topics, topic{f[0], f[1]}); return nil }},
		{"data/venues.txt", 1, func(f []string) error { c.venues = append(c.venues, f[0]); return nil }},
		{"data/names.txt", 1, c.addNames},
		{"data/templates.txt", 3, c.addTemplate},
		{"data/titles.txt", 1, func(f []string) error {
			t, err := parseTemplate("title", "", f[0])
			c.titles = append(c.titles, t)
			return err
		}},
	}
	for _, s := range steps {
		ls, nums, err := lines(fsys, s.file)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", s.file, err)
		}
		for i, l := range ls {
			f, err := fields(l, s.n)
			if err == nil {
				err = s.add(f)
			}
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", s.file, nums[i], err)
			}
		}
	}
	return c, c.check()
}

func (c *catalog) addNames(f []string) error {
	key, list, ok := strings.Cut(f[0], ":")
	if !ok {
		return fmt.Errorf("want given: or family: before the names")
	}
	switch strings.TrimSpace(key) {
	case "given":
		c.given = append(c.given, strings.Fields(list)...)
	case "family":
		c.family = append(c.family, strings.Fields(list)...)
	default:
		return fmt.Errorf("unknown name list %q", key)
	}
	return nil
}

func (c *catalog) addTemplate(f []string) error {
	t, err := parseTemplate(f[0], f[1], f[2])
	if err != nil {
		return err
	}
	c.templates[t.kind] = append(c.templates[t.kind], t)
	return nil
}

// check reports a data set too small to draw a cast from.
func (c *catalog) check() error {
	switch {
	case len(c.countries) < 4:
		return fmt.Errorf("data: need at least 4 countries")
	case len(c.orgs) == 0 || len(c.roles) == 0 || len(c.topics) == 0 || len(c.venues) == 0:
		return fmt.Errorf("data: organizations, roles, topics and venues must not be empty")
	case len(c.given) == 0 || len(c.family) == 0:
		return fmt.Errorf("data: need given and family names")
	case len(c.titles) == 0:
		return fmt.Errorf("data: need titles")
	}
	for _, k := range paragraphKinds {
		if len(c.templates[k]) == 0 {
			return fmt.Errorf("data: no %s templates", k)
		}
	}
	return nil
}
