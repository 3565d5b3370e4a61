package config

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// FieldError is one problem in a configuration, at one field path.
type FieldError struct {
	Path string // e.g. chains[1].rpc
	Line int    // 1-based line in the file, 0 when unknown
	Msg  string
}

func (e *FieldError) Error() string {
	if e.Path == "" {
		return e.Msg
	}
	return e.Path + ": " + e.Msg
}

// Errors is every problem found in one file, in file order.
type Errors []*FieldError

func (es Errors) Error() string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Parse decodes and validates a configuration. Unknown fields, missing
// required fields, malformed values and impossible settings are all reported;
// the returned error is an Errors naming each field. ${VAR} in any scalar is
// replaced from the environment; an unset variable is an error.
func Parse(data []byte) (*Config, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, Errors{{Msg: "not valid YAML: " + err.Error()}}
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		return nil, Errors{{Msg: "empty configuration"}}
	}
	d := &decoder{}
	var cfg Config
	d.value(root.Content[0], reflect.ValueOf(&cfg).Elem(), "")
	if len(d.errs) > 0 {
		return nil, d.errs
	}
	cfg.applyDefaults()
	if errs := cfg.validate(); len(errs) > 0 {
		return nil, errs
	}
	return &cfg, nil
}

// Load reads and parses a configuration file.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	return Parse(data)
}

// decoder walks a YAML node tree and a Go value together, so every error
// carries the field path and nothing unknown slips through.
type decoder struct{ errs Errors }

func (d *decoder) fail(n *yaml.Node, path, format string, args ...any) {
	line := 0
	if n != nil {
		line = n.Line
	}
	d.errs = append(d.errs, &FieldError{Path: path, Line: line, Msg: fmt.Sprintf(format, args...)})
}

var durationType = reflect.TypeOf(Duration{})

func (d *decoder) value(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return // an explicit null keeps the zero value
	}
	switch {
	case v.Type() == durationType:
		s, ok := d.scalar(n, path)
		if !ok {
			return
		}
		dur, err := time.ParseDuration(s)
		if err != nil {
			d.fail(n, path, "invalid duration %q (use a Go duration such as 30s, 5m, 336h)", s)
			return
		}
		if dur < 0 {
			d.fail(n, path, "duration %s is negative", s)
			return
		}
		v.Set(reflect.ValueOf(Duration{dur}))
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		nv := reflect.New(v.Type().Elem())
		d.value(n, nv.Elem(), path)
		v.Set(nv)
	case reflect.Struct:
		d.structValue(n, v, path)
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			d.fail(n, path, "expected a list, got %s", kindName(n))
			return
		}
		s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
		for i, c := range n.Content {
			d.value(c, s.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
		v.Set(s)
	case reflect.String:
		if s, ok := d.scalar(n, path); ok {
			v.SetString(s)
		}
	case reflect.Bool:
		if s, ok := d.scalar(n, path); ok {
			b, err := strconv.ParseBool(s)
			if err != nil {
				d.fail(n, path, "expected true or false, got %q", s)
				return
			}
			v.SetBool(b)
		}
	case reflect.Int, reflect.Int64:
		if s, ok := d.scalar(n, path); ok {
			i, err := strconv.ParseInt(s, 10, 64)
			if err != nil {
				d.fail(n, path, "expected an integer, got %q", s)
				return
			}
			v.SetInt(i)
		}
	case reflect.Uint64:
		if s, ok := d.scalar(n, path); ok {
			u, err := strconv.ParseUint(s, 10, 64)
			if err != nil {
				d.fail(n, path, "expected a non-negative integer, got %q", s)
				return
			}
			v.SetUint(u)
		}
	case reflect.Float64:
		if s, ok := d.scalar(n, path); ok {
			f, err := strconv.ParseFloat(s, 64)
			if err != nil {
				d.fail(n, path, "expected a number, got %q", s)
				return
			}
			v.SetFloat(f)
		}
	default:
		panic(fmt.Sprintf("config: unsupported field type %s at %s", v.Type(), path))
	}
}

func (d *decoder) structValue(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind != yaml.MappingNode {
		d.fail(n, path, "expected a mapping, got %s", kindName(n))
		return
	}
	t := v.Type()
	fields := map[string]int{}
	var names []string
	for i := 0; i < t.NumField(); i++ {
		name := strings.Split(t.Field(i).Tag.Get("yaml"), ",")[0]
		fields[name] = i
		names = append(names, name)
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		fp := join(path, k.Value)
		idx, ok := fields[k.Value]
		if !ok {
			sort.Strings(names)
			d.fail(k, fp, "unknown field (known fields here: %s)", strings.Join(names, ", "))
			continue
		}
		if seen[k.Value] {
			d.fail(k, fp, "field given twice")
			continue
		}
		seen[k.Value] = true
		d.value(val, v.Field(idx), fp)
	}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name := strings.Split(f.Tag.Get("yaml"), ",")[0]
		if f.Tag.Get("required") == "true" && !seen[name] {
			d.fail(n, join(path, name), "required field is missing")
		}
	}
}

var envRef = regexp.MustCompile(`\$\{([A-Za-z_][A-Za-z0-9_]*)\}`)

// scalar returns a scalar's text with ${VAR} references expanded.
func (d *decoder) scalar(n *yaml.Node, path string) (string, bool) {
	if n.Kind != yaml.ScalarNode {
		d.fail(n, path, "expected a single value, got %s", kindName(n))
		return "", false
	}
	ok := true
	s := envRef.ReplaceAllStringFunc(n.Value, func(ref string) string {
		name := envRef.FindStringSubmatch(ref)[1]
		val, set := os.LookupEnv(name)
		if !set {
			d.fail(n, path, "environment variable %s is not set", name)
			ok = false
		}
		return val
	})
	return s, ok
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		return fmt.Sprintf("the value %q", n.Value)
	}
	return "nothing"
}

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// UnmarshalYAML lets Duration be used with plain yaml.Unmarshal too.
func (d *Duration) UnmarshalYAML(n *yaml.Node) error {
	dur, err := time.ParseDuration(n.Value)
	if err != nil {
		return errors.New("invalid duration " + strconv.Quote(n.Value))
	}
	d.Duration = dur
	return nil
}

// MarshalYAML writes a Duration as a Go duration string.
func (d Duration) MarshalYAML() (any, error) { return d.String(), nil }
