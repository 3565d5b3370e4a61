// Package configs embeds Causeway's example configuration files, one per
// supported chain pair, so `causeway config init` writes exactly the files
// that CI validates.
package configs

import (
	"embed"
	"fmt"
	"sort"
	"strings"
)

//go:embed *.yaml
var examples embed.FS

// Pairs lists the chain pairs with an example, e.g. "cosmos-cosmos".
func Pairs() []string {
	entries, _ := examples.ReadDir(".")
	var pairs []string
	for _, e := range entries {
		pairs = append(pairs, strings.TrimSuffix(e.Name(), ".yaml"))
	}
	sort.Strings(pairs)
	return pairs
}

// Example returns the annotated example config for a chain pair.
func Example(pair string) ([]byte, error) {
	b, err := examples.ReadFile(pair + ".yaml")
	if err != nil {
		return nil, fmt.Errorf("no example for chain pair %q (have %s)", pair, strings.Join(Pairs(), ", "))
	}
	return b, nil
}
