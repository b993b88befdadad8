package bench

import (
	"context"
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/graph"
)

// PlanIssue is a full scan in a query plan that an index could have avoided.
type PlanIssue struct {
	Query    string
	Operator string // e.g. "NodeByLabelScan"
	Details  string // e.g. "n:Entity"
	Reason   string
}

func (p PlanIssue) String() string {
	return fmt.Sprintf("%s: %s %s: %s", p.Query, p.Operator, p.Details, p.Reason)
}

// NodeIndexes returns the indexed (label, property) pairs of the database,
// as "Label.property", for the index types a seek can use (range, text,
// point; not lookup or full-text).
func NodeIndexes(ctx context.Context, st *graph.Store) (map[string]bool, error) {
	res, err := neo4j.ExecuteQuery(ctx, st.Driver(),
		`SHOW INDEXES YIELD entityType, type, labelsOrTypes, properties, state
WHERE entityType = 'NODE' AND type IN ['RANGE', 'TEXT', 'POINT'] AND state = 'ONLINE'
RETURN labelsOrTypes, properties`, nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(st.Database()))
	if err != nil {
		return nil, fmt.Errorf("list indexes: %w", err)
	}
	out := map[string]bool{}
	for _, rec := range res.Records {
		labels, _ := rec.Get("labelsOrTypes")
		props, _ := rec.Get("properties")
		ls, _ := labels.([]any)
		ps, _ := props.([]any)
		if len(ls) == 1 && len(ps) > 0 {
			out[fmt.Sprint(ls[0])+"."+fmt.Sprint(ps[0])] = true
		}
	}
	return out, nil
}

// Explain plans c (EXPLAIN, nothing runs) and returns its operators, each
// as the operator name and its details, in tree order.
func Explain(ctx context.Context, st *graph.Store, c QueryCase) ([][2]string, error) {
	params, err := c.Params()
	if err != nil {
		return nil, err
	}
	res, err := neo4j.ExecuteQuery(ctx, st.Driver(), "EXPLAIN "+c.Query.Text, driverParams(params),
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(st.Database()),
		neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return nil, fmt.Errorf("explain %s: %w", c.Name, err)
	}
	return planOps(res.Summary.Plan()), nil
}

// planOps flattens a plan tree. The driver's Plan.Children (v5.28) returns
// the last child for every child of an operator with two (its module is
// built with Go 1.18 loop-variable semantics), which hides the left side
// of every Apply and Union. So the tree is read from the plan's own
// record, whose fields are exported, through reflection; the public
// interface is the fallback if that record ever changes shape.
func planOps(p neo4j.Plan) [][2]string {
	if p == nil {
		return nil
	}
	v := reflect.ValueOf(p)
	if v.Kind() == reflect.Pointer && v.Elem().Kind() == reflect.Struct {
		if raw := v.Elem().FieldByName("plan"); raw.IsValid() && raw.Kind() == reflect.Pointer && !raw.IsNil() {
			if ops, ok := rawOps(raw.Elem(), nil); ok {
				return ops
			}
		}
	}
	ops := [][2]string{{opName(p.Operator()), details(reflect.ValueOf(p.Arguments()))}}
	for _, ch := range p.Children() {
		ops = append(ops, planOps(ch)...)
	}
	return ops
}

// rawOps walks a driver plan record (Operator, Arguments, Children).
func rawOps(v reflect.Value, ops [][2]string) ([][2]string, bool) {
	op, args, children := v.FieldByName("Operator"), v.FieldByName("Arguments"), v.FieldByName("Children")
	if op.Kind() != reflect.String || args.Kind() != reflect.Map || children.Kind() != reflect.Slice {
		return nil, false
	}
	ops = append(ops, [2]string{opName(op.String()), details(args)})
	for i := 0; i < children.Len(); i++ {
		var ok bool
		if ops, ok = rawOps(children.Index(i), ops); !ok {
			return nil, false
		}
	}
	return ops, true
}

// opName drops the runtime suffix: "NodeByLabelScan@neo4j" -> "NodeByLabelScan".
func opName(s string) string {
	name, _, _ := strings.Cut(s, "@")
	return name
}

// details returns the "Details" argument of a plan's argument map.
func details(args reflect.Value) string {
	if args.Kind() != reflect.Map || args.Type().Key().Kind() != reflect.String {
		return ""
	}
	d := args.MapIndex(reflect.ValueOf("Details"))
	for d.IsValid() && d.Kind() == reflect.Interface {
		d = d.Elem()
	}
	if d.IsValid() && d.Kind() == reflect.String {
		return d.String()
	}
	return ""
}

// indexable matches a property compared in a way an index seek serves:
// "v.p = ", "v.p IN ", "v.p < ", "v.p STARTS WITH", "cache[v.p] = " and the
// same with the property on the right of "=".
var (
	propLeft  = regexp.MustCompile(`(?:cache\[)?\b(\w+)\.(\w+)\]?\s*(?:=|IN\b|<|>|STARTS WITH)`)
	propRight = regexp.MustCompile(`(?:\$\w+|'[^']*'|\d+)\s*=\s*(?:cache\[)?\b(\w+)\.(\w+)\b`)
	labelScan = regexp.MustCompile(`^(\w+):(\w+)`)
)

// filtered returns, for each variable, the properties the plan's filters
// compare in an indexable way.
func filtered(ops [][2]string) map[string][]string {
	out := map[string][]string{}
	for _, op := range ops {
		if op[0] != "Filter" && !strings.HasSuffix(op[0], "Scan") {
			continue
		}
		for _, re := range []*regexp.Regexp{propLeft, propRight} {
			for _, m := range re.FindAllStringSubmatch(op[1], -1) {
				out[m[1]] = append(out[m[1]], m[2])
			}
		}
	}
	return out
}

// CheckPlan returns the full scans of ops that an index could replace: an
// AllNodesScan, or a NodeByLabelScan of variable v and label L where the
// plan filters v on a property p that has an index on L.
func CheckPlan(name string, ops [][2]string, indexes map[string]bool) []PlanIssue {
	props := filtered(ops)
	var issues []PlanIssue
	for _, op := range ops {
		switch op[0] {
		case "AllNodesScan":
			issues = append(issues, PlanIssue{name, op[0], op[1], "scans every node"})
		case "NodeByLabelScan":
			m := labelScan.FindStringSubmatch(op[1])
			if m == nil {
				continue
			}
			for _, p := range props[m[1]] {
				if indexes[m[2]+"."+p] {
					issues = append(issues, PlanIssue{name, op[0], op[1],
						fmt.Sprintf("filters %s.%s but %s(%s) is indexed", m[1], p, m[2], p)})
				}
			}
		}
	}
	sort.Slice(issues, func(i, j int) bool { return issues[i].String() < issues[j].String() })
	return issues
}
