package devnet

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Fork makes a second, independent chain from s's current state: s is
// stopped, its homes are copied, s is restarted, and the copy is started on
// new ports without peers. Both run the same validator keys, so from here on
// they sign conflicting blocks at the same heights: real equivocation, for
// testing misbehaviour detection. The caller must Close the fork.
//
// Only single-validator chains can be forked.
func (s *SimdChain) Fork(ctx context.Context) (*SimdChain, error) {
	if len(s.Nodes) != 1 {
		return nil, fmt.Errorf("devnet: fork of %s: only single-validator chains can be forked, it has %d", s.ChainID, len(s.Nodes))
	}
	if err := s.Stop(); err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "simd-"+s.ChainID+"-fork-")
	if err != nil {
		return nil, fmt.Errorf("devnet: fork dir: %w", err)
	}
	f := &SimdChain{ChainID: s.ChainID, Denom: s.Denom, Binary: s.Binary, Dir: dir,
		Relayer: s.Relayer, User: s.User, ExtraRelayers: s.ExtraRelayers, opts: s.opts, ownsDir: true}
	for _, n := range s.Nodes {
		home := filepath.Join(dir, filepath.Base(n.Home))
		if err := copyTree(n.Home, home); err != nil {
			return nil, err
		}
		f.Nodes = append(f.Nodes, &SimdNode{Home: home})
	}
	if err := f.newPorts(); err != nil {
		return nil, err
	}
	if err := s.Restart(ctx); err != nil {
		f.Close()
		return nil, err
	}
	// The fork never peers with s (a single node has no peers).
	if err := f.configureAll(); err != nil {
		f.Close()
		return nil, err
	}
	if err := f.startNodes(ctx); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

func copyTree(from, to string) error {
	return filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel := strings.TrimPrefix(p, from)
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		if d.Name() == "node.log" {
			return nil
		}
		return copyFile(p, dst)
	})
}
